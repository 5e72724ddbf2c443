import type { ReactNode } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/server/page-auth";
import { ADMIN_SECTION_GROUPS, allowedSections } from "@/lib/sections";
import { PortalShell, type NavGroup } from "@/components/layout/portal-shell";
import { SectionIcon } from "@/components/layout/section-icon";
import { signOutAction } from "../actions";
import { getDb } from "@/server/db";
import { UnreadBadge } from "@/components/inbox/unread-badge";
import { staffUnreadThreads } from "@/server/services/inbox/unread";

export async function generateMetadata() {
  const t = await getTranslations("admin");
  return { title: t("title") };
}

export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireStaff(locale);

  const t = await getTranslations("admin");
  // The inbox badge: threads of the staff member's departments with unread customer messages.
  const unread = user.permissions.includes("inbox.read") ? await staffUnreadThreads(getDb(), user) : 0;
  const nav: NavGroup[] = [
    { items: [{ href: "/admin", label: t("nav.dashboard"), icon: <SectionIcon slug="dashboard" /> }] },
    ...ADMIN_SECTION_GROUPS.map(({ group, sections }) => ({
      label: t(`navGroups.${group}`),
      items: allowedSections(sections, user.permissions).map((s) => ({
        href: `/admin/${s.slug}`,
        label: t(`nav.${s.slug}`),
        icon: <SectionIcon slug={s.slug} />,
        badge: s.slug === "inbox" ? <UnreadBadge side="staff" initial={unread} /> : undefined,
      })),
    })).filter((g) => g.items.length > 0),
  ];
  return (
    <PortalShell title={t("title")} home="/admin" nav={nav} userName={user.name} signOutAction={signOutAction} userNote={t("staffNote")}>
      {children}
    </PortalShell>
  );
}

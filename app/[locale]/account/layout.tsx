import { Suspense, type ReactNode } from "react";
import { forbidden, redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { isStaff } from "@/server/permissions";
import { requireUser } from "@/server/page-auth";
import { ACCOUNT_SECTIONS, allowedSections } from "@/lib/sections";
import { PortalShell } from "@/components/layout/portal-shell";
import { SectionIcon } from "@/components/layout/section-icon";
import { ImpersonationBanner } from "@/components/account/impersonation-banner";
import { VisitBeacon } from "@/components/account/visit-beacon";
import { signOutAction } from "../actions";
import { getDb } from "@/server/db";
import { UnreadBadge } from "@/components/inbox/unread-badge";
import { customerUnreadThreads } from "@/server/services/inbox/unread";
import { endImpersonationAction } from "../impersonation";

export async function generateMetadata() {
  const t = await getTranslations("account");
  return { title: t("title") };
}

export default async function AccountLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  if (!user.customerId) {
    if (isStaff(user.permissions)) redirect(`/${locale}/admin`);
    forbidden();
  }
  const t = await getTranslations("account");
  // The inbox badge: the customer's threads with unread messages from the store.
  const unread = user.permissions.includes("account.inbox") ? await customerUnreadThreads(getDb(), user.customerId) : 0;
  // The navigation follows the customer's roles: a section they lack is not there.
  const items = [
    { href: "/account", label: t("nav.overview"), icon: <SectionIcon slug="overview" /> },
    ...allowedSections(ACCOUNT_SECTIONS, user.permissions).map((s) => ({
      href: `/account/${s.slug}`,
      label: t(`nav.${s.slug}`),
      icon: <SectionIcon slug={s.slug} />,
      badge: s.slug === "inbox" ? <UnreadBadge side="customer" initial={unread} /> : undefined,
    })),
  ];
  return (
    <PortalShell title={t("title")} home="/account" nav={[{ items }]} userName={user.name} signOutAction={signOutAction}>
      {user.impersonator && <ImpersonationBanner customerName={user.name} staffName={user.impersonator.name} backAction={endImpersonationAction} />}
      <Suspense>
        <VisitBeacon />
      </Suspense>
      {children}
    </PortalShell>
  );
}

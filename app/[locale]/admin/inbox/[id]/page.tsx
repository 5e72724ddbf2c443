import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { idField } from "@/lib/schemas/common";
import { ThreadView } from "@/components/inbox/thread-view";
import { attachmentLimits, orNotFound } from "@/components/inbox/load-thread";

export async function generateMetadata() {
  const t = await getTranslations("admin.nav");
  return { title: t("inbox") };
}

// One thread as staff see it: opening it marks it read for staff; another department's is a 404.
export default async function InboxThreadPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "inbox.read");
  if (!idField.safeParse(id).success) notFound();
  const api = await serverApi();
  const thread = await orNotFound(() => api.inbox.open({ id }));
  const staff = await api.inbox.assignable({ departmentId: thread.departmentId });
  return <ThreadView thread={thread} side="staff" canWrite={user.permissions.includes("inbox.write")} staff={staff} limits={await attachmentLimits()} />;
}

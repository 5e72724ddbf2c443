import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { idField } from "@/lib/schemas/common";
import { ThreadView } from "@/components/inbox/thread-view";
import { attachmentLimits, orNotFound } from "@/components/inbox/load-thread";

export async function generateMetadata() {
  const t = await getTranslations("account.nav");
  return { title: t("inbox") };
}

// One of the customer's threads (never the internal notes); opening it marks it read.
export default async function MyThreadPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "account.inbox");
  if (!idField.safeParse(id).success) notFound();
  const thread = await orNotFound(async () => (await serverApi()).myInbox.open({ id }));
  return <ThreadView thread={thread} side="customer" canWrite limits={await attachmentLimits()} />;
}

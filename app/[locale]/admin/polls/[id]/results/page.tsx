import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArrowRight } from "lucide-react";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { formatDate, formatNumber, type AppLocale } from "@/lib/format";
import { idField } from "@/lib/schemas/common";
import { EXPORT_ROW_CAP } from "@/lib/schemas/poll-results";
import { Card, PageHeader } from "@/components/ui/card";
import { AnswersSummary } from "@/components/polls/results/answers-summary";
import { ByTypeTable } from "@/components/polls/results/by-type-table";
import { ResponseList } from "@/components/polls/results/response-list";
import { PollStatusBadge } from "@/components/polls/results/poll-status-badge";

export async function generateMetadata() {
  const t = await getTranslations("pollResults");
  return { title: t("title") };
}

// A poll's results (V-3, seed 003: pie chart, then the details by name, date, message, answer and
// respondent). Respondents' names are personal data: the page and its procedures need polls.read.
export default async function PollResultsPage({ params }: { params: Promise<{ locale: AppLocale; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "polls.read");
  if (!idField.safeParse(id).success) notFound();
  const summary = await (await serverApi()).pollResults.summary({ pollId: id }).catch(() => null);
  if (!summary) notFound();
  const t = await getTranslations("pollResults");
  const { poll } = summary;
  // Read at request time: an open poll past its expiry takes no more answers.
  const expired = poll.expiresAt.getTime() <= Date.now();
  return (
    <>
      <Link href="/admin/polls" className="mb-4 inline-flex items-center gap-1 text-sm text-slate-600 hover:text-slate-900">
        <ArrowRight className="size-4 ltr:rotate-180" aria-hidden />
        {t("backToList")}
      </Link>
      <PageHeader title={t("title")} />
      <div className="flex flex-col gap-8">
        <Card>
          <p className="text-xs font-medium text-slate-500">{t("question")}</p>
          <p className="mt-1 text-lg font-semibold text-slate-900"><bdi data-testid="poll-question">{poll.question}</bdi></p>
          <dl className="mt-4 flex flex-wrap gap-x-8 gap-y-3 text-sm">
            <div>
              <dt className="text-xs text-slate-500">{t("meta.status")}</dt>
              <dd className="mt-1"><PollStatusBadge status={poll.status === "OPEN" && expired ? "EXPIRED" : poll.status} /></dd>
            </div>
            <div>
              <dt className="text-xs text-slate-500">{t("meta.expiresAt")}</dt>
              <dd className="mt-1 text-slate-800">{formatDate(poll.expiresAt, locale, true)}</dd>
            </div>
            <div>
              <dt className="text-xs text-slate-500">{t("meta.total")}</dt>
              <dd className="mt-1 font-semibold text-slate-900" data-testid="poll-total">{formatNumber(summary.total, locale)}</dd>
            </div>
          </dl>
        </Card>

        <section aria-labelledby="poll-summary" className="flex flex-col gap-3">
          <h2 id="poll-summary" className="text-lg font-semibold text-slate-900">{t("summary.title")}</h2>
          <Card>
            <AnswersSummary options={summary.options} total={summary.total} />
          </Card>
        </section>

        {summary.byType.length > 0 && summary.total > 0 && (
          <section aria-labelledby="poll-by-type" className="flex flex-col gap-3">
            <div>
              <h2 id="poll-by-type" className="text-lg font-semibold text-slate-900">{t("byType.title")}</h2>
              <p className="mt-1 text-sm text-slate-600">{t("byType.description")}</p>
            </div>
            <Card className="p-0 sm:p-0">
              <ByTypeTable options={summary.options} types={summary.respondentTypes} rows={summary.byType} />
            </Card>
          </section>
        )}

        <section aria-labelledby="poll-details" className="flex flex-col gap-3">
          <h2 id="poll-details" className="text-lg font-semibold text-slate-900">{t("details.title")}</h2>
          <ResponseList pollId={poll.id} options={summary.options} types={summary.respondentTypes} exportMax={EXPORT_ROW_CAP} />
        </section>
      </div>
    </>
  );
}

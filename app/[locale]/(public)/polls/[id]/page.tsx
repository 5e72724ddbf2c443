import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { serverApi } from "@/server/caller";
import { idField } from "@/lib/schemas/common";
import { formatDate, type AppLocale } from "@/lib/format";
import { PollAnswerForm } from "@/components/polls/poll-answer-form";
import { PollNotice } from "@/components/polls/poll-notice";

export async function generateMetadata() {
  const t = await getTranslations("polls.public");
  return { title: t("title") };
}

// The public poll page (V-2): anyone with the link sees the question; who may answer depends on the
// poll's audience. The device's visitor cookie is handed out by proxy.ts on this page's request.
export default async function PollPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  if (!idField.safeParse(id).success) notFound();
  const [t, view] = await Promise.all([getTranslations("polls.public"), (await serverApi()).pollVoting.view({ id })]);
  if (!view) notFound();

  let body;
  if (view.state !== "open") body = <PollNotice message={`polls.public.${view.state}`} />;
  else if (view.access === "signIn") {
    body = (
      <PollNotice message="polls.public.signInRequired">
        <Link href={{ pathname: "/sign-in", query: { callbackUrl: `/${locale}/polls/${id}` } }} className="font-semibold text-brand-700 hover:underline">
          {t("signIn")}
        </Link>
      </PollNotice>
    );
  } else if (view.access === "notMember") body = <PollNotice message="polls.public.notMember" />;
  else if (view.answered) body = <PollNotice message="polls.public.alreadyAnswered" />;
  else body = <PollAnswerForm pollId={view.id} options={view.options} respondentTypes={view.respondentTypes} allowMessage={view.allowMessage} />;

  return (
    <div className="w-full max-w-xl">
      <article className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-8" data-testid="poll-page">
        <p className="text-xs font-medium text-brand-700">{t("title")}</p>
        {view.question !== null && <h1 className="mt-1 text-xl font-bold leading-relaxed text-slate-900">{view.question}</h1>}
        {view.expiresAt && view.state === "open" && (
          <p className="mt-1 text-xs text-slate-500">{t("expiresAt", { date: formatDate(view.expiresAt, locale as AppLocale, true) })}</p>
        )}
        <div className="mt-6">{body}</div>
      </article>
    </div>
  );
}

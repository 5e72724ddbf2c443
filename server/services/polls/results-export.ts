import "server-only";
import { PassThrough, Readable, type Writable } from "node:stream";
import ExcelJS from "exceljs";
import { createTranslator } from "use-intl/core";
import type { Db } from "../../db";
import { FieldErrors } from "../../errors";
import { isStaff } from "../../permissions";
import type { SessionUser } from "../../trpc";
import { formatDate } from "@/lib/format";
import { idField } from "@/lib/schemas/common";
import { EXPORT_ROW_CAP, POLL_RESULTS_FILTER_KEYS, pollResultsFilterSchema, type PollResponseCursor, type PollResultsFilter } from "@/lib/schemas/poll-results";
import { asLocale, rtlLocales, type Locale } from "@/i18n/routing";
import fa from "@/messages/fa.json";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import { listPollResponses } from "./results";

// The details of a poll's answers as an .xlsx file (issue 9, V-3), with the list's filter. The rows
// are read by keyset in batches and streamed into the workbook, so a large poll never sits in memory.

const BATCH = 1000;

const CATALOGS = { fa, ar, en } as const;

/**
 * Text a spreadsheet could run as a formula (= + - @, or a leading tab/CR that some programs strip
 * first) gets a leading apostrophe, so it stays text (OWASP CSV injection). Control characters that
 * XML cannot hold are dropped: one stray byte in a public message must not spoil the whole file.
 */
export function safeCell(text: string): string {
  const clean = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
  return /^[=+\-@\t\r]/.test(clean) ? `'${clean}` : clean;
}

const notFound = () => new FieldErrors([{ path: "pollId", message: "errors.notFound" }], "invalid");

/** The labels the file shows for the poll's answers and respondent types. */
async function pollLabels(db: Db, pollId: string) {
  const poll = await db.poll.findUnique({
    where: { id: pollId },
    select: { options: { select: { id: true, label: true } }, respondentTypes: { select: { id: true, label: true } } },
  });
  if (!poll) throw notFound();
  return {
    options: new Map(poll.options.map((o) => [o.id, o.label])),
    types: new Map(poll.respondentTypes.map((t) => [t.id, t.label])),
  };
}
type Labels = Awaited<ReturnType<typeof pollLabels>>;

async function writeWorkbook(db: Db, labels: Labels, input: { pollId: string; filter: PollResultsFilter; locale: Locale }, out: Writable, cap: number) {
  const t = createTranslator({ locale: input.locale, messages: CATALOGS[input.locale] as never, namespace: "pollResults.export" as never }) as unknown as (key: string) => string;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(t("sheetName"), {
    views: [{ state: "frozen", ySplit: 1, rightToLeft: rtlLocales.has(input.locale) }],
  });
  sheet.columns = [
    { header: t("name"), key: "name", width: 28 },
    { header: t("date"), key: "date", width: 24 },
    { header: t("answer"), key: "answer", width: 20 },
    { header: t("respondentType"), key: "type", width: 18 },
    { header: t("message"), key: "message", width: 60 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let cursor: PollResponseCursor | null = null;
  let written = 0;
  do {
    const page = await listPollResponses(db, { pollId: input.pollId, filter: input.filter, cursor, limit: Math.min(BATCH, cap - written) });
    for (const r of page.rows) {
      const name = r.respondent === "customer" ? (r.name ?? "") : t(r.respondent === "visitor" ? "visitor" : "deletedCustomer");
      sheet
        .addRow({
          name: safeCell(name),
          date: formatDate(r.createdAt, input.locale, true),
          answer: safeCell(labels.options.get(r.optionId) ?? ""),
          type: safeCell(r.respondentTypeId ? (labels.types.get(r.respondentTypeId) ?? "") : t("noType")),
          message: safeCell(r.message ?? ""),
        })
        .commit();
    }
    written += page.rows.length;
    cursor = page.next;
  } while (cursor && written < cap);
  sheet.commit();
  await workbook.commit();
  return written;
}

/** Writes the filtered details of a poll to `out` as .xlsx; the number of rows written. */
export async function writePollResultsXlsx(
  db: Db,
  input: { pollId: string; filter: PollResultsFilter; locale: Locale },
  out: Writable,
  cap = EXPORT_ROW_CAP,
): Promise<number> {
  return writeWorkbook(db, await pollLabels(db, input.pollId), input, out, cap);
}

const refuse = (status: number, error: string) => Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });

/**
 * The export route's answer: the same rule as adminProcedure("polls.read") (staff holding it; a
 * visitor 401, a customer or other staff 403), then the file streamed. Names are personal data.
 */
export async function pollExportResponse(db: Db, session: SessionUser | null, pollId: string, query: URLSearchParams, cap = EXPORT_ROW_CAP): Promise<Response> {
  if (!session) return refuse(401, "errors.unauthorized");
  if (!isStaff(session.permissions) || !session.permissions.includes("polls.read")) return refuse(403, "errors.forbidden");
  if (!idField.safeParse(pollId).success) return refuse(404, "errors.notFound");
  let labels: Labels;
  try {
    labels = await pollLabels(db, pollId);
  } catch (e) {
    if (e instanceof FieldErrors) return refuse(404, "errors.notFound");
    throw e;
  }
  const locale = asLocale(query.get("locale"));
  const filter = pollResultsFilterSchema.parse(Object.fromEntries(POLL_RESULTS_FILTER_KEYS.flatMap((k) => (query.get(k) ? [[k, query.get(k)]] : []))));
  const out = new PassThrough();
  // Headers go now; a failure half-way ends the download with an error rather than a bad file.
  writeWorkbook(db, labels, { pollId, filter, locale }, out, cap).catch((e: unknown) => {
    console.error("[poll export]", e);
    out.destroy(e instanceof Error ? e : new Error(String(e)));
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(Readable.toWeb(out) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="poll-results-${day}.xlsx"`,
      "Cache-Control": "no-store",
    },
  });
}

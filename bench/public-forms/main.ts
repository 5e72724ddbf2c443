// npm run bench:public-forms
// The public forms under load (issue 9, point 8): the production server (`next start`) on
// 127.0.0.1 driven by autocannon — 100 connections of visitors answering one open poll for 20 s,
// the same poll's rate limit with every visitor behind one address, then 100 connections sending
// the contact form for 15 s. Afterwards the stored rows are compared with the accepted responses.
// On DATABASE_URL (a PostgreSQL database of its own) or, without it, an embedded PGlite.
// Results: bench/results/public-forms-<engine>.json; exits 1 on any 5xx, lost request or mismatch.
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { createBenchPoll, openBenchDatabase, storedAnswers, storedContactSubjects, type BenchDatabase } from "./database";
import { answersPhase, browserCheck, compareAnswers, emptyExpectation, oneAddressPhase } from "./polls";
import { compareMessages, contactPhase, contactWarmUp, emptyContactExpectation } from "./contact";
import { ensureBuild, startServer } from "./server";
import { withCpu, type CpuUse } from "./cpu";
import type { PhaseResult } from "./load";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const POLL_SECONDS = Number(process.env.BENCH_POLL_SECONDS ?? 20);
const ONE_ADDRESS_SECONDS = 5;
const CONTACT_SECONDS = Number(process.env.BENCH_CONTACT_SECONDS ?? 15);

function phaseFailures(name: string, p: PhaseResult): string[] {
  const out: string[] = [];
  if (p.serverErrors) out.push(`${name}: ${p.serverErrors} responses 5xx`);
  if (p.requests !== p.responses) out.push(`${name}: ${p.requests - p.responses} requests without a response`);
  if (p.connectionErrors || p.timeouts) out.push(`${name}: ${p.connectionErrors} connection errors, ${p.timeouts} timeouts`);
  return out;
}

/** The phase with the number of new database connections it caused (PostgreSQL's own count). */
async function counted<T>(sessions: () => Promise<number | null>, run: () => Promise<T>): Promise<T & { newDatabaseConnections: number | null }> {
  const before = await sessions();
  const result = await run();
  await sleep(1000); // PostgreSQL reports a backend's statistics within a second
  const after = await sessions();
  // The probe's own connection may count one more (its pool closes idle connections after 10 s).
  return { ...result, newDatabaseConnections: before === null || after === null ? null : after - before };
}

const unexpectedFailures = (name: string, unexpected: Record<string, number>) =>
  Object.entries(unexpected).map(([what, count]) => `${name}: ${count} unexpected responses ${what}`);

function line(name: string, p: PhaseResult & { cpu: CpuUse; newDatabaseConnections: number | null }, accepted: number, perSecond: number) {
  const codes = Object.entries(p.statusCodes)
    .map(([code, n]) => `${code}×${n}`)
    .join(" ");
  const l = p.latencyMs;
  const c = p.cpu.coresBusy;
  const indent = "".padEnd(18);
  return [
    `${name.padEnd(18)} ${String(p.requests).padStart(6)} req in ${p.seconds}s  ${String(p.requestsPerSecond).padStart(6)} req/s  `,
    `accepted ${accepted} (${perSecond}/s)  p50/p95/p99 ${l.p50}/${l.p95}/${l.p99} ms  [${codes}]\n`,
    `${indent} cores busy: server ${c.server}, postgres ${c.postgres}, bench ${c.bench}, other work ${c.others}; `,
    `server ${p.cpu.serverMsPerResponse} ms CPU per response; new database connections ${p.newDatabaseConnections ?? "n/a"}`,
  ].join("");
}

async function main() {
  // One secret for the server and for the visitor cookies signed here (as the app signs them).
  process.env.AUTH_SECRET ||= randomBytes(32).toString("base64url");
  ensureBuild();
  const bench = await openBenchDatabase();
  try {
    return await benchmark(bench);
  } finally {
    await bench.dispose();
  }
}

async function benchmark(bench: BenchDatabase) {
  const runId = randomBytes(4).toString("hex");
  const contactPrefix = `bench ${runId} #`;
  const [poll, oneAddressPoll] = await bench.use(async (db) => [await createBenchPoll(db, `bench ${runId}`), await createBenchPoll(db, `bench ${runId}, one address`)]);
  const database = await bench.use(async (db) =>
    bench.engine === "postgresql" ? `PostgreSQL ${(await db.$queryRaw<{ v: string }[]>`SELECT current_setting('server_version') AS v`)[0]!.v}` : "PGlite (embedded)",
  );

  const answersExpected = emptyExpectation();
  const oneAddressExpected = emptyExpectation();
  const contactExpected = emptyContactExpectation();
  console.log(`[bench] ${database}; starting the production server…`);
  const loadBefore = loadavg().map((l) => Math.round(l * 100) / 100);
  const server = await startServer({ ...bench.serverEnv, AUTH_SECRET: process.env.AUTH_SECRET }, `/fa/polls/${poll.id}`);
  let phases;
  try {
    console.log(`[bench] ${server.origin}: the browser's way (page → cookie → answer → answer again)…`);
    const browser = await browserCheck(server.origin, poll, answersExpected);
    console.log(`[bench] ${CONNECTIONS} connections answering the poll for ${POLL_SECONDS} s…`);
    const answers = await counted(bench.sessions, () => withCpu(server.pid, () => answersPhase(server.origin, poll, CONNECTIONS, POLL_SECONDS, answersExpected)));
    await sleep(1000);
    console.log(`[bench] ${CONNECTIONS} connections answering from one address for ${ONE_ADDRESS_SECONDS} s…`);
    const oneAddress = await counted(bench.sessions, () =>
      withCpu(server.pid, () => oneAddressPhase(server.origin, oneAddressPoll, CONNECTIONS, ONE_ADDRESS_SECONDS, oneAddressExpected)),
    );
    await sleep(1000);
    await contactWarmUp(server.origin, contactPrefix, contactExpected);
    console.log(`[bench] ${CONNECTIONS} connections sending the contact form for ${CONTACT_SECONDS} s…`);
    const contact = await counted(bench.sessions, () => withCpu(server.pid, () => contactPhase(server.origin, contactPrefix, CONNECTIONS, CONTACT_SECONDS, contactExpected)));
    phases = { browser, answers, oneAddress, contact };
  } finally {
    await server.stop();
  }
  const serverLog = readFileSync(server.logFile, "utf8");
  const serverErrorLines = serverLog.split("\n").filter((l) => /\[trpc\]|Error|ECONN|unhandled/i.test(l));

  const exactness = await bench.use(async (db) => ({
    pollAnswers: compareAnswers(answersExpected, await storedAnswers(db, poll.id)),
    pollOneAddress: compareAnswers(oneAddressExpected, await storedAnswers(db, oneAddressPoll.id)),
    contact: compareMessages(contactExpected, await storedContactSubjects(db, contactPrefix)),
  }));

  const { browser, answers, oneAddress, contact } = phases;
  const failures = [
    ...browser.problems.map((p) => `browser check: ${p}`),
    ...phaseFailures("poll answers", answers),
    ...phaseFailures("poll, one address", oneAddress),
    ...phaseFailures("contact", contact),
    ...unexpectedFailures("poll answers", answersExpected.unexpected),
    ...unexpectedFailures("poll, one address", oneAddressExpected.unexpected),
    ...unexpectedFailures("contact", contactExpected.unexpected),
    ...(oneAddress.answersAccepted !== 20 ? [`poll, one address: ${oneAddress.answersAccepted} answers accepted, the limit is 20`] : []),
    ...(contact.addressesWhereTheLimitWasWrong ? [`contact: the limit of 5 per address was wrong at ${contact.addressesWhereTheLimitWasWrong} addresses`] : []),
    ...Object.entries(exactness)
      .filter(([, c]) => !c.exact)
      .map(([name, c]) => `${name}: stored rows differ from the accepted responses ${JSON.stringify(c)}`),
    ...(serverErrorLines.length ? [`server log: ${serverErrorLines.length} error lines, e.g. ${serverErrorLines[0]}`] : []),
  ];

  const results = {
    engine: bench.engine,
    database,
    server: "next start (production build), 127.0.0.1",
    node: process.version,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? "?"}`,
    date: new Date().toISOString(),
    connections: CONNECTIONS,
    /** The machine's load average (1, 5, 15 min) before the server started and after it stopped. */
    loadAverage: { before: loadBefore, after: loadavg().map((l) => Math.round(l * 100) / 100) },
    phases: { browserCheck: browser, pollAnswers: answers, pollOneAddress: oneAddress, contact },
    exactness,
    failures,
    ok: failures.length === 0,
  };
  writeFileSync(`bench/results/public-forms-${bench.engine}.json`, JSON.stringify(results, null, 2) + "\n");

  console.log(`\npublic forms — ${database}, ${results.cpus}, ${CONNECTIONS} connections`);
  console.log(`browser check: ${browser.answersRecorded}/12 devices answered, ${browser.secondAnswersRefused} second answers refused (409); poll page ${browser.pageMs.join(", ")} ms`);
  console.log(line("poll answers", answers, answers.answersAccepted, answers.answersPerSecond));
  console.log(`  by kind ${JSON.stringify(answers.requestsByKind)}; repeats refused ${answers.repeatsRefused}`);
  console.log(line("poll, one address", oneAddress, oneAddress.answersAccepted, Math.round((oneAddress.answersAccepted / oneAddress.seconds) * 10) / 10));
  console.log(line("contact", contact, contact.messagesAcceptedNotHoneypot, contact.acceptedPerSecond));
  for (const [name, c] of Object.entries(exactness)) console.log(`exactness ${name}: ${JSON.stringify(c)}`);
  console.log(failures.length ? `\nFAILED:\n- ${failures.join("\n- ")}` : "\nno 5xx, no lost request, stored rows equal the accepted responses");
  console.log(`results: bench/results/public-forms-${bench.engine}.json (server log ${server.logFile})`);
  return results.ok;
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);

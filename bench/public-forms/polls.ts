// The poll phases: visitors answering an open poll for anyone, as the public page's form does —
// POST /api/trpc/pollVoting.answer with the device's signed visitor cookie, behind a proxy that
// appends the visitor's address to X-Forwarded-For.
import { newVisitorId, signVisitorId, VISITOR_COOKIE } from "../../server/services/polls/visitor-cookie";
import type { BenchPoll, StoredAnswer } from "./database";
import { runLoad, type PhaseResult, type Shot } from "./load";

const ANSWER_PATH = "/api/trpc/pollVoting.answer";

interface Visitor {
  id: string;
  cookie: string;
  ip: string;
  honeypot: boolean;
  /** The option of each request that got 200, and every status this visitor got. */
  acceptedOptions: string[];
  statuses: number[];
  inFlight: number;
  /** The first request's body, which a double click sends again as it is. */
  first?: { body: string; optionId: string };
}

/** What the server must have stored: every visitor's accepted answer, and nothing for the bots. */
export interface PollExpectation {
  accepted: Map<string, string>;
  honeypotVisitors: Set<string>;
  /** Visitors whose answers got 200 more than once (a doubled answer; must be 0). */
  acceptedTwice: number;
  /** Responses other than what the request should get (listed by what it was and what came). */
  unexpected: Record<string, number>;
}

export const emptyExpectation = (): PollExpectation => ({ accepted: new Map(), honeypotVisitors: new Set(), acceptedTwice: 0, unexpected: {} });

const newVisitor = (id: string, ip: string, honeypot = false): Visitor => ({
  id,
  cookie: `${VISITOR_COOKIE}=${signVisitorId(id)}`,
  ip,
  honeypot,
  acceptedOptions: [],
  statuses: [],
  inFlight: 0,
});

function answerBody(poll: BenchPoll, n: number, visitor: Visitor, option = n): { body: string; optionId: string } {
  const optionId = poll.optionIds[option % poll.optionIds.length]!;
  const input = {
    pollId: poll.id,
    optionId,
    respondentTypeId: poll.typeIds[n % poll.typeIds.length]!,
    message: n % 3 === 0 ? `رایحه‌های سرد را در تابستان دوست دارم (بازدیدکننده ${n})` : "",
    website: visitor.honeypot ? "https://spam.example" : "",
  };
  return { body: JSON.stringify({ json: input }), optionId };
}

const headersOf = (origin: string, visitor: Visitor, withCookie = true): Record<string, string> => ({
  "content-type": "application/json",
  origin,
  "x-forwarded-for": visitor.ip,
  ...(withCookie ? { cookie: visitor.cookie } : {}),
});

function note(expect: PollExpectation, what: string, status: number) {
  const key = `${what}→${status}`;
  expect.unexpected[key] = (expect.unexpected[key] ?? 0) + 1;
}

/** Records what a visitor's requests got into the expectation, once the phase is over. */
function settle(expect: PollExpectation, visitors: Iterable<Visitor>) {
  for (const v of visitors) {
    if (v.honeypot) {
      expect.honeypotVisitors.add(v.id);
      continue;
    }
    if (v.acceptedOptions.length > 1) expect.acceptedTwice++;
    if (v.acceptedOptions.length > 0) expect.accepted.set(v.id, v.acceptedOptions[0]!);
  }
}

/**
 * The browser's way, before the load (and as its warm-up): 10 devices open the poll page and get
 * the cookie from it (proxy.ts), answer, and answer again; 2 devices answer without having opened
 * the page and get the cookie from the answer itself. Every second answer must be refused (409).
 */
export async function browserCheck(origin: string, poll: BenchPoll, expect: PollExpectation) {
  const visitors: Visitor[] = [];
  const problems: string[] = [];
  const pageMs: number[] = [];
  for (let i = 1; i <= 12; i++) {
    const ip = `192.0.2.${i}`;
    let cookie: string | null = null;
    if (i <= 10) {
      const started = performance.now();
      const page = await fetch(`${origin}/fa/polls/${poll.id}`, { headers: { "x-forwarded-for": ip } });
      await page.text();
      pageMs.push(performance.now() - started);
      cookie = page.headers.getSetCookie().find((c) => c.startsWith(`${VISITOR_COOKIE}=`)) ?? null;
      if (page.status !== 200 || !cookie) problems.push(`poll page ${page.status}, visitor cookie ${cookie ? "set" : "missing"}`);
    }
    const pending = newVisitor("pending", ip);
    const { body, optionId } = answerBody(poll, i, pending);
    const first = await fetch(origin + ANSWER_PATH, { method: "POST", headers: { ...headersOf(origin, pending, false), ...(cookie ? { cookie: cookie.split(";")[0]! } : {}) }, body });
    await first.text();
    cookie ??= first.headers.getSetCookie().find((c) => c.startsWith(`${VISITOR_COOKIE}=`)) ?? null;
    if (first.status !== 200 || !cookie) {
      problems.push(`first answer ${first.status}, visitor cookie ${cookie ? "set" : "missing"}`);
      continue;
    }
    const value = cookie.split(";")[0]!;
    const visitor = { ...newVisitor(value.slice(VISITOR_COOKIE.length + 1).split(".")[0]!, ip), cookie: value };
    visitor.acceptedOptions.push(optionId);
    const again = await fetch(origin + ANSWER_PATH, { method: "POST", headers: headersOf(origin, visitor), body: answerBody(poll, i + 1, visitor).body });
    await again.text();
    visitor.statuses.push(200, again.status);
    if (again.status !== 409) problems.push(`second answer from the same device: ${again.status}, expected 409`);
    visitors.push(visitor);
  }
  settle(expect, visitors);
  return { devices: 12, answersRecorded: visitors.length, secondAnswersRefused: visitors.filter((v) => v.statuses[1] === 409).length, pageMs: pageMs.map((ms) => Math.round(ms)), problems };
}

/**
 * Many visitors, each its own device and address: 5 % fill the honeypot, 10 % answer again after
 * their first answer was accepted (another option this time), 5 % send a second copy while their
 * first is still in flight (a double click). Each device must end with exactly one stored answer.
 */
export async function answersPhase(origin: string, poll: BenchPoll, connections: number, seconds: number, expect: PollExpectation) {
  const visitors = new Map<string, Visitor>();
  const acceptedQueue: Visitor[] = [];
  const inFlight = new Set<Visitor>();
  const repeated = new Set<Visitor>();
  const kinds = { fresh: 0, honeypot: 0, again: 0, double: 0 };
  let n = 0;

  const next = (): Shot => {
    n++;
    const slot = n % 20;
    let kind: keyof typeof kinds = slot === 7 ? "honeypot" : slot === 3 || slot === 13 ? "again" : slot === 17 ? "double" : "fresh";
    let visitor: Visitor | undefined;
    if (kind === "again") {
      do visitor = acceptedQueue.shift();
      while (visitor && repeated.has(visitor));
    }
    if (kind === "double") visitor = [...inFlight].find((v) => !v.honeypot && !repeated.has(v));
    if ((kind === "again" || kind === "double") && !visitor) kind = "fresh";
    if (visitor) repeated.add(visitor);
    else {
      const id = visitors.size + 1;
      visitor = newVisitor(newVisitorId(), `10.${(id >> 16) & 255}.${(id >> 8) & 255}.${id & 255}`, kind === "honeypot");
      visitors.set(visitor.id, visitor);
    }
    kinds[kind]++;
    const v = visitor;
    // Answering again picks the next option (changing one's mind); a double click repeats the first body.
    const { body, optionId } =
      kind === "double" ? v.first! : kind === "again" ? answerBody(poll, n, v, poll.optionIds.indexOf(v.acceptedOptions[0]!) + 1) : answerBody(poll, n, v);
    v.first ??= { body, optionId };
    v.inFlight++;
    inFlight.add(v);
    return {
      path: ANSWER_PATH,
      headers: headersOf(origin, v),
      body,
      answered(status, text) {
        if (--v.inFlight === 0) inFlight.delete(v);
        v.statuses.push(status);
        if (status === 200 && !text.includes('"recorded":true')) note(expect, `${kind} (200 without "recorded")`, status);
        if (status === 200 && !v.honeypot) {
          v.acceptedOptions.push(optionId);
          if (kind === "fresh") acceptedQueue.push(v);
        }
        // A device's first request gets 200 and any other 409; which of a double click wins is the server's choice.
        const fine = v.honeypot ? status === 200 : kind === "again" ? status === 409 : status === 200 || (status === 409 && repeated.has(v));
        if (!fine) note(expect, kind, status);
      },
    };
  };

  const phase = await runLoad(origin, connections, seconds, next);
  settle(expect, visitors.values());
  const accepted = [...visitors.values()].filter((v) => !v.honeypot && v.acceptedOptions.length > 0).length;
  const refusedRepeats = [...repeated].reduce((sum, v) => sum + v.statuses.filter((s) => s === 409).length, 0);
  return {
    ...phase,
    answersAccepted: accepted,
    answersPerSecond: Math.round((accepted / phase.seconds) * 10) / 10,
    devices: visitors.size,
    requestsByKind: kinds,
    repeatsRefused: refusedRepeats,
  };
}

/**
 * Every visitor behind one address (LIMITS.pollAnswerPerIp: 20 per poll and address an hour): the
 * first 20 answers are recorded and every later one is refused with 429, devices or not.
 */
export async function oneAddressPhase(origin: string, poll: BenchPoll, connections: number, seconds: number, expect: PollExpectation) {
  const visitors: Visitor[] = [];
  let n = 0;
  const phase = await runLoad(origin, connections, seconds, () => {
    n++;
    const v = newVisitor(newVisitorId(), "198.51.100.20");
    visitors.push(v);
    const { body, optionId } = answerBody(poll, n, v);
    return {
      path: ANSWER_PATH,
      headers: headersOf(origin, v),
      body,
      answered(status) {
        v.statuses.push(status);
        if (status === 200) v.acceptedOptions.push(optionId);
        else if (status !== 429) note(expect, "one address", status);
      },
    };
  });
  settle(expect, visitors);
  const accepted = visitors.filter((v) => v.acceptedOptions.length > 0).length;
  return { ...phase, answersAccepted: accepted, refused429: phase.statusCodes["429"] ?? 0 };
}

/** The stored rows against the expectation: no lost, extra, doubled or changed answer. */
export function compareAnswers(expect: PollExpectation, stored: StoredAnswer[]) {
  const byVisitor = new Map<string, StoredAnswer[]>();
  for (const row of stored) byVisitor.set(row.visitorId ?? "(none)", [...(byVisitor.get(row.visitorId ?? "(none)") ?? []), row]);
  const missing = [...expect.accepted.keys()].filter((id) => !byVisitor.has(id)).length;
  const extra = [...byVisitor.keys()].filter((id) => !expect.accepted.has(id)).length;
  const storedTwice = [...byVisitor.values()].filter((rows) => rows.length > 1).length;
  const honeypotStored = [...expect.honeypotVisitors].filter((id) => byVisitor.has(id)).length;
  const otherOption = [...expect.accepted].filter(([id, option]) => byVisitor.get(id)?.[0]?.optionId !== option && byVisitor.has(id)).length;
  const withCustomer = stored.filter((r) => r.customerId !== null).length;
  const exact =
    stored.length === expect.accepted.size && missing + extra + storedTwice + honeypotStored + otherOption + withCustomer + expect.acceptedTwice === 0;
  return {
    accepted: expect.accepted.size,
    stored: stored.length,
    missing,
    extra,
    storedTwice,
    acceptedTwice: expect.acceptedTwice,
    honeypotStored,
    otherOption,
    exact,
  };
}

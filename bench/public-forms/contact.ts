// The contact-us phase: visitors sending the public form (POST /api/trpc/contact.send), six
// messages from each address (LIMITS.contactPerIp allows 5 per 15 minutes, so the sixth must be
// refused with 429 whichever of the six arrives last), 10 % of them filling the honeypot.
import { runLoad } from "./load";

const SEND_PATH = "/api/trpc/contact.send";
export const PER_ADDRESS = 6;
const LIMIT_PER_ADDRESS = 5;

interface Address {
  sent: number;
  statuses: number[];
}

function message(n: number, prefix: string, honeypot: boolean) {
  return {
    name: `بازدیدکننده ${n}`,
    // Half give a mobile number, half an e-mail address (the form needs one of them).
    mobile: n % 2 ? `0912${String(n % 10_000_000).padStart(7, "0")}` : "",
    email: n % 2 ? "" : `visitor${n}@example.com`,
    subject: `${prefix}${n}`,
    message: "سلام، سفارشم هنوز نرسیده است. لطفاً وضعیت ارسال را بررسی کنید. با تشکر از باشگاه مشتریان.",
    website: honeypot ? "https://spam.example" : "",
  };
}

const headersOf = (origin: string, ip: string) => ({ "content-type": "application/json", origin, "x-forwarded-for": ip });

/** The subjects that must be stored: every accepted message that did not fill the honeypot. */
export interface ContactExpectation {
  subjects: Set<string>;
  honeypotAccepted: number;
  unexpected: Record<string, number>;
}

export const emptyContactExpectation = (): ContactExpectation => ({ subjects: new Set(), honeypotAccepted: 0, unexpected: {} });

function record(expect: ContactExpectation, status: number, body: string, subject: string, honeypot: boolean) {
  if (status === 200 && body.includes('"sent":true')) {
    if (honeypot) expect.honeypotAccepted++;
    else expect.subjects.add(subject);
  } else if (status !== 429) {
    expect.unexpected[`contact→${status}`] = (expect.unexpected[`contact→${status}`] ?? 0) + 1;
  }
}

/** A few messages one after another before the load: the route's first calls load its code. */
export async function contactWarmUp(origin: string, prefix: string, expect: ContactExpectation) {
  for (let i = 1; i <= LIMIT_PER_ADDRESS; i++) {
    const input = message(9_000_000 + i, prefix, false);
    const res = await fetch(origin + SEND_PATH, { method: "POST", headers: headersOf(origin, "192.0.2.200"), body: JSON.stringify({ json: input }) });
    record(expect, res.status, await res.text(), input.subject, false);
  }
}

export async function contactPhase(origin: string, prefix: string, connections: number, seconds: number, expect: ContactExpectation) {
  const addresses = new Map<string, Address>();
  let n = 0;
  let honeypots = 0;
  let genuineAccepted = 0;
  const phase = await runLoad(origin, connections, seconds, () => {
    n++;
    const group = Math.floor((n - 1) / PER_ADDRESS);
    const ip = `172.${16 + ((group >> 16) & 15)}.${(group >> 8) & 255}.${group & 255}`;
    const address = addresses.get(ip) ?? { sent: 0, statuses: [] };
    addresses.set(ip, address);
    address.sent++;
    const honeypot = n % 10 === 4;
    if (honeypot) honeypots++;
    const input = message(n, prefix, honeypot);
    return {
      path: SEND_PATH,
      headers: headersOf(origin, ip),
      body: JSON.stringify({ json: input }),
      answered(status, body) {
        address.statuses.push(status);
        record(expect, status, body, input.subject, honeypot);
        if (status === 200 && !honeypot) genuineAccepted++;
      },
    };
  });

  // The limit, address by address: min(sent, 5) accepted, the rest 429 — never a sixth message.
  let limitBroken = 0;
  for (const a of addresses.values()) {
    const ok = a.statuses.filter((s) => s === 200).length;
    const refused = a.statuses.filter((s) => s === 429).length;
    if (ok !== Math.min(a.sent, LIMIT_PER_ADDRESS) || refused !== a.sent - ok) limitBroken++;
  }
  const accepted = phase.statusCodes["200"] ?? 0;
  return {
    ...phase,
    addresses: addresses.size,
    honeypotRequests: honeypots,
    /** 200s, the honeypot's included (a bot gets the same thank-you). */
    messagesAccepted: accepted,
    messagesAcceptedNotHoneypot: genuineAccepted,
    /** Messages accepted for keeping (not the honeypot's) per second. */
    acceptedPerSecond: Math.round((genuineAccepted / phase.seconds) * 10) / 10,
    refused429: phase.statusCodes["429"] ?? 0,
    addressesWhereTheLimitWasWrong: limitBroken,
  };
}

export function compareMessages(expect: ContactExpectation, stored: string[]) {
  const storedSet = new Set(stored);
  const missing = [...expect.subjects].filter((s) => !storedSet.has(s)).length;
  const extra = [...storedSet].filter((s) => !expect.subjects.has(s)).length;
  const storedTwice = stored.length - storedSet.size;
  return {
    acceptedNotHoneypot: expect.subjects.size,
    honeypotAccepted: expect.honeypotAccepted,
    stored: stored.length,
    missing,
    extra,
    storedTwice,
    exact: stored.length === expect.subjects.size && missing + extra + storedTwice === 0,
  };
}

// Polls for tests (issue 9): the admin form's input, and a visitor's device that keeps the signed
// cookie the server hands it, as a browser would.
import type { Db } from "../server/db";
import { appRouter } from "../server/routers/_app";
import { createCallerFactory, type SessionUser } from "../server/trpc";
import { VISITOR_COOKIE, visitorJar } from "../server/services/polls/visitor-cookie";
import type { PollFormInput } from "../lib/schemas/polls";

const createCaller = createCallerFactory(appRouter);

/** The create form as an admin fills it: the seed example, open to anyone, expiring tomorrow (UTC). */
export const pollInput = (over: Partial<PollFormInput> = {}): PollFormInput => ({
  question: "میزان علاقه‌مندی شما به رایحه ادکلن‌های سرد چقدر است؟",
  options: [{ label: "زیاد" }, { label: "متوسط" }, { label: "کم" }],
  respondentTypes: [{ label: "خانم" }, { label: "آقا" }, { label: "دختر" }, { label: "پسر" }],
  expiresDate: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
  expiresTime: "12:00",
  timeZone: "UTC",
  allowMessage: true,
  audience: "ANYONE",
  groupIds: [],
  status: "OPEN",
  ...over,
});

/**
 * A browser on one address: every call sends the cookie it holds and keeps the one the response
 * sets. `session` signs it in (a customer's calls then answer as the customer).
 */
export function device(getDb: () => Db, ip = "198.51.100.7") {
  let cookie: string | null = null;
  const self = {
    get cookie() {
      return cookie;
    },
    set cookie(value: string | null) {
      cookie = value;
    },
    /** A caller for one request; its Set-Cookie is kept when the call settles. */
    api(session: SessionUser | null = null) {
      const request = new Headers(cookie ? { cookie: `other=1; ${VISITOR_COOKIE}=${cookie}` } : {});
      const response = new Headers();
      const caller = createCaller({ db: getDb(), session, ip, visitor: visitorJar(request, { headers: response, secure: false }) });
      const keep = () => {
        const set = response.get("set-cookie");
        if (set) cookie = set.split(";")[0]!.slice(VISITOR_COOKIE.length + 1);
      };
      return { caller, keep };
    },
    /** Answers a poll and keeps the cookie, whatever the outcome. */
    async answer(input: { pollId: string; optionId: string; respondentTypeId?: string; message?: string; website?: string }, session: SessionUser | null = null) {
      const { caller, keep } = self.api(session);
      try {
        return await caller.pollVoting.answer(input);
      } finally {
        keep();
      }
    },
    async view(pollId: string, session: SessionUser | null = null) {
      return self.api(session).caller.pollVoting.view({ id: pollId });
    },
  };
  return self;
}

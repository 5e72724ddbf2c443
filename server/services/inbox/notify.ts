import "server-only";
import type { Tx } from "../../db";
import type { MessageChannel } from "../../generated/prisma/client";
import { departmentRecipients } from "../departments";
import { queueDeliveries } from "../delivery/queue";
import { asLocale } from "@/i18n/routing";
import { appUrl } from "../../app-url";

// Who is told of a new thread message (issue 10, point 5). A customer's message tells the
// department's staff by the department's channels; a staff reply tells the customer by e-mail / SMS
// only with their consent (the unread badge needs none). Internal notes tell nobody. The deliveries
// are written in the message's transaction under the key "thread-message:<id>", so a message is
// announced once per recipient and channel; the delivery worker sends them after the commit.

interface Person {
  id: string;
  email: string | null;
  mobile: string | null;
  locale: string;
}

function recipientsOf(people: Person[], channels: MessageChannel[]) {
  return people.flatMap((p) =>
    channels.flatMap((channel) => {
      const address = channel === "EMAIL" ? p.email : p.mobile;
      return address ? [{ userId: p.id, channel, address, locale: asLocale(p.locale) }] : [];
    }),
  );
}

const DEPARTMENT_CHANNELS: Record<string, MessageChannel[]> = { NONE: [], EMAIL: ["EMAIL"], SMS: ["SMS"], BOTH: ["EMAIL", "SMS"] };

export async function notifyThreadMessage(tx: Tx, messageId: string): Promise<void> {
  const message = await tx.threadMessage.findUniqueOrThrow({
    where: { id: messageId },
    select: {
      fromStaff: true,
      internal: true,
      thread: {
        select: {
          id: true,
          number: true,
          subject: true,
          departmentId: true,
          customer: { select: { user: { select: { id: true, name: true, email: true, mobile: true, locale: true, status: true, notifyByEmail: true, notifyBySms: true } } } },
        },
      },
    },
  });
  if (message.internal) return;
  const { thread } = message;
  const customer = thread.customer.user;
  let recipients: ReturnType<typeof recipientsOf>;
  let path: string;
  if (message.fromStaff) {
    if (customer.status !== "ACTIVE") return;
    const channels: MessageChannel[] = [...(customer.notifyByEmail ? ["EMAIL" as const] : []), ...(customer.notifyBySms ? ["SMS" as const] : [])];
    recipients = recipientsOf([customer], channels);
    path = `/account/inbox/${thread.id}`;
  } else {
    const { notify, staff } = await departmentRecipients(tx, thread.departmentId);
    recipients = recipientsOf(staff, DEPARTMENT_CHANNELS[notify] ?? []);
    path = `/admin/inbox/${thread.id}`;
  }
  // One call per language, since the link carries the recipient's locale.
  for (const locale of new Set(recipients.map((r) => r.locale))) {
    await queueDeliveries(tx, {
      eventKey: `thread-message:${messageId}`,
      template: message.fromStaff ? "inbox.customerReply" : "inbox.staffNewMessage",
      params: { subject: thread.subject, number: String(thread.number), customer: customer.name, url: `${appUrl()}/${locale}${path}` },
      recipients: recipients.filter((r) => r.locale === locale),
    });
  }
}

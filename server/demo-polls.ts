import "server-only";
import type { Tx } from "./db";

// The seed's poll example (seed 003 نظرسنجی): "How much do you like cold perfumes?" with much /
// medium / little and four respondent types, open to anyone with the link, with a message box,
// expiring a year after the demo is made. Does nothing when the poll is already there.

export const DEMO_POLL_QUESTION = "میزان علاقه‌مندی شما به رایحه ادکلن‌های سرد چقدر است؟";

export async function seedDemoPolls(tx: Tx): Promise<void> {
  if (await tx.poll.findFirst({ where: { question: DEMO_POLL_QUESTION }, select: { id: true } })) return;
  const position = (label: string, i: number) => ({ label, position: i });
  await tx.poll.create({
    data: {
      question: DEMO_POLL_QUESTION,
      expiresAt: new Date(Date.now() + 365 * 24 * 60 * 60 * 1000),
      allowMessage: true,
      audience: "ANYONE",
      status: "OPEN",
      options: { create: ["زیاد", "متوسط", "کم"].map(position) },
      respondentTypes: { create: ["خانم", "آقا", "دختر", "پسر"].map(position) },
    },
  });
}

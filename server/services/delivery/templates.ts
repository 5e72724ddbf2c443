import { asLocale, type Locale as TemplateLocale } from "@/i18n/routing";

// Message templates of the delivery pipeline (issue 10). Not UI strings: they are rendered on the
// server into the Delivery row, in the recipient's language (fa by default). An e-mail has a subject
// and a body; an SMS uses the body only. {name} placeholders take the caller's params.

export type { TemplateLocale };

interface Text {
  subject: string;
  body: string;
}

const TEMPLATES = {
  /** A customer wrote a new ticket or a reply: told to the department's staff. */
  "inbox.staffNewMessage": {
    fa: { subject: "پیام تازه در صندوق پیام: {subject}", body: "پیام تازه‌ای از {customer} در گفتگوی شماره {number} «{subject}» رسیده است.\n{url}" },
    ar: { subject: "رسالة جديدة في صندوق الرسائل: {subject}", body: "وصلت رسالة جديدة من {customer} في المحادثة رقم {number} «{subject}».\n{url}" },
    en: { subject: "New message in the inbox: {subject}", body: "{customer} wrote in conversation #{number} “{subject}”.\n{url}" },
  },
  /** Staff replied: told to the customer (when they agreed to e-mail/SMS). */
  "inbox.customerReply": {
    fa: { subject: "پاسخ تازه به پیام شما: {subject}", body: "به پیام شما با شماره {number} «{subject}» پاسخ داده شد.\n{url}" },
    ar: { subject: "رد جديد على رسالتك: {subject}", body: "تم الرد على رسالتك رقم {number} «{subject}».\n{url}" },
    en: { subject: "New reply to your message: {subject}", body: "Your conversation #{number} “{subject}” has a new reply.\n{url}" },
  },
  /** Older outbox rows (customer SMS, rating requests): their text was written when they were asked for. */
  "outbox.sms": {
    fa: { subject: "{subject}", body: "{body}" },
    ar: { subject: "{subject}", body: "{body}" },
    en: { subject: "{subject}", body: "{body}" },
  },
  "outbox.email": {
    fa: { subject: "{subject}", body: "{body}" },
    ar: { subject: "{subject}", body: "{body}" },
    en: { subject: "{subject}", body: "{body}" },
  },
  /** Settings → e-mail and SMS → "send a test". */
  test: {
    fa: { subject: "پیام آزمایشی باشگاه", body: "این یک پیام آزمایشی از باشگاه است. اگر آن را می‌بینید، تنظیمات ارسال درست است." },
    ar: { subject: "رسالة تجريبية من النادي", body: "هذه رسالة تجريبية من النادي. إذا وصلتك فإعدادات الإرسال صحيحة." },
    en: { subject: "Bashgah test message", body: "This is a test message from Bashgah. If you can read it, sending works." },
  },
} satisfies Record<string, Record<TemplateLocale, Text>>;

export type TemplateKey = keyof typeof TEMPLATES;
export const TEMPLATE_KEYS = Object.keys(TEMPLATES) as TemplateKey[];

const fill = (text: string, params: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? "").trim();

/** The subject (e-mail only) and body of a template in a language; an unknown language falls back to fa. */
export function renderTemplate(
  template: TemplateKey,
  locale: string,
  channel: "EMAIL" | "SMS",
  params: Record<string, string>,
): { subject: string | null; body: string } {
  const texts: Record<TemplateLocale, Text> = TEMPLATES[template];
  const text = texts[asLocale(locale)];
  return { subject: channel === "EMAIL" ? fill(text.subject, params) : null, body: fill(text.body, params) };
}

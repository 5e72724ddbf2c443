// What the inbox benchmark's threads are made of: subjects customers of a perfume and cosmetics
// store write, the replies, and the people. Weights are shares of all threads.

/** A subject template; `order` appends an order number in Persian digits, as customers type it. */
export interface SubjectTemplate {
  text: string;
  weight: number;
  order?: boolean;
}

/** Matches about 1 % of the threads: it appears in these two templates only (0.6 % + 0.4 %). */
export const COMMON_WORD = "گارانتی";
/** Matches almost nothing: only the forced RARE_SUBJECT threads carry it. */
export const RARE_WORD = "هولوگرام";
/** One thread in RARE_EVERY gets RARE_SUBJECT (4 of 300,000). */
export const RARE_EVERY = 75_000;
export const RARE_SUBJECT = "هولوگرام اصالت روی جعبه عطر نیست";

export const SUBJECTS: SubjectTemplate[] = [
  { text: "پیگیری سفارش", weight: 0.16, order: true },
  { text: "تأخیر در ارسال سفارش", weight: 0.08, order: true },
  { text: "لغو سفارش", weight: 0.05, order: true },
  { text: "استرداد وجه سفارش", weight: 0.05, order: true },
  { text: "درخواست مرجوعی کالا", weight: 0.06 },
  { text: "مشکل در پرداخت اینترنتی", weight: 0.06 },
  { text: "سؤال درباره موجودی عطر", weight: 0.05 },
  { text: "راهنمایی برای انتخاب عطر", weight: 0.05 },
  { text: "مشاوره خرید کرم ضد آفتاب", weight: 0.03 },
  { text: "تغییر آدرس ارسال", weight: 0.04 },
  { text: "کد تخفیف اعمال نمی‌شود", weight: 0.04 },
  { text: "امتیاز باشگاه مشتریان ثبت نشده", weight: 0.04, order: true },
  { text: "مشکل ورود به حساب کاربری", weight: 0.04 },
  { text: "کالای آسیب‌دیده دریافت کردم", weight: 0.03, order: true },
  { text: "ارسال فاکتور رسمی", weight: 0.03, order: true },
  { text: "انتقاد و پیشنهاد", weight: 0.03 },
  { text: "اصل بودن ادکلن", weight: 0.03 },
  { text: "تغییر شماره موبایل", weight: 0.02 },
  { text: "همکاری در فروش", weight: 0.02 },
  { text: "شکایت از پیک", weight: 0.02, order: true },
  { text: "کیف پول و اعتبار هدیه", weight: 0.02 },
  { text: "پیامک تأیید دریافت نشد", weight: 0.02 },
  { text: "سفارش عمده برای فروشگاه", weight: 0.02 },
  { text: "استفسار عن الطلب", weight: 0.02, order: true }, // Gulf customers write in Arabic
  { text: "ثبت دیدگاه محصول", weight: 0.01 },
  { text: "هدیه تولد باشگاه", weight: 0.01 },
  { text: "Order status", weight: 0.01, order: true },
  { text: "درخواست گارانتی دستگاه اتو مو", weight: 0.006 },
  { text: "تمدید گارانتی سشوار", weight: 0.004, order: true },
];

export const BODIES = [
  "سلام، سفارشم هنوز به دستم نرسیده است. لطفاً پیگیری کنید.",
  "سلام وقت بخیر، درخواست شما بررسی شد و نتیجه را اطلاع می‌دهیم.",
  "ممنون از پاسخ شما. مشکل برطرف شد.",
  "لطفاً تصویر فاکتور و جعبه کالا را ارسال کنید.",
  "بسته امروز تحویل پیک شد؛ کد رهگیری برایتان پیامک شد.",
  "مبلغ به کیف پول شما برگشت داده شد.",
  "این عطر در حال حاضر موجود نیست؛ به محض موجود شدن خبر می‌دهیم.",
  "مرحبا، متى يصل طلبي؟",
  "Hello, could you check my order please?",
  "یادداشت داخلی: با انبار هماهنگ شد.",
];

/** First names and surnames of the customers (name = first + surname; 30 × 30 combinations). */
export const FIRST_NAMES = [
  "محمد", "علی", "حسین", "رضا", "مهدی", "امیر", "سعید", "مجید", "آرش", "نیما", "پویا", "سینا", "بابک", "کیوان", "یوسف",
  "فاطمه", "زهرا", "مریم", "سارا", "نرگس", "الهام", "مهسا", "نازنین", "لیلا", "نگار", "شیرین", "پریسا", "سپیده", "فاطمة", "نورة",
];
export const SURNAMES = [
  "محمدی", "حسینی", "احمدی", "رضایی", "موسوی", "جعفری", "رحیمی", "هاشمی", "قاسمی", "صادقی", "حیدری", "نوری", "اکبری",
  "مرادی", "ابراهیمی", "کاظمی", "کریمی", "عباسی", "یوسفی", "شریفی", "نجفی", "زارعی", "امیری", "سلیمانی", "بهرامی",
  "طاهری", "العتيبي", "القحطاني", "الغامدي", "الشمري",
];
export const STAFF_NAMES = [
  "سمانه پشتیبان", "رضا فروش", "مینا فنی", "کامران مدیر", "هستی مشاور", "بهاره پشتیبان", "پیمان فروش", "نسرین فنی",
  "آرمان مدیر", "یاسمن مشاور", "مهرداد پشتیبان", "ترانه فروش", "فرشید فنی", "ژیلا مدیر", "کاوه مشاور", "رویا پشتیبان",
  "امید فروش", "شیدا فنی", "بردیا مدیر", "گلاره مشاور",
];

/** Shares of the threads by department, in DEMO_DEPARTMENTS order: فروش، فنی، مدیریت، پشتیبانی، مشاوره. */
export const DEPARTMENT_SHARES = [0.35, 0.2, 0.05, 0.3, 0.1];

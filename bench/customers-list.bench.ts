// npm run bench:customers            (a throw-away PostgreSQL 15 in .data/bench-pg, kept for reruns)
// BENCH_DATABASE_URL=postgresql://… npm run bench:customers   (your own server: an empty database,
//                                     or one this benchmark seeded before)
//
// The admin customer list (customers.list) at one million customers, measured the way the app calls
// it — through the tRPC server-side caller (input validation and normalisation, the permission
// middleware, Prisma over @prisma/adapter-pg, the page's groups) — against the very same page query
// (customerPageSql) sent as raw SQL through a plain `pg` client. Targets: procedure/raw ≤ 1.5x and
// p95 ≤ 50 ms. Results go to bench/results/customers-list-<date>[-<BENCH_LABEL>].{json,md}.
// BENCH_CUSTOMERS=20000 tries the benchmark itself quickly (each size has its own database).
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { cpus, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { Client } from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../server/generated/prisma/client";
import { setDb } from "../server/db";
import { migrate } from "../server/migrate";
import { pgRunner } from "../server/sql-runners";
import { createCallerFactory } from "../server/trpc";
import { appRouter } from "../server/routers/_app";
import { customerPageSql, type ListInput } from "../server/services/customer-list";
import { customerSearchText } from "../server/services/users";
import { normalizeText } from "../lib/normalize";
import { nameSortKey } from "../lib/name-sort";
import { customerListSchema, type CustomerListInput } from "../lib/schemas/customers";

/** BENCH_CUSTOMERS changes the size (for a quick try of the benchmark itself); each size has its own database. */
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 1_000_000);
const BATCH = 20_000;
const WARMUP = 20;
const ITERATIONS = 200;
const WARMUP_BUDGET_MS = 20_000;
const MEASURE_BUDGET_MS = 180_000;
const DEEP_PAGES = 20; // follow `next` this many times, then measure that page
const TARGET = { ratio: 1.5, p95: 50 };
const PGBIN = process.env.PGBIN ?? "/usr/lib/postgresql/15/bin";
const BENCH_ROOT = resolve(".data/bench-pg"); // git-ignored (.data/)
const DB_NAME = `bashgah_bench_${CUSTOMERS}`;
/** How long seeding took, kept beside the data so a rerun that reuses the database can report it. */
const SEED_NOTE = join(BENCH_ROOT, `${DB_NAME}.seed.json`);
/** Settings of the throw-away server beyond the defaults (reported with the results). */
const PG_SETTINGS = ["shared_buffers=512MB"];

// A common surname typed on an Arabic keyboard (Arabic kaf ك and yeh ي): it only meets the stored
// Persian spelling کریمی because the query and searchText go through the same normaliser.
const SEARCH = "كريمي";
const GROUPS = [
  { name: "مشتریان ویژه", share: 0.3, big: true }, // "VIP customers": the big group the benchmark filters by
  { name: "عمده‌فروشان", share: 0.02 }, // wholesalers
  { name: "همکاران", share: 0.001 }, // colleagues
];

const log = (...a: unknown[]) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...a);

// ——— The database server ————————————————————————————————————————————————————————————————

interface Server {
  url: string;
  engine: string;
  stop(): void;
  /** Drops and creates the benchmark's database (the throw-away server only). */
  recreate?(): Promise<void>;
}

const sh = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

function osUser(): string | null {
  if (process.getuid?.() !== 0) return null; // not root: PostgreSQL runs as we do
  // As .ci/run does it: PostgreSQL refuses to run as root, so use the postgres user or make one.
  for (const name of ["postgres", "bashgah-pg"]) {
    try {
      sh("id", ["-u", name]);
      return name;
    } catch {
      /* try the next */
    }
  }
  sh("useradd", ["--system", "--no-create-home", "bashgah-pg"]);
  return "bashgah-pg";
}

function freePort(from: number): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", (e: NodeJS.ErrnoException) => (e.code === "EADDRINUSE" && from < 54400 ? done(freePort(from + 1)) : fail(e)));
    server.listen(from, "127.0.0.1", () => server.close(() => done(from)));
  });
}

async function startServer(): Promise<Server> {
  if (process.env.BENCH_DATABASE_URL) {
    return { url: process.env.BENCH_DATABASE_URL, engine: "PostgreSQL (BENCH_DATABASE_URL)", stop: () => {} };
  }
  const user = osUser();
  const asPg = (cmd: string, args: string[]) => (user ? sh("runuser", ["-u", user, "--", cmd, ...args]) : sh(cmd, args));
  const data = join(BENCH_ROOT, "data");
  mkdirSync(BENCH_ROOT, { recursive: true });
  if (user) {
    const uid = Number(sh("id", ["-u", user]).trim());
    const gid = Number(sh("id", ["-g", user]).trim());
    chownSync(BENCH_ROOT, uid, gid);
  }
  if (!existsSync(join(data, "PG_VERSION"))) {
    log(`initdb ${data}`);
    // UTF-8 ctype: under the C locale pg_trgm makes no trigrams of Persian letters.
    asPg(join(PGBIN, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"]);
  }
  try {
    asPg(join(PGBIN, "pg_ctl"), ["-D", data, "status"]);
    log("a server from an interrupted run is still up on this data folder: stopping it");
    asPg(join(PGBIN, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]);
  } catch {
    /* not running: the usual case */
  }
  const port = await freePort(Number(process.env.BENCH_PG_PORT ?? 54340));
  const options = [`-p ${port}`, `-k ${BENCH_ROOT}`, "-c listen_addresses=127.0.0.1", ...PG_SETTINGS.map((s) => `-c ${s}`)].join(" ");
  asPg(join(PGBIN, "pg_ctl"), ["-D", data, "-l", join(BENCH_ROOT, "log"), "-o", options, "-w", "-t", "120", "start"]);
  const version = sh(join(PGBIN, "postgres"), ["--version"]).trim();
  log(`${version} on 127.0.0.1:${port} (data in ${data})`);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      asPg(join(PGBIN, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]);
      log("PostgreSQL stopped");
    } catch (e) {
      console.error("could not stop PostgreSQL:", (e as Error).message);
    }
  };
  process.once("exit", stop); // however the run ends
  const asAdmin = async (fn: (admin: Client) => Promise<unknown>) => {
    const admin = new Client({ connectionString: `postgresql://postgres@127.0.0.1:${port}/postgres` });
    await admin.connect();
    try {
      await fn(admin);
    } finally {
      await admin.end();
    }
  };
  await asAdmin(async (admin) => {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [DB_NAME]);
    if (!exists.rowCount) await admin.query(`CREATE DATABASE ${DB_NAME}`);
  });
  const recreate = () => asAdmin(async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME}`);
    await admin.query(`CREATE DATABASE ${DB_NAME}`);
  });
  return { url: `postgresql://postgres@127.0.0.1:${port}/${DB_NAME}`, engine: version.replace(/^postgres \(PostgreSQL\) /, "PostgreSQL "), stop, recreate };
}

// ——— Realistic customers ——————————————————————————————————————————————————————————————————

/** A small deterministic PRNG (mulberry32), so every seeded database holds the same people. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = prng(20261123);
const pickIn = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];

/** Picks by weight: [value, weight][]; the weights need not add up to 1. */
function weighted<T>(entries: readonly (readonly [T, number])[]) {
  const total = entries.reduce((s, [, w]) => s + w, 0);
  const cumulative: number[] = [];
  let acc = 0;
  for (const [, w] of entries) cumulative.push((acc += w / total));
  return () => {
    const r = rnd();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return entries[lo][0];
  };
}

type Name = readonly [native: string, latin: string];
/** Zipf-like weights: the k-th most common name is 1/k as common as the first. */
const zipf = (names: readonly Name[]) => names.map((n, k) => [n, 1 / (k + 1)] as const);

const PERSIAN_MALE: Name[] = [
  ["محمد", "mohammad"], ["علی", "ali"], ["حسین", "hossein"], ["رضا", "reza"], ["مهدی", "mahdi"], ["امیر", "amir"],
  ["حسن", "hassan"], ["سعید", "saeed"], ["مجید", "majid"], ["احمد", "ahmad"], ["محسن", "mohsen"], ["جواد", "javad"],
  ["حمید", "hamid"], ["مصطفی", "mostafa"], ["ابوالفضل", "abolfazl"], ["امیرحسین", "amirhossein"], ["عباس", "abbas"],
  ["یوسف", "yousef"], ["میلاد", "milad"], ["آرش", "arash"], ["بهزاد", "behzad"], ["کیوان", "keyvan"], ["پویا", "pouya"],
  ["سینا", "sina"], ["کامران", "kamran"], ["فرهاد", "farhad"], ["داریوش", "dariush"], ["بابک", "babak"], ["نیما", "nima"],
  ["پارسا", "parsa"], ["آرین", "arian"], ["یاسین", "yasin"], ["کوروش", "kourosh"], ["مهران", "mehran"], ["وحید", "vahid"],
  ["ایمان", "iman"], ["هادی", "hadi"], ["کریم", "karim"], ["اکبر", "akbar"], ["مرتضی", "morteza"],
];
const PERSIAN_FEMALE: Name[] = [
  ["فاطمه", "fatemeh"], ["زهرا", "zahra"], ["مریم", "maryam"], ["زینب", "zeinab"], ["سارا", "sara"], ["نرگس", "narges"],
  ["الهام", "elham"], ["مهسا", "mahsa"], ["نازنین", "nazanin"], ["سمیه", "somayeh"], ["معصومه", "masoumeh"], ["لیلا", "leila"],
  ["نگار", "negar"], ["شیرین", "shirin"], ["پریسا", "parisa"], ["سپیده", "sepideh"], ["هانیه", "haniyeh"], ["ریحانه", "reyhaneh"],
  ["کیانا", "kiana"], ["یاسمن", "yasaman"], ["مائده", "maedeh"], ["آزاده", "azadeh"], ["رویا", "roya"], ["طاهره", "tahereh"],
  ["مینا", "mina"], ["نسرین", "nasrin"], ["فرزانه", "farzaneh"], ["ستاره", "setareh"], ["کوثر", "kowsar"], ["هستی", "hasti"],
];
// The most common Iranian surnames first. کریمی and its family are placed by hand (below).
const PERSIAN_SURNAMES: Name[] = [
  ["محمدی", "mohammadi"], ["حسینی", "hosseini"], ["احمدی", "ahmadi"], ["رضایی", "rezaei"], ["موسوی", "mousavi"],
  ["جعفری", "jafari"], ["رحیمی", "rahimi"], ["هاشمی", "hashemi"], ["قاسمی", "ghasemi"], ["صادقی", "sadeghi"],
  ["حیدری", "heydari"], ["نوری", "nouri"], ["اکبری", "akbari"], ["مرادی", "moradi"], ["ابراهیمی", "ebrahimi"],
  ["کاظمی", "kazemi"], ["رحمانی", "rahmani"], ["عباسی", "abbasi"], ["یوسفی", "yousefi"], ["شریفی", "sharifi"],
  ["نجفی", "najafi"], ["زارعی", "zarei"], ["امیری", "amiri"], ["سلیمانی", "soleimani"], ["بهرامی", "bahrami"],
  ["طاهری", "taheri"], ["نظری", "nazari"], ["فرهادی", "farhadi"], ["کرمانی", "kermani"], ["تهرانی", "tehrani"],
  ["شیرازی", "shirazi"], ["اصفهانی", "esfahani"], ["قربانی", "ghorbani"], ["خسروی", "khosravi"], ["میرزایی", "mirzaei"],
  ["عزیزی", "azizi"], ["باقری", "bagheri"], ["اسدی", "asadi"], ["ملکی", "maleki"], ["جلالی", "jalali"],
  ["صفری", "safari"], ["سعیدی", "saeedi"], ["فتحی", "fathi"], ["زمانی", "zamani"], ["علیزاده", "alizadeh"],
  ["حسن‌زاده", "hassanzadeh"], ["قلی‌پور", "gholipour"], ["نیک‌نام", "niknam"], ["پورمحمدی", "pourmohammadi"], ["کیانی", "kiani"],
  ["رستمی", "rostami"], ["بابایی", "babaei"], ["توکلی", "tavakoli"], ["شجاعی", "shojaei"], ["افشار", "afshar"],
  ["پاکزاد", "pakzad"], ["نوروزی", "nowruzi"], ["مختاری", "mokhtari"], ["دهقان", "dehghan"], ["فلاحی", "fallahi"],
  ["کریم‌خانی", "karimkhani"], ["سبحانی", "sobhani"], ["منصوری", "mansouri"], ["پناهی", "panahi"], ["یزدانی", "yazdani"],
  ["اسماعیلی", "esmaeili"], ["شاکری", "shakeri"], ["خلیلی", "khalili"], ["رنجبر", "ranjbar"], ["ولی‌پور", "valipour"],
  ["حیدرزاده", "heydarzadeh"], ["کمالی", "kamali"], ["شهبازی", "shahbazi"], ["بیگی", "beigi"], ["سلطانی", "soltani"],
];
const ARABIC_MALE: Name[] = [
  ["محمد", "mohammed"], ["أحمد", "ahmed"], ["عبدالله", "abdullah"], ["خالد", "khalid"], ["فهد", "fahad"], ["سعود", "saud"],
  ["عمر", "omar"], ["يوسف", "yousef"], ["علي", "ali"], ["إبراهيم", "ibrahim"], ["عبدالرحمن", "abdulrahman"], ["سلطان", "sultan"],
  ["ناصر", "nasser"], ["تركي", "turki"], ["فيصل", "faisal"], ["ماجد", "majed"], ["بندر", "bandar"], ["سامي", "sami"],
  ["كريم", "karim"], ["حمزة", "hamza"],
];
const ARABIC_FEMALE: Name[] = [
  ["فاطمة", "fatima"], ["عائشة", "aisha"], ["نورة", "noura"], ["سارة", "sara"], ["مريم", "maryam"], ["هند", "hind"],
  ["ريم", "reem"], ["لطيفة", "latifa"], ["منيرة", "munira"], ["خديجة", "khadija"], ["أمل", "amal"], ["هيفاء", "haifa"],
  ["جميلة", "jamila"], ["دانة", "dana"], ["رنا", "rana"],
];
const ARABIC_SURNAMES: Name[] = [
  ["العتيبي", "alotaibi"], ["القحطاني", "alqahtani"], ["الغامدي", "alghamdi"], ["الزهراني", "alzahrani"], ["الشمري", "alshammari"],
  ["الدوسري", "aldosari"], ["الحربي", "alharbi"], ["المطيري", "almutairi"], ["العنزي", "alenezi"], ["السبيعي", "alsubaie"],
  ["الشهري", "alshehri"], ["المالكي", "almalki"], ["الكعبي", "alkaabi"], ["الهاشمي", "alhashemi"], ["العلي", "alali"],
  ["الأحمد", "alahmad"], ["السعيد", "alsaeed"], ["الخالدي", "alkhalidi"], ["التميمي", "altamimi"], ["البلوشي", "albalushi"],
];

const ARABIC_SHARE = 0.2; // customers with Arabic names (the store sells to the Gulf too)
const ARABIC_KEYBOARD = 0.15; // Persian names typed with Arabic ي/ك, as people on Arabic keyboards do
// کریمی and its family as a share of all customers; LIKE '%کریمی%' finds every one of them.
const KARIMI: Array<readonly [Name, number]> = [
  [["کریمی", "karimi"], 0.0055],
  [["کریمیان", "karimian"], 0.0012],
  [["کریمی‌نژاد", "kariminejad"], 0.0005],
];
const AL_KARIMI: readonly [Name, number] = [["الكريمي", "alkarimi"], 0.0004];

const persianSurname = (() => {
  const karimiShare = KARIMI.reduce((s, [, w]) => s + w, 0) / (1 - ARABIC_SHARE);
  const rest = zipf(PERSIAN_SURNAMES);
  const restTotal = rest.reduce((s, [, w]) => s + w, 0);
  return weighted<Name>([
    ...KARIMI.map(([n, w]) => [n, w / (1 - ARABIC_SHARE)] as const),
    ...rest.map(([n, w]) => [n, (w / restTotal) * (1 - karimiShare)] as const),
  ]);
})();
const arabicSurname = (() => {
  const share = AL_KARIMI[1] / ARABIC_SHARE;
  const rest = zipf(ARABIC_SURNAMES);
  const restTotal = rest.reduce((s, [, w]) => s + w, 0);
  return weighted<Name>([[AL_KARIMI[0], share], ...rest.map(([n, w]) => [n, (w / restTotal) * (1 - share)] as const)]);
})();
const firstName = {
  faMale: weighted(zipf(PERSIAN_MALE)),
  faFemale: weighted(zipf(PERSIAN_FEMALE)),
  arMale: weighted(zipf(ARABIC_MALE)),
  arFemale: weighted(zipf(ARABIC_FEMALE)),
};
const status = weighted([["ACTIVE", 0.85], ["INACTIVE", 0.06], ["PENDING", 0.06], ["BLOCKED", 0.03]] as const);
const BLOCK_REASONS = ["fraud", "abuse", "nonPayment", "fakeOrders", "spam", "other"];
const city = weighted([
  [null, 0.4], ["تهران", 0.18], ["مشهد", 0.06], ["اصفهان", 0.05], ["کرج", 0.04], ["شیراز", 0.04], ["تبریز", 0.035], ["قم", 0.02],
  ["اهواز", 0.02], ["کرمانشاه", 0.015], ["رشت", 0.015], ["یزد", 0.01], ["کرمان", 0.01], ["همدان", 0.01],
  ["الرياض", 0.03], ["جدة", 0.02], ["دبي", 0.015], ["الكويت", 0.01], ["الدمام", 0.01],
] as const);
const EMAIL_DOMAINS = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "chmail.ir", "hotmail.com"];
const toArabicKeyboard = (s: string) => s.replace(/ی/g, "ي").replace(/ک/g, "ك");

/** A UUID v7 (time-ordered), as the app's ids are: @default(uuid(7)). */
function uuid7(ms: number): string {
  const b = randomBytes(16);
  const t = BigInt(ms);
  for (let i = 0; i < 6; i++) b[i] = Number((t >> BigInt(8 * (5 - i))) & 0xffn);
  b[6] = (b[6] & 0x0f) | 0x70;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The UTC timestamp text Prisma's pg adapter sends for a DateTime (the columns are timestamp(3)). */
const pgTimestamp = (d: Date) => d.toISOString().replace("T", " ").replace("Z", "");

const REFERRAL_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
/** Unique 8-letter referral codes: i times an odd number modulo 32^8 is a bijection. */
function referralCode(i: number): string {
  let n = (BigInt(i) * 0x9e3779b97n + 0x5bd1e995n) % 2n ** 40n;
  let s = "";
  for (let k = 0; k < 8; k++) {
    s += REFERRAL_ALPHABET[Number(n & 31n)];
    n >>= 5n;
  }
  return s;
}
/** Unique mobiles +98912xxxxxxx: i times a number coprime to 10^7, modulo 10^7. */
const mobile = (i: number) => `+98912${String((i * 7919 + 1234567) % 10_000_000).padStart(7, "0")}`;

// ——— Seeding ———————————————————————————————————————————————————————————————————————————

const SEED_TABLES = ["User", "Customer", "CustomerGroupMember"];

async function seed(pg: Client): Promise<{ seconds: number; groupIds: string[] }> {
  const start = performance.now();
  await pg.query("BEGIN");
  try {
    await pg.query("SET LOCAL maintenance_work_mem = '512MB'");
    // Bulk loading into tables without their secondary indexes, then building the indexes once, is
    // several times faster than maintaining them (the trigram GIN above all). The definitions are read
    // back from the catalog, so they are exactly the migrations' own. One transaction: an interrupted
    // seed leaves nothing behind.
    const { rows: indexes } = await pg.query<{ name: string; def: string }>(
      `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
       WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
      [SEED_TABLES],
    );
    for (const ix of indexes) await pg.query(`DROP INDEX "${ix.name}"`);

    const now = Date.now();
    const groupIds: string[] = [];
    for (const g of GROUPS) {
      const id = uuid7(now - 1000 * 86400 * 400);
      groupIds.push(id);
      await pg.query(`INSERT INTO "CustomerGroup" (id, name, "updatedAt") VALUES ($1, $2, now())`, [id, g.name]);
    }

    const span = 3 * 365 * 86400 * 1000; // sign-ups over three years, growing over time
    const from = now - span;
    let customersDone = 0;
    for (let batchStart = 0; batchStart < CUSTOMERS; batchStart += BATCH) {
      const n = Math.min(BATCH, CUSTOMERS - batchStart);
      const u = { id: [] as string[], username: [] as string[], email: [] as (string | null)[], mobile: [] as string[], name: [] as string[],
        status: [] as string[], blockReason: [] as (string | null)[], lastSignInAt: [] as (string | null)[], lastSignInIp: [] as (string | null)[],
        createdAt: [] as string[] };
      const c = { id: [] as string[], referralCode: [] as string[], searchText: [] as string[], sortName: [] as string[], gender: [] as (string | null)[],
        city: [] as (string | null)[], cityKey: [] as (string | null)[], orderCount: [] as number[], points: [] as string[], wallet: [] as string[] };
      const members = GROUPS.map(() => [] as string[]);
      for (let k = 0; k < n; k++) {
        const i = batchStart + k;
        const createdMs = Math.floor(from + span * Math.sqrt((i + rnd()) / CUSTOMERS));
        const created = new Date(Math.min(createdMs, now - 1000));
        const arabic = rnd() < ARABIC_SHARE;
        const female = rnd() < 0.48;
        const first = arabic ? (female ? firstName.arFemale() : firstName.arMale()) : female ? firstName.faFemale() : firstName.faMale();
        const last = arabic ? arabicSurname() : persianSurname();
        let name = `${first[0]} ${last[0]}`;
        if (!arabic && rnd() < ARABIC_KEYBOARD) name = toArabicKeyboard(name);
        const style = rnd();
        const username = (style < 0.5 ? `${first[1]}.${last[1]}${i}` : style < 0.8 ? `${first[1]}_${last[1].slice(0, 6)}${i}` : `${first[1]}${i}`).slice(0, 32);
        const email = rnd() < 0.4 ? `${username}@${pickIn(EMAIL_DOMAINS)}` : null;
        const mob = mobile(i);
        const st = status();
        const signedIn = st !== "PENDING" && rnd() < 0.7;
        const cityName = city();
        const orders = rnd() < 0.35 ? 0 : Math.floor(-Math.log(1 - rnd()) * 5) + 1;
        u.id.push(uuid7(created.getTime()));
        u.username.push(username);
        u.email.push(email);
        u.mobile.push(mob);
        u.name.push(name);
        u.status.push(st);
        u.blockReason.push(st === "BLOCKED" ? pickIn(BLOCK_REASONS) : null);
        u.lastSignInAt.push(signedIn ? pgTimestamp(new Date(created.getTime() + rnd() * (now - created.getTime()))) : null);
        u.lastSignInIp.push(signedIn ? `5.${Math.floor(rnd() * 256)}.${Math.floor(rnd() * 256)}.${Math.floor(rnd() * 256)}` : null);
        u.createdAt.push(pgTimestamp(created));
        const customerId = uuid7(created.getTime());
        c.id.push(customerId);
        c.referralCode.push(referralCode(i));
        // Exactly what the app writes (createCustomerUser): searchText through the shared normaliser,
        // sortName (the list's name sort) through nameSortKey.
        c.searchText.push(customerSearchText({ name, username, mobile: mob, email }));
        c.sortName.push(nameSortKey(name));
        c.gender.push(rnd() < 0.7 ? (female ? "FEMALE" : "MALE") : null);
        c.city.push(cityName);
        c.cityKey.push(cityName ? normalizeText(cityName) : null);
        c.orderCount.push(orders);
        c.points.push(String(orders ? Math.floor(rnd() * orders * 5000) : 0));
        c.wallet.push(String(rnd() < 0.2 ? Math.floor(rnd() * 5000) * 10_000 : 0));
        GROUPS.forEach((g, gi) => rnd() < g.share && members[gi].push(customerId));
      }
      await pg.query(
        `INSERT INTO "User" (id, username, email, mobile, name, status, "blockReason", "lastSignInAt", "lastSignInIp", "createdAt", "updatedAt")
         SELECT id, username, email, mobile, name, status, "blockReason", "lastSignInAt", "lastSignInIp", "createdAt", "createdAt"
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::"UserStatus"[], $7::text[], $8::timestamp[], $9::text[], $10::timestamp[])
           AS t(id, username, email, mobile, name, status, "blockReason", "lastSignInAt", "lastSignInIp", "createdAt")`,
        [u.id, u.username, u.email, u.mobile, u.name, u.status, u.blockReason, u.lastSignInAt, u.lastSignInIp, u.createdAt],
      );
      await pg.query(
        `INSERT INTO "Customer" (id, "userId", "referralCode", "searchText", "sortName", gender, city, "cityKey", "orderCount", "pointsBalance", "walletBalance", "createdAt", "updatedAt")
         SELECT id, "userId", "referralCode", "searchText", "sortName", gender, city, "cityKey", "orderCount", "pointsBalance", "walletBalance", "createdAt", "createdAt"
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::"Gender"[], $7::text[], $8::text[], $9::int[], $10::bigint[], $11::bigint[], $12::timestamp[])
           AS t(id, "userId", "referralCode", "searchText", "sortName", gender, city, "cityKey", "orderCount", "pointsBalance", "walletBalance", "createdAt")`,
        [c.id, u.id, c.referralCode, c.searchText, c.sortName, c.gender, c.city, c.cityKey, c.orderCount, c.points, c.wallet, u.createdAt],
      );
      for (let gi = 0; gi < GROUPS.length; gi++) {
        if (!members[gi].length) continue;
        await pg.query(`INSERT INTO "CustomerGroupMember" ("groupId", "customerId") SELECT $1::uuid, unnest($2::uuid[])`, [groupIds[gi], members[gi]]);
      }
      customersDone += n;
      if (customersDone % 100_000 === 0) log(`  ${customersDone.toLocaleString("en")} customers (${((performance.now() - start) / 1000).toFixed(0)} s)`);
    }
    log(`  building ${indexes.length} indexes: ${indexes.map((ix) => ix.name).join(", ")}`);
    for (const ix of indexes) await pg.query(ix.def);
    await pg.query("COMMIT");
    // Steady state: statistics for the planner, and the visibility map set as autovacuum would.
    for (const t of [...SEED_TABLES, "CustomerGroup"]) await pg.query(`VACUUM (ANALYZE) "${t}"`);
    return { seconds: (performance.now() - start) / 1000, groupIds };
  } catch (e) {
    await pg.query("ROLLBACK").catch(() => {});
    throw e;
  }
}

// ——— Measuring —————————————————————————————————————————————————————————————————————————————

interface Stats {
  p50: number;
  p95: number;
  mean: number;
  min: number;
  max: number;
}
const round = (x: number) => Number(x.toFixed(2));
function stats(ms: number[]): Stats {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { p50: round(at(0.5)), p95: round(at(0.95)), mean: round(s.reduce((a, b) => a + b, 0) / s.length), min: round(s[0]), max: round(s.at(-1)!) };
}

/**
 * Runs both sides alternately (which goes first alternates too), so drift and caches hit both alike.
 * A scenario whose calls take seconds gets a time budget instead of the full count (at least 20 pairs).
 */
async function compare(a: () => Promise<unknown>, b: () => Promise<unknown>) {
  const warmupEnd = performance.now() + WARMUP_BUDGET_MS;
  for (let i = 0; i < WARMUP && (i < 3 || performance.now() < warmupEnd); i++) {
    await a();
    await b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  const time = async (fn: () => Promise<unknown>, into: number[]) => {
    const t0 = performance.now();
    await fn();
    into.push(performance.now() - t0);
  };
  const end = performance.now() + MEASURE_BUDGET_MS;
  for (let i = 0; i < ITERATIONS && (i < 20 || performance.now() < end); i++) {
    if (i % 2) {
      await time(a, ta);
      await time(b, tb);
    } else {
      await time(b, tb);
      await time(a, ta);
    }
  }
  return { a: stats(ta), b: stats(tb), iterations: ta.length };
}

/** The raw side: the same statement and values through a plain pg client. */
function rawArgs(input: ListInput): [string, unknown[]] {
  const q = customerPageSql(input);
  // Prisma.Sql: `.sql` has `?` placeholders (MySQL style), `.text` has PostgreSQL's $1, $2 …
  // Values as Prisma's pg adapter sends them: a Date as UTC timestamp text, a bigint as text.
  const values = q.values.map((v) => (v instanceof Date ? pgTimestamp(v) : typeof v === "bigint" ? v.toString() : v));
  return [q.text, values];
}

function busyProcesses(): string[] {
  try {
    return sh("pgrep", ["-af", "vitest|playwright|next-server"]).trim().split("\n").filter(Boolean);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

async function waitForQuietMachine(): Promise<string | null> {
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    const busy = busyProcesses();
    if (!busy.length) return null;
    if (Date.now() > deadline) return `still running after 15 minutes of waiting: ${busy.join("; ")}`;
    log(`waiting for other heavy processes to finish (polling every 30 s): ${busy.map((b) => b.slice(0, 100)).join("; ")}`);
    await new Promise((r) => setTimeout(r, 30_000));
  }
}

// ——— Main ——————————————————————————————————————————————————————————————————————————————————

async function main() {
  const server = await startServer();
  const stopAndExit = (code: number) => {
    server.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => stopAndExit(130));
  process.on("SIGTERM", () => stopAndExit(143));
  try {
    await run(server);
  } finally {
    server.stop();
  }
}

async function run(server: Server) {
  let pg = new Client({ connectionString: server.url });
  await pg.connect();
  const applied = await migrate(pgRunner(pg)); // the app's own migration runner
  log(applied.length ? `migrations applied: ${applied.join(", ")}` : "migrations: up to date");

  const count = async () => Number((await pg.query<{ n: string }>(`SELECT count(*) AS n FROM "Customer"`)).rows[0].n);
  let seconds: number | null = null;
  let reused = false;
  let groupIds: string[];
  let existing = await count();
  if (existing > 0 && applied.length) {
    // A migration newer than the seed may add a column the app writes (a sort key, say) that the
    // seed would have filled and a backfill may not: measure only data seeded on the current schema.
    if (!server.recreate) throw new Error(`migrations were applied to a seeded database (${applied.join(", ")}): give the benchmark an empty database`);
    log("the schema changed since this database was seeded: seeding it again");
    await pg.end();
    await server.recreate();
    pg = new Client({ connectionString: server.url });
    await pg.connect();
    await migrate(pgRunner(pg));
    existing = await count();
  }
  if (existing === 0) {
    log(`seeding ${CUSTOMERS.toLocaleString("en")} customers…`);
    const seeded = await seed(pg);
    seconds = round(seeded.seconds);
    if (!process.env.BENCH_DATABASE_URL) writeFileSync(SEED_NOTE, JSON.stringify({ seconds, date: new Date().toISOString() }) + "\n");
    groupIds = seeded.groupIds;
    log(`seeded in ${seconds} s`);
  } else {
    const { rows } = await pg.query<{ id: string; name: string }>(`SELECT id, name FROM "CustomerGroup" WHERE name = ANY($1)`, [GROUPS.map((g) => g.name)]);
    if (existing !== CUSTOMERS || rows.length !== GROUPS.length) {
      throw new Error(`the database has ${existing} customers but not this benchmark's ${CUSTOMERS}: give it an empty database`);
    }
    groupIds = GROUPS.map((g) => rows.find((r) => r.name === g.name)!.id);
    reused = true;
    if (!process.env.BENCH_DATABASE_URL && existsSync(SEED_NOTE)) seconds = JSON.parse(readFileSync(SEED_NOTE, "utf8")).seconds;
    log(`reusing the seeded database (${existing.toLocaleString("en")} customers)`);
  }
  const bigGroup = groupIds[GROUPS.findIndex((g) => g.big)];

  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: server.url }) });
  setDb(db);
  const caller = createCallerFactory(appRouter)({
    db,
    session: { id: "00000000-0000-7000-8000-000000000000", customerId: null, permissions: ["customers.read", "customers.write"] },
    ip: null,
  });

  // How selective the search is, and why normalisation matters.
  const normalised = normalizeText(SEARCH);
  const { rows: [sel] } = await pg.query<{ q: string; all: string; raw: string }>(
    `SELECT (SELECT count(*) FROM "Customer" WHERE "searchText" LIKE $1) AS q,
            (SELECT count(*) FROM "Customer" c JOIN "User" u ON u.id = c."userId"
              WHERE c."searchText" LIKE $1 AND u.status = 'ACTIVE'
                AND EXISTS (SELECT 1 FROM "CustomerGroupMember" m WHERE m."customerId" = c.id AND m."groupId" = $2::uuid)) AS all,
            (SELECT count(*) FROM "User" WHERE name LIKE $3) AS raw`,
    [`%${normalised}%`, bigGroup, `%${SEARCH}%`],
  );
  const selectivity = {
    search: SEARCH,
    normalised,
    matchingSearch: Number(sel.q),
    matchingSearchPercent: round((100 * Number(sel.q)) / CUSTOMERS),
    matchingAllFilters: Number(sel.all),
    pagesOf50: Math.ceil(Number(sel.all) / 50),
    matchingUnnormalisedName: Number(sel.raw),
    // What the planner believes the search matches (from the column's histogram): it picks the plan.
    plannerEstimate: (await pg.query<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }>(
      `EXPLAIN (FORMAT JSON) SELECT 1 FROM "Customer" c WHERE c."searchText" LIKE $1`, [`%${normalised}%`],
    )).rows[0]["QUERY PLAN"][0].Plan["Plan Rows"],
  };
  log(`"${SEARCH}" → "${normalised}": ${selectivity.matchingSearch} customers (${selectivity.matchingSearchPercent}%; ` +
    `the planner estimates ${selectivity.plannerEstimate}); with status ACTIVE and the big group: ${selectivity.matchingAllFilters} ` +
    `(${selectivity.pagesOf50} pages); the un-normalised spelling alone would find ${selectivity.matchingUnnormalisedName}`);

  const disturbed: string[] = []; // heavy processes that could not be waited out

  const scenarios: Array<{ sort: "createdAt" | "name"; deep: boolean }> = [
    { sort: "createdAt", deep: false },
    { sort: "createdAt", deep: true },
    { sort: "name", deep: false },
    { sort: "name", deep: true },
  ];
  const results = [];
  for (const sc of scenarios) {
    const request: CustomerListInput = { filter: { q: SEARCH, status: "ACTIVE", group: bigGroup }, sort: sc.sort, dir: "desc", limit: 50 };
    let page = 1;
    if (sc.deep) {
      for (; page <= DEEP_PAGES; page++) {
        const { next } = await caller.customers.list(request);
        if (!next) break;
        request.cursor = next;
      }
    }
    const s = { ...sc, name: `${sc.sort} desc, ${page === 1 ? "first page" : `page ${page}`}` };
    // The service gets the procedure's parsed input (q normalised); the raw side runs the same.
    const input = customerListSchema.parse(request) as ListInput;
    const [text, values] = rawArgs(input);
    // Both sides must return the same page.
    const viaProcedure = (await caller.customers.list(request)).rows.map((r) => r.id);
    const viaRaw = (await pg.query<{ id: string }>(text, values)).rows.slice(0, input.limit).map((r) => r.id);
    if (viaProcedure.join() !== viaRaw.join()) throw new Error(`${s.name}: the procedure and the raw query returned different rows`);
    const plan = (await pg.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values)).rows.map((r) => r["QUERY PLAN"]);

    // Measured on a quiet machine: wait out other heavy processes (tests, e2e, a Next server) before,
    // and measure again when one started during the measurement.
    let measured: Awaited<ReturnType<typeof compare>>;
    for (let attempt = 1; ; attempt++) {
      const quiet = await waitForQuietMachine();
      if (quiet) disturbed.push(`${s.name}: ${quiet}`);
      log(`measuring ${s.name} (${viaProcedure.length} rows)…`);
      measured = await compare(() => caller.customers.list(request), () => pg.query(text, values));
      const busy = busyProcesses();
      if (!busy.length || quiet) break;
      if (attempt === 3) {
        disturbed.push(`${s.name}: other processes ran during the measurement: ${busy.join("; ")}`);
        break;
      }
      log("  another heavy process started during the measurement: measuring again");
    }
    const { a: procedure, b: raw, iterations } = measured;
    const ratio = round(procedure.p50 / raw.p50);
    const meets = ratio <= TARGET.ratio && procedure.p95 <= TARGET.p95;
    results.push({ scenario: s.name, page, rows: viaProcedure.length, iterations, procedure, raw, ratioP50: ratio, ratioMean: round(procedure.mean / raw.mean), meetsTargets: meets, plan });
    log(`  ${iterations} calls each: procedure p50 ${procedure.p50} p95 ${procedure.p95} mean ${procedure.mean} | raw p50 ${raw.p50} p95 ${raw.p95} mean ${raw.mean} | ratio ${ratio}x`);
  }
  await db.$disconnect();
  const serverVersion = (await pg.query<{ v: string }>("SHOW server_version")).rows[0].v;
  await pg.end();

  const date = new Date().toISOString().slice(0, 10);
  const report = {
    benchmark: "customers.list",
    date,
    label: process.env.BENCH_LABEL ?? null,
    engine: server.engine,
    serverVersion,
    serverSettings: process.env.BENCH_DATABASE_URL ? "as configured" : PG_SETTINGS,
    machine: { cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
    customers: CUSTOMERS,
    seedSeconds: seconds,
    reusedSeededDatabase: reused,
    groups: GROUPS.map((g, i) => ({ name: g.name, share: g.share, id: groupIds[i] })),
    input: { filter: { q: SEARCH, status: "ACTIVE", group: "<big group>" }, dir: "desc", limit: 50 },
    selectivity,
    warmup: WARMUP,
    iterations: ITERATIONS,
    targets: { ratioP50: TARGET.ratio, procedureP95Ms: TARGET.p95 },
    otherHeavyProcesses: disturbed.length ? disturbed.join("\n") : null,
    results,
  };
  mkdirSync("bench/results", { recursive: true });
  // BENCH_LABEL tells runs of one day apart (say, before and after a change): customers-list-<date>-<label>.
  const suffix = [CUSTOMERS === 1_000_000 ? "" : String(CUSTOMERS), process.env.BENCH_LABEL ?? ""].filter(Boolean).map((s) => `-${s}`).join("");
  const file = `bench/results/customers-list-${date}${suffix}`;
  writeFileSync(`${file}.json`, JSON.stringify(report, null, 2) + "\n");
  writeFileSync(`${file}.md`, markdown(report));
  console.log("\n" + table(results));
  log(`wrote ${file}.json and .md`);
}

type Result = { scenario: string; iterations: number; procedure: Stats; raw: Stats; ratioP50: number; ratioMean: number; meetsTargets: boolean; plan: string[] };

function table(results: Result[]): string {
  const rows = results.map((r) =>
    `| ${r.scenario} | ${r.iterations} | ${r.procedure.p50} / ${r.procedure.p95} / ${r.procedure.mean} | ${r.raw.p50} / ${r.raw.p95} / ${r.raw.mean} | ${r.ratioP50}x (${r.ratioMean}x) | ${r.meetsTargets ? "yes" : "**no**"} |`,
  );
  return [
    "| scenario | calls | procedure p50 / p95 / mean | raw SQL p50 / p95 / mean | procedure/raw p50 (mean) | targets met |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

function markdown(r: {
  date: string; label: string | null; engine: string; serverSettings: unknown; machine: { cores: number; memoryGB: number; node: string }; customers: number;
  seedSeconds: number | null; reusedSeededDatabase: boolean; selectivity: Record<string, unknown>; iterations: number; warmup: number; otherHeavyProcesses: string | null; results: Result[];
}): string {
  const s = r.selectivity;
  return `# customers.list at ${r.customers.toLocaleString("en")} customers — ${r.date}${r.label ? ` (${r.label})` : ""}

${r.engine} on 127.0.0.1 (${Array.isArray(r.serverSettings) ? r.serverSettings.join(", ") : r.serverSettings}); ${r.machine.cores} cores,
${r.machine.memoryGB} GB, Node ${r.machine.node}. ${r.seedSeconds === null ? "Seeded database reused." : `Seeding took ${r.seedSeconds} s${r.reusedSeededDatabase ? " (when it was seeded; this run reused it)" : ""}.`}
${r.otherHeavyProcesses ? `\n**Other heavy processes were running:** ${r.otherHeavyProcesses}\n` : ""}
Input: \`{ filter: { q: "${s.search}", status: "ACTIVE", group: <the 30 % group> }, dir: "desc", limit: 50 }\`.
The search normalises to "${s.normalised}" and matches ${s.matchingSearch} customers (${s.matchingSearchPercent} %); the planner
estimated ${s.plannerEstimate} rows from the column's statistics. With the status and the group: ${s.matchingAllFilters} customers
(${s.pagesOf50} pages of 50). The un-normalised spelling would find ${s.matchingUnnormalisedName} names.

Milliseconds per call; up to ${r.iterations} calls each after up to ${r.warmup} warm-up calls, procedure and raw SQL
alternating (a scenario whose calls take seconds stops after 3 minutes, at no fewer than 20 calls).
"procedure" is \`customers.list\` through the tRPC server-side caller (page query + the page's groups);
"raw SQL" is \`customerPageSql(input)\` through a plain \`pg\` client. Targets: ratio ≤ 1.5x (p50), procedure p95 ≤ 50 ms.

${table(r.results)}

## Plans (EXPLAIN ANALYZE of the raw page query)

${r.results.map((x) => `### ${x.scenario}\n\n\`\`\`\n${x.plan.join("\n")}\n\`\`\``).join("\n\n")}
`;
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);

// npm run bench:checkout
// The group rules checkout runs on every order (issue 6, point 7): for a cart of 20 lines, a customer
// in 10 groups holding 100 active order limits (over products, categories and brands), with a
// history of orders in the window — checkOrderLimits alone, and the whole rules check checkout makes
// (checkoutRules: the groups' numbers, allowed options and broken limits in one round trip).
// Target: p95 ≤ 10 ms. Runs on an in-memory PGlite, or on DATABASE_URL when set (an empty database:
// the benchmark migrates and fills it). Results go to bench/results/checkout-<engine>.json.
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { PGlite } from "@electric-sql/pglite";
import { Client } from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../server/generated/prisma/client";
import { createPgliteClient, getDb, pgliteExtensions, setDb } from "../server/db";
import { migrate } from "../server/migrate";
import { pgRunner, pgliteRunner } from "../server/sql-runners";
import { allowedCheckoutOptions, checkOrderLimits, checkoutRules, groupNumbers } from "../server/services/group-rules";

const GROUPS = 10;
const LIMITS = 100;
const PRODUCTS = 500;
const CART_LINES = 20;
const PAST_ORDERS = 300; // the customer's, spread over the last 30 days
const OTHER_ORDERS = 20_000; // other customers', which the check must not read
const SAMPLES = 2000;
const TARGET_P95_MS = 10;

async function openDatabase() {
  if (process.env.DATABASE_URL) {
    const client = new Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await migrate(pgRunner(client));
    await client.end();
    setDb(new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) }));
    return { engine: "postgresql", exec: (sql: string) => getDb().$executeRawUnsafe(sql) };
  }
  const pglite = new PGlite({ extensions: pgliteExtensions });
  await migrate(pgliteRunner(pglite));
  setDb(createPgliteClient(pglite));
  return { engine: "pglite", exec: (sql: string) => pglite.exec(sql) };
}

function stats(ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(3));
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

async function measure(fn: () => Promise<unknown>) {
  for (let i = 0; i < 100; i++) await fn(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const start = performance.now();
    await fn();
    ms.push(performance.now() - start);
  }
  return stats(ms);
}

async function main() {
  const { engine, exec } = await openDatabase();
  const db = getDb();
  const fillStart = performance.now();
  // Bulk SQL: catalog, customers (one benchmarked, many others), groups, limits and order history.
  await exec(`
    INSERT INTO "ProductCategory" (id, code, name, "updatedAt")
      SELECT gen_random_uuid(), 'cat-' || g, jsonb_build_object('fa', 'دسته ' || g, 'ar', '', 'en', ''), now() FROM generate_series(1, 20) g;
    INSERT INTO "Brand" (id, code, name, "updatedAt")
      SELECT gen_random_uuid(), 'brand-' || g, jsonb_build_object('fa', 'برند ' || g, 'ar', '', 'en', ''), now() FROM generate_series(1, 20) g;
    INSERT INTO "Product" (id, sku, name, price, "categoryId", "brandId", "updatedAt")
      SELECT gen_random_uuid(), 'SKU-' || g, jsonb_build_object('fa', 'محصول ' || g, 'ar', '', 'en', ''), 1000000,
             (SELECT id FROM "ProductCategory" ORDER BY code OFFSET (g % 20) LIMIT 1),
             (SELECT id FROM "Brand" ORDER BY code OFFSET ((g / 20) % 20) LIMIT 1), now()
      FROM generate_series(1, ${PRODUCTS}) g;
    INSERT INTO "User" (id, username, name, "updatedAt") SELECT gen_random_uuid(), 'user' || g, 'مشتری ' || g, now() FROM generate_series(0, 2000) g;
    INSERT INTO "Customer" (id, "userId", "referralCode", "updatedAt") SELECT gen_random_uuid(), id, upper(md5(id::text)), now() FROM "User";
    INSERT INTO "CustomerGroup" (id, name, "updatedAt") SELECT gen_random_uuid(), 'گروه ' || g, now() FROM generate_series(1, ${GROUPS}) g;
    INSERT INTO "CustomerGroupMember" ("groupId", "customerId")
      SELECT g.id, c.id FROM "CustomerGroup" g CROSS JOIN (SELECT c.id FROM "Customer" c JOIN "User" u ON u.id = c."userId" WHERE u.username = 'user0') c;
    -- 100 active limits, 10 per group, each over 3 products, a category and a brand.
    INSERT INTO "OrderLimit" (id, name, "groupId", "maxItems", "windowHours", "productIds", "categoryIds", "brandIds", "updatedAt")
      SELECT gen_random_uuid(), 'limit ' || l, (SELECT id FROM "CustomerGroup" ORDER BY name OFFSET (l % ${GROUPS}) LIMIT 1),
             1000, 24 * (1 + l % 30),
             ARRAY(SELECT id FROM "Product" ORDER BY sku OFFSET (l * 3) % ${PRODUCTS} LIMIT 3),
             ARRAY(SELECT id FROM "ProductCategory" ORDER BY code OFFSET (l % 20) LIMIT 1),
             ARRAY(SELECT id FROM "Brand" ORDER BY code OFFSET ((l * 7) % 20) LIMIT 1), now()
      FROM generate_series(1, ${LIMITS}) l;
    -- Orders: the customer's in the last 30 days, and many of other customers'.
    INSERT INTO "Order" (id, "customerId", status, total, "placedAt", "updatedAt")
      SELECT gen_random_uuid(), (SELECT c.id FROM "Customer" c JOIN "User" u ON u.id = c."userId" WHERE u.username = 'user0'),
             (CASE WHEN g % 10 = 0 THEN 'CANCELLED' ELSE 'PAID' END)::"OrderStatus", 5000000, now() - (g * interval '143 minutes'), now()
      FROM generate_series(1, ${PAST_ORDERS}) g;
    WITH cs AS (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM "Customer")
    INSERT INTO "Order" (id, "customerId", status, total, "placedAt", "updatedAt")
      SELECT gen_random_uuid(), cs.id, 'PAID', 5000000, now() - (g * interval '2 minutes'), now()
      FROM generate_series(1, ${OTHER_ORDERS}) g JOIN cs ON cs.rn = 2 + (g % 2000);
    -- Three lines per order, products spread by the order's number.
    WITH p AS (SELECT id, "categoryId", "brandId", row_number() OVER (ORDER BY sku) AS rn FROM "Product")
    INSERT INTO "OrderLine" (id, "orderId", "productId", "categoryId", "brandId", quantity, "unitPrice")
      SELECT gen_random_uuid(), o.id, p.id, p."categoryId", p."brandId", 1, 1000000
      FROM "Order" o JOIN p ON p.rn IN (1 + (o.number * 7) % ${PRODUCTS}, 1 + (o.number * 13 + 1) % ${PRODUCTS}, 1 + (o.number * 29 + 2) % ${PRODUCTS});`);
  // As autovacuum leaves a live database: with the visibility map set, the limit check reads order
  // lines from their covering index alone.
  await exec(`VACUUM ANALYZE`);
  const fillSeconds = (performance.now() - fillStart) / 1000;

  const [{ id: customerId }] = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT c.id FROM "Customer" c JOIN "User" u ON u.id = c."userId" WHERE u.username = 'user0'`,
  );
  const cart = (await db.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM "Product" ORDER BY sku LIMIT ${CART_LINES}`)).map((p, i) => ({
    productId: p.id,
    quantity: 1 + (i % 3),
  }));
  const now = new Date();
  const violations = await checkOrderLimits(db, { customerId, lines: cart, now });

  const results = {
    engine,
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
    shape: { groups: GROUPS, activeLimits: LIMITS, cartLines: CART_LINES, products: PRODUCTS, customersOrders: PAST_ORDERS, otherOrders: OTHER_ORDERS },
    fillSeconds: Number(fillSeconds.toFixed(1)),
    samples: SAMPLES,
    violations: violations.length,
    targetP95Ms: TARGET_P95_MS,
    msPerCall: {
      checkOrderLimits: await measure(() => checkOrderLimits(db, { customerId, lines: cart, now })),
      // What checkout runs inside its transaction: the groups' numbers, allowed options and limits.
      wholeRulesCheck: await measure(() => checkoutRules(db, { customerId, lines: cart, now })),
      // The same three answers asked one by one (the shop, cart and card ask them separately).
      threeSeparateChecks: await measure(async () => {
        await groupNumbers(db, customerId);
        await allowedCheckoutOptions(db, customerId);
        await checkOrderLimits(db, { customerId, lines: cart, now });
      }),
    },
  };
  console.log(JSON.stringify(results, null, 2));
  writeFileSync(`bench/results/checkout-${engine}.json`, JSON.stringify(results, null, 2) + "\n");
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);

// Seeds the inbox benchmark's database in set-based SQL (generate_series, one transaction): the
// customers (User + Customer rows), 5 departments and 20 staff, the threads and their messages.
// Secondary indexes are dropped during the load and rebuilt from their catalog definitions (as the
// customers bench does), then VACUUM ANALYZE leaves the tables as autovacuum would.
import { performance } from "node:perf_hooks";
import type { SqlRunner } from "../../server/migrate";
import { searchTextOf } from "../../lib/normalize";
import { nameSortKey } from "../../lib/name-sort";
import { DEMO_DEPARTMENTS } from "../../server/demo-departments";
import {
  BODIES, DEPARTMENT_SHARES, FIRST_NAMES, RARE_EVERY, RARE_SUBJECT, STAFF_NAMES, SUBJECTS, SURNAMES,
} from "./data";

export interface SeedSize {
  customers: number;
  threads: number;
}

/** The customer with exactly 30 threads (the customer's own list, the "by customer" filter). */
export const THIRTY_THREADS_CUSTOMER = "bench.inbox.thirty";
export const MANAGER_USERNAME = "bench.inbox.manager";
/** staff01 reads exactly two departments: فروش and مدیریت (staff k is in departments k and k + 2). */
export const TWO_DEPARTMENT_STAFF = "staff01";
/** Bump when the seed changes: a database seeded by another version is seeded again. */
export const SEED_VERSION = 2;
export const SEED_TABLES = ["User", "Customer", "Department", "DepartmentStaff", "Thread", "ThreadMessage"];

const cumulative = (weights: number[]) => {
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  // width_bucket thresholds: [0, c1, …, c(n-1)] puts r in bucket i (1-based) when c(i-1) ≤ r < c(i).
  return [0, ...weights.slice(0, -1).map((w) => (acc += w / total))];
};

export async function seedInbox(sql: SqlRunner, size: SeedSize, log: (...a: unknown[]) => void): Promise<number> {
  const start = performance.now();
  const step = (what: string) => log(`  ${what} (${((performance.now() - start) / 1000).toFixed(0)} s)`);
  await sql.exec("BEGIN");
  try {
    await sql.exec(`SET LOCAL maintenance_work_mem = '512MB'`);
    const indexes = await sql.query<{ name: string; def: string }>(
      `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
       WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
      [SEED_TABLES],
    );
    for (const ix of indexes) await sql.exec(`DROP INDEX "${ix.name}"`);

    // Deterministic draws: the same seed gives the same database (random() follows setseed).
    await sql.exec(`SELECT setseed(0.20261201)`);
    // Time-ordered ids, as the app's @default(uuid(7)): 48 bits of milliseconds, version 7, variant 10.
    await sql.exec(`CREATE FUNCTION pg_temp.uuid7(ts timestamp) RETURNS uuid LANGUAGE sql VOLATILE AS $$
      SELECT (lpad(to_hex((extract(epoch FROM ts) * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 3)
              || to_hex(8 + floor(random() * 4)::int) || substr(md5(random()::text), 1, 15))::uuid $$`);
    // Prisma keeps DateTime as UTC in timestamp(3) columns.
    await sql.exec(`CREATE TEMP TABLE bench_now AS SELECT date_trunc('milliseconds', timezone('UTC', now())) AS at`);

    // Customers: names from 30 × 30 combinations, their sort key and normalised form computed by
    // the app's own functions; searchText exactly as customerSearchText builds it (no e-mail).
    const combos = FIRST_NAMES.flatMap((f) => SURNAMES.map((s) => `${f} ${s}`));
    await sql.query(
      `CREATE TEMP TABLE bench_name AS SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS t(name, norm, sort, k)`,
      [combos, combos.map((n) => searchTextOf([n])), combos.map(nameSortKey)],
    );
    // Sign-ups over three years, growing over time; customer n = the n-th to sign up.
    await sql.exec(`CREATE TEMP TABLE bench_customer AS
      SELECT g AS n, pg_temp.uuid7(ts) AS id, pg_temp.uuid7(ts) AS user_id, ts AS created,
             '+98912' || lpad(((g::bigint * 7919 + 1234567) % 10000000)::text, 7, '0') AS mobile
      FROM generate_series(1, ${size.customers}) g,
           LATERAL (SELECT (SELECT at FROM bench_now) - interval '1095 days' * (1 - sqrt(g::float8 / ${size.customers})) AS ts) t;
      ALTER TABLE bench_customer ADD PRIMARY KEY (n)`);
    await sql.exec(`
      INSERT INTO "User" (id, username, mobile, name, "createdAt", "updatedAt")
        SELECT c.user_id, CASE WHEN c.n = ${thirtyN(size)} THEN '${THIRTY_THREADS_CUSTOMER}' ELSE 'customer' || c.n END,
               c.mobile, nm.name, c.created, c.created
        FROM bench_customer c JOIN bench_name nm ON nm.k = 1 + (c.n::bigint * 48271) % ${combos.length};
      INSERT INTO "Customer" (id, "userId", "referralCode", "searchText", "sortName", "createdAt", "updatedAt")
        SELECT c.id, c.user_id, upper(md5('bench' || c.n)),
               nm.norm || ' ' || u.username || ' ' || c.mobile || ' 0' || substr(c.mobile, 4), nm.sort, c.created, c.created
        FROM bench_customer c JOIN bench_name nm ON nm.k = 1 + (c.n::bigint * 48271) % ${combos.length}
        JOIN "User" u ON u.id = c.user_id`);
    step(`${size.customers.toLocaleString("en")} customers`);

    // Departments (the seed's five) and 20 staff: staff k reads departments k and, for k ≤ 10, k + 2
    // (modulo 5), so each department has 6 staff and staff01 reads exactly فروش and مدیریت.
    await sql.query(
      `INSERT INTO "Department" (id, name, description, position, "updatedAt")
       SELECT pg_temp.uuid7((SELECT at FROM bench_now) - interval '800 days'), n, d, k - 1, (SELECT at FROM bench_now)
       FROM unnest($1::jsonb[], $2::text[]) WITH ORDINALITY AS t(n, d, k)`,
      [DEMO_DEPARTMENTS.map((d) => JSON.stringify(d.name)), DEMO_DEPARTMENTS.map((d) => d.description)],
    );
    await sql.query(
      `INSERT INTO "User" (id, username, name, "createdAt", "updatedAt")
       SELECT pg_temp.uuid7((SELECT at FROM bench_now) - interval '800 days'), 'staff' || lpad(k::text, 2, '0'),
              n, (SELECT at FROM bench_now), (SELECT at FROM bench_now)
       FROM unnest($1::text[]) WITH ORDINALITY AS t(n, k)
       UNION ALL SELECT pg_temp.uuid7((SELECT at FROM bench_now) - interval '800 days'), $2, 'مدیر پشتیبانی', (SELECT at FROM bench_now), (SELECT at FROM bench_now)`,
      [STAFF_NAMES, MANAGER_USERNAME],
    );
    await sql.exec(`
      CREATE TEMP TABLE bench_dept AS SELECT id, position + 1 AS k FROM "Department";
      INSERT INTO "DepartmentStaff" ("departmentId", "userId")
        SELECT d.id, u.id FROM "User" u CROSS JOIN LATERAL (SELECT substr(u.username, 6)::int AS s) s
        JOIN bench_dept d ON d.k = 1 + (s.s - 1) % 5 OR (s.s <= 10 AND d.k = 1 + (s.s + 1) % 5)
        WHERE u.username ~ '^staff[0-9]+$';
      CREATE TEMP TABLE bench_dept_staff AS
        SELECT d.k, array_agg(ds."userId" ORDER BY ds."userId") AS staff FROM bench_dept d JOIN "DepartmentStaff" ds ON ds."departmentId" = d.id GROUP BY d.k`);

    // Threads: over two years, growing; the last 30 days hold most of the open work, older threads
    // are mostly closed. As the services write them: only WAITING_STAFF threads wait (waitingSince =
    // the customer's last message); OPEN is a thread staff reopened by hand, which clears the wait.
    const subjects = SUBJECTS.map((s) => s.text);
    await sql.query(
      `CREATE TEMP TABLE bench_subject AS SELECT * FROM unnest($1::text[], $2::text[], $3::bool[]) WITH ORDINALITY AS t(text, search, with_order, k)`,
      [[...subjects, RARE_SUBJECT], [...subjects, RARE_SUBJECT].map((s) => searchTextOf([s])), [...SUBJECTS.map((s) => !!s.order), false]],
    );
    const subjectBuckets = cumulative(SUBJECTS.map((s) => s.weight));
    const deptBuckets = cumulative(DEPARTMENT_SHARES);
    const thirty = thirtyN(size);
    await sql.exec(`CREATE TEMP TABLE bench_draw AS
      WITH d AS MATERIALIZED (
        SELECT g, random() AS r_at, random() AS r_cust, random() AS r_dept, random() AS r_status, random() AS r_prio,
               random() AS r_open, random() AS r_msgs, random() AS r_last, random() AS r_asg, random() AS r_asg2,
               random() AS r_unread, random() AS r_subj, random() AS r_kbd, random() AS r_order
        FROM generate_series(1, ${size.threads}) g)
      SELECT d.*,
             -- the last 30 threads are the thirty-thread customer's, opened over the past year
             CASE WHEN g > ${size.threads - 30} THEN (SELECT at FROM bench_now) - interval '365 days' * r_at
                  ELSE (SELECT at FROM bench_now) - interval '730 days' * (1 - sqrt(r_at)) END AS created,
             CASE WHEN g > ${size.threads - 30} THEN ${thirty}
                  ELSE (SELECT CASE WHEN n = ${thirty} THEN n + 1 ELSE n END
                        FROM (SELECT 1 + floor(${size.customers - 1} * power(r_cust, 1.3))::int AS n) x) END AS customer_n,
             width_bucket(r_dept, ARRAY[${deptBuckets.join(",")}]::float8[]) AS dept_k,
             CASE WHEN g % ${RARE_EVERY} = ${Math.min(4711, RARE_EVERY - 1)} THEN ${subjects.length + 1}
                  ELSE width_bucket(r_subj, ARRAY[${subjectBuckets.join(",")}]::float8[]) END AS subj_k
      FROM d`);
    await sql.exec(`CREATE TEMP TABLE bench_thread AS
      WITH a AS (
        SELECT b.*, c.user_id AS customer_user, (SELECT at FROM bench_now) - b.created < interval '30 days' AS recent,
               s.text AS subj_text, s.search AS subj_search, s.with_order
        FROM bench_draw b JOIN bench_customer c ON c.n = b.customer_n JOIN bench_subject s ON s.k = b.subj_k),
      st AS (
        SELECT a.*,
               (CASE WHEN recent THEN CASE WHEN r_status < 0.40 THEN 'CLOSED' WHEN r_status < 0.65 THEN 'WAITING_CUSTOMER'
                                           WHEN r_status < 0.95 THEN 'WAITING_STAFF' ELSE 'OPEN' END
                     ELSE CASE WHEN r_status < 0.95 THEN 'CLOSED' WHEN r_status < 0.985 THEN 'WAITING_CUSTOMER'
                               WHEN r_status < 0.997 THEN 'WAITING_STAFF' ELSE 'OPEN' END END) AS status,
               (CASE WHEN r_prio < 0.15 THEN 'LOW' WHEN r_prio < 0.75 THEN 'NORMAL' WHEN r_prio < 0.93 THEN 'HIGH' ELSE 'URGENT' END) AS priority,
               r_open < 0.25 AS by_staff,
               least(12, 1 + floor(-ln(1 - r_msgs) * 1.5))::int AS drawn_msgs
        FROM a),
      m AS (
        SELECT st.*,
               -- messages alternate from the opener; the last one is the customer's when the thread waits
               -- for staff and staff's when it waits for the customer
               drawn_msgs + CASE WHEN status = 'WAITING_STAFF' AND (drawn_msgs % 2 = 1) = by_staff THEN 1
                                 WHEN status = 'WAITING_CUSTOMER' AND (drawn_msgs % 2 = 1) <> by_staff THEN 1 ELSE 0 END AS msgs,
               created + least((SELECT at FROM bench_now) - created, interval '7 days') * r_last AS last_at
        FROM st)
      SELECT m.*, pg_temp.uuid7(created) AS id,
             CASE WHEN r_asg < CASE WHEN status IN ('WAITING_STAFF', 'OPEN') THEN 0.35 ELSE 0.12 END THEN NULL
                  ELSE ds.staff[1 + floor(r_asg2 * array_length(ds.staff, 1))::int] END AS assignee,
             ds.staff[1] AS first_staff,
             CASE WHEN status = 'WAITING_STAFF' THEN last_at END AS waiting_since,
             CASE WHEN status = 'WAITING_STAFF' AND r_unread < 0.6 THEN 1 + g % 2 ELSE 0 END AS staff_unread,
             CASE WHEN status = 'WAITING_CUSTOMER' AND r_unread < 0.5 THEN 1 WHEN status = 'CLOSED' AND r_unread < 0.02 THEN 1 ELSE 0 END AS customer_unread,
             -- 15 % typed on an Arabic keyboard (ي ك); the order number in Persian digits
             translate(subj_text, CASE WHEN r_kbd < 0.15 THEN 'یک' ELSE '' END, CASE WHEN r_kbd < 0.15 THEN 'يك' ELSE '' END)
               || CASE WHEN with_order THEN ' ' || translate((100000 + floor(r_order * 900000)::int)::text, '0123456789', '۰۱۲۳۴۵۶۷۸۹') ELSE '' END AS subject,
             subj_search || CASE WHEN with_order THEN ' ' || (100000 + floor(r_order * 900000)::int)::text ELSE '' END AS search_text
      FROM m JOIN bench_dept_staff ds ON ds.k = m.dept_k`);
    // Numbers follow time, as autoincrement gives them.
    await sql.exec(`
      INSERT INTO "Thread" (id, "customerId", "departmentId", subject, "searchText", priority, status, "assigneeId", "openedByStaff",
                            "createdById", "waitingSince", "lastMessageAt", "customerUnread", "staffUnread", "createdAt", "updatedAt")
        SELECT t.id, c.id, d.id, t.subject, t.search_text, t.priority::"ThreadPriority", t.status::"ThreadStatus", t.assignee, t.by_staff,
               CASE WHEN t.by_staff THEN coalesce(t.assignee, t.first_staff) ELSE t.customer_user END,
               t.waiting_since, t.last_at, t.customer_unread, t.staff_unread, t.created, t.last_at
        FROM bench_thread t JOIN bench_customer c ON c.n = t.customer_n JOIN bench_dept d ON d.k = t.dept_k
        ORDER BY t.created`);
    step(`${size.threads.toLocaleString("en")} threads`);
    await sql.query(
      `INSERT INTO "ThreadMessage" (id, "threadId", "authorId", "fromStaff", internal, body, "createdAt")
       SELECT pg_temp.uuid7(m.at), t.id, CASE WHEN m.from_staff THEN coalesce(t.assignee, t.first_staff) ELSE t.customer_user END,
              m.from_staff, m.from_staff AND k < t.msgs AND (t.g + k) % 20 = 0, ($1::text[])[1 + (t.g + k) % array_length($1::text[], 1)], m.at
       FROM bench_thread t CROSS JOIN LATERAL generate_series(1, t.msgs) k
       CROSS JOIN LATERAL (SELECT (k % 2 = 1) = t.by_staff AS from_staff,
                                  t.created + (t.last_at - t.created) * ((k - 1)::float8 / greatest(t.msgs - 1, 1)) AS at) m`,
      [BODIES],
    );
    step("their messages");
    log(`  building ${indexes.length} indexes`);
    for (const ix of indexes) await sql.exec(ix.def);
    step("indexes");
    await sql.exec("COMMIT");
  } catch (e) {
    await sql.exec("ROLLBACK").catch(() => {});
    throw e;
  }
  for (const t of SEED_TABLES) await sql.exec(`VACUUM (ANALYZE) "${t}"`);
  step("VACUUM ANALYZE");
  return (performance.now() - start) / 1000;
}

/** The thirty-thread customer's number: in the middle of the sign-ups. */
export const thirtyN = (size: SeedSize) => Math.floor(size.customers / 2);

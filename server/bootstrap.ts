import "server-only";
import { getDb, getPglite, isEmbedded, pgliteDataDir } from "./db";
import { migrate } from "./migrate";
import { pgliteRunner } from "./sql-runners";
import { DEMO_SIGN_INS, seedDemoData } from "./demo-data";
import { ensureSystemRoles } from "./services/system-roles";

/**
 * Gets the database ready when the app starts. Embedded: apply pending migrations and, on the
 * first start, the demo data. Server: migrations are `npm run db:migrate`; only the system roles
 * are brought up to date.
 */
/** A server deployment must bring its own session secret; the embedded demo makes one. */
export function assertAuthSecret(): void {
  if (!isEmbedded() && !process.env.AUTH_SECRET) {
    throw new Error("AUTH_SECRET is not set: a server deployment needs it to sign sessions (see README).");
  }
}

export async function prepareDatabase({ seedDemo = isEmbedded() } = {}): Promise<void> {
  if (isEmbedded()) {
    const applied = await migrate(pgliteRunner(getPglite()!));
    if (applied.length) console.log(`[bashgah] embedded database ${pgliteDataDir()}: applied ${applied.join(", ")}`);
  }
  const db = getDb();
  if (seedDemo && (await seedDemoData(db))) {
    console.log("[bashgah] demo data created. Sign in with:");
    for (const s of DEMO_SIGN_INS) console.log(`  ${s.role.padEnd(17)} ${s.username} / ${s.password}`);
  } else {
    await ensureSystemRoles(db);
  }
}

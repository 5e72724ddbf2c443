import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { dirname, resolve } from "node:path";

// next-auth signs session tokens with AUTH_SECRET. A server deployment must set it; the embedded
// demo makes one on first start and keeps it under .data/ so sessions survive a restart.
export function authSecret(): string | undefined {
  if (process.env.AUTH_SECRET || process.env.DATABASE_URL) return process.env.AUTH_SECRET;
  const file = resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.AUTH_SECRET_FILE ?? ".data/auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    console.log(`[bashgah] generated a session secret in ${file} (set AUTH_SECRET in production)`);
  }
  return (process.env.AUTH_SECRET = readFileSync(file, "utf8").trim());
}

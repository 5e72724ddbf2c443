// The server the browser tests talk to: the production build on a fresh embedded database
// (its own data folder, seeded with the demo data on start).
import { rmSync } from "node:fs";
import { spawn } from "node:child_process";

const port = process.argv[2] ?? "3100";
const dir = ".data/e2e";
rmSync(dir, { recursive: true, force: true });
const env = { ...process.env, PGLITE_DATA_DIR: `${dir}/pglite`, AUTH_SECRET_FILE: `${dir}/auth-secret`, NEXT_TELEMETRY_DISABLED: "1" };
delete env.DATABASE_URL;
const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port, "-H", "127.0.0.1"], { env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

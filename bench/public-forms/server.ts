// The production server under test: `next start` of the existing build (built first when there is
// none, or when BENCH_BUILD=1), on 127.0.0.1 and a free port, as a child process of the benchmark
// that is stopped at the end. Its output goes to a log file, read afterwards for server errors.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

export interface RunningServer {
  origin: string;
  port: number;
  /** The server's process id, which is also its process group's. */
  pid: number;
  logFile: string;
  stop(): Promise<void>;
}

/** The first port from `from` that nothing listens on. */
export async function freePort(from = 3300): Promise<number> {
  for (let port = from; port < from + 100; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once("error", () => resolve(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}…${from + 99}`);
}

export function ensureBuild(): void {
  if (existsSync(".next/BUILD_ID") && process.env.BENCH_BUILD !== "1") return;
  console.log("[bench] building the app (next build)…");
  const built = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (built.status !== 0) throw new Error("next build failed");
}

/** Starts `next start` with the given environment and waits until `readyPath` answers 200. */
export async function startServer(env: NodeJS.ProcessEnv, readyPath: string): Promise<RunningServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const logFile = `/tmp/bashgah-bench-public-forms-${port}.log`;
  const log = createWriteStream(logFile);
  // A process group of its own, so stopping it ends whatever `next start` spawned, and nothing else.
  // BENCH_CPU_PROF=<folder>: the server writes a V8 CPU profile there when it stops.
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", "--cpu-prof-dir", process.env.BENCH_CPU_PROF] : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, "node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...env, NODE_ENV: "production", PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  // Both streams into one file, which is closed once the child's streams are.
  child.stdout!.pipe(log, { end: false });
  child.stderr!.pipe(log, { end: false });
  const logClosed = new Promise<void>((resolve) => child.once("close", () => log.end(resolve)));
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())));

  const stop = async () => {
    if (!exited && child.pid) {
      process.kill(-child.pid, "SIGTERM");
      const killed = await Promise.race([exit.then(() => true), sleep(10_000).then(() => false)]);
      if (!killed) process.kill(-child.pid, "SIGKILL");
      await exit;
    }
    await logClosed;
  };

  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited) {
      await logClosed;
      throw new Error(`the server exited while starting; see ${logFile}:\n${readFileSync(logFile, "utf8").slice(-2000)}`);
    }
    try {
      const res = await fetch(origin + readyPath, { headers: { "x-forwarded-for": "192.0.2.250" } });
      await res.arrayBuffer();
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server did not answer ${readyPath} within 120 s; see ${logFile}`);
    }
    await sleep(250);
  }
  return { origin, port, pid: child.pid!, logFile, stop };
}

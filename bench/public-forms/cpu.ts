// Where the CPU goes during a phase (Linux /proc): the server's process group, the PostgreSQL
// processes (all of them on the machine), the benchmark itself (autocannon and the bookkeeping),
// and everything else on the machine (other work running beside the benchmark, which the run lock
// does not keep out). A process that ends during a phase takes its time with it, so the figures
// per process are lower bounds; the machine's total comes from /proc/stat.
import { readFileSync, readdirSync } from "node:fs";

const TICKS_PER_SECOND = 100; // getconf CLK_TCK on Linux

interface ProcStat {
  comm: string;
  pgrp: number;
  seconds: number;
}

function procStats(): Map<string, ProcStat> {
  const out = new Map<string, ProcStat>();
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((d) => /^\d+$/.test(d));
  } catch {
    return out;
  }
  for (const pid of pids) {
    try {
      const text = readFileSync(`/proc/${pid}/stat`, "utf8");
      const close = text.lastIndexOf(")");
      const fields = text.slice(close + 2).split(" ");
      // After "(comm) ": state, ppid, pgrp, … utime (12th), stime (13th), in clock ticks.
      out.set(pid, { comm: text.slice(text.indexOf("(") + 1, close), pgrp: Number(fields[2]), seconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND });
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

/** Busy CPU seconds of the whole machine (all cores): everything but idle and iowait. */
function machineSeconds(): number {
  try {
    const [, ...ticks] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/);
    const [user, nice, system, , , irq, softirq, steal] = ticks.map(Number); // idle and iowait skipped
    return (user! + nice! + system! + irq! + softirq! + steal!) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

const sample = () => ({ procs: procStats(), machine: machineSeconds(), own: process.cpuUsage(), at: performance.now() });

export interface CpuUse {
  /** CPU seconds per wall second (1.0 = one core busy all the time; the machine has os.cpus().length). */
  coresBusy: { server: number; postgres: number; bench: number; others: number };
  /** The server's CPU milliseconds per response. */
  serverMsPerResponse: number;
  /** The other processes (and kernel threads) that spent the most, in cores busy. */
  busiestOthers: { comm: string; coresBusy: number }[];
}

/** Runs a phase and reports what each side spent on it. */
export async function withCpu<T extends { responses: number }>(serverGroup: number, run: () => Promise<T>): Promise<T & { cpu: CpuUse }> {
  const before = sample();
  const result = await run();
  const after = sample();
  const wall = (after.at - before.at) / 1000;
  // Per process, what it spent since the first sample (a process started in between counts from 0).
  const spent = (keep: (s: ProcStat) => boolean) =>
    [...after.procs].reduce((sum, [pid, s]) => (keep(s) ? sum + s.seconds - (before.procs.get(pid)?.seconds ?? 0) : sum), 0);
  const server = spent((s) => s.pgrp === serverGroup);
  const postgres = spent((s) => s.comm === "postgres");
  const bench = (after.own.user + after.own.system - before.own.user - before.own.system) / 1e6;
  const others = Math.max(0, after.machine - before.machine - server - postgres - bench);
  const busy = (seconds: number) => Math.round((seconds / wall) * 100) / 100;
  const byName = new Map<string, number>();
  for (const [pid, s] of after.procs) {
    if (s.pgrp === serverGroup || s.comm === "postgres" || Number(pid) === process.pid) continue;
    byName.set(s.comm, (byName.get(s.comm) ?? 0) + s.seconds - (before.procs.get(pid)?.seconds ?? 0));
  }
  const busiestOthers = [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([comm, seconds]) => ({ comm, coresBusy: busy(seconds) }));
  return {
    ...result,
    cpu: {
      coresBusy: { server: busy(server), postgres: busy(postgres), bench: busy(bench), others: busy(others) },
      serverMsPerResponse: Math.round((server * 1000 * 10) / Math.max(1, result.responses)) / 10,
      busiestOthers,
    },
  };
}

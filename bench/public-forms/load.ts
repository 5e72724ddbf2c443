// One load phase with autocannon: `connections` keep-alive connections each sending one request
// after another for `seconds`, every request built by `next()` (its own visitor, address, body).
//
// The phase ends gracefully: at the deadline each connection finishes the request it has in flight
// and sends no more (its `responseMax` is set to what it has sent, which autocannon's own
// maxConnectionRequests option uses), so every request that reached the server has its answer
// counted. Stopping autocannon on its timer instead drops the requests in flight, and the server
// may still store them: the stored rows could then not be compared exactly with the accepted ones.
import autocannon, { type Client, type Result } from "autocannon";

export interface Shot {
  path: string;
  headers: Record<string, string>;
  body: string;
  /** Told the response; only called for a response that arrived. */
  answered(status: number, body: string): void;
}

export interface PhaseResult {
  connections: number;
  seconds: number;
  /** Requests sent, and responses received (the same when nothing was lost). */
  requests: number;
  responses: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  statusCodes: Record<string, number>;
  /** The five slowest responses: when their request was sent (seconds into the phase) and how long they took. */
  slowest: { sentAtSecond: number; ms: number; status: number }[];
  serverErrors: number;
  connectionErrors: number;
  timeouts: number;
}

function percentiles(values: number[]) {
  const sorted = Float64Array.from(values).sort();
  const at = (p: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0);
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: round(sorted.at(-1) ?? 0), mean: round(mean) };
}

const round = (n: number) => Math.round(n * 10) / 10;

export async function runLoad(url: string, connections: number, seconds: number, next: () => Shot): Promise<PhaseResult> {
  const clients: Client[] = [];
  const latencies: number[] = [];
  const slowest: PhaseResult["slowest"] = [];
  const statusCodes: Record<string, number> = {};
  let requests = 0;
  let responses = 0;
  let startedAt = 0;
  let lastResponseAt = 0;

  const result = await new Promise<Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        // A safety net only: the graceful stop below ends the phase long before.
        duration: seconds + 60,
        timeout: 30,
        setupClient: (client) => void clients.push(client),
        requests: [
          {
            method: "POST",
            setupRequest: (request, context) => {
              const shot = next();
              context.shot = shot;
              requests++;
              return { ...request, path: shot.path, headers: { ...request.headers, ...shot.headers }, body: shot.body };
            },
            onResponse: (status, body, context) => {
              responses++;
              (context.shot as Shot).answered(status, body);
            },
          },
        ],
      },
      (error, res) => (error ? reject(error) : resolve(res)),
    );
    instance.on("start", () => {
      startedAt = performance.now();
      setTimeout(() => {
        for (const client of clients) client.responseMax = client.reqsMade;
      }, seconds * 1000);
    });
    instance.on("response", (_client, status, _bytes, ms) => {
      latencies.push(ms);
      const now = performance.now();
      if (slowest.length < 5 || ms > slowest[4]!.ms) {
        slowest.push({ sentAtSecond: round((now - ms - startedAt) / 1000), ms: round(ms), status });
        slowest.sort((a, b) => b.ms - a.ms).splice(5);
      }
      statusCodes[status] = (statusCodes[status] ?? 0) + 1;
      lastResponseAt = now;
    });
  });

  const wall = (lastResponseAt - startedAt) / 1000;
  return {
    connections,
    seconds: round(wall),
    requests,
    responses,
    requestsPerSecond: round(responses / wall),
    latencyMs: percentiles(latencies),
    statusCodes,
    slowest,
    serverErrors: Object.entries(statusCodes).reduce((n, [code, count]) => (Number(code) >= 500 ? n + count : n), 0),
    connectionErrors: result.errors - result.timeouts,
    timeouts: result.timeouts,
  };
}

// npm run worker — the rewards worker as its own process (production, DATABASE_URL): consumes the
// outbox every second until SIGINT/SIGTERM. Safe beside the app's in-process worker and other
// copies of itself (SKIP LOCKED and idempotency keys: server/services/loyalty/reward-worker.ts).
import { getDb, isEmbedded } from "../server/db";
import { startRewardWorker } from "../server/services/loyalty/reward-worker";

if (isEmbedded()) {
  // One process per PGlite data folder: the app's own process runs the worker in embedded mode.
  console.error("DATABASE_URL is not set: in embedded mode the app runs the rewards worker itself.");
  process.exit(1);
}

const stop = startRewardWorker({ db: getDb() });
const keepAlive = setInterval(() => {}, 1 << 30); // the poller's timer does not hold the process open
console.log("[rewards] worker started");

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void stop().then(async () => {
      clearInterval(keepAlive);
      await getDb().$disconnect();
      console.log("[rewards] worker stopped");
      process.exit(0);
    });
  });
}

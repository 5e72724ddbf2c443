// npm run worker — the background workers as their own process (production, DATABASE_URL): the
// rewards worker consumes the outbox every second, the delivery worker sends e-mail and SMS through
// pg-boss, until SIGINT/SIGTERM. Safe beside other copies of itself (SKIP LOCKED and idempotency
// keys: server/services/loyalty/reward-worker.ts, server/services/delivery/worker.ts).
import { getDb, isEmbedded } from "../server/db";
import { startRewardWorker } from "../server/services/loyalty/reward-worker";
import { startDeliveryWorker } from "../server/services/delivery/worker";

if (isEmbedded()) {
  // One process per PGlite data folder: the app's own process runs the workers in embedded mode.
  console.error("DATABASE_URL is not set: in embedded mode the app runs the workers itself.");
  process.exit(1);
}

const stopRewards = startRewardWorker({ db: getDb() });
const delivery = startDeliveryWorker({ db: getDb() });
const keepAlive = setInterval(() => {}, 1 << 30); // the pollers' timers do not hold the process open
console.log("[rewards] worker started");
void delivery.ready.then(() => console.log("[delivery] worker started"));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void Promise.all([stopRewards(), delivery.stop()]).then(async () => {
      clearInterval(keepAlive);
      await getDb().$disconnect();
      console.log("[rewards] [delivery] workers stopped");
      process.exit(0);
    });
  });
}

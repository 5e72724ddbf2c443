// Runs once when the server starts, before it answers requests.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { assertAuthSecret, prepareDatabase } = await import("./server/bootstrap");
  assertAuthSecret();
  await prepareDatabase();
  // The rewards worker (issue 7): in the app's process in embedded mode (one process per PGlite
  // folder); with a server database `npm run worker` runs it, unless REWARD_WORKER=app asks for it here.
  const { isEmbedded } = await import("./server/db");
  if (isEmbedded() || process.env.REWARD_WORKER === "app") {
    const { startRewardWorker } = await import("./server/services/loyalty/reward-worker");
    startRewardWorker();
  }
  // The delivery worker (issue 10), by the same rule: in-process when embedded (PGlite has one
  // process), otherwise `npm run worker`, unless DELIVERY_WORKER=app asks for it here.
  if (isEmbedded() || process.env.DELIVERY_WORKER === "app") {
    const { startDeliveryWorker } = await import("./server/services/delivery/worker");
    startDeliveryWorker();
  }
}

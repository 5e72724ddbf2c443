// Runs once when the server starts, before it answers requests.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { assertAuthSecret, prepareDatabase } = await import("./server/bootstrap");
  assertAuthSecret();
  await prepareDatabase();
}

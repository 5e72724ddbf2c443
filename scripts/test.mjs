// npm test — every test: Vitest (server, on PGlite) then Playwright (browser, against the
// production build), and one closing line adding them up: "N passed, N failed".
// Result files in .test-results/ from an earlier step of the same run (CI's PostgreSQL pass)
// are added in when KEEP_TEST_RESULTS=1.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const RESULTS = ".test-results";
if (process.env.KEEP_TEST_RESULTS !== "1") rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } }).status ?? 1;

let stepFailures = 0;
const vitest = run("node_modules/.bin/vitest", ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${RESULTS}/vitest.json`], {
  DATABASE_URL: "",
});
if (vitest !== 0 && !existsSync(`${RESULTS}/vitest.json`)) stepFailures++;

const build = run("node_modules/.bin/next", ["build"]);
if (build !== 0) {
  console.error("next build failed: the browser tests cannot run");
  stepFailures++;
} else {
  const e2e = run("node_modules/.bin/playwright", ["test"]);
  if (e2e !== 0 && !existsSync(`${RESULTS}/playwright.json`)) stepFailures++;
}

let passed = 0;
let failed = stepFailures;
for (const file of readdirSync(RESULTS).filter((f) => f.endsWith(".json"))) {
  const report = JSON.parse(readFileSync(join(RESULTS, file), "utf8"));
  if (file.startsWith("vitest")) {
    passed += report.numPassedTests;
    // A file that failed to load has no test results of its own: count it once.
    const brokenFiles = report.testResults.filter((r) => r.status === "failed" && r.assertionResults.length === 0).length;
    failed += report.numFailedTests + brokenFiles;
  } else if (file.startsWith("playwright")) {
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

// npm test — every test: Vitest (server, on PGlite) then Playwright (browser, against the
// production build), and one closing line adding them up: "N passed, N failed".
// Result files in .test-results/ from an earlier step of the same run (CI's PostgreSQL pass)
// are added in when KEEP_TEST_RESULTS=1; PRIOR_STEP_FAILURES counts steps of it that broke.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const RESULTS = ".test-results";
if (process.env.KEEP_TEST_RESULTS !== "1") rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

/** Passed and failed tests of one report file (Vitest's or Playwright's JSON). */
function countReport(file) {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, "utf8"));
  if (report.numTotalTests !== undefined) {
    // A file that failed to load has no test results of its own: count it once.
    const brokenFiles = report.testResults.filter((r) => r.status === "failed" && r.assertionResults.length === 0).length;
    return { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles };
  }
  return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected + (report.errors?.length ?? 0) };
}

/** Runs a step; a step that failed without a failed test in its report (a crash) counts as one failure. */
function step(cmd, args, reportFile, env = {}) {
  const status = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } }).status ?? 1;
  const counts = reportFile ? countReport(reportFile) : null;
  return status !== 0 && !(counts && counts.failed > 0) ? 1 : 0;
}

let stepFailures = Number(process.env.PRIOR_STEP_FAILURES ?? 0);
stepFailures += step("node_modules/.bin/vitest", ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${RESULTS}/vitest.json`], `${RESULTS}/vitest.json`, {
  DATABASE_URL: "",
});
const buildFailed = step("node_modules/.bin/next", ["build"], null);
if (buildFailed) {
  console.error("next build failed: the browser tests cannot run");
  stepFailures += 1;
} else {
  stepFailures += step("node_modules/.bin/playwright", ["test"], `${RESULTS}/playwright.json`);
}

let passed = 0;
let failed = stepFailures;
for (const file of readdirSync(RESULTS).filter((f) => f.endsWith(".json"))) {
  const counts = countReport(join(RESULTS, file));
  passed += counts.passed;
  failed += counts.failed;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

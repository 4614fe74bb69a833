// Prints one line per test run ("<label>: N passed, N failed"), then the totals as the last line,
// "N passed, N failed", taken from each run's vitest JSON report. A run whose report is missing counts
// as one failure, and so does a test file that failed to load (it has no test results of its own).
import { readFileSync } from 'node:fs';

function countsOf(file) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    const brokenFiles = report.testResults.filter((result) => result.status === 'failed' && result.assertionResults.length === 0).length;
    return { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles };
  } catch {
    return { passed: 0, failed: 1, missing: true };
  }
}

const totals = { passed: 0, failed: 0 };
for (const argument of process.argv.slice(2)) {
  const split = argument.lastIndexOf('=');
  const [label, file] = [argument.slice(0, split), argument.slice(split + 1)];
  const counts = countsOf(file);
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  console.log(`${label}: ${counts.passed} passed, ${counts.failed} failed${counts.missing ? ` (no report at ${file})` : ''}`);
}
console.log(`${totals.passed} passed, ${totals.failed} failed`);

// A @web/test-runner reporter that writes {passed, failed, skipped} to $WTR_SUMMARY_JSON,
// so the test script can print one summary line for Node and browser tests together.
import { writeFileSync } from 'node:fs';

/** @returns {import('@web/test-runner').Reporter} */
export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const visit = (suite) => {
        for (const t of suite.tests) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        for (const s of suite.suites) visit(s);
      };
      for (const session of sessions) {
        if (session.testResults) visit(session.testResults);
        // A file that fails to load, or an error outside any test, counts as one failure.
        if (!session.passed && (!session.testResults || session.errors.length > 0)) failed++;
      }
      const out = process.env.WTR_SUMMARY_JSON;
      if (out) writeFileSync(out, JSON.stringify({ passed, failed, skipped }));
    },
  };
}

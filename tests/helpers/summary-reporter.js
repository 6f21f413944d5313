'use strict';

const fs = require('fs');

/**
 * Ends every run with the plain line `N passed, N failed` (tests, not suites; `, N skipped` when some were), so a run
 * that executed nothing shows "0 passed". When PROVENANCE_SUMMARY_FILE is set the counts are appended to it, for
 * .ci/run to add up several runs.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
    process.stdout.write(`\n${line}\n`);
    const file = process.env.PROVENANCE_SUMMARY_FILE;
    if (file) fs.appendFileSync(file, `${results.numPassedTests} ${failed} ${skipped}\n`);
  }
}

module.exports = SummaryReporter;

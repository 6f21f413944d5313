/** A command line the script cannot run: said with the usage, exit code 2. */
export class UsageError extends Error {}

/**
 * Runs a script's `main` and sets its exit code: 2 with the usage for a wrong command line, 1 with the error for a
 * failure. `main` sets the code itself for what it reports (a file that failed to import, say).
 */
export function runCommand(main: () => Promise<void>, usage: string, failed: string): void {
  main().catch((error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(error.message ? `${error.message}\n\n${usage}` : usage);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`${failed}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}

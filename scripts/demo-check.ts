import fs from 'fs';
import path from 'path';
import { parseArgs } from 'util';
import { closingLines, demoManifestSchema, manifestFile, type DemoManifest } from './demo/closing';

// Compiled to dist/scripts, so the project root is two levels up.
const appDir = path.resolve(__dirname, '..', '..');

const USAGE = `Usage: npm run demo:check [-- --wait <seconds>] [-- --print]

  Against the running demo (bash scripts/demo.sh), requests every address the demo printed and signs in to
  /admin/login with every printed credential (both read from .tmp/demo.json, which npm run demo:admin writes).
  Anything but a 200 fails the check (exit code 1).

  --wait <seconds>  first wait that long at most for the server to answer
  --print           print the demo's closing lines instead of checking them
`;

function readManifest(): DemoManifest {
  const file = manifestFile(appDir);
  if (!fs.existsSync(file)) throw new Error(`${path.relative(process.cwd(), file)} is missing: run npm run demo:admin (or bash scripts/demo.sh) first.`);
  return demoManifestSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Waits for the server to answer, or for the process that started this one (scripts/demo.sh: the server) to end. */
async function waitForServer(base: string, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  const parent = process.ppid;
  for (;;) {
    if (!alive(parent)) throw new Error('the server stopped before it answered.');
    try {
      if ((await fetch(`${base}/_health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${base} did not answer within ${seconds} seconds.`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

type Outcome = { ok: true; line: string } | { ok: false; line: string };

async function checkLink(label: string, url: string): Promise<Outcome> {
  // A redirect is not the answer the demo promised: it fails too.
  const response = await fetch(url, { redirect: 'manual' });
  await response.arrayBuffer();
  const line = `${response.status}  ${label}: ${url}`;
  return response.status === 200 ? { ok: true, line } : { ok: false, line };
}

async function checkSignIn(base: string, label: string, email: string, password: string): Promise<Outcome> {
  const response = await fetch(`${base}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json().catch(() => null)) as { data?: { token?: unknown; accessToken?: unknown } } | null;
  const signedIn = response.status === 200 && !!(body?.data?.token ?? body?.data?.accessToken);
  const line = `${response.status}  ${label} signs in: ${email}${response.status === 200 && !signedIn ? ' (no session token in the answer)' : ''}`;
  return signedIn ? { ok: true, line } : { ok: false, line };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { wait: { type: 'string' }, print: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const manifest = readManifest();
  if (values.wait !== undefined) await waitForServer(manifest.base, Number(values.wait));
  if (values.print) {
    process.stdout.write(`\n${closingLines(manifest).join('\n')}\n\n`);
    return;
  }
  const outcomes: Outcome[] = [];
  for (const link of manifest.links) outcomes.push(await checkLink(link.label, link.url));
  for (const user of manifest.users) outcomes.push(await checkSignIn(manifest.base, user.label, user.email, user.password));
  for (const outcome of outcomes) process.stdout.write(`${outcome.ok ? 'ok  ' : 'FAIL'}  ${outcome.line}\n`);
  const failed = outcomes.filter((outcome) => !outcome.ok).length;
  if (failed > 0) throw new Error(`${failed} of ${outcomes.length} demo checks failed.`);
  process.stdout.write(`All ${outcomes.length} demo checks answered 200.\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Demo check failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

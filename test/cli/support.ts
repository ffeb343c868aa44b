// Runs the real CLI as a child process (`node --import tsx cli/index.ts …`, not the tsx binary:
// a SIGKILL must reach the process that runs the script) against a temp data directory.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { CARD_TYPES, type CardType } from '../../common/coupon/card-types';
import { exampleCoupon } from '../../common/coupon/examples';

/** The project root: node resolves `--import tsx` from here. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = join(ROOT, 'cli', 'index.ts');

/** A finished CLI process. */
export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of a CLI process. */
export interface CliOptions {
  readonly dataDir?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly stdin?: string;
}

/** The environment a test CLI gets: the data dir, a short settle delay, no secret or language inherited. */
export function cliEnv(options: CliOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('COUPON_STUDIO_') && value !== undefined) env[key] = value;
  }
  env.COUPON_STUDIO_SETTLE_MS = '150';
  if (options.dataDir !== undefined) env.COUPON_STUDIO_HOME = options.dataDir;
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** Starts the CLI; the caller reads its streams. */
export function spawnCli(args: readonly string[], options: CliOptions = {}): ChildProcessWithoutNullStreams {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, env: cliEnv(options) });
  if (options.stdin !== undefined) child.stdin.end(options.stdin);
  else child.stdin.end();
  return child;
}

/** Calls `onLine` for every stderr line of a child. */
export function onStderrLine(child: ChildProcessWithoutNullStreams, onLine: (line: string) => void): void {
  createInterface({ input: child.stderr }).on('line', onLine);
}

/** Collects a child's output and waits for it to exit. */
export function collect(child: ChildProcessWithoutNullStreams): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Runs the CLI to its end. */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  return collect(spawnCli(args, options));
}

/** The stdout of a --json run as the one JSON document it must be. */
export function jsonOf(run: CliRun): Record<string, unknown> {
  try {
    return JSON.parse(run.stdout) as Record<string, unknown>;
  } catch {
    throw new Error(`stdout is not one JSON document:\n${run.stdout}\n--- stderr:\n${run.stderr}`);
  }
}

/** A fresh temp directory; remove it with {@link removeDir}. */
export function tempDir(label: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `cs-cli-${label}-`));
}

export function removeDir(dir: string | undefined): Promise<void> {
  return dir === undefined ? Promise.resolve() : rm(dir, { recursive: true, force: true });
}

/** Writes a JSON file and answers its path. */
export async function writeJson(dir: string, name: string, value: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
}

type Body = Record<string, unknown> & { card: Record<string, { base_info: { title: string } } | string> };

/** A valid card/create body of a type with its own title (each draft has its own fingerprint). */
export function couponBody(nowMs: number, title: string, type: CardType = 'CASH'): Body {
  const body = exampleCoupon(type, nowMs) as unknown as Body;
  const node = body.card[type.toLowerCase()];
  if (typeof node === 'object') node.base_info.title = title;
  return body;
}

/** One valid body of every coupon type. */
export function everyType(nowMs: number): Body[] {
  return CARD_TYPES.map((type) => exampleCoupon(type, nowMs) as unknown as Body);
}

/** The title of a card as the sandbox received it. */
export function titleOf(rawBody: string): string {
  const card = (JSON.parse(rawBody) as { card: Record<string, unknown> & { card_type: string } }).card;
  const node = card[card.card_type.toLowerCase()] as { base_info: { title: string } };
  return node.base_info.title;
}

/** Every file under a directory, recursively, with its bytes (for the secret canary). */
export async function filesUnder(dir: string): Promise<{ path: string; bytes: Buffer }[]> {
  const { readdir, readFile } = await import('node:fs/promises');
  const out: { path: string; bytes: Buffer }[] = [];
  const walk = async (at: string): Promise<void> => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) await walk(full);
      else out.push({ path: full, bytes: await readFile(full) });
    }
  };
  await walk(dir);
  return out;
}

/** A sandbox account config for tests: appid wx + 16 hex digits, a 32-character secret. */
export function testAccount(n: number): { appid: string; secret: string } {
  return { appid: `wx${(0xc0000000 + n).toString(16).padStart(16, '0')}`, secret: `S3cr3t${String(n).padStart(26, '7')}` };
}

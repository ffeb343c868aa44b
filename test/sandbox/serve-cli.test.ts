import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CURL_BEGIN, CURL_END } from '../../main/sandbox/curl-demo';

// curl when the machine has it; otherwise the test's stand-in (test/support/curl-standin), so the
// README walkthrough is still run on a fresh machine with nothing but Node — never skipped.
const hasCurl = (() => {
  try {
    execFileSync('curl', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const SHELL_ENV = hasCurl ? process.env : { ...process.env, PATH: [join(process.cwd(), 'test', 'support', 'curl-standin'), process.env.PATH].join(delimiter) };
const CURL_LABEL = hasCurl ? 'curl' : 'the curl stand-in (no curl on this machine)';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
let child: ChildProcessWithoutNullStreams | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  child = undefined;
});

/** `npm run sandbox -- ARGS` without npm in between (npm would stand between the signal and the process). */
function startSandboxCommand(args: readonly string[]): ChildProcessWithoutNullStreams {
  const scripts = (JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  expect(scripts.sandbox).toBe('tsx cli/index.ts sandbox');
  return spawn(TSX, ['cli/index.ts', 'sandbox', ...args], { cwd: process.cwd() });
}

/** Collects stdout until `marker` appears. */
function waitForOutput(proc: ChildProcessWithoutNullStreams, marker: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const seen = (): void => {
      if ((out + err).includes(marker)) resolve(out + err);
    };
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      seen();
    });
    proc.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
      seen();
    });
    proc.once('exit', (code) => reject(new Error(`the sandbox exited ${code} before printing ${marker}: ${err}`)));
  });
}

function exited(proc: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => (proc.exitCode !== null ? resolve(proc.exitCode) : proc.once('exit', (code) => resolve(code))));
}

const runShell = (script: string): string => execFileSync('bash', ['-e', '-c', script], { encoding: 'utf8', env: SHELL_ENV });

describe('npm run sandbox', () => {
  it(`prints a curl sequence that creates a coupon with ${CURL_LABEL}, and stops cleanly on SIGTERM`, async () => {
    child = startSandboxCommand(['--port', '0']);
    const output = await waitForOutput(child, CURL_END);
    expect(output).toMatch(/http:\/\/127\.0\.0\.1:\d+/);
    expect(output).toContain('wx8d3f5a7c1e9b2046');
    const script = output.slice(output.indexOf(CURL_BEGIN), output.indexOf(CURL_END) + CURL_END.length);
    expect(JSON.parse(runShell(script))).toMatchObject({ errcode: 0, errmsg: 'ok', card_id: expect.stringMatching(/^p[A-Za-z0-9_-]{27}$/) });
    const stopped = waitForOutput(child, 'Sandbox stopped');
    child.kill('SIGTERM');
    await stopped;
    expect(await exited(child)).toBe(0);
  });

  it(`the README walkthrough creates a coupon with ${CURL_LABEL}`, async () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    const block = /```sh\n(npm run sandbox[^\n]*\n)([\s\S]*?)```/.exec(readme);
    expect(block, 'README has the sandbox walkthrough').not.toBeNull();
    child = startSandboxCommand(['--port', '0']);
    const output = await waitForOutput(child, CURL_END);
    const port = /http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1];
    // The README names port 8765; the test's sandbox listens wherever the OS put it.
    const script = (block?.[2] ?? '').replaceAll('127.0.0.1:8765', `127.0.0.1:${port}`);
    expect(JSON.parse(runShell(script))).toMatchObject({ errcode: 0, card_id: expect.stringMatching(/^p[A-Za-z0-9_-]{27}$/) });
  });

  it('--help prints the options and exits 0 instead of starting the sandbox', async () => {
    child = startSandboxCommand(['--help']);
    const output = await waitForOutput(child, '--dump FILE');
    expect(await exited(child)).toBe(0);
    for (const flag of ['--scenario', '--fault-rate', '--fault SPEC', '--fault-seed', '--review', '/__sandbox/state']) expect(output).toContain(flag);
    expect(output).not.toMatch(/http:\/\/127\.0\.0\.1:\d+/);
  });

  it('switches on scenarios and faults from the command line, shows its state and dumps it on exit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'coupon-sandbox-dump-'));
    try {
      const dumpFile = join(dir, 'state.json');
      child = startSandboxCommand(['--port', '0', '--scenario', 'coupon-stop', '--fault', 'card/get=1:errcode-45011', '--dump', dumpFile]);
      const output = await waitForOutput(child, CURL_END);
      expect(output).toContain('coupon-stop');
      const script = output.slice(output.indexOf(CURL_BEGIN), output.indexOf(CURL_END) + CURL_END.length);
      // The 2021 stop: card/create is refused for the coupon types.
      expect(JSON.parse(runShell(script))).toMatchObject({ errcode: 48001 });
      const base = /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0] ?? '';
      const state = (await (await fetch(`${base}/__sandbox/state`)).json()) as { tokenCalls: unknown[]; accounts: Record<string, { cards: unknown[] }> };
      expect(state.tokenCalls.length).toBe(1);
      expect(state.accounts.wx8d3f5a7c1e9b2046?.cards).toEqual([]);
      expect(JSON.stringify(state)).not.toContain('5f0c9e2a7b4d81c36e2f9a0b1d7c4e58');
      const stopped = waitForOutput(child, 'Sandbox stopped');
      child.kill('SIGINT');
      await stopped;
      expect(await exited(child)).toBe(0);
      const dumped = JSON.parse(await readFile(dumpFile, 'utf8')) as { tokenCalls: unknown[] };
      expect(dumped.tokenCalls.length).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [['--port', 'eighty'], '--port'],
    [['--scenario', 'blackout'], 'coupon-stop'],
    [['--fault', 'card/create=2:reset'], '0 到 1'],
    [['--fault', 'card/create=0.5:meteor'], 'meteor'],
    [['--review', 'sometimes'], 'approve'],
  ])('refuses %j with exit code 2 and says what is wrong', async (args, said) => {
    child = startSandboxCommand(args);
    const output = waitForOutput(child, said);
    expect(await exited(child)).toBe(2);
    await output;
  });
});

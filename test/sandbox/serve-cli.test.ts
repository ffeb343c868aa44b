import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CURL_BEGIN, CURL_END } from '../../main/sandbox/curl-demo';

const hasCurl = (() => {
  try {
    execFileSync('curl', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
let child: ChildProcessWithoutNullStreams | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  child = undefined;
});

/** Collects stdout until `marker` appears. */
function waitForOutput(proc: ChildProcessWithoutNullStreams, marker: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.includes(marker)) resolve(out);
    });
    proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    proc.once('exit', (code) => reject(new Error(`serve.ts exited ${code} before printing ${marker}: ${err}`)));
  });
}

function exited(proc: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => (proc.exitCode !== null ? resolve(proc.exitCode) : proc.once('exit', (code) => resolve(code))));
}

describe('serve.ts (npm run sandbox)', () => {
  it.skipIf(!hasCurl || !existsSync(TSX))('prints a curl sequence that creates a coupon, and stops cleanly on SIGTERM', async () => {
    child = spawn(TSX, ['main/sandbox/serve.ts', '--port', '0'], { cwd: process.cwd() });
    const output = await waitForOutput(child, CURL_END);
    expect(output).toMatch(/http:\/\/127\.0\.0\.1:\d+/);
    expect(output).toContain('wx8d3f5a7c1e9b2046');
    const script = output.slice(output.indexOf(CURL_BEGIN), output.indexOf(CURL_END) + CURL_END.length);
    const answer = execFileSync('bash', ['-e', '-c', script], { encoding: 'utf8' });
    expect(JSON.parse(answer)).toMatchObject({ errcode: 0, errmsg: 'ok', card_id: expect.stringMatching(/^p[A-Za-z0-9_-]{27}$/) });
    const stopped = waitForOutput(child, 'Sandbox stopped');
    child.kill('SIGTERM');
    await stopped;
    expect(await exited(child)).toBe(0);
  });

  it.skipIf(!hasCurl || !existsSync(TSX))('the README walkthrough creates a coupon with curl', async () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    const block = /```sh\n(npm run sandbox[^\n]*\n)([\s\S]*?)```/.exec(readme);
    expect(block, 'README has the sandbox walkthrough').not.toBeNull();
    child = spawn(TSX, ['main/sandbox/serve.ts', '--port', '0'], { cwd: process.cwd() });
    const output = await waitForOutput(child, CURL_END);
    const port = /http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1];
    // The README names port 8765; the test's sandbox listens wherever the OS put it.
    const script = (block?.[2] ?? '').replaceAll('127.0.0.1:8765', `127.0.0.1:${port}`);
    const answer = execFileSync('bash', ['-e', '-c', script], { encoding: 'utf8' });
    expect(JSON.parse(answer)).toMatchObject({ errcode: 0, card_id: expect.stringMatching(/^p[A-Za-z0-9_-]{27}$/) });
  });

  it.skipIf(!existsSync(TSX))('refuses a bad --port with exit code 2', async () => {
    child = spawn(TSX, ['main/sandbox/serve.ts', '--port', 'eighty'], { cwd: process.cwd() });
    expect(await exited(child)).toBe(2);
  });
});

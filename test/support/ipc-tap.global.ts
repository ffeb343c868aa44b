// Global setup/teardown: empties the IPC tap before the suite and, after it, scans every IPC answer
// and event the tests produced. Any AppSecret, access_token, merchant private key or APIv3 key found fails the run.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { IPC_TAP_DIR } from './ipc-tap-dir';

/** Secrets the tests use that must never cross IPC, and the shape of every sandbox access_token. */
const SECRET_PATTERNS: readonly [string, RegExp][] = [
  ['the sandbox demo AppSecret', /5f0c9e2a7b4d81c36e2f9a0b1d7c4e58/],
  ['a canary secret', /CANARY[A-Z_0-9-]*/],
  // Sandbox tokens mimic real ones: two digits, an underscore, 150 url-safe characters (main/sandbox/tokens.ts).
  ['an access_token', /\b\d{2}_[A-Za-z0-9_-]{150}\b/],
  // WeChat Pay merchant secrets: any private key PEM, and the sandbox merchants' APIv3 keys.
  ['a private key', /-----BEGIN (?:RSA |EC )?PRIVATE KEY-----|PRIVATE KEY-----/],
  ['the sandbox demo APIv3 key', /Sandbox0APIv3Key0DemoMerchant001/],
  ['a canary APIv3 key', /APIV3CANARY[A-Za-z0-9]*/],
];

export function setup(): void {
  rmSync(IPC_TAP_DIR, { recursive: true, force: true });
}

export function teardown(): void {
  let files: string[];
  try {
    files = readdirSync(IPC_TAP_DIR).filter((f) => f.endsWith('.jsonl'));
  } catch {
    return;
  }
  let messages = 0;
  let bytes = 0;
  const hits: string[] = [];
  for (const file of files) {
    const text = readFileSync(join(IPC_TAP_DIR, file), 'utf8');
    bytes += text.length;
    for (const line of text.split('\n')) {
      if (line === '') continue;
      messages += 1;
      for (const [label, pattern] of SECRET_PATTERNS) {
        if (pattern.test(line)) hits.push(`${label} in ${line.slice(0, 200)}`);
      }
    }
  }
  console.log(`[ipc-tap] secrets scan: ${hits.length} hits in ${messages} IPC answers and events (${bytes} bytes, ${files.length} files)`);
  if (hits.length > 0) {
    console.error(`An AppSecret or access_token crossed IPC:\n${hits.slice(0, 10).join('\n')}`);
    // vitest reports an error thrown here but still exits 0, so the exit code is set directly.
    process.exitCode = 1;
  }
}

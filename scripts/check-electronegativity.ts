// `npm run check:electronegativity`: scans the shipped sources with @doyensec/electronegativity
// 1.10.3 and fails unless every finding is in scripts/electronegativity-allow.json.
// electronegativity always exits 0 (doyensec/electronegativity#108), so this reads its SARIF report
// (not its CSV, whose header write races the rows: see parseFindings).
// main/, preload/, renderer/, common/ and package.json are copied into one temp dir and scanned
// together: its global checks (navigation limits, permission handler, CSP) look across the whole
// input, so scanning main/ and preload/ separately reports handlers "missing" from the other.
// Needs the npm registry the first time (npx installs ~400 packages); not part of `npm test`.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { allowListProblems, blockingFindings, parseFindings, type AllowEntry } from './electronegativity-report';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SCANNED = ['main', 'preload', 'renderer', 'common', 'package.json'];

async function main(): Promise<void> {
  const allow = JSON.parse(await readFile(join(ROOT, 'scripts', 'electronegativity-allow.json'), 'utf8')) as AllowEntry[];
  const problems = allowListProblems(allow);
  if (problems.length > 0) {
    console.error(`electronegativity-allow.json: ${problems.join('; ')}`);
    process.exit(1);
  }
  const work = await mkdtemp(join(tmpdir(), 'coupon-studio-eng-'));
  try {
    const input = join(work, 'input');
    for (const entry of SCANNED) await cp(join(ROOT, entry), join(input, entry), { recursive: true });
    const report = join(work, 'report.sarif');
    const started = Date.now();
    const { stdout, stderr } = await run('npx', ['--yes', '@doyensec/electronegativity@1.10.3', '-i', input, '-o', report, '-r'], {
      cwd: work,
      maxBuffer: 32 * 1024 * 1024,
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    let text: string;
    try {
      text = await readFile(report, 'utf8');
    } catch {
      console.error(`electronegativity wrote no report (scan failed):\n${stdout}\n${stderr}`);
      process.exit(1);
    }
    const findings = parseFindings(text);
    const blocking = blockingFindings(findings, allow);
    for (const f of findings) {
      const mark = blocking.includes(f) ? 'BLOCKING' : 'allowed ';
      console.log(`${mark} ${f.issue} (${f.level}) ${f.file}:${f.location} ${f.description}`);
    }
    console.log(JSON.stringify({ suite: 'electronegativity', version: '1.10.3', seconds: Number(seconds), findings: findings.length, allowed: findings.length - blocking.length, blocking: blocking.length }));
    if (blocking.length > 0) process.exit(1);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();

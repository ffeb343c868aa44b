// Temp data directories for storage-backed tests: one mkdtemp dir per test, removed afterwards.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh empty directory under os.tmpdir(), removed after the current test. */
export async function tempDir(label = 'cs-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), label));
  made.push(dir);
  return dir;
}

/** Every file under a directory (relative paths), recursively, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (at: string): Promise<void> => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) await walk(full);
      else out.push(relative(dir, full));
    }
  };
  await walk(dir).catch(() => undefined);
  return out.sort();
}

/** The concatenated bytes of every file under a directory, as latin1 text (for canary scans). */
export async function allFileText(dir: string): Promise<{ files: number; bytes: number; text: string }> {
  const files = await listFiles(dir);
  const chunks = await Promise.all(files.map((file) => readFile(join(dir, file))));
  return { files: files.length, bytes: chunks.reduce((n, c) => n + c.length, 0), text: chunks.map((c) => c.toString('latin1')).join('\n') };
}

/** A Node-style system error with a code (what fs throws). */
export function errnoError(code: string, syscall = 'rename'): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: operation not permitted, ${syscall}`), { code, syscall });
}

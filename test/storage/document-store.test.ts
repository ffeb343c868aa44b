import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fixedClock } from '../../common/clock';
import type ElectronStore from 'electron-store';
import { electronStoreDocumentOpener, type ElectronStoreClass } from '../../main/electron/electron-store';
import { createBackedDocumentStore, type BackingFile } from '../../main/storage/backed-document-store';
import { NO_WAIT_RETRY } from '../../main/storage/busy-retry';
import { openConfDocument, STORE_FILE_OPTIONS } from '../../main/storage/conf-document-store';
import type { DocumentSpec } from '../../main/storage/document-store';
import { nodeFileOps } from '../../main/storage/files';
import { errnoError, listFiles, tempDir } from './temp-dir';

const T0 = Date.UTC(2026, 0, 15, 4, 0, 0, 123);
const noteSchema = z.strictObject({ title: z.string(), count: z.number().int() });
type Note = z.infer<typeof noteSchema>;
const spec = (dir: string, name = 'note'): DocumentSpec<Note> => ({ dir, name, schema: noteSchema });
const runtime = { clock: fixedClock(T0), retry: NO_WAIT_RETRY };

describe('conf-backed DocumentStore', () => {
  it('round-trips a document and reads a missing file as undefined', async () => {
    const dir = await tempDir();
    const store = openConfDocument(spec(dir), runtime);
    expect(await store.read()).toEqual({ ok: true, value: undefined });
    expect(await listFiles(dir)).toEqual([]);
    expect(await store.write({ title: '满100减20', count: 3 })).toEqual({ ok: true, value: undefined });
    expect(await store.read()).toEqual({ ok: true, value: { title: '满100减20', count: 3 } });
    expect(store.path).toBe(join(dir, 'note.json'));
  });

  it.each([
    ['bad JSON', '{"title": "x", "count": ', 'invalid_json'],
    ['a schema violation', '{"title": "x", "count": "three"}', 'schema_violation'],
  ] as const)('moves a file with %s aside to <name>.corrupt-<timestamp>.json and reports it', async (_label, content, reason) => {
    const dir = await tempDir();
    await writeFile(join(dir, 'note.json'), content);
    await writeFile(join(dir, 'other.json'), '{"title":"fine","count":1}');
    const reports: unknown[] = [];
    const read = await openConfDocument(spec(dir), { ...runtime, onCorrupt: (r) => reports.push(r) }).read();
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const movedTo = join(dir, 'note.corrupt-20260115T040000123Z.json');
    expect(read.error).toMatchObject({ code: 'corrupt_document', path: join(dir, 'note.json'), movedTo, reason, at: T0 });
    expect(read.error.message['zh-CN']).toContain(movedTo);
    expect(read.error.message.en).toContain(movedTo);
    expect(reports).toEqual([read.error]);
    // Nothing lost: the bad bytes are intact in the moved file; the neighbour still loads.
    expect(await readFile(movedTo, 'utf8')).toBe(content);
    expect(await listFiles(dir)).toEqual(['note.corrupt-20260115T040000123Z.json', 'other.json']);
    expect(await openConfDocument(spec(dir, 'other'), runtime).read()).toEqual({ ok: true, value: { title: 'fine', count: 1 } });
    // Afterwards the document is simply absent, and a new one can be written.
    const again = openConfDocument(spec(dir), runtime);
    expect(await again.read()).toEqual({ ok: true, value: undefined });
    expect((await again.write({ title: 'new', count: 0 })).ok).toBe(true);
  });

  it('never overwrites a corrupt file: a write moves it aside first', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'note.json'), 'not json at all');
    const reports: unknown[] = [];
    const store = openConfDocument(spec(dir), { ...runtime, onCorrupt: (r) => reports.push(r) });
    expect((await store.write({ title: 'a', count: 1 })).ok).toBe(true);
    expect(reports).toHaveLength(1);
    expect(await readFile(join(dir, 'note.corrupt-20260115T040000123Z.json'), 'utf8')).toBe('not json at all');
    expect(await store.read()).toEqual({ ok: true, value: { title: 'a', count: 1 } });
  });

  it('gives a second corrupt file of the same instant its own name', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'note.json'), '{');
    await openConfDocument(spec(dir), runtime).read();
    await writeFile(join(dir, 'note.json'), '[');
    const second = await openConfDocument(spec(dir), runtime).read();
    expect(second.ok ? undefined : second.error.movedTo).toBe(join(dir, 'note.corrupt-20260115T040000123Z-2.json'));
  });

  it('refuses to write a value that breaks the schema, leaving the file as it was', async () => {
    const dir = await tempDir();
    const store = openConfDocument(spec(dir), runtime);
    await store.write({ title: 'kept', count: 1 });
    const refused = await store.write({ title: 'x', count: 1.5 } as Note);
    expect(refused).toMatchObject({ ok: false, error: { code: 'storage_refused' } });
    expect(await store.read()).toEqual({ ok: true, value: { title: 'kept', count: 1 } });
  });

  it('writes with clearInvalidConfig false underneath: conf itself throws on a bad file instead of wiping it', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'note.json'), '{oops');
    expect(() => new Conf({ ...STORE_FILE_OPTIONS, cwd: dir, configName: 'note' })).toThrow(SyntaxError);
    expect(await readFile(join(dir, 'note.json'), 'utf8')).toBe('{oops');
  });
});

describe('Windows EPERM on rename (injected fs failures)', () => {
  // These errnos mean a held file only on Windows (busyErrnos), so the policy says which platform it is.
  const WINDOWS_RETRY = { ...NO_WAIT_RETRY, platform: 'win32' };
  const windows = { ...runtime, retry: WINDOWS_RETRY };

  /** A conf backing whose writes fail `failures` times with `code`, like atomically's rename on Windows. */
  function flakyBacking(dir: string, failures: number, code = 'EPERM') {
    const real = new Conf<Record<string, unknown>>({ ...STORE_FILE_OPTIONS, cwd: dir, configName: 'note' });
    let left = failures;
    let attempts = 0;
    const backing: BackingFile = {
      get store() {
        return real.store;
      },
      set store(value) {
        attempts++;
        if (left-- > 0) throw errnoError(code);
        real.store = value;
      },
    };
    return { backing, attempts: () => attempts };
  }

  it('retries a busy write briefly and succeeds', async () => {
    const dir = await tempDir();
    const flaky = flakyBacking(dir, 3);
    const store = createBackedDocumentStore({ ...windows, writeRetry: WINDOWS_RETRY, spec: spec(dir), path: join(dir, 'note.json'), open: () => flaky.backing });
    expect(await store.write({ title: 't', count: 1 })).toEqual({ ok: true, value: undefined });
    expect(flaky.attempts()).toBe(4);
    expect(await store.read()).toEqual({ ok: true, value: { title: 't', count: 1 } });
  });

  it('reports a write that stays busy, with a bilingual message, and keeps the previous content', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'note.json'), '{"title":"before","count":1}');
    const flaky = flakyBacking(dir, 100);
    const store = createBackedDocumentStore({ ...windows, spec: spec(dir), path: join(dir, 'note.json'), open: () => flaky.backing });
    const written = await store.write({ title: 'after', count: 2 });
    expect(written).toMatchObject({ ok: false, error: { code: 'storage_busy', errno: 'EPERM', path: join(dir, 'note.json') } });
    // By default one retry: conf's atomically has already retried the rename for a second.
    expect(flaky.attempts()).toBe(2);
    if (!written.ok) expect(written.error.message.en).toMatch(/another program is holding the file/);
    expect(await readFile(join(dir, 'note.json'), 'utf8')).toBe('{"title":"before","count":1}');
  });

  it('does not retry an error that is not a busy file (ENOSPC)', async () => {
    const dir = await tempDir();
    const flaky = flakyBacking(dir, 1, 'ENOSPC');
    const store = createBackedDocumentStore({ ...windows, spec: spec(dir), path: join(dir, 'note.json'), open: () => flaky.backing });
    expect(await store.write({ title: 't', count: 1 })).toMatchObject({ ok: false, error: { code: 'storage_io', errno: 'ENOSPC' } });
    expect(flaky.attempts()).toBe(1);
  });

  it('retries moving a corrupt file aside, and when it stays locked leaves it untouched and refuses to write over it', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'note.json'), '{broken');
    let renames = 0;
    const locked = { ...nodeFileOps, rename: async () => { renames++; throw errnoError('EPERM'); } };
    const store = openConfDocument(spec(dir), { ...windows, files: locked });
    const read = await store.read();
    expect(read).toMatchObject({ ok: false, error: { movedTo: null, reason: 'invalid_json' } });
    expect(renames).toBe(NO_WAIT_RETRY.attempts);
    if (!read.ok) expect(read.error.message.en).toMatch(/could not be moved aside.*left untouched/);
    expect(await store.write({ title: 'x', count: 1 })).toMatchObject({ ok: false, error: { code: 'storage_refused' } });
    expect(await readFile(join(dir, 'note.json'), 'utf8')).toBe('{broken');
  });

  it('moves a corrupt file aside once the lock clears within the retries', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'note.json'), '{broken');
    let renames = 0;
    const briefly = { ...nodeFileOps, rename: async (from: string, to: string) => { if (++renames < 3) throw errnoError('EBUSY'); return nodeFileOps.rename(from, to); } };
    const read = await openConfDocument(spec(dir), { ...windows, files: briefly }).read();
    expect(read.ok ? undefined : read.error.movedTo).toBe(join(dir, 'note.corrupt-20260115T040000123Z.json'));
    expect(renames).toBe(3);
  });
});

describe('electron-store adapter (main/electron/electron-store.ts)', () => {
  // What electron-store's constructor does with `name` and an absolute `cwd` (node_modules/electron-store/index.js).
  class ElectronStoreStandIn extends Conf<Record<string, unknown>> {
    constructor(options: { name?: string; cwd?: string } & Record<string, unknown>) {
      const { name, ...rest } = options;
      super({ ...rest, configName: name ?? 'config' });
    }
  }

  it('writes byte-for-byte the same file as the conf store and reads it back', async () => {
    const [a, b] = [await tempDir(), await tempDir()];
    const doc = { title: '门店通用券', count: 7 };
    const electron = electronStoreDocumentOpener(ElectronStoreStandIn as unknown as ElectronStoreClass, runtime)(spec(a));
    await electron.write(doc);
    await openConfDocument(spec(b), runtime).write(doc);
    expect(await readFile(join(a, 'note.json'), 'utf8')).toBe(await readFile(join(b, 'note.json'), 'utf8'));
    expect(await openConfDocument(spec(a), runtime).read()).toEqual({ ok: true, value: doc });
    expect(await electron.read()).toEqual({ ok: true, value: doc });
  });

  it('moves a corrupt electron-store file aside too', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'note.json'), '{"title": 1}');
    const read = await electronStoreDocumentOpener(ElectronStoreStandIn as unknown as ElectronStoreClass, runtime)(spec(dir)).read();
    expect(read).toMatchObject({ ok: false, error: { reason: 'schema_violation', movedTo: join(dir, 'note.corrupt-20260115T040000123Z.json') } });
  });

  it('accepts the real electron-store class (type-level)', () => {
    const check = (Store: typeof ElectronStore): ElectronStoreClass => Store;
    expect(typeof check).toBe('function');
  });
});

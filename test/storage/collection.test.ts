import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fixedClock } from '../../common/clock';
import { NO_WAIT_RETRY } from '../../main/storage/busy-retry';
import { createDocumentCollection } from '../../main/storage/collection';
import { confDocumentOpener } from '../../main/storage/conf-document-store';
import { listFiles, tempDir } from './temp-dir';

const T0 = Date.UTC(2026, 0, 15, 4, 0, 0);
const schema = z.strictObject({ n: z.number() });

async function collectionIn(dir: string) {
  return createDocumentCollection({ dir, schema, openDocument: confDocumentOpener({ clock: fixedClock(T0), retry: NO_WAIT_RETRY }), now: () => T0 });
}

describe('document collection', () => {
  it('lists only documents: not moved-aside, trashed, temp or oddly named files', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, '.trash'));
    await Promise.all([
      writeFile(join(dir, 'a.json'), '{"n":1}'),
      writeFile(join(dir, 'b.json'), '{"n":2}'),
      writeFile(join(dir, 'a.corrupt-20260115T040000000Z.json'), '{'),
      writeFile(join(dir, 'b.json.tmp-1-abc'), '{"n":3}'),
      writeFile(join(dir, 'has space.json'), '{"n":4}'),
      writeFile(join(dir, '.trash', 'c.deleted-x.json'), '{"n":5}'),
    ]);
    expect(await (await collectionIn(dir)).names()).toEqual(['a', 'b']);
    expect(await (await collectionIn(join(dir, 'missing'))).names()).toEqual([]);
  });

  it('moves a trashed document into .trash instead of unlinking it', async () => {
    const dir = await tempDir();
    const docs = await collectionIn(dir);
    await docs.open('batch1').write({ n: 1 });
    const trashed = await docs.trash('batch1');
    expect(trashed).toEqual({ ok: true, value: join(dir, '.trash', 'batch1.deleted-20260115T040000000Z.json') });
    expect(await readFile(join(dir, '.trash', 'batch1.deleted-20260115T040000000Z.json'), 'utf8')).toContain('"n": 1');
    expect(await docs.names()).toEqual([]);
    await docs.open('batch1').write({ n: 2 });
    expect((await docs.trash('batch1')).ok).toBe(true);
    expect(await listFiles(join(dir, '.trash'))).toEqual(['batch1.deleted-20260115T040000000Z-2.json', 'batch1.deleted-20260115T040000000Z.json']);
  });

  it('refuses names that could escape the folder', async () => {
    const docs = await collectionIn(await tempDir());
    expect(() => docs.open('../accounts')).toThrow(TypeError);
    await expect(docs.trash('a/b')).rejects.toThrow(TypeError);
  });
});

import { describe, expect, it } from 'vitest';
import { tempDir } from '../storage/temp-dir';
import { body, draftsIn } from './support';

describe('drafts import and export', () => {
  it('imports one card/create body, an array of bodies, or an exported batch', async () => {
    const { service } = draftsIn(await tempDir());
    expect(await service.importJson(JSON.stringify(body('GROUPON')), { name: '单张' })).toMatchObject({ ok: true, value: { form: 'body', imported: 1, batch: { name: '单张', draftCount: 1 } } });
    const many = await service.importJson(JSON.stringify([body('CASH'), body('GIFT'), { card: { card_type: 'NOPE' } }]));
    expect(many).toMatchObject({ ok: true, value: { form: 'bodies', imported: 3, batch: { name: '导入 2026-01-15 12:00' } } });
  });

  it('round-trips an exported batch into a new batch with new ids', async () => {
    const { service } = draftsIn(await tempDir());
    const made = await service.create({ name: '导出测试', accountId: 'acc-1', cards: [body()] });
    if (!made.ok) throw new Error('create failed');
    const exported = await service.exportJson(made.value.id);
    expect(exported).toMatchObject({ ok: true, value: { fileName: '导出测试.json' } });
    const text = exported.ok ? exported.value.text : '';
    const imported = await service.importJson(text);
    expect(imported).toMatchObject({ ok: true, value: { form: 'batch', imported: 1, batch: { name: '导出测试', accountId: 'acc-1' } } });
    const back = imported.ok ? await service.get(imported.value.batch.id) : undefined;
    if (!back?.ok) throw new Error('import missing');
    expect(back.value.id).not.toBe(made.value.id);
    expect(back.value.drafts[0]?.id).not.toBe(made.value.drafts[0]?.id);
    expect(back.value.drafts[0]?.card).toEqual(body());
    const bodies = await service.exportJson(made.value.id, 'bodies');
    expect(bodies.ok && JSON.parse(bodies.value.text)).toEqual([body()]);
    expect(bodies.ok && bodies.value.fileName).toBe('导出测试.cards.json');
  });

  it('appends into an existing batch', async () => {
    const { service } = draftsIn(await tempDir());
    const made = await service.create({ name: 'A', cards: [body()] });
    if (!made.ok) throw new Error('create failed');
    expect(await service.importJson(JSON.stringify([body('GIFT')]), { intoBatchId: made.value.id })).toMatchObject({
      ok: true,
      value: { batch: { id: made.value.id, draftCount: 2 }, imported: 1 },
    });
  });

  it('reports malformed JSON with line and column', async () => {
    const { service } = draftsIn(await tempDir());
    const text = '{\n  "card": {\n    "card_type": "CASH",,\n  }\n}';
    const read = await service.importJson(text);
    expect(read).toMatchObject({ ok: false, error: { code: 'import_syntax', details: { line: 3, column: 25 } } });
    if (!read.ok) {
      expect(read.error.message['zh-CN']).toMatch(/^第 3 行第 25 列/);
      expect(read.error.message.en).toMatch(/^Line 3, column 25/);
      // Said once: the parser's message already carries the place.
      expect(read.error.message['zh-CN'].match(/第 3 行第 25 列/g)).toHaveLength(1);
      expect(read.error.message.en.match(/Line 3, column 25/g)).toHaveLength(1);
    }
  });

  it.each([
    ['"just a string"', undefined],
    ['[]', undefined],
    ['[{"card":{}}, 5]', 1],
    ['{"schemaVersion": 9, "drafts": []}', undefined],
    ['{"schemaVersion": 1, "drafts": [{"id": 1}]}', undefined],
  ])('refuses %s with a bilingual shape message', async (text, index) => {
    const { service } = draftsIn(await tempDir());
    const read = await service.importJson(text);
    expect(read).toMatchObject({ ok: false, error: { code: 'import_shape' } });
    if (!read.ok && index !== undefined) {
      expect(read.error.details).toEqual({ index });
      expect(read.error.message.en).toMatch(`Item ${index + 1}`);
    }
    expect((await service.list()).batches).toEqual([]);
  });
});

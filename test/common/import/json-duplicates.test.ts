import { describe, expect, it } from 'vitest';
import { parseJsonChecked } from '../../../common/import/json-locate';
import { validateCoupon } from '../../../common/validate';
import { readImport } from '../../../main/drafts/import-json';

describe('duplicate JSON keys are warned with both positions (JSON.parse keeps the last silently)', () => {
  it('names the key, its path and both line/column positions, and keeps JSON.parse\'s value', () => {
    const text = '[{"card": {"card_type": "GIFT",\n  "gift": {"base_info": {"title": "a",\r\n "title": "b"}}}}, {"card": {"card_type": "CASH", "card_type": "GIFT"}}]';
    const parsed = parseJsonChecked(text);
    if (!parsed.ok) throw new Error(parsed.error.message.en);
    expect(parsed.value.value).toEqual(JSON.parse(text));
    expect(parsed.value.duplicates.map(({ path, key, first, second }) => ({ path, key, first, second }))).toEqual([
      { path: '[0].card.gift.base_info.title', key: 'title', first: { line: 2, column: 26, offset: text.indexOf('"title"') }, second: { line: 3, column: 2, offset: text.lastIndexOf('"title"') } },
      { path: '[1].card.card_type', key: 'card_type', first: { line: 3, column: 30, offset: text.indexOf('"card_type": "CASH"') }, second: { line: 3, column: 51, offset: text.lastIndexOf('"card_type"') } },
    ]);
    const message = parsed.value.duplicates[0]?.message;
    expect(message?.['zh-CN']).toContain('第 2 行第 26 列和第 3 行第 2 列');
    expect(message?.en).toContain('line 2, column 26 and line 3, column 2. JSON keeps only the later value');
  });

  it('keys repeated in different objects, and "__proto__" once, are not duplicates', () => {
    const parsed = parseJsonChecked('{"a": {"x": 1}, "b": {"x": 2}, "c": [{"x": 1}, {"x": 2}], "__proto__": 1}');
    expect(parsed.ok && parsed.value.duplicates).toEqual([]);
  });

  it('the validator warns duplicate_key on a body given as text, at the key\'s path', () => {
    const body = '{"card": {"card_type": "GIFT", "gift": {"gift": "a", "gift": "b"}}}';
    const found = validateCoupon(body, { nowMs: 0 }).filter((f) => f.code === 'duplicate_key');
    expect(found.map((f) => [f.path, f.severity])).toEqual([['card.gift.gift', 'warning']]);
  });

  it('an import carries them, so the app can show them (drafts:importJson duplicateKeys)', () => {
    const read = readImport('{"card": {"card_type": "GIFT", "card_type": "CASH", "cash": {}}}');
    expect(read.ok && read.value.duplicates.map((d) => d.path)).toEqual(['card.card_type']);
  });
});

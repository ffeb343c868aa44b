import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBatchJson } from '../../renderer/src/lib/batch-json';
import { getAt, setAt } from '../../renderer/src/lib/card-path';
import { draftType } from '../../renderer/src/lib/draft-model';
import { useBuilderStore } from '../../renderer/src/stores/builder-store';
import { resetAll } from './support/harness';

beforeEach(resetAll);
afterEach(resetAll);

const store = () => useBuilderStore.getState();

describe('the batch in the builder store', () => {
  it('a new draft starts blank and keeps the brand, logo, colour and stores of the current one', () => {
    store().addDraft('CASH');
    store().setField('card.cash.base_info.brand_name', '阿花面馆');
    store().setField('card.cash.base_info.color', 'Color102');
    store().setField('card.cash.base_info.use_all_locations', undefined);
    store().setField('card.cash.base_info.location_id_list', [101, 202]);
    store().addDraft('GROUPON');
    const groupon = store().batch.drafts[1];
    expect(groupon && draftType(groupon)).toBe('GROUPON');
    expect(getAt(groupon?.card, 'card.groupon.base_info.brand_name')).toBe('阿花面馆');
    expect(getAt(groupon?.card, 'card.groupon.base_info.color')).toBe('Color102');
    expect(getAt(groupon?.card, 'card.groupon.base_info.location_id_list')).toEqual([101, 202]);
    expect(getAt(groupon?.card, 'card.groupon.base_info.use_all_locations')).toBeUndefined();
    expect(getAt(groupon?.card, 'card.groupon.deal_detail')).toBeUndefined();
    expect(store().selectedId).toBe(groupon?.id);
  });

  it('delete offers undo, and undo puts the draft back where it was', () => {
    store().addDraft('CASH');
    store().addDraft('GIFT');
    store().addDraft('DISCOUNT');
    const [, middle] = store().batch.drafts;
    store().deleteDraft(middle?.id ?? '');
    expect(store().batch.drafts.map((d) => d.id)).not.toContain(middle?.id);
    expect(store().undo).toMatchObject({ kind: 'draft', index: 1 });
    store().undoLast();
    expect(store().batch.drafts[1]?.id).toBe(middle?.id);
    expect(store().undo).toBeNull();
  });

  it('duplicate inserts a copy with a new id right after the original', () => {
    store().addDraft('CASH');
    const original = store().batch.drafts[0];
    store().duplicateDraft(original?.id ?? '');
    const [first, copy] = store().batch.drafts;
    expect(copy?.id).not.toBe(first?.id);
    expect(copy?.card).toEqual(first?.card);
  });

  it('a new batch can be undone', () => {
    store().addDraft('CASH');
    const before = store().batch;
    store().newBatch();
    expect(store().batch.drafts).toHaveLength(0);
    store().undoLast();
    expect(store().batch).toBe(before);
  });

  it('an exported batch imports back as the same coupons with new ids', () => {
    store().addDraft('CASH');
    store().addDraft('GENERAL_COUPON');
    const exported = exportBatchJson(store().batch);
    const cards = store().batch.drafts.map((d) => d.card);
    store().newBatch();
    store().importJson(exported);
    expect(store().batch.drafts.map((d) => d.card)).toEqual(cards);
    expect(store().notice?.tone).toBe('info');
  });

  it('a card/create body imports as one draft; broken JSON gives a notice with line and column', () => {
    store().importJson('{"card": {"card_type": "GIFT", "gift": {"gift": "一杯拿铁"}}}');
    expect(store().batch.drafts).toHaveLength(1);
    store().importJson('{"card": {\n  "card_type": "GIFT",,\n}}');
    expect(store().notice?.tone).toBe('error');
    expect(store().notice?.detail?.['zh-CN']).toMatch(/第 2 行/);
    expect(store().batch.drafts).toHaveLength(1);
  });

  it('emptied advanced blocks disappear instead of staying as {} (an empty abstract is an error)', () => {
    store().addDraft('GENERAL_COUPON');
    store().fillExample();
    store().setField('card.general_coupon.advanced_info.abstract.abstract', undefined);
    store().setField('card.general_coupon.advanced_info.abstract.icon_url_list[0]', undefined);
    const advanced = getAt(store().batch.drafts[0]?.card, 'card.general_coupon.advanced_info') as Record<string, unknown>;
    expect('abstract' in advanced).toBe(false);
  });
});

describe('card paths', () => {
  it('set creates what is missing and leaves the original untouched', () => {
    const before = { card: { cash: { base_info: { title: 'a' } } } };
    const after = setAt(before, 'card.cash.advanced_info.text_image_list[0].text', '图文');
    expect(getAt(after, 'card.cash.advanced_info.text_image_list[0].text')).toBe('图文');
    expect(before).toEqual({ card: { cash: { base_info: { title: 'a' } } } });
    expect(after.card.cash.base_info).toBe(before.card.cash.base_info);
  });

  it('undefined removes an array item by splicing', () => {
    const after = setAt({ list: ['a', 'b', 'c'] }, 'list[1]', undefined);
    expect(after).toEqual({ list: ['a', 'c'] });
  });
});

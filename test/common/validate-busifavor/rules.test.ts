// Every row of common/validate-busifavor/RULES.md has a case here, and every case gives its finding.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STOCK_FINDING_CODES, type StockFindingCode, type StockValidateContext } from '../../../common/validate-busifavor';
import { localized } from '../../../common/i18n';
import { err, ok } from '../../../common/result';
import { parseCouponCodes } from '../../../common/busifavor/coupon-codes';
import { parseStocksFile } from '../../../common/busifavor/stocks-file/parse';
import type { ImageReader } from '../../../common/busifavor/stocks-file/convert';
import { NOW_MS, findings, stock, stockInput, type Loose } from './fixtures';

function fileFindings(file: unknown) {
  const parsed = parseStocksFile(file, { nowMs: NOW_MS, outRequestNo: (i) => `1900000109X${i}`, images: readImage });
  return [...parsed.findings, ...parsed.stocks.flatMap((s) => s.findings)];
}

const T = 'coupon_use_rule.coupon_available_time';
const W = `${T}.available_week`;

interface Case {
  body: () => unknown;
  path: string;
  ctx?: Partial<StockValidateContext>;
  /** The body is a stocks file, read by parseStocksFile. */
  file?: boolean;
  /** The body is a codes file, read by parseCouponCodes (against a stock of `maxCoupons`). */
  codes?: { maxCoupons?: number };
}

const asFile = (stock: unknown) => ({ stocks: [stock] });
const inFile = (edit: (s: Loose) => void) => () => asFile(stockInput(edit));
const readImage: ImageReader = (file) => (file === 'big.png' ? err(localized('图片超过 1 MB', 'The image is over 1 MB')) : ok('c'.repeat(64)));

const throwing = (): unknown => {
  const body = stock('NORMAL');
  Object.defineProperty(body, 'stock_name', { enumerable: true, get: () => { throw new Error('boom'); } });
  return body;
};

/** One case per finding code: typed as a Record, so a new code without a case does not compile. */
const CASES: Record<StockFindingCode, Case> = {
  json_invalid: { body: () => '{"stock_name": "x",}', path: '' },
  body_not_object: { body: () => [1], path: '' },
  unreadable: { body: throwing, path: '' },
  wrong_type: { body: () => stock('NORMAL', (b) => (b.coupon_use_rule.fixed_normal_coupon.discount_amount = 20.5)), path: 'coupon_use_rule.fixed_normal_coupon.discount_amount' },
  unknown_key: { body: () => stock('NORMAL', (b) => (b.stock_send_rule.max_coupon = 1)), path: 'stock_send_rule.max_coupon' },
  required: { body: () => stock('NORMAL', (b) => (b.goods_name = '')), path: 'goods_name' },
  null_ignored: { body: () => stock('NORMAL', (b) => (b.comment = null)), path: 'comment' },
  unopened_field: { body: () => stock('NORMAL', (b) => (b.subsidy = true)), path: 'subsidy' },
  too_long: { body: () => stock('NORMAL', (b) => (b.custom_entrance.mini_programs_info = { mini_programs_appid: 'wx1234567890abcdef', mini_programs_path: '/p', entrance_words: '立即去领取券' })), path: 'custom_entrance.mini_programs_info.entrance_words' },
  enum_invalid: { body: () => stock('NORMAL', (b) => (b.display_pattern_info.background_color = '#63b359')), path: 'display_pattern_info.background_color' },
  out_of_range: { body: () => stock('NORMAL', (b) => (b.coupon_use_rule.fixed_normal_coupon.discount_amount = 0)), path: 'coupon_use_rule.fixed_normal_coupon.discount_amount' },
  merchant_name_cut: { body: () => stock('NORMAL', (b) => (b.display_pattern_info.merchant_name = '好味咖啡好味咖啡好味咖啡好')), path: 'display_pattern_info.merchant_name' },
  rule_missing: { body: () => stock('DISCOUNT', (b) => delete b.coupon_use_rule.discount_coupon), path: 'coupon_use_rule.discount_coupon' },
  rule_extra: { body: () => stock('EXCHANGE', (b) => (b.coupon_use_rule.discount_coupon = {})), path: 'coupon_use_rule.discount_coupon' },
  amount_over_minimum: { body: () => stock('NORMAL', (b) => (b.coupon_use_rule.fixed_normal_coupon.transaction_minimum = 1000)), path: 'coupon_use_rule.fixed_normal_coupon.discount_amount' },
  time_invalid: { body: () => stock('NORMAL', (b) => (b.coupon_use_rule.coupon_available_time.available_begin_time = '2026-02-30T00:00:00+08:00')), path: `${T}.available_begin_time` },
  time_no_zone: { body: () => stock('NORMAL', (b) => (b.coupon_use_rule.coupon_available_time.available_begin_time = '2026-05-02T00:00:00')), path: `${T}.available_begin_time` },
  begin_not_before_end: { body: () => stock('NORMAL', (b) => (b.coupon_use_rule.coupon_available_time.available_begin_time = b.coupon_use_rule.coupon_available_time.available_end_time)), path: `${T}.available_begin_time` },
  validity_over_year: { body: () => stock('NORMAL', (b) => (b.coupon_use_rule.coupon_available_time.available_end_time = '2027-05-02T00:00:01+08:00')), path: `${T}.available_end_time` },
  end_in_past: { body: () => stock('NORMAL', (b) => Object.assign(b.coupon_use_rule.coupon_available_time, { available_begin_time: '2026-04-01T00:00:00+08:00', available_end_time: '2026-05-01T12:00:00+08:00' })), path: `${T}.available_end_time` },
  wait_days_alone: { body: () => stock('NORMAL', (b) => (b.coupon_use_rule.coupon_available_time.wait_days_after_receive = 3)), path: `${T}.wait_days_after_receive` },
  irregular_outside: { body: () => stock('NORMAL', (b) => (b.coupon_use_rule.coupon_available_time.irregulary_avaliable_time = [{ begin_time: '2026-04-01T00:00:00+08:00', end_time: '2026-05-10T00:00:00+08:00' }])), path: `${T}.irregulary_avaliable_time[0]` },
  day_time_not_list: { body: () => stock('NORMAL', (b) => (b.coupon_use_rule.coupon_available_time.available_week.available_day_time = { begin_time: 1, end_time: 2 })), path: `${W}.available_day_time` },
  day_time_too_many: { body: () => stock('NORMAL', (b) => (b.coupon_use_rule.coupon_available_time.available_week.available_day_time = [{ begin_time: 1, end_time: 2 }, { begin_time: 3, end_time: 4 }, { begin_time: 5, end_time: 6 }])), path: `${W}.available_day_time` },
  day_time_needs_week_day: { body: () => stock('NORMAL', (b) => (b.coupon_use_rule.coupon_available_time.available_week.week_day = [])), path: `${W}.week_day` },
  day_time_order: { body: () => stock('NORMAL', (b) => (b.coupon_use_rule.coupon_available_time.available_week.available_day_time = [{ begin_time: 50_400, end_time: 39_600 }])), path: `${W}.available_day_time[0].begin_time` },
  week_day_duplicate: { body: () => stock('NORMAL', (b) => (b.coupon_use_rule.coupon_available_time.available_week.week_day = [1, 2, 1])), path: `${W}.week_day[2]` },
  self_consume_unsupported: { body: () => stock('NORMAL', (b) => (b.coupon_use_rule.use_method = 'SELF_CONSUME')), path: 'coupon_use_rule.use_method' },
  mini_program_missing: { body: () => stock('NORMAL', (b) => Object.assign(b.coupon_use_rule, { use_method: 'MINI_PROGRAMS', mini_programs_appid: 'wx1234567890abcdef' })), path: 'coupon_use_rule.mini_programs_path' },
  mini_program_unused: { body: () => stock('NORMAL', (b) => (b.coupon_use_rule.mini_programs_path = '/pages/x')), path: 'coupon_use_rule.mini_programs_path' },
  per_user_over_total: { body: () => stock('NORMAL', (b) => Object.assign(b.stock_send_rule, { max_coupons: 5, max_coupons_per_user: 10 })), path: 'stock_send_rule.max_coupons_per_user' },
  image_url_invalid: { body: () => stock('NORMAL', (b) => (b.display_pattern_info.coupon_image_url = 'coupon.png')), path: 'display_pattern_info.coupon_image_url' },
  image_host: { body: () => stock('NORMAL', (b) => (b.display_pattern_info.merchant_logo_url = 'https://mmbiz.qpic.cn/mmbiz/abc/0')), path: 'display_pattern_info.merchant_logo_url' },
  image_not_uploaded: { body: () => stock('NORMAL', (b) => (b.display_pattern_info.merchant_logo_url = `local-image:${'a'.repeat(64)}`)), path: 'display_pattern_info.merchant_logo_url' },
  belong_merchant_other: { body: () => stock('NORMAL'), path: 'belong_merchant', ctx: { mchid: '1900000110' } },
  file_not_object: { body: () => 42, path: '', file: true },
  file_no_stocks: { body: () => ({ stocks: [] }), path: 'stocks', file: true },
  input_amount: { body: inFile((s) => (s.coupon_use_rule.fixed_normal_coupon.discount_amount_yuan = '20.001')), path: 'stocks[0].coupon_use_rule.fixed_normal_coupon.discount_amount_yuan', file: true },
  input_discount: { body: () => asFile(stockInput((s) => (s.coupon_use_rule.discount_coupon.discount_zhe = 10), 'DISCOUNT')), path: 'stocks[0].coupon_use_rule.discount_coupon.discount_zhe', file: true },
  input_time: { body: inFile((s) => (s.coupon_use_rule.coupon_available_time.available_end_time = '2026/06/01')), path: 'stocks[0].coupon_use_rule.coupon_available_time.available_end_time', file: true },
  input_day_time: { body: inFile((s) => (s.coupon_use_rule.coupon_available_time.available_week.available_day_time[0].end_time = '14点')), path: 'stocks[0].coupon_use_rule.coupon_available_time.available_week.available_day_time[0].end_time', file: true },
  input_image: { body: inFile((s) => (s.display_pattern_info.merchant_logo_url = 'big.png')), path: 'stocks[0].display_pattern_info.merchant_logo_url', file: true },
  codes_empty: { body: () => '\n  \n', path: 'codes', codes: {} },
  code_too_long: { body: () => `A1\n${'9'.repeat(33)}`, path: 'codes[1]', codes: {} },
  code_charset: { body: () => 'A1\nB2\nC3#', path: 'codes[2]', codes: {} },
  code_duplicate: { body: () => 'A1\nB2\nA1', path: 'codes[2]', codes: {} },
  code_edge_space: { body: () => 'A1 ', path: 'codes[0]', codes: {} },
  codes_over_stock: { body: () => 'A1\nB2\nC3', path: 'codes', codes: { maxCoupons: 2 } },
};

function tableCodes(): string[] {
  const text = readFileSync(new URL('../../../common/validate-busifavor/RULES.md', import.meta.url), 'utf8');
  return [...text.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1] as string);
}

describe('RULES.md', () => {
  it('has one row per finding code, and every row has a case here', () => {
    const rows = tableCodes();
    expect(new Set(rows).size).toBe(rows.length);
    expect([...rows].sort()).toEqual(Object.keys(STOCK_FINDING_CODES).sort());
    expect(Object.keys(CASES).sort()).toEqual([...rows].sort());
  });

  it('the examples pass without any finding', () => {
    for (const type of ['NORMAL', 'DISCOUNT', 'EXCHANGE'] as const) expect(findings(stock(type))).toEqual([]);
  });
});

describe('each rule', () => {
  for (const [code, c] of Object.entries(CASES) as [StockFindingCode, Case][]) {
    it(`${code}: gives exactly that finding, at its path, with the table's severity and code`, () => {
      const found = c.codes ? parseCouponCodes(c.body() as string, c.codes).findings : c.file ? fileFindings(c.body()) : findings(c.body(), c.ctx);
      expect(found.map((f) => [f.path, f.code])).toEqual([[c.path, code]]);
      const spec: { severity: string; errcode?: string } = STOCK_FINDING_CODES[code];
      expect(found[0]).toMatchObject({ severity: spec.severity });
      expect(found[0]?.errcode).toBe(spec.errcode);
      expect(found[0]?.message['zh-CN']).toMatch(/[\u4e00-\u9fa5]/);
      expect(found[0]?.message.en).toMatch(/[A-Za-z]{3,}.*[A-Za-z]{3,}/);
    });
  }
  it('uses the injected clock', () => {
    expect(findings(stock('NORMAL'), { nowMs: NOW_MS + 400 * 86_400_000 }).map((f) => f.code)).toEqual(['end_in_past']);
  });
});

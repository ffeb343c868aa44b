import { describe, expect, it } from 'vitest';
import { ok } from '../../../common/result';
import { parseStocksFile, type StocksFileOptions } from '../../../common/busifavor/stocks-file/parse';
import { stockCreateBodySchema } from '../../../common/busifavor/schema';
import { NOW_MS, stockInput, type Loose } from '../validate-busifavor/fixtures';

const options: StocksFileOptions = { nowMs: NOW_MS, outRequestNo: (i) => `1900000109-req-${i}` };

describe('stocks file → create-stock bodies', () => {
  it('turns 元, 折 and China times into 分, percent paid and RFC 3339 +08:00, exactly', () => {
    const file = {
      stocks: [
        stockInput((s) => (s.coupon_use_rule.fixed_normal_coupon = { discount_amount_yuan: 19.99, transaction_minimum_yuan: '¥1,000.10' })),
        stockInput(() => {}, 'DISCOUNT'),
        stockInput((s) => (s.coupon_use_rule.discount_coupon.discount_zhe = 88), 'DISCOUNT'),
        stockInput((s) => (s.coupon_use_rule.discount_coupon.discount_zhe = 8.8), 'DISCOUNT'),
        stockInput(() => {}, 'EXCHANGE'),
      ],
    };
    const parsed = parseStocksFile(file, options);
    expect(parsed.findings).toEqual([]);
    expect(parsed.stocks.map((s) => s.findings)).toEqual([[], [], [], [], []]);
    const [normal, discount, bare88, point88, exchange] = parsed.stocks.map((s) => s.body as Loose);
    expect(normal?.coupon_use_rule.fixed_normal_coupon).toEqual({ discount_amount: 1999, transaction_minimum: 100010 });
    for (const d of [discount, bare88, point88]) expect(d?.coupon_use_rule.discount_coupon).toEqual({ discount_percent: 88, transaction_minimum: 1 });
    expect(exchange?.coupon_use_rule.exchange_coupon).toEqual({ exchange_price: 990, transaction_minimum: 3000 });
    expect(normal?.coupon_use_rule.coupon_available_time).toMatchObject({
      available_begin_time: '2026-05-02T00:00:00+08:00',
      available_end_time: '2026-06-01T23:59:59+08:00',
      available_week: { available_day_time: [{ begin_time: 39_600, end_time: 50_400 }] },
    });
    expect(normal).toMatchObject({ coupon_code_mode: 'WECHATPAY_MODE', out_request_no: '1900000109-req-0', display_pattern_info: { background_color: 'Color020' } });
    for (const s of parsed.stocks) expect(stockCreateBodySchema.safeParse(s.body).success).toBe(true);
  });

  it('merges defaults and points a finding at the line the merchant wrote', () => {
    const parsed = parseStocksFile(
      {
        belong_merchant: '1900000109',
        defaults: { stock_send_rule: { max_coupons: 1000, max_coupons_per_user: 101 } },
        stocks: [stockInput((s) => { delete s.stock_send_rule; delete s.belong_merchant; }), stockInput((s) => (s.coupon_use_rule.fixed_normal_coupon.discount_amount_yuan = 100_001))],
      },
      options,
    );
    expect(parsed.stocks[0]?.findings.map((f) => [f.path, f.code])).toEqual([['defaults.stock_send_rule.max_coupons_per_user', 'out_of_range']]);
    const over = (parsed.stocks[1]?.findings ?? []).filter((f) => f.severity === 'error');
    expect(over.map((f) => [f.path, f.code])).toEqual([['stocks[1].coupon_use_rule.fixed_normal_coupon.discount_amount_yuan', 'out_of_range']]);
    expect(over[0]?.message['zh-CN']).toContain('0.01 元 到 100000 元');
  });

  it("refuses the API's 分 key in a file, never reading it as 元", () => {
    const parsed = parseStocksFile([stockInput((s) => (s.coupon_use_rule.fixed_normal_coupon = { discount_amount: 2000, transaction_minimum_yuan: 100 }))], options);
    const found = parsed.stocks[0]?.findings ?? [];
    expect(found.map((f) => [f.path, f.code])).toEqual([['[0].coupon_use_rule.fixed_normal_coupon.discount_amount', 'input_amount']]);
    expect(found[0]?.message.en).toContain('discount_amount_yuan');
  });

  it('marks a local image for upload at run time', () => {
    const hash = 'd'.repeat(64);
    const parsed = parseStocksFile([stockInput((s) => (s.display_pattern_info.coupon_image_url = 'pics/coupon.png'))], { ...options, images: () => ok(hash) });
    const [s] = parsed.stocks;
    expect(s?.findings).toEqual([]);
    expect((s?.body.display_pattern_info as Record<string, unknown>).coupon_image_url).toBe(`local-image:${hash}`);
    expect(s?.images).toEqual([{ path: '[0].display_pattern_info.coupon_image_url', file: 'pics/coupon.png', hash }]);
    const unread = parseStocksFile([stockInput((s2) => (s2.display_pattern_info.coupon_image_url = 'pics/coupon.png'))], options);
    expect(unread.stocks[0]?.findings.map((f) => f.code)).toEqual(['image_url_invalid']);
  });

  it('reports a broken file once, with the line and column', () => {
    const parsed = parseStocksFile('{"stocks": [\n  {"stock_name": "x",}\n]}', options);
    expect(parsed.findings.map((f) => f.code)).toEqual(['json_invalid']);
    expect(parsed.findings[0]?.message['zh-CN']).toContain('第 2 行');
  });
});

import { exampleStock } from '../common/busifavor/examples';
import type { StockType } from '../common/busifavor/enums';
import { parseStocksFile } from '../common/busifavor/stocks-file/parse';
import { validateStock } from '../common/validate-busifavor';
import type { Bench } from './index';
import { median, time } from './measure';

/**
 * The 商家券 validator on 10,000 stocks against JSON.parse of the same text, in the same run:
 * validateStock on API bodies, and the whole stocks-file path (JSON.parse → 元/折/China time →
 * bodies → findings at file paths). Prints µs per stock (median of several rounds) and the ratios.
 */
const COUNT = 10_000;
const WARMUP_ROUNDS = 3;
const ROUNDS = 9;
const NOW_MS = Date.UTC(2026, 4, 1, 4, 0, 0);
const TYPES: readonly StockType[] = ['NORMAL', 'DISCOUNT', 'EXCHANGE'];

/** Stocks as a merchant writes them, varied by a fixed LCG so every run measures the same file. */
function stocksFile(): string {
  let seed = 20260501;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const stocks = Array.from({ length: COUNT }, (_, i) => {
    const type = TYPES[i % 3] as StockType;
    const rule =
      type === 'NORMAL'
        ? { fixed_normal_coupon: { discount_amount_yuan: 1 + next(50), transaction_minimum_yuan: `${100 + next(900)}.50` } }
        : type === 'DISCOUNT'
          ? { discount_coupon: { discount_zhe: `${5 + next(5)}.${next(10)}`, transaction_minimum_yuan: 10 } }
          : { exchange_coupon: { exchange_price_yuan: `${next(20)}.9`, transaction_minimum_yuan: 30 } };
    return {
      stock_name: `春季活动第${i}批`,
      goods_name: '全场通用',
      stock_type: type,
      comment: `门店 ${next(500)}`,
      coupon_use_rule: {
        use_method: 'OFF_LINE',
        coupon_available_time: {
          available_begin_time: `2026-05-${String(2 + next(20)).padStart(2, '0')}`,
          available_end_time: '2026-07-31',
          available_week: { week_day: [1, 2, 3, 4, 5], available_day_time: [{ begin_time: '11:00', end_time: '14:00' }] },
        },
        ...rule,
      },
      stock_send_rule: { max_coupons: 1000 + next(100000), max_coupons_per_user: 1 + next(5) },
      display_pattern_info: { merchant_logo_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/abc/0', background_color: `Color0${1 + next(9)}0`, description: '每单限用一张' },
    };
  });
  return JSON.stringify({ belong_merchant: '1900000109', stocks });
}

export const bench: Bench = {
  name: `busifavor validator: validateStock and the stocks file vs JSON.parse on ${COUNT.toLocaleString('en')} stocks`,
  run() {
    const text = stocksFile();
    const bodies = Array.from({ length: COUNT }, (_, i) => exampleStock(TYPES[i % 3] as StockType, NOW_MS));
    const bodyTexts = bodies.map((b) => JSON.stringify(b));
    const options = { nowMs: NOW_MS, outRequestNo: (i: number) => `1900000109${i}` };
    const parseMs: number[] = [];
    const fileMs: number[] = [];
    const bodyParseMs: number[] = [];
    const validateMs: number[] = [];
    let fileErrors = 0;
    let bodyErrors = 0;
    for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
      let data: unknown;
      const p = time(() => {
        data = JSON.parse(text) as unknown;
      });
      const f = time(() => {
        const parsed = parseStocksFile(JSON.parse(text) as unknown, options);
        fileErrors = parsed.stocks.reduce((n, s) => n + s.findings.filter((x) => x.severity === 'error').length, 0);
      });
      let parsedBodies: unknown[] = [];
      const bp = time(() => {
        parsedBodies = bodyTexts.map((t) => JSON.parse(t) as unknown);
      });
      const v = time(() => {
        bodyErrors = 0;
        for (const body of parsedBodies) for (const x of validateStock(body, { nowMs: NOW_MS })) if (x.severity === 'error') bodyErrors++;
      });
      if (data === undefined) throw new Error('JSON.parse gave nothing');
      if (round >= WARMUP_ROUNDS) {
        parseMs.push(p);
        fileMs.push(f);
        bodyParseMs.push(bp);
        validateMs.push(v);
      }
    }
    const per = (ms: number[]) => (median(ms) * 1000) / COUNT;
    console.log(`stocks: ${COUNT} (three types), stocks file ${(text.length / 1024 / 1024).toFixed(1)} MB; errors found: file ${fileErrors}, bodies ${bodyErrors} (expected 0)`);
    console.log(`JSON.parse (body)      ${per(bodyParseMs).toFixed(2)} µs/stock (median of ${ROUNDS} rounds after ${WARMUP_ROUNDS} warm-up)`);
    console.log(`validateStock          ${per(validateMs).toFixed(2)} µs/stock`);
    console.log(`ratio validateStock / JSON.parse = ${(per(validateMs) / per(bodyParseMs)).toFixed(2)}`);
    console.log(`JSON.parse (file)      ${per(parseMs).toFixed(2)} µs/stock`);
    console.log(`stocks file, parsed    ${per(fileMs).toFixed(2)} µs/stock (JSON.parse, units, bodies, findings)`);
    console.log(`ratio stocks file / JSON.parse = ${(per(fileMs) / per(parseMs)).toFixed(2)}`);
  },
};

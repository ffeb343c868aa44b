// Stocks files for the CLI tests: the demo merchant's, valid whenever the tests run.
import { addChinaDays, chinaToday } from '../../common/units/china-time';
import { DEMO_MERCHANT } from '../../main/sandbox';
import { stockInput, type Loose } from '../common/validate-busifavor/fixtures';

/** A stock of the demo merchant valid from `from` days on for 30 days, with a local logo. */
export function demoStock(name: string, from = 1, edit: (s: Loose) => void = () => {}): Loose {
  const today = chinaToday(Date.now());
  const day = (n: number) => {
    const d = addChinaDays(today, n);
    return d.ok ? d.value : today;
  };
  return stockInput((s) => {
    s.stock_name = name;
    s.belong_merchant = DEMO_MERCHANT.mchid;
    s.coupon_code_mode = 'MERCHANT_UPLOAD';
    s.display_pattern_info.merchant_logo_url = 'logo.png';
    s.display_pattern_info.background_color = 'Color020';
    delete s.coupon_use_rule.coupon_available_time.available_week;
    Object.assign(s.coupon_use_rule.coupon_available_time, { available_begin_time: day(from), available_end_time: day(from + 30) });
    edit(s);
  });
}


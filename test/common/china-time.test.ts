import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addChinaDays,
  chinaDateTimeToUnix,
  chinaToday,
  endOfChinaDay,
  formatChinaDateTime,
  isEndOfChinaDay,
  startOfChinaDay,
  unixToChinaParts,
} from '../../common/units/china-time';
import { propertySeed } from '../support/seed';

describe('China Standard Time conversions ignore the machine time zone', () => {
  it('maps a China date to the right Unix seconds', () => {
    // 2026-12-31 00:00:00 +08:00 = 2026-12-30T16:00:00Z
    expect(startOfChinaDay('2026-12-31')).toEqual({ ok: true, value: Date.UTC(2026, 11, 30, 16) / 1000 });
    expect(endOfChinaDay('2026-12-31')).toEqual({ ok: true, value: Date.UTC(2026, 11, 31, 15, 59, 59) / 1000 });
  });

  it('reads the guide example back in China time', () => {
    expect(formatChinaDateTime(1397577600)).toBe('2014-04-16 00:00:00');
  });

  it('refuses impossible dates and times with a bilingual message', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '26-1-1', '2026/01/01', '']) {
      const r = startOfChinaDay(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error['zh-CN']).toContain('YYYY-MM-DD');
    }
    expect(chinaDateTimeToUnix('2026-01-01', '24:00').ok).toBe(false);
    expect(chinaDateTimeToUnix('2026-01-01', '12:60').ok).toBe(false);
    expect(chinaDateTimeToUnix('2028-02-29').ok).toBe(true);
  });

  it('knows 23:59:59 China time', () => {
    const end = endOfChinaDay('2027-06-01');
    expect(end.ok && isEndOfChinaDay(end.value)).toBe(true);
    expect(end.ok && isEndOfChinaDay(end.value + 1)).toBe(false);
  });

  it('gives the China date even when UTC is still on the previous day', () => {
    // 2026-05-01T17:30:00Z is 2026-05-02 01:30 in Beijing.
    expect(chinaToday(Date.UTC(2026, 4, 1, 17, 30))).toBe('2026-05-02');
    expect(unixToChinaParts(Date.UTC(2026, 4, 1, 17, 30) / 1000).weekday).toBe(6);
    expect(addChinaDays('2026-12-31', 1)).toEqual({ ok: true, value: '2027-01-01' });
  });

  it('round-trips every second between 2000 and 2038', () => {
    const seed = propertySeed('china time round trip');
    fc.assert(
      fc.property(fc.integer({ min: 946_684_800, max: 2_147_483_647 }), (s) => {
        const { date, time } = unixToChinaParts(s);
        const back = chinaDateTimeToUnix(date, time);
        return back.ok && back.value === s;
      }),
      { seed, numRuns: 3000 },
    );
  });
});

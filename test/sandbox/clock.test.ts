import { describe, expect, it } from 'vitest';
import { createVirtualClock } from '../../main/sandbox/clock';
import { chinaDayKey, chinaEndOfDaySeconds, chinaMonthKey } from '../../main/sandbox/china-time';

describe('virtual clock', () => {
  it('follows real time from its start, freezes, moves and follows again', () => {
    let real = 1_000;
    const clock = createVirtualClock({ startAt: 50_000, realNow: () => real });
    real += 10;
    expect(clock.now()).toBe(50_010);
    clock.freeze();
    real += 1_000;
    expect(clock.now()).toBe(50_010);
    clock.advance(5_000);
    expect(clock.now()).toBe(55_010);
    clock.set(70_000);
    expect(clock.now()).toBe(70_000);
    clock.follow();
    real += 7;
    expect(clock.now()).toBe(70_007);
    expect(clock.frozen).toBe(false);
  });

  it('advances while following real time too', () => {
    let real = 0;
    const clock = createVirtualClock({ realNow: () => real });
    clock.advance(60_000);
    real += 1;
    expect(clock.now()).toBe(60_001);
  });
});

describe('China time keys', () => {
  it('changes the day at midnight China time (16:00 UTC), not at UTC midnight', () => {
    const beforeMidnight = Date.UTC(2026, 0, 15, 15, 59, 59);
    expect(chinaDayKey(beforeMidnight + 1000)).toBe(chinaDayKey(beforeMidnight) + 1);
    expect(chinaDayKey(Date.UTC(2026, 0, 15, 23, 59))).toBe(chinaDayKey(Date.UTC(2026, 0, 16, 0, 1)));
  });

  it('changes the month at the first midnight of the China month', () => {
    expect(chinaMonthKey(Date.UTC(2026, 0, 31, 16, 0, 0))).toBe(chinaMonthKey(Date.UTC(2026, 0, 31, 15, 59, 59)) + 1);
  });

  it('gives 23:59:59 China time', () => {
    const end = chinaEndOfDaySeconds(Date.UTC(2026, 0, 15, 4), 0);
    expect(new Date((end + 8 * 3600) * 1000).toISOString()).toBe('2026-01-15T23:59:59.000Z');
  });
});

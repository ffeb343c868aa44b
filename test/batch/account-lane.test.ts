import { describe, expect, it } from 'vitest';
import { AccountLane, KeyedMutex } from '../../main/batch/account-lane';

describe('account lane', () => {
  it('never lets more than the limit through, halves on 45011 and regains one slot per streak of successes', async () => {
    const changes: number[] = [];
    const lane = new AccountLane(4, 2, (n) => changes.push(n));
    const slots = await Promise.all([lane.acquire(), lane.acquire(), lane.acquire(), lane.acquire()]);
    let fifth = false;
    const waiting = lane.acquire().then((release) => {
      fifth = true;
      return release;
    });
    await Promise.resolve();
    expect(fifth).toBe(false);
    lane.slowDown();
    lane.slowDown();
    expect(lane.current).toBe(1);
    for (const release of slots.slice(0, 3)) release();
    await Promise.resolve();
    expect(fifth).toBe(false);
    slots[3]?.();
    (await waiting)();
    lane.succeeded();
    lane.succeeded();
    expect(lane.current).toBe(2);
    lane.slowDown();
    lane.slowDown();
    expect(lane.current).toBe(1);
    expect(changes).toEqual([2, 1, 2, 1]);
  });

  it('holds one key at a time and lets other keys through', async () => {
    const mutex = new KeyedMutex();
    const order: string[] = [];
    const first = await mutex.lock('a');
    const second = mutex.lock('a').then((release) => {
      order.push('a2');
      release();
    });
    const other = mutex.lock('b').then((release) => {
      order.push('b');
      release();
    });
    await other;
    expect(order).toEqual(['b']);
    first();
    await second;
    expect(order).toEqual(['b', 'a2']);
  });
});

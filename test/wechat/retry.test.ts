import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_ACCOUNT, type SandboxHandle } from '../../main/sandbox';
import { closedPort, couponBody, demoDump, failure, sandboxClient, startFrozen, T0, value } from './support';

let sandbox: SandboxHandle;
afterEach(() => sandbox?.stop());

const count = (path: string) => sandbox.dump().endpointCounts[path] ?? 0;
const cards = () => demoDump(sandbox).cards.length;

describe('repeatable calls are retried with full-jitter backoff', () => {
  it('-1 on a read is retried and succeeds', async () => {
    sandbox = await startFrozen();
    const { client, sleeps } = sandboxClient(sandbox);
    sandbox.scriptFaults('/card/batchget', [{ kind: 'errcode', errcode: -1 }]);
    expect(value(await client.batchGetCards({ count: 10 }))).toEqual({ cardIds: [], totalNum: 0 });
    expect(count('/card/batchget')).toBe(2);
    expect(sleeps).toEqual([250]);
  });

  it('-1 three times: the read gives up with the -1 failure', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox);
    sandbox.scriptFaults('/card/batchget', Array.from({ length: 3 }, () => ({ kind: 'errcode' as const, errcode: -1 })));
    expect(failure(await client.batchGetCards({ count: 10 }))).toMatchObject({ kind: 'weixin', errcode: -1, action: 'retry' });
    expect(count('/card/batchget')).toBe(3);
  });

  it('a 502 before commit on a read is retried', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox);
    const { cardId } = value(await client.createCard(couponBody(sandbox)));
    sandbox.scriptFaults('/card/get', [{ kind: 'http502' }]);
    expect(value(await client.getCard(cardId)).cardId).toBe(cardId);
    expect(count('/card/get')).toBe(2);
  });

  it('a reset and a timeout on a read are retried', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox, { timeouts: { readMs: 300 } });
    sandbox.scriptFaults('/card/getcolors', [{ kind: 'reset-after-commit' }, { kind: 'timeout-after-commit' }]);
    expect(value(await client.getColors()).colors).toHaveLength(14);
    expect(count('/card/getcolors')).toBe(3);
  });

  it('a timeout on a read that never recovers is a timeout failure with the limit', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox, { timeouts: { readMs: 200 } });
    sandbox.scriptFaults('/card/getcolors', Array.from({ length: 3 }, () => ({ kind: 'timeout-after-commit' as const })));
    const error = failure(await client.getColors());
    expect(error).toMatchObject({ kind: 'timeout', timeoutMs: 200, endpoint: '/card/getcolors' });
    expect(error.message.en).toContain('0.2 s');
  });

  it('card/delete repeated after a lost answer finds the card deleted: alreadyDeleted', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox);
    const { cardId } = value(await client.createCard(couponBody(sandbox)));
    sandbox.scriptFaults('/card/delete', [{ kind: 'reset-after-commit' }]);
    expect(value(await client.deleteCard(cardId))).toEqual({ alreadyDeleted: true });
    expect(count('/card/delete')).toBe(2);
  });
});

describe('card/create is never resent once it may have arrived: outcome_unknown', () => {
  it('-1 → outcome_unknown with the -1 as cause; not resent', async () => {
    sandbox = await startFrozen();
    const { client, sleeps } = sandboxClient(sandbox);
    sandbox.scriptFaults('/card/create', [{ kind: 'errcode', errcode: -1 }]);
    const error = failure(await client.createCard(couponBody(sandbox)));
    expect(error).toMatchObject({ kind: 'outcome_unknown', endpoint: '/card/create', cause: { kind: 'weixin', errcode: -1 } });
    expect(error.message['zh-CN']).toContain('卡券可能已经创建');
    expect(error.message.en).toContain('the card may have been created');
    expect(count('/card/create')).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it('reset after commit → outcome_unknown, and the card exists in the sandbox', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox);
    sandbox.scriptFaults('/card/create', [{ kind: 'reset-after-commit' }]);
    expect(failure(await client.createCard(couponBody(sandbox)))).toMatchObject({ kind: 'outcome_unknown', cause: { kind: 'network', requestSent: true } });
    expect(count('/card/create')).toBe(1);
    expect(cards()).toBe(1);
  });

  it('timeout after commit → outcome_unknown (cause timeout), and the card exists', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox, { timeouts: { createMs: 300 } });
    sandbox.scriptFaults('/card/create', [{ kind: 'timeout-after-commit' }]);
    expect(failure(await client.createCard(couponBody(sandbox)))).toMatchObject({ kind: 'outcome_unknown', cause: { kind: 'timeout', timeoutMs: 300 } });
    expect(count('/card/create')).toBe(1);
    expect(cards()).toBe(1);
  });

  it('502 after commit → outcome_unknown (cause http 502), and the card exists', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox);
    sandbox.scriptFaults('/card/create', [{ kind: '502-after-commit' }]);
    expect(failure(await client.createCard(couponBody(sandbox)))).toMatchObject({ kind: 'outcome_unknown', cause: { kind: 'http', status: 502 } });
    expect(cards()).toBe(1);
  });

  it('a reset before commit is indistinguishable from one after: still outcome_unknown, nothing resent', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox);
    sandbox.scriptFaults('/card/create', [{ kind: 'reset' }]);
    expect(failure(await client.createCard(couponBody(sandbox)))).toMatchObject({ kind: 'outcome_unknown' });
    expect(count('/card/create')).toBe(1);
    expect(cards()).toBe(0);
  });

  it('card/modifystock (deltas) is treated the same way', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox);
    const { cardId } = value(await client.createCard(couponBody(sandbox)));
    sandbox.scriptFaults('/card/modifystock', [{ kind: 'reset-after-commit' }]);
    const error = failure(await client.modifyStock(cardId, { increaseBy: 5 }));
    expect(error).toMatchObject({ kind: 'outcome_unknown', endpoint: '/card/modifystock' });
    expect(error.message.en).toContain('stock may have been changed');
    expect(count('/card/modifystock')).toBe(1);
    expect(demoDump(sandbox).cards[0]?.quantity).toBe(105);
  });

  it('a create the caller cancels after sending is outcome_unknown (cause cancelled)', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox);
    value(await client.refreshToken());
    sandbox.scriptFaults('/card/create', [{ kind: 'latency', ms: 5_000 }]);
    const controller = new AbortController();
    const pending = client.createCard(couponBody(sandbox), { signal: controller.signal });
    await vi.waitFor(() => expect(count('/card/create')).toBe(1), { timeout: 5_000, interval: 5 });
    controller.abort();
    expect(failure(await pending)).toMatchObject({ kind: 'outcome_unknown', cause: { kind: 'cancelled', requestSent: true } });
  });

  it('a call cancelled before it starts sends nothing', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox);
    value(await client.refreshToken());
    const controller = new AbortController();
    controller.abort();
    expect(failure(await client.createCard(couponBody(sandbox), { signal: controller.signal }))).toMatchObject({ kind: 'cancelled', requestSent: false });
    expect(count('/card/create')).toBe(0);
  });
});

describe('45011: wait for the next minute, for every call', () => {
  it('a read hitting the minute quota waits (virtually) until the next minute, then succeeds', async () => {
    sandbox = await startFrozen();
    sandbox.clock.set(T0 + 20_000);
    sandbox.setQuota('/card/getcolors', { perMinute: 1 });
    const { client, sleeps } = sandboxClient(sandbox);
    value(await client.getColors());
    value(await client.getColors());
    // 40 s to the boundary + 250 ms margin + half of the 1 s jitter.
    expect(sleeps).toEqual([40_750]);
    expect(sandbox.clock.now()).toBe(T0 + 60_750);
    expect(count('/card/getcolors')).toBe(3);
  });

  it('card/create after 45011 is retried (not executed), creating exactly one card', async () => {
    sandbox = await startFrozen();
    sandbox.setQuota('/card/create', { perMinute: 1 });
    const { client, sleeps } = sandboxClient(sandbox);
    value(await client.createCard(couponBody(sandbox)));
    value(await client.createCard(couponBody(sandbox)));
    expect(sleeps).toHaveLength(1);
    expect(count('/card/create')).toBe(3);
    expect(cards()).toBe(2);
  });

  it('the wait ends at once when the caller aborts; nothing more is sent', async () => {
    sandbox = await startFrozen();
    sandbox.scriptFaults('/card/getcolors', [{ kind: 'errcode', errcode: 45011 }]);
    let waiting = false;
    const { client } = sandboxClient(sandbox, {
      sleep: () => {
        waiting = true;
        return new Promise<void>(() => undefined);
      },
    });
    const controller = new AbortController();
    const pending = client.getColors({ signal: controller.signal });
    await vi.waitFor(() => expect(waiting).toBe(true), { timeout: 5_000, interval: 5 });
    controller.abort();
    expect(failure(await pending)).toMatchObject({ kind: 'cancelled', requestSent: false });
    expect(count('/card/getcolors')).toBe(1);
  });

  it('gives up after 3 minute-waits with the 45011', async () => {
    sandbox = await startFrozen();
    sandbox.scriptFaults('/card/getcolors', Array.from({ length: 4 }, () => ({ kind: 'errcode' as const, errcode: 45011 })));
    const { client, sleeps } = sandboxClient(sandbox);
    expect(failure(await client.getColors())).toMatchObject({ kind: 'weixin', errcode: 45011, action: 'wait_next_minute' });
    expect(sleeps).toHaveLength(3);
  });
});

describe('never retried', () => {
  it('45009 on card/create', async () => {
    sandbox = await startFrozen();
    sandbox.setQuota('/card/create', { daily: 0 });
    const { client, sleeps } = sandboxClient(sandbox);
    const error = failure(await client.createCard(couponBody(sandbox)));
    expect(error).toMatchObject({ kind: 'weixin', errcode: 45009, action: 'report' });
    expect(error.fix.en).toContain('clear_quota');
    expect(count('/card/create')).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it('48001 on a blocked account explains the 2021-04-01 shutdown honestly', async () => {
    sandbox = await startFrozen();
    sandbox.updateAccount(DEMO_ACCOUNT.appid, { couponCreation: 'blocked' });
    const { client } = sandboxClient(sandbox);
    const error = failure(await client.createCard(couponBody(sandbox)));
    expect(error).toMatchObject({ kind: 'weixin', errcode: 48001, action: 'report' });
    expect(error.message['zh-CN']).toContain('2021-04-01');
    expect(error.message.en).toContain('Since 2021-04-01');
    expect(error.fix.en).toContain('商家券');
    expect(count('/card/create')).toBe(1);
  });

  it('an input error (40097) is returned with its rid', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox);
    const error = failure(await client.batchGetCards({ count: 51 }));
    expect(error).toMatchObject({ kind: 'weixin', errcode: 40097, action: 'fix_input' });
    if (error.kind === 'weixin') expect(error.rid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/);
    expect(count('/card/batchget')).toBe(1);
  });
});

describe('a connection that never opens', () => {
  it('is retried (nothing was sent) and reported with requestSent false', async () => {
    const port = await closedPort();
    sandbox = await startFrozen();
    const { client, sleeps } = sandboxClient(sandbox, { baseUrl: `http://127.0.0.1:${port}` });
    const error = failure(await client.getColors());
    expect(error).toMatchObject({ kind: 'network', code: 'ECONNREFUSED', requestSent: false, endpoint: '/cgi-bin/stable_token' });
    expect(error.message.en).toContain('was not sent');
    expect(sleeps).toHaveLength(2);
  });
});

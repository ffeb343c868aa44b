import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_ACCOUNT, type FaultOutcome, type SandboxHandle } from '../../main/sandbox';
import { classicToken, RID, start, validBody } from './support';

let sandbox: SandboxHandle;
afterEach(() => sandbox?.stop());

function cards(): number {
  return sandbox.dump().accounts[DEMO_ACCOUNT.appid]?.cards.length ?? 0;
}

function createRequest(token: string, signal?: AbortSignal): Promise<Response> {
  return fetch(`${sandbox.baseUrl}/card/create?access_token=${token}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(validBody(sandbox)),
    ...(signal ? { signal } : {}),
  });
}

/** Waits until the sandbox has received `n` card/create requests. */
async function received(n: number): Promise<void> {
  await vi.waitFor(() => expect(sandbox.dump().endpointCounts['/card/create']).toBe(n), { timeout: 5000, interval: 10 });
}

async function scripted(outcome: FaultOutcome): Promise<string> {
  sandbox = await start();
  const token = await classicToken(sandbox);
  sandbox.scriptFaults('/card/create', [outcome]);
  return token;
}

describe('before-commit faults create nothing', () => {
  it('latency delays a normal answer', async () => {
    const token = await scripted({ kind: 'latency', ms: 30 });
    const json = (await (await createRequest(token)).json()) as Record<string, unknown>;
    expect(json.errcode).toBe(0);
    expect(cards()).toBe(1);
    expect(sandbox.dump().faults.byKind.latency).toBe(1);
  });

  it('errcode -1 answers "system error" with a rid; the next call is normal', async () => {
    const token = await scripted({ kind: 'errcode', errcode: -1 });
    const json = (await (await createRequest(token)).json()) as Record<string, unknown>;
    expect(json.errcode).toBe(-1);
    expect(String(json.errmsg)).toMatch(/^system error rid: /);
    expect(String(json.errmsg)).toMatch(RID);
    expect(cards()).toBe(0);
    expect(((await (await createRequest(token)).json()) as Record<string, unknown>).errcode).toBe(0);
  });

  it('errcode 45011 answers the quota text', async () => {
    const token = await scripted({ kind: 'errcode', errcode: 45011 });
    const json = (await (await createRequest(token)).json()) as Record<string, unknown>;
    expect(String(json.errmsg)).toMatch(/^api minute-quota reach limit/);
    expect(cards()).toBe(0);
  });

  it('http502 answers a gateway page', async () => {
    const token = await scripted({ kind: 'http502' });
    const response = await createRequest(token);
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(await response.text()).toContain('502 Bad Gateway');
    expect(cards()).toBe(0);
  });

  it('reset destroys the socket before anything happens', async () => {
    const token = await scripted({ kind: 'reset' });
    await expect(createRequest(token)).rejects.toThrow();
    expect(cards()).toBe(0);
    expect(sandbox.dump().faults.byKind.reset).toBe(1);
  });
});

describe('after-commit faults really create the card', () => {
  it('reset-after-commit: the client sees a dropped connection, the card exists', async () => {
    const token = await scripted({ kind: 'reset-after-commit' });
    await expect(createRequest(token)).rejects.toThrow();
    expect(cards()).toBe(1);
  });

  it('502-after-commit: the client sees a 502, the card exists', async () => {
    const token = await scripted({ kind: '502-after-commit' });
    expect((await createRequest(token)).status).toBe(502);
    expect(cards()).toBe(1);
  });

  it('timeout-after-commit: the card exists while the answer is held; a client that gives up gets nothing', async () => {
    const token = await scripted({ kind: 'timeout-after-commit' });
    const controller = new AbortController();
    const pending = createRequest(token, controller.signal);
    await vi.waitFor(() => expect(cards()).toBe(1), { timeout: 5000, interval: 10 });
    controller.abort();
    await expect(pending).rejects.toThrow();
  });

  it('timeout-after-commit with holdMs: the late answer still carries the card_id', async () => {
    const token = await scripted({ kind: 'timeout-after-commit', holdMs: 30 });
    const json = (await (await createRequest(token)).json()) as Record<string, unknown>;
    expect(json.card_id).toBe(sandbox.dump().accounts[DEMO_ACCOUNT.appid]?.cards[0]?.cardId);
  });

  it('slow-commit: the card lands after the client has given up', async () => {
    const token = await scripted({ kind: 'slow-commit', delayMs: 1500 });
    const controller = new AbortController();
    const pending = createRequest(token, controller.signal);
    await received(1);
    controller.abort();
    await expect(pending).rejects.toThrow();
    expect(cards()).toBe(0);
    await vi.waitFor(() => expect(cards()).toBe(1), { timeout: 10_000, interval: 20 });
  });
});

describe('fault configuration', () => {
  async function outcomes(seed: number): Promise<number[]> {
    const local = await start({
      faultSeed: seed,
      faults: { '/card/batchget': { probability: 0.5, kinds: [{ kind: 'errcode', errcode: -1 }, { kind: 'errcode', errcode: 45011 }] } },
    });
    try {
      const token = await classicToken(local);
      const codes: number[] = [];
      for (let i = 0; i < 30; i++) {
        const response = await fetch(`${local.baseUrl}/card/batchget?access_token=${token}`, { method: 'POST', body: '{"offset":0,"count":1}' });
        codes.push(((await response.json()) as { errcode: number }).errcode);
      }
      const faults = local.dump().faults;
      expect(faults.total).toBe(codes.filter((c) => c !== 0).length);
      expect(faults.byPath['/card/batchget']?.errcode).toBe(faults.total);
      return codes;
    } finally {
      await local.stop();
    }
  }

  it('replays the same probabilistic schedule from the same seed', async () => {
    const first = await outcomes(42);
    expect(await outcomes(42)).toEqual(first);
    expect(first.some((c) => c === 0)).toBe(true);
    expect(first.some((c) => c !== 0)).toBe(true);
  });

  it('applies "*" to every path without its own entry and counts every kind', async () => {
    sandbox = await start();
    sandbox.setFaults('*', { script: [{ kind: 'errcode', errcode: 45009 }] });
    const token = await fetch(`${sandbox.baseUrl}/cgi-bin/token?grant_type=client_credential&appid=${DEMO_ACCOUNT.appid}&secret=${DEMO_ACCOUNT.secret}`);
    expect(((await token.json()) as { errcode: number }).errcode).toBe(45009);
    sandbox.clearFaults();
    const good = await classicToken(sandbox);
    sandbox.scriptFaults('/card/create', [{ kind: 'http502' }, { kind: 'none' }, { kind: '502-after-commit' }]);
    for (let i = 0; i < 3; i++) await createRequest(good);
    expect(sandbox.dump().faults).toMatchObject({ total: 3, byKind: { errcode: 1, http502: 1, '502-after-commit': 1 } });
    expect(cards()).toBe(2);
  });
});

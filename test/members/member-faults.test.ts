// The fault suite for member changes (security-reliability.md §7; issue 10 "0 double adjustments"):
// N point changes through the members service against the sandbox, with updateuser faulted in every
// kind, commits lost after the fact included, and userinfo/get faulted too. Checked against the
// sandbox's own record of every accepted change.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleMemberCard } from '../../common/coupon/example-member-card';
import { systemClock } from '../../common/clock';
import { openHistoryStore, type HistoryStore } from '../../main/history/history-store';
import { unsettled } from '../../main/members/ledger';
import { createMemberService } from '../../main/members/member-service';
import { DEMO_ACCOUNT, startSandbox, type FaultOutcome, type SandboxHandle } from '../../main/sandbox';
import { createWeixinClient, type WeixinClient } from '../../main/wechat';

const N = 120;
const WRITE_TIMEOUT_MS = 300;
const SEED = Number(process.env.FAULT_SEED ?? 11);
const UPDATE_FAULTS: FaultOutcome[] = [
  { kind: 'latency', ms: 20 },
  { kind: 'latency', ms: WRITE_TIMEOUT_MS + 150 },
  { kind: 'errcode', errcode: -1 },
  { kind: 'http502' },
  { kind: 'reset' },
  { kind: 'reset-after-commit' },
  { kind: 'reset-after-commit' },
  { kind: 'timeout-after-commit', holdMs: 600 },
  { kind: '502-after-commit' },
  { kind: '502-after-commit' },
];
const READ_FAULTS: FaultOutcome[] = [{ kind: 'http502' }, { kind: 'reset' }, { kind: 'errcode', errcode: -1 }];

let sandbox: SandboxHandle;
let dir: string;
let client: WeixinClient;
beforeAll(async () => {
  sandbox = await startSandbox({ faultSeed: SEED });
  dir = await mkdtemp(join(tmpdir(), 'member-faults-'));
  const built = createWeixinClient({
    appid: DEMO_ACCOUNT.appid,
    secret: async () => DEMO_ACCOUNT.secret,
    baseUrl: sandbox.baseUrl,
    timeouts: { tokenMs: 1_000, readMs: 1_000, writeMs: WRITE_TIMEOUT_MS },
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
  });
  if (!built.ok) throw new Error('no client');
  client = built.value;
});
afterAll(async () => {
  await sandbox?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('member changes under faults', () => {
  it(`${N} point changes with updateuser faulted 35 %: 0 double adjustments, 0 lost, 0 left unknown`, async () => {
    const created = await client.createCard(exampleMemberCard() as unknown as Record<string, unknown>);
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const cardId = created.value.cardId;
    const given = sandbox.giveMemberCard(DEMO_ACCOUNT.appid, cardId);
    if (!given.ok) throw new Error(given.error);
    const code = given.value;
    sandbox.setFaults('/card/membercard/updateuser', { probability: 0.35, kinds: UPDATE_FAULTS });
    sandbox.setFaults('/card/membercard/userinfo/get', { probability: 0.1, kinds: READ_FAULTS });

    const openHistory = async (): Promise<HistoryStore> => {
      const opened = await openHistoryStore({ dataDir: dir });
      if (!opened.ok) throw new Error(opened.error.message.en);
      return opened.value;
    };
    let history = await openHistory();
    let ledger = history.memberLedger;
    let service = createMemberService({ accountId: 'demo', client, ledger, clock: systemClock, maxAttempts: 6 });
    const outcomes: Record<string, number> = {};
    for (let i = 0; i < N; i++) {
      const delta = (i % 7) + 1;
      const r = await service.change({ cardId, code, value: 'bonus', delta, record: `消费${delta}元` });
      const key = r.ok ? r.value.outcome : r.error.code;
      outcomes[key] = (outcomes[key] ?? 0) + 1;
      if (i === N / 2) {
        // Halfway, the app "restarts": the ledger is read back from disk and the service rebuilt.
        await history.close();
        history = await openHistory();
        ledger = history.memberLedger;
        service = createMemberService({ accountId: 'demo', client, ledger, clock: systemClock, maxAttempts: 6 });
      }
    }
    sandbox.clearFaults();
    await service.reconcileAll();

    const entries = ledger.entries();
    const intents = entries.filter((e) => e.kind === 'intent');
    const last = new Map(entries.filter((e) => e.kind === 'outcome').map((e) => [e.id, e.outcome]));
    const appliedDeltas = intents.filter((i) => last.get(i.id) === 'applied').reduce((n, i) => n + i.delta, 0);
    const activity = sandbox.memberActivity(DEMO_ACCOUNT.appid);
    if (!activity.ok) throw new Error(activity.error);
    const serverDeltas = activity.value.changes.reduce((n, c) => n + c.modifyBonus, 0);
    const info = await client.getMember(cardId, code);
    const faults = sandbox.dump().faults;
    console.log(
      `[member-faults] seed ${SEED}: ${N} changes, outcomes ${JSON.stringify(outcomes)}, ${activity.value.changes.length} updateuser accepted by the server ` +
        `(${activity.value.changes.filter((c) => c.modifyBonus === 0).length} resends that changed nothing), faults injected ${faults.total}, ` +
        `double adjustments ${serverDeltas - appliedDeltas}`,
    );
    expect(faults.total).toBeGreaterThan(20);
    // Every point the server added is one an applied ledger intent asked for, exactly once.
    expect(serverDeltas - appliedDeltas).toBe(0);
    expect(info.ok && info.value.bonus).toBe(appliedDeltas);
    // Nothing is left unsettled; nothing was superseded (only this counter changes the member).
    expect(unsettled(entries)).toEqual([]);
    expect(intents.filter((i) => last.get(i.id) === 'superseded')).toEqual([]);
    // Every change asked for landed (refusals would be definite errcodes: none are injected as such).
    expect(intents.filter((i) => last.get(i.id) === 'applied').length + (outcomes.weixin ?? 0)).toBe(intents.length);
    await history.close();
  }, 120_000);

  it('points and balance alternating, and 12 interface activations, under faults: 0 double adjustments, each member activated once', async () => {
    sandbox.updateAccount(DEMO_ACCOUNT.appid, { memberCards: { category: true, balance: true } });
    const body = exampleMemberCard();
    const node = body.card.member_card as Record<string, unknown>;
    Object.assign(node, { auto_activate: false, wx_activate: true, supply_balance: true, balance_rules: '充值100元送10元' });
    const created = await client.createCard(body as unknown as Record<string, unknown>);
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const cardId = created.value.cardId;
    const codes = Array.from({ length: 12 }, () => {
      const given = sandbox.giveMemberCard(DEMO_ACCOUNT.appid, cardId);
      if (!given.ok) throw new Error(given.error);
      return given.value;
    });
    const opened = await openHistoryStore({ dataDir: dir });
    if (!opened.ok) throw new Error(opened.error.message.en);
    const history = opened.value;
    const service = createMemberService({ accountId: 'demo', client, ledger: history.memberLedger, clock: systemClock, maxAttempts: 6 });
    const changesBefore = (sandbox.memberActivity(DEMO_ACCOUNT.appid) as { ok: true; value: { changes: unknown[] } }).value.changes.length;
    sandbox.setFaults('/card/membercard/activate', { probability: 0.4, kinds: UPDATE_FAULTS });
    sandbox.setFaults('/card/membercard/updateuser', { probability: 0.35, kinds: UPDATE_FAULTS });
    sandbox.setFaults('/card/membercard/userinfo/get', { probability: 0.1, kinds: READ_FAULTS });
    const activations: Record<string, number> = {};
    for (const [i, code] of codes.entries()) {
      const r = await service.activate({ cardId, code, membershipNumber: `M${i}`, initBalance: 1000 });
      const key = r.ok ? r.value.outcome : r.error.code;
      activations[key] = (activations[key] ?? 0) + 1;
    }
    const [code] = codes as [string];
    for (let i = 0; i < 60; i++) {
      const value = i % 2 === 0 ? 'balance' : 'bonus';
      await service.change({ cardId, code, value, delta: value === 'balance' ? (i % 3 === 0 ? -100 : 250) : (i % 5) + 1 });
    }
    sandbox.clearFaults();
    await service.reconcileAll();

    const entries = history.memberLedger.entries();
    const last = new Map(entries.filter((e) => e.kind === 'outcome').map((e) => [e.id, e.outcome]));
    const applied = entries.filter((e) => e.kind === 'intent' && e.cardId === cardId && last.get(e.id) === 'applied');
    const ledgerDelta = (v: 'bonus' | 'balance') => applied.reduce((n, e) => n + (e.kind === 'intent' && e.value === v ? e.delta : 0), 0);
    const activity = sandbox.memberActivity(DEMO_ACCOUNT.appid);
    if (!activity.ok) throw new Error(activity.error);
    const server = activity.value.changes.slice(changesBefore).filter((c) => c.cardId === cardId);
    const serverDelta = (v: 'bonus' | 'balance') => server.reduce((n, c) => n + (v === 'bonus' ? c.modifyBonus : c.modifyBalance), 0);
    const activatedEvents = activity.value.events.filter((e) => e.event === 'submit_membercard_user_info' && e.cardId === cardId);
    const info = await client.getMember(cardId, code);
    console.log(
      `[member-faults] seed ${SEED}: 12 activations ${JSON.stringify(activations)}, activate events ${activatedEvents.length}; 60 changes: ` +
        `balance double adjustments ${serverDelta('balance') - ledgerDelta('balance')} 分, bonus ${serverDelta('bonus') - ledgerDelta('bonus')}`,
    );
    // Each member activated exactly once, with its own number; nothing left unsettled.
    expect(activatedEvents.map((e) => e.code).sort()).toEqual([...codes].sort());
    expect(unsettled(entries)).toEqual([]);
    expect(serverDelta('balance') - ledgerDelta('balance')).toBe(0);
    expect(serverDelta('bonus') - ledgerDelta('bonus')).toBe(0);
    expect(info.ok && info.value.balance).toBe(1000 + ledgerDelta('balance'));
    expect(info.ok && info.value.bonus).toBe(ledgerDelta('bonus'));
    await history.close();
  }, 120_000);
});

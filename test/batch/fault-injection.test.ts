// security-reliability.md §7: ≥ 1,000 drafts on several accounts against the sandbox with ≥ 20 % of
// card/create calls faulted (every kind, commits lost after the fact included) and access tokens
// invalidated mid-batch. The invariants are checked against the sandbox's own record of every card.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FaultOutcome } from '../../main/sandbox';
import { fingerprintOfBody } from '../../main/batch/fingerprint';
import { couponBody, sandboxAccount, startEngineFixture, type EngineFixture } from './support';

const DRAFTS_PER_ACCOUNT = 260;
const ACCOUNTS = [sandboxAccount(11, 'classic'), sandboxAccount(12, 'stable'), sandboxAccount(13, 'classic'), sandboxAccount(14, 'stable')];
const CREATE_TIMEOUT_MS = 400;
const SEED = Number(process.env.FAULT_SEED ?? 7);

/** Every fault kind of §7.1, the after-commit ones twice as likely (they are the dangerous ones). */
const CREATE_FAULTS: FaultOutcome[] = [
  { kind: 'latency', ms: 30 },
  { kind: 'latency', ms: CREATE_TIMEOUT_MS + 200 },
  { kind: 'errcode', errcode: -1 },
  { kind: 'http502' },
  { kind: 'reset' },
  { kind: 'reset-after-commit' },
  { kind: 'reset-after-commit' },
  { kind: 'timeout-after-commit', holdMs: 1_000 },
  { kind: 'timeout-after-commit', holdMs: 1_000 },
  { kind: '502-after-commit' },
  { kind: '502-after-commit' },
  { kind: 'slow-commit', delayMs: 80 },
  { kind: 'slow-commit', delayMs: CREATE_TIMEOUT_MS + 200 },
];
const READ_FAULTS: FaultOutcome[] = [{ kind: 'latency', ms: 20 }, { kind: 'http502' }, { kind: 'reset' }, { kind: 'errcode', errcode: -1 }];
const CELL_FAULTS: FaultOutcome[] = [{ kind: 'http502' }, { kind: 'reset-after-commit' }, { kind: '502-after-commit' }];

let fixture: EngineFixture;
beforeAll(async () => {
  fixture = await startEngineFixture({
    accounts: ACCOUNTS,
    sandbox: {
      faultSeed: SEED,
      tokenRules: { graceSeconds: 0 },
      faults: {
        '/card/create': { probability: 0.3, kinds: CREATE_FAULTS },
        '/card/batchget': { probability: 0.05, kinds: READ_FAULTS },
        '/card/get': { probability: 0.05, kinds: READ_FAULTS },
        '/card/paycell/set': { probability: 0.1, kinds: CELL_FAULTS },
      },
    },
    // The settle delay outlasts the slowest commit after a client timeout (600 − 400 ms), so late cards are adopted, not duplicated.
    engine: { settleDelayMs: 500 },
    client: { timeouts: { tokenMs: 1_000, readMs: 1_000, writeMs: 1_000, createMs: CREATE_TIMEOUT_MS, uploadBaseMs: 2_000, uploadPerMiBMs: 2_000 } },
  });
}, 60_000);
afterAll(async () => fixture.stop());

describe('fault injection: 1,000+ drafts, 4 accounts, every fault kind, tokens invalidated mid-batch', () => {
  it('ends with every server card in history, no draft with two unflagged cards, nothing unresolved', async () => {
    const started = Date.now();
    const now = fixture.sandbox.clock.now();
    const runIds: string[] = [];
    const fingerprints = new Map<string, string>();
    for (const [a, account] of ACCOUNTS.entries()) {
      const bodies = Array.from({ length: DRAFTS_PER_ACCOUNT }, (_, i) => couponBody(now, a * 1000 + i));
      for (const body of bodies) fingerprints.set(fingerprintOfBody(body) ?? '', account.appid);
      const batchId = await fixture.makeBatch(account.appid, bodies, (i) => ({ paycell: i % 5 === 0 }));
      const run = await fixture.engine.start(batchId);
      if (!run.ok) throw new Error(run.error.message.en);
      runIds.push(run.value.runId);
    }
    // "Another machine" calls cgi-bin/token every 60 creates on the classic accounts (§5.4).
    let creating = 0;
    let rotations = 0;
    const stopRotating = fixture.engine.subscribe((event) => {
      if (event.scope !== 'draft' || event.phase !== 'creating') return;
      if (++creating % 60 !== 0) return;
      for (const account of ACCOUNTS) if (account.tokenMode === 'classic' && fixture.sandbox.rotateTokenExternally(account.appid).ok) rotations++;
    });
    const finals = await Promise.all(runIds.map((id) => fixture.engine.settled(id)));
    stopRotating();

    const dump = fixture.sandbox.dump();
    const records = fixture.history.all();
    const historyCards = new Set(records.filter((r) => r.cardId).map((r) => r.cardId as string));
    const serverIds = Object.values(dump.accounts).flatMap((a) => a.cards.map((c) => c.cardId));
    const perFingerprint = new Map<string, number>();
    for (const account of Object.values(dump.accounts)) {
      for (const card of account.cards) {
        const fp = fingerprintOfBody(JSON.parse(card.rawBody)) ?? card.cardId;
        perFingerprint.set(fp, (perFingerprint.get(fp) ?? 0) + 1);
      }
    }
    const duplicateCards = [...perFingerprint.values()].reduce((n, count) => n + Math.max(0, count - 1), 0);
    const lost = serverIds.filter((id) => !historyCards.has(id));
    const server = new Set(serverIds);
    const phantom = [...historyCards].filter((id) => !server.has(id));
    const unresolved = records.filter((r) => r.state === 'pending' || r.state === 'unknown');
    const orphans = records.filter((r) => r.kind === 'orphan');
    const createFaults = dump.faults.byPath['/card/create'] ?? {};
    const faultedCreates = Object.values(createFaults).reduce((n, v) => n + (v ?? 0), 0);
    const createCalls = dump.endpointCounts['/card/create'] ?? 0;
    const stats = fixture.engine.stats();
    const line = {
      suite: 'card-ledger-faults',
      seed: SEED,
      drafts: ACCOUNTS.length * DRAFTS_PER_ACCOUNT,
      accounts: ACCOUNTS.length,
      createCalls,
      faultsInjected: dump.faults.total,
      createFaultRate: Number((faultedCreates / createCalls).toFixed(3)),
      byKind: dump.faults.byKind,
      externalTokenRotations: rotations,
      tokenFetches: dump.tokenCalls.filter((c) => !c.external).length,
      serverCards: serverIds.length,
      lostCardIds: lost.length,
      duplicateCards,
      orphansFlagged: orphans.length,
      phantomLocalIds: phantom.length,
      unresolvedOps: unresolved.length,
      reconciles: stats.reconcilePasses,
      reconcileCalls: stats.reconcileCalls,
      ambiguousCreates: stats.ambiguous,
      resends: stats.resends,
      created: finals.reduce((n, f) => n + (f?.counts.created ?? 0), 0),
      failedDrafts: finals.reduce((n, f) => n + (f?.counts.failed ?? 0), 0),
      wallMs: Date.now() - started,
    };
    console.log(JSON.stringify(line));

    expect(finals.every((f) => f?.status === 'done')).toBe(true);
    expect(lost).toEqual([]);
    expect(phantom).toEqual([]);
    expect(unresolved.map((r) => r.id)).toEqual([]);
    // Every duplicate that slipped through is surfaced as a flagged record.
    expect(orphans.filter((r) => r.flags.duplicate).length).toBe(duplicateCards);
    expect(faultedCreates / createCalls).toBeGreaterThanOrEqual(0.2);
    for (const kind of ['latency', 'errcode', 'http502', 'reset', 'reset-after-commit', 'timeout-after-commit', '502-after-commit', 'slow-commit'] as const) {
      expect(createFaults[kind] ?? 0, kind).toBeGreaterThan(0);
    }
    expect(rotations).toBeGreaterThan(0);
    // Each draft has at most one card of its own (record), and a created record's card is on the server.
    const created = records.filter((r) => r.kind === 'op' && r.state === 'created');
    expect(new Set(created.map((r) => r.cardId)).size).toBe(created.length);
    expect(line.created + line.failedDrafts).toBe(ACCOUNTS.length * DRAFTS_PER_ACCOUNT);
  }, 120_000);
});

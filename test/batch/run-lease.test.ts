// The engine of one process leaves alone a run another process drives (it holds the run's lease):
// no start, no resume, no recovery of its unfinished creates, no "interrupted" written over it.
import { afterEach, describe, expect, it } from 'vitest';
import { opIdOf } from '../../main/batch/ids';
import { openHistoryStore } from '../../main/history/history-store';
import { couponBody, sandboxAccount, startEngineFixture, type EngineFixture } from './support';

let fixture: EngineFixture | undefined;
afterEach(async () => {
  await fixture?.stop();
  fixture = undefined;
});

describe('a run leased by another process', () => {
  it('is neither resumed, recovered nor marked interrupted here, and is resumable once the other process lets go', async () => {
    const account = sandboxAccount(61);
    fixture = await startEngineFixture({ accounts: [account] });
    const f = fixture;
    const batchId = await f.makeBatch(account.appid, [couponBody(f.sandbox.clock.now(), 0), couponBody(f.sandbox.clock.now(), 1)]);
    const accountId = f.accountIds.get(account.appid) ?? '';
    const batch = await f.local.drafts.get(batchId);
    if (!batch.ok) throw new Error('no batch');
    const [first] = batch.value.drafts;

    // "The desktop app": another owner of the same database, mid-run, with a create on the wire.
    const other = await openHistoryStore({ dataDir: f.dataDir });
    if (!other.ok) throw new Error(other.error.code);
    const runId = 'run-elsewhere';
    const lease = other.value.leaseRun(runId);
    if (!lease.ok) throw new Error('lease refused');
    const now = Date.now();
    await other.value.saveRun({ runId, batchId, batchName: batch.value.name, accountId, appid: account.appid, draftIds: batch.value.drafts.map((d) => d.id), status: 'running', startedAt: now, updatedAt: now, finishedAt: null, stopReason: null });
    const opId = opIdOf(accountId, batchId, first?.id ?? '');
    await other.value.write(opId, 'pending', { accountId, appid: account.appid, batchId, draftId: first?.id ?? null, runId, state: 'pending', fingerprint: 'fp' });

    await f.restart();
    const recovery = await f.engine.ready;
    expect(recovery).toMatchObject({ found: 0, interruptedRuns: 0 });
    expect(f.history.run(runId)?.status).toBe('running');
    expect(f.history.get(opId)?.state).toBe('pending');
    const resumed = await f.engine.resume(runId);
    expect(resumed.ok).toBe(false);
    if (!resumed.ok) {
      expect(resumed.error.code).toBe('run_already_active');
      expect(resumed.error.message.en).toContain(`PID ${process.pid}`);
    }
    expect(f.sandbox.dump().endpointCounts['/card/create'] ?? 0).toBe(0);

    // The other process ends its run without the create having gone out: the run can go on here.
    await other.value.write(opId, 'absent', { state: 'queued' });
    await other.value.saveRun({ ...(other.value.run(runId) ?? ({} as never)), status: 'interrupted' });
    lease.value.release();
    await other.value.close();
    const again = await f.engine.resume(runId);
    expect(again.ok).toBe(true);
    expect(await f.engine.settled(runId)).toMatchObject({ status: 'done', counts: { created: 2 } });
    expect(f.sandbox.dump().accounts[account.appid]?.cards).toHaveLength(2);
  });
});

// A duplicate that slips through is flagged, never hidden: the CLI is killed while a create
// commits slowly on the server, restarted before the card lands (settle delay 0), so Weixin
// confirms "absent" and the draft is sent again; when the late card lands, `history reconcile`
// records it as a flagged duplicate of the draft's card.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHistoryStore } from '../../main/history/history-store';
import { DEMO_ACCOUNT, startSandbox, type SandboxHandle } from '../../main/sandbox';
import { collect, couponBody, jsonOf, removeDir, runCli, spawnCli, tempDir, writeJson } from './support';

/** Longer than a restart of the CLI takes, so the recovery looks before the card lands. */
const SLOW_COMMIT_MS = 8_000;

let sandbox: SandboxHandle;
let dataDir: string;
beforeEach(async () => {
  sandbox = await startSandbox();
  dataDir = await tempDir('reconcile');
});
afterEach(async () => {
  await sandbox.stop();
  await removeDir(dataDir);
});

const cards = () => sandbox.dump().accounts[DEMO_ACCOUNT.appid]?.cards ?? [];
const creates = () => sandbox.dump().endpointCounts['/card/create'] ?? 0;

describe('coupon-studio history reconcile', () => {
  it('flags the second card of a draft that a settle delay too short let through', async () => {
    const fast = { COUPON_STUDIO_SETTLE_MS: '0' };
    sandbox.scriptFaults('/card/create', [{ kind: 'slow-commit', delayMs: SLOW_COMMIT_MS }]);
    const file = await writeJson(dataDir, 'one.json', [couponBody(Date.now(), '迟到的券')]);
    const child = spawnCli(['create', file, '--sandbox-url', sandbox.baseUrl], { dataDir, env: fast });
    const killed = collect(child);
    await expect.poll(creates, { timeout: 15_000, interval: 20 }).toBe(1);
    child.kill('SIGKILL');
    expect((await killed).signal).toBe('SIGKILL');

    const resumed = await runCli(['resume', '--sandbox-url', sandbox.baseUrl, '--json'], { dataDir, env: fast });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(jsonOf(resumed)).toMatchObject({ recovery: { found: 1, requeued: 1 } });
    expect(cards()).toHaveLength(1);
    // The first create's card lands late: the server now holds two cards for one draft.
    await expect.poll(() => cards().length, { timeout: SLOW_COMMIT_MS + 10_000, interval: 100 }).toBe(2);

    const audit = await runCli(['history', 'reconcile', '--sandbox-url', sandbox.baseUrl, '--json'], { dataDir, env: fast });
    expect(audit.code, audit.stderr).toBe(0);
    expect(jsonOf(audit)).toMatchObject({ accounts: [{ appid: DEMO_ACCOUNT.appid, conclusive: true, duplicates: [expect.any(String)], orphans: [] }] });
    const flagged = jsonOf(await runCli(['history', 'list', '--flagged', '--json'], { dataDir })) as { records: { cardId: string; flags: { duplicate: boolean }; duplicateOf: string }[] };
    expect(flagged.records).toHaveLength(1);

    const history = await openHistoryStore({ dataDir });
    if (!history.ok) throw new Error(history.error.code);
    try {
      for (const card of cards()) expect(history.value.byCardId(card.cardId), card.cardId).toBeDefined();
      const extra = flagged.records[0];
      expect(extra?.flags.duplicate).toBe(true);
      expect(history.value.get(extra?.duplicateOf ?? '')).toMatchObject({ kind: 'op', state: 'created', title: '迟到的券' });
    } finally {
      await history.value.close();
    }
    const human = await runCli(['history', 'list'], { dataDir });
    expect(human.stdout).toContain('重复');
  }, 90_000);
});

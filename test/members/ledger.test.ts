import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openHistoryStore, type HistoryStore } from '../../main/history/history-store';
import { unsettled, type ChangeIntent } from '../../main/members/ledger';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const intent = (id: string): ChangeIntent => ({ kind: 'intent', id, accountId: 'a', cardId: 'c', code: '1', value: 'bonus', before: 0, after: 5, delta: 5, record: undefined, at: 1 });

async function open(dataDir: string): Promise<HistoryStore> {
  const opened = await openHistoryStore({ dataDir });
  if (!opened.ok) throw new Error(opened.error.message.en);
  return opened.value;
}

describe('the member ledger in the history database', () => {
  it('reads back what was appended after a reopen, in order, and settles an intent by its last outcome', async () => {
    dir = await mkdtemp(join(tmpdir(), 'ledger-'));
    const first = await open(dir);
    await first.memberLedger.append(intent('x'));
    await first.memberLedger.append({ kind: 'outcome', id: 'x', outcome: 'unknown', at: 2 });
    await first.memberLedger.append(intent('y'));
    await first.memberLedger.append({ kind: 'outcome', id: 'y', outcome: 'refused', errcode: 40097, at: 3 });
    await first.close();

    const again = await open(dir);
    expect(again.memberLedger.entries().map((e) => `${e.kind}:${e.id}`)).toEqual(['intent:x', 'outcome:x', 'intent:y', 'outcome:y']);
    expect(unsettled(again.memberLedger.entries()).map((i) => i.id)).toEqual(['x']);
    await again.memberLedger.append({ kind: 'outcome', id: 'x', outcome: 'applied', at: 4 });
    await again.close();

    const third = await open(dir);
    expect(unsettled(third.memberLedger.entries())).toEqual([]);
    await third.close();
  });

  it('refuses the append when the store cannot write, so the member service sends nothing', async () => {
    dir = await mkdtemp(join(tmpdir(), 'ledger-'));
    const store = await open(dir);
    await store.close();
    await expect(store.memberLedger.append(intent('z'))).rejects.toThrow();
  });
});

import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileMemberLedger, unsettled, type ChangeIntent } from '../../main/members/ledger';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const intent = (id: string): ChangeIntent => ({ kind: 'intent', id, accountId: 'a', cardId: 'c', code: '1', value: 'bonus', before: 0, after: 5, delta: 5, record: undefined, at: 1 });

describe('FileMemberLedger', () => {
  it('reads back what was appended, and a torn last line is set aside instead of glued onto', async () => {
    dir = await mkdtemp(join(tmpdir(), 'ledger-'));
    const path = join(dir, 'ledger.jsonl');
    const ledger = await FileMemberLedger.open(path);
    await ledger.append(intent('x'));
    await ledger.append({ kind: 'outcome', id: 'x', outcome: 'unknown', at: 2 });
    await ledger.close();
    await appendFile(path, '{"kind":"intent","id":"torn"');
    const again = await FileMemberLedger.open(path);
    expect(again.entries().map((e) => e.id)).toEqual(['x', 'x']);
    expect(unsettled(again.entries()).map((i) => i.id)).toEqual(['x']);
    await again.append({ kind: 'outcome', id: 'x', outcome: 'applied', at: 3 });
    await again.close();
    expect((await readFile(path, 'utf8')).split('\n').filter(Boolean)).toHaveLength(3);
    const third = await FileMemberLedger.open(path);
    expect(unsettled(third.entries())).toEqual([]);
    await third.close();
  });
});

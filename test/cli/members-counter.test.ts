// The member-card counter through the CLI against a real sandbox over HTTP (issue 10): stored value
// entered in 元 and sent in 分, the 43010 refusal in words, interface activation committed first and
// reconciled after a lost answer, `members get` without --card, the sandbox's give-member-card route,
// and card/update with its re-review answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleMemberCard } from '../../common/coupon/example-member-card';
import { DEMO_ACCOUNT, startSandbox, type SandboxHandle } from '../../main/sandbox';
import { jsonOf, removeDir, runCli, tempDir, writeJson } from './support';

let sandbox: SandboxHandle;
let dataDir: string;
beforeAll(async () => {
  sandbox = await startSandbox();
  // The demo account gets the 储值 permission; the example card still has no stored value.
  const granted = sandbox.updateAccount(DEMO_ACCOUNT.appid, { memberCards: { category: true, balance: true } });
  if (!granted.ok) throw new Error(granted.error);
  dataDir = await tempDir('members-counter');
});
afterAll(async () => {
  await sandbox?.stop();
  await removeDir(dataDir);
});

/** A member card with stored value and one-click activation (members start inactive). */
function storedValueCard() {
  const body = exampleMemberCard();
  const node = body.card.member_card as Record<string, unknown>;
  node.auto_activate = false;
  node.wx_activate = true;
  node.supply_balance = true;
  node.balance_rules = '充值100元送10元';
  (node.base_info as Record<string, unknown>).title = '小林咖啡储值卡';
  return body;
}

const cardIds = () => (sandbox.dump().accounts[DEMO_ACCOUNT.appid]?.cards ?? []).map((c) => c.cardId);

describe('the member-card counter from the CLI', () => {
  it('gives, finds, activates once, changes the balance in 元, refuses 43010 in words, and updates the card', async () => {
    const url = ['--sandbox-url', sandbox.baseUrl];
    const plain = await runCli(['create', await writeJson(dataDir, 'plain.json', exampleMemberCard()), ...url, '--json'], { dataDir });
    expect(plain.code, plain.stderr).toBe(0);
    const stored = await runCli(['create', await writeJson(dataDir, 'stored.json', storedValueCard()), ...url, '--json'], { dataDir });
    expect(stored.code, stored.stderr).toBe(0);
    const [plainId, storedId] = cardIds() as [string, string];

    // A person trying the CLI gets a member code from the running sandbox over HTTP.
    const given = await runCli(['sandbox', 'give-member-card', storedId, ...url, '--json'], { dataDir });
    expect(given.code, given.stderr).toBe(0);
    const code = (jsonOf(given) as { code: string }).code;
    expect(code).toMatch(/^\d{12}$/);
    const noSuchCard = await runCli(['sandbox', 'give-member-card', 'pNoSuchCard', ...url], { dataDir });
    expect(noSuchCard.code).toBe(3);
    expect(noSuchCard.stderr).toContain('create');

    // Two member cards in the history: without --card the one that knows the code is found.
    const found = await runCli(['members', 'get', code, ...url, '--json'], { dataDir });
    expect(found.code, found.stderr).toBe(0);
    expect(jsonOf(found)).toMatchObject({ cardId: storedId, member: { active: false } });
    const unknown = await runCli(['members', 'get', '999999999999', ...url, '--json'], { dataDir });
    expect(unknown.code).toBe(2);
    expect(jsonOf(unknown)).toMatchObject({ error: { code: 'member_card_unknown', details: { candidates: expect.arrayContaining([plainId, storedId]) } } });

    // The activation's answer is lost after Weixin applied it: reconciled, never activated twice.
    sandbox.scriptFaults('/card/membercard/activate', [{ kind: 'reset-after-commit' }]);
    const activated = await runCli(['members', 'activate', code, '--membership-number', 'M0001', '--init-bonus', '10', '--init-balance', '20', ...url, '--json'], { dataDir });
    expect(activated.code, activated.stderr).toBe(0);
    expect(jsonOf(activated)).toMatchObject({ activation: { outcome: 'applied', membershipNumber: 'M0001' } });
    const again = await runCli(['members', 'activate', code, ...url, '--json'], { dataDir });
    expect(again.code).toBe(2);
    expect(jsonOf(again)).toMatchObject({ error: { code: 'active' } });
    const activity = () => {
      const a = sandbox.memberActivity(DEMO_ACCOUNT.appid);
      if (!a.ok) throw new Error(a.error);
      return a.value;
    };
    expect(activity().events.filter((e) => e.event === 'submit_membercard_user_info' && e.code === code)).toHaveLength(1);

    // Balance in 元 → 分, the absolute total with the delta; a deduction too.
    const topUp = await runCli(['members', 'update', code, '--add-balance', '12.5', '--record', '充值12.5元', ...url, '--json'], { dataDir });
    expect(topUp.code, topUp.stderr).toBe(0);
    expect(jsonOf(topUp)).toMatchObject({ value: 'balance', change: { outcome: 'applied', before: 2000, after: 3250 } });
    const spend = await runCli(['members', 'update', code, '--add-balance=-0.5', ...url], { dataDir });
    expect(spend.code, spend.stderr).toBe(0);
    expect(spend.stdout).toContain('32.50 → 32.00');
    expect(activity().changes.map((c) => c.modifyBalance)).toEqual([1250, -50]);
    const badAmount = await runCli(['members', 'update', code, '--add-balance', '1.005', ...url], { dataDir });
    expect(badAmount.code).toBe(2);
    expect(badAmount.stderr).toContain('两位小数');
    const both = await runCli(['members', 'update', code, '--add-balance', '1', '--add-bonus', '1', ...url], { dataDir });
    expect(both.code).toBe(2);

    // A card without stored value: a clear bilingual refusal, the balance unchanged.
    const plainGiven = sandbox.giveMemberCard(DEMO_ACCOUNT.appid, plainId);
    if (!plainGiven.ok) throw new Error(plainGiven.error);
    const refused = await runCli(['members', 'update', plainGiven.value, '--add-balance', '5', ...url, '--json', '--lang', 'en'], { dataDir });
    expect(refused.code).toBe(3);
    expect(jsonOf(refused)).toMatchObject({ error: { code: 'no_stored_value' } });
    expect(refused.stderr).toMatch(/43010.*stored-value permission/s);
    const zh = await runCli(['members', 'update', plainGiven.value, '--add-balance', '5', '--card', plainId, ...url], { dataDir });
    expect(zh.stderr).toContain('储值权限');

    // card/update: the privileges text goes back to review; a header cell does not.
    const reviewed = await runCli(['members', 'card', 'update', await writeJson(dataDir, 'p.json', { prerogative: '会员消费八五折' }), '--card', storedId, ...url, '--json'], { dataDir });
    expect(reviewed.code, reviewed.stderr).toBe(0);
    expect(jsonOf(reviewed)).toMatchObject({ sendCheck: true });
    const cell = { member_card: { custom_cell1: { name: '会员专享', tips: '下周新品', url: 'https://www.qq.com' } } };
    const direct = await runCli(['members', 'card', 'update', await writeJson(dataDir, 'c.json', cell), '--card', plainId, ...url], { dataDir });
    expect(direct.code, direct.stderr).toBe(0);
    expect(direct.stdout).toContain('无需重新审核');
    const off = await runCli(['members', 'card', 'update', await writeJson(dataDir, 'off.json', { supply_balance: false }), '--card', storedId, ...url], { dataDir });
    expect(off.code).toBe(3);
  }, 300_000);
});

// Member cards through the CLI against a real sandbox over HTTP: validate and create like coupons,
// then members update / get / form set (issue 10).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleMemberCard } from '../../common/coupon/example-member-card';
import { DEMO_ACCOUNT, startSandbox, type SandboxHandle } from '../../main/sandbox';
import { jsonOf, removeDir, runCli, tempDir, writeJson } from './support';

let sandbox: SandboxHandle;
let dataDir: string;
beforeAll(async () => {
  sandbox = await startSandbox();
  dataDir = await tempDir('members');
});
afterAll(async () => {
  await sandbox?.stop();
  await removeDir(dataDir);
});

describe('coupon-studio with member cards', () => {
  it('validate, create, then update points once, get the member, and set the one-click form', async () => {
    const file = await writeJson(dataDir, 'member.json', exampleMemberCard());
    const validated = await runCli(['validate', file, '--json'], { dataDir });
    expect(validated.code, validated.stderr).toBe(0);

    const created = await runCli(['create', file, '--sandbox-url', sandbox.baseUrl, '--json'], { dataDir });
    expect(created.code, created.stderr).toBe(0);
    const card = sandbox.dump().accounts[DEMO_ACCOUNT.appid]?.cards[0];
    expect(card?.cardType).toBe('MEMBER_CARD');
    const cardId = card?.cardId as string;
    const given = sandbox.giveMemberCard(DEMO_ACCOUNT.appid, cardId);
    if (!given.ok) throw new Error(given.error);
    const code = given.value;
    const target = ['--card', cardId, '--sandbox-url', sandbox.baseUrl, '--json'];

    const updated = await runCli(['members', 'update', code, '--add-bonus', '20', '--record', '消费20元', ...target], { dataDir });
    expect(updated.code, updated.stderr).toBe(0);
    expect(jsonOf(updated)).toMatchObject({ change: { outcome: 'applied', before: 0, after: 20 } });
    const got = await runCli(['members', 'get', code, ...target], { dataDir });
    expect(jsonOf(got)).toMatchObject({ ok: true, member: { bonus: 20, active: true } });
    const activity = sandbox.memberActivity(DEMO_ACCOUNT.appid);
    expect(activity.ok && activity.value.changes).toMatchObject([{ modifyBonus: 20, recordBonus: '消费20元' }]);

    const badRecord = await runCli(['members', 'update', code, '--add-bonus', '1', '--record', '一'.repeat(15), ...target], { dataDir });
    expect(badRecord.code).toBe(2);

    const badForm = await writeJson(dataDir, 'bad-form.json', { required_form: { common_field_id_list: ['USER_FORM_INFO_FLAG_PHONE'] } });
    const refused = await runCli(['members', 'form', 'set', badForm, ...target], { dataDir });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('USER_FORM_INFO_FLAG_MOBILE');
    const form = await writeJson(dataDir, 'form.json', { required_form: { common_field_id_list: ['USER_FORM_INFO_FLAG_MOBILE'] } });
    const set = await runCli(['members', 'form', 'set', form, '--card', cardId, '--sandbox-url', sandbox.baseUrl], { dataDir });
    expect(set.code, set.stderr).toBe(0);
    expect(set.stderr).toContain('自动激活');
  }, 90_000);
});

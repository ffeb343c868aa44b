// The member counter over the app's router (members:* channels, issue 10), against a real sandbox over
// HTTP with a real history database in a temp dir: the renderer sends an account id and a code and
// gets the member's data back, never a secret or a token; changes and activations are committed to
// the history's ledger before they are sent.
import { describe, expect, it, onTestFinished } from 'vitest';
import { exampleMemberCard } from '../../common/coupon/example-member-card';
import { contract } from '../../common/ipc/contract';
import { ok } from '../../common/result';
import { createMemoryVault } from '../../main/accounts/memory-vault';
import { SANDBOX_ACCOUNT_ID } from '../../main/accounts/sandbox-account';
import { weixinProbeFactory } from '../../main/accounts/weixin-probe';
import { startBatchServices } from '../../main/batch/services';
import { createHandlers } from '../../main/ipc/handlers';
import { createMemorySettingsStore } from '../../main/ipc/handlers/settings';
import { createRouter } from '../../main/ipc/router';
import { createMemoryLogger } from '../../main/log/logger';
import { DEMO_ACCOUNT, startSandbox } from '../../main/sandbox';
import { createSandboxControl } from '../../main/sandbox-control/sandbox-control';
import { confDocumentOpener } from '../../main/storage/conf-document-store';
import { createLocalServices } from '../../main/storage/local-services';
import { tempDir } from '../storage/temp-dir';

describe('members:* over the router', () => {
  it('looks up, activates once, changes points and balance, names 43010, and never answers a secret', async () => {
    const sandbox = await startSandbox();
    onTestFinished(() => sandbox.stop());
    const services = createLocalServices({ dataDir: await tempDir(), openDocument: confDocumentOpener(), makeVault: () => createMemoryVault(), openProbe: weixinProbeFactory({ sandboxBaseUrl: () => sandbox.baseUrl }) });
    const batchServices = startBatchServices({ dataDir: services.layout.root, accounts: services.accounts, drafts: services.drafts, images: services.imageResolver, sandboxBaseUrl: () => sandbox.baseUrl });
    onTestFinished(() => batchServices.close());
    const handlers = createHandlers({
      ...services.handlerDeps,
      batchServices,
      sandboxControl: createSandboxControl(sandbox),
      settings: createMemorySettingsStore(),
      openExternal: async () => ok(undefined),
      locateDataDir: () => ({ path: services.layout.root, kind: 'custom' }),
      openFolder: async () => ok(undefined),
      describe: () => ({}) as never,
    });
    const router = createRouter({ contract, handlers, isTrustedSender: () => true, log: createMemoryLogger() });
    const answers: string[] = [];
    const call = async (channel: Parameters<typeof router.dispatch>[0], request: unknown) => {
      const answer = (await router.dispatch(channel, request as never, 's')) as { ok: boolean; data?: unknown; error?: { code: string; message: { en: string }; details?: unknown } };
      answers.push(JSON.stringify(answer));
      return answer;
    };

    sandbox.updateAccount(DEMO_ACCOUNT.appid, { memberCards: { category: true, balance: true } });
    const body = exampleMemberCard();
    Object.assign(body.card.member_card as Record<string, unknown>, { auto_activate: false, wx_activate: true, supply_balance: true, balance_rules: '充值100元送10元' });
    const services2 = await batchServices.get();
    if (!services2.ok) throw new Error(services2.error.code);
    const client = await services2.value.clients.clientFor(SANDBOX_ACCOUNT_ID);
    if (!client.ok) throw new Error(client.error.code);
    const created = await client.value.client.createCard(body as unknown as Record<string, unknown>);
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const plain = await client.value.client.createCard(exampleMemberCard() as unknown as Record<string, unknown>);
    if (!plain.ok) throw new Error(JSON.stringify(plain.error));
    const given = sandbox.giveMemberCard(DEMO_ACCOUNT.appid, created.value.cardId);
    if (!given.ok) throw new Error(given.error);
    const member = { accountId: SANDBOX_ACCOUNT_ID, cardId: created.value.cardId, code: given.value };

    expect(await call('members:get', member)).toMatchObject({ ok: true, data: { active: false, bonus: 0, balance: 0 } });
    sandbox.scriptFaults('/card/membercard/activate', [{ kind: '502-after-commit' }]);
    expect(await call('members:activate', { ...member, membershipNumber: 'VIP-1', initBalance: 5000 })).toMatchObject({ ok: true, data: { outcome: 'applied', membershipNumber: 'VIP-1' } });
    expect(await call('members:activate', member)).toMatchObject({ ok: false, error: { code: 'active' } });
    sandbox.scriptFaults('/card/membercard/updateuser', [{ kind: 'reset-after-commit' }]);
    expect(await call('members:change', { ...member, value: 'balance', delta: -1250, record: '消费12.5元' })).toMatchObject({ ok: true, data: { outcome: 'applied', before: 5000, after: 3750 } });
    expect(await call('members:change', { ...member, value: 'bonus', delta: 30 })).toMatchObject({ ok: true, data: { outcome: 'applied', after: 30 } });
    expect(await call('members:get', member)).toMatchObject({ ok: true, data: { active: true, membershipNumber: 'VIP-1', bonus: 30, balance: 3750 } });
    const activity = sandbox.memberActivity(DEMO_ACCOUNT.appid);
    expect(activity.ok && activity.value.changes.map((c) => c.modifyBalance)).toEqual([-1250, 0]);

    // A card without stored value: refused in words, with the errcode in the details.
    const plainCode = sandbox.giveMemberCard(DEMO_ACCOUNT.appid, plain.value.cardId);
    if (!plainCode.ok) throw new Error(plainCode.error);
    const refused = await call('members:change', { accountId: SANDBOX_ACCOUNT_ID, cardId: plain.value.cardId, code: plainCode.value, value: 'balance', delta: 100 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'no_stored_value', details: { errcode: 43010 } } });
    expect(refused.error?.message.en).toContain('stored-value permission');
    // Payload checks: a zero delta and a record over 42 bytes never reach Weixin.
    expect(await call('members:change', { ...member, value: 'bonus', delta: 0 })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await call('members:change', { ...member, value: 'bonus', delta: 1, record: '一'.repeat(15) })).toMatchObject({ ok: false, error: { code: 'invalid_record' } });
    expect(await call('members:reconcile', { accountId: SANDBOX_ACCOUNT_ID })).toMatchObject({ ok: true, data: { stillUnknown: 0 } });
    // Every answer: no secret, no access_token.
    for (const answer of answers) {
      expect(answer).not.toContain(DEMO_ACCOUNT.secret);
      expect(answer).not.toMatch(/access_token/);
    }
  }, 60_000);
});

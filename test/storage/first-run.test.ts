// A new user's first minutes through the app's own router (the contract main and the preload use):
// the sandbox account is there, an image goes in, a batch holding it is saved and listed.
import { describe, expect, it, onTestFinished } from 'vitest';
import { contract } from '../../common/ipc/contract';
import { ok } from '../../common/result';
import { createMemoryVault } from '../../main/accounts/memory-vault';
import { SANDBOX_ACCOUNT_ID } from '../../main/accounts/sandbox-account';
import { weixinProbeFactory } from '../../main/accounts/weixin-probe';
import { createHandlers } from '../../main/ipc/handlers';
import { createMemorySettingsStore } from '../../main/ipc/handlers/settings';
import { createRouter } from '../../main/ipc/router';
import { createMemoryLogger } from '../../main/log/logger';
import { confDocumentOpener } from '../../main/storage/conf-document-store';
import { createLocalServices } from '../../main/storage/local-services';
import { startSandbox } from '../../main/sandbox';
import { startBatchServices } from '../../main/batch/services';
import { createSandboxControl } from '../../main/sandbox-control/sandbox-control';
import { smallJpeg } from '../images/fixtures';
import { tempDir } from './temp-dir';

describe('first run through the app router', () => {
  it('lists the sandbox account, takes an image and saves a batch that uses it', async () => {
    const sandbox = await startSandbox();
    onTestFinished(() => sandbox.stop());
    const services = createLocalServices({
      dataDir: await tempDir(),
      openDocument: confDocumentOpener(),
      makeVault: () => createMemoryVault(),
      openProbe: weixinProbeFactory({ sandboxBaseUrl: () => sandbox.baseUrl }),
    });
    const dataDir = services.layout.root;
    const batchServices = startBatchServices({ dataDir, accounts: services.accounts, drafts: services.drafts, images: services.imageResolver, sandboxBaseUrl: () => sandbox.baseUrl });
    onTestFinished(() => batchServices.close());
    const handlers = createHandlers({
      ...services.handlerDeps,
      batchServices,
      sandboxControl: createSandboxControl(sandbox),
      settings: createMemorySettingsStore(),
      openExternal: async () => ok(undefined),
      locateDataDir: () => ({ path: dataDir, kind: 'custom' }),
      openFolder: async () => ok(undefined),
      describe: () => ({}) as never,
    });
    const router = createRouter({ contract, handlers, isTrustedSender: () => true, log: createMemoryLogger() });
    expect(await router.dispatch('accounts:list', undefined, 's')).toMatchObject({ ok: true, data: { accounts: [{ id: SANDBOX_ACCOUNT_ID }] } });
    const image = (await router.dispatch('images:intake', { role: 'logo', source: { kind: 'bytes', base64: (await smallJpeg()).toString('base64') } }, 's')) as { ok: true; data: { ref: string } };
    expect(image.ok).toBe(true);
    const batch = await router.dispatch('drafts:create', { name: '试一下', accountId: SANDBOX_ACCOUNT_ID, cards: [{ card: { card_type: 'CASH', cash: { base_info: { logo_url: image.data.ref } } } }] }, 's');
    expect(batch).toMatchObject({ ok: true, data: { accountId: SANDBOX_ACCOUNT_ID } });
    expect(await router.dispatch('drafts:list', undefined, 's')).toMatchObject({ ok: true, data: { batches: [{ name: '试一下', draftCount: 1 }] } });
  });
});

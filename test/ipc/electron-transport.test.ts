import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contract, type AppEvents } from '../../common/ipc/contract';
import { CHANNEL_NAMES } from '../../common/ipc/names';
import { buildBridge } from '../../preload/bridge';
import { ipcRendererTransport } from '../../preload/ipc-renderer-transport';
import { bindRouterEventsToWebContents, bindRouterToIpcMain } from '../../main/electron/ipc-main';
import { createElectronSenderGuard } from '../../main/electron/sender';
import { createMemoryLogger } from '../../main/log/logger';
import { createRouter, type Router } from '../../main/ipc/router';
import { propertySeed } from '../support/seed';
import { APP_FRAME, FakeIpcMain, FakeIpcRenderer, invokeEvent, removeTestDataDirs, testHandlers, TRUSTED_ID, type FakeFrame, type IpcMainInvokeEvent } from './support/fake-electron';

afterAll(removeTestDataDirs);

// A request for every channel that passes its schema, so the matrix below reaches past the payload
// check. Domain answers may still be refusals (a batch id that does not exist): what matters here is
// that the handler, not the router, answered.
const SANDBOX = '00000000-0000-4000-8000-00000000d001';
const BATCH = '00000000-0000-4000-8000-0000000000b1';
const VALID_REQUEST: Record<(typeof CHANNEL_NAMES)[number], unknown> = {
  'app:info': undefined,
  'app:openExternal': { url: 'https://mp.weixin.qq.com/' },
  'app:dataDir': undefined,
  'app:openDataDir': undefined,
  'app:backupDataDir': undefined,
  'settings:get': undefined,
  'settings:set': { locale: 'en' },
  'accounts:list': undefined,
  'accounts:create': { name: '测试账号', appid: 'wx0123456789abcdef' },
  'accounts:update': { accountId: SANDBOX, name: '改名' },
  'accounts:remove': { accountId: 'no-such-account' },
  'accounts:setSecret': { accountId: 'no-such-account', secret: 'CANARY_SECRET_0000' },
  'accounts:clearSecret': { accountId: 'no-such-account' },
  'accounts:testConnection': { accountId: 'no-such-account' },
  'accounts:stores': { accountId: 'no-such-account' },
  'accounts:secretStorage': undefined,
  'accounts:setSecretStorage': { allowBasicText: false },
  'drafts:list': undefined,
  'drafts:get': { batchId: BATCH },
  'drafts:create': { name: '批次' },
  'drafts:save': {
    batch: { schemaVersion: 2, id: 'b-1', name: '批次', backEnd: 'weixin_card', accountId: null, drafts: [], createdAt: 1, updatedAt: 1 },
  },
  'drafts:rename': { batchId: BATCH, name: '新名' },
  'drafts:delete': { batchId: BATCH },
  'drafts:duplicate': { batchId: BATCH },
  'drafts:cloneToAccount': { batchId: BATCH, accountId: SANDBOX },
  'drafts:importJson': { text: '{"card":{"card_type":"GIFT","gift":{}}}' },
  'drafts:exportJson': { batchId: BATCH },
  'drafts:decodeImportFile': { fileName: 'a.json', base64: 'e30=' },
  'images:intake': { role: 'logo', source: { kind: 'bytes', base64: 'AAAA' } },
  'images:get': { hash: '0'.repeat(64) },
  'sandbox:status': undefined,
  'sandbox:setScenario': { couponCreation: 'blocked' },
  'sandbox:review': { cardId: 'pNoSuchCard', verdict: 'approve' },
  'sandbox:advanceClock': { seconds: 60 },
  'sandbox:payWithPayCell': { cardId: 'pNoSuchCard', originalFee: 10000 },
  'sandbox:payCellEvents': { cardId: 'pNoSuchCard' },
  'batch:start': { batchId: BATCH },
  'batch:pause': { runId: 'no-such-run' },
  'batch:preflight': { batchId: BATCH },
  'batch:resume': { runId: 'no-such-run' },
  'batch:cancel': { runId: 'no-such-run' },
  'batch:status': undefined,
  'history:query': { limit: 10 },
  'history:export': { format: 'csv' },
  'history:refreshReview': { maxCalls: 1 },
  'history:setCell': { recordId: 'no-such-record', cell: 'paycell', open: true },
  'history:problems': undefined,
  'history:acknowledgeProblems': {},
  'console:endpoints': undefined,
  'console:send': { accountId: SANDBOX, method: 'POST', path: '/card/get', body: '{"card_id":"pNoSuchCard"}' },
  'members:cards': { accountId: SANDBOX },
  'members:get': { accountId: SANDBOX, cardId: 'pNoSuchCard', code: '123456789012' },
  'members:change': { accountId: SANDBOX, cardId: 'pNoSuchCard', code: '123456789012', value: 'bonus', delta: 1 },
  'members:activate': { accountId: SANDBOX, cardId: 'pNoSuchCard', code: '123456789012' },
  'members:reconcile': { accountId: SANDBOX },
  'counter:redeem': { merchantAccountId: 'no-such-merchant', code: 'NOSUCHCODE' },
  'counter:recent': { merchantAccountId: 'no-such-merchant' },
  'counter:stocks': { merchantAccountId: 'no-such-merchant' },
  'counter:reconcile': { merchantAccountId: 'no-such-merchant' },
  'merchants:list': undefined,
  'merchants:add': { name: '坏商户', mchid: '12', verification: 'certificate', privateKeyPem: 'x', apiv3Key: 'y' },
  'merchants:addSandbox': undefined,
  'merchants:update': { merchantId: 'no-such-merchant', name: 'x', verification: 'certificate' },
  'merchants:remove': { merchantId: 'no-such-merchant' },
  'merchants:inspect': { certificatePem: 'not a certificate' },
  'merchants:testConnection': { merchantId: 'no-such-merchant' },
};
const ROUTER_CODES: readonly string[] = ['forbidden', 'unknown_channel', 'invalid_request', 'internal', 'transport'];

function wire() {
  const ipcMain = new FakeIpcMain();
  const router: Router<AppEvents, IpcMainInvokeEvent> = createRouter({
    contract,
    handlers: testHandlers(),
    isTrustedSender: createElectronSenderGuard({ isTrustedWebContentsId: (id) => id === TRUSTED_ID }),
    log: createMemoryLogger(),
  });
  const unbind = bindRouterToIpcMain(ipcMain.asIpcMain(), router);
  return { ipcMain, router, unbind };
}

const subFrame: FakeFrame = { url: 'app://bundle/frame.html', parent: APP_FRAME };
const FOREIGN_SENDERS: [string, IpcMainInvokeEvent][] = [
  ['senderFrame null (navigated or destroyed)', invokeEvent(TRUSTED_ID, null)],
  ['a sub-frame of the app page', invokeEvent(TRUSTED_ID, subFrame)],
  ['app://bundle.evil/', invokeEvent(TRUSTED_ID, { url: 'app://bundle.evil/index.html', parent: null })],
  ['app://bundle@evil/', invokeEvent(TRUSTED_ID, { url: 'app://bundle@evil/index.html', parent: null })],
  ['app://bundle:8080/', invokeEvent(TRUSTED_ID, { url: 'app://bundle:8080/index.html', parent: null })],
  ['app://evil/', invokeEvent(TRUSTED_ID, { url: 'app://evil/index.html', parent: null })],
  ['https://example.com/', invokeEvent(TRUSTED_ID, { url: 'https://example.com/', parent: null })],
  ['https://mp.weixin.qq.com/', invokeEvent(TRUSTED_ID, { url: 'https://mp.weixin.qq.com/', parent: null })],
  ['file:///index.html', invokeEvent(TRUSTED_ID, { url: 'file:///index.html', parent: null })],
  ['about:blank', invokeEvent(TRUSTED_ID, { url: 'about:blank', parent: null })],
  ['empty URL', invokeEvent(TRUSTED_ID, { url: '', parent: null })],
  ['devtools://devtools/', invokeEvent(TRUSTED_ID, { url: 'devtools://devtools/bundled/inspector.html', parent: null })],
  ['an unknown webContents id', invokeEvent(99, APP_FRAME)],
];

describe('Electron transport (fake ipcMain / ipcRenderer)', () => {
  it('registers one ipcMain handler per contract channel and removes them on unbind', () => {
    const { ipcMain, unbind } = wire();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.keys(contract.channels).sort());
    unbind();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('every contract channel has a handler and a preload method, end to end', async () => {
    const { ipcMain } = wire();
    const renderer = new FakeIpcRenderer(ipcMain, invokeEvent(TRUSTED_ID, APP_FRAME));
    const api = buildBridge(ipcRendererTransport(renderer.asIpcRenderer())) as unknown as Record<string, Record<string, (r: unknown) => Promise<unknown>>>;
    for (const channel of CHANNEL_NAMES) {
      const [domain, verb] = channel.split(':') as [string, string];
      const method = api[domain]?.[verb];
      expect(typeof method, channel).toBe('function');
      const answer = (await method?.(VALID_REQUEST[channel])) as { ok: boolean; error?: { code: string } };
      if (!answer.ok) expect(ROUTER_CODES, `${channel}: ${answer.error?.code}`).not.toContain(answer.error?.code);
    }
  });

  it(`refuses ${FOREIGN_SENDERS.length} foreign sender vectors on every channel`, async () => {
    const { ipcMain } = wire();
    let refused = 0;
    for (const channel of CHANNEL_NAMES) {
      for (const [label, event] of FOREIGN_SENDERS) {
        const answer = (await ipcMain.invoke(channel, event, VALID_REQUEST[channel])) as { ok: boolean; error?: { code: string } };
        expect(answer, `${channel} from ${label}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        refused += 1;
      }
    }
    console.log(`[ipc] ${CHANNEL_NAMES.length} channels × ${FOREIGN_SENDERS.length} vectors = ${refused} rejected`);
    expect(refused).toBe(CHANNEL_NAMES.length * FOREIGN_SENDERS.length);
  });

  it('property: no http(s) page URL is ever a trusted sender', () => {
    const guard = createElectronSenderGuard({ isTrustedWebContentsId: () => true });
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        expect(guard(invokeEvent(TRUSTED_ID, { url, parent: null }))).toBe(false);
      }),
      { seed: propertySeed('sender guard vs fc.webUrl'), numRuns: 2000 },
    );
  });

  it('reads only the first argument as the payload', async () => {
    const { ipcMain } = wire();
    const answer = await ipcMain.invoke('settings:set', invokeEvent(TRUSTED_ID, APP_FRAME), { locale: 'en' }, { locale: 'zh-CN' });
    expect(answer).toEqual({ ok: true, data: { locale: 'en' } });
  });

  it('pushes router events to live windows only, and the preload hands the payload alone to the page', async () => {
    const { ipcMain, router } = wire();
    const renderer = new FakeIpcRenderer(ipcMain, invokeEvent(TRUSTED_ID, APP_FRAME));
    const live = { send: (event: string, payload: unknown) => renderer.deliver(event, payload), isDestroyed: () => false };
    const sentToDead: unknown[] = [];
    const dead = { send: (...args: unknown[]) => sentToDead.push(args), isDestroyed: () => true };
    bindRouterEventsToWebContents(router, () => [live, dead] as never);
    const api = buildBridge(ipcRendererTransport(renderer.asIpcRenderer()));
    const received: unknown[][] = [];
    api.on('settings:changed', (...args: unknown[]) => received.push(args));
    await api.settings.set({ locale: 'en' });
    expect(received).toEqual([[{ locale: 'en' }]]);
    expect(sentToDead).toEqual([]);
  });
});

// The 微信支付商户 form in jsdom: local checks, the files read and checked by main (a fake bridge
// answering with envelopes shaped as main's merchants:inspect/add; the checks themselves run against
// the real sandbox in test/accounts/merchant-ipc.test.ts). Bad input gets the field's own bilingual
// message, nothing is saved, and what was typed or dropped stays.
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MerchantAccountView } from '../../common/ipc/channels/merchants';
import { MerchantForm } from '../../renderer/src/features/accounts/MerchantForm';
import { useAppStore } from '../../renderer/src/stores/app-store';
import { useMerchantsStore } from '../../renderer/src/stores/merchants-store';
import { renderScreen, resetAll, setBridge } from './support/harness';

afterEach(() => {
  resetAll();
  useMerchantsStore.setState(useMerchantsStore.getInitialState(), true);
});

const SERIAL = '5A2B3C4D5E6F708192A3B4C5D6E7F8091A2B3C4D';
const MCHID = '1900009231';
const APIV3 = 'Sandbox0APIv3Key0DemoMerchant001';
const PUB_KEY_ID = 'PUB_KEY_ID_0119000092312026120300000000000001';
const pem = (label: string, body: string) => `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
const CERT_A = pem('CERTIFICATE', 'MIIcertificateA');
const KEY_A = pem('PRIVATE KEY', 'MIIkeyA');
const KEY_B = pem('PRIVATE KEY', 'MIIkeyB');
const PUBLIC_KEY = pem('PUBLIC KEY', 'MIIpublic');

const ok = <T,>(data: T) => ({ ok: true as const, data });
/** main's words for these refusals (main/accounts/merchant-input.ts). */
const NOT_A_CERTIFICATE = {
  'zh-CN': '无法读取商户 API 证书：请选择 apiclient_cert.pem（以 -----BEGIN CERTIFICATE----- 开头的 RSA 证书）。',
  en: 'The merchant API certificate cannot be read: choose apiclient_cert.pem (an RSA certificate starting with -----BEGIN CERTIFICATE-----).',
};
const KEY_NOT_MATCHING = {
  'zh-CN': '这个私钥与已选的商户 API 证书不配对：请选择同一次申请得到的 apiclient_key.pem 和 apiclient_cert.pem。',
  en: 'This private key does not belong to the chosen merchant API certificate: choose the apiclient_key.pem and apiclient_cert.pem issued together.',
};

/** window.couponStudio.merchants over in-memory state, answering as main does. */
function fakeBridge() {
  const merchants: MerchantAccountView[] = [];
  const merchantsApi = {
    list: vi.fn(async () => ok({ merchants: [...merchants], problems: [] })),
    inspect: vi.fn(async (files: { certificatePem?: string; privateKeyPem?: string }) => {
      const problems: { field: string; message: typeof KEY_NOT_MATCHING }[] = [];
      const isCert = files.certificatePem === CERT_A;
      if (files.certificatePem !== undefined && !isCert) problems.push({ field: 'certificatePem', message: NOT_A_CERTIFICATE });
      if (isCert && files.privateKeyPem === KEY_B) problems.push({ field: 'privateKey', message: KEY_NOT_MATCHING });
      return ok({ ...(isCert ? { serialNo: SERIAL } : {}), problems });
    }),
    add: vi.fn(async (input: { name: string; mchid: string; appid?: string }) => {
      const view: MerchantAccountView = {
        id: `m-${merchants.length + 1}`,
        name: input.name,
        displayName: { 'zh-CN': input.name, en: input.name },
        mchid: input.mchid,
        serialNo: SERIAL,
        hasCertificate: true,
        verification: 'public-key',
        publicKeyId: PUB_KEY_ID,
        platformCertificates: [],
        environment: 'wechatpay',
        createdAt: 0,
        secrets: { privateKey: 'stored', apiv3Key: 'stored' },
      };
      merchants.push(view);
      return ok(view);
    }),
  };
  setBridge({ merchants: merchantsApi, on: () => () => undefined });
  return { merchants, api: merchantsApi };
}

function renderForm() {
  const onSaved = vi.fn();
  renderScreen(<MerchantForm onCancel={() => undefined} onSaved={onSaved} />);
  return onSaved;
}

const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });
async function drop(testId: string, name: string, content: string) {
  const input = screen.getByTestId(testId).querySelector('input[type="file"]');
  if (!input) throw new Error(`no file input in ${testId}`);
  await act(async () => {
    fireEvent.change(input, { target: { files: [new File([content], name, { type: 'text/plain' })] } });
  });
  await waitFor(() => expect(screen.getByTestId(`${testId}-name`).textContent).toContain(name));
}
const errorOf = (field: string) => screen.findByTestId(`merchant-error-${field}`);
const save = () => act(async () => void fireEvent.click(screen.getByTestId('save-merchant')));

describe('添加微信支付商户', () => {
  it('an empty 商户号 is named under its field; nothing is saved and the name stays as typed', async () => {
    const { merchants, api } = fakeBridge();
    renderForm();
    type('merchant-name', '小林咖啡');
    await save();
    expect((await errorOf('mchid')).textContent).toBe('请填写商户号（8–12 位数字）。在商户平台右上角或 账户中心 → 商户信息 查看。');
    expect((await errorOf('privateKey')).textContent).toContain('apiclient_key.pem');
    expect(api.add).not.toHaveBeenCalled();
    expect(merchants).toEqual([]);
    expect((screen.getByTestId('merchant-name') as HTMLInputElement).value).toBe('小林咖啡');
  });

  it('a file that is not PEM, and a PEM that is not a certificate, each get their own message', async () => {
    fakeBridge();
    renderForm();
    await act(async () => {
      const input = screen.getByTestId('merchant-cert-drop').querySelector('input[type="file"]') as HTMLInputElement;
      fireEvent.change(input, { target: { files: [new File(['PK\u0003\u0004 zip bytes'], 'cert.zip', { type: 'application/zip' })] } });
    });
    expect((await errorOf('certificatePem')).textContent).toBe('这个文件不是文本格式的 PEM 文件：请选择商户平台下载的 .pem 文件。');
    await drop('merchant-cert-drop', 'apiclient_cert.pem', PUBLIC_KEY);
    await waitFor(() => expect(screen.getByTestId('merchant-error-certificatePem').textContent).toContain('无法读取商户 API 证书'));
  });

  it('a key that does not match the certificate is refused before saving, in Chinese and in English', async () => {
    const { merchants, api } = fakeBridge();
    renderForm();
    type('merchant-name', '小林咖啡');
    type('merchant-mchid', MCHID);
    await drop('merchant-cert-drop', 'apiclient_cert.pem', CERT_A);
    // The serial is read from the certificate by main and shown in place of the typed one.
    await waitFor(() => expect((screen.getByTestId('merchant-serial') as HTMLInputElement).value).toBe(SERIAL));
    await drop('merchant-key-drop', 'apiclient_key.pem', KEY_B);
    expect((await errorOf('privateKey')).textContent).toContain('这个私钥与已选的商户 API 证书不配对');
    act(() => useAppStore.setState({ locale: 'en' }));
    expect(screen.getByTestId('merchant-error-privateKey').textContent).toContain('This private key does not belong to the chosen merchant API certificate');
    await save();
    expect(api.add).not.toHaveBeenCalled();
    expect(merchants).toEqual([]);
    // Everything dropped or typed is still there to correct.
    expect(screen.getByTestId('merchant-cert-drop-name').textContent).toContain('apiclient_cert.pem');
    expect((screen.getByTestId('merchant-mchid') as HTMLInputElement).value).toBe(MCHID);
  });

  it('saves a complete merchant once; the keys go to main and are never rendered', async () => {
    const { merchants, api } = fakeBridge();
    const onSaved = renderForm();
    type('merchant-name', '小林咖啡');
    type('merchant-mchid', MCHID);
    await drop('merchant-cert-drop', 'apiclient_cert.pem', CERT_A);
    await drop('merchant-key-drop', 'apiclient_key.pem', KEY_A);
    type('merchant-apiv3', APIV3);
    await drop('merchant-pubkey-drop', 'pub_key.pem', PUBLIC_KEY);
    type('merchant-pubkey-id', PUB_KEY_ID);
    await waitFor(() => expect(screen.queryByTestId('merchant-error-privateKey')).toBeNull());
    await save();
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('m-1'));
    expect(api.add).toHaveBeenCalledTimes(1);
    expect(api.add).toHaveBeenCalledWith({ name: '小林咖啡', mchid: MCHID, verification: 'public-key', certificatePem: CERT_A, publicKeyId: PUB_KEY_ID, publicKeyPem: PUBLIC_KEY, privateKeyPem: KEY_A, apiv3Key: APIV3 });
    expect(merchants).toHaveLength(1);
    expect(document.body.innerHTML).not.toMatch(/PRIVATE KEY|MIIkeyA|Sandbox0APIv3Key/);
  });
});

import { create } from 'zustand';
import type { Localized } from '../../../common/i18n';
import type { MerchantAccountView, MerchantConnectionReportView, MerchantInspection, MerchantVerification } from '../../../common/ipc/channels/merchants';
import type { IpcError } from '../api';
import { getMerchantsApi } from '../api/domains';
import { merchantText } from '../i18n/merchant-text';

/** What the merchant form edits. Keys and PEMs are sent with the save and never read back. */
export interface MerchantFormInput {
  name: string;
  mchid: string;
  /** Typed, or empty when apiclient_cert.pem gives it. */
  serialNo: string;
  certificatePem: string;
  /** apiclient_key.pem's text; empty on edit keeps the saved one. */
  privateKeyPem: string;
  /** Empty on edit keeps the saved one. */
  apiv3Key: string;
  verification: MerchantVerification;
  publicKeyId: string;
  publicKeyPem: string;
  appid: string;
}

/** A form field a message can sit under. */
export type MerchantFormField = 'name' | 'mchid' | 'serialNo' | 'certificatePem' | 'privateKey' | 'apiv3Key' | 'publicKey' | 'appid';

/** Saving: the merchant, or messages by field and/or one for the form. */
export type MerchantSaveOutcome = { ok: true; merchantId: string } | { ok: false; fields: Partial<Record<MerchantFormField, Localized>>; form?: Localized };

/** One merchant's last 测试连接. */
export type MerchantConnectionState = { status: 'testing' } | { status: 'done'; report: MerchantConnectionReportView } | { status: 'error'; error: Localized };

/** Main names these in details.field; the form shows them under its own fields. */
const FIELD_OF: Readonly<Record<string, MerchantFormField>> = {
  name: 'name',
  mchid: 'mchid',
  serialNo: 'serialNo',
  certificatePem: 'certificatePem',
  privateKey: 'privateKey',
  apiv3Key: 'apiv3Key',
  publicKey: 'publicKey',
  publicKeyPem: 'publicKey',
  appid: 'appid',
};

function outcomeOf(error: IpcError): MerchantSaveOutcome {
  const field = typeof error.details?.field === 'string' ? FIELD_OF[error.details.field] : undefined;
  return field ? { ok: false, fields: { [field]: error.message } } : { ok: false, fields: {}, form: error.message };
}

const given = (text: string) => (text.trim() === '' ? undefined : text);

/** The profile part of add/update as the channel takes it. */
function profileOf(input: MerchantFormInput) {
  return {
    name: input.name.trim(),
    verification: input.verification,
    ...(given(input.serialNo) ? { serialNo: input.serialNo.trim() } : {}),
    ...(given(input.certificatePem) ? { certificatePem: input.certificatePem } : {}),
    ...(input.verification === 'public-key' && given(input.publicKeyId) ? { publicKeyId: input.publicKeyId.trim() } : {}),
    ...(input.verification === 'public-key' && given(input.publicKeyPem) ? { publicKeyPem: input.publicKeyPem } : {}),
    ...(given(input.appid) ? { appid: input.appid.trim() } : {}),
  };
}

let seq = 0;

/** The WeChat Pay merchant accounts as main reports them. */
export interface MerchantsState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  error: Localized | null;
  merchants: MerchantAccountView[];
  problems: Localized[];
  connections: Record<string, MerchantConnectionState>;
  notice: { seq: number; message: Localized } | null;
  /** The merchant the accounts screen shows (when no 公众号 is chosen there), or its edit form. */
  view: { kind: 'merchant' | 'edit'; merchantId: string } | null;

  /** Lists the merchants (other screens call this to offer them). */
  load(): Promise<void>;
  save(input: MerchantFormInput, merchantId?: string): Promise<MerchantSaveOutcome>;
  /** 使用沙箱商户: adds the embedded sandbox's demo merchant. */
  addSandbox(): Promise<MerchantSaveOutcome>;
  remove(merchantId: string): Promise<Localized | null>;
  testConnection(merchantId: string): Promise<void>;
  /** Reads dropped files in main (serial, key ↔ certificate) without saving anything. */
  inspect(files: { certificatePem?: string; privateKeyPem?: string; publicKeyPem?: string }): Promise<MerchantInspection | null>;
  dismissNotice(): void;
  show(view: MerchantsState['view']): void;
}

/** The merchants store (style.md habit 5): the only caller of couponStudio.merchants. */
export const useMerchantsStore = create<MerchantsState>()((set, get) => ({
  status: 'idle',
  error: null,
  merchants: [],
  problems: [],
  connections: {},
  notice: null,
  view: null,

  async load() {
    const api = getMerchantsApi();
    if (!api) {
      set({ status: 'failed', error: merchantText.unavailable });
      return;
    }
    if (get().status !== 'ready') set({ status: 'loading' });
    const listed = await api.list();
    if (!listed.ok) {
      set({ status: 'failed', error: listed.error.message });
      return;
    }
    const { merchants, problems } = listed.data;
    const view = get().view;
    set({ status: 'ready', error: null, merchants, problems: problems.map((p) => p.message), view: view && merchants.some((m) => m.id === view.merchantId) ? view : null });
  },

  async save(input, merchantId) {
    const api = getMerchantsApi();
    if (!api) return { ok: false, fields: {}, form: merchantText.unavailable };
    const profile = profileOf(input);
    const saved =
      merchantId === undefined
        ? await api.add({ ...profile, mchid: input.mchid.trim(), privateKeyPem: input.privateKeyPem, apiv3Key: input.apiv3Key.trim() })
        : await api.update({
            merchantId,
            ...profile,
            ...(given(input.privateKeyPem) ? { privateKeyPem: input.privateKeyPem } : {}),
            ...(given(input.apiv3Key) ? { apiv3Key: input.apiv3Key.trim() } : {}),
          });
    if (!saved.ok) return outcomeOf(saved.error);
    const id = saved.data.id;
    // A changed profile or key makes the last test stale.
    const { [id]: _old, ...connections } = get().connections;
    set({ connections });
    await get().load();
    return { ok: true, merchantId: id };
  },

  async addSandbox() {
    const api = getMerchantsApi();
    if (!api) return { ok: false, fields: {}, form: merchantText.unavailable };
    const added = await api.addSandbox();
    if (!added.ok) return outcomeOf(added.error);
    await get().load();
    return { ok: true, merchantId: added.data.id };
  },

  async remove(merchantId) {
    const api = getMerchantsApi();
    if (!api) return merchantText.unavailable;
    const merchant = get().merchants.find((m) => m.id === merchantId);
    const removed = await api.remove({ merchantId });
    if (!removed.ok) return removed.error.message;
    await get().load();
    if (merchant) set({ notice: { seq: ++seq, message: merchantText.removed(merchant.name) } });
    return null;
  },

  async testConnection(merchantId) {
    const api = getMerchantsApi();
    if (!api) return;
    set((s) => ({ connections: { ...s.connections, [merchantId]: { status: 'testing' } } }));
    const tested = await api.testConnection({ merchantId });
    const state: MerchantConnectionState = tested.ok ? { status: 'done', report: tested.data } : { status: 'error', error: tested.error.message };
    set((s) => ({ connections: { ...s.connections, [merchantId]: state } }));
    // Success records lastVerifiedAt (and any platform certificates) in main.
    if (tested.ok && tested.data.status === 'connected') await get().load();
  },

  async inspect(files) {
    const api = getMerchantsApi();
    if (!api) return null;
    const inspected = await api.inspect(files);
    return inspected.ok ? inspected.data : null;
  },

  dismissNotice() {
    set({ notice: null });
  },

  show(view) {
    set({ view });
  },
}));

/** The merchant with this id, if listed. */
export function merchantById(merchants: readonly MerchantAccountView[], id: string | null | undefined): MerchantAccountView | undefined {
  return id ? merchants.find((m) => m.id === id) : undefined;
}

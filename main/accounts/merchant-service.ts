import { createPrivateKey, createPublicKey, randomUUID, type KeyObject } from 'node:crypto';
import { systemClock, type Clock } from '../../common/clock';
import { localized, type Localized } from '../../common/i18n';
import { err, ok, type Result } from '../../common/result';
import type { SecretState } from '../../common/ipc/channels/accounts';
import type { CorruptDocument, DocumentStore } from '../storage/document-store';
import { noteProblem } from '../storage/problems';
import { createSerialQueue } from '../storage/serial-queue';
import type { PayCredentials } from '../wechatpay/pay-call';
import { checkApiv3Key, checkMchid, checkPrivateKey, checkPublicKey, checkSerial, type MerchantFieldProblem } from './merchant-input';
import { MERCHANTS_DOCUMENT_VERSION, type MerchantRecord, type MerchantsDocument, type PlatformCertificateRecord } from './merchant-record';
import type { MerchantSecrets } from './merchant-secrets';

/** A merchant-account operation that did not happen (code + bilingual message + field). */
export interface MerchantError {
  readonly code: 'merchant_not_found' | 'invalid_field' | 'duplicate_mchid' | 'storage' | 'vault';
  readonly message: Localized;
  readonly field?: string;
}

/** A new merchant as the form sends it (the secrets come separately, write-only). */
export interface CreateMerchantInput {
  readonly name: string;
  readonly mchid: string;
  readonly serialNo?: string;
  readonly certificatePem?: string;
  readonly publicKeyId?: string;
  readonly publicKeyPem?: string;
  readonly appid?: string;
  readonly environment?: MerchantRecord['environment'];
}

/**
 * A change to a merchant's profile (the mchid stays: the keys in the vault are bound to it).
 * `certificatePem` replaces the certificate and the serial read from it; a typed `serialNo` without
 * one drops a certificate of another serial; `publicKey: null` switches to platform certificates.
 */
export interface UpdateMerchantInput {
  readonly name?: string;
  readonly serialNo?: string;
  readonly certificatePem?: string;
  readonly publicKey?: { readonly id: string; readonly pem: string } | null;
  readonly appid?: string | null;
}

/** A merchant as the renderer may see it: the record plus where each secret is, never a secret. */
export type MerchantView = MerchantRecord & { readonly secrets: Readonly<Record<'privateKey' | 'apiv3Key', SecretState>> };

/** What the client and test connection need, main only. */
export interface MerchantCredentials {
  readonly record: MerchantRecord;
  readonly pay: PayCredentials;
  readonly apiv3Key: () => Promise<string | undefined>;
}

const field = (p: MerchantFieldProblem): MerchantError => ({ code: 'invalid_field', field: p.field, message: p.message });
const notFound = (): MerchantError => ({ code: 'merchant_not_found', message: localized('找不到这个商户号账号，它可能已被删除。', 'That merchant account does not exist; it may have been removed.') });

/** Merchant accounts: records in merchants.json, private key and APIv3 key in the vault. */
export function createMerchantService(deps: { store: DocumentStore<MerchantsDocument>; secrets: MerchantSecrets; clock?: Clock; newId?: () => string }) {
  const { store, secrets } = deps;
  const clock = deps.clock ?? systemClock;
  const newId = deps.newId ?? randomUUID;
  const queue = createSerialQueue();
  const problems: CorruptDocument[] = [];

  async function load(): Promise<MerchantsDocument> {
    const read = await store.read();
    // A corrupt merchants.json is reported to the screen once (it was moved aside by the store).
    if (!read.ok) noteProblem(problems, read.error);
    return (read.ok ? read.value : undefined) ?? { schemaVersion: MERCHANTS_DOCUMENT_VERSION, merchants: [] };
  }
  const find = async (id: string) => (await load()).merchants.find((m) => m.id === id);
  function mutate<T>(change: (doc: MerchantsDocument) => Result<{ doc: MerchantsDocument; value: T }, MerchantError>): Promise<Result<T, MerchantError>> {
    return queue.run(async () => {
      const changed = change(await load());
      if (!changed.ok) return changed;
      const written = await store.write(changed.value.doc);
      return written.ok ? ok(changed.value.value) : err({ code: 'storage', message: written.error.message });
    });
  }
  async function view(record: MerchantRecord): Promise<MerchantView> {
    return { ...record, secrets: { privateKey: await secrets.status(record.id, record.mchid, 'private_key'), apiv3Key: await secrets.status(record.id, record.mchid, 'apiv3_key') } };
  }
  const replaceChecked = (id: string, change: (record: MerchantRecord) => Result<MerchantRecord, MerchantError>) =>
    mutate<MerchantRecord>((doc) => {
      const current = doc.merchants.find((m) => m.id === id);
      if (!current) return err(notFound());
      const next = change(current);
      if (!next.ok) return next;
      return ok({ doc: { ...doc, merchants: doc.merchants.map((m) => (m.id === id ? next.value : m)) }, value: next.value });
    });
  const replace = (id: string, change: (record: MerchantRecord) => MerchantRecord) => replaceChecked(id, (record) => ok(change(record)));

  return {
    async list(): Promise<MerchantView[]> {
      return Promise.all((await load()).merchants.map(view));
    },
    /** The corrupt-file reports of this session (merchants.json unreadable and moved aside). */
    problems: (): readonly CorruptDocument[] => [...problems],
    async get(id: string): Promise<Result<MerchantView, MerchantError>> {
      const record = await find(id);
      return record ? ok(await view(record)) : err(notFound());
    },
    /** Changes the profile; every field is checked before anything is written. */
    async update(id: string, patch: UpdateMerchantInput): Promise<Result<MerchantView, MerchantError>> {
      const name = patch.name?.trim();
      if (name !== undefined && (name === '' || [...name].length > 40)) return err(field({ field: 'name', message: localized('名称应为 1–40 个字符。', 'The name has 1–40 characters.') }));
      let publicKey: { id: string; pem: string } | undefined;
      if (patch.publicKey) {
        const checked = checkPublicKey(patch.publicKey.id, patch.publicKey.pem);
        if (!checked.ok) return err(field(checked.error));
        publicKey = checked.value;
      }
      const updated = await replaceChecked(id, (current) => {
        let serialNo = current.serialNo;
        let certificatePem = current.certificatePem;
        if ((patch.certificatePem ?? '').trim() !== '' || (patch.serialNo ?? '').trim() !== '') {
          const serial = checkSerial(patch.serialNo, patch.certificatePem);
          if (!serial.ok) return err(field(serial.error));
          serialNo = serial.value.serialNo;
          // A typed serial keeps the saved certificate only when it is that certificate's.
          certificatePem = serial.value.certificatePem ?? (serialNo === current.serialNo ? current.certificatePem : undefined);
        }
        const { certificatePem: _cert, publicKey: _key, appid: _appid, ...rest } = current;
        const nextKey = patch.publicKey === null ? undefined : (publicKey ?? current.publicKey);
        const appid = patch.appid === undefined ? current.appid : patch.appid?.trim() || undefined;
        return ok({
          ...rest,
          ...(name !== undefined ? { name } : {}),
          serialNo,
          ...(certificatePem ? { certificatePem } : {}),
          ...(nextKey ? { publicKey: nextKey } : {}),
          ...(appid ? { appid } : {}),
        });
      });
      return updated.ok ? ok(await view(updated.value)) : updated;
    },
    async create(input: CreateMerchantInput): Promise<Result<MerchantView, MerchantError>> {
      const name = input.name.trim();
      if (name === '' || [...name].length > 40) return err(field({ field: 'name', message: localized('名称应为 1–40 个字符。', 'The name has 1–40 characters.') }));
      const mchid = checkMchid(input.mchid);
      if (!mchid.ok) return err(field(mchid.error));
      const serial = checkSerial(input.serialNo, input.certificatePem);
      if (!serial.ok) return err(field(serial.error));
      const publicKey = checkPublicKey(input.publicKeyId, input.publicKeyPem);
      if (!publicKey.ok) return err(field(publicKey.error));
      const created = await mutate<MerchantRecord>((doc) => {
        const other = doc.merchants.find((m) => m.mchid === mchid.value && m.environment === (input.environment ?? 'wechatpay'));
        if (other) return err({ code: 'duplicate_mchid', field: 'mchid', message: localized(`商户号 ${mchid.value} 已被“${other.name}”使用。`, `Merchant ID ${mchid.value} is already used by "${other.name}".`) });
        const record: MerchantRecord = {
          id: newId(),
          kind: 'wechatpay-merchant',
          name,
          mchid: mchid.value,
          serialNo: serial.value.serialNo,
          ...(serial.value.certificatePem ? { certificatePem: serial.value.certificatePem } : {}),
          ...(publicKey.value ? { publicKey: publicKey.value } : {}),
          platformCertificates: [],
          ...(input.appid ? { appid: input.appid.trim() } : {}),
          environment: input.environment ?? 'wechatpay',
          createdAt: clock.now(),
        };
        return ok({ doc: { ...doc, merchants: [...doc.merchants, record] }, value: record });
      });
      return created.ok ? ok(await view(created.value)) : created;
    },
    async remove(id: string): Promise<Result<void, MerchantError>> {
      const removed = await mutate<void>((doc) => (doc.merchants.some((m) => m.id === id) ? ok({ doc: { ...doc, merchants: doc.merchants.filter((m) => m.id !== id) }, value: undefined }) : err(notFound())));
      if (removed.ok) await secrets.deleteAll(id);
      return removed;
    },
    /** Stores apiclient_key.pem (checked against the certificate when known); answers only where it went. */
    async setPrivateKey(id: string, pem: string): Promise<Result<SecretState, MerchantError>> {
      const record = await find(id);
      if (!record) return err(notFound());
      const key = checkPrivateKey(pem, record.certificatePem);
      if (!key.ok) return err(field(key.error));
      const stored = await secrets.set(id, record.mchid, 'private_key', key.value);
      return stored.ok ? ok(stored.value) : err({ code: 'vault', message: stored.error.message });
    },
    async setApiv3Key(id: string, key: string): Promise<Result<SecretState, MerchantError>> {
      const record = await find(id);
      if (!record) return err(notFound());
      const checked = checkApiv3Key(key);
      if (!checked.ok) return err(field(checked.error));
      const stored = await secrets.set(id, record.mchid, 'apiv3_key', checked.value);
      return stored.ok ? ok(stored.value) : err({ code: 'vault', message: stored.error.message });
    },
    /** Keeps platform certificates downloaded and decrypted by test connection (§3.4). */
    storePlatformCertificates: (id: string, certificates: readonly PlatformCertificateRecord[]) => replace(id, (r) => ({ ...r, platformCertificates: [...certificates] })),
    markVerified: (id: string, at: number) => replace(id, (r) => ({ ...r, lastVerifiedAt: at })),
    /** Credentials for the APIv3 client: secrets are read from the vault at each use, never kept. */
    async credentials(id: string): Promise<Result<MerchantCredentials, MerchantError>> {
      const record = await find(id);
      if (!record) return err(notFound());
      return ok({
        record,
        pay: {
          mchid: record.mchid,
          serialNo: record.serialNo,
          privateKey: async () => {
            const pem = await secrets.get(id, record.mchid, 'private_key');
            return pem.ok ? safePrivateKey(pem.value) : undefined;
          },
          verifierKeys: () => verifierKeysOf(record),
          // §3.1: name the public key so a migrating merchant is answered with it.
          preferredSerial: () => record.publicKey?.id ?? record.platformCertificates[0]?.serialNo,
        },
        apiv3Key: async () => {
          const key = await secrets.get(id, record.mchid, 'apiv3_key');
          return key.ok ? key.value : undefined;
        },
      });
    },
  };
}

/** The service's type. */
export type MerchantService = ReturnType<typeof createMerchantService>;

/** Public key by PUB_KEY_ID and each platform certificate by its serial (both while migrating, §3.3). */
export function verifierKeysOf(record: MerchantRecord): Map<string, KeyObject> {
  const keys = new Map<string, KeyObject>();
  if (record.publicKey) keys.set(record.publicKey.id, createPublicKey(record.publicKey.pem));
  for (const cert of record.platformCertificates) keys.set(cert.serialNo, createPublicKey(cert.pem));
  return keys;
}

function safePrivateKey(pem: string): KeyObject | undefined {
  try {
    return createPrivateKey(pem);
  } catch {
    return undefined;
  }
}

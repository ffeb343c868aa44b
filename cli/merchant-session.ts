import { readFile } from 'node:fs/promises';
import { localized } from '../common/i18n';
import { err, ok, type Result } from '../common/result';
import { merchantEnvNames, environmentMerchantSecrets } from '../main/accounts/merchant-secrets';
import { MERCHANTS_DOCUMENT_NAME, merchantsDocumentSchema } from '../main/accounts/merchant-record';
import { createMerchantService } from '../main/accounts/merchant-service';
import { SANDBOX_MERCHANT_ID, withSandboxMerchant, type MerchantClient } from '../main/busifavor/merchant-clients';
import { openStockServices, type StockServices } from '../main/busifavor/stock-services';
import { confDocumentOpener } from '../main/storage/conf-document-store';
import type { LocalServices } from '../main/storage/local-services';
import { stringOption, type OptionValues } from './args';
import { openLocal, settleDelayOf, type CommandContext } from './context';
import { EXIT } from './exit-codes';
import { historyOpenFailure } from './history-source';
import { failure, type CliFailure } from './io';
import { openSandboxTarget, readSandboxChoice, SANDBOX_OPTIONS, type SandboxChoice, type SandboxTarget } from './sandbox-target';

/** `--merchant MCHID` and the sandbox choice, shared by the 商家券 commands. */
export const MERCHANT_OPTIONS = { merchant: { type: 'string' }, ...SANDBOX_OPTIONS } as const;

/** The help lines of {@link MERCHANT_OPTIONS}. */
export const MERCHANT_HELP = [
  ['--merchant MCHID', '用这个商户号账号（merchants.json 中的商户号、账号 ID 或名称）', 'use this merchant account (its mchid, account id or name in merchants.json)'],
  ['--sandbox', '用内置沙箱商户和本进程内嵌的沙箱（默认）', 'use the built-in sandbox merchant and a sandbox embedded in this process (default)'],
  ['--sandbox-url URL', '沙箱商户改用这个正在运行的沙箱（如 npm run sandbox）', 'point sandbox merchants at this running sandbox (e.g. npm run sandbox)'],
] as const;

/** One merchant, its sandbox if it needs one, and the history + stock engine over the data directory. */
export interface MerchantSession {
  readonly local: LocalServices;
  readonly services: StockServices;
  readonly merchant: MerchantClient;
  readonly target: SandboxTarget | undefined;
  close(): Promise<void>;
}

/**
 * Chooses the merchant as `create` chooses the account: `--merchant` names one of merchants.json
 * (its secrets from COUPON_STUDIO_MCH_KEY[_<MCHID>] / COUPON_STUDIO_APIV3_KEY[_<MCHID>], a key
 * file path allowed), otherwise the built-in sandbox merchant in an embedded sandbox. The private
 * key is read now, so a missing one is a usage error before anything is written or sent.
 */
export async function openMerchantSession(ctx: CommandContext, values: OptionValues): Promise<Result<MerchantSession, CliFailure>> {
  const choice = readSandboxChoice(values);
  if (!choice.ok) return choice;
  const wanted = stringOption(values, 'merchant');
  if (wanted !== undefined && choice.value.kind === 'embedded') {
    return err(failure(EXIT.usage, 'usage', localized('--merchant 与 --sandbox 只能选一个。', 'Use either --merchant or --sandbox, not both.')));
  }
  const targetRef: { target?: SandboxTarget } = {};
  const local = openLocal(ctx, () => targetRef.target?.baseUrl);
  const merchantsStore = confDocumentOpener()({ dir: local.layout.root, name: MERCHANTS_DOCUMENT_NAME, schema: merchantsDocumentSchema });
  const readKeyFile = (path: string) => readFile(path, 'utf8').catch(() => undefined);
  const service = createMerchantService({ store: merchantsStore, secrets: environmentMerchantSecrets(ctx.host.env, readKeyFile) });
  let accountId = SANDBOX_MERCHANT_ID;
  let sandbox: SandboxChoice = choice.value.kind === 'none' ? { kind: 'embedded' } : choice.value;
  if (wanted !== undefined) {
    const all = await service.list();
    const key = wanted.trim();
    const found = all.filter((m) => m.mchid === key || m.id === key || m.name === key);
    const only = found[0];
    if (found.length !== 1 || !only) {
      const known = all.map((m) => `${m.name} (${m.mchid})`).join('、') || '—';
      return err(
        failure(
          EXIT.usage,
          found.length > 1 ? 'merchant_ambiguous' : 'merchant_not_found',
          localized(`找不到唯一的商户号账号“${key}”。现有商户：${known}。`, `No single merchant account "${key}". Merchants: ${known}.`),
        ),
      );
    }
    accountId = only.id;
    if (only.environment === 'sandbox' && choice.value.kind === 'none') {
      return err(failure(EXIT.usage, 'sandbox_required', localized(`商户“${only.name}”使用沙箱：请用 --sandbox-url 指定正在运行的沙箱。`, `The merchant "${only.name}" uses the sandbox: pass --sandbox-url with the running sandbox's address.`)));
    }
    if (only.environment !== 'sandbox') sandbox = { kind: 'none' };
    const credentials = await service.credentials(only.id);
    if (!credentials.ok || !(await credentials.value.pay.privateKey())) {
      const names = merchantEnvNames(only.mchid).private_key.join(' / ');
      return err(
        failure(
          EXIT.usage,
          'no_secret',
          localized(`没有商户 ${only.mchid} 的 API 证书私钥：请设置 ${names}（apiclient_key.pem 的路径或内容）。命令行从不保存私钥。`, `No API private key for merchant ${only.mchid}: set ${names} (the path or the text of apiclient_key.pem). The command line never saves it.`),
          { variables: merchantEnvNames(only.mchid).private_key },
        ),
      );
    }
  }
  const target = await openSandboxTarget(sandbox);
  targetRef.target = target;
  const settleDelayMs = settleDelayOf(ctx.host);
  const opened = await openStockServices({
    dataDir: ctx.dataDir.path,
    merchants: withSandboxMerchant(service),
    drafts: local.drafts,
    images: local.imageResolver,
    sandboxBaseUrl: () => target?.baseUrl,
    log: ctx.log,
    ...(settleDelayMs === undefined ? {} : { engine: { settleDelayMs } }),
  });
  if (!opened.ok) {
    await target?.stop();
    return err(historyOpenFailure(opened.error));
  }
  const merchant = await opened.value.merchants.clientFor(accountId);
  if (!merchant.ok) {
    await opened.value.close();
    await target?.stop();
    return err(failure(EXIT.usage, 'merchant_unavailable', merchant.error.message));
  }
  return ok({
    local,
    services: opened.value,
    merchant: merchant.value,
    target,
    async close() {
      await opened.value.close();
      await target?.stop();
    },
  });
}

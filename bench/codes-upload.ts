import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../common/clock';
import { MERCHANTS_DOCUMENT_NAME, merchantsDocumentSchema } from '../main/accounts/merchant-record';
import { environmentMerchantSecrets } from '../main/accounts/merchant-secrets';
import { createMerchantService } from '../main/accounts/merchant-service';
import { uploadCodes } from '../main/busifavor/code-upload';
import { merchantClients, type MerchantClient } from '../main/busifavor/merchant-clients';
import { openHistoryStore } from '../main/history/history-store';
import { demoStockBody } from '../main/sandbox/wechatpay/demo-stock';
import { confDocumentOpener } from '../main/storage/conf-document-store';
import { createPayTransport } from '../main/wechatpay/pay-transport';
import type { Bench } from './index';
import { startSandboxProcess, type SandboxProcess } from './sandbox-process';

/**
 * 100,000 MERCHANT_UPLOAD codes into one stock at 50 ms of latency on every upload call (issue 9),
 * against the lower bound calls ÷ concurrency × latency (500 calls of 200 at 4 in flight: 6.25 s).
 * The simulator runs in its own process (`coupon-studio sandbox --json`), so this process is the
 * client alone, as against WeChat Pay. The client is a merchant account as a user adds one: its
 * record in merchants.json, its private key in a key file named by COUPON_STUDIO_MCH_KEY.
 *
 * Measured in the same run as a second baseline: the HTTP floor, the same 500 calls of the same
 * bytes at the same concurrency through the same transport, unsigned (the simulator waits the
 * 50 ms, then refuses them with a 401 before any signature work). Client overhead = upload ÷ floor.
 */
const CODES = 100_000;
const LATENCY_MS = 50;
const CONCURRENCY = 4;
const TARGET = 1.2;
const UPLOAD_PATH = 'v3/marketing/busifavor/stocks/{stock_id}/couponcodes';

const ms = (micros: { user: number; system: number }) => (micros.user + micros.system) / 1000;

/** The demo merchant of the sandbox process, added as a user adds a merchant (environment sandbox). */
async function addMerchant(dataDir: string, sandbox: SandboxProcess): Promise<MerchantClient> {
  const keyFile = join(dataDir, 'apiclient_key.pem');
  await writeFile(keyFile, sandbox.merchant.private_key_pem, { mode: 0o600 });
  const store = confDocumentOpener()({ dir: dataDir, name: MERCHANTS_DOCUMENT_NAME, schema: merchantsDocumentSchema });
  const service = createMerchantService({ store, secrets: environmentMerchantSecrets({ COUPON_STUDIO_MCH_KEY: keyFile }, (path) => readFile(path, 'utf8')) });
  const m = sandbox.merchant;
  const created = await service.create({ name: '基准商户', mchid: m.mchid, serialNo: m.serial_no, publicKeyId: m.wechatpay_public_key_id, publicKeyPem: m.wechatpay_public_key_pem, environment: 'sandbox' });
  if (!created.ok) throw new Error(created.error.message.en);
  const clients = merchantClients({ merchants: service, sandboxBaseUrl: () => sandbox.baseUrl, clock: systemClock, timeoutMs: 10_000 });
  const client = await clients.clientFor(created.value.id);
  if (!client.ok) throw new Error(client.error.message.en);
  return client.value;
}

/** The HTTP floor: `calls` unsigned POSTs of `body` at CONCURRENCY, each held LATENCY_MS by the simulator. */
async function httpFloor(baseUrl: string, pathWithQuery: string, body: Buffer, calls: number): Promise<number> {
  const transport = createPayTransport(baseUrl, false);
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next++ < calls) {
      const answer = await transport.send({ method: 'POST', pathWithQuery, headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body, timeoutMs: 10_000 });
      if (answer.kind !== 'response' || answer.status !== 401) throw new Error(`the floor call was answered ${answer.kind === 'response' ? answer.status : answer.code}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return performance.now() - started;
}

export const bench: Bench = {
  name: `codes upload: ${CODES.toLocaleString('en')} codes at ${LATENCY_MS} ms latency, concurrency ${CONCURRENCY}, simulator in its own process, vs lower bound`,
  async run() {
    const sandbox = await startSandboxProcess(['--fault', `${UPLOAD_PATH}=1:latency-${LATENCY_MS}`]);
    const dataDir = await mkdtemp(join(tmpdir(), 'cs-bench-codes-'));
    const history = await openHistoryStore({ dataDir, clock: systemClock });
    try {
      if (!history.ok) throw new Error(history.error.code);
      const merchant = await addMerchant(dataDir, sandbox);
      const runTag = randomBytes(4).toString('hex');
      const created = await merchant.pay.createStock({ ...demoStockBody(Date.now(), `BENCH${runTag}`, merchant.mchid), stock_send_rule: { max_coupons: CODES, max_coupons_per_user: 1 } });
      if (!created.ok) throw new Error(JSON.stringify(created.error));
      const stockId = created.value.stock_id;
      const codes = Array.from({ length: CODES }, (_, i) => `B${runTag}${String(i).padStart(8, '0')}`);

      const calls = Math.ceil(CODES / 200);
      const sample = Buffer.from(JSON.stringify({ coupon_code_list: codes.slice(0, 200), upload_request_no: `${merchant.mchid}U${'0'.repeat(24)}` }));
      const floor = await httpFloor(sandbox.baseUrl, `/${UPLOAD_PATH.replace('{stock_id}', stockId)}`, sample, calls);

      const cpuBefore = process.cpuUsage();
      const sandboxCpuBefore = sandbox.cpuMs();
      const started = performance.now();
      let firstSend: number | undefined;
      const uploaded = await uploadCodes(history.value, merchant, stockId, codes, {
        concurrency: CONCURRENCY,
        now: () => Date.now(),
        sleep: (wait) => new Promise((r) => setTimeout(r, wait)),
        beforeSend: () => {
          firstSend ??= performance.now();
        },
      });
      const elapsed = performance.now() - started;
      const clientCpu = ms(process.cpuUsage(cpuBefore));
      const sandboxCpuAfter = sandbox.cpuMs();
      if (!uploaded.ok) throw new Error(uploaded.error.message.en);
      const report = uploaded.value;
      if (report.counts.success !== CODES) throw new Error(`uploaded ${report.counts.success} of ${CODES}`);
      const state = (await (await fetch(sandbox.stateUrl)).json()) as { merchants: Record<string, { stocks: { stockId: string; codes: unknown[] }[] }> };
      const onStock = state.merchants[merchant.mchid]?.stocks.find((s) => s.stockId === stockId)?.codes.length;
      if (onStock !== CODES) throw new Error(`the stock holds ${onStock ?? 0} codes`);

      const lowerBound = (report.calls / CONCURRENCY) * LATENCY_MS;
      const ratio = elapsed / lowerBound;
      const perCall = (total: number) => `${total.toFixed(0)} ms (${(total / report.calls).toFixed(2)} ms per call)`;
      console.log(`calls ${report.calls}, lower bound (calls ÷ concurrency × latency): ${lowerBound.toFixed(0)} ms`);
      console.log(`HTTP floor (same calls unsigned, same transport): ${floor.toFixed(0)} ms → ${(floor / lowerBound).toFixed(2)}× the lower bound (the machine's share)`);
      console.log(`commit of ${CODES.toLocaleString('en')} codes in ${report.planned} chunks before the first send: ${((firstSend ?? started) - started).toFixed(0)} ms`);
      console.log(`CPU of the client process during the upload: ${perCall(clientCpu)}`);
      if (sandboxCpuBefore !== undefined && sandboxCpuAfter !== undefined) console.log(`CPU of the sandbox process during the upload: ${perCall(sandboxCpuAfter - sandboxCpuBefore)}`);
      console.log(`upload: ${elapsed.toFixed(0)} ms → ${(elapsed / floor).toFixed(2)}× the HTTP floor; ${ratio.toFixed(2)}× the lower bound (target ≤ ${TARGET}×) ${ratio <= TARGET ? 'OK' : 'OVER TARGET'}`);
    } finally {
      if (history.ok) await history.value.close();
      await sandbox.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
};

// A plain Node process driving the batch services the way the CLI will: opens the data dir, starts
// (or resumes) a run of the built-in sandbox account, prints one line per create sent. The parent
// test SIGKILLs it at some point.
import { createMemoryVault } from '../../../main/accounts/memory-vault';
import { weixinProbeFactory } from '../../../main/accounts/weixin-probe';
import { openBatchServices } from '../../../main/batch/services';
import { confDocumentOpener } from '../../../main/storage/conf-document-store';
import { createLocalServices } from '../../../main/storage/local-services';

const dataDir = process.env.CS_DATA_DIR ?? '';
const baseUrl = process.env.CS_SANDBOX_URL ?? '';
const batchId = process.env.CS_BATCH_ID ?? '';
const local = createLocalServices({ dataDir, openDocument: confDocumentOpener(), makeVault: () => createMemoryVault(), openProbe: weixinProbeFactory({ sandboxBaseUrl: () => baseUrl }) });
const opened = await openBatchServices({ dataDir, accounts: local.accounts, drafts: local.drafts, images: local.imageResolver, sandboxBaseUrl: () => baseUrl, engine: { settleDelayMs: 100 } });
if (!opened.ok) {
  process.stdout.write(`error ${opened.error.code}\n`);
  process.exit(2);
}
const { engine } = opened.value;
await engine.ready;
engine.subscribe((event) => {
  if (event.scope === 'draft' && event.phase === 'creating') process.stdout.write('creating\n');
});
const started = await engine.start(batchId);
if (!started.ok) {
  process.stdout.write(`error ${started.error.code}\n`);
  process.exit(3);
}
process.stdout.write(`run ${started.value.runId}\n`);
await engine.settled(started.value.runId);
await opened.value.close();
process.stdout.write('finished\n');

// `npm run web [-- --port 5180] [-- --no-build]`: builds the renderer, serves it with the real
// router on 127.0.0.1 and prints the URL (with the per-run token). Ctrl-C stops it.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { consoleLogger } from '../log/logger';
import { buildRenderer } from './build-renderer';
import { PROJECT_ROOT } from './harness-host';
import { startHarnessStack } from './harness-stack';
import { startWebHarness } from './harness-server';

const { values } = parseArgs({
  options: { port: { type: 'string' }, 'no-build': { type: 'boolean' }, out: { type: 'string' }, 'data-dir': { type: 'string' } },
});
// A throwaway data directory unless one is named: the harness keeps secrets in memory only.
const dataDir = values['data-dir'] ?? join(PROJECT_ROOT, '.tmp', 'web-data');
const rendererDir = values.out ?? join(PROJECT_ROOT, '.tmp', 'web-renderer');
const port = values.port === undefined ? 0 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be an integer 0..65535, got "${values.port}"`);
  process.exit(2);
}

const log = consoleLogger('[web-harness]');
if (!values['no-build']) {
  console.log(`building the renderer into ${rendererDir} …`);
  await buildRenderer(rendererDir);
}
const stack = await startHarnessStack({ log, dataDir });
const harness = await startWebHarness({ router: stack.host.router, rendererDir, port, log });
console.log(`Coupon Studio web harness: ${harness.url}`);
console.log(`data: ${dataDir} · embedded sandbox: ${stack.sandbox.baseUrl}`);

const stop = () => {
  void Promise.all([harness.stop(), stack.stop()]).then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

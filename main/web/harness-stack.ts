// The whole harness back end in one call: an embedded sandbox, a data directory and the router —
// what `npm run web` and the end-to-end tests run behind the renderer.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox, type SandboxHandle, type StartSandboxOptions } from '../sandbox';
import { createHarnessRouter, type HarnessHost, type HarnessRouterOptions } from './harness-host';

/** Options of {@link startHarnessStack}: the router's, minus what the stack provides. */
export interface HarnessStackOptions extends Omit<HarnessRouterOptions, 'dataDir' | 'sandbox'> {
  /** A data directory to use as is; by default a fresh temp dir, removed by stop(). */
  readonly dataDir?: string;
  readonly sandbox?: StartSandboxOptions;
}

/** A running harness back end. */
export interface HarnessStack {
  readonly host: HarnessHost;
  readonly sandbox: SandboxHandle;
  readonly dataDir: string;
  /** Closes the services, stops the sandbox and removes the data directory when the stack created it. */
  stop(): Promise<void>;
}

/** Starts the embedded sandbox, opens the data directory and builds the harness router over both. */
export async function startHarnessStack(options: HarnessStackOptions = {}): Promise<HarnessStack> {
  const { dataDir: given, sandbox: sandboxOptions, ...routerOptions } = options;
  const dataDir = given ?? (await mkdtemp(join(tmpdir(), 'coupon-studio-web-')));
  const sandbox = await startSandbox(sandboxOptions);
  const host = createHarnessRouter({ ...routerOptions, dataDir, sandbox });
  return {
    host,
    sandbox,
    dataDir,
    async stop() {
      // The history database and batch engine hold files in dataDir: close them before removing it.
      await host.close();
      await sandbox.stop();
      if (given === undefined) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

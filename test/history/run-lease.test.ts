// Run leases replace the pid lock file: two processes never drive one run, and the lease of a
// SIGKILLed owner lapses so the run can be resumed elsewhere.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openHistoryStore } from '../../main/history/history-store';
import { tempDir } from '../storage/temp-dir';

const CHILD = fileURLToPath(new URL('./support/lease-child.ts', import.meta.url));
const TTL = 1500;
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** Starts a lease-holding process; answers it with what it printed. */
async function leaseChild(dataDir: string, ttlMs = TTL): Promise<{ child: ChildProcess; held: boolean; pid: number }> {
  // Node with tsx as a loader, so the SIGKILL reaches the process that holds the lease.
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], { env: { ...process.env, CS_DATA_DIR: dataDir, CS_RUN_ID: 'run-1', CS_LEASE_TTL_MS: String(ttlMs) }, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  for await (const line of lines) {
    const said = JSON.parse(line) as { held: boolean; pid: number };
    return { child, ...said };
  }
  throw new Error('the lease child printed nothing');
}

describe('run leases across processes', () => {
  it('gives a run to exactly one of two processes asking at once, renews it while the owner lives, and lets it lapse when the owner hangs', async () => {
    const dataDir = await tempDir();
    // Create and migrate first, so the two children race for the lease, not for the schema.
    const here = await openHistoryStore({ dataDir, leaseTtlMs: TTL });
    if (!here.ok) throw new Error(here.error.code);
    const store = here.value;

    const [a, b] = await Promise.all([leaseChild(dataDir), leaseChild(dataDir)]);
    expect([a.held, b.held].filter(Boolean)).toHaveLength(1);
    const owner = a.held ? a : b;

    const refused = store.leaseRun('run-1');
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.holder.pid).toBe(owner.pid);
      expect(refused.error.message['zh-CN']).toContain(`PID ${owner.pid}`);
    }
    const first = store.leasedElsewhere('run-1')?.expiresAt ?? 0;
    // Renewed while the owner runs: the expiry moves forward, past the first one.
    await expect.poll(() => store.leasedElsewhere('run-1')?.expiresAt ?? 0, { timeout: TTL * 4, interval: 50 }).toBeGreaterThan(first);

    // A hung owner (stopped, not dead) keeps it until the last renewal lapses, then loses it.
    const lastExpiry = store.leasedElsewhere('run-1')?.expiresAt ?? 0;
    owner.child.kill('SIGSTOP');
    await expect.poll(() => store.leaseRun('run-1').ok, { timeout: TTL * 4, interval: 50 }).toBe(true);
    expect(Date.now()).toBeGreaterThanOrEqual(lastExpiry);
    expect(store.leasedElsewhere('run-1')).toBeUndefined();
    owner.child.kill('SIGKILL');
    await store.close();
  });

  it('frees the run of a SIGKILLed owner at once (its process is gone), long before the lease would lapse', async () => {
    const dataDir = await tempDir();
    const here = await openHistoryStore({ dataDir, leaseTtlMs: 60_000 });
    if (!here.ok) throw new Error(here.error.code);
    const store = here.value;
    const owner = await leaseChild(dataDir, 60_000);
    expect(owner.held).toBe(true);
    expect(store.leaseRun('run-1').ok).toBe(false);
    const expiry = store.leasedElsewhere('run-1')?.expiresAt ?? 0;
    owner.child.kill('SIGKILL');
    await new Promise((resolve) => owner.child.once('exit', resolve));
    expect(store.leaseRun('run-1').ok).toBe(true);
    expect(Date.now()).toBeLessThan(expiry);
    await store.close();
  });

  it('refuses a second owner in the same process too, and hands the run over once released', async () => {
    const dataDir = await tempDir();
    const [app, cli] = await Promise.all([openHistoryStore({ dataDir }), openHistoryStore({ dataDir })]);
    if (!app.ok || !cli.ok) throw new Error('did not open');
    const held = app.value.leaseRun('run-1');
    expect(held.ok).toBe(true);
    expect(cli.value.leaseRun('run-1').ok).toBe(false);
    expect(cli.value.leaseRun('run-2').ok).toBe(true);
    if (held.ok) held.value.release();
    expect(cli.value.leaseRun('run-1').ok).toBe(true);
    expect(app.value.leasedElsewhere('run-1')?.pid).toBe(process.pid);
    await app.value.close();
    await cli.value.close();
  });
});

import { localized, type Localized } from '../../common/i18n';
import type { SqlDatabase } from '../storage/sqlite';

/** Who drives a run right now. */
export interface LeaseHolder {
  readonly owner: string;
  readonly pid: number;
  readonly expiresAt: number;
}

/** A run this process drives; renewed by the store while held. */
export interface RunLease {
  readonly runId: string;
  /** False once another process took the run over (this one's lease had lapsed). */
  readonly held: boolean;
  release(): void;
}

/** Where leases live and whose they are. */
export interface LeaseScope {
  readonly db: SqlDatabase;
  /** This store instance (random per open): two stores in one process are two owners. */
  readonly owner: string;
  readonly pid: number;
}

/**
 * Takes the lease on a run unless another owner holds one that has not expired. Done under
 * SQLite's write lock (BEGIN IMMEDIATE), so of two processes asking at once exactly one wins; a
 * SIGKILLed owner stops renewing, and its lease lapses after `ttlMs`.
 */
export function takeLease(scope: LeaseScope, runId: string, now: number, ttlMs: number): { ok: true } | { ok: false; holder: LeaseHolder } {
  return scope.db.transaction(() => {
    const row = scope.db.prepare('SELECT owner, pid, expires_at FROM run_leases WHERE run_id = ?').get(runId);
    if (row && row[0] !== scope.owner && Number(row[2]) > now) return { ok: false as const, holder: { owner: String(row[0]), pid: Number(row[1]), expiresAt: Number(row[2]) } };
    scope.db
      .prepare('INSERT INTO run_leases (run_id, owner, pid, expires_at) VALUES (?, ?, ?, ?) ON CONFLICT (run_id) DO UPDATE SET owner = excluded.owner, pid = excluded.pid, expires_at = excluded.expires_at')
      .run(runId, scope.owner, scope.pid, now + ttlMs);
    return { ok: true as const };
  });
}

/** Extends held leases; answers the run ids whose lease was lost (taken over after lapsing). */
export function renewLeases(scope: LeaseScope, runIds: readonly string[], now: number, ttlMs: number): string[] {
  const lost: string[] = [];
  const renew = scope.db.prepare('UPDATE run_leases SET expires_at = ? WHERE run_id = ? AND owner = ?');
  scope.db.transaction(() => {
    for (const runId of runIds) if (renew.run(now + ttlMs, runId, scope.owner).changes === 0) lost.push(runId);
  });
  return lost;
}

/** Gives a run back (only if still ours). */
export function dropLease(scope: LeaseScope, runId: string): void {
  scope.db.prepare('DELETE FROM run_leases WHERE run_id = ? AND owner = ?').run(runId, scope.owner);
}

/** The live lease another owner holds on a run, if any. */
export function foreignLease(scope: LeaseScope, runId: string, now: number): LeaseHolder | undefined {
  const row = scope.db.prepare('SELECT owner, pid, expires_at FROM run_leases WHERE run_id = ?').get(runId);
  if (!row || row[0] === scope.owner || Number(row[2]) <= now) return undefined;
  return { owner: String(row[0]), pid: Number(row[1]), expiresAt: Number(row[2]) };
}

/** The run is driven by another process. */
export function leasedMessage(holder: LeaseHolder): Localized {
  return localized(
    `这个批次正由另一个卡券工作室进程（PID ${holder.pid}）创建。请等它完成，或在那里暂停/取消；若那个进程已退出，约半分钟后即可在这里继续。`,
    `This batch is being created by another Coupon Studio process (PID ${holder.pid}). Wait for it, or pause/cancel it there; if that process has ended, it can be resumed here in about half a minute.`,
  );
}

import { hostname } from 'node:os';
import { localized, type Localized } from '../../common/i18n';
import { errnoOf } from '../storage/files';
import type { SqlDatabase, SqlValue } from '../storage/sqlite';

/** Lease owners (store instances) alive in this process; an abandoned store leaves the set. */
const liveHere = new Set<string>();

/** Marks an owner of this process as alive (true) or gone (false). */
export function ownerAlive(owner: string, alive: boolean): void {
  if (alive) liveHere.add(owner);
  else liveHere.delete(owner);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return errnoOf(error) === 'EPERM';
  }
}

/**
 * A live lease of another owner: not expired, and its owner not known dead. An owner on this
 * machine whose process is gone (SIGKILL, crash) lets go at once, so a restart recovers without
 * waiting; a reused pid only delays that until the expiry, never for ever.
 */
function liveHolder(row: SqlValue[] | undefined, scope: LeaseScope, now: number): LeaseHolder | undefined {
  if (!row || row[0] === scope.owner || Number(row[3]) <= now) return undefined;
  const holder = { owner: String(row[0]), pid: Number(row[2]), expiresAt: Number(row[3]) };
  if (row[1] === hostname()) {
    if (holder.pid === process.pid ? !liveHere.has(holder.owner) : !processAlive(holder.pid)) return undefined;
  }
  return holder;
}

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
 * SQLite's write lock (BEGIN IMMEDIATE), so of two processes asking at once exactly one wins; an
 * owner that stops renewing (hung, or on another machine) loses it after `ttlMs`, one whose
 * process is gone at once.
 */
export function takeLease(scope: LeaseScope, runId: string, now: number, ttlMs: number): { ok: true } | { ok: false; holder: LeaseHolder } {
  return scope.db.transaction(() => {
    const holder = liveHolder(scope.db.prepare('SELECT owner, host, pid, expires_at FROM run_leases WHERE run_id = ?').get(runId), scope, now);
    if (holder) return { ok: false as const, holder };
    scope.db
      .prepare(
        'INSERT INTO run_leases (run_id, owner, host, pid, expires_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (run_id) DO UPDATE SET owner = excluded.owner, host = excluded.host, pid = excluded.pid, expires_at = excluded.expires_at',
      )
      .run(runId, scope.owner, hostname(), scope.pid, now + ttlMs);
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
  return liveHolder(scope.db.prepare('SELECT owner, host, pid, expires_at FROM run_leases WHERE run_id = ?').get(runId), scope, now);
}

/** The run is driven by another process. */
export function leasedMessage(holder: LeaseHolder): Localized {
  return localized(
    `这个批次正由另一个卡券工作室进程（PID ${holder.pid}）创建。请等它完成，或在那里暂停/取消；若那个进程已退出，约半分钟后即可在这里继续。`,
    `This batch is being created by another Coupon Studio process (PID ${holder.pid}). Wait for it, or pause/cancel it there; if that process has ended, it can be resumed here in about half a minute.`,
  );
}

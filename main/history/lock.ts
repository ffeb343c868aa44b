import { promises as fsp } from 'node:fs';
import { resolve } from 'node:path';
import { errnoOf } from '../storage/files';

/** Journals open in this process (a second open of the same file would interleave appends). */
const openHere = new Set<string>();

/** Who holds a journal. */
export interface LockHolder {
  readonly pid: number;
  readonly at: number;
}

/** A held journal lock. */
export interface JournalLock {
  /** Releases it (removes the lock file). */
  release(): Promise<void>;
  /** Forgets it in this process only, leaving the file as a killed process would. */
  drop(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return errnoOf(error) === 'EPERM';
  }
}

async function readHolder(path: string): Promise<LockHolder | undefined> {
  try {
    const parsed = JSON.parse(await fsp.readFile(path, 'utf8')) as Partial<LockHolder>;
    return typeof parsed.pid === 'number' ? { pid: parsed.pid, at: typeof parsed.at === 'number' ? parsed.at : 0 } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the journal's lock file so the desktop app and a CLI process never append to one journal
 * at once. A lock left by a dead process (SIGKILL, power loss) is taken over; one held by a live
 * process is refused with its holder. Within one process, a journal may be open once.
 */
export async function acquireJournalLock(lockPath: string, now: number): Promise<{ ok: true; lock: JournalLock } | { ok: false; holder: LockHolder }> {
  const key = resolve(lockPath);
  if (openHere.has(key)) return { ok: false, holder: { pid: process.pid, at: now } };
  const content = JSON.stringify({ pid: process.pid, at: now });
  for (let attempt = 0; ; attempt++) {
    try {
      // 'wx': exactly one of two processes starting at the same instant creates the file.
      await fsp.writeFile(key, content, { flag: 'wx', mode: 0o600 });
      break;
    } catch (error) {
      if (errnoOf(error) !== 'EEXIST' || attempt >= 2) throw error;
    }
    const holder = await readHolder(key);
    if (holder && holder.pid !== process.pid && alive(holder.pid)) return { ok: false, holder };
    // Stale (its process is gone) or ours from an abandoned instance: take it over.
    await fsp.unlink(key).catch(() => undefined);
  }
  openHere.add(key);
  return {
    ok: true,
    lock: {
      async release() {
        openHere.delete(key);
        await fsp.unlink(key).catch(() => undefined);
      },
      drop() {
        openHere.delete(key);
      },
    },
  };
}

import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { retryWhileBusy } from '../storage/busy-retry';
import { errnoOf } from '../storage/files';

/** What was found past the last newline when the journal was opened (a write cut short by a crash). */
export interface TornTail {
  readonly bytes: number;
  /** Where the cut-off bytes were saved for inspection, or null if they could not be. */
  readonly savedTo: string | null;
}

/** The journal's text at open time, and the file ready for appends. */
export interface OpenedJournal {
  readonly file: JournalFile;
  /** Every complete line (without its newline). */
  readonly lines: string[];
  readonly torn: TornTail | undefined;
  readonly bytes: number;
}

/** How the journal is flushed: `datasync` (default: data and size, measured ≈ sync here) or full `sync`. */
export type SyncMode = 'datasync' | 'sync';

/**
 * The append-only file: opened once in append mode; every append is written and flushed before it
 * resolves. A failed write is cut back to the last good length, so a later append never glues
 * onto half a line.
 */
export class JournalFile {
  private closed = false;

  private constructor(
    readonly path: string,
    private handle: FileHandle,
    private size: number,
    private readonly syncMode: SyncMode,
  ) {}

  /** Opens (creating) the journal, reads it, and cuts off a torn last line (saving its bytes aside). */
  static async open(path: string, syncMode: SyncMode = 'datasync'): Promise<OpenedJournal> {
    await fsp.mkdir(dirname(path), { recursive: true });
    await removeCompactionLeftovers(path);
    let text: Buffer;
    try {
      text = await fsp.readFile(path);
    } catch (error) {
      if (errnoOf(error) !== 'ENOENT') throw error;
      text = Buffer.alloc(0);
    }
    const lastNewline = text.lastIndexOf(0x0a);
    const tail = text.subarray(lastNewline + 1);
    let torn: TornTail | undefined;
    let goodLength = text.length;
    const lines = text.subarray(0, lastNewline + 1).toString('utf8').split('\n');
    lines.pop();
    if (tail.length > 0) {
      const tailText = tail.toString('utf8');
      if (isJsonLine(tailText)) {
        // A whole entry whose newline was lost: keep it, and finish the line before appending.
        lines.push(tailText);
      } else {
        goodLength = lastNewline + 1;
        torn = { bytes: tail.length, savedTo: await saveTornTail(path, tail) };
      }
    }
    const handle = await fsp.open(path, 'a+', 0o600);
    try {
      if (goodLength < text.length) {
        await handle.truncate(goodLength);
        await handle.sync();
      }
      const file = new JournalFile(path, handle, goodLength, syncMode);
      if (tail.length > 0 && !torn) await file.append('\n');
      return { file, lines, torn, bytes: text.length };
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw error;
    }
  }

  /** Writes `text` at the end and flushes it to disk. Throws on I/O failure (after cutting back). */
  async append(text: string): Promise<void> {
    if (this.closed) throw Object.assign(new Error('journal closed'), { code: 'ECLOSED' });
    const data = Buffer.from(text, 'utf8');
    try {
      let offset = 0;
      while (offset < data.length) {
        const { bytesWritten } = await this.handle.write(data, offset, data.length - offset, null);
        offset += bytesWritten;
      }
      await (this.syncMode === 'sync' ? this.handle.sync() : this.handle.datasync());
      this.size += data.length;
    } catch (error) {
      await this.handle.truncate(this.size).catch(() => undefined);
      throw error;
    }
  }

  /**
   * Replaces the whole journal atomically (compaction): temp file → write → fsync → rename over the
   * journal → fsync the directory, then reopens for appends. A crash leaves the old or the new file.
   */
  async replaceWith(chunks: Iterable<string>): Promise<number> {
    const temp = `${this.path}.compact-${process.pid}-${randomBytes(4).toString('hex')}`;
    let size = 0;
    const out = await fsp.open(temp, 'wx', 0o600);
    try {
      for (const chunk of chunks) {
        const data = Buffer.from(chunk, 'utf8');
        await out.write(data, 0, data.length, null);
        size += data.length;
      }
      await out.sync();
    } catch (error) {
      await out.close().catch(() => undefined);
      await fsp.unlink(temp).catch(() => undefined);
      throw error;
    }
    await out.close();
    try {
      // Windows: close our own handle first, or the rename over it fails (EPERM/EBUSY).
      await this.handle.close();
      await retryWhileBusy(() => fsp.rename(temp, this.path));
    } catch (error) {
      await fsp.unlink(temp).catch(() => undefined);
      this.handle = await fsp.open(this.path, 'a+', 0o600);
      throw error;
    }
    await syncDirectory(dirname(this.path));
    this.handle = await fsp.open(this.path, 'a+', 0o600);
    this.size = size;
    return size;
  }

  /** Bytes in the file. */
  get bytes(): number {
    return this.size;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.handle.close().catch(() => undefined);
  }

  /** Stops using the file without flushing anything more (a simulated crash in tests). */
  abandon(): void {
    this.closed = true;
    void this.handle.close().catch(() => undefined);
  }
}

/**
 * A compaction killed before its rename leaves its temp file; the journal itself is whole (the
 * rename is atomic). The caller holds the lock, so no compaction of another process is running.
 */
async function removeCompactionLeftovers(path: string): Promise<void> {
  const dir = dirname(path);
  const prefix = `${basename(path)}.compact-`;
  const names = await fsp.readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.filter((name) => name.startsWith(prefix)).map((name) => fsp.unlink(join(dir, name)).catch(() => undefined)));
}

function isJsonLine(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

async function saveTornTail(path: string, tail: Buffer): Promise<string | null> {
  const target = `${path}.torn-${Date.now()}-${randomBytes(3).toString('hex')}`;
  try {
    await fsp.writeFile(target, tail, { mode: 0o600 });
    return target;
  } catch {
    return null;
  }
}

/** fsync of a directory makes a rename durable on POSIX; Windows cannot open directories (ignored). */
async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await fsp.open(dir, 'r');
    await handle.sync();
  } catch {
    // EISDIR/EPERM on Windows, EINVAL on some file systems: the rename itself is still atomic.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

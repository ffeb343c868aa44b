import { promises as fsp } from 'node:fs';

/**
 * The file-system calls storage makes, as a port: tests swap one member (e.g. a `rename` that
 * fails with EPERM the way Windows does when an antivirus holds the target) and keep the rest.
 */
export interface FileOps {
  readonly rename: (from: string, to: string) => Promise<void>;
  readonly unlink: (path: string) => Promise<void>;
  readonly mkdir: (path: string, options: { recursive: true }) => Promise<unknown>;
  readonly readdir: (path: string) => Promise<string[]>;
  readonly readFile: (path: string) => Promise<Buffer>;
  readonly stat: (path: string) => Promise<{ isFile(): boolean; size: number }>;
  readonly open: typeof fsp.open;
}

/** The real file system. */
export const nodeFileOps: FileOps = {
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  mkdir: (path, options) => fsp.mkdir(path, options),
  readdir: (path) => fsp.readdir(path),
  readFile: (path) => fsp.readFile(path),
  stat: (path) => fsp.stat(path),
  open: fsp.open,
};

/** The `code` of a Node system error (ENOENT, EPERM…), if it has one. */
export function errnoOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True when the path exists (any error other than ENOENT counts as existing: never assume absence). */
export async function pathExists(files: FileOps, path: string): Promise<boolean> {
  try {
    await files.stat(path);
    return true;
  } catch (error) {
    return errnoOf(error) !== 'ENOENT';
  }
}

import { z } from 'zod';
import type { Clock } from '../../common/clock';
import type { Result } from '../../common/result';
import type { Logger } from '../log/logger';
import { writeFileAtomic } from '../storage/atomic-write';
import type { RetryPolicy } from '../storage/busy-retry';
import { corruptMessage, summarizeIssues, type CorruptDocument, type CorruptReason, type StorageFailure } from '../storage/document-store';
import { errnoOf, nodeFileOps, type FileOps } from '../storage/files';
import { moveAside } from '../storage/move-aside';

/** One encrypted secret. `appid` is kept in clear (not secret) so status needs no decryption. */
export const vaultEntrySchema = z.strictObject({
  appid: z.string(),
  /** base64 of safeStorage's ciphertext of the {@link SecretPayload} JSON. */
  ct: z.string(),
  storedAt: z.number().int(),
  /** Set when the entry could not be decrypted or did not match its account; the ciphertext is kept. */
  failedAt: z.number().int().optional(),
  failure: z.enum(['decrypt', 'binding']).optional(),
});
export type VaultEntry = z.infer<typeof vaultEntrySchema>;

/** `vault.json` (security-reliability.md §3.3, the one-encrypt-per-secret variant). */
export const vaultFileSchema = z.strictObject({
  v: z.literal(1),
  /** The key-store backend the entries were written with (a change explains a decrypt failure). */
  backend: z.string(),
  entries: z.record(z.string(), vaultEntrySchema),
});
export type VaultFile = z.infer<typeof vaultFileSchema>;

/**
 * What is encrypted: the secret together with the account it belongs to. Decryption compares
 * accountId + AppID, so an entry copied or swapped onto another account fails (the AAD-equivalent
 * check of security-reliability.md §3.3).
 */
export const secretPayloadSchema = z.strictObject({ v: z.literal(1), accountId: z.string(), appid: z.string(), secret: z.string().min(1) });
export type SecretPayload = z.infer<typeof secretPayloadSchema>;

/** An empty vault. */
export const emptyVaultFile = (backend: string): VaultFile => ({ v: 1, backend, entries: {} });

/** File collaborators of the vault. */
export interface VaultFileDeps {
  readonly clock: Clock;
  readonly files?: FileOps;
  readonly retry?: RetryPolicy;
  readonly log?: Logger;
}

/**
 * Reads the vault file. A missing file is an empty vault; a corrupt one is moved aside and
 * reported (its ciphertexts are kept in the moved file), and the vault starts empty.
 */
export async function readVaultFile(path: string, backend: string, deps: VaultFileDeps): Promise<{ file: VaultFile; problem?: CorruptDocument }> {
  const files = deps.files ?? nodeFileOps;
  let text: string;
  try {
    text = (await files.readFile(path)).toString('utf8');
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return { file: emptyVaultFile(backend) };
    return { file: emptyVaultFile(backend), problem: await report(path, 'unreadable', String(error), deps, false) };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { file: emptyVaultFile(backend), problem: await report(path, 'invalid_json', String(error), deps, true) };
  }
  const parsed = vaultFileSchema.safeParse(raw);
  if (!parsed.success) {
    return { file: emptyVaultFile(backend), problem: await report(path, 'schema_violation', summarizeIssues(parsed.error.issues), deps, true) };
  }
  return { file: parsed.data };
}

async function report(path: string, reason: CorruptReason, detail: string, deps: VaultFileDeps, move: boolean): Promise<CorruptDocument> {
  const at = deps.clock.now();
  const moved = move ? await moveAside(path, at, { ...(deps.files ? { files: deps.files } : {}), ...(deps.retry ? { retry: deps.retry } : {}) }) : undefined;
  const movedTo = moved?.ok ? moved.value : null;
  deps.log?.warn('vault: file unusable', { path, reason, movedTo });
  return { code: 'corrupt_document', path, movedTo, reason, detail, message: corruptMessage(path, movedTo, reason), at };
}

/** Writes the vault atomically with mode 0600. */
export function writeVaultFile(path: string, file: VaultFile, deps: VaultFileDeps): Promise<Result<void, StorageFailure>> {
  return writeFileAtomic(path, `${JSON.stringify(file, null, 2)}\n`, {
    mode: 0o600,
    ...(deps.files ? { files: deps.files } : {}),
    ...(deps.retry ? { retry: deps.retry } : {}),
  });
}

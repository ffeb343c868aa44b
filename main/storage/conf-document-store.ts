import { join } from 'node:path';
import Conf from 'conf';
import { createBackedDocumentStore, type StoreRuntime } from './backed-document-store';
import type { DocumentOpener, DocumentSpec, DocumentStore } from './document-store';

/**
 * conf options shared with main/electron/electron-store.ts, so the CLI and the app write the same
 * files: `clearInvalidConfig: false` always (conf would otherwise overwrite a bad file with `{}`,
 * security-reliability.md §4.1), plain keys, owner-only permissions.
 */
export const STORE_FILE_OPTIONS = {
  fileExtension: 'json',
  clearInvalidConfig: false,
  accessPropertiesByDotNotation: false,
  configFileMode: 0o600,
} as const;

/** The file a spec lives in. */
export function documentPath(spec: Pick<DocumentSpec<unknown>, 'dir' | 'name'>): string {
  return join(spec.dir, `${spec.name}.${STORE_FILE_OPTIONS.fileExtension}`);
}

/** A conf-backed document (Node, CLI, tests, web harness). */
export function openConfDocument<T extends object>(spec: DocumentSpec<T>, runtime: StoreRuntime = {}): DocumentStore<T> {
  return createBackedDocumentStore<T>({
    ...runtime,
    spec,
    path: documentPath(spec),
    open: () => new Conf<Record<string, unknown>>({ ...STORE_FILE_OPTIONS, cwd: spec.dir, configName: spec.name }),
  });
}

/** An opener that makes conf-backed documents with shared runtime collaborators. */
export function confDocumentOpener(runtime: StoreRuntime = {}): DocumentOpener {
  return (spec) => openConfDocument(spec, runtime);
}

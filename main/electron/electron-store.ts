// The app's DocumentStore over electron-store. The class is a parameter (main/index.ts passes the
// real `electron-store` default export), so tests load this file with a conf-backed stand-in.
import type ElectronStore from 'electron-store';
import { createBackedDocumentStore, type BackingFile, type StoreRuntime } from '../storage/backed-document-store';
import { documentPath, STORE_FILE_OPTIONS } from '../storage/conf-document-store';
import type { DocumentOpener, DocumentSpec, DocumentStore } from '../storage/document-store';

/** The electron-store constructor, as far as documents need it. */
export type ElectronStoreClass = new (options: ConstructorParameters<typeof ElectronStore<Record<string, unknown>>>[0]) => BackingFile;

/**
 * A document kept by electron-store: the same file format as the conf-backed store (electron-store
 * wraps conf), `clearInvalidConfig: false`, an absolute `cwd` so it never depends on app paths.
 */
export function openElectronStoreDocument<T extends object>(
  Store: ElectronStoreClass,
  spec: DocumentSpec<T>,
  runtime: StoreRuntime = {},
): DocumentStore<T> {
  return createBackedDocumentStore<T>({
    ...runtime,
    spec,
    path: documentPath(spec),
    open: () => new Store({ ...STORE_FILE_OPTIONS, cwd: spec.dir, name: spec.name }),
  });
}

/** An opener for the app: every document through electron-store. */
export function electronStoreDocumentOpener(Store: ElectronStoreClass, runtime: StoreRuntime = {}): DocumentOpener {
  return (spec) => openElectronStoreDocument(Store, spec, runtime);
}

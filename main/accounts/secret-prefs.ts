import type { Result } from '../../common/result';
import type { DocumentStore, StorageFailure } from '../storage/document-store';
import type { SecretPrefs } from './account-record';

/** The basic_text opt-in, read on every use so a change applies at once. */
export interface SecretPrefsStore {
  allowBasicText(): Promise<boolean>;
  setAllowBasicText(allow: boolean): Promise<Result<void, StorageFailure>>;
}

/** Prefs in their own document; unreadable or missing means "not opted in" (the safe default). */
export function createSecretPrefsStore(store: DocumentStore<SecretPrefs>): SecretPrefsStore {
  return {
    async allowBasicText() {
      const read = await store.read();
      return read.ok && read.value?.allowBasicText === true;
    },
    setAllowBasicText: (allow) => store.write({ allowBasicText: allow }),
  };
}

// A stand-in for Electron's safeStorage async API: real AES-256-GCM under a per-instance key, so
// ciphertext never contains the plaintext, plus switches for the failure modes the vault handles.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SafeStorageLike } from '../../main/electron/safe-storage-vault';

/** Controls of the fake. */
export interface FakeSafeStorage extends SafeStorageLike {
  readonly calls: string[];
  available: boolean;
  backend: string;
  /** Makes decryptStringAsync throw (key store reset, backend changed). */
  failDecrypt: boolean;
  /** Makes decryptStringAsync ask for re-encryption (key rotated). */
  shouldReEncrypt: boolean;
}

/** A fake whose key can be shared between "launches" (pass the same key). */
export function fakeSafeStorage(options: { available?: boolean; backend?: string; key?: Buffer } = {}): FakeSafeStorage {
  const key = options.key ?? randomBytes(32);
  const fake = {
    calls: [] as string[],
    available: options.available ?? true,
    backend: options.backend ?? 'gnome_libsecret',
    failDecrypt: false,
    shouldReEncrypt: false,
    async isAsyncEncryptionAvailable() {
      fake.calls.push('isAsyncEncryptionAvailable');
      return fake.available;
    },
    async encryptStringAsync(plainText: string) {
      fake.calls.push('encryptStringAsync');
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.from('v11'), iv, cipher.getAuthTag(), body]);
    },
    async decryptStringAsync(encrypted: Buffer) {
      fake.calls.push('decryptStringAsync');
      if (fake.failDecrypt) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      const decipher = createDecipheriv('aes-256-gcm', key, encrypted.subarray(3, 15));
      decipher.setAuthTag(encrypted.subarray(15, 31));
      const result = Buffer.concat([decipher.update(encrypted.subarray(31)), decipher.final()]).toString('utf8');
      return { result, shouldReEncrypt: fake.shouldReEncrypt };
    },
    getSelectedStorageBackend() {
      fake.calls.push('getSelectedStorageBackend');
      return fake.backend as ReturnType<SafeStorageLike['getSelectedStorageBackend']>;
    },
  };
  return fake;
}

/** Substrings any base64 encoding of a text containing `secret` must contain (all 3 alignments). */
export function base64Traces(secret: string): string[] {
  return [0, 1, 2].map((pad) => {
    const encoded = Buffer.from(`${'\u0000'.repeat(pad)}${secret}`).toString('base64');
    return encoded.slice(pad === 0 ? 0 : 4, -4);
  });
}

/** A promise with its resolve function (app.whenReady stand-in). */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

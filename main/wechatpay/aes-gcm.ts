import { createDecipheriv } from 'node:crypto';
import { err, ok, type Result } from '../../common/result';

/** An `encrypt_certificate` or callback `resource` (§3.4, §2.6). */
export interface EncryptedResource {
  readonly algorithm?: string;
  readonly nonce: string;
  readonly associated_data?: string;
  /** Base64 of the encrypted bytes followed by the 16-byte tag (§3.5). */
  readonly ciphertext: string;
}

const TAG_BYTES = 16;

/** Why a resource did not decrypt. `tag-mismatch` almost always means the wrong APIv3 key (§3.5). */
export type DecryptFailure = 'bad-key-length' | 'unsupported-algorithm' | 'malformed' | 'tag-mismatch';

/** The APIv3 key as the 32 bytes AES-256 needs: it is 32 ASCII characters in the merchant platform (§2.1). */
export function apiv3KeyBytes(apiv3Key: string): Buffer {
  return Buffer.from(apiv3Key, 'utf8');
}

/** AEAD_AES_256_GCM decryption with the APIv3 key (§3.5). */
export function decryptResource(resource: EncryptedResource, apiv3Key: string): Result<Buffer, DecryptFailure> {
  const key = apiv3KeyBytes(apiv3Key);
  if (key.length !== 32) return err('bad-key-length');
  if (resource.algorithm !== undefined && resource.algorithm !== 'AEAD_AES_256_GCM') return err('unsupported-algorithm');
  const sealed = Buffer.from(resource.ciphertext, 'base64');
  if (sealed.length < TAG_BYTES || resource.nonce.length === 0) return err('malformed');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(resource.nonce, 'utf8'));
    decipher.setAAD(Buffer.from(resource.associated_data ?? '', 'utf8'));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    return ok(Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]));
  } catch {
    return err('tag-mismatch');
  }
}

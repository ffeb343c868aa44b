import { createCipheriv, randomBytes } from 'node:crypto';

/** An AEAD_AES_256_GCM resource as WeChat Pay sends it (§3.4 certificates, §2.6 callbacks). */
export interface SealedResource {
  readonly algorithm: 'AEAD_AES_256_GCM';
  readonly nonce: string;
  readonly associated_data: string;
  /** Base64 of the encrypted bytes followed by the 16-byte tag (§3.5). */
  readonly ciphertext: string;
}

/**
 * Encrypts with the merchant's APIv3 key and a fresh 12-character nonce. The simulator's own code,
 * not the client's: the client only decrypts, and both are checked against wechatpay-axios-plugin.
 */
export function sealResource(plaintext: string | Buffer, apiv3Key: string, associatedData: string): SealedResource {
  const nonce = randomBytes(9).toString('base64url');
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(apiv3Key, 'utf8'), Buffer.from(nonce, 'utf8'));
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  return { algorithm: 'AEAD_AES_256_GCM', nonce, associated_data: associatedData, ciphertext: body.toString('base64') };
}

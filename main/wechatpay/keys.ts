import { createPrivateKey, createPublicKey, randomBytes, sign, verify, X509Certificate, type KeyObject } from 'node:crypto';
import { err, ok, type Result } from '../../common/result';

/** Why a PEM did not load. */
export type KeyFailure = 'not-a-private-key' | 'not-a-public-key' | 'not-a-certificate' | 'not-rsa';

/** `apiclient_key.pem` (PKCS#8, or PKCS#1 from older tools) as a private key (§2.1). */
export function loadPrivateKey(pem: string): Result<KeyObject, KeyFailure> {
  try {
    const key = createPrivateKey({ key: pem, format: 'pem' });
    return key.asymmetricKeyType === 'rsa' ? ok(key) : err('not-rsa');
  } catch {
    return err('not-a-private-key');
  }
}

/** The WeChat Pay public key (`pub_key.pem`, SPKI) of the public-key mode (§3.3). */
export function loadPublicKey(pem: string): Result<KeyObject, KeyFailure> {
  try {
    const key = createPublicKey({ key: pem, format: 'pem' });
    return key.asymmetricKeyType === 'rsa' ? ok(key) : err('not-rsa');
  } catch {
    return err('not-a-public-key');
  }
}

/** A certificate's serial (upper-case hex, as `openssl x509 -noout -serial` prints it) and public key. */
export interface CertificateInfo {
  readonly serialNo: string;
  readonly publicKey: KeyObject;
  readonly validFrom: number;
  readonly validTo: number;
}

/** Reads `apiclient_cert.pem` or a platform certificate with Node's own X509Certificate (§3.6). */
export function readCertificate(pem: string): Result<CertificateInfo, KeyFailure> {
  try {
    const certificate = new X509Certificate(pem);
    if (certificate.publicKey.asymmetricKeyType !== 'rsa') return err('not-rsa');
    return ok({
      serialNo: certificate.serialNumber.toUpperCase(),
      publicKey: certificate.publicKey,
      validFrom: Date.parse(certificate.validFrom),
      validTo: Date.parse(certificate.validTo),
    });
  } catch {
    return err('not-a-certificate');
  }
}

/** Whether a private key belongs to a public key: a throwaway signature must verify. */
export function keysMatch(privateKey: KeyObject, publicKey: KeyObject): boolean {
  const probe = randomBytes(32);
  try {
    return verify('sha256', probe, publicKey, sign('sha256', probe, privateKey));
  } catch {
    return false;
  }
}

/** A merchant certificate serial as typed: 40 hex digits (§2.1), normalised to upper case. */
export function normaliseSerial(text: string): Result<string, 'not-a-serial'> {
  const trimmed = text.trim().replace(/^serial=/i, '').toUpperCase();
  return /^[0-9A-F]{40}$/.test(trimmed) ? ok(trimmed) : err('not-a-serial');
}

/** `PUB_KEY_ID_` followed by digits (§3.3). */
export function isPublicKeyId(text: string): boolean {
  return /^PUB_KEY_ID_\d{10,40}$/.test(text);
}

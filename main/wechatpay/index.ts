// The WeChat Pay APIv3 client (busifavor 商家券): signing, verification, decryption and typed endpoints.
export { createWechatPayClient, WECHATPAY_BASE_URL, type WechatPayClient, type WechatPayClientOptions, type DownloadedCertificate, type CertificateDownload } from './client';
export type { PayCredentials } from './pay-call';
export type { PayFailure, PayResult } from './pay-failure';
export type { ImageUpload } from './upload-body';
export { decryptResource, type EncryptedResource, type DecryptFailure } from './aes-gcm';
export { verifySigned, MAX_CLOCK_OFFSET_SECONDS, type VerifierKeys, type VerifyFailure } from './verify';
export { loadPrivateKey, loadPublicKey, readCertificate, keysMatch, normaliseSerial, isPublicKeyId } from './keys';

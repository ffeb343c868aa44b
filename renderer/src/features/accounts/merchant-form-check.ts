import type { Localized } from '../../../../common/i18n';
import { APPID_PATTERN, appidProblem } from '../../../../common/ipc/channels/accounts';
import { merchantFormText as text } from '../../i18n/merchant-form-text';
import type { MerchantFormField, MerchantFormInput } from '../../stores/merchants-store';

/** Messages by field. */
export type MerchantFormProblems = Partial<Record<MerchantFormField, Localized>>;

/**
 * What the form can tell before asking main (main checks everything again and reads the PEM files:
 * a key that is not the certificate's, a file that is not a certificate). `editing`: empty keys keep
 * the saved ones.
 */
export function checkMerchantForm(input: MerchantFormInput, editing: { hasPublicKey: boolean; publicKeyId?: string | undefined } | null): MerchantFormProblems {
  const problems: MerchantFormProblems = {};
  const name = input.name.trim();
  if (name === '' || [...name].length > 40) problems.name = text.nameMissing;
  if (!editing && !/^\d{8,12}$/.test(input.mchid.trim())) problems.mchid = text.mchidBad(input.mchid.trim());
  if (!editing && input.privateKeyPem.trim() === '') problems.privateKey = text.keyMissing;
  const serial = input.serialNo.replace(/[\s:]/g, '');
  if (input.certificatePem.trim() === '') {
    if (serial === '' && !editing) problems.serialNo = text.serialMissing;
    else if (serial !== '' && !/^[0-9A-Fa-f]{40}$/.test(serial)) problems.serialNo = text.serialBad;
  }
  const apiv3 = input.apiv3Key.trim();
  if ((!editing || apiv3 !== '') && [...apiv3].length !== 32) problems.apiv3Key = text.apiv3Bad([...apiv3].length);
  if (input.verification === 'public-key') {
    const id = input.publicKeyId.trim();
    const keepsPem = editing?.hasPublicKey === true && id === editing.publicKeyId;
    if (id === '' || (input.publicKeyPem.trim() === '' && !keepsPem)) problems.publicKey = text.publicKeyMissing;
    else if (!/^PUB_KEY_ID_\d+$/.test(id)) problems.publicKey = text.publicKeyIdBad;
  }
  const appid = input.appid.trim();
  if (appid !== '' && !APPID_PATTERN.test(appid)) problems.appid = appidProblem(appid);
  return problems;
}

import type { Localized } from '../../../../common/i18n';
import { ACCOUNT_NAME_MAX, APP_SECRET_PATTERN, appidProblem, CONCURRENCY_LIMITS } from '../../../../common/ipc/channels/accounts';
import { accountFormText } from '../../i18n/account-form-text';
import type { AccountFormField, AccountFormInput } from '../../stores/accounts-store';

/** Messages by field; an absent field is fine. */
export type FormProblems = Partial<Record<AccountFormField, Localized>>;

/**
 * The form's own checks, the same rules main applies (so a merchant sees them as they type):
 * name 1–50 characters, AppID `wx` + 16 lower-case hex (the exact reason from appidProblem), an
 * AppSecret of 8–128 visible characters, concurrency 1–16. The proxy URL is checked by main.
 */
export function checkAccountForm(input: AccountFormInput): FormProblems {
  const problems: FormProblems = {};
  const name = input.name.trim();
  if (name === '') problems.name = accountFormText.nameEmpty;
  else if ([...name].length > ACCOUNT_NAME_MAX) problems.name = accountFormText.nameLong(ACCOUNT_NAME_MAX);
  const appid = input.appid.trim();
  const appidIssue = appid === '' ? accountFormText.appidEmpty : appidProblem(appid);
  if (appidIssue) problems.appid = appidIssue;
  if (input.secret.trim() !== '' && !APP_SECRET_PATTERN.test(input.secret.trim())) problems.secret = accountFormText.secretBad;
  const { concurrency } = input;
  if (!Number.isInteger(concurrency) || concurrency < CONCURRENCY_LIMITS.min || concurrency > CONCURRENCY_LIMITS.max) problems.concurrency = accountFormText.concurrencyBad;
  return problems;
}

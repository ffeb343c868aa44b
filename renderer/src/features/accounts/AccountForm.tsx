import { useState, type FormEvent } from 'react';
import type { Localized } from '../../../../common/i18n';
import { CONCURRENCY_LIMITS, type AccountView } from '../../../../common/ipc/channels/accounts';
import { Button } from '../../components/Button';
import { describedBy, FieldShell, type FieldMessage } from '../../components/FieldShell';
import { Icon } from '../../components/Icon';
import { RadioCards } from '../../components/RadioCards';
import { useT } from '../../i18n';
import { accountFormText } from '../../i18n/account-form-text';
import { accountsText } from '../../i18n/accounts-text';
import { useAccountsStore, type AccountFormField, type AccountFormInput } from '../../stores/accounts-store';
import { SecretChip } from './account-bits';
import { checkAccountForm, type FormProblems } from './account-form-check';
import { AdvancedFields } from './AdvancedFields';

const text = accountFormText;

function initialInput(account: AccountView | undefined): AccountFormInput {
  return {
    name: account?.name ?? '',
    appid: account?.appid ?? '',
    tokenMode: account?.tokenMode ?? 'stable',
    concurrency: account?.settings.concurrency ?? CONCURRENCY_LIMITS.default,
    proxy: account?.settings.proxy ?? '',
    secret: '',
  };
}

const messages = (problem: Localized | undefined): FieldMessage[] => (problem ? [{ severity: 'error', text: problem }] : []);

/**
 * Add / edit an account. The AppSecret is a write-only password field: it is sent once with the
 * save and cleared; afterwards only its state shows (security-reliability.md §3.3).
 */
export function AccountForm({ account }: { account?: AccountView }) {
  const t = useT();
  const { save, show, clearSecret, takeFormCarry } = useAccountsStore.getState();
  const [carry] = useState(() => (account ? takeFormCarry(account.id) : null));
  const [input, setInput] = useState(() => initialInput(account));
  const [touched, setTouched] = useState<Partial<Record<AccountFormField, boolean>>>({});
  const [server, setServer] = useState<FormProblems>(carry?.fields ?? {});
  const [formError, setFormError] = useState<Localized | null>(carry?.form ?? null);
  const [busy, setBusy] = useState(false);
  const local = checkAccountForm(input);
  const shown = (field: AccountFormField) => server[field] ?? (touched[field] ? local[field] : undefined);

  const change = <K extends keyof AccountFormInput>(field: K, value: AccountFormInput[K]) => {
    setInput((current) => ({ ...current, [field]: value }));
    setServer((current) => ({ ...current, [field]: undefined }));
  };
  const touch = (field: AccountFormField) => setTouched((current) => ({ ...current, [field]: true }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched({ name: true, appid: true, secret: true, concurrency: true, proxy: true });
    setFormError(null);
    if (Object.keys(local).length > 0) {
      const first = (['name', 'appid', 'secret', 'concurrency'] as const).find((field) => local[field]);
      if (first) document.getElementById(`account-${first}`)?.focus();
      return;
    }
    setBusy(true);
    void save(input, account?.id).then((outcome) => {
      setBusy(false);
      // The secret leaves the window with the save; it is never kept in the form afterwards.
      setInput((current) => ({ ...current, secret: '' }));
      if (outcome.ok) return;
      setServer(outcome.fields);
      setFormError(outcome.form ?? null);
    });
  };

  const editing = account !== undefined;
  const appidChanged = editing && input.appid.trim() !== account.appid && account.secretState !== 'none';
  const secretMessages = messages(shown('secret'));
  return (
    <form className="account-form" onSubmit={submit} noValidate data-testid="account-form" aria-labelledby="account-form-title">
      <header className="account-form__head">
        <h2 className="account-form__title" id="account-form-title">
          {t(editing ? text.editTitle(account.name) : text.createTitle)}
        </h2>
        <p className="account-form__intro">{t(text.intro)}</p>
      </header>
      {formError && (
        <div className="callout callout--error" role="alert" data-testid="form-error">
          <Icon name="error" size={16} />
          <span>{t(formError)}</span>
        </div>
      )}
      <section className="detail-card">
        <div className="grid-2">
          <FieldShell id="account-name" label={text.name} help={text.nameHelp} required messages={messages(shown('name'))}>
            <input
              id="account-name"
              className="input"
              value={input.name}
              placeholder={t(text.namePlaceholder)}
              aria-invalid={shown('name') ? true : undefined}
              aria-describedby={describedBy('account-name', shown('name') !== undefined, true)}
              onChange={(e) => change('name', e.target.value)}
              onBlur={() => touch('name')}
            />
          </FieldShell>
          <FieldShell id="account-appid" label={text.appid} help={text.appidHelp} required messages={[...messages(shown('appid')), ...(appidChanged ? [{ severity: 'warning' as const, text: text.appidChangeClears }] : [])]}>
            <input
              id="account-appid"
              className="input input--mono"
              value={input.appid}
              placeholder="wx8d3f5a7c1e9b2046"
              spellCheck={false}
              autoComplete="off"
              aria-invalid={shown('appid') ? true : undefined}
              aria-describedby={describedBy('account-appid', shown('appid') !== undefined || appidChanged, true)}
              onChange={(e) => change('appid', e.target.value)}
              onBlur={() => touch('appid')}
              data-testid="appid-input"
            />
          </FieldShell>
        </div>
        <FieldShell
          id="account-secret"
          label={text.secret}
          help={editing ? text.secretHelpEdit : text.secretHelpNew}
          messages={secretMessages}
          aside={
            editing && (
              <span className="account-form__secret-state">
                {t(text.secretState)} <SecretChip account={account} />
              </span>
            )
          }
        >
          <div className="account-form__secret">
            <input
              id="account-secret"
              className="input input--mono"
              type="password"
              value={input.secret}
              autoComplete="new-password"
              spellCheck={false}
              placeholder={t(editing && account.secretState !== 'none' ? text.secretPlaceholderKept : text.secretPlaceholderNew)}
              aria-invalid={secretMessages.length > 0 ? true : undefined}
              aria-describedby={describedBy('account-secret', secretMessages.length > 0, true)}
              onChange={(e) => change('secret', e.target.value)}
              onBlur={() => touch('secret')}
              data-testid="secret-input"
            />
            {editing && account.secretState !== 'none' && (
              <Button variant="ghost" size="sm" icon="trash" onClick={() => void clearSecret(account.id).then((problem) => setFormError(problem))} data-testid="clear-secret">
                {t(text.clearSecret)}
              </Button>
            )}
          </div>
        </FieldShell>
        <FieldShell id="account-token" label={text.token}>
          <RadioCards
            id="account-token"
            labelledBy="account-token-label"
            columns={2}
            value={input.tokenMode}
            onChange={(mode) => change('tokenMode', mode)}
            options={[
              { value: 'stable', label: accountsText.token.stable, description: accountsText.tokenDesc.stable },
              { value: 'classic', label: accountsText.token.classic, description: accountsText.tokenDesc.classic },
            ]}
          />
        </FieldShell>
        {input.tokenMode === 'classic' && (
          <div className="callout callout--warning" role="note" data-testid="classic-warning">
            <Icon name="warning" size={16} />
            <span>{t(accountsText.classicWarning)}</span>
          </div>
        )}
        <AdvancedFields
          concurrency={input.concurrency}
          proxy={input.proxy}
          concurrencyProblem={shown('concurrency')}
          proxyProblem={shown('proxy')}
          onConcurrency={(n) => change('concurrency', n)}
          onProxy={(p) => change('proxy', p)}
          onBlur={touch}
          startOpen={server.proxy !== undefined || (editing && (account.settings.proxy !== null || account.settings.concurrency !== CONCURRENCY_LIMITS.default))}
        />
      </section>
      <footer className="account-form__actions">
        <Button onClick={() => show(account ? { kind: 'account', accountId: account.id } : null)}>{t(text.cancel)}</Button>
        <Button type="submit" variant="primary" icon="check" disabled={busy} data-testid="save-account">
          {t(busy ? text.saving : editing ? text.save : text.create)}
        </Button>
      </footer>
    </form>
  );
}

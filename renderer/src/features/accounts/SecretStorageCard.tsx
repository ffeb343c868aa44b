import { useState } from 'react';
import type { Localized } from '../../../../common/i18n';
import type { SecretStorageInfo } from '../../../../common/ipc/channels/accounts';
import { FieldShell } from '../../components/FieldShell';
import { Icon } from '../../components/Icon';
import { Switch } from '../../components/Switch';
import { useT } from '../../i18n';
import { accountsText } from '../../i18n/accounts-text';
import { useAccountsStore } from '../../stores/accounts-store';

const text = accountsText.storage;

/**
 * Where AppSecrets live on this machine (security-reliability.md §3.3): the OS key store, or —
 * when Linux offers only basic_text — memory for this session unless the user explicitly opts in.
 */
export function SecretStorageCard({ info }: { info: SecretStorageInfo }) {
  const t = useT();
  const setAllow = useAccountsStore((s) => s.setAllowBasicText);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Localized | null>(null);
  const weak = info.backend === 'basic_text';
  const tone = info.persistence === 'encrypted' ? 'ok' : info.persistence === 'basic_text_opted_in' ? 'warning' : 'info';
  const toggle = (allow: boolean) => {
    setBusy(true);
    void setAllow(allow).then((problem) => {
      setBusy(false);
      setError(problem);
    });
  };
  return (
    <section className="detail-card storage-card" aria-labelledby="secret-storage-title" data-testid="secret-storage" data-persistence={info.persistence}>
      <header className="detail-card__head">
        <h3 className="detail-card__title" id="secret-storage-title">
          {t(text.title)}
        </h3>
        <span className={`storage-card__state storage-card__state--${tone}`} data-testid="secret-storage-state">
          <Icon name={tone === 'ok' ? 'check' : tone === 'warning' ? 'warning' : 'info'} size={14} />
          {t(text.persistence[info.persistence])}
        </span>
      </header>
      <p className="detail-card__body">{t(info.message)}</p>
      <p className="storage-card__backend mono">{t(text.backend(info.backend))}</p>
      {weak && (
        <div className="storage-card__opt">
          <FieldShell id="allow-basic-text" label={text.optIn} help={text.optInHelp} inline>
            <Switch id="allow-basic-text" checked={info.allowBasicText} disabled={busy} onChange={toggle} aria-describedby="allow-basic-text-help" />
          </FieldShell>
          {error && (
            <p className="field__msg field__msg--error" role="alert">
              <Icon name="error" size={14} />
              <span>
                <b>{t(text.changeFailed)}</b> {t(error)}
              </span>
            </p>
          )}
        </div>
      )}
    </section>
  );
}

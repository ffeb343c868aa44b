import { useState } from 'react';
import type { Localized } from '../../../../common/i18n';
import { CONCURRENCY_LIMITS } from '../../../../common/ipc/channels/accounts';
import { describedBy, FieldShell } from '../../components/FieldShell';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { accountFormText } from '../../i18n/account-form-text';
import type { AccountFormField } from '../../stores/accounts-store';

/** Props of {@link AdvancedFields}. */
export interface AdvancedFieldsProps {
  concurrency: number;
  proxy: string;
  concurrencyProblem: Localized | undefined;
  proxyProblem: Localized | undefined;
  onConcurrency(value: number): void;
  onProxy(value: string): void;
  onBlur(field: AccountFormField): void;
  /** Open from the start (settings differ from the defaults) — a problem inside opens it too. */
  startOpen: boolean;
}

/** 高级: parallel requests (1–16) and the account's HTTP proxy, folded away by default. */
export function AdvancedFields({ concurrency, proxy, concurrencyProblem, proxyProblem, onConcurrency, onProxy, onBlur, startOpen }: AdvancedFieldsProps) {
  const t = useT();
  const [open, setOpen] = useState(startOpen);
  const shown = open || concurrencyProblem !== undefined || proxyProblem !== undefined;
  return (
    <div className={shown ? 'advanced advanced--open' : 'advanced'}>
      <button type="button" className="advanced__toggle" aria-expanded={shown} aria-controls="account-advanced" onClick={() => setOpen(!shown)} data-testid="advanced-toggle">
        <Icon name={shown ? 'chevronDown' : 'chevronRight'} size={14} />
        <span className="advanced__title">{t(accountFormText.advanced)}</span>
        <span className="advanced__hint">{t(accountFormText.advancedHint)}</span>
      </button>
      {shown && (
        <div className="advanced__body" id="account-advanced">
          <div className="grid-2 grid-2--narrow-first">
            <FieldShell id="account-concurrency" label={accountFormText.concurrency} help={accountFormText.concurrencyHelp} messages={concurrencyProblem ? [{ severity: 'error', text: concurrencyProblem }] : []}>
              <input
                id="account-concurrency"
                className="input"
                type="number"
                min={CONCURRENCY_LIMITS.min}
                max={CONCURRENCY_LIMITS.max}
                step={1}
                value={Number.isNaN(concurrency) ? '' : concurrency}
                aria-invalid={concurrencyProblem ? true : undefined}
                aria-describedby={describedBy('account-concurrency', concurrencyProblem !== undefined, true)}
                onChange={(e) => onConcurrency(e.target.value === '' ? Number.NaN : Number(e.target.value))}
                onBlur={() => onBlur('concurrency')}
                data-testid="concurrency-input"
              />
            </FieldShell>
            <FieldShell id="account-proxy" label={accountFormText.proxy} help={accountFormText.proxyHelp} messages={proxyProblem ? [{ severity: 'error', text: proxyProblem }] : []}>
              <input
                id="account-proxy"
                className="input input--mono"
                value={proxy}
                spellCheck={false}
                autoComplete="off"
                placeholder={t(accountFormText.proxyPlaceholder)}
                aria-invalid={proxyProblem ? true : undefined}
                aria-describedby={describedBy('account-proxy', proxyProblem !== undefined, true)}
                onChange={(e) => onProxy(e.target.value)}
                onBlur={() => onBlur('proxy')}
                data-testid="proxy-input"
              />
            </FieldShell>
          </div>
        </div>
      )}
    </div>
  );
}

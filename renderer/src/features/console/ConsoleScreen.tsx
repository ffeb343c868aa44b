import { Select } from 'antd';
import { useEffect, useState } from 'react';
import type { AccountView } from '../../../../common/ipc/channels/accounts';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { consoleText } from '../../i18n/console-text';
import { useAccountsStore } from '../../stores/accounts-store';
import { useBuilderStore } from '../../stores/builder-store';
import { endpointKey, useConsoleStore } from '../../stores/console-store';
import { ConsoleResultView } from './ConsoleResultView';
import { JsonEditor } from './JsonEditor';

/** The account the console sends as: the one chosen, else the open batch's, else the first. */
function effectiveAccount(accounts: readonly AccountView[], chosen: string | null, batchAccountId: string | null): AccountView | undefined {
  return accounts.find((a) => a.id === chosen) ?? accounts.find((a) => a.id === batchAccountId) ?? accounts[0];
}

/** API 调试: account and endpoint, a JSON body with line numbers, 发送, and Weixin's answer explained. */
export function ConsoleScreen() {
  const t = useT();
  const status = useConsoleStore((s) => s.status);
  const error = useConsoleStore((s) => s.error);
  const endpoints = useConsoleStore((s) => s.endpoints);
  const chosen = useConsoleStore((s) => s.accountId);
  const key = useConsoleStore((s) => s.endpointKey);
  const body = useConsoleStore((s) => s.body);
  const sending = useConsoleStore((s) => s.sending);
  const sendError = useConsoleStore((s) => s.sendError);
  const result = useConsoleStore((s) => s.result);
  const resultSeq = useConsoleStore((s) => s.resultSeq);
  const sentBody = useConsoleStore((s) => s.sentBody);
  const sentKey = useConsoleStore((s) => s.sentKey);
  const localError = useConsoleStore((s) => s.localError);
  const { load, setAccount, chooseEndpoint, setBody, resetSample, formatBody, send } = useConsoleStore.getState();
  const accounts = useAccountsStore((s) => s.accounts);
  const batchAccountId = useBuilderStore((s) => s.batch.accountId);
  const [jump, setJump] = useState<{ line: number; column: number } | null>(null);
  useEffect(() => void load(), [load]);
  useEffect(() => void useAccountsStore.getState().load(), []);

  if (status === 'failed') {
    return (
      <div className="screen screen--centered">
        <EmptyState icon="terminal" title={consoleText.loadFailed} body={error ?? consoleText.unavailable}>
          <Button icon="refresh" onClick={() => void load()}>
            {t(consoleText.retry)}
          </Button>
        </EmptyState>
      </div>
    );
  }

  const account = effectiveAccount(accounts, chosen, batchAccountId);
  const endpoint = endpoints.find((e) => endpointKey(e) === key);
  // A position belongs to the text that was sent: once edited, the mark would point at the wrong place.
  const sentPosition = result?.position && sentBody === body && sentKey === key ? result.position : null;
  const mark = localError ?? sentPosition;
  const submit = () => {
    if (account && endpoint && !sending) void send(account.id);
  };

  return (
    <div className="console" data-testid="console">
      <section className="console-pane console-request" aria-labelledby="console-request-title">
        <header className="console-pane__head">
          <div>
            <h2 className="console-pane__title" id="console-request-title">
              {t(consoleText.title)}
            </h2>
            <p className="console-pane__subtitle">{t(consoleText.subtitle)}</p>
          </div>
        </header>
        <div className="console-request__row">
          <div className="console-field">
            <label className="console-field__label" htmlFor="console-account">
              {t(consoleText.account)}
            </label>
            <Select
              id="console-account"
              className="console-field__select"
              value={account?.id}
              onChange={(id: string) => setAccount(id)}
              disabled={accounts.length === 0}
              placeholder={t(consoleText.noAccounts)}
              data-testid="console-account"
              data-value={account?.id ?? ''}
              options={accounts.map((a) => ({ value: a.id, label: a.id === batchAccountId ? `${t(a.displayName)} · ${t(consoleText.accountBatch)}` : t(a.displayName) }))}
            />
          </div>
          <div className="console-field console-field--wide">
            <label className="console-field__label" htmlFor="console-endpoint">
              {t(consoleText.endpoint)}
            </label>
            <Select
              id="console-endpoint"
              className="console-field__select"
              showSearch={{ optionFilterProp: 'label' }}
              value={key ?? undefined}
              onChange={(next: string) => chooseEndpoint(next)}
              disabled={status !== 'ready'}
              placeholder={t(consoleText.loading)}
              data-testid="console-endpoint"
              data-value={key ?? ''}
              options={endpoints.map((e) => ({ value: endpointKey(e), label: `${e.method} ${e.path} — ${t(e.label)}` }))}
            />
          </div>
        </div>
        {endpoint && (
          <p className={`endpoint-line endpoint-line--${endpoint.kind}`} data-testid="endpoint-line">
            <span className={`method method--${endpoint.method.toLowerCase()}`}>{endpoint.method}</span>
            <code className="endpoint-line__path">{endpoint.path}</code>
            <span className="endpoint-line__kind">{t(consoleText.kind[endpoint.kind])}</span>
            <span className="endpoint-line__hint">{t(consoleText.kindHint[endpoint.kind])}</span>
          </p>
        )}
        <div className="callout console-token" data-testid="token-note">
          <Icon name="info" size={16} />
          <span>{t(consoleText.tokenNote)}</span>
        </div>
        <div className="console-body">
          <div className="console-body__head">
            <label className="console-field__label" htmlFor="console-body">
              {t(consoleText.body)}
            </label>
            {endpoint?.method !== 'GET' && (
              <span className="console-body__tools">
                <Button size="sm" variant="ghost" onClick={formatBody} data-testid="console-format">
                  {t(consoleText.format)}
                </Button>
                <Button size="sm" variant="ghost" icon="undo" onClick={resetSample}>
                  {t(consoleText.reset)}
                </Button>
              </span>
            )}
          </div>
          {endpoint?.method === 'GET' ? (
            <p className="console-body__none">{t(consoleText.noBody)}</p>
          ) : (
            <JsonEditor id="console-body" value={body} onChange={setBody} onSubmit={submit} error={mark} jump={jump} label={t(consoleText.body)} describedBy={localError ? 'console-local-error' : undefined} />
          )}
          {localError && (
            <p className="console-body__error" id="console-local-error" role="alert" data-testid="console-local-error">
              <Icon name="error" size={14} />
              {t(localError.message)}
            </p>
          )}
        </div>
        <footer className="console-request__foot">
          <span className="console-request__shortcut">{t(consoleText.shortcut)}</span>
          <Button variant="primary" icon="send" disabled={!account || !endpoint || sending} onClick={submit} data-testid="console-send">
            {t(sending ? consoleText.sending : consoleText.send)}
          </Button>
        </footer>
      </section>
      <section className="console-pane console-result" aria-labelledby="console-result-title" aria-busy={sending}>
        <header className="console-pane__head console-result__head">
          <h2 className="console-pane__title" id="console-result-title">
            {t(consoleText.result)}
          </h2>
          {result && sentKey && (
            <span className="console-result__meta">
              <code>{sentKey}</code> · <span data-testid="console-duration">{t(consoleText.duration(Math.round(result.durationMs)))}</span>
            </span>
          )}
        </header>
        {sendError && (
          <div className="callout callout--error" role="alert">
            <Icon name="error" size={16} />
            <span>{t(sendError)}</span>
          </div>
        )}
        {sending && !result && (
          <p className="console-result__waiting">
            <span className="spinner" aria-hidden="true" /> {t(consoleText.sending)}
          </p>
        )}
        {result ? (
          <ConsoleResultView result={result} seq={resultSeq} positionCurrent={sentPosition !== null} onJump={() => sentPosition && setJump({ ...sentPosition })} />
        ) : (
          !sending && (
            <div className="console-result__empty">
              <Icon name="send" size={28} />
              <p>{t(consoleText.resultEmpty)}</p>
            </div>
          )
        )}
      </section>
    </div>
  );
}

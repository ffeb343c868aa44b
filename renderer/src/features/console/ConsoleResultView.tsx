import type { ConsoleResult } from '../../../../common/ipc/channels/console';
import { Button } from '../../components/Button';
import { Icon, type IconName } from '../../components/Icon';
import { useT } from '../../i18n';
import { consoleText, outcomeTitle } from '../../i18n/console-text';
import { useHistoryStore } from '../../stores/history-store';
import { CopyCardId } from '../history/CopyCardId';

/** How a result looks: Weixin's OK; an errcode or no answer (red); stopped before sending or not sent (amber). */
function toneOf(result: ConsoleResult): { tone: 'ok' | 'error' | 'warning'; icon: IconName } {
  if (result.outcome === 'answered') return result.errcode === 0 || result.errcode === null ? { tone: 'ok', icon: 'check' } : { tone: 'error', icon: 'error' };
  if (result.outcome === 'precheck') return { tone: 'warning', icon: 'warning' };
  if (result.outcome === 'failed') return { tone: 'error', icon: 'error' };
  return { tone: 'warning', icon: 'warning' };
}

/**
 * The console's answer: outcome and errcode, main's reading of it (the catalog's meaning and fix),
 * the syntax position or the pre-flight findings, a new card's card_id with its History link, and
 * Weixin's JSON as it came back (the access_token already scrubbed in main).
 */
export function ConsoleResultView({ result, seq, onJump, positionCurrent }: { result: ConsoleResult; seq: number; onJump(): void; positionCurrent: boolean }) {
  const t = useT();
  const { tone, icon } = toneOf(result);
  const showCodes = result.errcode !== null && result.errcode !== 0;
  const title = t(outcomeTitle(result));
  // A note that only says the title again ("微信返回成功。" under 微信返回成功) is dropped (issue 11, problem 14).
  const note = t(result.message);
  const repeatsTitle = note.replace(/[。.！!]+$/u, '') === title;
  return (
    <div className="console-result__body" data-testid="console-result" data-seq={seq} data-outcome={result.outcome} data-errcode={result.errcode ?? undefined}>
      {/* The same result panel as the Accounts screen's connection test (styles/results.css). */}
      <section className={`result result--${tone === 'error' ? 'failed' : tone}`} role={tone === 'error' ? 'alert' : 'status'}>
        <header className="result__head">
          <Icon name={icon} size={18} />
          <h3 className="result__title" data-testid="console-outcome">
            {title}
          </h3>
          {showCodes && (
            <span className="result__code">
              errcode <b data-testid="console-errcode">{result.errcode}</b>
            </span>
          )}
        </header>
        {tone === 'ok' && !result.fix ? (
          !repeatsTitle && (
            <p className="outcome__note" data-testid="console-message">
              {note}
            </p>
          )
        ) : (
          <dl className="result__explain">
            <dt>{t(consoleText.meaning)}</dt>
            <dd data-testid="console-message">{t(result.message)}</dd>
            {result.fix && (
              <>
                <dt>{t(consoleText.fix)}</dt>
                <dd data-testid="console-fix">{t(result.fix)}</dd>
              </>
            )}
          </dl>
        )}
        {result.position && (
          <p className="outcome__position" data-testid="console-position">
            <Icon name="warning" size={14} />
            {t(consoleText.position(result.position.line, result.position.column))}
            {positionCurrent && (
              <Button size="sm" variant="link" onClick={onJump} data-testid="console-jump">
                {t(consoleText.jump)}
              </Button>
            )}
          </p>
        )}
        {result.findings.length > 0 && (
          <div className="outcome__findings" data-testid="console-findings">
            <p className="outcome__findings-title">{t(consoleText.findings(result.findings.length))}</p>
            <ul>
              {result.findings.map((f, i) => (
                <li key={`${f.path}-${i}`}>
                  <code>{f.path || 'card'}</code>
                  <span>{t(f.message)}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
      {result.cardId && (
        <section className="console-card" data-testid="console-card">
          <span className="console-card__label">{t(consoleText.cardId)}</span>
          <CopyCardId cardId={result.cardId} size="lg" />
          <p className="console-card__note">{t(consoleText.journaled)}</p>
          <Button size="sm" variant="link" icon="history" onClick={() => useHistoryStore.getState().showCard(result.cardId ?? '')} data-testid="console-view-history">
            {t(consoleText.viewInHistory)}
          </Button>
        </section>
      )}
      <section className="console-json" aria-label={t(consoleText.response)}>
        <header className="console-json__head">{t(consoleText.response)}</header>
        {result.response ? (
          <pre className="console-json__pre" data-testid="console-response">
            {result.response}
          </pre>
        ) : (
          <p className="console-json__none">{t(consoleText.responseNone)}</p>
        )}
      </section>
    </div>
  );
}

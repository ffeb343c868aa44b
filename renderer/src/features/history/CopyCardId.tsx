import { useEffect, useState, type MouseEvent } from 'react';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { historyText } from '../../i18n/history-text';
import { copyText } from '../../lib/copy-text';

/** A card_id in monospace with an icon button that copies it (已复制, or "select it by hand"). */
export function CopyCardId({ cardId, size = 'md' }: { cardId: string; size?: 'md' | 'lg' }) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = setTimeout(() => setState('idle'), 2_500);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = (event: MouseEvent) => {
    // In a table row the click would also open the drawer.
    event.stopPropagation();
    void copyText(cardId).then((done) => setState(done ? 'copied' : 'failed'));
  };
  return (
    <span className={`card-id card-id--${size}`}>
      <code className="card-id__text" data-testid="card-id">
        {cardId}
      </code>
      <button
        type="button"
        className={state === 'copied' ? 'card-id__copy card-id__copy--done' : 'card-id__copy'}
        aria-label={t(historyText.copyCardId(cardId))}
        title={t(state === 'copied' ? historyText.copied : state === 'failed' ? historyText.copyFailed : historyText.copyCardId(cardId))}
        onClick={copy}
        data-testid="copy-card-id"
      >
        <Icon name={state === 'copied' ? 'check' : 'copy'} size={14} />
      </button>
      <span className="visually-hidden" role="status">
        {state === 'copied' ? t(historyText.copied) : state === 'failed' ? t(historyText.copyFailed) : ''}
      </span>
    </span>
  );
}

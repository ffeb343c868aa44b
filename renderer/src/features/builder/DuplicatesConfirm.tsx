import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { duplicatesText } from '../../i18n/duplicates-text';
import { useRunStore } from '../../stores/run-store';

/**
 * Before a run of a batch whose drafts are already on Weixin: the identical cards, each with its
 * card_id, and the choice — link them (the default) or make copies on purpose.
 */
export function DuplicatesConfirm() {
  const t = useT();
  const duplicates = useRunStore((s) => s.duplicates);
  const confirmStart = useRunStore((s) => s.confirmStart);
  const dismiss = useRunStore((s) => s.dismissDuplicates);
  if (!duplicates) return null;
  const { existingCards, matches } = duplicates;
  return (
    <div className="callout callout--warning run__duplicates" role="alertdialog" aria-labelledby="run-duplicates-title" data-testid="run-duplicates">
      <p id="run-duplicates-title" className="run__duplicates-title">
        <Icon name="warning" size={14} />
        <span>{t(duplicatesText.title(matches.length))}</span>
      </p>
      <p className="run__duplicates-explain">{t(duplicatesText.explain)}</p>
      <ul className="run__duplicates-list" data-testid="run-duplicates-list">
        {matches.map((match) => (
          <li key={match.draftId}>
            <span>{match.title ?? match.draftId}</span>
            {match.identical.map((card) => (
              <code key={card.cardId} title={t(duplicatesText.existing)}>
                {card.cardId}
              </code>
            ))}
          </li>
        ))}
      </ul>
      <p className="run-start__sub">{t(duplicatesText.lookup(existingCards.cards, existingCards.listCalls + existingCards.getCalls))}</p>
      <div className="run__duplicates-actions">
        <Button variant="primary" onClick={() => void confirmStart(false)} data-testid="duplicates-link">
          {t(duplicatesText.link)}
        </Button>
        <Button variant="secondary" onClick={() => void confirmStart(true)} data-testid="duplicates-copy">
          {t(duplicatesText.copy)}
        </Button>
        <Button variant="ghost" onClick={dismiss} data-testid="duplicates-cancel">
          {t(duplicatesText.cancel)}
        </Button>
      </div>
    </div>
  );
}

import type { FormEvent } from 'react';
import { Button } from '../../components/Button';
import { describedBy, FieldShell } from '../../components/FieldShell';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { sandboxText } from '../../i18n/sandbox-text';
import { useSandboxStore } from '../../stores/sandbox-store';

/** Approve or reject one sandbox card by card_id, now (the History screen links here with the id filled in). */
export function ReviewForm() {
  const t = useT();
  const cardId = useSandboxStore((s) => s.reviewCardId);
  const busy = useSandboxStore((s) => s.busy);
  const lastReview = useSandboxStore((s) => s.lastReview);
  const reviewError = useSandboxStore((s) => s.reviewError);
  const { setReviewCardId, review } = useSandboxStore.getState();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void review('approve');
  };
  return (
    <form className="sandbox-block" onSubmit={submit} data-testid="review-form" noValidate>
      <div className="sandbox-block__head">
        <h4 className="sandbox-block__title">{t(sandboxText.review)}</h4>
      </div>
      <FieldShell id="review-card-id" label={sandboxText.cardId} help={sandboxText.reviewHelp} messages={reviewError ? [{ severity: 'error', text: reviewError }] : []}>
        <input
          id="review-card-id"
          className="input input--mono"
          value={cardId}
          spellCheck={false}
          autoComplete="off"
          placeholder={t(sandboxText.cardIdPlaceholder)}
          aria-describedby={describedBy('review-card-id', reviewError !== null, true)}
          onChange={(e) => setReviewCardId(e.target.value)}
          data-testid="review-card-id"
        />
      </FieldShell>
      <div className="sandbox-review__actions">
        <Button type="submit" size="sm" variant="primary" icon="check" disabled={busy === 'review' || cardId.trim() === ''} data-testid="review-approve">
          {t(sandboxText.approve)}
        </Button>
        <Button size="sm" variant="danger" icon="close" disabled={busy === 'review' || cardId.trim() === ''} onClick={() => void review('reject')} data-testid="review-reject">
          {t(sandboxText.reject)}
        </Button>
        {lastReview && (
          <span className="sandbox-review__done" role="status" data-testid="review-done">
            <Icon name="check" size={14} />
            {t(sandboxText.reviewed(lastReview.cardId, lastReview.verdict === 'approve'))}
          </span>
        )}
      </div>
    </form>
  );
}

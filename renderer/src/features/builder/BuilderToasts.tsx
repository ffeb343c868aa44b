import { useCallback, useEffect } from 'react';
import { Button } from '../../components/Button';
import { Toast } from '../../components/Toast';
import { useT } from '../../i18n';
import { builderText } from '../../i18n/builder-text';
import { draftTitle } from '../../lib/draft-model';
import { useNow } from '../../lib/use-now';
import { useBuilderStore } from '../../stores/builder-store';
import { useSaveStore } from '../../stores/save-store';

/** How long an undo offer stays, counted from the delete, not from when the toast was (re)shown. */
export const UNDO_MS = 10_000;

/** Undo after a delete or a new batch, and passing notices (import results, failures). */
export function BuilderToasts() {
  const t = useT();
  const undo = useBuilderStore((s) => s.undo);
  const notice = useBuilderStore((s) => s.notice);
  const durable = useSaveStore((s) => s.durable);
  const { undoLast, dismissUndo, dismissNotice } = useBuilderStore.getState();
  const expire = useCallback(() => dismissUndo(), [dismissUndo]);
  const expireNotice = useCallback(() => dismissNotice(), [dismissNotice]);
  // Coming back to the builder after the offer lapsed must not show it again with a fresh timer (issue 11, problem 14).
  const shownAt = useNow(60_000);
  const undoLeft = undo ? Math.min(UNDO_MS, UNDO_MS - (shownAt - undo.at)) : 0;
  const lapsed = undo !== null && undoLeft <= 0;
  useEffect(() => {
    if (lapsed) dismissUndo();
  }, [lapsed, dismissUndo]);
  const undoMessage = () => {
    if (!undo) return '';
    if (undo.kind === 'batch') return t((durable ? builderText.batchStored : builderText.batchReplaced)(undo.batch.name));
    const title = draftTitle(undo.draft);
    return t(builderText.deleted(title === '' ? t(builderText.untitled) : title));
  };
  return (
    <div className="toasts">
      {notice && (
        <Toast
          key={notice.seq}
          tone={notice.tone}
          timeoutMs={notice.tone === 'info' && !notice.detail ? 6_000 : undefined}
          onTimeout={expireNotice}
          testId="notice"
          actions={<Button size="sm" variant="ghost" icon="close" aria-label={t(builderText.dismiss)} onClick={dismissNotice} />}
        >
          <strong>{t(notice.message)}</strong>
          {notice.detail && <span className="toast__detail">{t(notice.detail)}</span>}
        </Toast>
      )}
      {undo && !lapsed && (
        <Toast
          key={undo.seq}
          timeoutMs={undoLeft}
          onTimeout={expire}
          testId="undo-toast"
          actions={
            <>
              <Button size="sm" variant="link" icon="undo" onClick={undoLast} data-testid="undo">
                {t(builderText.undo)}
              </Button>
              <Button size="sm" variant="ghost" icon="close" aria-label={t(builderText.dismiss)} onClick={dismissUndo} />
            </>
          }
        >
          {undoMessage()}
        </Toast>
      )}
    </div>
  );
}

import { Button } from 'antd';
import { useT } from '../../i18n';
import { builderText } from '../../i18n/builder-text';
import { draftTitle } from '../../lib/draft-model';
import { useNotice } from '../../platform/use-notice';
import { useBuilderStore } from '../../stores/builder-store';
import { useSaveStore } from '../../stores/save-store';

/** How long an undo offer stays, in seconds. */
const UNDO_SECONDS = 10;

/**
 * Undo after a delete or a new batch, and passing notices (import results, failures), as antd
 * notifications. Leaving the builder closes them and forgets the undo offer: it belongs to the
 * moment of the delete, so it does not come back on every later visit.
 */
export function BuilderToasts() {
  const t = useT();
  const undo = useBuilderStore((s) => s.undo);
  const notice = useBuilderStore((s) => s.notice);
  const durable = useSaveStore((s) => s.durable);
  const { undoLast, dismissUndo, dismissNotice } = useBuilderStore.getState();
  const undoMessage = () => {
    if (!undo) return '';
    if (undo.kind === 'batch') return t((durable ? builderText.batchStored : builderText.batchReplaced)(undo.batch.name));
    const title = draftTitle(undo.draft);
    return t(builderText.deleted(title === '' ? t(builderText.untitled) : title));
  };
  useNotice(
    'builder-notice',
    notice && {
      tone: notice.tone === 'error' ? 'error' : 'info',
      message: t(notice.message),
      ...(notice.detail ? { description: t(notice.detail) } : {}),
      // A notice with details (an import report) stays until dismissed.
      ...(notice.tone === 'info' && !notice.detail ? { seconds: 6 } : {}),
      seq: notice.seq,
    },
    dismissNotice,
    'notice',
  );
  useNotice(
    'builder-undo',
    undo && {
      tone: 'info',
      message: undoMessage(),
      seconds: UNDO_SECONDS,
      seq: undo.seq,
      actions: (
        <Button size="small" type="link" onClick={undoLast} data-testid="undo">
          {t(builderText.undo)}
        </Button>
      ),
    },
    dismissUndo,
    'undo-toast',
  );
  return null;
}

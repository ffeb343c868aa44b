import { memo, type KeyboardEvent } from 'react';
import type { Draft } from '../../../../common/drafts/draft';
import { Button } from '../../components/Button';
import { StatusChip } from '../../components/StatusChip';
import { useT } from '../../i18n';
import { builderText } from '../../i18n/builder-text';
import { draftColorHex, draftKind, draftTitle } from '../../lib/draft-model';
import { useBuilderStore } from '../../stores/builder-store';
import type { DraftRunInfo } from '../../stores/run-store';
import { RunChip, RunLine } from './RunChip';
import { runChipOf } from './run-chip';
import { TypeBadge } from './TypeBadge';

/** Props of {@link DraftRow}. */
export interface DraftRowProps {
  draft: Draft;
  selected: boolean;
  errors: number;
  warnings: number;
  /** The draft's place in the batch run (replaces the validation chip while a run knows it). */
  runInfo: DraftRunInfo | undefined;
  runLive: boolean;
}

/** Up/Down move between the rows of the list (the rows are buttons in a list). */
function moveFocus(event: KeyboardEvent<HTMLButtonElement>): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  event.preventDefault();
  const rows = [...(event.currentTarget.closest('ul')?.querySelectorAll<HTMLButtonElement>('.draft-row__main') ?? [])];
  const at = rows.indexOf(event.currentTarget);
  rows[at + (event.key === 'ArrowDown' ? 1 : -1)]?.focus();
}

/**
 * One draft in the batch: colour dot, type badge, title, status (or run) chip, duplicate and delete.
 * Memoised on plain props and calling the store itself, so a keystroke in one draft re-renders
 * that draft's row only (issue 11, problem 3).
 */
export const DraftRow = memo(function DraftRow({ draft, selected, errors, warnings, runInfo, runLive }: DraftRowProps) {
  const t = useT();
  const view = runChipOf(runInfo, runLive);
  const run = view ? { view, info: runInfo } : undefined;
  const { selectDraft, duplicateDraft, deleteDraft } = useBuilderStore.getState();
  const onSelect = () => selectDraft(draft.id);
  const onDuplicate = () => duplicateDraft(draft.id);
  const onDelete = () => deleteDraft(draft.id);
  const title = draftTitle(draft);
  const hex = draftColorHex(draft);
  return (
    <li className={selected ? 'draft-row draft-row--selected' : 'draft-row'} data-testid="draft-row" data-draft-id={draft.id}>
      <button type="button" className="draft-row__main" aria-current={selected ? 'true' : undefined} onClick={onSelect} onKeyDown={moveFocus}>
        <span className="draft-row__dot" style={hex ? { backgroundColor: hex } : undefined} aria-hidden="true" />
        <TypeBadge type={draftKind(draft)} />
        <span className={title === '' ? 'draft-row__title draft-row__title--empty' : 'draft-row__title'}>{title === '' ? t(builderText.untitled) : title}</span>
        {/* During and after a run the chip goes under the title with the run's line, so the title
            keeps the row's width (issue 11 §10: it was cut to six characters). */}
        {run ? (
          <span className="draft-row__state">
            <RunChip view={run.view} />
            {run.info && <RunLine info={run.info} />}
          </span>
        ) : (
          <StatusChip errors={errors} warnings={warnings} />
        )}
      </button>
      <span className="draft-row__actions">
        <Button size="sm" variant="ghost" icon="copy" aria-label={`${t(builderText.duplicate)} ${title}`} title={t(builderText.duplicate)} onClick={onDuplicate} />
        <Button size="sm" variant="ghost" icon="trash" aria-label={`${t(builderText.remove)} ${title}`} title={t(builderText.remove)} onClick={onDelete} data-testid="delete-draft" />
      </span>
    </li>
  );
});

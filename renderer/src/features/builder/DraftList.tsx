import VirtualList from '@rc-component/virtual-list';
import { useEffect, useRef, useState } from 'react';
import type { Draft } from '../../../../common/drafts/draft';
import { useT } from '../../i18n';
import { builderText } from '../../i18n/builder-text';
import type { DraftRunInfo } from '../../stores/run-store';
import { DraftRow } from './DraftRow';

/** One row's data: plain values, so memoised rows skip when their draft did not change. */
export interface DraftListItem {
  draft: Draft;
  errors: number;
  warnings: number;
}

/** Props of {@link DraftList}. */
export interface DraftListProps {
  items: readonly DraftListItem[];
  selectedId: string | null;
  runDrafts: Readonly<Record<string, DraftRunInfo>>;
  runLive: boolean;
}

/** A row's height in px (batch.css .draft-row): the virtual list's estimate, corrected by measuring. */
const ROW_HEIGHT = 46;
/** Up to this many rows the list is plain DOM; past it only the rows in view are rendered. */
export const VIRTUAL_FROM = 60;

/** The list pane's height, followed as the window resizes (the virtual list needs a number). */
function useHeight(): [React.RefObject<HTMLDivElement | null>, number] {
  const box = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(0);
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    setHeight(element.clientHeight);
    return () => observer.disconnect();
  }, []);
  return [box, height];
}

/**
 * The batch's drafts. With 1,000 drafts every keystroke used to re-render every row (16,854 DOM
 * nodes, ~50 ms to the counter; issue 11 problem 3): now rows are memoised and, past
 * {@link VIRTUAL_FROM}, virtualised with antd's own virtual list. A skip link jumps past the list.
 */
export function DraftList({ items, selectedId, runDrafts, runLive }: DraftListProps) {
  const t = useT();
  const [box, height] = useHeight();
  const virtual = items.length >= VIRTUAL_FROM && height > 0;
  const row = ({ draft, errors, warnings }: DraftListItem) => (
    <DraftRow key={draft.id} draft={draft} selected={draft.id === selectedId} errors={errors} warnings={warnings} runInfo={runDrafts[draft.id]} runLive={runLive} />
  );
  return (
    <div className="batch__list" ref={box} data-virtual={virtual || undefined}>
      {items.length > 0 && (
        <a className="skip-link" href="#editor-start" data-testid="skip-drafts">
          {t(builderText.skipList(items.length))}
        </a>
      )}
      {virtual ? (
        <VirtualList<DraftListItem> component="ul" data={items as DraftListItem[]} height={height} itemHeight={ROW_HEIGHT} itemKey={(item) => item.draft.id} aria-label={t(builderText.listLabel)}>
          {row}
        </VirtualList>
      ) : (
        <ul aria-label={t(builderText.listLabel)}>{items.map(row)}</ul>
      )}
    </div>
  );
}

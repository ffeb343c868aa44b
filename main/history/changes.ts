import type { HistoryStore } from './history-store';

/** At most this many ids per `history:changed` event; more set `truncated` (the UI then reloads). */
const MAX_IDS = 200;

/**
 * Turns the store's per-flush change notices into at most one `history:changed` event per
 * `intervalMs`: a 1,000-draft batch writes thousands of lines, the renderer needs a few refreshes.
 */
export function coalesceChanges(
  history: HistoryStore,
  emit: (payload: { recordIds: string[]; truncated: boolean; at: number }) => void,
  intervalMs = 250,
): () => void {
  const pending = new Set<string>();
  let truncated = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const recordIds = [...pending];
    pending.clear();
    emit({ recordIds, truncated, at: Date.now() });
    truncated = false;
  };
  const stop = history.onChange((ids) => {
    for (const id of ids) {
      if (pending.size < MAX_IDS) pending.add(id);
      else truncated = true;
    }
    timer ??= setTimeout(flush, intervalMs);
  });
  return () => {
    stop();
    if (timer) clearTimeout(timer);
  };
}

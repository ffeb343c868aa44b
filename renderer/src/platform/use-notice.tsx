import { App } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';

/** What a store wants shown as an antd notification (null: nothing). */
export interface NoticeView {
  tone: 'info' | 'success' | 'error' | 'warning';
  message: string;
  description?: string;
  /** Buttons beside the close button (撤销). */
  actions?: ReactNode;
  /** Seconds before it closes itself; omitted: it stays until closed (errors). */
  seconds?: number;
  /** A new value re-opens the notice even when the text is the same (a second delete). */
  seq?: number;
}

/**
 * Shows a store's notice with antd's notification (bottom right, announced as status or alert),
 * one notice per `key`: re-rendered texts (a language switch) update it in place; the store going
 * back to null closes it; the user closing it, or its timer, calls `onClose` so the store forgets it.
 * Leaving the screen closes it too (a notice belongs to the moment it was given).
 */
export function useNotice(key: string, notice: NoticeView | null, onClose: () => void, testId: string): void {
  const { notification } = App.useApp();
  const close = useRef(onClose);
  // The buttons are new elements every render: they ride along, but only the texts re-open it,
  // so a re-render does not restart its timer.
  const buttons = useRef<ReactNode>(null);
  const actions = notice?.actions;
  useEffect(() => {
    close.current = onClose;
    buttons.current = actions;
  });
  const { tone, message, description, seconds, seq } = notice ?? {};
  const shown = notice !== null;
  useEffect(() => {
    if (!shown) {
      notification.destroy(key);
      return;
    }
    notification.open({
      key,
      type: tone,
      title: message,
      description,
      actions: buttons.current,
      placement: 'bottomRight',
      duration: seconds ?? 0,
      role: tone === 'error' ? 'alert' : 'status',
      props: { 'data-testid': testId } as React.HTMLAttributes<HTMLDivElement>,
      onClose: () => close.current(),
    });
  }, [notification, key, shown, tone, message, description, seconds, seq, testId]);
  const open = useRef(false);
  useEffect(() => {
    open.current = shown;
  }, [shown]);
  useEffect(
    () => () => {
      notification.destroy(key);
      if (open.current) close.current();
    },
    [notification, key],
  );
}

import { useEffect, type ReactNode } from 'react';

/** Props of {@link Toast}. */
export interface ToastProps {
  tone?: 'info' | 'error';
  children: ReactNode;
  /** Buttons (undo, dismiss). */
  actions?: ReactNode;
  /** Dismisses itself after this many ms (omit to stay). */
  timeoutMs?: number;
  onTimeout?(): void;
  testId?: string;
}

/** A message at the bottom of the window, announced politely to screen readers. */
export function Toast({ tone = 'info', children, actions, timeoutMs, onTimeout, testId }: ToastProps) {
  useEffect(() => {
    if (timeoutMs === undefined || !onTimeout) return undefined;
    const timer = setTimeout(onTimeout, timeoutMs);
    return () => clearTimeout(timer);
  }, [timeoutMs, onTimeout]);
  return (
    <div className={`toast toast--${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <div className="toast__text">{children}</div>
      {actions && <div className="toast__actions">{actions}</div>}
    </div>
  );
}

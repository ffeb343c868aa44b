import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { lineCount, offsetOf } from './json-offset';

/** Pixel height of one editor line: the gutter and the error band are laid out with it. */
const LINE_PX = 20;
/** The textarea's top padding (matches .json-editor__input). */
const PAD_PX = 10;

/** Props of {@link JsonEditor}. */
export interface JsonEditorProps {
  id: string;
  value: string;
  onChange(value: string): void;
  /** Ctrl/⌘+Enter. */
  onSubmit(): void;
  /** A line to mark as the error (1-based), with its column. */
  error: { line: number; column: number } | null;
  /** A request to move the caret to a position (a new object each time). */
  jump: { line: number; column: number } | null;
  label: string;
  describedBy?: string;
}

/**
 * A plain monospaced JSON editor: a textarea without soft wrap, line numbers beside it, and the
 * line of a syntax error marked in both (the result's `position`). Tab inserts two spaces.
 */
export function JsonEditor({ id, value, onChange, onSubmit, error, jump, label, describedBy }: JsonEditorProps) {
  const area = useRef<HTMLTextAreaElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const lines = lineCount(value);

  useEffect(() => {
    const element = area.current;
    if (!jump || !element) return;
    const at = offsetOf(element.value, jump.line, jump.column);
    element.focus();
    element.setSelectionRange(at, Math.min(element.value.length, at + 1));
    const top = (jump.line - 1) * LINE_PX;
    if (top < element.scrollTop || top > element.scrollTop + element.clientHeight - 2 * LINE_PX) element.scrollTop = Math.max(0, top - 3 * LINE_PX);
  }, [jump]);

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmit();
      return;
    }
    if (event.key === 'Tab' && !event.shiftKey) {
      event.preventDefault();
      const element = event.currentTarget;
      const { selectionStart, selectionEnd } = element;
      const next = `${value.slice(0, selectionStart)}  ${value.slice(selectionEnd)}`;
      onChange(next);
      requestAnimationFrame(() => element.setSelectionRange(selectionStart + 2, selectionStart + 2));
    }
  };

  return (
    <div className={error ? 'json-editor json-editor--error' : 'json-editor'} data-testid="json-editor">
      <div className="json-editor__gutter" aria-hidden="true">
        <div className="json-editor__numbers" style={{ transform: `translateY(${-scrollTop}px)` }}>
          {Array.from({ length: lines }, (_, i) => (
            <span key={i} className={error?.line === i + 1 ? 'json-editor__n json-editor__n--error' : 'json-editor__n'} data-testid={error?.line === i + 1 ? 'error-line-number' : undefined}>
              {i + 1}
            </span>
          ))}
        </div>
      </div>
      {error && (
        <span
          className="json-editor__band"
          aria-hidden="true"
          data-testid="error-line"
          data-line={error.line}
          style={{ transform: `translateY(${PAD_PX + (error.line - 1) * LINE_PX - scrollTop}px)` }}
        />
      )}
      <textarea
        ref={area}
        id={id}
        className="json-editor__input"
        value={value}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        wrap="off"
        aria-label={label}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        data-testid="console-body"
      />
    </div>
  );
}

import { useState } from 'react';
import type { Localized } from '../../../../../common/i18n';
import type { Result } from '../../../../../common/result';
import type { BoundField } from '../editor-context';

/**
 * Text typed into a number field (元, 折, integers) that is stored as a number: the text stays as
 * typed while the card holds the parsed value; a text that does not parse is kept with its reason
 * (an input issue) and the card keeps its last good value. Reopening shows the stored number.
 */
export function useParsedText(
  field: BoundField,
  format: (value: number) => string,
  parse: (text: string) => Result<number, Localized>,
): { text: string; onChange(text: string): void } {
  const stored = typeof field.value === 'number' ? format(field.value) : '';
  const [local, setLocal] = useState<{ text: string; stored: string } | null>(null);
  // The card changed underneath (undo, another draft, an import): show the stored value again.
  const text = field.issue?.text ?? (local && local.stored === stored ? local.text : stored);

  const onChange = (next: string) => {
    if (next.trim() === '') {
      field.setIssue(null);
      setLocal({ text: next, stored: '' });
      // Cleared: the key goes; a required one is then reported by the validator as missing.
      field.set(undefined);
      return;
    }
    const parsed = parse(next);
    if (parsed.ok) {
      field.setIssue(null);
      setLocal({ text: next, stored: format(parsed.value) });
      field.set(parsed.value);
    } else {
      field.setIssue({ text: next, error: parsed.error });
    }
  };
  return { text, onChange };
}

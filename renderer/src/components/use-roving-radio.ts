import { useCallback, type KeyboardEvent } from 'react';

/**
 * Keyboard for a radio group (WAI-ARIA radio pattern): arrows move and select, Home/End jump;
 * with `columns`, Up/Down move by a row (the colour grid). Focus follows the selection.
 */
export function useRovingRadio<T>(values: readonly T[], value: T | undefined, onChange: (next: T) => void, columns = 0) {
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const current = Math.max(0, values.findIndex((v) => v === value));
      const last = values.length - 1;
      const step: Record<string, number> = {
        ArrowRight: 1,
        ArrowLeft: -1,
        ArrowDown: columns > 0 ? columns : 1,
        ArrowUp: columns > 0 ? -columns : -1,
      };
      let next: number | undefined;
      if (event.key in step) {
        const moved = current + (step[event.key] ?? 0);
        next = columns > 0 && (event.key === 'ArrowDown' || event.key === 'ArrowUp') ? Math.min(Math.max(moved, 0), last) : (moved + values.length) % values.length;
      } else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = last;
      if (next === undefined) return;
      event.preventDefault();
      const chosen = values[next];
      if (chosen === undefined) return;
      onChange(chosen);
      const group = event.currentTarget.closest('[role="radiogroup"]');
      const radios = group?.querySelectorAll<HTMLElement>('[role="radio"]');
      radios?.[next]?.focus();
    },
    [values, value, onChange, columns],
  );
}

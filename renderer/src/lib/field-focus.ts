import { splitLast } from './card-path';

/** The DOM id of the input that edits a path (`card.cash.base_info.title` → `f-card_cash_base_info_title`); a valid CSS id as is. */
export function fieldDomId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/**
 * The element that edits a finding's path: the field itself, else the first field inside it (a
 * `required` finding on `sku` lands on `sku.quantity`), else the nearest enclosing field.
 */
export function findFieldElement(root: ParentNode, path: string): HTMLElement | null {
  let current = path;
  for (let guard = 0; guard < 12 && current !== ''; guard++) {
    const id = fieldDomId(current);
    const exact = root.querySelector<HTMLElement>(`#${id}`);
    if (exact) return exact;
    const inside = root.querySelector<HTMLElement>(`:is(input, select, textarea, button, [tabindex])[id^="${id}_"]`);
    if (inside) return inside;
    current = splitLast(current)[0];
  }
  return null;
}

/** Scrolls a field into view and focuses it; returns whether one was found. */
export function focusField(root: ParentNode, path: string): boolean {
  const element = findFieldElement(root, path);
  if (!element) return false;
  element.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  element.focus({ preventScroll: true });
  return true;
}

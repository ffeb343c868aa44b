/** The text a merchant reads in an element: everything outside the folded developer details. */
export function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const dev of copy.querySelectorAll('[data-testid="dev-detail"]')) dev.remove();
  return copy.textContent ?? '';
}

/** The text inside the element's developer details. */
export function developerText(element: Element): string {
  return [...element.querySelectorAll('[data-testid="dev-detail"]')].map((d) => d.textContent ?? '').join(' ');
}

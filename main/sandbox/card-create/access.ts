/** A JSON object (not an array, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Absent: undefined or JSON null (the sandbox reads null as "not sent"). */
export function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}

/** Missing for a required field: absent or the empty string (decisions table, 41011). */
export function isMissing(value: unknown): boolean {
  return isAbsent(value) || value === '';
}

/** A JSON integer. */
export function isInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/** An own property (so keys like `constructor` or `__proto__` are never mistaken for known fields). */
export function own(obj: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** A value found under a dotted path, with the concrete path (array indexes filled in). */
export interface Found {
  readonly value: unknown;
  readonly path: string;
}

/**
 * Every present value under `dotted` (e.g. `advanced_info.text_image_list.*.text`) starting at
 * `root`. Only walks real objects and arrays; wrong shapes are the type step's business.
 */
export function collect(root: unknown, dotted: string, base: string): Found[] {
  let frontier: Found[] = [{ value: root, path: base }];
  for (const segment of dotted.split('.')) {
    const next: Found[] = [];
    for (const { value, path } of frontier) {
      if (segment === '*') {
        if (Array.isArray(value)) value.forEach((item, i) => next.push({ value: item, path: `${path}[${i}]` }));
      } else if (isPlainObject(value)) {
        const child = own(value, segment);
        if (!isAbsent(child)) next.push({ value: child, path: `${path}.${segment}` });
      }
    }
    frontier = next;
  }
  return frontier;
}

/** A plain-object child, or undefined. */
export function objectAt(parent: unknown, key: string): Record<string, unknown> | undefined {
  if (!isPlainObject(parent)) return undefined;
  const child = own(parent, key);
  return isPlainObject(child) ? child : undefined;
}

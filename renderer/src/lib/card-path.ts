/**
 * Reading and writing a draft's card body at a finding-style path (`card.cash.base_info.title`,
 * `card.cash.advanced_info.text_image_list[0].text`), immutably: every write returns a new root
 * that shares the untouched branches, so React and zustand see exactly what changed.
 */

/** One step of a path: an object key or an array index. */
export type PathStep = string | number;

/** Splits `a.b[0].c` into ['a', 'b', 0, 'c']. */
export function parsePath(path: string): PathStep[] {
  const steps: PathStep[] = [];
  for (const part of path.split('.')) {
    if (part === '') continue;
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) {
      steps.push(part);
      continue;
    }
    if (match[1]) steps.push(match[1]);
    for (const index of (match[2] ?? '').matchAll(/\[(\d+)\]/g)) steps.push(Number(index[1]));
  }
  return steps;
}

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

/** The value at a path, or undefined when any step is missing. */
export function getAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const step of parsePath(path)) {
    if (!isContainer(node)) return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}

const isEmptyContainer = (value: unknown): boolean =>
  Array.isArray(value) ? value.length === 0 : isContainer(value) && Object.keys(value).length === 0;

/** Options of {@link setAt}. */
export interface SetOptions {
  /**
   * After removing a key, also remove the containers it leaves empty, but only those at least this
   * many steps below the root: with `{card:{cash:{advanced_info:{…}}}}`, 3 may drop an emptied
   * advanced_info (and what it held) but never the type object or `card`.
   */
  pruneAbove?: number;
}

function write(node: unknown, steps: readonly PathStep[], depth: number, value: unknown, options: SetOptions): unknown {
  const step = steps[depth];
  if (step === undefined) return value;
  const base: Container = isContainer(node) ? node : typeof step === 'number' ? [] : {};
  const copy: Container = Array.isArray(base) ? [...base] : { ...base };
  const slots = copy as Record<string | number, unknown>;
  const next = write(slots[step], steps, depth + 1, value, options);
  if (next === undefined) {
    if (Array.isArray(copy) && typeof step === 'number') copy.splice(step, 1);
    else delete slots[step];
  } else slots[step] = next;
  const prune = options.pruneAbove !== undefined && depth >= options.pruneAbove && next === undefined;
  return prune && isEmptyContainer(copy) ? undefined : copy;
}

/**
 * A copy of `root` with `value` at `path`; missing objects and arrays on the way are created.
 * `undefined` removes the key (or the array item), so an emptied optional field leaves no "" behind.
 */
export function setAt<T>(root: T, path: string, value: unknown, options: SetOptions = {}): T {
  const steps = parsePath(path);
  if (steps.length === 0) return value as T;
  const result = write(root, steps, 0, value, options);
  return (result === undefined ? {} : result) as T;
}

/** The path of the parent container and the last step: `a.b[2]` → ['a.b', 2]. */
export function splitLast(path: string): [parent: string, last: PathStep | undefined] {
  const steps = parsePath(path);
  const last = steps.pop();
  return [formatPath(steps), last];
}

/** Joins steps back into a finding-style path. */
export function formatPath(steps: readonly PathStep[]): string {
  let out = '';
  for (const step of steps) out += typeof step === 'number' ? `[${step}]` : out === '' ? step : `.${step}`;
  return out;
}

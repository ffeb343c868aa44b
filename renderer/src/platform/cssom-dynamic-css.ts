/**
 * A CSP-safe stand-in for `@rc-component/util`'s Dom/dynamicCSS, swapped in at build time by
 * main/web/renderer-plugins.ts. antd's CSS-in-JS, its token CSS variables, the Modal scroll lock and
 * the scrollbar probe all inject `<style>` elements through that module, and the strict CSP
 * (`style-src 'self'`, no 'unsafe-inline', main/electron/csp.ts) blocks every one of them. Here the
 * text goes into a constructed CSSStyleSheet in `document.adoptedStyleSheets` (CSSOM, which
 * style-src does not govern: only script we ship can write it). cssinjs keeps its bookkeeping on the
 * element it gets back, so one is still made, as a `<cssom-style>`: Chromium runs the CSP check on
 * every `<style>` element whatever its `type`, an unknown element is never a style block. Same
 * exports and ordering as the original.
 */

const APPEND_ORDER = 'data-rc-order';
const APPEND_PRIORITY = 'data-rc-priority';
const MARK_KEY = 'rc-util-key';
/** The tag of the bookkeeping elements: not `style`, so the browser never treats them as styles. */
export const CSSOM_STYLE_TAG = 'cssom-style';

/** The options the original module takes (attachTo, prepend, priority, mark, csp, styles). */
export interface CssOption {
  attachTo?: Element;
  csp?: { nonce?: string };
  prepend?: boolean | 'queue';
  priority?: number;
  mark?: string;
  styles?: HTMLElement[];
}

const sheets = new WeakMap<HTMLElement, CSSStyleSheet>();
let observer: MutationObserver | null = null;

const canUseDom = () => typeof window !== 'undefined' && typeof document !== 'undefined' && !!document.createElement;
const getMark = ({ mark }: CssOption = {}) => (mark ? (mark.startsWith('data-') ? mark : `data-${mark}`) : MARK_KEY);
const getContainer = (option: CssOption): Element => option.attachTo ?? document.querySelector('head') ?? document.body;
const getOrder = (prepend: CssOption['prepend']) => (prepend === 'queue' ? 'prependQueue' : prepend ? 'prepend' : 'append');

function findStyles(container: Element | null): HTMLElement[] {
  if (!container) return [];
  return Array.from(container.children).filter((node): node is HTMLElement => node.localName === CSSOM_STYLE_TAG);
}

/** Rebuilds adoptedStyleSheets from the bookkeeping elements in document order (the cascade order cssinjs chose). */
function syncAdopted(): void {
  const ordered = Array.from(document.querySelectorAll<HTMLElement>(CSSOM_STYLE_TAG), (node) => sheetOf(node));
  const foreign = document.adoptedStyleSheets.filter((sheet) => !isOurs(sheet));
  document.adoptedStyleSheets = [...ordered, ...foreign];
}

const owned = new WeakSet<CSSStyleSheet>();
const isOurs = (sheet: CSSStyleSheet) => owned.has(sheet);

function sheetOf(node: HTMLElement): CSSStyleSheet {
  let sheet = sheets.get(node);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    owned.add(sheet);
    sheets.set(node, sheet);
  }
  sheet.replaceSync(node.textContent ?? '');
  return sheet;
}

/** cssinjs also removes its elements directly (token clean-up); follow those removals too. */
function watch(): void {
  if (observer) return;
  observer = new MutationObserver((records) => {
    if (records.some((r) => [...r.removedNodes].some((n) => n instanceof HTMLElement && n.localName === CSSOM_STYLE_TAG))) syncAdopted();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

/** Adds a style block (inert element + constructed sheet) where the original would put it. */
export function injectCSS(css: string, option: CssOption = {}): HTMLElement | null {
  if (!canUseDom()) return null;
  const { prepend, priority = 0 } = option;
  const mergedOrder = getOrder(prepend);
  const styleNode = document.createElement(CSSOM_STYLE_TAG);
  styleNode.setAttribute(APPEND_ORDER, mergedOrder);
  if (mergedOrder === 'prependQueue' && priority) styleNode.setAttribute(APPEND_PRIORITY, `${priority}`);
  styleNode.textContent = css;
  const container = getContainer(option);
  if (prepend) {
    if (mergedOrder === 'prependQueue') {
      const existStyle = (option.styles ?? findStyles(container)).filter((node) => {
        if (!['prepend', 'prependQueue'].includes(node.getAttribute(APPEND_ORDER) ?? '')) return false;
        return priority >= Number(node.getAttribute(APPEND_PRIORITY) || 0);
      });
      const last = existStyle[existStyle.length - 1];
      if (last) container.insertBefore(styleNode, last.nextSibling);
      else container.insertBefore(styleNode, container.firstChild);
    } else container.insertBefore(styleNode, container.firstChild);
  } else container.appendChild(styleNode);
  watch();
  syncAdopted();
  return styleNode;
}

function findExistNode(key: string, option: CssOption = {}): HTMLElement | undefined {
  const styles = option.styles ?? findStyles(getContainer(option));
  return styles.find((node) => node.getAttribute(getMark(option)) === key);
}

/** Removes the block injected under `key`. */
export function removeCSS(key: string, option: CssOption = {}): void {
  const existNode = findExistNode(key, option);
  if (existNode) {
    existNode.remove();
    syncAdopted();
  }
}

/** Kept for API parity: the original caches a qiankun container, which this app never has. */
export function clearContainerCache(): void {}

/** Inserts or replaces the block under `key`; returns its element. */
export function updateCSS(css: string, key: string, originOption: CssOption = {}): HTMLElement | null {
  if (!canUseDom()) return null;
  const option = { ...originOption, styles: findStyles(getContainer(originOption)) };
  const existNode = findExistNode(key, option);
  if (existNode) {
    if (existNode.textContent !== css) {
      existNode.textContent = css;
      sheetOf(existNode);
    }
    return existNode;
  }
  const newNode = injectCSS(css, option);
  newNode?.setAttribute(getMark(option), key);
  return newNode;
}

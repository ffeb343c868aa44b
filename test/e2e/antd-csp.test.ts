import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuilderApp, type BuilderApp } from './support/builder-app';
import { removeBuiltRenderer } from './support/shell-app';

// The page's globals as these tests use them inside page.evaluate (the Node test project has no DOM lib).
interface PageSheet {
  readonly cssRules: { readonly length: number };
}
declare const document: {
  readonly adoptedStyleSheets: readonly PageSheet[];
  querySelectorAll(selector: string): { readonly length: number; forEach(fn: (node: { remove(): void }) => void): void };
  querySelector(selector: string): unknown;
  addEventListener(type: 'securitypolicyviolation', listener: (event: { violatedDirective: string }) => void): void;
  createElement(tag: 'style'): { textContent: string };
  head: { append(node: unknown): void };
};
declare function getComputedStyle(element: unknown): { readonly backgroundColor: string };

// antd's CSS-in-JS under the app's strict CSP (style-src 'self', no 'unsafe-inline'): its styles,
// token variables and the Modal scroll lock go to constructed stylesheets (renderer/src/platform/
// cssom-dynamic-css.ts), so nothing is blocked and antd still looks like antd, in WeChat green.
let app: BuilderApp;

beforeAll(async () => {
  app = await startBuilderApp();
});

afterAll(async () => {
  await app?.close();
  await removeBuiltRenderer();
});

describe('antd under the strict CSP in real Chromium', () => {
  it('the CSP still refuses an inline <style>: the policy was not loosened', async () => {
    const violations = await app.page.evaluate(async () => {
      const seen: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective));
      const style = document.createElement('style');
      style.textContent = 'body { background: red }';
      document.head.append(style);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return seen;
    });
    // Chromium reports once per policy (the harness sends a header and the meta tag): same directive.
    expect(violations.length).toBeGreaterThan(0);
    expect(violations.every((directive) => directive.startsWith('style-src'))).toBe(true);
    await app.page.evaluate(() => document.querySelectorAll('style').forEach((node) => node.remove()));
    app.problems.length = 0; // that refusal was the point; later checks start clean
  });

  it('antd styles arrive as constructed sheets, and a checked Switch is WeChat green', async () => {
    const { page } = app;
    await page.getByTestId('add-draft').click();
    await page.locator('[role="menuitem"][data-key="CASH"]').click();
    await page.getByTestId('editor').waitFor();
    const toggle = page.locator('.ant-switch').first();
    await toggle.scrollIntoViewIfNeeded();
    if ((await toggle.getAttribute('aria-checked')) !== 'true') await toggle.click();
    // The colour eases in over antd's transition: wait for where it settles.
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.ant-switch-checked')).backgroundColor === 'rgb(7, 193, 96)');
    const sheets = await page.evaluate(() => document.adoptedStyleSheets.map((s) => s.cssRules.length));
    expect(sheets.length).toBeGreaterThan(1);
    // Most sheets carry rules; cssinjs may keep an emptied one for a component that has unmounted (a notice).
    expect(sheets.filter((n) => n > 0).length).toBeGreaterThan(1);
    // cssinjs keeps its bookkeeping on <cssom-style> elements; not one <style> element was made.
    await expect(page.evaluate(() => document.querySelectorAll('style').length)).resolves.toBe(0);
    await expect(page.evaluate(() => document.querySelectorAll('cssom-style').length)).resolves.toBe(sheets.length);
  });

  it('nothing was refused by the CSP or logged while antd rendered', () => {
    expect(app.problems).toEqual([]);
  });
});

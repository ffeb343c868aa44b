// Starts the built renderer in real Chromium through the web harness with the real router.
// Later e2e tests reuse it: `const app = await startShellApp({ deps: { … } })`, then drive
// `app.page` and call `window.couponStudio` through `app.page.evaluate`.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createMemoryLogger } from '../../../main/log/logger';
import { buildRenderer } from '../../../main/web/build-renderer';
import { PROJECT_ROOT, type HarnessHost } from '../../../main/web/harness-host';
import { startWebHarness, type WebHarness } from '../../../main/web/harness-server';
import { startHarnessStack, type HarnessStack, type HarnessStackOptions } from '../../../main/web/harness-stack';
import { launchChromium } from '../../support/chromium';


/** Where screenshots go (gitignored). */
export const SCREENSHOT_DIR = join(PROJECT_ROOT, '.tmp', 'screenshots');

let built: Promise<string> | undefined;
const tempDirs: string[] = [];

/** Builds the renderer once per test process into a temp dir. */
export function builtRenderer(): Promise<string> {
  built ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'coupon-e2e-renderer-'));
    tempDirs.push(dir);
    await buildRenderer(dir);
    return dir;
  })();
  return built;
}

/** Removes the built renderer (call from the last afterAll). */
export async function removeBuiltRenderer(): Promise<void> {
  for (const dir of tempDirs.splice(0)) await rm(dir, { recursive: true, force: true });
  built = undefined;
}

/** Options of {@link startShellApp}: the harness stack's, plus the browser window. */
export interface ShellAppOptions extends HarnessStackOptions {
  /** Default 1100×720, the smallest window the app supports comfortably. */
  viewport?: { width: number; height: number };
  /** The browser's time zone (default: the machine's); far from UTC+8 to prove dates are China dates. */
  timezoneId?: string;
}

/** A running shell: the harness, its host (router + deps), a Chromium page on it, and what the page reported. */
export interface ShellApp {
  readonly harness: WebHarness;
  readonly host: HarnessHost;
  /** The embedded sandbox and data dir behind the harness. */
  readonly stack: HarnessStack;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** console errors/warnings and uncaught page errors, in order */
  readonly problems: string[];
  /** the same, as they stood when the shell first reported ready */
  readonly loadProblems: readonly string[];
  /** requests the page tried to send anywhere but the harness (aborted) */
  readonly offsiteRequests: string[];
  close(): Promise<void>;
}

/** Starts harness + Chromium and waits until the shell reports ready (never a sleep). */
export async function startShellApp(options: ShellAppOptions = {}): Promise<ShellApp> {
  const { viewport = { width: 1100, height: 720 }, timezoneId, ...stackOptions } = options;
  const rendererDir = await builtRenderer();
  const stack = await startHarnessStack({ log: createMemoryLogger(), systemLocale: 'zh-CN', mode: 'test', ...stackOptions });
  const { host } = stack;
  const harness = await startWebHarness({ router: host.router, rendererDir, log: createMemoryLogger() });
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport, locale: 'zh-CN', deviceScaleFactor: 1, ...(timezoneId ? { timezoneId } : {}) });
  const offsiteRequests: string[] = [];
  // Nothing may leave loopback: anything not addressed to the harness is aborted and recorded.
  await context.route(
    (url) => url.origin !== harness.origin,
    (route) => {
      offsiteRequests.push(route.request().url());
      return route.abort();
    },
  );
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(harness.url);
  await page.locator('[data-testid="shell"][data-state="ready"]').waitFor();
  return {
    harness,
    host,
    stack,
    browser,
    context,
    page,
    problems,
    loadProblems: [...problems],
    offsiteRequests,
    async close() {
      await browser.close();
      await harness.stop();
      await stack.stop();
    },
  };
}

/** Saves a full-page screenshot under .tmp/screenshots/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

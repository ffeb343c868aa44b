import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleCoupon } from '../../common/coupon/examples';
import type { CouponStudioApi } from '../../common/ipc/api';
import { SANDBOX_ACCOUNT_ID } from '../../main/accounts/sandbox-account';
import { startBuilderApp, type BuilderApp } from './support/builder-app';
import { removeBuiltRenderer, screenshot } from './support/shell-app';

declare const window: { couponStudio: CouponStudioApi };

// Every screen at 1366×800 (the laptop size of issue 11 §10) in both languages, for
// docs/screenshots and the README. Each screen's own journey checks its behaviour; this one checks
// that every screen renders with its antd widgets, nothing overflows the window sideways, and the
// builder's preview keeps its width beside the findings.
let app: BuilderApp;

beforeAll(async () => {
  app = await startBuilderApp({ viewport: { width: 1366, height: 800 } });
});

afterAll(async () => {
  await app?.close();
  await removeBuiltRenderer();
});

const SCREENS = ['builder', 'history', 'counter', 'accounts', 'console', 'settings'] as const;

async function noSidewaysScroll(): Promise<void> {
  const widths = await app.page.evaluate(() => {
    const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
    return { scroll: root.scrollWidth, client: root.clientWidth };
  });
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
}

describe('every screen at 1366×800', () => {
  it('renders each screen in Chinese and in English', async () => {
    const { page } = app;
    // A batch with drafts (one with an error, so the findings panel is open) on the sandbox account, run once.
    const tooLong = exampleCoupon('CASH', app.stack.sandbox.clock.now()) as unknown as { card: { cash: { base_info: { title: string } } } };
    tooLong.card.cash.base_info.title = '1000元面值充值卡哈哈';
    await page.evaluate(
      async ({ cards, accountId }) => {
        const api = window.couponStudio;
        const batch = await api.drafts.create({ name: '春季活动', accountId, cards: cards as Record<string, unknown>[] });
        if (!batch.ok) throw new Error(batch.error.message.en);
        const run = await api.batch.start({ batchId: batch.data.id });
        if (!run.ok) throw new Error(run.error.message.en);
      },
      { cards: [exampleCoupon('GROUPON', app.stack.sandbox.clock.now()), exampleCoupon('DISCOUNT', app.stack.sandbox.clock.now()), tooLong], accountId: SANDBOX_ACCOUNT_ID },
    );
    await page.reload();
    await page.locator('[data-testid="shell"][data-state="ready"]').waitFor();
    for (const language of ['zh', 'en'] as const) {
      for (const screen of SCREENS) {
        await page.getByTestId(`nav-${screen}`).click();
        await page.locator(`[data-testid="nav-${screen}"][aria-current="page"]`).waitFor();
        if (screen === 'history') await page.getByTestId('history-table').waitFor();
        if (screen === 'settings') await page.getByTestId('data-dir-path').waitFor();
        if (screen === 'counter') await page.getByTestId('counter-input').waitFor();
        await noSidewaysScroll();
        console.log(`[e2e] screenshot: ${await screenshot(page, `screen-${screen}-${language}`)}`);
      }
      if (language === 'zh') {
        await page.getByTestId('switch-language').click();
        await page.locator('html[lang="en"]').waitFor();
      }
    }
    expect(app.problems).toEqual([]);
  });

  it('a draft with a long findings list keeps the preview at least half the side pane; the list scrolls inside (issue 11, problem 10)', async () => {
    const { page } = app;
    const broken = exampleCoupon('CASH', app.stack.sandbox.clock.now()) as unknown as { card: { cash: { base_info: Record<string, unknown> } } };
    Object.assign(broken.card.cash.base_info, { title: '', brand_name: '', logo_url: '', color: '', notice: '', description: '', service_phone: 'abc' });
    delete broken.card.cash.base_info.code_type;
    delete broken.card.cash.base_info.date_info;
    delete broken.card.cash.base_info.sku;
    await page.evaluate(async ({ card }) => {
      const batch = await window.couponStudio.drafts.create({ name: '很多问题', cards: [card as Record<string, unknown>] });
      if (!batch.ok) throw new Error(batch.error.message.en);
    }, { card: broken });
    await page.reload();
    await page.locator('[data-testid="shell"][data-state="ready"]').waitFor();
    await page.getByTestId('nav-builder').click();
    await page.getByTestId('findings-panel').waitFor();
    await expect(page.getByTestId('finding').count()).resolves.toBeGreaterThan(6);
    const sizes = await page.evaluate(() => {
      const doc = (globalThis as unknown as { document: { querySelector(s: string): { getBoundingClientRect(): { height: number }; scrollHeight: number; clientHeight: number } | null } }).document;
      const side = doc.querySelector('.builder__side');
      const preview = doc.querySelector('.preview-pane');
      const list = doc.querySelector('.findings__list');
      return { side: side?.getBoundingClientRect().height ?? 0, preview: preview?.getBoundingClientRect().height ?? 0, listScroll: list?.scrollHeight ?? 0, listClient: list?.clientHeight ?? 0 };
    });
    expect(sizes.preview).toBeGreaterThanOrEqual(sizes.side / 2 - 1);
    expect(sizes.listScroll).toBeGreaterThan(sizes.listClient);
    console.log(`[e2e] screenshot: ${await screenshot(page, 'widgets2-findings-long')}`);
  });
});

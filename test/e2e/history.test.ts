import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleCoupon } from '../../common/coupon/examples';
import type { CouponStudioApi } from '../../common/ipc/api';
import { SANDBOX_ACCOUNT_ID } from '../../main/accounts/sandbox-account';
import { DEMO_ACCOUNT } from '../../main/sandbox';
import { createWeixinClient } from '../../main/wechat';
import { startBuilderApp, type BuilderApp } from './support/builder-app';
import { pickOption } from './support/antd-select';
import { removeBuiltRenderer, screenshot } from './support/shell-app';

// The page's globals as these tests use them inside page.evaluate (the Node test project has no DOM lib).
declare const window: { couponStudio: CouponStudioApi };
declare const document: { body: { innerText: string } };

// The History screen in real Chromium over a history made by real runs on the harness's sandbox:
// created cards, a skipped draft, a card found by reconcile after a dropped answer, and an orphan
// another tool made. Switches, refusals, review refresh, export and the sandbox link.
let app: BuilderApp;

beforeAll(async () => {
  app = await startBuilderApp();
});

afterAll(async () => {
  await app?.close();
  await removeBuiltRenderer();
});

/** A batch of these bodies for the sandbox account, run to the end through the page's bridge. */
async function runBatch(name: string, cards: readonly object[]): Promise<void> {
  const runId = await app.page.evaluate(
    async ({ name, cards, accountId }) => {
      const api = window.couponStudio;
      const batch = await api.drafts.create({ name, accountId, cards: cards as Record<string, unknown>[] });
      if (!batch.ok) throw new Error(batch.error.message.en);
      const run = await api.batch.start({ batchId: batch.data.id });
      if (!run.ok) throw new Error(run.error.message.en);
      return run.data.runId;
    },
    { name, cards, accountId: SANDBOX_ACCOUNT_ID },
  );
  const services = await app.host.deps.batchServices.get();
  if (!services.ok) throw new Error('no batch services');
  await services.value.engine.settled(runId);
}

const now = () => app.stack.sandbox.clock.now();
const row = (state: string) => app.page.locator(`[data-testid="history-row"][data-state="${state}"]`);
const detail = () => app.page.getByTestId('history-detail');
/** The drawer once it has finished sliding in (for a screenshot of it, not of its motion). */
const drawerSettled = () => app.page.locator('.history-drawer-root .ant-drawer-content-wrapper:not([class*="-enter"])').waitFor();
const tooLong = () => {
  const body = exampleCoupon('CASH', now()) as unknown as { card: { cash: { base_info: { title: string } } } };
  body.card.cash.base_info.title = '1000元面值充值卡哈哈';
  return body;
};

describe('History in real Chromium', () => {
  it('lists every record newest first: created, skipped, found by reconcile, and an orphan flagged', async () => {
    const { page } = app;
    await runBatch('春季活动', [exampleCoupon('GROUPON', now()), exampleCoupon('CASH', now()), exampleCoupon('DISCOUNT', now()), tooLong()]);

    // Another tool creates a card on the account; then a create whose answer is lost is reconciled.
    const client = createWeixinClient({ appid: DEMO_ACCOUNT.appid, secret: async () => DEMO_ACCOUNT.secret, baseUrl: app.stack.sandbox.baseUrl, retry: { maxAttempts: 1 } });
    if (!client.ok) throw new Error(client.error.message.en);
    const external = await client.value.createCard(exampleCoupon('GENERAL_COUPON', now()) as unknown as Record<string, unknown>);
    if (!external.ok) throw new Error(external.error.message.en);
    app.stack.sandbox.scriptFaults('/card/create', [{ kind: 'reset-after-commit' }]);
    await runBatch('补发批次', [exampleCoupon('GIFT', now())]);

    await page.getByTestId('nav-history').click();
    await page.getByTestId('history-table').waitFor();
    await expect(row('created').count()).resolves.toBe(4);
    await expect(row('invalid').count()).resolves.toBe(1);
    await expect(row('orphan').count()).resolves.toBe(1);
    await expect(page.locator(`[data-testid="history-row"][data-card-id="${external.value.cardId}"]`).getAttribute('data-state')).resolves.toBe('orphan');
    await expect(page.getByTestId('flagged-banner').textContent()).resolves.toContain('有 1 张孤儿卡券：它们真实存在于微信');
    // Newest first: the orphan found by the reconcile, then the GIFT whose lost answer it settled.
    await expect(page.getByTestId('history-row').first().getAttribute('data-state')).resolves.toBe('orphan');
    const gift = page.getByTestId('history-row').nth(1);
    await expect(gift.getByTestId('record-open').textContent()).resolves.toBe('免费兑换拿铁一杯');
    await expect(gift.textContent()).resolves.toContain('核对找回');
    await expect(page.getByTestId('history-pager').textContent()).resolves.toContain('共 6 条');
    console.log(`[e2e] screenshot: ${await screenshot(page, 'history-zh')}`);
  });

  it('filters by state, batch and text, each filter shown as a tag that removes it', async () => {
    const { page } = app;
    await pickOption(page, 'filter-state', '已跳过（有错误）');
    await page.locator('[data-testid="history-pager"]', { hasText: '共 1 条' }).waitFor();
    await expect(row('invalid').getByTestId('record-open').textContent()).resolves.toBe('1000元面值充值卡哈哈');
    await expect(page.getByTestId('filter-tag-state').textContent()).resolves.toBe('状态：已跳过（有错误）');
    await pickOption(page, 'filter-state', '全部状态');
    await page.getByTestId('filter-tag-state').waitFor({ state: 'detached' });
    await page.getByTestId('history-search').fill('补发');
    await page.locator('[data-testid="history-pager"]', { hasText: '共 1 条' }).waitFor();
    await page.getByTestId('clear-filters').click();
    await page.locator('[data-testid="history-pager"]', { hasText: '共 6 条' }).waitFor();

    // A batch filter is never on silently: its tag names the batch, and its × takes it off.
    await pickOption(page, 'filter-batch', '春季活动');
    await page.locator('[data-testid="history-pager"]', { hasText: '共 4 条' }).waitFor();
    const tag = page.getByTestId('filter-tag-batchId');
    await expect(tag.textContent()).resolves.toBe('批次：春季活动');
    const remove = tag.locator('.ant-tag-close-icon');
    await expect(remove.getAttribute('aria-label')).resolves.toBe('取消筛选“批次：春季活动”');
    await remove.click();
    await page.locator('[data-testid="history-pager"]', { hasText: '共 6 条' }).waitFor();
    await expect(page.getByTestId('active-filters').count()).resolves.toBe(0);
  });

  it('turns on Weixin Checkout for a card; self-redemption is then held off with the offer to switch (never both: 45046)', async () => {
    const { page } = app;
    await row('created').filter({ hasText: '满100减20代金券' }).click();
    await detail().waitFor();
    await expect(detail().getByTestId('card-id').textContent()).resolves.toMatch(/^p[A-Za-z0-9_-]{27}$/);
    await detail().locator('#cell-paycell').click();
    await detail().locator('[data-testid="cell-paycell"][data-state="set"]').waitFor();
    await expect(detail().getByTestId('cell-paycell-state').textContent()).resolves.toBe('已开启');
    await expect(row('created').filter({ hasText: '满100减20代金券' }).getByTestId('record-paycell').getAttribute('data-state')).resolves.toBe('set');

    // Weixin refuses both at once (45046): the app does not let the merchant try, and offers the switch.
    await expect(detail().locator('#cell-selfConsume').isDisabled()).resolves.toBe(true);
    await expect(detail().getByTestId('cell-selfConsume-blocked').textContent()).resolves.toContain('两者只能开一个');
    await expect(detail().getByTestId('cell-selfConsume-switch').isVisible()).resolves.toBe(true);
    await expect(detail().locator('#cell-selfConsume').getAttribute('aria-checked')).resolves.toBe('false');
    await drawerSettled();
    console.log(`[e2e] screenshot: ${await screenshot(page, 'history-zh-detail')}`);

    // After a toggle focus stays on the switch, Escape still closes the drawer, and focus goes back to the row.
    await expect(page.evaluate(() => (document as unknown as { activeElement: { id: string } }).activeElement.id)).resolves.toBe('cell-paycell');
    await page.keyboard.press('Escape');
    await detail().waitFor({ state: 'detached' });
    const focused = () =>
      page.evaluate(() => {
        const active = (document as unknown as { activeElement: { textContent: string; dataset: { testid?: string } } }).activeElement;
        return { text: active.textContent, testId: active.dataset.testid };
      });
    await expect(focused()).resolves.toEqual({ text: '满100减20代金券', testId: 'record-open' });
  });

  it('without WeChat Pay the sandbox refuses Checkout with 43008 and the drawer says why', async () => {
    const { page } = app;
    await page.evaluate(async () => void (await window.couponStudio.sandbox.setScenario({ payPermission: false })));
    await row('created').filter({ hasText: '全场饮品八折' }).click();
    await detail().locator('[data-testid="detail-state"]').waitFor();
    await detail().locator('#cell-paycell').click();
    const refusal = detail().getByTestId('cell-paycell-refusal');
    await refusal.waitFor();
    await expect(refusal.getAttribute('data-errcode')).resolves.toBe('43008');
    await expect(refusal.textContent()).resolves.toContain('微信支付');
    await page.evaluate(async () => void (await window.couponStudio.sandbox.setScenario({ payPermission: true })));
  });

  it('explains the orphan and links it to the sandbox review panel', async () => {
    const { page } = app;
    await row('orphan').click();
    await detail().getByTestId('flag-orphan').waitFor();
    await expect(detail().getByTestId('flag-orphan').textContent()).resolves.toContain('没有哪条草稿认领它');
    const cardId = (await detail().getByTestId('card-id').textContent()) ?? '';
    await detail().getByTestId('review-in-sandbox').click();
    await page.getByTestId('sandbox-panel').waitFor();
    await expect(page.getByTestId('review-card-id').inputValue()).resolves.toBe(cardId);
  });

  it('refreshes review status after the sandbox reviewed the cards, and says how many API calls it used', async () => {
    const { page } = app;
    await page.getByTestId('clock-minute').click();
    await page.locator('[data-status="CARD_STATUS_VERIFY_OK"] .status-count__n', { hasText: '5' }).waitFor();
    await page.getByTestId('nav-history').click();
    await page.getByTestId('refresh-review').click();
    const report = page.locator('[data-testid="refresh-report"][data-state="done"]');
    await report.waitFor();
    const calls = Number(await report.getAttribute('data-calls'));
    expect(calls).toBeGreaterThan(0);
    await expect(report.getByTestId('refresh-summary').textContent()).resolves.toBe(`已查询 5 张，5 张有变化，使用了 ${calls} 次接口调用`);
    await expect(row('created').first().getByTestId('record-review').textContent()).resolves.toBe('已通过');
  });

  it('exports CSV with Chinese headers and the card_ids, and XLSX Excel opens', async () => {
    const { page } = app;
    const cardIds = await row('created').evaluateAll((rows) => rows.map((r) => (r as unknown as { dataset: { cardId: string } }).dataset.cardId));
    await page.getByTestId('export-menu').click();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[role="menuitem"][data-key="csv"]').click()]);
    expect(csv.suggestedFilename()).toMatch(/^卡券历史-\d{8}-\d{6}\.csv$/);
    const text = await readFile((await csv.path()) ?? '', 'utf8');
    expect(text.startsWith('\uFEFF卡券ID,卡券类型,卡券名,账号,批次,状态,审核状态,创建时间(北京时间),快速买单,自助核销,错误码')).toBe(true);
    for (const cardId of cardIds) expect(text).toContain(cardId);
    expect(text).toContain('已开启');
    await page.getByTestId('export-notice').waitFor();

    await page.getByTestId('export-menu').click();
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.locator('[role="menuitem"][data-key="xlsx"]').click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await xlsx.path()) ?? '');
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('卡券ID');
    expect(sheet?.rowCount).toBe(7);
  });

  it('reads in English, the drawer too', async () => {
    const { page } = app;
    await page.getByTestId('switch-language').click();
    await page.locator('html[lang="en"]').waitFor();
    await page.locator('h2', { hasText: 'Creation history' }).waitFor();
    await page.getByTestId('export-notice').getByRole('button').click();
    await page.getByTestId('detail-close').click();
    await page.getByTestId('history-detail').waitFor({ state: 'detached' });
    console.log(`[e2e] screenshot: ${await screenshot(page, 'history-en')}`);
    await row('created').filter({ hasText: '满100减20代金券' }).click();
    await detail().locator('[data-testid="cell-selfConsume-blocked"]').waitFor();
    await expect(detail().getByTestId('cell-selfConsume-blocked').textContent()).resolves.toContain('only one of the two');
    await drawerSettled();
    console.log(`[e2e] screenshot: ${await screenshot(page, 'history-en-detail')}`);
    expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/access_token=/);
    expect(app.problems).toEqual([]);
    expect(app.offsiteRequests).toEqual([]);
  });

  it('pages with a page size and a jump to any page', async () => {
    const { page } = app;
    await page.getByTestId('detail-close').click();
    // 45 skipped drafts (they never reach Weixin): 51 records, two pages of 50.
    await runBatch('Paging', Array.from({ length: 45 }, tooLong));
    const pager = page.getByTestId('history-pager');
    await pager.locator('.history-pager__range', { hasText: '1–50 of 51' }).waitFor();
    await expect(page.getByTestId('history-row').count()).resolves.toBe(50);
    const jump = pager.locator('.ant-pagination-options-quick-jumper input');
    await jump.fill('2');
    await jump.press('Enter');
    await pager.locator('.history-pager__range', { hasText: '51–51 of 51' }).waitFor();
    await expect(page.getByTestId('history-row').count()).resolves.toBe(1);
    // A larger page starts again at the first page and holds them all.
    await pager.locator('.ant-pagination-options .ant-select').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: '100' }).click();
    await pager.locator('.history-pager__range', { hasText: '1–51 of 51' }).waitFor();
    await expect(page.getByTestId('history-row').count()).resolves.toBe(51);
    expect(app.problems).toEqual([]);
  });
});

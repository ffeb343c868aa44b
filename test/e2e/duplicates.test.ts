import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CouponStudioApi } from '../../common/ipc/api';
import { SANDBOX_ACCOUNT_ID } from '../../main/accounts/sandbox-account';
import { startBuilderApp, type BuilderApp } from './support/builder-app';
import { removeBuiltRenderer, screenshot } from './support/shell-app';

// Issue 8 §2 in real Chromium: a batch whose coupons are already on Weixin asks before it starts,
// lists the identical cards, links them by default (nothing created twice), and History marks
// the linked drafts "在微信上找到". Screenshots in zh-CN and English.
// The page's globals as used inside page.evaluate (the Node test project has no DOM lib).
declare const window: { couponStudio: CouponStudioApi };

let app: BuilderApp;

beforeAll(async () => {
  app = await startBuilderApp();
});

afterAll(async () => {
  await app?.close();
  await removeBuiltRenderer();
});

async function chooseSandboxAccount() {
  const { page } = app;
  await page.getByTestId('account-slot').click();
  await page.locator(`[role="menuitemradio"][data-key="${SANDBOX_ACCOUNT_ID}"]`).click();
  await page.locator('[data-testid="start-run"]:not([disabled])').waitFor();
}

async function sandboxCards(): Promise<number> {
  return app.page.evaluate(async () => {
    const status = await window.couponStudio.sandbox.status();
    return status.ok ? status.data.cards.total : -1;
  });
}

describe('coupons already on Weixin, in real Chromium', () => {
  it('the same coupon in a new batch asks first, lists the existing card, and links it instead of creating it again', async () => {
    const { page } = app;
    await page.getByTestId('add-draft').click();
    await page.locator('[role="menuitem"][data-key="CASH"]').click();
    await page.getByTestId('editor').waitFor();
    await page.getByTestId('fill-example').click();
    await chooseSandboxAccount();
    await page.getByTestId('start-run').click();
    await page.getByTestId('confirm-run-ok').click();
    await page.locator('[data-testid="run-summary"][data-status="done"]').waitFor();
    const cardId = (await page.getByTestId('run-card-id').first().textContent()) ?? '';
    expect(await sandboxCards()).toBe(1);

    // The batch's JSON, imported into a new batch: the same coupon again.
    await page.getByTestId('batch-menu').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[role="menuitem"][data-key="export"]').click()]);
    const exported = await readFile((await download.path()) ?? '', 'utf8');
    await page.getByTestId('batch-menu').click();
    await page.locator('[role="menuitem"][data-key="new"]').click();
    await page.getByTestId('import-input').setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await page.getByTestId('editor').waitFor();
    if (await page.locator('[data-testid="start-run"]:not([disabled])').count() === 0) await chooseSandboxAccount();

    await page.getByTestId('start-run').click();
    await page.getByTestId('confirm-run-ok').click();
    const confirm = page.getByTestId('run-duplicates');
    await confirm.waitFor();
    await expect(confirm.getByTestId('run-duplicates-list').textContent()).resolves.toContain(cardId);
    console.log(`[e2e] screenshot: ${await screenshot(page, 'duplicates-zh-confirm')}`);
    await page.getByTestId('switch-language').click();
    await page.locator('[data-testid="run-duplicates"]', { hasText: 'already exists on Weixin' }).waitFor();
    console.log(`[e2e] screenshot: ${await screenshot(page, 'duplicates-en-confirm')}`);
    await page.getByTestId('switch-language').click();

    await confirm.getByTestId('duplicates-link').click();
    await page.locator('[data-testid="run-summary"][data-status="done"]').waitFor();
    await expect(page.getByTestId('run-found').textContent()).resolves.toBe('1 张在微信上已有完全相同的卡券，已直接关联，没有重复创建');
    expect(await sandboxCards()).toBe(1);
    console.log(`[e2e] screenshot: ${await screenshot(page, 'duplicates-zh-linked')}`);

    await page.getByTestId('run-view-history').click();
    await page.getByTestId('history-table').waitFor();
    await expect(page.locator(`[data-testid="history-row"][data-card-id="${cardId}"]`, { hasText: '在微信上找到' }).count()).resolves.toBe(1);
    console.log(`[e2e] screenshot: ${await screenshot(page, 'duplicates-zh-history')}`);
    await page.getByTestId('switch-language').click();
    await page.locator('[data-testid="history-row"]', { hasText: 'Found on Weixin' }).first().waitFor();
    console.log(`[e2e] screenshot: ${await screenshot(page, 'duplicates-en-history')}`);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CouponStudioApi } from '../../common/ipc/api';
import { startBuilderApp, type BuilderApp } from './support/builder-app';
import { pickOption } from './support/antd-select';
import { removeBuiltRenderer, screenshot } from './support/shell-app';

declare const window: { couponStudio: CouponStudioApi };
declare const document: { activeElement: { id: string; closest(selector: string): unknown } };

// Agencies reuse one design across clients: the batch menu copies a batch for another account.
let app: BuilderApp;

beforeAll(async () => {
  app = await startBuilderApp();
});

afterAll(async () => {
  await app?.close();
  await removeBuiltRenderer();
});

describe('copying a batch to another account', () => {
  it('copies every draft with the substitutions, opens the copy and leaves the original as it was', async () => {
    const { page } = app;
    // A second account to copy to, created through the same bridge the Accounts screen uses.
    const created = await page.evaluate(() => window.couponStudio.accounts.create({ name: '客户乙', appid: 'wx0123456789abcdef' }));
    expect(created.ok).toBe(true);
    await page.getByTestId('add-draft').click();
    await page.locator('[role="menuitem"][data-key="CASH"]').click();
    await page.getByTestId('fill-example').click();
    await page.getByTestId('add-draft').click();
    await page.locator('[role="menuitem"][data-key="GIFT"]').click();
    await page.getByTestId('fill-example').click();
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    // The account list is read at start; a reload shows the new account (and the saved batch).
    await page.reload();
    await page.locator('[data-testid="shell"][data-state="ready"]').waitFor();
    const original = (await page.getByTestId('batch-name').textContent()) ?? '';

    await page.getByTestId('batch-menu').click();
    await page.locator('[role="menuitem"][data-key="clone"]').click();
    const dialog = page.getByTestId('clone-dialog');
    await dialog.waitFor();
    // Issue 11 §6: Tab goes round every control of the dialog, the account select included, and never leaves it.
    await page.waitForFunction(() => document.activeElement.closest('.ant-modal-wrap') !== null);
    // antd arms the trap when its opening animation ends (a few hundred ms): wait for that, as a person would.
    await page.locator('.ant-modal-wrap .ant-modal:not([class*="zoom"])').waitFor();
    await page.locator('.ant-dropdown').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement.closest('.ant-modal-wrap') !== null);
    const stops: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const active = document.activeElement;
          return active.closest('.ant-modal-wrap') ? active.id || 'in-dialog' : `outside ${(active as unknown as { tagName: string }).tagName}.${(active as unknown as { className: string }).className}`;
        }),
      );
    }
    expect(stops, stops.join(' → ')).toContain('clone-account');
    expect(stops).toContain('clone-name');
    expect(stops.filter((stop) => stop.startsWith('outside')), stops.join(' → ')).toEqual([]);
    await pickOption(page, 'clone-account', '客户乙');
    // The proposed name follows the chosen account.
    await expect(dialog.getByTestId('clone-name').inputValue()).resolves.toBe(`${original} · 客户乙`);
    await dialog.getByTestId('clone-brand').fill('乙方咖啡');
    await screenshot(page, 'clone-zh');
    await dialog.getByTestId('confirm-clone').click();
    await dialog.waitFor({ state: 'detached' });

    await expect(page.getByTestId('batch-name').textContent()).resolves.toBe(`${original} · 客户乙`);
    await expect(page.getByTestId('draft-row').count()).resolves.toBe(2);
    const batches = await page.evaluate(() => window.couponStudio.drafts.list());
    if (!batches.ok) throw new Error('drafts:list failed');
    const copy = batches.data.batches.find((b) => b.name === `${original} · 客户乙`);
    const source = batches.data.batches.find((b) => b.name === original);
    expect(copy?.accountId).toBe(created.ok ? created.data.id : '');
    expect(source?.draftCount).toBe(2);
    const copied = await page.evaluate((batchId) => window.couponStudio.drafts.get({ batchId }), copy?.id ?? '');
    if (!copied.ok) throw new Error('drafts:get failed');
    const brands = copied.data.drafts.map((d) => {
      // A draft holds the card/create body: { card: { card_type, <type>: { base_info } } }.
      const { card } = d.card as { card: { card_type: string } & Record<string, { base_info: { brand_name: string; location_id_list?: number[] } }> };
      return card[card.card_type.toLowerCase()]?.base_info;
    });
    expect(brands.map((b) => b?.brand_name)).toEqual(['乙方咖啡', '乙方咖啡']);
    expect(brands.every((b) => (b?.location_id_list ?? []).length === 0)).toBe(true);
    expect(app.problems).toEqual([]);
  });
});

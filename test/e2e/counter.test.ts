import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadCodes } from '../../main/busifavor/code-upload';
import { merchantClients, SANDBOX_MERCHANT_ID, withSandboxMerchant } from '../../main/busifavor/merchant-clients';
import { DEMO_MERCHANT } from '../../main/sandbox';
import { demoStockBody } from '../../main/sandbox/wechatpay/demo-stock';
import { PROJECT_ROOT } from '../../main/web/harness-host';
import { removeBuiltRenderer, screenshot, startShellApp, type ShellApp } from './support/shell-app';

// The 核销台 in real Chromium on the harness's sandbox, keyboard only: a stock of the demo merchant
// with codes uploaded through the app and received by users; a code typed + Enter is redeemed, the
// same code again is refused with when, and a double Enter redeems once. zh-CN, then English.
let app: ShellApp;
let codes: string[] = [];

beforeAll(async () => {
  app = await startShellApp();
  const { sandbox, host } = app.stack;
  const merchants = merchantClients({ merchants: withSandboxMerchant(undefined), clock: sandbox.clock, sandboxBaseUrl: () => sandbox.baseUrl });
  const merchant = await merchants.clientFor(SANDBOX_MERCHANT_ID);
  if (!merchant.ok) throw new Error('no sandbox merchant');
  const created = await merchant.value.pay.createStock({ ...demoStockBody(sandbox.clock.now(), `E2E-${Date.now()}`), stock_send_rule: { max_coupons: 100, max_coupons_per_user: 5 } });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  sandbox.clock.advance(61_000);
  const services = await host.deps.batchServices.get();
  if (!services.ok) throw new Error('no history');
  codes = ['SHOP0001', 'SHOP0002', 'SHOP0003', 'SHOP0004'];
  await uploadCodes(services.value.history, merchant.value, created.value.stock_id, codes, { now: () => sandbox.clock.now(), sleep: async () => {} });
  for (const [i] of codes.entries()) sandbox.receiveCoupon(DEMO_MERCHANT.mchid, { stockId: created.value.stock_id, openid: `oE2E${i}` });
});

afterAll(async () => {
  await app?.close();
  await removeBuiltRenderer();
});

const usedOnWechatPay = () => app.stack.sandbox.dump().merchants[DEMO_MERCHANT.mchid]?.coupons.filter((c) => c.state === 'USED').length ?? 0;

async function keep(name: string) {
  const path = await screenshot(app.page, name);
  await mkdir(join(PROJECT_ROOT, 'docs/screenshots'), { recursive: true });
  await copyFile(path, join(PROJECT_ROOT, 'docs/screenshots', `${name}.png`));
}

describe('核销台 in real Chromium, keyboard only', () => {
  it('zh-CN: redeems a code, refuses it the second time with when, and a double Enter redeems once', async () => {
    const { page } = app;
    await page.getByTestId('nav-counter').click();
    const input = page.getByTestId('counter-input');
    await input.waitFor();
    await expect(input.evaluate((el) => el === (el.ownerDocument as unknown as { activeElement: unknown }).activeElement)).resolves.toBe(true);
    await page.keyboard.type('SHOP0001');
    await page.keyboard.press('Enter');
    await page.getByTestId('counter-result-title').filter({ hasText: '✓ 已核销' }).waitFor();
    await expect(page.getByTestId('counter-result-line').textContent()).resolves.toContain('满100减20 周末特惠 · 满 100 元减 20 元');
    await keep('counter-zh');
    // The focus is back: the next scan goes straight in. Wait out the repeat window first.
    await page.waitForTimeout(2_100);
    await page.keyboard.type('SHOP0001');
    await page.keyboard.press('Enter');
    await page.getByTestId('counter-result-title').filter({ hasText: '✗ 已经核销过' }).waitFor();
    await expect(page.getByTestId('counter-result-line').textContent()).resolves.toMatch(/券码 SHOP0001 已于 \d{4}-\d\d-\d\d \d\d:\d\d:\d\d 核销，不能再次核销。/);
    await keep('counter-zh-refused');
    await page.keyboard.type('SHOP0002');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.getByTestId('counter-result-title').filter({ hasText: '✓ 已核销' }).waitFor();
    // The recent list is read again after the answer: wait for its row rather than read it at once.
    await page.getByTestId('counter-recent').filter({ hasText: 'SHOP0002' }).waitFor();
    expect(usedOnWechatPay()).toBe(2);
  });

  it('English: the same journey', async () => {
    const { page } = app;
    await page.getByTestId('switch-language').click();
    await page.getByTestId('counter-input').waitFor();
    await page.getByTestId('counter-input').focus();
    await page.keyboard.type('SHOP0003');
    await page.keyboard.press('Enter');
    await page.getByTestId('counter-result-title').filter({ hasText: '✓ Redeemed' }).waitFor();
    await expect(page.getByTestId('counter-result-line').textContent()).resolves.toContain('¥20 off orders of ¥100 or more');
    await keep('counter-en');
    await page.waitForTimeout(2_100);
    await page.keyboard.type('SHOP0003');
    await page.keyboard.press('Enter');
    await page.getByTestId('counter-result-title').filter({ hasText: '✗ Already redeemed' }).waitFor();
    await keep('counter-en-refused');
    await page.keyboard.type('NOSUCH999');
    await page.keyboard.press('Enter');
    await page.getByTestId('counter-result-title').filter({ hasText: '✗ Code not found' }).waitFor();
    expect(usedOnWechatPay()).toBe(3);
    expect(app.offsiteRequests).toEqual([]);
  });
});

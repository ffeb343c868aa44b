import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CouponStudioApi } from '../../common/ipc/api';
import { SANDBOX_ACCOUNT_ID } from '../../main/accounts/sandbox-account';
import { DEMO_ACCOUNT, demoCouponBody } from '../../main/sandbox';
import { NOT_WHITELISTED_IP } from '../../main/sandbox-control/sandbox-control';
import { createWeixinClient } from '../../main/wechat';
import { startBuilderApp, type BuilderApp } from './support/builder-app';
import { removeBuiltRenderer, screenshot } from './support/shell-app';

// The page's globals as these tests use them inside page.evaluate (the Node test project has no DOM lib).
declare const window: { couponStudio: CouponStudioApi };
declare const document: { body: { innerHTML: string } };

// Accounts, the sandbox panel, the top-bar switcher and the builder's store picker in real
// Chromium through the harness (memory vault: a saved secret is "this session only").
let app: BuilderApp;

beforeAll(async () => {
  app = await startBuilderApp();
});

afterAll(async () => {
  await app?.close();
  await removeBuiltRenderer();
});

const SECRET = 'Zq8vN3kLp0Xw7Rt2Ys5Ub1Mc4Hd6Fg9J';
const detail = () => app.page.getByTestId('account-detail');
const result = () => app.page.getByTestId('connection-result');

const countOf = (status: string) => app.page.locator(`[data-status="${status}"] .status-count__n`).textContent();

/** The demo merchant's Weixin client on the harness's sandbox (loopback), as the batch engine would use it. */
function demoClient() {
  const made = createWeixinClient({ appid: DEMO_ACCOUNT.appid, secret: async () => DEMO_ACCOUNT.secret, baseUrl: app.stack.sandbox.baseUrl, retry: { maxAttempts: 1 } });
  if (!made.ok) throw new Error(made.error.message.en);
  return made.value;
}

async function testConnection(expected: 'connected' | 'failed') {
  const { page } = app;
  await page.getByTestId('test-connection').click();
  await page.locator(`[data-testid="connection-result"][data-state="${expected}"]`).waitFor();
}

describe('accounts in real Chromium', () => {
  it('opens Accounts on the built-in sandbox account and connects: token OK, 5 stores, 3 usable', async () => {
    const { page } = app;
    await page.getByTestId('nav-accounts').click();
    await detail().waitFor();
    await expect(detail().getAttribute('data-account')).resolves.toBe(SANDBOX_ACCOUNT_ID);
    await expect(page.getByTestId('account-name').textContent()).resolves.toBe('示例商户（沙箱）');
    await expect(detail().getByTestId('env-badge').first().textContent()).resolves.toBe('沙箱');
    await expect(page.getByTestId('edit-account').count()).resolves.toBe(0);
    await page.getByTestId('sandbox-panel').waitFor();
    await page.getByTestId('sandbox-stores').waitFor();

    await testConnection('connected');
    await expect(page.getByTestId('result-stores').textContent()).resolves.toBe('门店 5 家，其中 3 家已通过审核，可用于卡券');
    await expect(page.getByTestId('fact-verified').textContent()).resolves.toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}（北京时间）$/);
    console.log(`[e2e] screenshot: ${await screenshot(page, 'accounts-zh')}`);
  });

  it('模拟本机 IP 不在白名单 makes test connection show 40164 with the IP and where to add it; off again connects', async () => {
    const { page } = app;
    const ipSwitch = page.locator('#scenario-ip-switch');
    await ipSwitch.click();
    await page.locator('#scenario-ip-switch[aria-checked="true"]').waitFor();
    await testConnection('failed');
    await expect(result().getAttribute('data-errcode')).resolves.toBe('40164');
    await expect(page.getByTestId('whitelist-ip').textContent()).resolves.toBe(NOT_WHITELISTED_IP);
    await expect(page.getByTestId('whitelist-path').textContent()).resolves.toBe('公众平台 → 设置与开发 → 基本配置 → IP白名单');
    await expect(page.getByTestId('result-fix').textContent()).resolves.toContain(`添加 ${NOT_WHITELISTED_IP}`);
    await result().scrollIntoViewIfNeeded();
    console.log(`[e2e] screenshot: ${await screenshot(page, 'accounts-zh-40164')}`);

    await ipSwitch.click();
    await page.locator('#scenario-ip-switch[aria-checked="false"]').waitFor();
    await testConnection('connected');
  });

  it('shows sandbox cards by review status, settles reviews on the simulated clock, reviews by hand and injects faults', async () => {
    const { page } = app;
    // Two cards made through the real client, then one rejected by hand and the clock moved on.
    const cards: string[] = [];
    for (let i = 0; i < 2; i++) {
      const created = await demoClient().createCard(demoCouponBody(app.stack.sandbox.clock.now()));
      if (!created.ok) throw new Error(created.error.message.en);
      cards.push(created.value.cardId);
    }
    await page.getByTestId('review-card-id').fill(cards[0] ?? '');
    await page.getByTestId('review-reject').click();
    await page.getByTestId('review-done').waitFor();
    await expect(countOf('CARD_STATUS_NOT_VERIFY')).resolves.toBe('1');
    await expect(countOf('CARD_STATUS_VERIFY_FAIL')).resolves.toBe('1');
    await page.getByTestId('clock-minute').click();
    await page.locator('[data-status="CARD_STATUS_VERIFY_OK"] .status-count__n', { hasText: '1' }).waitFor();
    await expect(countOf('CARD_STATUS_NOT_VERIFY')).resolves.toBe('0');

    await page.locator('#scenario-faults-range').fill('20');
    await page.locator('[data-testid="fault-rate"]', { hasText: '20%' }).waitFor();
    await page.getByTestId('sandbox-stores').scrollIntoViewIfNeeded();
    console.log(`[e2e] screenshot: ${await screenshot(page, 'accounts-zh-sandbox')}`);
    await page.locator('#scenario-faults-range').fill('0');
    await page.locator('[data-testid="fault-rate"]', { hasText: '关闭' }).waitFor();
  });

  it('adds a live account: a bad AppID is refused with the exact reason, a good one with a secret saves; the secret never shows', async () => {
    const { page } = app;
    await page.getByTestId('add-account').click();
    await page.getByTestId('account-form').waitFor();
    await page.locator('#account-name').fill('小林咖啡');
    await page.getByTestId('appid-input').fill('wx12345');
    await page.getByTestId('secret-input').fill(SECRET);
    await page.getByTestId('save-account').click();
    const appidField = page.locator('.field', { has: page.getByTestId('appid-input') });
    await expect(appidField.getByTestId('field-msg-error').textContent()).resolves.toContain('AppID“wx12345”格式不正确：应为 wx 开头、后跟 16 位十六进制字符');
    await expect(page.getByTestId('appid-input').getAttribute('aria-invalid')).resolves.toBe('true');
    console.log(`[e2e] screenshot: ${await screenshot(page, 'accounts-zh-form-error')}`);

    await page.getByTestId('appid-input').fill('wx0123456789abcdef');
    await expect(appidField.getByTestId('field-msg-error').count()).resolves.toBe(0);
    await page.getByTestId('save-account').click();
    await page.locator('[data-testid="account-detail"]:not([data-account="' + SANDBOX_ACCOUNT_ID + '"])').waitFor();
    await expect(page.getByTestId('account-name').textContent()).resolves.toBe('小林咖啡');
    await expect(detail().getByTestId('env-badge').first().textContent()).resolves.toBe('正式');
    // The harness keeps secrets in a memory vault: "this session only", never the value.
    const state = detail().getByTestId('secret-state');
    await expect(state.getAttribute('data-state')).resolves.toBe('session');
    await expect(state.textContent()).resolves.toBe('仅本次运行有效');
    await expect(page.getByTestId('secret-storage-state').textContent()).resolves.toBe('仅保存在内存中');
    await page.getByTestId('live-notice').waitFor();
    expect(await page.evaluate(() => document.body.innerHTML)).not.toContain(SECRET);
    await expect(page.getByTestId('account-row').count()).resolves.toBe(2);
    console.log(`[e2e] screenshot: ${await screenshot(page, 'accounts-zh-live')}`);

    // Editing shows the state, not the value: the password field starts empty.
    await page.getByTestId('edit-account').click();
    await expect(page.getByTestId('secret-input').inputValue()).resolves.toBe('');
    expect(await page.evaluate(() => document.body.innerHTML)).not.toContain(SECRET);

    // 高级: a proxy nothing listens on (loopback), so test connection fails at the network and says what to check.
    await page.getByTestId('advanced-toggle').click();
    await page.getByTestId('concurrency-input').fill('17');
    await page.getByTestId('save-account').click();
    await page.locator('.field', { has: page.getByTestId('concurrency-input') }).getByTestId('field-msg-error').waitFor();
    await page.getByTestId('concurrency-input').fill('8');
    await page.getByTestId('proxy-input').fill('http://127.0.0.1:9');
    await page.getByTestId('save-account').click();
    await detail().waitFor();
    await testConnection('failed');
    await expect(result().textContent()).resolves.toContain('无法连接到微信服务器');
    await expect(result().textContent()).resolves.toContain('在账号的“高级”中填写代理');
    console.log(`[e2e] screenshot: ${await screenshot(page, 'accounts-zh-network')}`);
  });

  it('the top-bar switcher puts the batch on the sandbox account, and the builder picks a named store', async () => {
    const { page } = app;
    await page.getByTestId('account-slot').click();
    const sandboxItem = page.locator(`[role="menuitemradio"][data-key="${SANDBOX_ACCOUNT_ID}"]`);
    await expect(page.locator('[role="menuitemradio"][data-key="offline"]').getAttribute('aria-checked')).resolves.toBe('true');
    await expect(page.locator('[role="menuitemradio"]').count()).resolves.toBe(3);
    await expect(page.locator('[role="menu"]').textContent()).resolves.toContain('仅本次运行有效');
    console.log(`[e2e] screenshot: ${await screenshot(page, 'switcher-zh')}`);
    await sandboxItem.click();
    await expect(page.getByTestId('account-slot-name').textContent()).resolves.toBe('示例商户（沙箱）');
    await expect(page.getByTestId('account-slot-env').textContent()).resolves.toBe('沙箱');

    await page.getByTestId('nav-builder').click();
    await page.getByTestId('add-draft').click();
    await page.locator('[role="menuitem"][data-key="CASH"]').click();
    await page.getByTestId('editor').waitFor();
    await page.locator('[data-section="section-redeem"] input[type="radio"][data-value="some"]').check();
    const picker = page.getByTestId('store-picker');
    await picker.waitFor();
    await expect(picker.locator('input[type="checkbox"]').count()).resolves.toBe(5);
    await expect(picker.locator('input[type="checkbox"]:disabled').count()).resolves.toBe(2);
    await expect(picker.locator('.store-option--off .state-chip').allTextContents()).resolves.toEqual(['审核中', '审核驳回']);
    await picker.locator('input[data-poi="287640011"]').check();
    await expect(picker.locator('input[data-poi="287640011"]').isChecked()).resolves.toBe(true);
    await picker.scrollIntoViewIfNeeded();
    console.log(`[e2e] screenshot: ${await screenshot(page, 'builder-stores-zh')}`);

    // Autosave keeps the account and the chosen store in the stored batch.
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    const stored = await page.evaluate(async () => {
      const api = window.couponStudio;
      const listed = await api.drafts.list();
      if (!listed.ok) return null;
      const latest = [...listed.data.batches].sort((a, b) => b.updatedAt - a.updatedAt)[0];
      const got = latest ? await api.drafts.get({ batchId: latest.id }) : null;
      return got?.ok ? { accountId: got.data.accountId, card: got.data.drafts[0]?.card } : null;
    });
    expect(stored?.accountId).toBe(SANDBOX_ACCOUNT_ID);
    expect(JSON.stringify(stored?.card)).toContain('"location_id_list":[287640011]');
  });

  it('reads in English too', async () => {
    const { page } = app;
    await page.getByTestId('switch-language').click();
    await page.locator('html[lang="en"]').waitFor();
    await page.getByTestId('store-picker').scrollIntoViewIfNeeded();
    console.log(`[e2e] screenshot: ${await screenshot(page, 'builder-stores-en')}`);
    await page.getByTestId('nav-accounts').click();
    await page.locator(`[data-testid="account-row"][data-account="${SANDBOX_ACCOUNT_ID}"]`).click();
    await detail().waitFor();
    await expect(page.getByTestId('account-name').textContent()).resolves.toBe('Demo merchant (sandbox)');
    console.log(`[e2e] screenshot: ${await screenshot(page, 'accounts-en')}`);
    await page.getByTestId('sandbox-stores').scrollIntoViewIfNeeded();
    console.log(`[e2e] screenshot: ${await screenshot(page, 'accounts-en-sandbox')}`);
    await page.locator('#scenario-ip-switch').click();
    await page.locator('#scenario-ip-switch[aria-checked="true"]').waitFor();
    await testConnection('failed');
    await expect(page.getByTestId('whitelist-path').textContent()).resolves.toBe('Official Accounts Platform → 设置与开发 → 基本配置 → IP白名单');
    await result().scrollIntoViewIfNeeded();
    console.log(`[e2e] screenshot: ${await screenshot(page, 'accounts-en-40164')}`);
    await page.locator('#scenario-ip-switch').click();
    await page.locator('#scenario-ip-switch[aria-checked="false"]').waitFor();
    expect(app.problems).toEqual([]);
    expect(app.offsiteRequests).toEqual([]);
  });
});

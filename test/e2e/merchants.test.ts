import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MERCHANT_CERT_B } from '../../main/sandbox/wechatpay/fixture-keys';
import { PROJECT_ROOT } from '../../main/web/harness-host';
import { startBuilderApp, type BuilderApp } from './support/builder-app';
import { removeBuiltRenderer } from './support/shell-app';

// Issue 12, Accounts: a new user adds the sandbox merchant in one click, 测试连接 shows 签名 → 发送 →
// 验证应答签名 → 解密 all passed; a private key that is not the certificate's stops at 签名 with the
// cause and the 商户平台 menu path. Real Chromium through the harness, in zh-CN and in English.
let app: BuilderApp;

beforeAll(async () => {
  app = await startBuilderApp({ viewport: { width: 1366, height: 800 } });
});

afterAll(async () => {
  await app?.close();
  await removeBuiltRenderer();
});

const SHOTS = join(PROJECT_ROOT, 'docs', 'screenshots');
async function shot(name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await app.page.screenshot({ path: join(SHOTS, `merchants-${name}.png`), fullPage: true });
}

const STEPS = ['sign', 'send', 'verify', 'decrypt'] as const;
const stepStates = () => Promise.all(STEPS.map((step) => app.page.getByTestId(`merchant-step-${step}`).getAttribute('data-status')));

const WORDS = {
  zh: { path: '商户平台 → 账户中心 → API安全 → 管理证书', cause: '私钥与这个序列号的商户 API 证书不配对', kind: '微信支付商户' },
  en: { path: 'Merchant platform (商户平台) → 账户中心 (Account) → API安全 (API security) → 管理证书 (certificates)', cause: 'the private key does not belong to the merchant API certificate', kind: 'WeChat Pay merchant' },
} as const;

describe('WeChat Pay merchant accounts in real Chromium', () => {
  it('adds the sandbox merchant, connects through every step, and explains a broken key — in Chinese and English', async () => {
    const { page } = app;
    await page.getByTestId('nav-accounts').click();
    for (const language of ['zh', 'en'] as const) {
      const words = WORDS[language];
      await page.getByTestId('add-account').click();
      await page.getByTestId('kind-merchant').click();
      await page.getByTestId('merchant-form').waitFor();
      // Bad input first: an empty form names each field it needs, and nothing is saved.
      await page.getByTestId('save-merchant').click();
      await page.getByTestId('merchant-error-mchid').waitFor();
      await page.getByTestId('merchant-error-privateKey').waitFor();
      await shot(`form-${language}`);

      await page.getByTestId('use-sandbox-merchant').click();
      await page.getByTestId('merchant-detail').waitFor();
      await expect(page.getByTestId('merchant-kind').textContent()).resolves.toBe(words.kind);
      await expect(page.getByTestId('merchant-row').count()).resolves.toBe(1);
      await page.getByTestId('test-merchant').click();
      await page.locator('[data-testid="merchant-connection"][data-state="connected"]').waitFor();
      expect(await stepStates()).toEqual(['finish', 'finish', 'finish', 'finish']);
      await shot(`connected-${language}`);

      // Another merchant's apiclient_key.pem: the sandbox refuses the signature (SIGN_ERROR).
      await page.getByTestId('edit-merchant').click();
      await page.getByTestId('merchant-form').waitFor();
      await page.locator('[data-testid="merchant-key-drop"] input[type="file"]').setInputFiles({ name: 'apiclient_key.pem', mimeType: 'text/plain', buffer: Buffer.from(MERCHANT_CERT_B.privateKeyPem) });
      await page.getByTestId('merchant-key-drop-name').filter({ hasText: 'apiclient_key.pem' }).waitFor();
      await page.getByTestId('save-merchant').click();
      await page.getByTestId('merchant-detail').waitFor();
      await page.getByTestId('test-merchant').click();
      await page.locator('[data-testid="merchant-connection"][data-state="failed"]').waitFor();
      expect(await stepStates()).toEqual(['error', 'wait', 'wait', 'wait']);
      await expect(page.getByTestId('merchant-menu-path').textContent()).resolves.toBe(words.path);
      await expect(page.getByTestId('merchant-meaning').textContent()).resolves.toContain(words.cause);
      // WeChat Pay's own code stays folded under 开发者信息.
      await expect(page.locator('[data-testid="dev-detail"]:not([open])').count()).resolves.toBe(1);
      await expect(page.getByTestId('dev-detail').textContent()).resolves.toContain('SIGN_ERROR');
      await shot(`broken-key-${language}`);

      // Start English from nothing again: remove the merchant (its keys are erased), then switch.
      await page.getByTestId('remove-merchant').click();
      await page.locator('#confirm-remove-merchant').click();
      await page.getByTestId('merchant-detail').waitFor({ state: 'detached' });
      if (language === 'zh') {
        await page.getByTestId('switch-language').click();
        await page.locator('html[lang="en"]').waitFor();
      }
    }
    expect(app.problems).toEqual([]);
  });
});

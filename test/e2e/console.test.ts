import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_ACCOUNT_ID } from '../../main/accounts/sandbox-account';
import { startBuilderApp, type BuilderApp } from './support/builder-app';
import { removeBuiltRenderer, screenshot } from './support/shell-app';

// The page's globals as these tests use them inside page.evaluate (the Node test project has no DOM lib).
declare const document: { body: { innerText: string; innerHTML: string } };

// The API console in real Chromium on the harness's sandbox: card/create through the journal
// (its card_id lands in History), card/get for it, Weixin's errcodes explained, a syntax error
// marked on its line — and never an access_token on screen.
let app: BuilderApp;

beforeAll(async () => {
  app = await startBuilderApp();
});

afterAll(async () => {
  await app?.close();
  await removeBuiltRenderer();
});

const CARD_ID = /^p[A-Za-z0-9_-]{27}$/;
const result = () => app.page.getByTestId('console-result');

async function choose(endpoint: string) {
  // antd Select: type to narrow the list (it is virtual), then click the option, as a person does.
  await app.page.getByTestId('console-endpoint').click();
  await app.page.keyboard.type(endpoint);
  await app.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: endpoint }).first().click();
  await app.page.locator(`[data-testid="console-endpoint"][data-value="${endpoint}"]`).waitFor();
}

let answers = 0;

/** Sends and waits for the next answer (each answer bumps the result's data-seq). */
async function send(): Promise<void> {
  const { page } = app;
  await page.getByTestId('console-send').click();
  answers++;
  await page.locator(`[data-testid="console-result"][data-seq="${answers}"]`).waitFor();
}

describe('the API console in real Chromium', () => {
  let cardId = '';

  it('opens on card/get for the built-in account, says the token is attached by the app and never shown', async () => {
    const { page } = app;
    await page.getByTestId('nav-console').click();
    await page.getByTestId('console').waitFor();
    await page.locator('[data-testid="console-endpoint"]:not(.ant-select-disabled)').waitFor();
    await expect(page.getByTestId('console-endpoint').getAttribute('data-value')).resolves.toBe('POST /card/get');
    await expect(page.getByTestId('console-account').getAttribute('data-value')).resolves.toBe(SANDBOX_ACCOUNT_ID);
    await expect(page.getByTestId('token-note').textContent()).resolves.toContain('access_token 由应用在主进程中附上，不会出现在界面');
    await expect(page.getByTestId('console-body').inputValue()).resolves.toBe('{\n  "card_id": ""\n}');
  });

  it('card/create goes through the journal: the card_id shows, and History has its record', async () => {
    const { page } = app;
    await choose('POST /card/create');
    await expect(page.getByTestId('console-body').inputValue()).resolves.toContain('"card_type": "GROUPON"');
    await send();
    await expect(result().getAttribute('data-outcome')).resolves.toBe('answered');
    cardId = (await page.getByTestId('console-card').getByTestId('card-id').textContent()) ?? '';
    expect(cardId).toMatch(CARD_ID);
    await expect(page.getByTestId('console-card').textContent()).resolves.toContain('已记入创建记录');
    await expect(page.getByTestId('console-response').textContent()).resolves.toContain(`"card_id": "${cardId}"`);

    await page.getByTestId('console-view-history').click();
    const detail = page.locator(`[data-testid="history-detail"]`);
    await detail.waitFor();
    await expect(detail.getByTestId('card-id').textContent()).resolves.toBe(cardId);
    await expect(page.getByTestId('history-search').inputValue()).resolves.toBe(cardId);
    await page.getByTestId('nav-console').click();
  });

  it('card/get for that card_id answers with the card', async () => {
    const { page } = app;
    await choose('POST /card/get');
    await page.getByTestId('console-body').fill(`{\n  "card_id": "${cardId}"\n}`);
    await send();
    await page.locator('[data-testid="console-result"][data-outcome="answered"]').waitFor();
    await expect(page.getByTestId('console-outcome').textContent()).resolves.toBe('微信返回成功');
    const response = (await page.getByTestId('console-response').textContent()) ?? '';
    expect(response).toContain(cardId);
    expect(response).toContain('"errcode": 0');
    expect(response).toContain('132元双人火锅套餐');
    console.log(`[e2e] screenshot: ${await screenshot(page, 'console-zh')}`);
  });

  it('a card_id Weixin does not know: the errcode with its meaning and fix', async () => {
    const { page } = app;
    await page.getByTestId('console-body').fill('{\n  "card_id": "pNotACardOfThisAccount000000"\n}');
    await send();
    await page.locator('[data-testid="console-result"][data-outcome="answered"]:not([data-errcode="0"])').waitFor();
    const errcode = await page.getByTestId('console-errcode').textContent();
    expect(Number(errcode)).toBeGreaterThan(0);
    await expect(page.getByTestId('console-outcome').textContent()).resolves.toBe(`微信返回错误码 ${errcode}`);
    expect(((await page.getByTestId('console-message').textContent()) ?? '').length).toBeGreaterThan(4);
    await page.getByTestId('console-fix').waitFor();
  });

  it('a syntax error is refused before sending and its line is marked; 跳到出错位置 puts the caret there', async () => {
    const { page } = app;
    await page.getByTestId('console-body').fill('{\n  "card_id": "x"\n  "extra": 1\n}');
    await send();
    await page.locator('[data-testid="console-result"][data-outcome="refused"]').waitFor();
    await expect(page.getByTestId('console-position').textContent()).resolves.toContain('第 2 行，第 17 列');
    await expect(page.getByTestId('error-line').getAttribute('data-line')).resolves.toBe('2');
    await expect(page.getByTestId('error-line-number').textContent()).resolves.toBe('2');
    await page.getByTestId('console-jump').click();
    const caret = await page.getByTestId('console-body').evaluate((el) => (el as unknown as { selectionStart: number }).selectionStart);
    expect(caret).toBe('{\n  "card_id": "x"'.length);
    console.log(`[e2e] screenshot: ${await screenshot(page, 'console-zh-error')}`);
    // Editing the text drops the mark: it would point at the wrong place.
    await page.getByTestId('console-body').fill('{\n  "card_id": "x",\n  "extra": 1\n}');
    await expect(page.getByTestId('error-line').count()).resolves.toBe(0);
  });

  it('reads in English; no access_token ever reached the page', async () => {
    const { page } = app;
    await page.getByTestId('console-body').fill(`{\n  "card_id": "${cardId}"\n}`);
    await send();
    await page.locator('[data-testid="console-result"][data-outcome="answered"][data-errcode="0"]').waitFor();
    await page.getByTestId('switch-language').click();
    await page.locator('html[lang="en"]').waitFor();
    await expect(page.getByTestId('console-outcome').textContent()).resolves.toBe('Weixin answered OK');
    console.log(`[e2e] screenshot: ${await screenshot(page, 'console-en')}`);
    const html = await page.evaluate(() => document.body.innerHTML);
    expect(html).not.toMatch(/access_token=|"access_token"/);
    expect(app.problems).toEqual([]);
    expect(app.offsiteRequests).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuilderApp, type BuilderApp } from './support/builder-app';
import { removeBuiltRenderer, screenshot } from './support/shell-app';

// Issue 8 §3 in real Chromium: a coupon file saved from Windows as GBK ("ANSI") or UTF-16
// ("Unicode") is named and converted only when the merchant agrees — read as UTF-8 its Chinese
// title would turn into � and be created like that — and a key written twice is reported.

let app: BuilderApp;

beforeAll(async () => {
  app = await startBuilderApp();
});

afterAll(async () => {
  await app?.close();
  await removeBuiltRenderer();
});

/** A card/create body whose title is `title`, with everything else ASCII. */
const body = (title: string) => `{"card":{"card_type":"CASH","cash":{"base_info":{"title":"${title}"},"reduce_cost":1000}}}`;
/** "满减券" in GBK (code page 936): C2FA BCF5 C8AF. */
const GBK_TITLE = [0xc2, 0xfa, 0xbc, 0xf5, 0xc8, 0xaf];

function gbkFile(): Buffer {
  const [before, after] = body('@').split('@') as [string, string];
  return Buffer.concat([Buffer.from(before, 'ascii'), Buffer.from(GBK_TITLE), Buffer.from(after, 'ascii')]);
}

async function importBytes(name: string, buffer: Buffer): Promise<void> {
  await app.page.getByTestId('import-input').setInputFiles({ name, mimeType: 'application/json', buffer });
}

const rowTitles = () => app.page.getByTestId('draft-row').allTextContents();

describe('importing a file that is not UTF-8, in real Chromium', () => {
  it('a GBK file is named, converted after "转换并导入", and its title arrives intact; "不导入" imports nothing', async () => {
    const { page } = app;
    const before = (await rowTitles()).length;
    await importBytes('windows-ansi.json', gbkFile());
    const message = page.getByTestId('import-encoding-message');
    await message.waitFor();
    await expect(message.textContent()).resolves.toContain('GBK');
    console.log(`[e2e] screenshot: ${await screenshot(page, 'import-gbk-zh')}`);
    await page.getByTestId('import-convert-cancel').click();
    await message.waitFor({ state: 'detached' });
    expect(await rowTitles()).toHaveLength(before);

    await importBytes('windows-ansi.json', gbkFile());
    await page.getByTestId('import-convert').click();
    await page.locator('[data-testid="draft-row"]', { hasText: '满减券' }).waitFor();
    expect((await rowTitles()).join('\n')).not.toContain('\uFFFD');
    // The closed dialog leaves the DOM after its animation; the next file's dialog must not be confused with it.
    await message.waitFor({ state: 'detached' });
  });

  it('a UTF-16 file ("Unicode" in Notepad) converts the same way', async () => {
    const { page } = app;
    await importBytes('notepad-unicode.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body('双十一代金券'), 'utf16le')]));
    await page.getByTestId('import-encoding-message').filter({ hasText: 'UTF-16 LE' }).waitFor();
    await page.getByTestId('import-convert').click();
    await page.locator('[data-testid="draft-row"]', { hasText: '双十一代金券' }).waitFor();
  });

  it('bytes that are neither UTF-8, GBK nor UTF-16 are refused with how to re-save, and nothing is imported', async () => {
    const { page } = app;
    const before = (await rowTitles()).length;
    await importBytes('broken.json', Buffer.from([0x7b, 0x22, 0xff, 0xff, 0xff, 0x22, 0x7d]));
    // The notice updates in place (one antd notification): wait for the new text, not the old one.
    const notice = page.getByTestId('notice').filter({ hasText: 'UTF-8' });
    await notice.waitFor();
    expect(await rowTitles()).toHaveLength(before);
  });

  it('a key written twice is reported with both places, not dropped silently', async () => {
    const { page } = app;
    const twice = '{"card":{"card_type":"CASH","cash":{"base_info":{"title":"满100减10","title":"满100减20"},"reduce_cost":1000}}}';
    await importBytes('twice.json', Buffer.from(twice, 'utf8'));
    const notice = page.getByTestId('notice').filter({ hasText: '写了两次' });
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain('title');
  });
});

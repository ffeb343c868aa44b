// Drives antd widgets the way a person does (Playwright has selectOption only for a native <select>).
import type { Page } from 'playwright-core';

/** Opens the antd Select marked `data-testid={testId}` and clicks the option whose label is `label`. */
export async function pickOption(page: Page, testId: string, label: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: label }).first().click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor({ state: 'hidden' });
}

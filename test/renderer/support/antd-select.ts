// Drives an antd Select in jsdom the way a person does: open it, type to narrow, click the option.
import { fireEvent, screen, within } from '@testing-library/react';

/** Picks the option whose label contains `text` in the antd Select marked `data-testid={testId}`. */
export function pickAntdOption(testId: string, text: string): void {
  const box = within(screen.getByTestId(testId)).getByRole('combobox');
  fireEvent.mouseDown(box);
  fireEvent.change(box, { target: { value: text } });
  const option = Array.from(document.querySelectorAll<HTMLElement>('.ant-select-item-option')).find((o) => o.textContent?.includes(text));
  if (!option) throw new Error(`no option containing ${text}`);
  fireEvent.click(option);
}

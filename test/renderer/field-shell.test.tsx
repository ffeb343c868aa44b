import { render, screen } from '@testing-library/react';
import { Input } from 'antd';
import { describe, expect, it } from 'vitest';
import { localized } from '../../common/i18n';
import { FieldShell, type FieldMessage } from '../../renderer/src/components/FieldShell';

const ERROR: FieldMessage = { severity: 'error', text: localized('标题过长', 'Title too long') };

const field = (messages: FieldMessage[]) => (
  <FieldShell id="f-title" label={localized('标题', 'Title')} help={localized('顾客在券面看到的名字', 'The name on the coupon')} messages={messages}>
    <Input id="f-title" />
  </FieldShell>
);

describe('the field frame (antd Form.Item)', () => {
  it('an error finding paints the antd input red and shows the message; fixed, both go at once', () => {
    const view = render(field([ERROR]));
    const input = document.getElementById('f-title') as HTMLInputElement;
    expect(input.className).toContain('ant-input-status-error');
    expect(screen.getByTestId('field-msg-error').textContent).toBe('标题过长');
    view.rerender(field([]));
    expect(input.className).not.toContain('ant-input-status-error');
    expect(screen.queryByTestId('field-msg-error')).toBeNull();
  });

  it('the label clicks through to the control and the help keeps its id for aria-describedby', () => {
    render(field([]));
    expect(screen.getByLabelText('标题')).toBe(document.getElementById('f-title'));
    expect(document.getElementById('f-title-help')?.textContent).toBe('顾客在券面看到的名字');
  });
});

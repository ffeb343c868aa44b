import { fenToYuanString, parseYuan } from '../../../../../common/units/money';
import { editorText } from '../../../i18n/editor-text';
import { UnitField } from './UnitField';

/**
 * An amount typed in 元 and stored in 分 (`least_cost` / `reduce_cost` "单位为分", product-landscape.md
 * §3.2): "9.9" → 990, exact, never rounded; a third decimal is refused with parseYuan's message.
 * The 分 figure is for developers only: it sits in the field's folded developer detail.
 */
export function MoneyField({ path }: { path: string }) {
  return (
    <UnitField
      path={path}
      format={fenToYuanString}
      parse={parseYuan}
      prefix="¥"
      suffix={editorText.yuan}
      placeholder="0.00"
    />
  );
}

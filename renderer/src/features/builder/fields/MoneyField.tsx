import { fenToYuanString, parseYuan } from '../../../../../common/units/money';
import { useT } from '../../../i18n';
import { editorText } from '../../../i18n/editor-text';
import { UnitField } from './UnitField';

/**
 * An amount typed in 元 and stored in 分 (`least_cost` / `reduce_cost` "单位为分", product-landscape.md
 * §3.2): "9.9" → 990, exact, never rounded; a third decimal is refused with parseYuan's message.
 */
export function MoneyField({ path }: { path: string }) {
  const t = useT();
  return (
    <UnitField
      path={path}
      format={fenToYuanString}
      parse={parseYuan}
      prefix="¥"
      suffix={editorText.yuan}
      placeholder="0.00"
      meaning={(fen) => <span className="field__aside">{t(editorText.fenEquals(fen))}</span>}
    />
  );
}

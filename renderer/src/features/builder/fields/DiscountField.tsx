import { plainDecimal } from '../../../../../common/units/money';
import { formatZheChinese, parseZhe, percentOffToZhe } from '../../../../../common/units/discount';
import { useT } from '../../../i18n';
import { editorText } from '../../../i18n/editor-text';
import { UnitField } from './UnitField';

const zheText = (percentOff: number): string => plainDecimal(percentOffToZhe(percentOff));

/**
 * A discount typed in 折 ("7.5", "七五折") and stored as Weixin's percent off (25): "填30就是七折"
 * (product-landscape.md §3.3).
 */
export function DiscountField({ path }: { path: string }) {
  const t = useT();
  return (
    <UnitField
      path={path}
      format={zheText}
      parse={parseZhe}
      suffix={editorText.zhe}
      placeholder="7.5"
      meaning={(value) => (
        <span className="field__aside" data-testid="discount-meaning">
          {t(editorText.zheMeaning(formatZheChinese(value), value))}
        </span>
      )}
    />
  );
}

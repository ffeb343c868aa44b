import { fieldMeta } from '../../../../../common/coupon/fields';
import { useT } from '../../../i18n';
import { editorText } from '../../../i18n/editor-text';
import { getAt } from '../../../lib/card-path';
import { fullPath } from '../../../lib/draft-model';
import { useEditor } from '../editor-context';
import { BoolField } from '../fields/BoolField';
import { MoneyField } from '../fields/MoneyField';
import { TextField } from '../fields/TextField';

const TEXT_KEYS = ['accept_category', 'reject_category', 'object_use_for'] as const;

/**
 * 使用条件 (§4.6): each threshold only where its type uses it (accept/reject: CASH; object_use_for:
 * GIFT; least_cost: GIFT and CASH), but a value imported onto another type stays visible so the
 * validator's warning can be acted on.
 */
export function ConditionsSection() {
  const t = useT();
  const { type, draft } = useEditor();
  const rel = (key: string) => `advanced_info.use_condition.${key}`;
  const shown = (key: string) => fieldMeta(rel(key))?.appliesTo.includes(type) || getAt(draft.card, fullPath(type, rel(key))) !== undefined;
  const texts = TEXT_KEYS.filter(shown);
  const leastCost = shown('least_cost');
  return (
    <>
      {texts.length === 0 && !leastCost && <p className="muted-note">{t(editorText.conditionsNone)}</p>}
      {texts.map((key) => (
        <TextField key={key} path={fullPath(type, rel(key))} />
      ))}
      {leastCost && <MoneyField path={fullPath(type, rel('least_cost'))} />}
      <div className="switch-list">
        <BoolField path={fullPath(type, rel('can_use_with_other_discount'))} fallback />
      </div>
    </>
  );
}

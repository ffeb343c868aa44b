import { CUSTOM_CODE_MODES } from '../../../../../common/coupon/enums';
import { fullPath } from '../../../lib/draft-model';
import { useEditor } from '../editor-context';
import { BoolField } from '../fields/BoolField';
import { CodeTypePicker } from '../fields/CodeTypePicker';
import { IntField } from '../fields/IntField';
import { SelectField } from '../fields/SelectField';
import { StoreSelector } from '../fields/StoreSelector';
import { TextField } from '../fields/TextField';

/** 销券设置: code type, reminder, per-user redemption limit, custom codes and stores. */
export function RedeemSection() {
  const { type } = useEditor();
  const p = (relative: string) => fullPath(type, relative);
  return (
    <>
      <CodeTypePicker path={p('base_info.code_type')} />
      <div className="grid-2">
        <TextField path={p('base_info.notice')} />
        <IntField path={p('base_info.use_limit')} />
      </div>
      <div className="switch-list">
        <BoolField path={p('base_info.use_custom_code')} />
      </div>
      <SelectField path={p('base_info.get_custom_code_mode')} options={CUSTOM_CODE_MODES} />
      <StoreSelector base={p('base_info')} />
    </>
  );
}

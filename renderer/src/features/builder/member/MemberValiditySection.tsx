import { exampleDateRange } from '../../../../../common/coupon/examples';
import { DATE_TYPE_PERMANENT } from '../../../../../common/coupon/limits-member-card';
import { FieldShell } from '../../../components/FieldShell';
import { RadioCards } from '../../../components/RadioCards';
import { editorText } from '../../../i18n/editor-text';
import { useBuilderStore } from '../../../stores/builder-store';
import { useField } from '../editor-context';
import { ChinaDateField } from '../fields/ChinaDateField';
import { IntField } from '../fields/IntField';
import { memberText } from './member-text';
import { m } from './use-member-card';

type Validity = typeof DATE_TYPE_PERMANENT | 'DATE_TYPE_FIX_TIME_RANGE' | 'DATE_TYPE_FIX_TERM';

/** 有效期 of a member card: permanent (member cards only, wechat-card-api.md §4.3), a date range, or days after receipt. */
export function MemberValiditySection() {
  const info = m('base_info.date_info');
  const kind = useField(`${info}.type`);
  const current = kind.value === DATE_TYPE_PERMANENT || kind.value === 'DATE_TYPE_FIX_TIME_RANGE' || kind.value === 'DATE_TYPE_FIX_TERM' ? kind.value : undefined;
  const switchTo = (next: Validity) => {
    if (next === current) return;
    const value =
      next === DATE_TYPE_PERMANENT ? { type: next } : next === 'DATE_TYPE_FIX_TIME_RANGE' ? { type: next, ...exampleDateRange(Date.now()) } : { type: next, fixed_begin_term: 0, fixed_term: 365 };
    useBuilderStore.getState().setField(info, value);
  };
  return (
    <>
      <FieldShell id={kind.id} label={kind.meta?.label ?? editorText.dateType} help={kind.meta?.help} dev={kind.dev} required messages={kind.messages}>
        <RadioCards<Validity>
          id={kind.id}
          variant="segmented"
          value={current}
          onChange={switchTo}
          labelledBy={`${kind.id}-label`}
          options={[
            { value: DATE_TYPE_PERMANENT, label: memberText.permanent, description: memberText.permanentDesc },
            { value: 'DATE_TYPE_FIX_TIME_RANGE', label: memberText.range, description: memberText.rangeDesc },
            { value: 'DATE_TYPE_FIX_TERM', label: memberText.term, description: memberText.termDesc },
          ]}
        />
      </FieldShell>
      {current === 'DATE_TYPE_FIX_TIME_RANGE' && (
        <div className="grid-2">
          <ChinaDateField path={`${info}.begin_timestamp`} edge="start" required />
          <ChinaDateField path={`${info}.end_timestamp`} edge="end" required />
        </div>
      )}
      {current === 'DATE_TYPE_FIX_TERM' && (
        <div className="grid-2">
          <IntField path={`${info}.fixed_begin_term`} />
          <IntField path={`${info}.fixed_term`} />
        </div>
      )}
    </>
  );
}

import { exampleDateRange } from '../../../../../common/coupon/examples';
import type { DateTypeName } from '../../../../../common/coupon/enums';
import { FieldShell } from '../../../components/FieldShell';
import { RadioCards } from '../../../components/RadioCards';
import { editorText } from '../../../i18n/editor-text';
import { getAt } from '../../../lib/card-path';
import { fullPath } from '../../../lib/draft-model';
import { useBuilderStore } from '../../../stores/builder-store';
import { useEditor, useField } from '../editor-context';
import { ChinaDateField } from '../fields/ChinaDateField';
import { IntField } from '../fields/IntField';

/** The string form of date_info.type; the legacy 1 and 2 (§4.3) are shown as their strings. */
function dateTypeName(value: unknown): DateTypeName | undefined {
  if (value === 'DATE_TYPE_FIX_TIME_RANGE' || value === 1) return 'DATE_TYPE_FIX_TIME_RANGE';
  if (value === 'DATE_TYPE_FIX_TERM' || value === 2) return 'DATE_TYPE_FIX_TERM';
  return undefined;
}

/** 有效期: a fixed range in China dates, or N days after receipt for M days. */
export function ValiditySection() {
  const { type, draft } = useEditor();
  const info = fullPath(type, 'base_info.date_info');
  const kind = useField(`${info}.type`);
  const current = dateTypeName(kind.value);

  const switchTo = (next: DateTypeName) => {
    if (next === current && kind.value === next) return;
    const old = getAt(draft.card, info);
    const end = typeof old === 'object' && old !== null ? (old as Record<string, unknown>).end_timestamp : undefined;
    const value =
      next === 'DATE_TYPE_FIX_TIME_RANGE'
        ? { type: next, ...exampleDateRange(Date.now()) }
        : { type: next, fixed_begin_term: 0, fixed_term: 30, ...(typeof end === 'number' && current === next ? { end_timestamp: end } : {}) };
    useBuilderStore.getState().setField(info, value);
  };

  return (
    <>
      <FieldShell id={kind.id} label={kind.meta?.label ?? editorText.dateType} help={kind.meta?.help} dev={kind.dev} required messages={kind.messages}>
        <RadioCards<DateTypeName>
          id={kind.id}
          variant="segmented"
          value={current}
          onChange={switchTo}
          labelledBy={`${kind.id}-label`}
          options={[
            { value: 'DATE_TYPE_FIX_TIME_RANGE', label: editorText.fixedRange, description: editorText.fixedRangeDesc },
            { value: 'DATE_TYPE_FIX_TERM', label: editorText.fixedTerm, description: editorText.fixedTermDesc },
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
        <>
          <div className="grid-2">
            <IntField path={`${info}.fixed_begin_term`} />
            <IntField path={`${info}.fixed_term`} />
          </div>
          <ChinaDateField path={`${info}.end_timestamp`} edge="end" label={editorText.optionalEnd} help={editorText.optionalEndHelp} />
        </>
      )}
    </>
  );
}

import { useState } from 'react';
import { CUSTOM_FIELD_NAME_TYPES, MAX_CUSTOM_CELLS, MAX_CUSTOM_FIELDS } from '../../../../../common/coupon/limits-member-card';
import { localized } from '../../../../../common/i18n';
import { Button } from '../../../components/Button';
import { FieldShell } from '../../../components/FieldShell';
import { RadioCards } from '../../../components/RadioCards';
import { useT } from '../../../i18n';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { nextSlot, usedSlots } from './member-rules';
import { memberText } from './member-text';
import { m, useMemberCard } from './use-member-card';

const NAME_OPTIONS = CUSTOM_FIELD_NAME_TYPES.map((value) => ({ value, label: memberText.nameTypes[value] }));

type NameMode = 'preset' | 'free';

/** One header cell: a preset name_type or a free name (exactly one, §1.3), and a link. */
function CustomFieldEditor({ n, onRemove }: { n: number; onRemove(): void }) {
  const t = useT();
  const { card, replace } = useMemberCard();
  const key = `custom_field${n}`;
  const item = (card[key] ?? {}) as Record<string, unknown>;
  const [picked, setPicked] = useState<NameMode>(typeof item.name === 'string' ? 'free' : 'preset');
  const mode: NameMode = typeof item.name === 'string' ? 'free' : typeof item.name_type === 'string' ? 'preset' : picked;
  // Switching keeps only the chosen kind of name: both at once is refused (§1.3).
  const choose = (next: NameMode) => {
    setPicked(next);
    const { name: _n, name_type: _t, ...rest } = item;
    replace({ ...card, [key]: rest });
  };
  const id = `member-${key}-mode`;
  return (
    <fieldset className="subcard" data-testid={`member-${key}`}>
      <legend className="subcard__title">{t(localized(`信息栏 ${n}`, `Info cell ${n}`))}</legend>
      <FieldShell id={id} label={memberText.nameMode}>
        <RadioCards<NameMode>
          id={id}
          variant="segmented"
          value={mode}
          onChange={choose}
          labelledBy={`${id}-label`}
          options={[
            { value: 'preset', label: memberText.namePreset, description: memberText.namePresetDesc },
            { value: 'free', label: memberText.nameFree, description: memberText.nameFreeDesc },
          ]}
        />
      </FieldShell>
      {mode === 'preset' ? <SelectField path={m(`${key}.name_type`)} options={NAME_OPTIONS} /> : <TextField path={m(`${key}.name`)} />}
      <TextField path={m(`${key}.url`)} />
      <Button size="sm" variant="ghost" icon="trash" onClick={onRemove}>
        {t(memberText.remove)}
      </Button>
    </fieldset>
  );
}

/** One entry row on the card page: name, hint, and a web page or Mini Program (§1.3). */
function CustomCellEditor({ n, onRemove }: { n: number; onRemove(): void }) {
  const t = useT();
  const key = `custom_cell${n}`;
  return (
    <fieldset className="subcard" data-testid={`member-${key}`}>
      <legend className="subcard__title">{t(localized(`入口 ${n}`, `Entry ${n}`))}</legend>
      <div className="grid-2">
        <TextField path={m(`${key}.name`)} />
        <TextField path={m(`${key}.tips`)} />
      </div>
      <TextField path={m(`${key}.url`)} />
      <div className="grid-2">
        <TextField path={m(`${key}.app_brand_user_name`)} />
        <TextField path={m(`${key}.app_brand_pass`)} />
      </div>
      <Button size="sm" variant="ghost" icon="trash" onClick={onRemove}>
        {t(memberText.remove)}
      </Button>
    </fieldset>
  );
}

/** 会员信息栏 (custom_field1..3) and 自定义入口 (custom_cell1..3): added one at a time up to the limit. */
export function MemberCellsSection() {
  const t = useT();
  const { card, replace } = useMemberCard();
  const without = (key: string) => {
    const { [key]: _dropped, ...rest } = card;
    replace(rest);
  };
  const fieldSlot = nextSlot(card, 'custom_field');
  const cellSlot = nextSlot(card, 'custom_cell');
  return (
    <>
      <p className="subcard__label">{t(memberText.cellsFields)}</p>
      <p className="field__help">{t(memberText.cellsFieldsHelp(MAX_CUSTOM_FIELDS))}</p>
      {usedSlots(card, 'custom_field').map((n) => (
        <CustomFieldEditor key={n} n={n} onRemove={() => without(`custom_field${n}`)} />
      ))}
      {fieldSlot === undefined ? (
        <p className="field__help" data-testid="fields-full">{t(memberText.slotsFull(MAX_CUSTOM_FIELDS))}</p>
      ) : (
        <Button size="sm" icon="plus" onClick={() => replace({ ...card, [`custom_field${fieldSlot}`]: { name_type: 'FIELD_NAME_TYPE_LEVEL' } })} data-testid="add-custom-field">
          {t(memberText.addField)}
        </Button>
      )}
      <p className="subcard__label">{t(memberText.cellsEntries)}</p>
      <p className="field__help">{t(memberText.cellsEntriesHelp(MAX_CUSTOM_CELLS))}</p>
      {usedSlots(card, 'custom_cell').map((n) => (
        <CustomCellEditor key={n} n={n} onRemove={() => without(`custom_cell${n}`)} />
      ))}
      {cellSlot === undefined ? (
        <p className="field__help" data-testid="cells-full">{t(memberText.slotsFull(MAX_CUSTOM_CELLS))}</p>
      ) : (
        <Button size="sm" icon="plus" onClick={() => replace({ ...card, [`custom_cell${cellSlot}`]: { name: '' } })} data-testid="add-custom-cell">
          {t(memberText.addEntry)}
        </Button>
      )}
    </>
  );
}

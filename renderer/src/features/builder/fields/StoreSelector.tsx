import { RadioCards } from '../../../components/RadioCards';
import { FieldShell, type FieldMessage } from '../../../components/FieldShell';
import { editorText } from '../../../i18n/editor-text';
import { storePickerText } from '../../../i18n/store-picker-text';
import { findingsUnder } from '../../../lib/draft-findings';
import { accountById, useAccountsStore } from '../../../stores/accounts-store';
import { useBuilderStore } from '../../../stores/builder-store';
import { useEditor, useField } from '../editor-context';
import { AccountStorePicker } from './AccountStorePicker';
import { StoreIdInput } from './StoreIdInput';

type Mode = 'all' | 'some' | 'none';

/**
 * 适用门店 (product-landscape.md §3.6): all stores (use_all_locations) or chosen poi_ids
 * (location_id_list) — mutually exclusive (40097) — or none for online-only coupons. With an
 * account on the batch the stores are ticked from its list; offline, poi_ids are typed.
 */
export function StoreSelector({ base }: { base: string }) {
  const { findings } = useEditor();
  const all = useField(`${base}.use_all_locations`);
  const list = useField(`${base}.location_id_list`);
  const accountId = useBuilderStore((s) => s.batch.accountId);
  const account = useAccountsStore((s) => accountById(s.accounts, accountId));
  const ids = Array.isArray(list.value) ? (list.value as unknown[]) : undefined;
  const mode: Mode = ids !== undefined ? 'some' : all.value === true ? 'all' : 'none';

  const setMode = (next: Mode) => {
    const store = useBuilderStore.getState();
    store.setField(`${base}.use_all_locations`, next === 'all' ? true : undefined);
    store.setField(`${base}.location_id_list`, next === 'some' ? (ids ?? []) : undefined);
    list.setIssue(null);
  };

  const listMessages: FieldMessage[] = [
    ...list.messages,
    ...findingsUnder(findings, list.path)
      .filter((f) => f.path !== list.path)
      .map((f) => ({ severity: f.severity, text: f.message })),
  ];

  return (
    <>
      <FieldShell id={all.id} label={editorText.storesMode} help={all.meta?.help} dev={all.dev} messages={all.messages}>
        <RadioCards<Mode>
          id={all.id}
          variant="segmented"
          value={mode}
          onChange={setMode}
          labelledBy={`${all.id}-label`}
          options={[
            { value: 'all', label: editorText.storesAll, description: editorText.storesAllDesc },
            { value: 'some', label: editorText.storesSome, description: account ? storePickerText.someDesc : editorText.storesSomeDesc },
            { value: 'none', label: editorText.storesNone, description: editorText.storesNoneDesc },
          ]}
        />
      </FieldShell>
      {mode === 'some' && account && <AccountStorePicker account={account} list={list} ids={ids ?? []} messages={listMessages} />}
      {mode === 'some' && !account && <StoreIdInput list={list} ids={ids ?? []} messages={listMessages} />}
    </>
  );
}

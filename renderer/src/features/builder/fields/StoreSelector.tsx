import { useState, type KeyboardEvent } from 'react';
import { FieldShell, describedBy, type FieldMessage } from '../../../components/FieldShell';
import { Icon } from '../../../components/Icon';
import { RadioCards } from '../../../components/RadioCards';
import { useT } from '../../../i18n';
import { editorText } from '../../../i18n/editor-text';
import { findingsUnder } from '../../../lib/draft-findings';
import { useBuilderStore } from '../../../stores/builder-store';
import { useEditor, useField } from '../editor-context';

type Mode = 'all' | 'some' | 'none';

/**
 * 适用门店 (product-landscape.md §3.6): all stores (use_all_locations) or chosen poi_ids
 * (location_id_list) — mutually exclusive (40097) — or none for online-only coupons. The store
 * list comes from the accounts domain once it offers one; until then poi_ids are typed.
 */
export function StoreSelector({ base }: { base: string }) {
  const t = useT();
  const { findings } = useEditor();
  const all = useField(`${base}.use_all_locations`);
  const list = useField(`${base}.location_id_list`);
  const [draftText, setDraftText] = useState('');
  const ids = Array.isArray(list.value) ? (list.value as unknown[]) : undefined;
  const mode: Mode = ids !== undefined ? 'some' : all.value === true ? 'all' : 'none';

  const setMode = (next: Mode) => {
    const store = useBuilderStore.getState();
    store.setField(`${base}.use_all_locations`, next === 'all' ? true : undefined);
    store.setField(`${base}.location_id_list`, next === 'some' ? (ids ?? []) : undefined);
    list.setIssue(null);
  };

  const addFrom = (text: string) => {
    const parts = text.split(/[\s,，、;；]+/).filter(Boolean);
    const bad = parts.find((p) => !/^\d+$/.test(p) || Number(p) <= 0);
    if (bad !== undefined) {
      list.setIssue({ text, error: editorText.storeIdBad(bad) });
      return;
    }
    const current = (ids ?? []).filter((v): v is number => typeof v === 'number');
    const merged = [...current, ...parts.map(Number).filter((n) => !current.includes(n))];
    list.set(merged);
    list.setIssue(null);
    setDraftText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if ((event.key === 'Enter' || event.key === ',') && draftText.trim() !== '') {
      event.preventDefault();
      addFrom(draftText);
    } else if (event.key === 'Backspace' && draftText === '' && ids && ids.length > 0) {
      list.set(ids.slice(0, -1));
    }
  };

  const listMessages: FieldMessage[] = [
    ...list.messages,
    ...findingsUnder(findings, list.path)
      .filter((f) => f.path !== list.path)
      .map((f) => ({ severity: f.severity, text: f.message })),
  ];

  return (
    <>
      <FieldShell id={all.id} label={editorText.storesMode} help={all.meta?.help} messages={all.messages}>
        <RadioCards<Mode>
          id={all.id}
          variant="segmented"
          value={mode}
          onChange={setMode}
          labelledBy={`${all.id}-label`}
          options={[
            { value: 'all', label: editorText.storesAll, description: editorText.storesAllDesc },
            { value: 'some', label: editorText.storesSome, description: editorText.storesSomeDesc },
            { value: 'none', label: editorText.storesNone, description: editorText.storesNoneDesc },
          ]}
        />
      </FieldShell>
      {mode === 'some' && (
        <FieldShell id={list.id} label={editorText.storeIdsLabel} help={editorText.storeIdsHelp} messages={listMessages}>
          <div className="tag-input">
            {(ids ?? []).map((id, i) => (
              <span className="tag" key={`${String(id)}-${i}`}>
                {String(id)}
                <button
                  type="button"
                  className="tag__remove"
                  aria-label={t(editorText.removeStore(Number(id)))}
                  onClick={() => list.set((ids ?? []).filter((_, j) => j !== i))}
                >
                  <Icon name="close" size={12} />
                </button>
              </span>
            ))}
            <input
              id={list.id}
              className="tag-input__input"
              type="text"
              inputMode="numeric"
              value={draftText}
              placeholder={t(editorText.storeIdsPlaceholder)}
              aria-describedby={describedBy(list.id, listMessages.length > 0, true)}
              onChange={(e) => setDraftText(e.target.value)}
              onKeyDown={onKeyDown}
              onBlur={() => draftText.trim() !== '' && addFrom(draftText)}
              onPaste={(e) => {
                const text = e.clipboardData.getData('text');
                if (/[\s,，、;；]/.test(text.trim())) {
                  e.preventDefault();
                  addFrom(text);
                }
              }}
            />
          </div>
        </FieldShell>
      )}
    </>
  );
}

import { useState, type KeyboardEvent } from 'react';
import { FieldShell, describedBy, type FieldMessage } from '../../../components/FieldShell';
import { Icon } from '../../../components/Icon';
import { useT } from '../../../i18n';
import { editorText } from '../../../i18n/editor-text';
import type { BoundField } from '../editor-context';

/** location_id_list typed by hand (offline drafting, or while the store list cannot be read). */
export function StoreIdInput({ list, ids, messages }: { list: BoundField; ids: readonly unknown[]; messages: FieldMessage[] }) {
  const t = useT();
  const [draftText, setDraftText] = useState('');

  const addFrom = (text: string) => {
    const parts = text.split(/[\s,，、;；]+/).filter(Boolean);
    const bad = parts.find((p) => !/^\d+$/.test(p) || Number(p) <= 0);
    if (bad !== undefined) {
      list.setIssue({ text, error: editorText.storeIdBad(bad) });
      return;
    }
    const current = ids.filter((v): v is number => typeof v === 'number');
    const merged = [...current, ...parts.map(Number).filter((n) => !current.includes(n))];
    list.set(merged);
    list.setIssue(null);
    setDraftText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if ((event.key === 'Enter' || event.key === ',') && draftText.trim() !== '') {
      event.preventDefault();
      addFrom(draftText);
    } else if (event.key === 'Backspace' && draftText === '' && ids.length > 0) {
      list.set(ids.slice(0, -1));
    }
  };

  return (
    <FieldShell id={list.id} label={editorText.storeIdsLabel} help={editorText.storeIdsHelp} dev={list.dev} messages={messages}>
      <div className="tag-input">
        {ids.map((id, i) => (
          <span className="tag" key={`${String(id)}-${i}`}>
            {String(id)}
            <button type="button" className="tag__remove" aria-label={t(editorText.removeStore(Number(id)))} onClick={() => list.set(ids.filter((_, j) => j !== i))}>
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
          aria-describedby={describedBy(list.id, messages.length > 0, true)}
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
  );
}

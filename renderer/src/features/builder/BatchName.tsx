import { useState } from 'react';
import { useT } from '../../i18n';
import { builderText } from '../../i18n/builder-text';
import { useBuilderStore } from '../../stores/builder-store';

/** The batch name, renamed in place: Enter or leaving the field keeps it, Escape or an empty name restores it. */
export function BatchName({ editing, onDone }: { editing: boolean; onDone(): void }) {
  const t = useT();
  const name = useBuilderStore((s) => s.batch.name);
  const rename = useBuilderStore((s) => s.renameBatch);
  const [text, setText] = useState(name);
  if (!editing) {
    return (
      <h2 className="batch__name" title={name} data-testid="batch-name">
        {name}
      </h2>
    );
  }
  const commit = () => {
    if (text.trim() !== '' && text !== name) rename(text.trim());
    onDone();
  };
  return (
    <input
      className="input batch__name-input"
      aria-label={t(builderText.batchName)}
      value={text}
      maxLength={100}
      // The field appears because the merchant asked to rename; focusing it is the expected result.
      autoFocus
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') {
          setText(name);
          onDone();
        }
      }}
    />
  );
}

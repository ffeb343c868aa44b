import { useEffect, useState } from 'react';
import { Button } from '../../components/Button';
import { useT } from '../../i18n';
import { accountsText } from '../../i18n/accounts-text';
import { copyText } from '../../lib/copy-text';

/** 复制 → 已复制 (or "select it by hand" when the clipboard refuses). */
export function CopyButton({ text, testId }: { text: string; testId?: string }) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = setTimeout(() => setState('idle'), 2_500);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <span className="copy-button">
      <Button size="sm" icon={state === 'copied' ? 'check' : 'copy'} onClick={() => void copyText(text).then((done) => setState(done ? 'copied' : 'failed'))} data-testid={testId}>
        {t(state === 'copied' ? accountsText.copied : accountsText.copy)}
      </Button>
      <span className="copy-button__status" role="status">
        {state === 'failed' ? t(accountsText.copyFailed) : ''}
      </span>
    </span>
  );
}

import { useT } from '../i18n';
import { editorText } from '../i18n/editor-text';

/** From this share of the budget on, the counter turns amber. */
export const NEAR_LIMIT = 0.85;

/** The counter's state: plenty left, close to the limit, or over it. */
export function counterState(bytes: number, limit: number): 'ok' | 'near' | 'over' {
  if (bytes > limit) return 'over';
  return bytes >= limit * NEAR_LIMIT ? 'near' : 'ok';
}

/**
 * "25 / 27 字节": Weixin counts UTF-8 bytes, not characters (wechat-card-api.md §4.1), so the
 * counter shows bytes and the tooltip the rough 汉字 equivalent (3 bytes each).
 */
export function ByteCounter({ bytes, limit, id }: { bytes: number; limit: number; id?: string }) {
  const t = useT();
  const state = counterState(bytes, limit);
  return (
    <span id={id} className={`byte-counter byte-counter--${state}`} title={t(editorText.bytesHint(limit))} data-testid="byte-counter">
      {t(editorText.bytes(bytes, limit))}
    </span>
  );
}

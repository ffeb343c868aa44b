import { useEffect } from 'react';
import { localImageHash } from '../../../../../common/coupon/local-image';
import { localized, type Localized } from '../../../../../common/i18n';
import type { ImageRole } from '../../../../../common/ipc/channels/images';
import { utf8ByteLength } from '../../../../../common/text/utf8';
import { Button } from '../../../components/Button';
import { ByteCounter } from '../../../components/ByteCounter';
import { DropZone } from '../../../components/DropZone';
import { FieldShell, describedBy, type FieldMessage } from '../../../components/FieldShell';
import { Icon } from '../../../components/Icon';
import { useT } from '../../../i18n';
import { imageText } from '../../../i18n/image-text';
import { intakeKey, useImageStore } from '../../../stores/image-store';
import { useEditor, useField } from '../editor-context';

/** Props of {@link ImageField}. */
export interface ImageFieldProps {
  path: string;
  role: ImageRole;
  label?: Localized;
  compact?: boolean;
}

/**
 * An image slot: drop or pick a JPG/PNG (main resizes it under 1 MB and answers a
 * `local-image:<sha256>` reference plus a data: thumbnail), or paste an uploadimg URL. Remote
 * URLs are not displayed: the CSP allows only data: and blob: images.
 */
export function ImageField({ path, role, label, compact }: ImageFieldProps) {
  const t = useT();
  const { draft } = useEditor();
  const field = useField(path);
  const value = typeof field.value === 'string' ? field.value : '';
  const hash = localImageHash(value);
  const preview = useImageStore((s) => (hash ? s.previews[hash] : undefined));
  const intake = useImageStore((s) => s.intake[intakeKey(draft.id, path)]);
  const loadPreview = useImageStore((s) => s.loadPreview);
  useEffect(() => {
    if (hash && !preview) loadPreview(hash);
  }, [hash, preview, loadPreview]);

  const messages: FieldMessage[] = [...(intake?.state === 'error' ? [{ severity: 'error' as const, text: intake.message }] : []), ...field.messages];
  const busy = intake?.state === 'busy';
  const help = compact ? undefined : field.meta?.help;
  const urlId = `${field.id}-url`;
  const onFile = (bytes: Uint8Array, name: string) => void useImageStore.getState().intakeImage({ path, role, bytes, name });
  const onReadError = () => useImageStore.getState().reportReadError(path);

  return (
    <FieldShell id={field.id} label={label ?? field.meta?.label ?? localized(path, path)} help={help} dev={compact ? undefined : field.dev} required={field.meta?.required} messages={messages}>
      <div className={`image-field image-field--${role}`}>
        <DropZone id={field.id} onFile={onFile} onReadError={onReadError} busy={busy} label={value === '' ? imageText.drop : imageText.replace} describedBy={describedBy(field.id, messages.length > 0, help !== undefined)}>
          {preview ? (
            <img className="image-field__thumb" src={preview} alt="" />
          ) : (
            <span className="image-field__placeholder">
              <Icon name={busy ? 'clock' : value === '' ? 'upload' : 'image'} size={22} />
              <span className="image-field__prompt">{t(busy ? imageText.working : value === '' ? imageText.drop : hash ? imageText.local : imageText.uploaded)}</span>
              <span className="image-field__sub">{t(imageText.size[role])}</span>
            </span>
          )}
        </DropZone>
        <div className="image-field__side">
          <p className="image-field__formats">{t(imageText.formats)}</p>
          <div className="image-field__url">
            <input
              id={urlId}
              className="input input--mono"
              type="text"
              spellCheck={false}
              // A dropped image is a local reference until the run uploads it: say so, never show the ref (issue 11, problem 9).
              value={hash ? '' : value}
              placeholder={t(hash ? imageText.local : imageText.urlPlaceholder)}
              data-local={hash ? 'true' : undefined}
              aria-label={`${t(label ?? field.meta?.label ?? localized(path, path))} URL`}
              onChange={(e) => {
                useImageStore.getState().clearIntake(path);
                field.set(e.target.value === '' && !field.meta?.required ? undefined : e.target.value);
              }}
            />
            {field.meta?.maxBytes && value !== '' && !hash && <ByteCounter bytes={utf8ByteLength(value)} limit={field.meta.maxBytes} />}
          </div>
          {value !== '' && (
            <Button size="sm" variant="ghost" icon="trash" onClick={() => field.set(field.meta?.required ? '' : undefined)}>
              {t(imageText.remove)}
            </Button>
          )}
        </div>
      </div>
    </FieldShell>
  );
}

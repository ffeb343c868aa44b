import { Upload } from 'antd';
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import type { Localized } from '../../../common/i18n';
import { useT } from '../i18n';
import { readFileBytes } from '../lib/file-bytes';

/** Props of {@link DropZone}. */
export interface DropZoneProps {
  id: string;
  /** Called with the file's bytes (read in the renderer) and its name. */
  onFile(bytes: Uint8Array, name: string): void;
  onReadError(): void;
  busy?: boolean;
  /** What the zone shows inside (thumbnail or prompt). */
  children: ReactNode;
  label: Localized;
  describedBy?: string;
  className?: string;
}

/** The file chooser offers JPG/PNG; a dropped file of another kind still goes on ('native'), so main refuses it in words instead of it vanishing. */
const ACCEPT = { format: 'image/jpeg,image/png', filter: 'native' } as const;

/**
 * Drop an image or click to choose one, on antd's Upload.Dragger. Nothing is uploaded here: the
 * bytes go on and main checks the real format by magic bytes and answers with a clear refusal.
 */
export function DropZone({ id, onFile, onReadError, busy, children, label, describedBy, className }: DropZoneProps) {
  const t = useT();
  const root = useRef<HTMLDivElement>(null);
  const name = t(label);

  // antd puts id and aria-* on its hidden <input type=file>; the focusable zone is its role=button.
  // The field's id goes there, so a finding focuses the zone, and so do its name and description.
  useLayoutEffect(() => {
    const zone = root.current?.querySelector<HTMLElement>('.ant-upload[role="button"]');
    if (!zone) return;
    zone.id = id;
    zone.setAttribute('aria-label', name);
    if (describedBy) zone.setAttribute('aria-describedby', describedBy);
    else zone.removeAttribute('aria-describedby');
    zone.setAttribute('aria-busy', String(busy === true));
  }, [id, name, describedBy, busy]);

  const take = (file: File) => {
    readFileBytes(file).then(
      (bytes) => onFile(bytes, file.name),
      () => onReadError(),
    );
    // Kept out of antd's file list and never sent by antd's uploader.
    return Upload.LIST_IGNORE;
  };

  return (
    <div ref={root} className={`dropzone${busy ? ' dropzone--busy' : ''}${className ? ` ${className}` : ''}`} data-testid="dropzone">
      <Upload.Dragger accept={ACCEPT} multiple={false} showUploadList={false} beforeUpload={take} data-testid="dropzone-input">
        {children}
      </Upload.Dragger>
    </div>
  );
}

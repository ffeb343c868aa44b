import { useRef, useState, type DragEvent, type ReactNode } from 'react';
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

/**
 * Drop an image or click to choose one (a hidden file input limited to JPG/PNG). Only the bytes
 * go on: main checks the real format by magic bytes and answers with a clear refusal.
 */
export function DropZone({ id, onFile, onReadError, busy, children, label, describedBy, className }: DropZoneProps) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const take = (file: File | undefined) => {
    if (!file) return;
    readFileBytes(file).then(
      (bytes) => onFile(bytes, file.name),
      () => onReadError(),
    );
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files[0]);
  };

  return (
    <div
      className={`dropzone${over ? ' dropzone--over' : ''}${busy ? ' dropzone--busy' : ''}${className ? ` ${className}` : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="dropzone"
    >
      <button type="button" id={id} className="dropzone__button" onClick={() => input.current?.click()} aria-label={t(label)} aria-describedby={describedBy} aria-busy={busy}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept="image/jpeg,image/png"
        hidden
        tabIndex={-1}
        data-testid="dropzone-input"
        onChange={(event) => {
          take(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
    </div>
  );
}

import { create } from 'zustand';
import type { Localized } from '../../../common/i18n';
import { MAX_INTAKE_BYTES, type ImageRole } from '../../../common/ipc/channels/images';
import { getImagesApi } from '../api/domains';
import { imageText } from '../i18n/image-text';
import { bytesToBase64 } from '../lib/file-bytes';
import { useBuilderStore } from './builder-store';

/** A file the merchant dropped or picked for one image field. */
export interface ImageDrop {
  /** Full path of the field, e.g. `card.cash.base_info.logo_url`. */
  path: string;
  role: ImageRole;
  bytes: Uint8Array;
  name: string;
}

/** Per field: processing, or the reason the last file was refused. */
export type IntakeState = { state: 'busy' } | { state: 'error'; message: Localized };

/** Image intake and thumbnails. */
export interface ImageState {
  /** SHA-256 → `data:` thumbnail, for `local-image:` references in the preview. */
  previews: Record<string, string>;
  /** `${draftId} ${path}` → intake state. */
  intake: Record<string, IntakeState>;
  /** Sends the bytes to main's images:intake; on success the field holds `local-image:<sha256>`. */
  intakeImage(drop: ImageDrop): Promise<void>;
  /** Fetches the thumbnail of a stored image (drafts loaded from disk). */
  loadPreview(hash: string): void;
  /** The dropped file could not be read in the renderer. */
  reportReadError(path: string): void;
  clearIntake(path: string): void;
}

const requested = new Set<string>();

const slot = (path: string): string => intakeKey(useBuilderStore.getState().selectedId, path);

/** The image store: the only caller of the images domain. */
export const useImageStore = create<ImageState>()((set, get) => ({
  previews: {},
  intake: {},

  async intakeImage({ path, role, bytes, name }) {
    const key = slot(path);
    const draftId = useBuilderStore.getState().selectedId;
    const setIntake = (value: IntakeState | null) => {
      const intake = { ...get().intake };
      if (value) intake[key] = value;
      else delete intake[key];
      set({ intake });
    };
    const images = getImagesApi();
    if (!images) return setIntake({ state: 'error', message: imageText.unavailable });
    if (bytes.length > MAX_INTAKE_BYTES) return setIntake({ state: 'error', message: imageText.tooLargeLocal });
    setIntake({ state: 'busy' });
    const answer = await images.intake({ role, source: { kind: 'bytes', base64: bytesToBase64(bytes), name: name.slice(0, 260) } });
    if (!answer.ok) return setIntake({ state: 'error', message: answer.error.message });
    set({ previews: { ...get().previews, [answer.data.hash]: answer.data.preview } });
    setIntake(null);
    // The merchant may have switched drafts while main worked: write into the draft the file was dropped on.
    if (draftId) useBuilderStore.getState().setFieldOf(draftId, path, answer.data.ref);
  },

  loadPreview(hash) {
    if (requested.has(hash) || get().previews[hash]) return;
    const images = getImagesApi();
    if (!images) return;
    requested.add(hash);
    void images.get({ hash }).then((answer) => {
      if (answer.ok) set({ previews: { ...get().previews, [hash]: answer.data.preview } });
    });
  },

  reportReadError(path) {
    set({ intake: { ...get().intake, [slot(path)]: { state: 'error', message: imageText.readFailed } } });
  },

  clearIntake(path) {
    const key = slot(path);
    if (!(key in get().intake)) return;
    const intake = { ...get().intake };
    delete intake[key];
    set({ intake });
  },
}));

/** The intake key of a field of the selected draft. */
export function intakeKey(draftId: string | null, path: string): string {
  return `${draftId ?? ''} ${path}`;
}

import { ipcFail, ipcOk } from '../../common/ipc/envelope';
import type { imagesChannels } from '../../common/ipc/channels/images';
import type { HandlersFor } from '../ipc/define-handlers';
import type { FileOps } from '../storage/files';
import { imageNotFound } from './image-errors';
import type { ImageStore } from './image-store';
import { intakeImage } from './intake';

/** Dependencies of {@link imagesHandlers}. */
export interface ImagesHandlerDeps {
  readonly images: ImageStore;
  readonly files?: FileOps;
}

/** The `images:*` handlers (the same type as `DomainHandlers<'images'>` once the domain is in the contract). */
export function imagesHandlers({ images, files }: ImagesHandlerDeps): HandlersFor<typeof imagesChannels> {
  return {
    'images:intake': async ({ role, source }) => {
      const taken = await intakeImage(images, role, source, files);
      return taken.ok ? ipcOk(taken.value) : ipcFail(taken.error.code, taken.error.message, taken.error.details);
    },
    'images:get': async ({ hash }) => {
      const found = await images.describe(hash);
      if (found) return ipcOk(found);
      const missing = imageNotFound(hash);
      return ipcFail(missing.code, missing.message);
    },
  };
}

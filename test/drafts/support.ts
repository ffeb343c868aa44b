// A drafts service over a temp data dir, as the hosts build it (conf-backed collection).
import { exampleCoupon } from '../../common/coupon/examples';
import { fixedClock } from '../../common/clock';
import { draftBatchFileSchema } from '../../common/drafts/draft';
import { createDraftsService } from '../../main/drafts/drafts-service';
import { NO_WAIT_RETRY } from '../../main/storage/busy-retry';
import { createDocumentCollection } from '../../main/storage/collection';
import { confDocumentOpener } from '../../main/storage/conf-document-store';
import { dataLayout } from '../../main/storage/layout';

export const T0 = Date.UTC(2026, 0, 15, 4, 0, 0);

/** The service plus its clock; ids are `…-<n>` uuids so tests can predict them. */
export function draftsIn(dataDir: string) {
  const layout = dataLayout(dataDir);
  const clock = fixedClock(T0);
  let n = 0;
  const collection = createDocumentCollection({
    dir: layout.draftsDir,
    trashDir: layout.draftsTrashDir,
    schema: draftBatchFileSchema,
    openDocument: confDocumentOpener({ clock, retry: NO_WAIT_RETRY }),
    now: () => clock.now(),
  });
  const service = createDraftsService({ collection, clock, newId: () => `aaaaaaaa-bbbb-4ccc-8ddd-${String(++n).padStart(12, '0')}` });
  return { service, clock, layout };
}

/** A valid card/create body of a type. */
export const body = (type: Parameters<typeof exampleCoupon>[0] = 'CASH') => exampleCoupon(type, T0) as unknown as Record<string, unknown>;

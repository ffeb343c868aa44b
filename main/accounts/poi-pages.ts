import { ok, type Result } from '../../common/result';
import type { ConnectionProbe, PoiEntry, ProbeFailure } from './test-connection';

// §1.16: limit is at most 50; a page cap keeps a huge chain from spending the quota.
/** Stores per getpoilist call (the documented maximum). */
export const POI_PAGE = 50;
/** At most this many pages (1,000 stores) per listing. */
export const MAX_POI_PAGES = 20;

/** Every page of getpoilist, 50 at a time, until a short page or the reported total. */
export async function collectPoiList(probe: Pick<ConnectionProbe, 'getPoiList'>): Promise<Result<{ total: number; stores: PoiEntry[] }, ProbeFailure>> {
  let total = 0;
  const stores: PoiEntry[] = [];
  for (let page = 0; page < MAX_POI_PAGES; page++) {
    const listed = await probe.getPoiList({ begin: page * POI_PAGE, limit: POI_PAGE });
    if (!listed.ok) return listed;
    total = listed.value.total;
    stores.push(...listed.value.stores);
    if (listed.value.stores.length < POI_PAGE || (page + 1) * POI_PAGE >= total) break;
  }
  return ok({ total, stores });
}

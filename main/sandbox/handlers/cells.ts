import { isPlainObject, own } from '../card-create/access';
import { cardHasStores, type StoredCard } from '../card-store';
import { fail, ok, readJsonObject, type AuthedContext, type Reply } from './context';
import { lookupCard } from './card-lookup';

function baseInfoOf(card: StoredCard): Record<string, unknown> {
  const node = card.card[card.typeKey];
  return isPlainObject(node) && isPlainObject(node.base_info) ? node.base_info : {};
}

function filled(baseInfo: Record<string, unknown>, field: string): boolean {
  const value = baseInfo[field];
  return value !== undefined && value !== null && value !== '';
}

/** is_open: required (41011) and a boolean (47001). */
function readIsOpen(body: Record<string, unknown>): { ok: true; value: boolean } | { ok: false; reply: Reply } {
  const isOpen = own(body, 'is_open');
  if (isOpen === undefined || isOpen === null) return { ok: false, reply: fail(41011, 'is_open') };
  if (typeof isOpen !== 'boolean') return { ok: false, reply: fail(47001, 'is_open') };
  return { ok: true, value: isOpen };
}

/**
 * `POST /card/paycell/set` (§1.10; guide §3.1). Opening needs WeChat Pay (43008), a store (43017;
 * use_all_locations counts), no centre cell (40145) and no self-redemption (45046).
 */
export function handlePayCellSet(ctx: AuthedContext): Reply {
  const body = readJsonObject(ctx);
  if (!body.ok) return body.reply;
  const found = lookupCard(ctx, body.value);
  if (!found.ok) return found.reply;
  const isOpen = readIsOpen(body.value);
  if (!isOpen.ok) return isOpen.reply;
  const card = found.card;
  if (isOpen.value) {
    const baseInfo = baseInfoOf(card);
    if (!ctx.account.config.permissions.pay) return fail(43008);
    if (!cardHasStores(baseInfo)) return fail(43017, 'location_id_list');
    if (['center_title', 'center_sub_title', 'center_url'].some((f) => filled(baseInfo, f))) return fail(40145, 'center_url');
    if (card.selfConsumeCell.is_open) return fail(45046, 'selfconsumecell');
  }
  card.payCell = isOpen.value;
  card.updateTime = Math.floor(ctx.now / 1000);
  return ok();
}

/**
 * `POST /card/selfconsumecell/set` (§1.11; guide §4.1). Opening needs a store (43017) and no
 * center_url and no pay cell (45046). The flag is spelt `need_verify_cod` (official typo); the
 * `need_verify_code` some SDKs send is ignored, as the real server probably does.
 */
export function handleSelfConsumeCellSet(ctx: AuthedContext): Reply {
  const body = readJsonObject(ctx);
  if (!body.ok) return body.reply;
  const found = lookupCard(ctx, body.value);
  if (!found.ok) return found.reply;
  const isOpen = readIsOpen(body.value);
  if (!isOpen.ok) return isOpen.reply;
  const flags: Record<string, boolean> = {};
  for (const field of ['need_verify_cod', 'need_remark_amount']) {
    const value = own(body.value, field);
    if (value !== undefined && value !== null && typeof value !== 'boolean') return fail(47001, field);
    flags[field] = value === true;
  }
  const card = found.card;
  if (isOpen.value) {
    const baseInfo = baseInfoOf(card);
    if (!cardHasStores(baseInfo)) return fail(43017, 'location_id_list');
    if (filled(baseInfo, 'center_url')) return fail(45046, 'center_url');
    if (card.payCell) return fail(45046, 'paycell');
  }
  card.selfConsumeCell = {
    is_open: isOpen.value,
    need_verify_cod: flags.need_verify_cod === true,
    need_remark_amount: flags.need_remark_amount === true,
  };
  card.updateTime = Math.floor(ctx.now / 1000);
  return ok();
}

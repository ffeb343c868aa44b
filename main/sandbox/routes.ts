import { handleCardBatchGet, handleCardGet } from './handlers/card-read';
import { handleCardCreate } from './handlers/card-create';
import { handleCardDelete, handleModifyStock } from './handlers/card-manage';
import { handleCardUpdate } from './handlers/card-update';
import { handlePayCellSet, handleSelfConsumeCellSet } from './handlers/cells';
import type { AuthedContext, HandlerContext, Reply } from './handlers/context';
import { handleCodeDecrypt, handleQrcodeCreate, handleTestWhitelistSet } from './handlers/distribution';
import { handleUploadImage } from './handlers/media';
import { handleActivateFormSet, handleMemberActivate, handleMemberUpdate, handleMemberUserInfo } from './handlers/member-card';
import { handleClearQuota, handleGetColors, handlePoiList, makeQuotaGet } from './handlers/misc';
import { handleStableToken, handleToken } from './handlers/token';

/** An API path the sandbox answers. */
export type Route =
  | {
      readonly path: string;
      readonly methods: readonly string[];
      /** Checks its own credentials (the token endpoints). */
      readonly auth: 'self';
      readonly handle: (ctx: HandlerContext) => Reply;
    }
  | {
      readonly path: string;
      readonly methods: readonly string[];
      /** Needs `?access_token=` (41001 / 40014 / 40001 / 42001), then the quota. */
      readonly auth: 'token';
      /** Needs the account's card permission (48001 otherwise). */
      readonly cardApi: boolean;
      readonly handle: (ctx: AuthedContext) => Reply;
    };

const GET_OR_POST = ['GET', 'POST'];
const POST = ['POST'];

const token = (path: string, handle: (ctx: AuthedContext) => Reply, cardApi = true, methods = POST): Route => ({
  path,
  methods,
  auth: 'token',
  cardApi,
  handle,
});

/** Every API path, keyed by path (§1.1). */
export const ROUTES: ReadonlyMap<string, Route> = new Map(
  [
    { path: '/cgi-bin/token', methods: GET_OR_POST, auth: 'self', handle: handleToken } satisfies Route,
    { path: '/cgi-bin/stable_token', methods: POST, auth: 'self', handle: handleStableToken } satisfies Route,
    token('/cgi-bin/media/uploadimg', handleUploadImage),
    token('/card/getcolors', handleGetColors, true, GET_OR_POST),
    token('/card/create', handleCardCreate),
    token('/card/get', handleCardGet),
    token('/card/batchget', handleCardBatchGet),
    token('/card/update', handleCardUpdate),
    token('/card/delete', handleCardDelete),
    token('/card/modifystock', handleModifyStock),
    token('/card/paycell/set', handlePayCellSet),
    token('/card/selfconsumecell/set', handleSelfConsumeCellSet),
    token('/card/testwhitelist/set', handleTestWhitelistSet),
    token('/card/qrcode/create', handleQrcodeCreate),
    token('/card/code/decrypt', handleCodeDecrypt),
    token('/card/membercard/activateuserform/set', handleActivateFormSet),
    token('/card/membercard/activate', handleMemberActivate),
    token('/card/membercard/userinfo/get', handleMemberUserInfo),
    token('/card/membercard/updateuser', handleMemberUpdate),
    token('/cgi-bin/poi/getpoilist', handlePoiList, false),
    token('/cgi-bin/openapi/quota/get', makeQuotaGet(() => API_PATHS), false),
    token('/cgi-bin/clear_quota', handleClearQuota, false),
  ].map((route) => [route.path, route]),
);

/** The paths above, for quota/get's cgi_path check. */
export const API_PATHS: ReadonlySet<string> = new Set(ROUTES.keys());

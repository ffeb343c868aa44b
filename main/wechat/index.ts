// The Weixin API client: what the batch engine, accounts, images, history and the API console use.
export { createWeixinClient, type WeixinClient } from './client';
export type {
  AmbiguousCause,
  CancelledFailure,
  ConfigFailure,
  ConfigReason,
  HttpFailure,
  InvalidResponseFailure,
  NetworkFailure,
  OutcomeUnknownFailure,
  TimeoutFailure,
  WeixinErrcodeFailure,
  WeixinFailure,
  WeixinFailureKind,
  WeixinResult,
} from './failure';
export {
  DEFAULT_RETRY,
  DEFAULT_TIMEOUTS,
  DEFAULT_TOKEN_MARGIN_MS,
  WEIXIN_API_BASE,
  type RetryPolicy,
  type TokenMode,
  type WeixinClientOptions,
  type WeixinTimeouts,
} from './options';
export { parseProxyUrl, parseBaseUrl } from './proxy';
export { ENDPOINTS, type EndpointInfo } from './endpoints';
export type { CallOptions, JsonObject } from './call';
export type { ImageFile } from './multipart';
export { UPLOAD_PART_NAME } from './multipart';
export type { CardInfo } from './responses-card';
export type { BatchGetQuery, QrCard, SelfConsumeCell, StockChange } from './api-card';
export type { PoiStore, RawResponse } from './api-misc';
export type { MemberInfo, MemberUpdate } from './api-member';

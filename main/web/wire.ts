/** The web harness's HTTP surface, shared by the server and the browser shim (no Node, no DOM). */

/** Header carrying the per-run token (a header, so a cross-site form or <img> can never send it). */
export const TOKEN_HEADER = 'x-coupon-studio-token';
/** `POST /ipc/<channel>` with body `{ "payload": … }` answers the router's envelope. */
export const IPC_PATH = '/ipc/';
/** `GET /events`: a text/event-stream of `data: {"event":…,"payload":…}` blocks. */
export const EVENTS_PATH = '/events';
/** The shim script the harness injects into index.html before the app bundle. */
export const SHIM_PATH = '/__harness/shim.js';
/** The query parameter of the printed URL the shim reads the token from. */
export const TOKEN_QUERY = 'token';

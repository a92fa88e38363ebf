/**
 * What the preview server and the page it serves agree on besides the contract. The page learns that it came
 * from the preview from a marker meta tag that carries no secret: its access is an HttpOnly cookie it never sees.
 * Every POST it sends carries the request header below, which no cross-site form can send and no cross-origin
 * script can send without a CORS preflight that the server never grants.
 */
export const PREVIEW_PAGE_META = 'broadsheet-preview';
export const PREVIEW_REQUEST_HEADER = 'X-Broadsheet-Request';
/** The header's only accepted value. */
export const PREVIEW_REQUEST_VALUE = 'page';

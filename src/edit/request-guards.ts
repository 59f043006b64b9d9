import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * What the edit server looks at before anything else, as pure functions over a request's method,
 * address and headers: a page that writes files on a civil servant's PC answers only its own tab.
 *
 * - Host: only 127.0.0.1:<port> or localhost:<port>, so a web site that points its own name at
 *   127.0.0.1 (DNS rebinding) is refused.
 * - Who: the token of the printed address, exchanged once for a cookie that scripts cannot read
 *   (HttpOnly) and that no other site's request carries (SameSite=Strict).
 * - Changes and the live stream: Origin must be the page's own and Sec-Fetch-Site same-origin (a
 *   page on another local port is same-site, not same-origin); bodies of a type no HTML form can
 *   send (application/json, application/octet-stream), so a foreign page cannot forge one.
 */

/** The facts of a request that the guards judge. Header names in lower case, as node:http gives them. */
export interface RequestFacts {
  method: string;
  /** the request target as sent: path and query */
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

/** What the server knows to judge a request by. */
export interface GuardKeys {
  port: number;
  /** the secret in the printed address */
  token: string;
}

export type GuardVerdict =
  /** go on with the request, on the path without its query */
  | { kind: 'allow'; path: string; query: URLSearchParams }
  /** the token was right: set the cookie and send the browser to the same path without it */
  | { kind: 'exchange'; location: string; cookie: string }
  | { kind: 'refuse'; status: 400 | 401 | 403 | 404 | 405 | 415 | 421; reason: RefusalReason };

type RefusalReason =
  | 'bad-target'
  | 'not-found'
  | 'wrong-host'
  | 'not-signed-in'
  | 'wrong-token'
  | 'method'
  | 'cross-origin'
  | 'content-type';

/** How each route may be asked: reads are GET; every change, and the live stream, is a POST of its own content type. */
export interface RouteRule {
  method: 'GET' | 'POST';
  /** for POST: the one content type it takes */
  contentType?: 'application/json' | 'application/octet-stream';
}

const header = (facts: RequestFacts, name: string): string | undefined => {
  const value = facts.headers[name];
  return Array.isArray(value) ? undefined : value;
};

/** Host as the browser sent it: the address's own name and the server's port, nothing else. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** The cookie of the server on this port: two servers (two folders) on one machine keep theirs apart. */
export const cookieName = (port: number) => `gecc-edit-${port}`;

/**
 * The cookie's value: derived from the token, so a restarted server that keeps its token (and
 * port) still knows an open tab, and the token itself never sits in the browser's cookie store.
 */
export const cookieValue = (keys: GuardKeys) => createHmac('sha256', keys.token).update(`cookie:${keys.port}`).digest('base64url');

function setCookieHeader(keys: GuardKeys): string {
  return `${cookieName(keys.port)}=${cookieValue(keys)}; HttpOnly; SameSite=Strict; Path=/`;
}

/** The value of one cookie in a Cookie header; the first one of that name wins, as browsers send the most specific first. */
export function cookieFrom(cookieHeader: string | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const at = part.indexOf('=');
    if (at === -1) continue;
    if (part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

/** Compares secrets in a time that does not tell how much of them was right. */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A request that changes something, or opens the live stream: sent by the page itself, from its own origin. */
export function fromOwnPage(facts: RequestFacts, port: number): boolean {
  const origin = header(facts, 'origin');
  const site = header(facts, 'sec-fetch-site');
  return (
    (origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`) &&
    origin === `http://${header(facts, 'host')}` &&
    site === 'same-origin'
  );
}

/** The media type of a Content-Type header, without its parameters, in lower case. */
export function mediaType(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase() || undefined;
}

/**
 * Judges a request before it reaches its route. `rule` is how the route is asked (undefined: an
 * unknown path, which still needs a signed-in request to be told so). A token in the address is
 * exchanged for the cookie on a GET of a page; elsewhere it signs the one request in (a second
 * `gecc edit` asking whether this server is the folder's).
 */
export function guardRequest(facts: RequestFacts, keys: GuardKeys, rule: RouteRule | undefined): GuardVerdict {
  if (!hostAllowed(header(facts, 'host'), keys.port)) return { kind: 'refuse', status: 421, reason: 'wrong-host' };
  let url: URL;
  try {
    // only a path is a request target here (an absolute URL would name another host)
    if (!facts.url.startsWith('/') || facts.url.startsWith('//')) throw new Error('not a path');
    url = new URL(facts.url, `http://127.0.0.1:${keys.port}`);
  } catch {
    return { kind: 'refuse', status: 400, reason: 'bad-target' };
  }
  const token = url.searchParams.get('token');
  const cookie = cookieFrom(header(facts, 'cookie'), cookieName(keys.port));
  const signedIn = sameSecret(cookie, cookieValue(keys));
  if (token !== null) {
    if (!sameSecret(token, keys.token)) return { kind: 'refuse', status: 403, reason: 'wrong-token' };
    if (facts.method === 'GET' && rule?.method === 'GET' && !url.pathname.startsWith('/api/')) {
      url.searchParams.delete('token');
      return { kind: 'exchange', location: `${url.pathname}${url.search}`, cookie: setCookieHeader(keys) };
    }
  } else if (!signedIn) return { kind: 'refuse', status: 401, reason: 'not-signed-in' };
  if (!rule) return { kind: 'refuse', status: 404, reason: 'not-found' };
  if (facts.method !== rule.method) return { kind: 'refuse', status: 405, reason: 'method' };
  if (rule.method === 'POST') {
    if (!fromOwnPage(facts, keys.port)) return { kind: 'refuse', status: 403, reason: 'cross-origin' };
    if (mediaType(header(facts, 'content-type')) !== rule.contentType) return { kind: 'refuse', status: 415, reason: 'content-type' };
  }
  url.searchParams.delete('token');
  return { kind: 'allow', path: url.pathname, query: url.searchParams };
}

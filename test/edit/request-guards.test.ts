import { describe, expect, it } from 'vitest';
import {
  cookieFrom,
  cookieName,
  cookieValue,
  fromOwnPage,
  guardRequest,
  hostAllowed,
  mediaType,
  type RequestFacts,
  type RouteRule,
  sameSecret,
} from '../../src/edit/request-guards.js';

const keys = { port: 57533, token: 'a-token-of-thirty-two-characters' };
const cookie = `${cookieName(keys.port)}=${cookieValue(keys)}`;
const GET: RouteRule = { method: 'GET' };
const SAVE: RouteRule = { method: 'POST', contentType: 'application/json' };
const UPLOAD: RouteRule = { method: 'POST', contentType: 'application/octet-stream' };

/** A request as the page itself sends it; `change` alters one part of it. */
function request(change: Partial<RequestFacts> & { set?: Record<string, string | undefined> } = {}): RequestFacts {
  const headers: RequestFacts['headers'] = {
    host: '127.0.0.1:57533',
    cookie,
    origin: 'http://127.0.0.1:57533',
    'sec-fetch-site': 'same-origin',
    'content-type': 'application/json',
    ...change.set,
  };
  return { method: change.method ?? 'POST', url: change.url ?? '/api/save', headers };
}

describe('the Host a request names', () => {
  it('is the address itself or localhost, on the server port', () => {
    expect(hostAllowed('127.0.0.1:57533', 57533)).toBe(true);
    expect(hostAllowed('localhost:57533', 57533)).toBe(true);
  });

  it.each([
    ['a rebinding site', 'evil.example:57533'],
    ['another port', '127.0.0.1:8080'],
    ['no port', '127.0.0.1'],
    ['the IPv6 loopback', '[::1]:57533'],
    ['a case trick', 'LOCALHOST:57533'],
    ['a trailing dot', 'localhost.:57533'],
    ['none', undefined],
  ])('is refused when it is %s', (_what, host) => {
    expect(hostAllowed(host, 57533)).toBe(false);
    expect(guardRequest(request({ set: { host } }), keys, SAVE)).toEqual({ kind: 'refuse', status: 421, reason: 'wrong-host' });
  });
});

describe('signing in', () => {
  it('exchanges the token of the printed address for the cookie, sending the browser to the address without it', () => {
    const verdict = guardRequest(request({ method: 'GET', url: `/?token=${keys.token}`, set: { cookie: undefined } }), keys, GET);
    expect(verdict).toEqual({
      kind: 'exchange',
      location: '/',
      cookie: `gecc-edit-57533=${cookieValue(keys)}; HttpOnly; SameSite=Strict; Path=/`,
    });
  });

  it('refuses a request with neither token nor cookie, and one with a wrong token or cookie', () => {
    expect(guardRequest(request({ method: 'GET', url: '/', set: { cookie: undefined } }), keys, GET)).toMatchObject({ status: 401 });
    expect(guardRequest(request({ method: 'GET', url: '/?token=guess' }), keys, GET)).toMatchObject({ status: 403, reason: 'wrong-token' });
    expect(guardRequest(request({ set: { cookie: `${cookieName(keys.port)}=guess` } }), keys, SAVE)).toMatchObject({ status: 401 });
    // the cookie of the server on another port (another folder) is not this one's
    const other = { ...keys, port: 57534 };
    expect(guardRequest(request({ set: { cookie: `${cookieName(keys.port)}=${cookieValue(other)}` } }), keys, SAVE)).toMatchObject({
      status: 401,
    });
  });

  it('lets a second gecc edit ask the server who it is with the token, without a cookie', () => {
    const verdict = guardRequest(
      request({ method: 'GET', url: `/api/instance?token=${keys.token}`, set: { cookie: undefined } }),
      keys,
      GET,
    );
    expect(verdict).toMatchObject({ kind: 'allow', path: '/api/instance' });
  });

  it('reads the cookie among others', () => {
    expect(cookieFrom(`a=1; ${cookie}; b=2`, cookieName(keys.port))).toBe(cookieValue(keys));
    expect(cookieFrom('a=1', cookieName(keys.port))).toBeUndefined();
    expect(sameSecret('abc', 'abd')).toBe(false);
    expect(sameSecret('abc', 'abc')).toBe(true);
  });
});

describe('a change, or the live stream', () => {
  it('is allowed from the page itself', () => {
    expect(guardRequest(request(), keys, SAVE)).toMatchObject({ kind: 'allow', path: '/api/save' });
    expect(
      guardRequest(
        request({
          set: { host: 'localhost:57533', origin: 'http://localhost:57533', 'content-type': 'application/octet-stream' },
          url: '/api/upload?name=x.pdf',
        }),
        keys,
        UPLOAD,
      ),
    ).toMatchObject({ kind: 'allow', path: '/api/upload' });
  });

  it.each([
    ['no Origin', { origin: undefined }],
    ['a foreign Origin', { origin: 'https://evil.example' }],
    ['a page on another local port (same site, not same origin)', { origin: 'http://127.0.0.1:8080', 'sec-fetch-site': 'same-site' }],
    ['the other local name than the Host', { origin: 'http://localhost:57533' }],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
    ['no Sec-Fetch-Site', { 'sec-fetch-site': undefined }],
    ['an address typed in the bar', { 'sec-fetch-site': 'none' }],
  ])('is refused with %s', (_what, set) => {
    expect(fromOwnPage(request({ set }), keys.port)).toBe(false);
    expect(guardRequest(request({ set }), keys, SAVE)).toEqual({ kind: 'refuse', status: 403, reason: 'cross-origin' });
  });

  it.each([
    ['a form post', 'application/x-www-form-urlencoded'],
    ['a multipart form', 'multipart/form-data; boundary=x'],
    ['plain text (what a form or sendBeacon can send)', 'text/plain'],
    ['none', undefined],
  ])('is refused when its body is %s', (_what, type) => {
    expect(guardRequest(request({ set: { 'content-type': type } }), keys, SAVE)).toMatchObject({ status: 415, reason: 'content-type' });
  });

  it('takes only its own content type: JSON for values, bytes for files', () => {
    expect(guardRequest(request({ set: { 'content-type': 'application/json' } }), keys, UPLOAD)).toMatchObject({ status: 415 });
    expect(guardRequest(request({ set: { 'content-type': 'Application/JSON; charset=utf-8' } }), keys, SAVE)).toMatchObject({
      kind: 'allow',
    });
    expect(mediaType('text/plain;charset=UTF-8')).toBe('text/plain');
  });

  it('is refused as a GET, and a read as a POST', () => {
    expect(guardRequest(request({ method: 'GET' }), keys, SAVE)).toMatchObject({ status: 405 });
    expect(guardRequest(request({ url: '/' }), keys, GET)).toMatchObject({ status: 405 });
  });
});

describe('the request target', () => {
  it.each([['http://127.0.0.1:57533/api/save'], ['//evil.example/x'], ['*'], ['api/save']])('is a path: %s is refused', (url) => {
    expect(guardRequest(request({ url }), keys, SAVE)).toMatchObject({ status: 400, reason: 'bad-target' });
  });

  it('names a route the server has, for a signed-in request', () => {
    expect(guardRequest(request({ method: 'GET', url: '/secret' }), keys, undefined)).toMatchObject({ status: 404 });
    // not signed in: no hint of which paths exist
    expect(guardRequest(request({ method: 'GET', url: '/secret', set: { cookie: undefined } }), keys, undefined)).toMatchObject({
      status: 401,
    });
  });
});

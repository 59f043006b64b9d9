import { createHash } from 'node:crypto';

/**
 * The headers of every answer of the edit server. The policy names no source outside the server
 * itself: no script, style, font or connection elsewhere, no framing by any page, no form sent
 * anywhere. Scripts are gecc's own files (or, on the upload-day page, its one script allowed by
 * hash); never inline code of the page's.
 */
export function securityHeaders(scriptSource: string = "'self'"): Record<string, string> {
  return {
    'Content-Security-Policy': [
      "default-src 'none'",
      `script-src ${scriptSource}`,
      // the report's score bars are drawn with style attributes
      "style-src 'self' 'unsafe-inline'",
      "font-src 'self' data:",
      "img-src 'self' data:",
      "connect-src 'self'",
      "form-action 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/** The policy's source for one fixed inline script, by its hash. */
export const scriptHashSource = (script: string) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

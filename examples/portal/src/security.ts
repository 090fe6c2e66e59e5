// The portal's security headers and its cross-site request check.

/** The Content-Security-Policy of every page: no inline script, no eval, nothing from elsewhere. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

/** The policy of an email's HTML preview, shown in a sandboxed frame of the mail viewer. */
export const MAIL_PREVIEW_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";

/** Adds the security headers to a response's headers (the CSP unless one is set). */
export function secureHeaders(headers: Headers): Headers {
  if (!headers.has('content-security-policy')) headers.set('content-security-policy', CONTENT_SECURITY_POLICY);
  headers.set('x-content-type-options', 'nosniff');
  headers.set('referrer-policy', 'no-referrer');
  headers.set('cross-origin-opener-policy', 'same-origin');
  if (!headers.has('x-frame-options') && !headers.get('content-security-policy')!.includes("frame-ancestors 'self'")) headers.set('x-frame-options', 'DENY');
  return headers;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a request may change state: safe methods always; others only from the portal itself
 * (`Sec-Fetch-Site: same-origin`, or `none` for a navigation the user typed), or, from a browser
 * that sends no Fetch Metadata, with an `Origin` equal to the portal's. Anything else (a
 * cross-site form, a request with neither header) is refused.
 */
export function allowedOrigin(request: Request, portalOrigin: string): boolean {
  if (SAFE_METHODS.has(request.method)) return true;
  const site = request.headers.get('sec-fetch-site');
  if (site !== null) return site === 'same-origin' || site === 'none';
  return request.headers.get('origin') === portalOrigin;
}

/** @module Security headers for the HTML page and the widget script we serve. */

const COMMON = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

/** The demo page: only our own script, our own API, and inline styles pinned by hash. */
export function pageSecurityHeaders(styleHashes: readonly string[]): Record<string, string> {
  const styles = ["'self'", ...styleHashes.map((hash) => `'${hash}'`)].join(' ');
  return {
    ...COMMON,
    'content-security-policy': [
      "default-src 'none'",
      "script-src 'self'",
      "connect-src 'self'",
      `style-src ${styles}`,
      "img-src 'self' data:",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ].join('; '),
    'x-frame-options': 'DENY',
  };
}

/** The widget script: loadable from any host page, never framed or run as a document. */
export const SCRIPT_SECURITY_HEADERS: Record<string, string> = {
  ...COMMON,
  'content-security-policy': "default-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'cross-origin-resource-policy': 'cross-origin',
};

/** The CSP source of an inline `<style>` element: `sha256-<base64>`. */
export async function styleHash(css: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css));
  return `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

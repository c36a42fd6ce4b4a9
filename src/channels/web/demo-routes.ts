/** @module GET /: the product page with the widget embedded, under a strict CSP; and its favicon. */
import type { AppDependencies } from '../../app';
import { widgetStyleHash } from '../../generated/widget-script.js';
import { createRouter } from '../../http/create-router';
import { DEMO_PAGE_STYLES, FAVICON_SVG, renderDemoPage } from './demo-page';
import { pageSecurityHeaders, styleHash } from './security-headers';

export function createDemoRoutes(dependencies: AppDependencies) {
  let headers: Promise<Record<string, string>> | undefined;
  return createRouter()
    .on('GET', ['/favicon.svg', '/favicon.ico'], (c) =>
      c.body(FAVICON_SVG, 200, {
        'content-type': 'image/svg+xml',
        'cache-control': 'public, max-age=86400',
        'content-security-policy': "default-src 'none'",
      }),
    )
    .get('/', async (c) => {
      headers ??= styleHash(DEMO_PAGE_STYLES).then((pageStyleHash) =>
        pageSecurityHeaders([pageStyleHash, widgetStyleHash]),
      );
      const origin = dependencies.config.publicUrl?.replace(/\/+$/, '') ?? new URL(c.req.url).origin;
      return c.html(renderDemoPage(origin), 200, {
        ...(await headers),
        // why: without PUBLIC_URL the page embeds the Host header, so no shared cache may keep it for other hosts.
        'cache-control': dependencies.config.publicUrl ? 'public, max-age=300' : 'private, no-cache',
      });
    });
}

/** @module GET /widget.js: the embeddable widget, built by scripts/build-widget.ts, compressed, cached and revalidated by ETag. */
import { compress } from 'hono/compress';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';
import widgetScript, { widgetEtag } from '../../generated/widget-script.js';
import { createRouter } from '../../http/create-router';
import { SCRIPT_SECURITY_HEADERS } from './security-headers';

const CACHE_HEADERS = {
  'cache-control': 'public, max-age=3600, stale-while-revalidate=86400',
  etag: `"${widgetEtag}"`,
};

export function createWidgetRoutes() {
  // why: Workers compress at the edge, but plain Node sends bodies as they are; gzip triples the speed on slow links.
  // Hono's etag answers 304 from the build-time ETag set below (the script is hashed once, not per request).
  const revalidate = etag({
    retainedHeaders: [...RETAINED_304_HEADERS, ...Object.keys(SCRIPT_SECURITY_HEADERS)],
  });
  return createRouter().get('/widget.js', revalidate, compress(), (c) => {
    return c.body(widgetScript, 200, {
      'content-type': 'application/javascript; charset=utf-8',
      ...CACHE_HEADERS,
      ...SCRIPT_SECURITY_HEADERS,
    });
  });
}

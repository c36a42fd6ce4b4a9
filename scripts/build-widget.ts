/** @module Bundles and minifies the widget (src/channels/web/widget) into src/generated/widget-script.js with esbuild. */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { WIDGET_STYLES } from '../src/channels/web/widget/widget-styles';

const root = join(import.meta.dirname, '..');
const outputDirectory = join(root, 'src', 'generated');

const result = await build({
  entryPoints: [join(root, 'src', 'channels', 'web', 'widget', 'main.ts')],
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  platform: 'browser',
  charset: 'utf8',
  legalComments: 'none',
  write: false,
});
const script = result.outputFiles[0]!.text;
const etag = createHash('sha256').update(script).digest('base64url').slice(0, 27);
// why: the <style> fallback (browsers without constructed stylesheets) needs this hash in the demo page's CSP.
const styleHash = `sha256-${createHash('sha256').update(WIDGET_STYLES).digest('base64')}`;

mkdirSync(outputDirectory, { recursive: true });
writeFileSync(
  join(outputDirectory, 'widget-script.js'),
  `export default ${JSON.stringify(script)};\nexport const widgetEtag = ${JSON.stringify(etag)};\nexport const widgetStyleHash = ${JSON.stringify(styleHash)};\n`,
);
writeFileSync(
  join(outputDirectory, 'widget-script.d.ts'),
  [
    '/** The minified widget script served at /widget.js. */',
    'declare const script: string;',
    'export default script;',
    '/** A content hash of the script, used as its ETag. */',
    'export declare const widgetEtag: string;',
    '/** The CSP source (sha256-…) of the widget stylesheet. */',
    'export declare const widgetStyleHash: string;',
    '',
  ].join('\n'),
);
const size = Buffer.byteLength(script);
console.log(
  `widget: ${(size / 1024).toFixed(1)} KiB, ${(gzipSync(script).length / 1024).toFixed(1)} KiB gzip → src/generated/widget-script.js`,
);

/** @module TEMPORARY placeholder, replaced by the web channel work: bundles the widget into src/generated. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const outputDirectory = join(import.meta.dirname, '..', 'src', 'generated');
mkdirSync(outputDirectory, { recursive: true });
writeFileSync(join(outputDirectory, 'widget-script.js'), 'export default "";\n');
writeFileSync(
  join(outputDirectory, 'widget-script.d.ts'),
  'declare const script: string;\nexport default script;\n',
);

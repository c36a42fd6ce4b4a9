/** @module Build-time helper: every YAML file under knowledge/rules (templates included), plus extra paths. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const root = join(import.meta.dirname, '..');

function yamlFilesUnder(directory: string): string[] {
  return readdirSync(directory)
    .sort()
    .flatMap((name) => {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) return yamlFilesUnder(path);
      return name.endsWith('.yaml') ? [path] : [];
    });
}

/** The rule files as `{ path, text }`, paths relative to the repository (as error messages show them). */
export function readRuleFiles(extraPaths: string[] = []): Array<{ path: string; text: string }> {
  const paths = [
    ...yamlFilesUnder(join(root, 'knowledge', 'rules')),
    ...extraPaths.map((path) => join(root, path)),
  ];
  return paths.map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));
}

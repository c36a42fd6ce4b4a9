/** @module Build-time helper: files under a knowledge folder; every YAML file under knowledge/rules (templates included), plus extra paths. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const root = join(import.meta.dirname, '..');

/** Every file under a folder whose name ends with `extension`, sorted, sub-folders included. */
export function filesUnder(directory: string, extension: string): string[] {
  return readdirSync(directory)
    .sort()
    .flatMap((name) => {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) return filesUnder(path, extension);
      return name.endsWith(extension) ? [path] : [];
    });
}

/** The rule files as `{ path, text }`, paths relative to the repository (as error messages show them). */
export function readRuleFiles(extraPaths: string[] = []): Array<{ path: string; text: string }> {
  const paths = [
    ...filesUnder(join(root, 'knowledge', 'rules'), '.yaml'),
    ...extraPaths.map((path) => join(root, path)),
  ];
  return paths.map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));
}

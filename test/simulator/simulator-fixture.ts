/** @module The simulator over the real rule data (knowledge/rules), parsed as the build step does. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createSimulator, type RuleBook } from '../../src/simulator';
import { parseRuleFiles } from '../../src/simulator/parameters/parse-rule-files';

const root = join(import.meta.dirname, '..', '..');

function yamlFilesUnder(directory: string): string[] {
  return readdirSync(directory)
    .sort()
    .flatMap((name) => {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) return yamlFilesUnder(path);
      return name.endsWith('.yaml') ? [path] : [];
    });
}

export function readRuleFiles(): Array<{ path: string; text: string }> {
  return yamlFilesUnder(join(root, 'knowledge', 'rules')).map((path) => ({
    path: relative(root, path),
    text: readFileSync(path, 'utf8'),
  }));
}

let cached: RuleBook | undefined;

export function loadRuleBook(): RuleBook {
  cached ??= parseRuleFiles(readRuleFiles());
  return cached;
}

export const simulator = () => createSimulator(loadRuleBook());

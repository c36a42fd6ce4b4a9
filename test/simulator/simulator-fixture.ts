/** @module The simulator over the real rule data (knowledge/rules), parsed as the build step does. */
import { readRuleFiles } from '../../scripts/read-rule-files';

export { readRuleFiles };

import { createSimulator, type RuleBook } from '../../src/simulator';
import { parseRuleFiles } from '../../src/simulator/parameters/parse-rule-files';

let cached: RuleBook | undefined;

export function loadRuleBook(): RuleBook {
  cached ??= parseRuleFiles(readRuleFiles());
  return cached;
}

export const simulator = () => createSimulator(loadRuleBook());

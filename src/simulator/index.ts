/** @module TEMPORARY entry, replaced by the simulator work. */
export { parseRuleFiles, type RuleBook, rulePassages } from './parameters/rule-book';

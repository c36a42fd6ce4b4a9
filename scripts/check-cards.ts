/** @module Authoring check: validates every answer card and prints all errors (for a folder if given) and orphan passages. */

import { parseAnswerCards } from '../src/knowledge/parse-answer-cards';
import { rulePassages } from '../src/simulator/passages/rule-passages';
import { loadSourcePassages, readCardFiles } from './build-knowledge';

const folder = process.argv[2]?.replace(/\/$/, '');
const { guide, rules } = loadSourcePassages();
const passages = new Map([...guide, ...rulePassages(rules)].map((passage) => [passage.id, passage]));
const { cards, errors, orphans } = parseAnswerCards(readCardFiles(), rules, passages);
const mine = errors.filter((error) => !folder || error.file.startsWith(folder));
for (const error of mine) console.log(`ERREUR ${error.message}`);
console.log(
  `${cards.length} fiches valides, ${errors.length} erreur(s)${folder ? ` (${mine.length} dans ${folder})` : ''}`,
);
console.log(`${orphans.length} passage(s) cité(s) par aucune fiche : ${orphans.join(' ')}`);
process.exitCode = mine.length > 0 ? 1 : 0;

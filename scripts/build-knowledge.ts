/** @module Build step: validates knowledge/, builds the French Orama index and writes one generated module. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { AnswerCard, CompiledCard } from '../src/knowledge/answer-card-schema';
// why: direct module imports, because the knowledge and simulator entries load the bundle this script writes.
import type { KnowledgeBundle } from '../src/knowledge/knowledge-bundle';
import { KnowledgeValidationError } from '../src/knowledge/knowledge-validation-error';
import { matchingSettingsSchema } from '../src/knowledge/matching-settings-schema';
import { type CardFile, parseAnswerCards } from '../src/knowledge/parse-answer-cards';
import { parseGuideSection } from '../src/knowledge/parse-guide-section';
import type { Passage } from '../src/knowledge/passage';
import { synonymsSchema } from '../src/knowledge/synonyms-schema';
import { cardFeatures, compileLexicon, type Example, trainCardClassifier } from '../src/matching';
import { type Lexicon, lexiconSchema } from '../src/matching/lexicon-schema';
import { passageTopicStems } from '../src/search';
import { buildSearchIndex } from '../src/search/build-search-index';
import { parseRuleFiles } from '../src/simulator/parameters/parse-rule-files';
import type { RuleBook } from '../src/simulator/parameters/rule-book';
import { renderTemplate } from '../src/simulator/passages/render-template';
import { rulePassages } from '../src/simulator/passages/rule-passages';
import { filesUnder, readRuleFiles } from './read-rule-files';

z.config(z.locales.fr());

const root = join(import.meta.dirname, '..');
const knowledgeDirectory = join(root, 'knowledge');
const outputDirectory = join(root, 'src', 'generated');

const display = (path: string) => relative(root, path);

/** Guide sections and rule passages, validated: what cards cite and search indexes. */
export function loadSourcePassages() {
  const guide = filesUnder(join(knowledgeDirectory, 'guide'), '.md').map((path) =>
    parseGuideSection(display(path), readFileSync(path, 'utf8')),
  );
  const synonymsFile = join(knowledgeDirectory, 'synonyms.yaml');
  const synonyms = synonymsSchema.safeParse(parseYaml(readFileSync(synonymsFile, 'utf8')));
  if (!synonyms.success) throw KnowledgeValidationError.fromZod(display(synonymsFile), synonyms.error);
  const rules = parseRuleFiles(readRuleFiles());
  return { guide, rules, synonyms: synonyms.data };
}

/** Every answer card under knowledge/answers, with its path for error messages. */
export function readCardFiles(): CardFile[] {
  return filesUnder(join(knowledgeDirectory, 'answers'), '.yaml').map((path) => ({
    path: display(path),
    text: readFileSync(path, 'utf8'),
  }));
}

function readYaml<T>(name: string, schema: z.ZodType<T>): T {
  const file = join(knowledgeDirectory, name);
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new KnowledgeValidationError(
      display(file),
      '(fichier)',
      `YAML illisible (${(error as Error).message})`,
    );
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw KnowledgeValidationError.fromZod(display(file), parsed.error);
  return parsed.data;
}

export const readLexicon = (): Lexicon => readYaml('lexicon.yaml', lexiconSchema);

/** Valid cards, or the first error; every passage must be cited by a card (the orphans are listed). */
export function loadCards(rules: RuleBook, passages: Passage[]): AnswerCard[] {
  const parsed = parseAnswerCards(
    readCardFiles(),
    rules,
    new Map(passages.map((passage) => [passage.id, passage])),
  );
  const [error] = parsed.errors;
  if (error) throw error;
  if (parsed.orphans.length > 0)
    throw new KnowledgeValidationError(
      'knowledge/answers',
      'evidence',
      `${parsed.orphans.length} passage(s) cité(s) par aucune fiche : ${parsed.orphans.join(', ')}`,
    );
  return parsed.cards;
}

/** What a card says besides its questions: its titles and each line of its answers (they name the need's vocabulary). */
export const cardTexts = (card: AnswerCard): string[] => [
  card.title.fr,
  card.title.en,
  ...card.answer.fr.split('\n'),
  ...card.answer.en.split('\n'),
];

/** Each question of each card, with its titles and answer lines, as a training example. */
export function trainingExamples(cards: AnswerCard[], lexicon: Lexicon): Example[] {
  const compiled = compileLexicon(lexicon);
  return cards.flatMap((card) =>
    [...cardTexts(card), ...card.questions].map((question) => ({
      features: cardFeatures(question, compiled),
      card: card.id,
    })),
  );
}

const compileCard = (card: AnswerCard, rules: RuleBook): CompiledCard => {
  const { questions: _questions, confusedWith: _confusedWith, ...rest } = card;
  return {
    ...rest,
    answer: {
      fr: renderTemplate(rules, card.answer.fr).text,
      en: renderTemplate(rules, card.answer.en).text,
    },
  };
};

export function buildKnowledgeBundle(): KnowledgeBundle {
  const { guide, rules, synonyms } = loadSourcePassages();
  const passages: Passage[] = [...guide, ...rulePassages(rules)];
  const lexicon = readLexicon();
  const matching = readYaml('matching.yaml', matchingSettingsSchema);
  const cards = loadCards(rules, passages);
  const cardModel = {
    ...trainCardClassifier(trainingExamples(cards, lexicon)),
    temperature: matching.temperature,
  };
  const seen = new Set<string>();
  for (const passage of passages) {
    if (seen.has(passage.id))
      throw new KnowledgeValidationError(passage.heading, 'id', `doublon « ${passage.id} »`);
    seen.add(passage.id);
  }
  const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return {
    version: packageJson.version,
    builtAt: new Date().toISOString(),
    passages,
    synonyms,
    rules,
    searchIndex: buildSearchIndex(passages),
    topicStems: Object.fromEntries(passages.map((passage) => [passage.id, passageTopicStems(passage)])),
    cards: cards.map((card) => compileCard(card, rules)),
    lexicon,
    cardModel,
    matching,
  };
}

function main() {
  const started = performance.now();
  let bundle: KnowledgeBundle;
  try {
    bundle = buildKnowledgeBundle();
  } catch (error) {
    if (error instanceof KnowledgeValidationError) {
      console.error(`build:knowledge — fichier invalide : ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  mkdirSync(outputDirectory, { recursive: true });
  // why: JSON.parse of one string literal loads faster than an object literal of the same size.
  writeFileSync(
    join(outputDirectory, 'knowledge-bundle.js'),
    `// Generated by scripts/build-knowledge.ts. Do not edit.\nexport default JSON.parse(${JSON.stringify(JSON.stringify(bundle))});\n`,
  );
  writeFileSync(
    join(outputDirectory, 'knowledge-bundle.d.ts'),
    "import type { KnowledgeBundle } from '../knowledge/knowledge-bundle';\ndeclare const bundle: KnowledgeBundle;\nexport default bundle;\n",
  );
  const guideCount = bundle.passages.filter((passage) => passage.kind === 'guide').length;
  console.log(
    `build:knowledge — ${guideCount} sections du guide, ${bundle.passages.length - guideCount} passages de règles, ` +
      `${bundle.cards.length} fiches, ${bundle.lexicon.concepts.length} concepts, ` +
      `${bundle.searchIndex.vocabulary.length} mots, ${(performance.now() - started).toFixed(0)} ms`,
  );
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main();

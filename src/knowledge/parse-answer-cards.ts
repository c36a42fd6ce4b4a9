/** @module Build-time parsing of answer cards: schema, figures through parameters only, evidence that holds every figure. */
import { parse as parseYaml } from 'yaml';
import { detectLanguage, normalizeText } from '../search';
import type { RuleBook } from '../simulator/parameters/rule-book';
import { renderTemplate } from '../simulator/passages/render-template';
import { type AnswerCard, answerCardSchema } from './answer-card-schema';
import { KnowledgeValidationError } from './knowledge-validation-error';
import type { Passage } from './passage';

export type CardFile = { path: string; text: string };

/** Figures that must come from a rule parameter, never typed: amounts, rates, durations, headcounts, ages. */
const LITERAL_FIGURE =
  /\d[\d\s.,]*\s?(?:€|%|euros?\b|eur\b|k€|jours?\b|mois\b|heures?\b|h\b|ans?\b|semaines?\b|salariés?\b|days?\b|months?\b|hours?\b|years?\b|weeks?\b|employees?\b)/i;
const PLACEHOLDER = /\{[^{}]+\}/g;
/** Plain numbers in prose; identifiers glued to letters (L6313-1, FA13, bac+5, 62.01Z) are not figures. */
const NUMBER =
  /(?<![\p{L}\d+.,-])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?![\p{L}\d])|(?<![\p{L}\d+.,-])\d+(?:,\d+)?(?![\p{L}\d])/gu;

const numbersIn = (text: string) =>
  (normalizeText(text).match(NUMBER) ?? []).map((raw) => raw.replace(/[ \u00a0\u202f]/g, ''));

function parseOne(file: CardFile): AnswerCard {
  let data: unknown;
  try {
    data = parseYaml(file.text);
  } catch (error) {
    throw new KnowledgeValidationError(
      file.path,
      '(fichier)',
      `YAML illisible (${(error as Error).message})`,
    );
  }
  const parsed = answerCardSchema.safeParse(data);
  if (!parsed.success) throw KnowledgeValidationError.fromZod(file.path, parsed.error);
  const card = parsed.data;
  const parts = file.path.split('/');
  const expectedId = parts.at(-1)?.replace(/\.ya?ml$/, '');
  if (card.id !== expectedId)
    throw new KnowledgeValidationError(
      file.path,
      'id',
      `doit être égal au nom du fichier (« ${expectedId} »)`,
    );
  if (card.family !== parts.at(-2))
    throw new KnowledgeValidationError(
      file.path,
      'family',
      `doit être égal au dossier (« ${parts.at(-2)} »)`,
    );
  const english = card.questions.filter((question) => detectLanguage(question) === 'en').length;
  if (english < 2)
    throw new KnowledgeValidationError(
      file.path,
      'questions',
      `au moins 2 questions en anglais (${english} trouvée(s))`,
    );
  return card;
}

function checkAnswer(
  file: string,
  card: AnswerCard,
  language: 'fr' | 'en',
  rules: RuleBook,
  passages: ReadonlyMap<string, Passage>,
): void {
  const field = `answer.${language}`;
  const template = card.answer[language];
  const literal = LITERAL_FIGURE.exec(template.replace(PLACEHOLDER, ''));
  if (literal)
    throw new KnowledgeValidationError(
      file,
      field,
      `chiffre écrit en clair « ${literal[0].trim()} » : utilisez {paramètre}`,
    );
  let rendered: string;
  try {
    rendered = renderTemplate(rules, template).text;
  } catch (error) {
    throw new KnowledgeValidationError(file, field, (error as Error).message);
  }
  const evidence = card.evidence.map((id) => passages.get(id)?.body ?? '').join('\n');
  const known = new Set(numbersIn(evidence));
  const missing = numbersIn(rendered).filter((number) => number.length > 1 && !known.has(number));
  if (missing.length > 0)
    throw new KnowledgeValidationError(
      file,
      field,
      `valeur(s) ${missing.join(', ')} absente(s) des passages cités dans « evidence »`,
    );
}

export type ParsedCards = { cards: AnswerCard[]; errors: KnowledgeValidationError[]; orphans: string[] };

/**
 * Parses every card and checks it against the rules and passages; collects every error (the build stops on the first,
 * the authoring script prints them all). Orphans are passages that no card cites.
 */
export function parseAnswerCards(
  files: CardFile[],
  rules: RuleBook,
  passages: ReadonlyMap<string, Passage>,
): ParsedCards {
  const cards: AnswerCard[] = [];
  const errors: KnowledgeValidationError[] = [];
  const fileOf = new Map<string, string>();
  for (const file of files) {
    try {
      const card = parseOne(file);
      for (const [index, id] of card.evidence.entries()) {
        if (!passages.has(id))
          throw new KnowledgeValidationError(file.path, `evidence.${index}`, `passage inconnu « ${id} »`);
      }
      checkAnswer(file.path, card, 'fr', rules, passages);
      checkAnswer(file.path, card, 'en', rules, passages);
      if (fileOf.has(card.id)) throw new KnowledgeValidationError(file.path, 'id', `doublon « ${card.id} »`);
      fileOf.set(card.id, file.path);
      cards.push(card);
    } catch (error) {
      if (error instanceof KnowledgeValidationError) errors.push(error);
      else throw error;
    }
  }
  const ids = new Set(fileOf.keys());
  for (const card of cards) {
    const file = fileOf.get(card.id) ?? card.id;
    for (const [index, id] of card.followUps.entries()) {
      if (!ids.has(id))
        errors.push(new KnowledgeValidationError(file, `followUps.${index}`, `fiche inconnue « ${id} »`));
    }
    for (const [index, entry] of (card.confusedWith ?? []).entries()) {
      if (!ids.has(entry.card))
        errors.push(
          new KnowledgeValidationError(
            file,
            `confusedWith.${index}.card`,
            `fiche inconnue « ${entry.card} »`,
          ),
        );
    }
  }
  const cited = new Set(cards.flatMap((card) => card.evidence));
  const orphans = [...passages.keys()].filter((id) => !cited.has(id));
  return { cards, errors, orphans };
}

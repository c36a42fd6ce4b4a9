/** @module Passage ranking for answers: Orama's ranking blended with an IDF-weighted stem coverage of the user's words. */

import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { stopwords as frenchStopWords } from '@orama/stopwords/french';
import type { Passage } from '../../knowledge';
import { normalizeText, type SearchIndex, searchKnowledge, wordsOf } from '../../search';

export type RankedPassage = {
  passage: Passage;
  /** Blended score used for the order. */
  score: number;
  /** Share (0–1, IDF-weighted) of the question's own words found in the passage. */
  coverage: number;
};

export type RankOptions = {
  limit?: number;
  kind?: Passage['kind'];
  /** Extra words from the question's shape: they add to the score but not to the coverage. */
  hints?: string;
};

export type PassageRanker = (query: string, options?: RankOptions) => RankedPassage[];

/** Question words that carry no topic: they would only add noise to the coverage. */
const FILLER_WORDS = new Set(
  'ca cela veut passer passe aller voir savoir connaitre dire mettre donner vouloir veux voudrais souhaite souhaitons besoin marche fonctionne concretement exactement generalement vraiment svp possible comment combien pourquoi quand quoi faut faire fait peut peux peuvent pouvons pouvez doit dois doivent existe existent avoir etre bien vraiment svp stp merci bonjour salut moi toi on je nous vous mon ma mes notre nos votre vos leur leurs est-ce quel quelle quels quelles sont est ont a-t-il y-a-t-il what how why when who which does do is are can could should would my our your the of for to in on it this that there please hello hi quelque chose choses ok d accord alors donc'.split(
    ' ',
  ),
);

/** Stop words that still decide the topic ("pièces avant" / "pièces après" the training). */
const KEPT_WORDS = ['avant', 'apres', 'depuis', 'pendant', 'sans'];

const STOP_WORDS = new Set(frenchStopWords.map(normalizeText));
const stemCache = new Map<string, string>();

/** The stems of a text (same rules as the search excerpts, memoised) plus the kept stop words it contains. */
function topicStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const word of wordsOf(text)) {
    if (KEPT_WORDS.includes(word)) stems.add(word);
    if (word.length <= 1 || STOP_WORDS.has(word)) continue;
    let stem = stemCache.get(word);
    if (stem === undefined) {
      stem = frenchStemmer(word);
      if (stemCache.size < 50_000) stemCache.set(word, stem);
    }
    stems.add(stem);
  }
  return stems;
}

type Indexed = { passage: Passage; titleStems: Set<string>; bodyStems: Set<string> };

const PREFIX_MIN = 4;

const commonPrefix = (left: string, right: string) => {
  let length = 0;
  while (length < left.length && length < right.length && left[length] === right[length]) length += 1;
  return length;
};

/** 1 for an exact stem; 0.7 when one stem starts the other ("livr" / "livrabl") or both share most of their
 * letters ("construit" / "construct"); 0 otherwise. */
function matchIn(stems: Set<string>, stem: string): number {
  if (stems.has(stem)) return 1;
  if (stem.length < PREFIX_MIN) return 0;
  for (const candidate of stems) {
    if (candidate.length < PREFIX_MIN) continue;
    if (candidate.startsWith(stem) || stem.startsWith(candidate)) return 0.7;
    const shared = commonPrefix(candidate, stem);
    if (shared >= 6 && shared >= 0.75 * Math.min(candidate.length, stem.length)) return 0.7;
  }
  return 0;
}

/** Precomputes the passages' stems and IDF once; ranking a question then costs a few hundred set lookups. */
export function createPassageRanker(search: SearchIndex): PassageRanker {
  const indexed: Indexed[] = [...search.passages.values()].map((passage) => ({
    passage,
    titleStems: topicStems(`${passage.title} ${passage.keywords.join(' ')}`),
    // why: a rule's status sentence ("Statut : source officielle…") is metadata, not topic words.
    bodyStems: topicStems(passage.body.replace(/Statut\s*:[^.]*\./g, ' ')),
  }));
  const documentFrequency = new Map<string, number>();
  for (const entry of indexed) {
    for (const stem of new Set([...entry.titleStems, ...entry.bodyStems])) {
      documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
    }
  }
  const total = indexed.length;
  const idf = (stem: string) => Math.log(1 + total / (1 + (documentFrequency.get(stem) ?? 0)));

  return (query, options = {}) => {
    const limit = options.limit ?? 5;
    const words = wordsOf(query).filter((word) => !FILLER_WORDS.has(word));
    const expanded = search.expandQuery(words.join(' ')).split(' ');
    const corrected = expanded.slice(0, words.length);
    const primary = new Set([...topicStems(words.join(' ')), ...topicStems(corrected.join(' '))]);
    const secondary = new Set(
      [...topicStems(expanded.slice(words.length).join(' '))].filter((stem) => !primary.has(stem)),
    );
    const hinted = new Set([...topicStems(options.hints ?? '')].filter((stem) => !primary.has(stem)));
    // why: a misspelt word and its correction are one word; only the better-known form counts in the total.
    const weightTotal = [...topicStems(corrected.join(' '))].reduce((sum, stem) => sum + idf(stem), 0) || 1;

    const orama = searchKnowledge(search, query, {
      limit: 10,
      ...(options.kind ? { kind: options.kind } : {}),
    });
    const topOrama = orama[0]?.score || 1;
    const oramaScore = new Map(orama.map((hit) => [hit.id, hit.score / topOrama]));

    const share = (stems: Set<string>, entry: Indexed) => {
      let matched = 0;
      let total = 0;
      for (const stem of stems) {
        total += idf(stem);
        if (entry.titleStems.has(stem)) matched += idf(stem);
        else if (entry.bodyStems.has(stem)) matched += 0.6 * idf(stem);
      }
      return total ? matched / total : 0;
    };
    const ranked: RankedPassage[] = [];
    for (const entry of indexed) {
      if (options.kind && entry.passage.kind !== options.kind) continue;
      let matched = 0;
      let weighted = 0;
      for (const stem of primary) {
        const inTitle = matchIn(entry.titleStems, stem);
        const inBody = inTitle ? 0 : matchIn(entry.bodyStems, stem);
        if (!inTitle && !inBody) continue;
        matched += idf(stem) * Math.max(inTitle, inBody);
        weighted += idf(stem) * (inTitle ? inTitle : 0.6 * inBody);
      }
      const hintShare = share(hinted, entry);
      // why: a question shape ("pourquoi passer par…") can carry the topic on its own; its words then count.
      const coverage = Math.min(1, Math.max(matched / weightTotal, 0.8 * hintShare));
      const score =
        weighted / weightTotal +
        0.25 * share(secondary, entry) +
        0.7 * hintShare +
        0.25 * (oramaScore.get(entry.passage.id) ?? 0);
      if (score > 0) ranked.push({ passage: entry.passage, score, coverage });
    }
    return ranked.sort((left, right) => right.score - left.score).slice(0, limit);
  };
}

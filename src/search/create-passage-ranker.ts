/** @module Passage ranking for answers: Orama's ranking blended with an IDF-weighted stem coverage of the user's words. */

import type { Passage } from '../knowledge/passage';
import { stemsOf } from './best-sentences';
import { wordsOf } from './normalize-text';
import { type SearchHit, type SearchIndex, searchKnowledge } from './search-index';

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

/** The stems of a text (same rules as the search excerpts) plus the kept stop words it contains. */
const topicStems = (text: string) => stemsOf(text, KEPT_WORDS);

const PREFIX_MIN = 4;

const commonPrefix = (left: string, right: string) => {
  let length = 0;
  while (length < left.length && length < right.length && left[length] === right[length]) length += 1;
  return length;
};

/** 1 for the same stem; 0.7 when one stem starts the other ("livr" / "livrabl") or both share most of their
 * letters ("construit" / "construct"); 0 otherwise. */
function similarity(stem: string, candidate: string): number {
  if (stem === candidate) return 1;
  if (stem.length < PREFIX_MIN || candidate.length < PREFIX_MIN) return 0;
  if (candidate.startsWith(stem) || stem.startsWith(candidate)) return 0.7;
  const shared = commonPrefix(candidate, stem);
  return shared >= 6 && shared >= 0.75 * Math.min(candidate.length, stem.length) ? 0.7 : 0;
}

type Postings = { title: number[]; body: number[] };

export type PassageTopicStems = { title: string[]; body: string[] };

/** The topic stems of a passage's title (with keywords) and body; the build step stores them for every passage. */
export function passageTopicStems(passage: Passage): PassageTopicStems {
  return {
    title: [...topicStems(`${passage.title} ${passage.keywords.join(' ')}`)],
    // why: a rule's status sentence ("Statut : source officielle…") is metadata, not topic words.
    body: [...topicStems(passage.body.replace(/Statut\s*:[^.]*\./g, ' '))],
  };
}

/**
 * Builds an inverted index and IDF once, from stems precomputed at build time when given; ranking a question then walks only the
 * postings of the stems it matches.
 */
export function createPassageRanker(
  search: SearchIndex,
  precomputed?: Readonly<Record<string, PassageTopicStems>>,
): PassageRanker {
  const passages = [...search.passages.values()];
  const postings = new Map<string, Postings>();
  const documentFrequency = new Map<string, number>();
  passages.forEach((passage, index) => {
    const known = precomputed?.[passage.id];
    const { title, body } = known ?? passageTopicStems(passage);
    const titleStems = new Set(title);
    const bodyStems = new Set(body);
    for (const stem of new Set([...titleStems, ...bodyStems])) {
      documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
      const entry = postings.get(stem) ?? { title: [], body: [] };
      (titleStems.has(stem) ? entry.title : entry.body).push(index);
      if (titleStems.has(stem) && bodyStems.has(stem)) entry.body.push(index);
      postings.set(stem, entry);
    }
  });
  const vocabulary = [...postings.keys()];
  const total = passages.length;
  const idf = (stem: string) => Math.log(1 + total / (1 + (documentFrequency.get(stem) ?? 0)));

  // The vocabulary is fixed, so the stems similar to a query stem can be kept once found.
  const similarCache = new Map<string, Array<[string, number]>>();
  const similarStems = (stem: string) => {
    let similar = similarCache.get(stem);
    if (!similar) {
      similar = vocabulary.flatMap((candidate): Array<[string, number]> => {
        const weight = similarity(stem, candidate);
        return weight > 0 ? [[candidate, weight]] : [];
      });
      if (similarCache.size < 20_000) similarCache.set(stem, similar);
    }
    return similar;
  };

  const titleMatch = new Float64Array(total);
  const bodyMatch = new Float64Array(total);
  /** Adds, per passage, the IDF-weighted share of `stems` found exactly in its title (1) or body (0.6). */
  const shareOf = (stems: Set<string>) => {
    const shares = new Float64Array(total);
    let weightTotal = 0;
    for (const stem of stems) {
      const weight = idf(stem);
      weightTotal += weight;
      const entry = postings.get(stem);
      if (!entry) continue;
      for (const index of entry.body) shares[index] = (shares[index] ?? 0) + 0.6 * weight;
      for (const index of entry.title) {
        shares[index] = (shares[index] ?? 0) + weight - (entry.body.includes(index) ? 0.6 * weight : 0);
      }
    }
    if (weightTotal > 0)
      for (let index = 0; index < total; index++) shares[index] = shares[index]! / weightTotal;
    return shares;
  };

  // why: one answer ranks the same question several times (all passages, then rules only); Orama runs once.
  let lastQuery: string | undefined;
  let lastHits: SearchHit[] = [];
  const oramaHits = (query: string) => {
    if (query !== lastQuery) {
      lastHits = searchKnowledge(search, query, { limit: 40, excerpts: false });
      lastQuery = query;
    }
    return lastHits;
  };

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

    const orama = oramaHits(query).filter((hit) => !options.kind || hit.kind === options.kind);
    const topOrama = orama[0]?.score || 1;
    const oramaScore = new Map(orama.slice(0, 10).map((hit) => [hit.id, hit.score / topOrama]));

    const matched = new Float64Array(total);
    const weighted = new Float64Array(total);
    for (const stem of primary) {
      titleMatch.fill(0);
      bodyMatch.fill(0);
      for (const [candidate, weight] of similarStems(stem)) {
        const entry = postings.get(candidate);
        if (!entry) continue;
        for (const index of entry.title) titleMatch[index] = Math.max(titleMatch[index]!, weight);
        for (const index of entry.body) bodyMatch[index] = Math.max(bodyMatch[index]!, weight);
      }
      const weight = idf(stem);
      for (let index = 0; index < total; index++) {
        const inTitle = titleMatch[index]!;
        const inBody = inTitle ? 0 : bodyMatch[index]!;
        if (!inTitle && !inBody) continue;
        matched[index] = matched[index]! + weight * Math.max(inTitle, inBody);
        weighted[index] = weighted[index]! + weight * (inTitle ? inTitle : 0.6 * inBody);
      }
    }
    const secondaryShare = shareOf(secondary);
    const hintShare = shareOf(hinted);

    const ranked: RankedPassage[] = [];
    passages.forEach((passage, index) => {
      if (options.kind && passage.kind !== options.kind) return;
      // why: a question shape ("pourquoi passer par…") can carry the topic on its own; its words then count.
      const coverage = Math.min(1, Math.max(matched[index]! / weightTotal, 0.8 * hintShare[index]!));
      const score =
        weighted[index]! / weightTotal +
        0.25 * secondaryShare[index]! +
        0.7 * hintShare[index]! +
        0.25 * (oramaScore.get(passage.id) ?? 0);
      if (score > 0) ranked.push({ passage, score, coverage });
    });
    return ranked.sort((left, right) => right.score - left.score).slice(0, limit);
  };
}

/** @module Quotes the best sentences of a passage, verbatim, with the citation that carries them. */

import type { Passage } from '../../knowledge';
import { stemsOf } from '../../search';
import type { RankedPassage } from '../act/create-passage-ranker';
import type { Citation } from '../answer-contract';

type Unit = { text: string; isItem: boolean; list: number; paragraph: number; index: number };

/** Splits a passage body into sentences and list items; consecutive items share a list number. */
function unitsOf(body: string): Unit[] {
  const units: Unit[] = [];
  let list = -1;
  let paragraph = -1;
  let previousWasItem = false;
  for (const line of body.split(/\n/)) {
    const trimmed = line.trim();
    if (!trimmed) {
      previousWasItem = false;
      continue;
    }
    if (/^#/.test(trimmed)) continue;
    const item = trimmed.match(/^(?:[-*•]|\d+[.)])\s+(.*)$/);
    if (item?.[1]) {
      if (!previousWasItem) list += 1;
      previousWasItem = true;
      units.push({ text: item[1].trim(), isItem: true, list, paragraph: -1, index: units.length });
      continue;
    }
    previousWasItem = false;
    paragraph += 1;
    for (const sentence of trimmed.split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý«*])/)) {
      if (sentence.trim())
        units.push({ text: sentence.trim(), isItem: false, list: -1, paragraph, index: units.length });
    }
  }
  return units;
}

// Passages are immutable knowledge objects: their units and stems are computed once.
const analyzed = new WeakMap<Passage, { units: Unit[]; stems: Set<string>[] }>();

function analyzedUnitsOf(passage: Passage) {
  let entry = analyzed.get(passage);
  if (!entry) {
    const units = unitsOf(passage.body);
    entry = { units, stems: units.map((unit) => stemsOf(unit.text)) };
    analyzed.set(passage, entry);
  }
  return entry;
}

export type Quote = { markdown: string; citation: Citation; passageId: string };

export type QuoteOptions = {
  /** Units to add besides the opening paragraph, chosen by shared words with the question. */
  extra: number;
  /** Keep the opening paragraph's list and the lists announced by chosen sentences. */
  lists: boolean;
};

const STATUS_SENTENCE = /^Statut\s*:/;
const MAX_LIST_ITEMS = 6;

/** Stems match when equal or when one is a prefix (≥ 5 letters) of the other: "exclu" / "exclus". */
function overlapOf(unitStems: Set<string>, queryStems: Set<string>): number {
  let overlap = 0;
  for (const stem of unitStems) {
    if (queryStems.has(stem)) overlap += 1;
    else if (
      stem.length >= 5 &&
      [...queryStems].some((query) => query.length >= 5 && (query.startsWith(stem) || stem.startsWith(query)))
    ) {
      overlap += 1;
    }
  }
  return overlap;
}

/** The opening paragraph (the direct answer), the question's best units, and the lists they announce. */
export function quotePassage(ranked: RankedPassage, question: string, options: QuoteOptions): Quote {
  const { passage } = ranked;
  const { units, stems } = analyzedUnitsOf(passage);
  const queryStems = stemsOf(question);
  const chosen = new Set<number>();
  const openingIsOneSentence = units.filter((unit) => unit.paragraph === 0).length === 1;
  for (const unit of units) {
    if (unit.paragraph === 0 && unit.index < 2) chosen.add(unit.index);
    // why: guide sections often open with a bare "Oui, …" whose substance is the next paragraph's first sentence.
    if (openingIsOneSentence && unit.paragraph === 1 && units[unit.index - 1]?.paragraph === 0)
      chosen.add(unit.index);
    // why: a rule's status sentence ("donnée incertaine, à confirmer…") must travel with its figures.
    if (STATUS_SENTENCE.test(unit.text)) chosen.add(unit.index);
  }
  // why: the opening often announces a list ("… trois leviers :"); the list is part of the direct answer.
  const afterOpening = units[Math.max(...chosen) + 1];
  if (
    options.lists &&
    afterOpening &&
    !afterOpening.isItem &&
    /:\s*\**\s*$/.test(afterOpening.text) &&
    units[afterOpening.index + 1]?.isItem
  ) {
    chosen.add(afterOpening.index);
  }
  const scored = units
    .filter((unit) => !chosen.has(unit.index))
    .map((unit) => ({ unit, overlap: overlapOf(stems[unit.index] ?? new Set(), queryStems) }))
    .filter((entry) => entry.overlap > 0)
    .sort((left, right) => right.overlap - left.overlap || left.unit.index - right.unit.index);
  for (const { unit } of scored.slice(0, options.extra)) chosen.add(unit.index);
  if (options.lists) {
    for (const index of [...chosen]) {
      const unit = units[index];
      if (!unit) continue;
      const next = units[index + 1];
      const listId = unit.isItem ? unit.list : next?.isItem && !chosen.has(next.index) ? next.list : -1;
      if (listId < 0) continue;
      const items = units.filter((other) => other.isItem && other.list === listId);
      if (items.length > MAX_LIST_ITEMS) continue;
      for (const item of items) chosen.add(item.index);
      const first = items[0];
      const intro = first ? units[first.index - 1] : undefined;
      if (intro && !intro.isItem && /:\s*\**\s*$/.test(intro.text)) chosen.add(intro.index);
    }
  }
  const selected = units.filter((unit) => chosen.has(unit.index));
  const lines: string[] = [];
  let paragraph: string[] = [];
  for (const unit of selected) {
    if (unit.isItem) {
      if (paragraph.length) lines.push(paragraph.join(' '));
      paragraph = [];
      lines.push(`- ${unit.text}`);
    } else {
      paragraph.push(unit.text);
    }
  }
  if (paragraph.length) lines.push(paragraph.join(' '));
  return {
    markdown: lines.join('\n'),
    passageId: passage.id,
    citation: {
      id: passage.id,
      title: passage.title,
      source: passage.source.title,
      excerpt: selected.map((unit) => unit.text).join(' '),
      url: passage.source.url,
    },
  };
}

/** A citation for a passage that supports a computed answer without being quoted in it. */
export function citationOf(ranked: RankedPassage): Citation {
  const { passage } = ranked;
  return {
    id: passage.id,
    title: passage.title,
    source: passage.source.title,
    excerpt: passage.body,
    url: passage.source.url,
  };
}

/** @module Every slot of one message: company codes, quantities and dates (formats), and what the words name (lexicon). */

import { type CompanySlots, readCompanyCodes } from '../../figures';
import { type DateSlots, extractDates } from './extract-dates';
import { extractQuantities, type QuantitySlots } from './extract-quantities';
import { type ConceptSlots, readConceptSlots } from './read-concept-slots';
import type { MessageReading } from './read-message';

export type Slots = CompanySlots & QuantitySlots & DateSlots & ConceptSlots;

/** A percentage, a format: "30 % à distance" gives the distance-learning share when the words name distance learning. */
const PERCENT = /\b(\d{1,3})\s?%/;

/** Reads the slots of one message; `today` (YYYY-MM-DD) anchors relative dates. */
export function extractSlots(reading: MessageReading, today: string): Slots {
  const { text } = reading;
  const named = readConceptSlots(reading);
  const percent = text.match(PERCENT)?.[1];
  if (named.distanceLearningShare === undefined && percent && named.format && named.format !== 'presentiel')
    named.distanceLearningShare = Math.min(1, Number(percent) / 100);
  const company = readCompanyCodes(text);
  // why: a convention named in words ("Syntec") counts among the companies of a message that names several.
  const idccs = [
    ...new Set([
      ...(named.idcc ? [named.idcc] : []),
      ...(company.idccs ?? (company.idcc ? [company.idcc] : [])),
    ]),
  ];
  const slots: Slots = {
    ...named,
    ...company,
    ...(company.idcc || company.invalidIdcc || !named.idcc ? {} : { idcc: named.idcc }),
    ...(idccs.length > 1 ? { idccs } : {}),
    ...extractQuantities(reading),
    ...extractDates(reading, today),
  };
  return Object.fromEntries(Object.entries(slots).filter(([, value]) => value !== undefined)) as Slots;
}

/** Later slots win; an explicit invalid IDCC replaces an earlier valid one and the reverse. */
export function mergeSlots(...layers: Slots[]): Slots {
  const merged: Slots = {};
  for (const layer of layers) {
    if (layer.idcc !== undefined || layer.invalidIdcc !== undefined) {
      delete merged.idcc;
      delete merged.invalidIdcc;
      delete merged.idccs;
    }
    Object.assign(merged, layer);
  }
  return merged;
}

/** @module Every slot of one message: company, quantities, dates, training details. */
import { normalizeText } from '../../search';
import { type CompanySlots, extractCompany } from './extract-company';
import { type DateSlots, extractDates } from './extract-dates';
import { extractQuantities, type QuantitySlots } from './extract-quantities';
import { extractTraining, type TrainingSlots } from './extract-training';

export type Slots = CompanySlots & QuantitySlots & DateSlots & TrainingSlots;

/** Reads the slots of one message; `today` (YYYY-MM-DD) anchors relative dates. */
export function extractSlots(message: string, today: string): Slots {
  const text = normalizeText(message).replace(/\s+/g, ' ');
  const slots: Slots = {
    ...extractCompany(text),
    ...extractQuantities(text),
    ...extractDates(text, today),
    ...extractTraining(text, message),
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
    }
    Object.assign(merged, layer);
  }
  return merged;
}

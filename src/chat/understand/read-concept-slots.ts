/** @module Slots named by words: the lexicon concepts of a message and the values their `sets` give (scheme, level, format…). */
import type { ConceptHit } from '../../matching';
import type { MessageReading } from './read-message';

export type Scheme =
  | 'plan_developpement_competences'
  | 'contrat_professionnalisation'
  | 'periode_reconversion'
  | 'apprentissage'
  | 'vae'
  | 'bilan_competences';

export type ConceptSlots = {
  scheme?: Scheme;
  providerQualiopi?: boolean;
  certificationLevel?: number;
  disability?: boolean;
  format?: 'presentiel' | 'distanciel' | 'mixte';
  distanceLearningShare?: number;
  stage?: 'before' | 'after';
  /** Documents the user says they already have ("j'ai le devis et le programme"), by their usual name. */
  documents?: string[];
  /** An IDCC the words name without ambiguity ("Syntec"). */
  idcc?: string;
  /** The sector words as written, and the sector's usual name, for the membership lookup. */
  sector?: string;
  sectorFamily?: string;
};

/** How far back a negation reaches ("pas de RQTH", "sans handicap"). */
const NEGATION_REACH = 3;
/** How far a self-description reaches ("je suis expert-comptable"): that trade is the asker's, not the client's. */
const SELF_REACH = 3;

type Reading = MessageReading;

const kindOf = (reading: Reading, hit: ConceptHit) => reading.lexicon.concepts.get(hit.id);
const after = (hits: ConceptHit[], id: string, hit: ConceptHit, reach: number) =>
  hits.some((other) => other.id === id && other.end <= hit.start && hit.start - other.end < reach);

/** Values of every hit that sets `slot`, negated booleans turned to false, in text order. */
function valuesOf(reading: Reading, slot: string): { value: string | number | boolean; weak: boolean }[] {
  return reading.hits.flatMap((hit) => {
    const concept = kindOf(reading, hit);
    const value =
      concept?.kind === 'level' && slot === 'certificationLevel' ? concept.value : concept?.sets?.[slot];
    if (value === undefined || !concept) return [];
    const negated = value === true && after(reading.hits, 'cue.negation', hit, NEGATION_REACH);
    return [{ value: negated ? false : value, weak: concept.weak }];
  });
}

/** The first value named, a weak word ("plan") yielding to a precise one ("bilan de compétences"). */
function firstOf(reading: Reading, slot: string) {
  const values = valuesOf(reading, slot);
  return (values.find((entry) => !entry.weak) ?? values[0])?.value;
}

/** A "no" wins over a "yes" for the same fact ("certifié, mais plus Qualiopi"). */
function booleanOf(reading: Reading, slot: string): boolean | undefined {
  const values = valuesOf(reading, slot).map((entry) => entry.value);
  if (values.includes(false)) return false;
  return values.includes(true) ? true : undefined;
}

function formatOf(reading: Reading): ConceptSlots['format'] {
  const formats = new Set(valuesOf(reading, 'format').map((entry) => entry.value));
  if (formats.has('mixte') || (formats.has('distanciel') && formats.has('presentiel'))) return 'mixte';
  return formats.has('distanciel') ? 'distanciel' : formats.has('presentiel') ? 'presentiel' : undefined;
}

/** Document names following "j'ai" / "we have", up to a "but" or a question. */
function documentsOf(reading: Reading): string[] | undefined {
  const have = reading.hits.find((hit) => hit.id === 'cue.have');
  if (!have) return undefined;
  const documents: string[] = [];
  for (const hit of reading.hits.filter((entry) => entry.start >= have.end)) {
    const concept = kindOf(reading, hit);
    if (hit.id === 'cue.but' || concept?.kind === 'shape') break;
    if (concept?.kind === 'document') documents.push(concept.fr[0] ?? hit.id);
  }
  return documents.length > 0 ? [...new Set(documents)] : undefined;
}

/** The sector the question is about: a trade the asker gives as their own only when no other is named. */
function sectorOf(reading: Reading): Pick<ConceptSlots, 'sector' | 'sectorFamily'> {
  const sectors = reading.hits.filter((hit) => kindOf(reading, hit)?.kind === 'sector');
  const chosen = sectors.find((hit) => !after(reading.hits, 'cue.self', hit, SELF_REACH)) ?? sectors[0];
  if (!chosen) return {};
  return {
    sector: reading.tokens.slice(chosen.start, chosen.end).join(' '),
    sectorFamily: kindOf(reading, chosen)?.fr[0],
  };
}

const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;

/** Reads the slots that words name in one message. */
export function readConceptSlots(reading: MessageReading): ConceptSlots {
  const level = firstOf(reading, 'certificationLevel');
  const share = firstOf(reading, 'distanceLearningShare');
  const idcc = firstOf(reading, 'idcc');
  return defined({
    scheme: firstOf(reading, 'scheme') as Scheme | undefined,
    providerQualiopi: booleanOf(reading, 'providerQualiopi'),
    certificationLevel: typeof level === 'number' ? level : undefined,
    disability: booleanOf(reading, 'disability'),
    format: formatOf(reading),
    distanceLearningShare: typeof share === 'number' ? share : undefined,
    stage: firstOf(reading, 'stage') as ConceptSlots['stage'],
    documents: documentsOf(reading),
    idcc: typeof idcc === 'string' ? idcc : undefined,
    ...sectorOf(reading),
  });
}

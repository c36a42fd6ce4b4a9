/** @module The lexicon (knowledge/lexicon.yaml): concepts and the words people use for them, in French and English. */
import { z } from 'zod';

export const CONCEPT_KINDS = [
  /** Funding schemes and procedures: apprentissage, contrat pro, plan, VAE… */
  'scheme',
  /** Documents: devis, convention, facture, certificat de réalisation… */
  'document',
  /** Costs and money words: frais annexes, coûts pédagogiques, salaire, reste à charge… */
  'cost',
  /** Business sectors, with the IDCC they usually point to. */
  'sector',
  /** Who is asking or who it is about: expert-comptable for a client, help-desk agent, apprentice, tutor… */
  'role',
  /** Certification levels (value 3 to 8) and the diplomas that name them. */
  'level',
  /** Question shapes: yes/no, how much, when, who, why, "is this normal or legitimate". */
  'shape',
  /** Other domain topics: OPCO, Atlas, Qualiopi, refus, délai, myAtlas… */
  'topic',
  /** Words that give a number its meaning: salariés, heures, stagiaires… */
  'unit',
  /** A situation of the person: disability. */
  'situation',
  /** Requests addressed to the assistant itself: a person, a summary… */
  'request',
  /** Attempts to make the assistant ignore its rules (refused before matching). */
  'injection',
  /** Insults and abuse (refused before matching). */
  'abuse',
] as const;

const surfaceForms = z.array(z.string().trim().min(1)).default([]);

export const conceptSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z]+\.[a-z0-9_]+$/, 'identifiant attendu : « genre.nom » (ex. scheme.apprentissage)'),
    kind: z.enum(CONCEPT_KINDS),
    fr: surfaceForms,
    en: surfaceForms,
    abbreviations: surfaceForms,
    misspellings: surfaceForms,
    /** Sectors: the IDCC the sector usually applies (a hint; the IDCC decides). */
    idcc: z.array(z.string().regex(/^\d{4}$/)).optional(),
    /** Levels: the certification level (3 to 8); units: the slot the number fills. */
    value: z.union([z.number().int(), z.string()]).optional(),
  })
  .strict();

export const lexiconSchema = z.object({ concepts: z.array(conceptSchema).min(1) }).strict();

export type Concept = z.infer<typeof conceptSchema>;
export type ConceptKind = (typeof CONCEPT_KINDS)[number];
export type Lexicon = z.infer<typeof lexiconSchema>;

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
  /** Subjects the assistant never covers (weather, recipes, sport…), unless a domain word is also there. */
  'off_topic',
  /** Words that mean something only next to another concept (negations, "ignore" before "instructions"…). */
  'cue',
] as const;

const surfaceForms = z.array(z.string().trim().min(1)).default([]);

export const conceptSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z_]+\.[a-z0-9_]+$/, 'identifiant attendu : « genre.nom » (ex. scheme.apprentissage)'),
    kind: z.enum(CONCEPT_KINDS),
    fr: surfaceForms,
    en: surfaceForms,
    abbreviations: surfaceForms,
    misspellings: surfaceForms,
    /** Sectors: the IDCC the sector usually applies (a hint; the IDCC decides). */
    idcc: z.array(z.string().regex(/^\d{4}$/)).optional(),
    /** Levels: the certification level (3 to 8); units: the slot the number fills; schemes: the simulator's name. */
    value: z.union([z.number().int(), z.string()]).optional(),
    /** The concept counts only when one of these concepts follows within `within` words ("ignore" … "consignes"). */
    near: z.array(z.string()).optional(),
    within: z.number().int().min(1).max(20).default(8),
    /** The concept does not count right after one of these words ("j'ignore" is not an order). */
    notAfter: z.array(z.string()).optional(),
    /** Slot values the concept gives when it is named, e.g. `{ scheme: vae }` or `{ disability: true }`. */
    sets: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    /** A word the domain shares with everyday language: it does not outweigh an off-topic subject. */
    weak: z.boolean().default(false),
  })
  .strict()
  .superRefine((concept, context) => {
    if (concept.near?.some((id) => id === concept.id))
      context.addIssue({
        code: 'custom',
        path: ['near'],
        message: 'un concept ne peut pas exiger sa propre présence',
      });
  });

export const lexiconSchema = z
  .object({ concepts: z.array(conceptSchema).min(1) })
  .strict()
  .superRefine((lexicon, context) => {
    const ids = new Set(lexicon.concepts.map((concept) => concept.id));
    lexicon.concepts.forEach((concept, index) => {
      for (const id of concept.near ?? [])
        if (!ids.has(id))
          context.addIssue({
            code: 'custom',
            path: ['concepts', index, 'near'],
            message: `concept inconnu : ${id}`,
          });
    });
  });

export type Concept = z.infer<typeof conceptSchema>;
export type ConceptKind = (typeof CONCEPT_KINDS)[number];
export type Lexicon = z.infer<typeof lexiconSchema>;

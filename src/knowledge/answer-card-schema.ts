/** @module An answer card (knowledge/answers/<family>/<id>.yaml): one user need, the many ways people ask it, one answer. */
import { z } from 'zod';

export const CARD_FAMILIES = [
  'adhesion',
  'atlas',
  'apprentissage',
  'contrat-pro',
  'reconversion',
  'tutorat',
  'plan',
  'financement',
  'dossier',
  'refus',
  'qualiopi',
  'certification',
  'contact',
] as const;

/** What the user can tell us about their own case; a card that depends on it lists the slots it needs. */
export const SLOT_NAMES = [
  'idcc',
  'naf',
  'sector',
  'headcount',
  'level',
  'contractDate',
  'startDate',
  'filingDate',
  'amount',
  'hours',
  'trainees',
  'disability',
  'age',
  'scheme',
] as const;

const localized = z.object({ fr: z.string().trim().min(10), en: z.string().trim().min(10) }).strict();

export const answerCardSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'identifiant attendu en minuscules et tirets'),
    family: z.enum(CARD_FAMILIES),
    /** The need in one question, shown as a follow-up or a clarification choice. */
    title: localized,
    questions: z.array(z.string().trim().min(3).max(600)).min(12, 'au moins 12 façons de poser la question'),
    /** First sentence answers the question; at most 4 short points follow ("- …" lines). Figures as {parameter} only. */
    answer: localized,
    /** Guide sections and rule passages the answer rests on. */
    evidence: z.array(z.string()).min(1),
    needs: z
      .object({
        simulation: z.enum(['membership', 'funding', 'dossier', 'apprenticeship', 'deadline']),
        slots: z.array(z.enum(SLOT_NAMES)).min(1),
      })
      .strict()
      .optional(),
    /** The card hands the conversation to a person (with a summary of the case). */
    handoff: z.boolean().optional(),
    confusedWith: z.array(z.object({ question: z.string().min(3), card: z.string() }).strict()).optional(),
    followUps: z.array(z.string()).max(4).default([]),
  })
  .strict();

export type AnswerCard = z.infer<typeof answerCardSchema>;
export type CardFamily = (typeof CARD_FAMILIES)[number];
export type SlotName = (typeof SLOT_NAMES)[number];

/** A card as the runtime sees it: answers rendered from the rules at build time, questions left out. */
export type CompiledCard = Omit<AnswerCard, 'questions' | 'confusedWith'>;

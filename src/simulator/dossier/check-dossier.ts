/** @module checkDossier: missing documents for a scheme and stage, and the refusal risks with their remedies. */

import { checkFilingDeadline } from '../funding/check-filing-deadline';
import type { DatedValue } from '../parameters/value-at';
import type { ChecklistValue, DocumentValue } from '../parameters/value-shapes';
import type { RefusalReason, SimulationOptions } from '../shared/result-types';
import { todayOf } from '../shared/result-types';
import type { RuleReader } from '../shared/rule-reader';
import { DOCUMENT_CONDITIONS } from './document-conditions';
import type { DossierDocument, DossierFacts, DossierInput, DossierResult } from './dossier-input-schema';
import { matchDocuments } from './match-documents';

const STAGE_KEYS = { before: 'avant', after: 'apres' } as const;

export function createCheckDossier(rules: RuleReader) {
  function documentOf(code: string, date: string, fallback: DatedValue): DossierDocument {
    const dated = rules.valueAt<DocumentValue>(`document.${code}`, date);
    return {
      code,
      label: dated?.value?.label ?? code,
      remedy: dated?.value?.remedy ?? '',
      source: (dated ?? fallback).reference,
    };
  }

  function risks(input: DossierInput, facts: DossierFacts, date: string): RefusalReason[] {
    const reasons: RefusalReason[] = [];
    if (facts.providerQualiopi === false)
      reasons.push(rules.refusal('refus.provider_not_qualiopi', date, true));
    const planLike =
      input.scheme && !['contrat_professionnalisation', 'apprentissage'].includes(input.scheme);
    if (input.stage === 'before' && planLike && input.scheme && facts.requestDate && facts.startDate) {
      // why: the filing rule is read at the training's start, so a rule first published in 2024 is not applied to 2020.
      reasons.push(
        ...checkFilingDeadline(rules, input.scheme, facts.requestDate, facts.startDate, facts.startDate)
          .reasons,
      );
    }
    if (
      input.stage === 'after' &&
      facts.hoursPlanned !== undefined &&
      facts.hoursAttended !== undefined &&
      facts.hoursAttended < facts.hoursPlanned
    ) {
      reasons.push(rules.refusal('refus.no_service_proof', date, false));
    }
    return reasons;
  }

  return function checkDossier(input: DossierInput, options?: SimulationOptions): DossierResult {
    const date = todayOf(options);
    const facts = input.facts ?? {};
    const missingInputs = [...(input.scheme ? [] : ['scheme']), ...(input.stage ? [] : ['stage'])];
    const empty = {
      scheme: input.scheme ?? null,
      stage: input.stage ?? null,
      missingDocuments: [],
      conditionalDocuments: [],
      recognizedDocuments: [],
      unrecognizedDocuments: [],
      refusalReasons: [],
      rulesAsOf: date,
    };
    if (!input.scheme || !input.stage) {
      return {
        ...empty,
        outcome: 'needs_input',
        missingInputs,
        nextSteps: ['Précisez le dispositif et l’étape (avant ou après la formation).'],
      };
    }
    const checklist = rules.valueAt<ChecklistValue>(
      `pieces.${input.scheme}.${STAGE_KEYS[input.stage]}`,
      date,
    );
    if (!checklist?.value) {
      return {
        ...empty,
        outcome: 'needs_input',
        missingInputs: ['scheme'],
        nextSteps: ['Aucune liste de pièces connue pour ce dispositif.'],
      };
    }
    const matches = matchDocuments(rules, input.documents ?? [], date);
    const held = new Set(matches.flatMap((match) => match.codes));
    const missingDocuments: DossierDocument[] = [];
    const conditionalDocuments: DossierResult['conditionalDocuments'] = [];
    for (const item of checklist.value.items) {
      if (item.any_of.some((code) => held.has(code))) continue;
      const condition = item.when ? DOCUMENT_CONDITIONS[item.when] : undefined;
      const applies = condition ? condition.holds(facts) : true;
      if (applies === false) continue;
      const document = documentOf(item.any_of[0]!, date, checklist);
      const alternatives = item.any_of.slice(1).map((code) => documentOf(code, date, checklist).label);
      const described =
        alternatives.length > 0
          ? { ...document, label: [document.label, ...alternatives].join(' ou ') }
          : document;
      if (applies === undefined)
        conditionalDocuments.push({ ...described, condition: condition?.label ?? item.when ?? '' });
      else missingDocuments.push(described);
    }
    const refusalReasons = risks(input, facts, date);
    if (missingDocuments.length > 0) {
      refusalReasons.unshift(
        rules.refusal(
          'refus.missing_documents',
          date,
          true,
          `Pièces manquantes : ${missingDocuments.map((document) => document.label).join(' ; ')}.`,
        ),
      );
    }
    const outcome =
      missingDocuments.length > 0 ? 'incomplete' : refusalReasons.length > 0 ? 'at_risk' : 'complete';
    return {
      ...empty,
      outcome,
      missingDocuments,
      conditionalDocuments,
      recognizedDocuments: matches.flatMap((match) =>
        match.codes.map((code) => ({
          input: match.input,
          code,
          label: documentOf(code, date, checklist).label,
        })),
      ),
      unrecognizedDocuments: matches.filter((match) => match.codes.length === 0).map((match) => match.input),
      refusalReasons,
      missingInputs: [],
      nextSteps: [
        ...missingDocuments.map((document) => document.remedy),
        ...refusalReasons
          .filter((reason) => reason.code !== 'MISSING_DOCUMENTS')
          .map((reason) => reason.remedy),
        ...(checklist.value.note ? [checklist.value.note] : []),
      ],
    };
  };
}

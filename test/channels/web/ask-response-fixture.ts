/** @module A complete engine answer (every optional part present), checked against the shared contract schema. */
import { type AskResponse, askResponseSchema } from '../../../src/chat/answer-contract';

export function createAskResponse(overrides: Partial<AskResponse> = {}): AskResponse {
  return askResponseSchema.parse({
    messageId: 'msg-fixture-1',
    answer:
      'Votre entreprise relève d’**Atlas** (IDCC 1486).\n\n- Prise en charge estimée : voir la carte\n- Déposez la demande **avant** la formation\n\nSource : [Atlas](https://www.opco-atlas.fr/).',
    mode: 'offline',
    degraded: false,
    intent: 'funding',
    status: 'answered',
    locale: 'fr',
    citations: [
      {
        id: 'guide/financement-plan',
        title: 'Financer le plan de développement des compétences',
        source: 'Guide OPCO Atlas',
        excerpt: 'Les coûts pédagogiques sont pris en charge dans la limite des critères de la branche.',
        url: 'https://www.opco-atlas.fr/criteres-financement.html',
      },
      {
        id: 'rules/national-qualiopi',
        title: 'Certification Qualiopi',
        source: 'Règles nationales',
        excerpt: 'Le prestataire doit être certifié Qualiopi.',
      },
    ],
    toolCalls: [
      {
        name: 'simulateFunding',
        input: { scheme: 'plan_developpement_competences', idcc: '1486', headcount: 6 },
        output: {
          outcome: 'eligible',
          amount: 1200,
          remainingCost: 900,
          refusalReasons: [
            {
              code: 'LATE_REQUEST',
              message: 'Demande tardive',
              remedy: 'Déposez avant le début',
              source: 'Guide',
            },
          ],
          missingInputs: [],
          steps: [
            {
              label: 'Coût retenu',
              value: 2100,
              source: { title: 'Critères', href: 'https://www.opco-atlas.fr/' },
            },
          ],
          rulesAsOf: '2026-01-01',
          rulesStatus: 'verified',
        },
      },
    ],
    followUps: ['Quels documents fournir ?', 'Comment suivre ma demande ?'],
    handoff: { reason: 'complex_case', message: 'Un conseiller Atlas peut vous aider.' },
    redactions: [],
    ...overrides,
  });
}

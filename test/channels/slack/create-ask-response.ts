/** @module Builds an AskResponse (the engine's contract) with overrides, for the pure renderers' tests. */
import { type AskResponse, askResponseSchema } from '../../../src/chat/answer-contract';

export function createAskResponse(overrides: Partial<AskResponse> = {}): AskResponse {
  return askResponseSchema.parse({
    messageId: 'msg_0f2c7a1e-4b1d-4d8e-9a47-2f7c1e2d3b4a',
    answer:
      'Pour faire financer une formation, déposez la demande **avant** son début sur [le portail Atlas](https://www.opco-atlas.fr/entreprise).',
    mode: 'offline',
    degraded: false,
    intent: 'funding',
    status: 'answered',
    locale: 'fr',
    citations: [
      {
        id: 'guide-conditions-prise-en-charge',
        title: 'Conditions de prise en charge',
        source: 'Guide OPCO Atlas — conditions',
        excerpt: 'La demande est déposée avant le début de la formation.',
        url: 'https://www.opco-atlas.fr/conditions',
      },
      {
        id: 'guide-pieces-avant-formation',
        title: 'Pièces avant la formation',
        source: 'Guide OPCO Atlas — pièces',
        excerpt: 'Programme, devis et convention.',
        url: 'https://www.opco-atlas.fr/pieces?a=1&b=2',
      },
    ],
    toolCalls: [],
    followUps: [],
    handoff: null,
    redactions: [],
    ...overrides,
  });
}

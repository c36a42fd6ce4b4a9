/** @module Request bodies for /docs that return real results (a computed amount, a verdict), not `needs_input`. */

/** Keyed by path; added to the OpenAPI document as `requestBody.content['application/json'].example`. */
export const REQUEST_EXAMPLES: Record<string, unknown> = {
  '/v1/ask': {
    question: 'Notre cabinet d’expertise comptable (IDCC 787) relève-t-il d’Atlas ?',
  },
  '/api/chat': {
    question: 'Quelles pièces fournir après la formation ?',
    context: { idcc: '1486', headcount: 6 },
  },
  '/v1/simulate/funding': {
    scheme: 'contrat_professionnalisation',
    idcc: '1486',
    headcount: 6,
    certificationLevel: 5,
    hours: 450,
    trainees: 1,
    costExclTax: 4000,
    providerQualiopi: true,
    requestDate: '2026-03-02',
    startDate: '2026-03-16',
    format: 'presentiel',
  },
  '/v1/simulate/membership': { idcc: '1486' },
  '/v1/simulate/apprenticeship': { certificationLevel: 3, headcount: 10, contractDate: '2026-03-02' },
  '/v1/simulate/dossier': {
    stage: 'before',
    scheme: 'plan_developpement_competences',
    documents: ['devis signé', 'programme de la formation'],
    facts: { providerQualiopi: true, paymentMode: 'subrogation' },
  },
};

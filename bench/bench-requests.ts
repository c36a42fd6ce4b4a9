/** @module Realistic requests for the load runs: French HR questions, searches, a funding simulation, a chat turn. */

export const QUESTIONS = [
  'Quel est l’OPCO d’un cabinet d’expertise comptable ?',
  'Comment faire une demande de prise en charge pour une formation ?',
  'Quels documents fournir à Atlas après la formation ?',
  'Mon organisme de formation doit-il être certifié Qualiopi ?',
  'Combien coûte un apprenti de niveau 5 pour une entreprise de 20 salariés ?',
  'Quel est le délai pour déposer une demande de prise en charge ?',
  'Qu’est-ce que le plan de développement des compétences ?',
  'Une ESN de 30 salariés relève-t-elle de l’OPCO Atlas ?',
];

export const SEARCHES = [
  'prise en charge contrat de professionnalisation',
  'qualiopi organisme de formation',
  'adhésion atlas idcc',
  'aide embauche apprenti',
  'pièces justificatives facture',
];

const json = { 'content-type': 'application/json' };

const isoDate = (daysFromNow: number) =>
  new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);

export function askRequests() {
  return QUESTIONS.map((question) => ({
    method: 'POST',
    path: '/v1/ask',
    headers: json,
    body: JSON.stringify({ question }),
  }));
}

export function searchRequests() {
  return SEARCHES.map((query) => ({ method: 'GET', path: `/v1/search?q=${encodeURIComponent(query)}` }));
}

export function fundingRequests() {
  return [
    { headcount: 12, hours: 35, costExclTax: 1800 },
    { headcount: 8, hours: 14, costExclTax: 900 },
    { headcount: 45, hours: 70, costExclTax: 4200 },
  ].map((situation) => ({
    method: 'POST',
    path: '/v1/simulate/funding',
    headers: json,
    body: JSON.stringify({
      scheme: 'plan_developpement_competences',
      idcc: '1486',
      trainees: 1,
      providerQualiopi: true,
      requestDate: isoDate(0),
      startDate: isoDate(30),
      format: 'presentiel',
      ...situation,
    }),
  }));
}

export function chatRequests() {
  return QUESTIONS.slice(0, 4).map((question, index) => ({
    method: 'POST',
    path: '/api/chat',
    headers: json,
    body: JSON.stringify({
      id: `soak-${index}`,
      trigger: 'submit-message',
      messages: [{ id: `u-${index}`, role: 'user', parts: [{ type: 'text', text: question }] }],
    }),
  }));
}

export function feedbackRequests(messageId: string) {
  return [
    { rating: 'up' },
    { rating: 'down', reason: 'incomplete', comment: 'Il manque le délai exact.' },
  ].map((vote) => ({
    method: 'POST',
    path: '/v1/feedback',
    headers: json,
    body: JSON.stringify({ messageId, channel: 'web', ...vote }),
  }));
}

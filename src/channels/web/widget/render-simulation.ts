/** @module Simulator results as cards: outcome, amounts, refusal reasons with remedies, rule date and status. */
import type { SimulationData } from '../chat-stream-parts';
import { element, externalLink } from './dom';
import { keepAmountsTogether as glue } from './keep-amounts-together';
import { safeHref } from './parse-markdown';

const TITLES: Record<string, string> = {
  simulateFunding: 'Simulation de prise en charge',
  checkMembership: 'Rattachement à l’OPCO',
  apprenticeshipCosts: 'Coûts et aides de l’apprentissage',
  checkDossier: 'Vérification du dossier',
};

const LABELS: Record<string, string> = {
  eligible: 'Éligible',
  partially_eligible: 'Partiellement éligible',
  not_eligible: 'Non éligible',
  needs_input: 'Informations à compléter',
  rates_unknown: 'Taux non publié',
  atlas: 'Relève d’Atlas',
  other_opco: 'Relève d’un autre OPCO',
  unknown: 'Indéterminé',
  high: 'élevée',
  medium: 'moyenne',
  low: 'faible',
  computed: '',
};

const RULE_STATUS: Record<string, string> = {
  verified: 'vérifiées',
  indicative: 'indicatives',
  unknown: 'non vérifiées',
};

const INPUTS: Record<string, string> = {
  scheme: 'le dispositif',
  idcc: 'le code IDCC',
  naf: 'le code NAF',
  headcount: 'l’effectif',
  hours: 'la durée en heures',
  trainees: 'le nombre de salariés formés',
  costExclTax: 'le coût HT',
  providerQualiopi: 'la certification Qualiopi de l’organisme',
  requestDate: 'la date de la demande',
  startDate: 'la date de début',
  format: 'la modalité (présentiel, distanciel)',
  certificationLevel: 'le niveau du diplôme',
  contractDate: 'la date du contrat',
};

const AMOUNTS: Array<[path: string, label: string]> = [
  ['amount', 'Prise en charge estimée'],
  ['remainingCost', 'Reste à charge'],
  ['hiringAid.amount', 'Aide à l’embauche'],
  ['employerParticipation.amount', 'Participation employeur'],
  ['npec.amount', 'Niveau de prise en charge (NPEC)'],
];

type Row = Record<string, unknown>;
const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null;
const read = (value: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((current, key) => (isRow(current) ? current[key] : undefined), value);
const label = (value: unknown) => (typeof value === 'string' ? (LABELS[value] ?? value) : '');

const euros = (value: number) =>
  new Intl.NumberFormat('fr-FR', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(value);

function frenchDate(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return '';
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return date.toLocaleDateString('fr-FR', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

/** A source given as text, or as `{ title, href | url }`. */
function renderSource(source: unknown): Node | string | null {
  if (typeof source === 'string') return safeHref(source) ? externalLink(source, ['Source']) : source;
  if (!isRow(source)) return null;
  const title = typeof source.title === 'string' ? source.title : 'Source';
  const href = [source.href, source.url].find((value): value is string => typeof value === 'string');
  return href && safeHref(href) ? externalLink(href, [title]) : title;
}

function renderList(title: string, items: unknown, render: (item: Row) => Array<Node | string | null>) {
  if (!Array.isArray(items) || items.length === 0) return null;
  return element('div', { class: 'card-list' }, [
    element('p', { class: 'card-subtitle' }, [title]),
    element(
      'ul',
      {},
      items.map((item) =>
        element(
          'li',
          {},
          isRow(item) ? render(item).filter(Boolean) : [typeof item === 'string' ? glue(item) : ''],
        ),
      ),
    ),
  ]);
}

const reasonLine = (item: Row) => [
  element('strong', {}, [glue(String(item.message ?? item.label ?? item.code ?? ''))]),
  item.blocking === true ? element('span', { class: 'badge badge-not_eligible' }, ['bloquant']) : null,
  typeof item.remedy === 'string'
    ? element('span', { class: 'remedy' }, [glue(`Solution : ${item.remedy}`)])
    : null,
  item.source ? element('span', { class: 'card-source' }, [renderSource(item.source)]) : null,
];

export function renderSimulation(simulation: SimulationData): HTMLElement | null {
  const output = simulation.output;
  const title = TITLES[simulation.name];
  if (!title || !isRow(output)) return null;
  const rows = AMOUNTS.flatMap(([path, text]) => {
    const value = read(output, path);
    return typeof value === 'number' ? [element('dt', {}, [text]), element('dd', {}, [euros(value)])] : [];
  });
  if (typeof output.opco === 'string')
    rows.push(element('dt', {}, ['OPCO']), element('dd', {}, [output.opco]));
  if (typeof output.confidence === 'string')
    rows.push(element('dt', {}, ['Confiance']), element('dd', {}, [label(output.confidence)]));
  const rulesDate = frenchDate(output.rulesAsOf ?? output.asOf);
  const rulesStatus = typeof output.rulesStatus === 'string' ? (RULE_STATUS[output.rulesStatus] ?? '') : '';
  const missing = Array.isArray(output.missingInputs)
    ? output.missingInputs.filter((item) => typeof item === 'string').map((item) => INPUTS[item] ?? item)
    : [];
  const badge = label(output.outcome);
  return element('div', { class: 'card' }, [
    element('h3', { class: 'card-title' }, [
      title,
      badge ? element('span', { class: `badge badge-${String(output.outcome)}` }, [badge]) : null,
    ]),
    rows.length > 0 ? element('dl', {}, rows) : null,
    renderList(
      Array.isArray(output.refusalReasons) &&
        output.refusalReasons.every((reason) => isRow(reason) && reason.blocking === false)
        ? 'Points de vigilance'
        : 'Motifs de refus',
      output.refusalReasons,
      reasonLine,
    ),
    renderList('Risques', output.risks, reasonLine),
    renderList('Pièces manquantes', output.missingDocuments, reasonLine),
    missing.length > 0
      ? element('p', { class: 'card-missing' }, [`À préciser : ${missing.join(', ')}.`])
      : null,
    renderList('À faire', output.nextSteps, () => []),
    rulesDate || rulesStatus
      ? element('p', { class: 'card-rules' }, [
          `Règles ${rulesStatus ? `${rulesStatus} ` : ''}${rulesDate ? `au ${rulesDate}` : ''}`.trim(),
        ])
      : null,
    Array.isArray(output.steps) && output.steps.length > 0
      ? element('details', { class: 'card-steps' }, [
          element('summary', {}, ['Détail du calcul']),
          element(
            'ol',
            {},
            output.steps
              .filter(isRow)
              .map((step) =>
                element('li', {}, [
                  `${String(step.label ?? '')}${step.value !== undefined && step.value !== null ? ` : ${typeof step.value === 'number' ? step.value.toLocaleString('fr-FR') : String(step.value)}` : ''}`,
                  step.source
                    ? element('span', { class: 'card-source' }, [' — ', renderSource(step.source)])
                    : null,
                ]),
              ),
          ),
        ])
      : null,
  ]);
}

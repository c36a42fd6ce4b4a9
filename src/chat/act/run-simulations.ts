/** @module Act: runs the simulator calls the question needs, with the slots known so far, and records them as tool calls. */
import { normalizeText } from '../../search';
import type {
  ApprenticeshipInput,
  ApprenticeshipResult,
  DossierInput,
  DossierResult,
  FundingInput,
  FundingResult,
  MembershipInput,
  MembershipResult,
  Simulator,
} from '../../simulator';
import type { ToolCall } from '../answer-contract';
import type { Understanding } from '../understand/understand-question';

export type ApprenticeshipTopic = 'hiring_aid' | 'participation' | 'npec' | 'tutor' | 'ancillary';

export type Simulations = {
  toolCalls: ToolCall[];
  membership?: { input: MembershipInput; result: MembershipResult };
  funding?: { input: FundingInput; result: FundingResult };
  apprenticeship?: {
    input: ApprenticeshipInput;
    result: ApprenticeshipResult;
    topics: ApprenticeshipTopic[];
  };
  dossier?: { input: DossierInput; result: DossierResult };
};

const QUANTITY_QUESTION =
  /\b(combien(?! (d'heures|de temps|de mois|de jours|de semaines|de salaries|d'apprentis|de stagiaires))|montant|how much|amount|chiffr\w*|estim\w*|simul\w*|calcul\w*|quel(le)? (somme|prise en charge|financement|budget))\b/;
// why: only the plan-like schemes are reserved to small companies, so a headcount alone matters for them.
const PLAN_LIKE = ['plan_developpement_competences', 'vae', 'bilan_competences'];
const TRAINING_CONTEXT = /\b(formations?|former|stage|session|cours|training|course|module|certification)\b/;

const APPRENTICESHIP_TOPICS: ReadonlyArray<[RegExp, ApprenticeshipTopic]> = [
  [
    /\b(aides? (a|de) l'embauche|aides? (unique|exceptionnelle|de l'etat|financieres?)|primes?|quelles? aides?|l'aide|les aides|aide pour|hiring (aid|grant|bonus)|subsid\w*|grants?)\b/,
    'hiring_aid',
  ],
  [/\b(participation|reste a charge|a charge de l'employeur|employer contribution)\b/, 'participation'],
  [/\b(npec|niveau de prise en charge|cout du contrat|cout de la formation|financement du cfa)\b/, 'npec'],
  [/\b(tuteurs?|tutorat|maitres? d'apprentissage|tutor\w*|mentor\w*)\b/, 'tutor'],
  [
    /\b(frais annexes|hebergement|nuitees?|repas|restauration|equipement|accommodation|meals?|equipment)\b/,
    'ancillary',
  ],
];

function apprenticeshipTopics(text: string, understanding: Understanding): ApprenticeshipTopic[] {
  const topics = APPRENTICESHIP_TOPICS.filter(([pattern]) => pattern.test(text)).map(([, topic]) => topic);
  const { slots } = understanding;
  const hasContract = slots.certificationLevel !== undefined || slots.disability !== undefined;
  if (topics.length === 0 && hasContract) {
    return ['hiring_aid', 'participation', 'npec'];
  }
  // why: "aide au maître d'apprentissage" is about the tutor, not the hiring aid.
  if (topics.includes('tutor') && !/\bembauche|hiring\b/.test(text))
    return topics.filter((topic) => topic !== 'hiring_aid');
  return topics;
}

const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;

function fundingInputOf(understanding: Understanding, text: string, today: string): FundingInput {
  const { slots } = understanding;
  const scheme =
    slots.scheme ??
    (TRAINING_CONTEXT.test(text) && !/\b(apprenti\w*|alternan\w*)\b/.test(text)
      ? 'plan_developpement_competences'
      : undefined);
  const startDate = slots.startDate ?? (slots.startedAlready ? today : undefined);
  return defined({
    scheme,
    idcc: slots.idcc,
    headcount: slots.headcount,
    hours: slots.hours,
    trainees: slots.trainees,
    costExclTax: slots.costExclTax,
    providerQualiopi: slots.providerQualiopi,
    requestDate: slots.requestDate ?? today,
    startDate,
    format: slots.format,
  });
}

function hasFundingFacts(understanding: Understanding, text: string): boolean {
  const { slots } = understanding;
  return (
    slots.costExclTax !== undefined ||
    slots.hours !== undefined ||
    slots.trainees !== undefined ||
    slots.providerQualiopi !== undefined ||
    slots.startDate !== undefined ||
    slots.startedAlready === true ||
    (slots.headcount !== undefined && (PLAN_LIKE.includes(slots.scheme ?? '') || TRAINING_CONTEXT.test(text)))
  );
}

/** Decides and runs the simulations; each one is recorded with its exact input and output. */
export function runSimulations(
  simulator: Simulator,
  understanding: Understanding,
  today: string,
): Simulations {
  const simulations: Simulations = { toolCalls: [] };
  const text = normalizeText(`${understanding.searchText}`);
  const { intent, slots } = understanding;
  const record = <I, O>(name: string, input: I, run: (input: I) => O): O => {
    const output = run(input);
    simulations.toolCalls.push({ name, input, output });
    return output;
  };

  if (intent === 'membership' && !slots.invalidIdcc && (slots.idcc || slots.naf || slots.sector)) {
    let input = defined<MembershipInput>({ idcc: slots.idcc, naf: slots.naf, sector: slots.sector });
    let result = record('checkMembership', input, (value) => simulator.checkMembership(value, { today }));
    // why: users write "néobanque" or "boîte de data"; the sector family's name may be known when their word is not.
    const family = slots.sectorFamily;
    if (
      !slots.idcc &&
      !slots.naf &&
      result.outcome === 'unknown' &&
      result.candidates.length === 0 &&
      family
    ) {
      input = { sector: family };
      result = record('checkMembership', input, (value) => simulator.checkMembership(value, { today }));
    }
    simulations.membership = { input, result };
  }

  // why: a known IDCC of another OPCO changes every answer ("faites financer par AKTO"), whatever was asked.
  const fundingChecksIdcc =
    (intent === 'funding' || intent === 'refusal' || intent === 'documents') &&
    hasFundingFacts(understanding, text);
  if (intent !== 'membership' && slots.idcc && !fundingChecksIdcc) {
    const input = { idcc: slots.idcc };
    const result = record('checkMembership', input, (value) => simulator.checkMembership(value, { today }));
    if (result.outcome !== 'atlas') simulations.membership = { input, result };
  }

  const fundingWanted =
    (intent === 'funding' &&
      (QUANTITY_QUESTION.test(normalizeText(understanding.searchText)) ||
        hasFundingFacts(understanding, text))) ||
    ((intent === 'refusal' || intent === 'documents') && hasFundingFacts(understanding, text));
  if (fundingWanted && !slots.invalidIdcc) {
    const input = fundingInputOf(understanding, text, today);
    simulations.funding = {
      input,
      result: record('simulateFunding', input, (value) => simulator.simulateFunding(value, { today })),
    };
  }

  if (intent === 'apprenticeship') {
    const topics = apprenticeshipTopics(text, understanding);
    if (topics.length > 0) {
      const input = defined<ApprenticeshipInput>({
        certificationLevel: slots.certificationLevel,
        headcount: slots.headcount,
        contractDate: slots.contractDate ?? slots.startDate ?? slots.periodDate ?? today,
        disability: slots.disability,
        distanceLearningShare: slots.distanceLearningShare,
      });
      const result = record('apprenticeshipCosts', input, (value) =>
        simulator.apprenticeshipCosts(value, { today }),
      );
      simulations.apprenticeship = { input, result, topics };
    }
  }

  if (intent === 'documents' && slots.documents && slots.documents.length > 0) {
    const input = defined<DossierInput>({
      stage: slots.stage ?? 'before',
      scheme: slots.scheme ?? 'plan_developpement_competences',
      documents: slots.documents,
      facts: defined({
        providerQualiopi: slots.providerQualiopi,
        startDate: slots.startDate,
        requestDate: slots.startDate ? (slots.requestDate ?? today) : undefined,
        format: slots.format,
      }),
    });
    simulations.dossier = {
      input,
      result: record('checkDossier', input, (value) => simulator.checkDossier(value, { today })),
    };
  }
  return simulations;
}

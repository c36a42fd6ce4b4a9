/** @module Act: runs the simulator calls the question needs, with the slots known so far, and records them as tool calls. */
import type { CompiledLexicon } from '../../matching';
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
  TransmissionDeadlineInput,
  TransmissionDeadlineResult,
} from '../../simulator';
import type { ToolCall } from '../answer-contract';
import type { Understanding } from '../understand/understand-question';

export type ApprenticeshipTopic = 'hiring_aid' | 'participation' | 'npec' | 'tutor' | 'ancillary';

export type Simulations = {
  toolCalls: ToolCall[];
  membership?: { input: MembershipInput; result: MembershipResult };
  /** One check per IDCC when the message names several companies or conventions. */
  memberships?: { input: MembershipInput; result: MembershipResult }[];
  funding?: { input: FundingInput; result: FundingResult };
  apprenticeship?: {
    input: ApprenticeshipInput;
    result: ApprenticeshipResult;
    topics: ApprenticeshipTopic[];
  };
  dossier?: { input: DossierInput; result: DossierResult };
  /** The last day to send an alternance contract whose start the user gave. */
  deadline?: { input: TransmissionDeadlineInput; result: TransmissionDeadlineResult };
};

// why: only the plan-like schemes are reserved to small companies, so a headcount alone matters for them.
const PLAN_LIKE = ['plan_developpement_competences', 'vae', 'bilan_competences'];
const NAMES_APPRENTICESHIP = ['scheme.apprentissage', 'scheme.alternance', 'role.apprenti', 'role.alternant'];
const APPRENTICESHIP_TOPICS: readonly ApprenticeshipTopic[] = [
  'hiring_aid',
  'participation',
  'npec',
  'tutor',
  'ancillary',
];

const has = (understanding: Understanding, ids: readonly string[]) =>
  ids.some((id) => understanding.concepts.includes(id));

function apprenticeshipTopics(understanding: Understanding, lexicon: CompiledLexicon): ApprenticeshipTopic[] {
  const named = new Set(
    understanding.concepts.map((id) => lexicon.concepts.get(id)?.sets?.apprenticeshipTopic),
  );
  const topics = APPRENTICESHIP_TOPICS.filter((topic) => named.has(topic));
  const { slots } = understanding;
  const hasContract = slots.certificationLevel !== undefined || slots.disability !== undefined;
  if (topics.length === 0 && hasContract) {
    return ['hiring_aid', 'participation', 'npec'];
  }
  // why: "aide au maître d'apprentissage" is about the tutor, not the hiring aid.
  if (topics.includes('tutor') && !has(understanding, ['topic.aide_embauche']))
    return topics.filter((topic) => topic !== 'hiring_aid');
  return topics;
}

const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;

function fundingInputOf(understanding: Understanding, today: string): FundingInput {
  const { slots } = understanding;
  const scheme =
    slots.scheme ??
    (has(understanding, ['topic.formation']) && !has(understanding, NAMES_APPRENTICESHIP)
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

function hasFundingFacts(understanding: Understanding): boolean {
  const { slots } = understanding;
  return (
    slots.costExclTax !== undefined ||
    slots.hours !== undefined ||
    slots.trainees !== undefined ||
    slots.providerQualiopi !== undefined ||
    slots.startDate !== undefined ||
    slots.startedAlready === true ||
    (slots.headcount !== undefined &&
      (PLAN_LIKE.includes(slots.scheme ?? '') || has(understanding, ['topic.formation'])))
  );
}

/** Decides and runs the simulations; each one is recorded with its exact input and output. */
export function runSimulations(
  simulator: Simulator,
  lexicon: CompiledLexicon,
  understanding: Understanding,
  today: string,
): Simulations {
  const simulations: Simulations = { toolCalls: [] };
  const { intent, slots } = understanding;
  const record = <I, O>(name: string, input: I, run: (input: I) => O): O => {
    const output = run(input);
    simulations.toolCalls.push({ name, input, output });
    return output;
  };

  if (intent === 'membership' && slots.idccs && slots.idccs.length > 1) {
    simulations.memberships = slots.idccs.map((idcc) => {
      const input = { idcc };
      return {
        input,
        result: record('checkMembership', input, (value) => simulator.checkMembership(value, { today })),
      };
    });
  } else if (intent === 'membership' && !slots.invalidIdcc && (slots.idcc || slots.naf || slots.sector)) {
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
    hasFundingFacts(understanding);
  if (intent !== 'membership' && slots.idcc && !fundingChecksIdcc) {
    const input = { idcc: slots.idcc };
    const result = record('checkMembership', input, (value) => simulator.checkMembership(value, { today }));
    if (result.outcome !== 'atlas') simulations.membership = { input, result };
  }

  const fundingWanted =
    (intent === 'funding' && (understanding.asksAmount || hasFundingFacts(understanding))) ||
    ((intent === 'refusal' || intent === 'documents') && hasFundingFacts(understanding));
  if (fundingWanted && !slots.invalidIdcc) {
    const input = fundingInputOf(understanding, today);
    simulations.funding = {
      input,
      result: record('simulateFunding', input, (value) => simulator.simulateFunding(value, { today })),
    };
  }

  if (intent === 'apprenticeship') {
    const topics = apprenticeshipTopics(understanding, lexicon);
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

  // why: "jusqu'à quand pour transmettre le contrat qui commence le …" is answered with the date, counted as the law says.
  const alternance = slots.scheme === 'apprentissage' || slots.scheme === 'contrat_professionnalisation';
  if (intent === 'documents' && alternance && slots.startDate && !slots.documents) {
    const input: TransmissionDeadlineInput = {
      scheme: slots.scheme === 'apprentissage' ? 'apprentissage' : 'contrat_professionnalisation',
      startDate: slots.startDate,
    };
    simulations.deadline = {
      input,
      result: record('transmissionDeadline', input, (value) => simulator.transmissionDeadline(value)),
    };
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

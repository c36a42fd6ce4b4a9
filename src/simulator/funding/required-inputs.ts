/** @module The inputs each scheme needs before a simulation can conclude. */
import type { FundingInput, Scheme } from './funding-input-schema';

type InputName = keyof FundingInput;

const TRAINING: InputName[] = [
  'idcc',
  'hours',
  'trainees',
  'costExclTax',
  'providerQualiopi',
  'requestDate',
  'startDate',
];

export const REQUIRED_INPUTS: Record<Scheme, InputName[]> = {
  plan_developpement_competences: ['idcc', 'headcount', ...TRAINING.slice(1)],
  bilan_competences: ['idcc', 'headcount', ...TRAINING.slice(1)],
  vae: ['idcc', 'headcount', ...TRAINING.slice(1)],
  contrat_professionnalisation: TRAINING,
  periode_reconversion: TRAINING,
  apprentissage: ['idcc', 'providerQualiopi', 'requestDate', 'startDate'],
};

/** Every missing input, in a stable order; without a scheme, the scheme plus the inputs all schemes need. */
export function missingInputsOf(input: FundingInput): InputName[] {
  const required = input.scheme
    ? REQUIRED_INPUTS[input.scheme]
    : ([
        'scheme',
        ...Object.values(REQUIRED_INPUTS).reduce((common, names) =>
          common.filter((name) => names.includes(name)),
        ),
      ] as InputName[]);
  return required.filter((name) => input[name] === undefined || input[name] === null);
}

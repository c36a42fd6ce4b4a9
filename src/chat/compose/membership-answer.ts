/** @module Sentences for membership: the checkMembership result, or the question to ask when the IDCC is missing or malformed. */

import type { Language } from '../../search';
import type { MembershipResult } from '../../simulator';
import { say } from './wording';

export type Section = {
  blocks: string[];
  status: 'answered' | 'clarification' | 'abstained';
  handoff?: 'branch_rates' | 'no_answer';
};

const bullets = (lines: readonly string[]) => lines.map((line) => `- ${line}`).join('\n');

/** A malformed IDCC ("abc", "12345"): say why and where to find the right one. */
export function invalidIdccSection(raw: string, language: Language): Section {
  return {
    status: 'clarification',
    blocks: [
      say(
        language,
        `« ${raw} » n’est pas un code IDCC valide : un IDCC s’écrit avec 1 à 4 chiffres, par exemple 1486 ou 0787.`,
        `“${raw}” is not a valid IDCC code: an IDCC has 1 to 4 digits, for example 1486 or 0787.`,
      ),
      say(
        language,
        'Vous le trouverez sur un bulletin de paie ou dans votre DSN ; indiquez-le-moi et je vérifie l’OPCO de rattachement.',
        'You will find it on a payslip or in your DSN; send it to me and I will check which OPCO you belong to.',
      ),
    ],
  };
}

/** No IDCC, NAF code or sector yet. */
export function askIdccSection(language: Language): Section {
  return {
    status: 'clarification',
    blocks: [
      say(
        language,
        'Pour savoir de quel OPCO relève votre entreprise, indiquez-moi le code IDCC de votre convention collective (sur le bulletin de paie ou dans la DSN), à défaut votre code NAF ou votre secteur d’activité.',
        'To tell which OPCO your company belongs to, send me the IDCC code of your collective agreement (on payslips or in the DSN), or else your NAF code or your sector.',
      ),
    ],
  };
}

function confirmation(result: MembershipResult, language: Language): string {
  const steps = result.nextSteps.slice(0, 2);
  if (steps.length === 0) return '';
  return `${say(language, 'Pour confirmer :', 'To confirm (French sources):')}\n${bullets(steps)}`;
}

/** Flags a less-than-certain attachment once: the rule's own explanation may already say so in French. */
function confirmationNote(result: MembershipResult, details: string[], language: Language): string[] {
  if (result.confidence === 'high') return [];
  if (language === 'fr' && details.some((text) => /à confirmer/.test(text))) return [];
  return [
    say(language, 'Ce rattachement est une donnée à confirmer.', 'This attachment is still to be confirmed.'),
  ];
}

/** Several companies or conventions: each belongs to the OPCO of its own IDCC. */
export function membershipsSection(results: readonly MembershipResult[], language: Language): Section {
  const lines = results.map((result) => {
    const label = result.idcc ? `IDCC ${result.idcc.code} (${result.idcc.label})` : '';
    if (result.outcome === 'atlas') return `${label} : OPCO Atlas`;
    if (result.outcome === 'other_opco' && result.opco) return `${label} : ${result.opco}`;
    return say(
      language,
      `${label} : inconnu de nos données, à vérifier`,
      `${label}: unknown to our data, to check`,
    );
  });
  const opcos = new Set(results.map((result) => result.opco ?? result.outcome));
  return {
    status: 'answered',
    blocks: [
      say(
        language,
        `**Chaque convention collective a son OPCO${opcos.size > 1 ? `, ici ${opcos.size} différents` : ''} :**`,
        `**Each collective agreement has its own OPCO${opcos.size > 1 ? `, ${opcos.size} different ones here` : ''}:**`,
      ),
      bullets(lines),
      say(
        language,
        'Une entreprise relève de l’OPCO de l’IDCC qu’elle applique : une filiale ou un établissement qui garde sa propre convention garde son OPCO.',
        'A company belongs to the OPCO of the IDCC it applies: a subsidiary or site that keeps its own agreement keeps its OPCO.',
      ),
    ],
  };
}

/** The simulator explains a hint in French; in English, the candidates it found say the same from their fields. */
function hintInEnglish(result: MembershipResult): string[] {
  const candidates = result.candidates.map(
    (candidate) =>
      `IDCC ${candidate.idcc} (${candidate.label}): ${candidate.opco ?? 'OPCO unknown to our data'}`,
  );
  return [
    ...(candidates.length > 0 ? [`What you told me usually points to:\n${bullets(candidates)}`] : []),
    'This is only a hint: the IDCC on a payslip or in the DSN settles it. You can also search your SIRET in France compétences’ « Trouver mon OPCO » tool (https://www.francecompetences.fr).',
  ];
}

export function membershipSection(result: MembershipResult, language: Language): Section {
  const label = result.idcc ? `IDCC ${result.idcc.code} (${result.idcc.label})` : '';
  // why: the overseas note (Akto for the DOM) only matters to companies there; the search quotes it when asked.
  const details = result.explanation
    .slice(1)
    .map((entry) => entry.text)
    .filter((text) => !/Guadeloupe|Martinique|Réunion/.test(text));
  const fromHint = result.idcc === null;
  const blocks: string[] = [];
  if (result.outcome === 'atlas' && !fromHint) {
    blocks.push(
      say(
        language,
        `**Oui, votre entreprise relève d’OPCO Atlas** : l’${label} est rattaché à Atlas.`,
        `**Yes, your company belongs to OPCO Atlas**: ${label} is attached to Atlas.`,
      ),
      ...details,
    );
    blocks.push(...confirmationNote(result, details, language));
    return { blocks, status: 'answered' };
  }
  if (result.outcome === 'other_opco' && !fromHint) {
    blocks.push(
      say(
        language,
        `**Non : l’${label} relève de ${result.opco}, pas d’OPCO Atlas.** Adressez vos demandes de financement à ${result.opco}.`,
        `**No: ${label} belongs to ${result.opco}, not OPCO Atlas.** Send your funding requests to ${result.opco}.`,
      ),
      ...details,
    );
    blocks.push(...confirmationNote(result, details, language));
    return { blocks, status: 'answered' };
  }
  if ((result.outcome === 'atlas' || result.outcome === 'other_opco') && fromHint) {
    blocks.push(
      result.outcome === 'atlas'
        ? say(
            language,
            '**Probablement OPCO Atlas**, mais seul l’IDCC de votre convention collective permet de conclure.',
            '**Probably OPCO Atlas**, but only the IDCC of your collective agreement settles it.',
          )
        : say(
            language,
            `**Probablement ${result.opco}, pas OPCO Atlas**, mais seul l’IDCC de votre convention collective permet de conclure.`,
            `**Probably ${result.opco}, not OPCO Atlas**, but only the IDCC of your collective agreement settles it.`,
          ),
      ...(language === 'en'
        ? hintInEnglish(result)
        : [...result.explanation.map((entry) => entry.text), confirmation(result, language)]),
    );
    return { blocks: blocks.filter(Boolean), status: 'answered' };
  }
  if (result.outcome === 'needs_input') return askIdccSection(language);
  blocks.push(
    result.idcc
      ? say(
          language,
          `Je ne peux pas conclure pour l’IDCC ${result.idcc.code} : il est inconnu de mes données ou rattaché à aucun OPCO.`,
          `I cannot conclude for IDCC ${result.idcc.code}: it is unknown to my data or attached to no OPCO.`,
        )
      : say(
          language,
          'Je ne peux pas conclure à partir de ces indices : il me faut le code IDCC de votre convention collective.',
          'I cannot conclude from these hints: I need the IDCC code of your collective agreement.',
        ),
    ...result.explanation.map((entry) => entry.text),
    confirmation(result, language),
  );
  return { blocks: blocks.filter(Boolean), status: 'abstained', handoff: 'no_answer' };
}

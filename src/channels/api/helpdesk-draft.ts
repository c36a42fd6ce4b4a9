/** @module Turns an engine answer into a ready-to-send French e-mail, with a confidence level and a human handoff when unsure. */
import type { AskResponse, Citation, ToolCall } from '../../chat/answer-contract';
import { redactPersonalData } from '../../privacy';

export type HelpdeskTone = 'formal' | 'neutral';
export type HelpdeskConfidence = 'high' | 'medium' | 'low';
export type HelpdeskHandoff = { reason: string; message: string };

export type HelpdeskDraft = {
  messageId: string;
  draftReply: string;
  citations: Citation[];
  toolCalls: ToolCall[];
  confidence: HelpdeskConfidence;
  handoff: HelpdeskHandoff | null;
  missingInformation: string[];
};

export const SIGNATURE_PLACEHOLDER = '[Signature du conseiller]';

const HANDOFF_MESSAGES: Record<string, string> = {
  refused: 'La demande sort du champ de l’assistant : un conseiller doit la traiter.',
  abstained: 'L’assistant n’a pas trouvé de réponse fiable dans ses sources : un conseiller doit répondre.',
  clarification:
    'Des informations manquent : le brouillon les demande au client, puis un conseiller reprendra la demande.',
  no_source: 'La réponse ne s’appuie sur aucune source : un conseiller doit la vérifier avant tout envoi.',
};

const INPUT_LABELS: Record<string, string> = {
  idcc: 'le code IDCC de la convention collective (indiqué sur le bulletin de paie)',
  naf: 'le code NAF (APE) de l’entreprise',
  sector: 'le secteur d’activité de l’entreprise',
  headcount: 'l’effectif de l’entreprise',
  scheme: 'le dispositif visé (plan de développement des compétences, contrat de professionnalisation…)',
  hours: 'la durée de la formation, en heures',
  trainees: 'le nombre de salariés formés',
  costExclTax: 'le coût de la formation hors taxes',
  providerQualiopi: 'si l’organisme de formation est certifié Qualiopi',
  requestDate: 'la date de dépôt de la demande de prise en charge',
  startDate: 'la date de début de la formation',
  format: 'la modalité de la formation (présentiel, distanciel ou mixte)',
  certificationLevel: 'le niveau de la certification préparée',
  contractDate: 'la date de début du contrat',
  disability: 'si l’alternant bénéficie d’une reconnaissance de handicap',
  distanceLearningShare: 'la part de la formation suivie à distance',
  npec: 'le niveau de prise en charge (NPEC) de la certification',
};

const LOW_CONFIDENCE_INTENTS = new Set(['out_of_scope', 'injection', 'abuse', 'handoff']);
const WEAK_OUTCOMES = new Set(['needs_input', 'rates_unknown', 'unknown']);

const outputsOf = (toolCalls: readonly ToolCall[]) =>
  toolCalls
    .map((call) => call.output)
    .filter((output): output is Record<string, unknown> => typeof output === 'object' && output !== null);

/** The inputs the engine asked for: the simulator's missing inputs, else the questions of a clarification. */
export function missingInformationOf(response: AskResponse): string[] {
  const fromTools = outputsOf(response.toolCalls).flatMap((output) =>
    Array.isArray(output.missingInputs)
      ? output.missingInputs.filter((item) => typeof item === 'string')
      : [],
  );
  const labels = [...new Set(fromTools)].map((input) => INPUT_LABELS[input] ?? input);
  if (labels.length > 0 || response.status !== 'clarification') return labels;
  const questions = response.answer.match(/[^.!?\n]*\?/g) ?? [];
  return [
    ...new Set(
      questions.map((question) =>
        toPlainText(question)
          .replace(/^[-•\s]+/, '')
          .trim(),
      ),
    ),
  ].filter(Boolean);
}

/** How far a help-desk agent can trust the answer; anything the engine did not answer with sources is low. */
export function assessConfidence(response: AskResponse): {
  confidence: HelpdeskConfidence;
  handoff: HelpdeskHandoff | null;
} {
  const low = (reason: string, message = HANDOFF_MESSAGES[reason] ?? reason) => ({
    confidence: 'low' as const,
    handoff: { reason, message },
  });
  if (response.status !== 'answered') return low(response.status);
  if (response.handoff) return low(response.handoff.reason || 'handoff', response.handoff.message);
  if (LOW_CONFIDENCE_INTENTS.has(response.intent)) return low('refused');
  if (response.citations.length === 0) return low('no_source');
  const outputs = outputsOf(response.toolCalls);
  const weakTool = outputs.some(
    (output) =>
      WEAK_OUTCOMES.has(String(output.outcome)) ||
      ['indicative', 'unknown'].includes(String(output.rulesStatus)) ||
      ['low', 'medium'].includes(String(output.confidence)),
  );
  const wellSourced = response.citations.length >= 2 || outputs.length > 0;
  const confidence = response.degraded || weakTool || !wellSourced ? 'medium' : 'high';
  return { confidence, handoff: null };
}

/** Markdown to e-mail plain text: links as « text (url) », no emphasis markers. */
export function toPlainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g, '$1 ($2)')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^(\s*)[*+]\s+/gm, '$1- ')
    .replace(/\*\*(.+?)\*\*|__(.+?)__/g, '$1$2')
    .replace(/(?<![*\w])\*(?!\s)([^*\n]+?)\*(?!\w)/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .trim();
}

function sourcesSection(citations: readonly Citation[]): string | undefined {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const citation of citations) {
    const key = citation.url ?? citation.source;
    if (seen.has(key)) continue;
    seen.add(key);
    const title = citation.source || citation.title;
    lines.push(citation.url ? `- ${title} : ${citation.url}` : `- ${title}`);
  }
  return lines.length > 0 ? `Sources :\n${lines.join('\n')}` : undefined;
}

const GREETINGS: Record<HelpdeskTone, { hello: string; thanks: string; closing: string }> = {
  formal: {
    hello: 'Madame, Monsieur,',
    thanks: 'Nous vous remercions pour votre message',
    closing:
      'Nous restons à votre disposition pour tout complément d’information.\n\nNous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.',
  },
  neutral: {
    hello: 'Bonjour,',
    thanks: 'Merci pour votre message',
    closing: 'Nous restons disponibles si vous avez d’autres questions.\n\nBien cordialement,',
  },
};

/** Composes the draft: greeting, answer (or a request for details / a human follow-up), sources, sign-off. */
export function toHelpdeskDraft(response: AskResponse, subject: string, tone: HelpdeskTone): HelpdeskDraft {
  const { confidence, handoff } = assessConfidence(response);
  const missingInformation = missingInformationOf(response);
  const words = GREETINGS[tone];
  const safeSubject = redactPersonalData(subject).text.replace(/\s+/g, ' ').slice(0, 150);
  const parts = [words.hello, `${words.thanks} concernant « ${safeSubject} ».`];
  if (!handoff) {
    parts.push(toPlainText(response.answer));
    const sources = sourcesSection(response.citations);
    if (sources) parts.push(sources);
  } else if (missingInformation.length > 0) {
    parts.push(
      `Afin de vous répondre précisément, pourriez-vous nous préciser les éléments suivants :\n${missingInformation.map((item) => `- ${item}`).join('\n')}`,
      'Dès réception de ces éléments, un conseiller OPCO Atlas reviendra vers vous.',
    );
  } else {
    parts.push(
      'Votre demande nécessite l’examen d’un conseiller OPCO Atlas, qui reviendra vers vous dans les meilleurs délais.',
    );
  }
  parts.push(words.closing, SIGNATURE_PLACEHOLDER);
  return {
    messageId: response.messageId,
    draftReply: parts.join('\n\n'),
    citations: response.citations,
    toolCalls: response.toolCalls,
    confidence,
    handoff,
    missingInformation,
  };
}

/** @module Input guard: length limit, personal-data redaction (question and history), scope classification. */
import type { CompiledLexicon } from '../../matching';
import { redactPersonalData } from '../../privacy';
import { type AskRequest, type HistoryMessage, MAX_QUESTION_LENGTH } from '../answer-contract';
import { classifyScope, type Scope } from './classify-scope';

export type GuardedQuestion = {
  /** The redacted question: the only form any later step, model or log sees. */
  question: string;
  history: HistoryMessage[];
  /** Kinds of personal data found in the question or the history (never the values). */
  redactions: string[];
  scope: Scope;
  tooLong: boolean;
};

export function guardQuestion(request: AskRequest, lexicon: CompiledLexicon): GuardedQuestion {
  const kinds = new Set<string>();
  const redact = (text: string) => {
    const result = redactPersonalData(text);
    for (const kind of result.kinds) kinds.add(kind);
    return result.text;
  };
  const tooLong = request.question.length > MAX_QUESTION_LENGTH;
  const question = redact(request.question.slice(0, MAX_QUESTION_LENGTH).trim());
  const history = (request.history ?? []).map((message) => ({
    ...message,
    content: redact(message.content),
  }));
  return { question, history, redactions: [...kinds], scope: classifyScope(question, lexicon), tooLong };
}

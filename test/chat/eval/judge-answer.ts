/** @module The checks of ../shared/eval/run-eval.mjs (must, mustLead, maxChars, status, language, grounding), copied so the test suite imports nothing outside the project. */

export type EvalCase = {
  id: string;
  kind: string;
  question: string;
  history?: Array<{ role: 'user' | 'assistant'; content: string }>;
  must?: string[];
  mustNot?: string[];
  mustLead?: string[];
  leadChars?: number;
  maxChars?: number;
  status?: string | string[];
  language?: 'fr' | 'en';
  expectCitation?: boolean;
  /** A live conversation: each turn is asked with the server's own earlier answers as history. */
  turns?: EvalCase[];
};

// French function words: an answer to an English question that is full of them was not written in English.
const FRENCH_MARKERS = /\b(le|la|les|des|du|est|sont|pour|vous|votre|une|dans|avec|pas|qui|que)\b/g;
function looksFrench(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean).length || 1;
  return (text.match(FRENCH_MARKERS)?.length ?? 0) / words > 0.06;
}

export const normalize = (text: unknown) =>
  String(text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2019\u2018`\u00b4]/g, "'")
    .replace(/[\u00a0\u202f\u2009\u2007]/g, ' ');

const amountPattern = /(\d{1,3}(?:[ .]\d{3})+|\d+)(?:,(\d+))?\s?(€|euros?\b|%|eur\b)/g;
const anyNumberPattern = /\d{1,3}(?:[ .]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?/g;
const toNumber = (integerPart: string, decimalPart?: string) =>
  Number(`${integerPart.replace(/[ .]/g, '')}${decimalPart ? `.${decimalPart}` : ''}`);

function amountsIn(text: string) {
  return [...normalize(text).matchAll(amountPattern)].map((match) => ({
    raw: match[0],
    value: toNumber(match[1] ?? '0', match[2]),
  }));
}

function numbersIn(text: string): Set<number> {
  const values = new Set<number>();
  for (const match of normalize(text).matchAll(anyNumberPattern)) {
    const raw = match[0];
    if (/^\d{1,3}([ .]\d{3})+(,\d+)?$/.test(raw)) {
      const [integerPart = '0', decimalPart] = raw.split(',');
      values.add(toNumber(integerPart, decimalPart));
    } else {
      values.add(Number(raw.replace(',', '.')));
    }
  }
  return values;
}

type Body = {
  answer?: unknown;
  status?: unknown;
  citations?: Array<{ title?: string; excerpt?: string }>;
  toolCalls?: unknown[];
};

function evidenceOf(body: Body): string {
  const citations = Array.isArray(body.citations) ? body.citations : [];
  const tools = Array.isArray(body.toolCalls) ? body.toolCalls : [];
  return [
    ...citations.map((citation) => `${citation.title ?? ''} ${citation.excerpt ?? ''}`),
    JSON.stringify(tools),
  ].join('\n');
}

/** Same verdict as run-eval.mjs: the problems of one answer and its ungrounded amounts. */
export function judge(testCase: EvalCase, status: number, body: Body | null) {
  const problems: string[] = [];
  if (status !== 200) problems.push(`HTTP ${status}`);
  if (!body || typeof body.answer !== 'string' || body.answer.trim() === '') {
    problems.push('no answer string in the response');
    return { problems, ungrounded: [] as string[] };
  }
  if (!Array.isArray(body.citations)) problems.push('citations is not an array');
  const answer = normalize(body.answer);
  for (const pattern of testCase.must ?? [])
    if (!new RegExp(pattern).test(answer)) problems.push(`missing /${pattern}/`);
  for (const pattern of testCase.mustNot ?? [])
    if (new RegExp(pattern).test(answer)) problems.push(`forbidden /${pattern}/`);
  const lead = answer.slice(0, testCase.leadChars ?? 400);
  for (const pattern of testCase.mustLead ?? [])
    if (!new RegExp(pattern).test(lead)) problems.push(`not in the opening: /${pattern}/`);
  if (testCase.maxChars && body.answer.length > testCase.maxChars)
    problems.push(`answer too long: ${body.answer.length} > ${testCase.maxChars} characters`);
  if (testCase.status) {
    const allowed = ([] as string[]).concat(testCase.status);
    if (!allowed.includes(String(body.status)))
      problems.push(`status ${body.status}, expected ${allowed.join(' or ')}`);
  }
  if (testCase.language === 'en' && looksFrench(answer)) problems.push('answer is not in English');
  if (testCase.language === 'fr' && !looksFrench(answer)) problems.push('answer is not in French');
  if (testCase.expectCitation && !(Array.isArray(body.citations) && body.citations.length > 0)) {
    problems.push('expected at least one citation');
  }
  const evidence = numbersIn(evidenceOf(body));
  const ungrounded = amountsIn(body.answer)
    .filter((amount) => !evidence.has(amount.value))
    .map((amount) => amount.raw);
  return { problems, ungrounded };
}

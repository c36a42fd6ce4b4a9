/** @module The checks of ../shared/eval/run-eval.mjs, copied so the test suite imports nothing outside the project. */

export type EvalCase = {
  id: string;
  kind: string;
  question: string;
  history?: Array<{ role: 'user' | 'assistant'; content: string }>;
  must?: string[];
  mustNot?: string[];
  expectCitation?: boolean;
};

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
  if (testCase.expectCitation && !(Array.isArray(body.citations) && body.citations.length > 0)) {
    problems.push('expected at least one citation');
  }
  const evidence = numbersIn(evidenceOf(body));
  const ungrounded = amountsIn(body.answer)
    .filter((amount) => !evidence.has(amount.value))
    .map((amount) => amount.raw);
  return { problems, ungrounded };
}

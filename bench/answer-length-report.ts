/**
 * @module `npm run answers:report`: the length distribution of the offline answers to every evaluation set
 * (dev set and the team's sets, follow-ups included), against the 900-character target.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, postJson } from '../test/helpers/create-test-app';

type Turn = { question: string };
type Case = Turn & { turns?: Turn[]; history?: { role: string; content: string }[] };

const folder = join(import.meta.dirname, '..', 'test', 'chat', 'eval');
const { app } = createTestApp();
const lengths: number[] = [];
for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
  for (const testCase of JSON.parse(readFileSync(join(folder, file), 'utf8')) as Case[]) {
    const history = [...(testCase.turns ? [] : (testCase.history ?? []))];
    for (const turn of testCase.turns ?? [testCase]) {
      const response = await app.request('/v1/ask', postJson({ question: turn.question, history }));
      const answer = String(((await response.json()) as { answer?: string }).answer ?? '');
      lengths.push(answer.length);
      history.push({ role: 'user', content: turn.question }, { role: 'assistant', content: answer });
    }
  }
}
lengths.sort((left, right) => left - right);
const at = (share: number) => lengths[Math.min(lengths.length - 1, Math.floor(share * lengths.length))] ?? 0;
const bands = [300, 600, 900, 1200, Number.POSITIVE_INFINITY];
let from = 0;
console.log(`answers:report — ${lengths.length} réponses hors ligne`);
for (const to of bands) {
  const count = lengths.filter((length) => length >= from && length < to).length;
  const label = to === Number.POSITIVE_INFINITY ? `≥ ${from}` : `${from}–${to - 1}`;
  console.log(
    `  ${label.padEnd(10)} ${String(count).padStart(4)}  ${'█'.repeat(Math.round((60 * count) / lengths.length))}`,
  );
  from = to;
}
const under = lengths.filter((length) => length < 900).length / lengths.length;
console.log(
  `  médiane ${at(0.5)} car., p90 ${at(0.9)} car., max ${at(1)} car. ; sous 900 car. : ${(under * 100).toFixed(1)} %`,
);

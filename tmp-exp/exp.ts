import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { cardTexts, loadSourcePassages, readCardFiles, readLexicon } from '../scripts/build-knowledge';
import { parseAnswerCards } from '../src/knowledge/parse-answer-cards';
import { cardFeatures, classify, compileLexicon, trainCardClassifier } from '../src/matching';
import { rulePassages } from '../src/simulator/passages/rule-passages';

const FOLDS = 5;
const { guide, rules } = loadSourcePassages();
const passages = new Map([...guide, ...rulePassages(rules)].map((p) => [p.id, p]));
const cards = parseAnswerCards(readCardFiles(), rules, passages).cards;
const lexicon = compileLexicon(readLexicon());
const labelled = cards.flatMap((card, ci) =>
  card.questions.map((q, i) => ({ card: card.id, question: q, fold: (i + ci) % FOLDS })),
);
const titles = cards.flatMap((card) => cardTexts(card).map((q) => ({ card: card.id, question: q })));
const feats = new Map<string, string[]>();
const f = (t: string) => {
  let v = feats.get(t);
  if (!v) {
    v = cardFeatures(t, lexicon);
    feats.set(t, v);
  }
  return v;
};
const only = process.argv[2];
const foldsToRun = Number(process.argv[3] ?? FOLDS);

type Scorer = (t: string) => { card: string; probability: number }[];
function run(name: string, train: (ex: { card: string; question: string }[]) => Scorer) {
  if (only && !name.startsWith(only)) return;
  const t0 = performance.now();
  let right = 0,
    total = 0;
  for (let fold = 0; fold < foldsToRun; fold++) {
    const scorer = train([...titles, ...labelled.filter((e) => e.fold !== fold)]);
    for (const e of labelled.filter((x) => x.fold === fold)) {
      total++;
      if (scorer(e.question)[0]?.card === e.card) right++;
    }
  }
  console.log(
    `${name}: top-1 ${((100 * right) / total).toFixed(1)} % (${total}) ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  );
}

const lr =
  (opts: Parameters<typeof trainCardClassifier>[1]) => (ex: { card: string; question: string }[]) => {
    const model = trainCardClassifier(
      ex.map((e) => ({ card: e.card, features: f(e.question) })),
      opts,
    );
    return (t: string) => classify({ ...model, temperature: 1 }, f(t));
  };

// TF-IDF cosine kNN
const knn =
  (k: number, weightChar = 1) =>
  (ex: { card: string; question: string }[]) => {
    const df = new Map<string, number>();
    for (const e of ex) for (const x of f(e.question)) df.set(x, (df.get(x) ?? 0) + 1);
    const N = ex.length;
    const vec = (t: string) => {
      const m = new Map<string, number>();
      for (const x of f(t)) {
        const d = df.get(x);
        if (!d) continue;
        m.set(x, Math.log(1 + N / d) * (x.startsWith('c:') ? weightChar : 1));
      }
      let n = 0;
      for (const v of m.values()) n += v * v;
      n = Math.sqrt(n) || 1;
      for (const [key, v] of m) m.set(key, v / n);
      return m;
    };
    const index = new Map<string, { i: number; w: number }[]>();
    const labels = ex.map((e) => e.card);
    ex.forEach((e, i) => {
      for (const [x, w] of vec(e.question)) {
        let l = index.get(x);
        if (!l) {
          l = [];
          index.set(x, l);
        }
        l.push({ i, w });
      }
    });
    return (t: string) => {
      const sims = new Float64Array(N);
      for (const [x, w] of vec(t)) for (const p of index.get(x) ?? []) sims[p.i] += w * p.w;
      const per = new Map<string, number[]>();
      sims.forEach((s, i) => {
        const c = labels[i]!;
        let l = per.get(c);
        if (!l) {
          l = [];
          per.set(c, l);
        }
        l.push(s);
      });
      const scores = [...per.entries()].map(([card, l]) => {
        l.sort((a, b) => b - a);
        const top = l.slice(0, k);
        return { card, probability: top.reduce((a, b) => a + b, 0) / k };
      });
      return scores.sort((a, b) => b.probability - a.probability);
    };
  };
const ens = (a: (ex: any) => Scorer, b: (ex: any) => Scorer, wa: number) => (ex: any) => {
  const sa = a(ex),
    sb = b(ex);
  return (t: string) => {
    const m = new Map<string, number>();
    const A = sa(t),
      B = sb(t);
    const maxB = B[0]?.probability || 1;
    for (const s of A) m.set(s.card, wa * s.probability);
    for (const s of B) m.set(s.card, (m.get(s.card) ?? 0) + (1 - wa) * (s.probability / maxB));
    return [...m.entries()]
      .map(([card, probability]) => ({ card, probability }))
      .sort((x, y) => y.probability - x.probability);
  };
};

run('lr-base', lr({}));
run('lr-e20', lr({ epochs: 20, learningRate: 1 }));
run('lr-e20-min1', lr({ epochs: 20, learningRate: 1, minCount: 1 }));
run('knn1', knn(1));
run('knn3', knn(3));
run('knn3-c05', knn(3, 0.5));
run('ens-lr-knn3', ens(lr({}), knn(3), 0.5));
if (only === 'errors') {
  const scorer = lr({})([...titles, ...labelled.filter((e) => e.fold !== 0)]);
  const errs = labelled
    .filter((e) => e.fold === 0)
    .map((e) => ({ e, s: scorer(e.question) }))
    .filter((x) => x.s[0]?.card !== x.e.card);
  for (const x of errs.slice(0, 400).filter((_, i) => i % 8 === 0))
    console.log(
      `${x.e.card} → ${x.s[0]?.card} (${x.s[0]?.probability.toFixed(2)}) :: ${x.e.question.slice(0, 150)}`,
    );
  console.log(errs.length);
}
const variant =
  (filter: (x: string) => boolean, opts: Parameters<typeof trainCardClassifier>[1] = {}) =>
  (ex: { card: string; question: string }[]) => {
    const model = trainCardClassifier(
      ex.map((e) => ({ card: e.card, features: f(e.question).filter(filter) })),
      opts,
    );
    return (t: string) => classify({ ...model, temperature: 1 }, f(t).filter(filter));
  };
run(
  'v-nochar',
  variant((x) => !x.startsWith('c:')),
);
run(
  'v-nobigram',
  variant((x) => !x.startsWith('b:')),
);
run(
  'v-keep1000',
  variant(() => true, { keepPerClass: 1000 }),
);
run(
  'v-words-concepts',
  variant((x) => x.startsWith('w:') || x.startsWith('k:')),
);

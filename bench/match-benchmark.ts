/**
 * @module `npm run bench:match`: compares two card matchers on held-out card questions (5-fold, by card),
 * keeps the better, calibrates its thresholds and writes them to knowledge/matching.yaml (`--write`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { cardTexts, loadSourcePassages, readCardFiles, readLexicon } from '../scripts/build-knowledge';
import type { AnswerCard } from '../src/knowledge/answer-card-schema';
import { parseAnswerCards } from '../src/knowledge/parse-answer-cards';
import {
  type CardScore,
  cardFeatures,
  classify,
  compileLexicon,
  createOramaCardSearch,
  decide,
  type MatchThresholds,
  trainCardClassifier,
} from '../src/matching';
import { rulePassages } from '../src/simulator/passages/rule-passages';

const root = join(import.meta.dirname, '..');
const FOLDS = 5;
const write = process.argv.includes('--write');

const { guide, rules } = loadSourcePassages();
const passages = new Map([...guide, ...rulePassages(rules)].map((passage) => [passage.id, passage]));
const parsed = parseAnswerCards(readCardFiles(), rules, passages);
const cards: AnswerCard[] = parsed.cards;
const lexicon = compileLexicon(readLexicon());
const negatives = (
  parse(readFileSync(join(root, 'test', 'matching', 'unanswerable.yaml'), 'utf8')) as { questions: string[] }
).questions;

type Labelled = { card: string; question: string; fold: number };
/** Each card's questions spread over the folds in turn (seeded by position), so every fold holds ~20 % of each card. */
const labelled: Labelled[] = cards.flatMap((card, cardIndex) =>
  card.questions.map((question, index) => ({ card: card.id, question, fold: (index + cardIndex) % FOLDS })),
);
const titles = cards.flatMap((card) => cardTexts(card).map((question) => ({ card: card.id, question })));

type Prediction = { card: string; scores: CardScore[] };
type Approach = { name: string; heldOut: Prediction[]; negatives: CardScore[][]; millis: number };

function evaluate(
  name: string,
  train: (examples: { card: string; question: string }[]) => (text: string) => CardScore[],
) {
  const started = performance.now();
  const heldOut: Prediction[] = [];
  const negativeScores: CardScore[][] = [];
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const scorer = train([...titles, ...labelled.filter((entry) => entry.fold !== fold)]);
    for (const entry of labelled.filter((item) => item.fold === fold))
      heldOut.push({ card: entry.card, scores: scorer(entry.question) });
    for (const question of negatives) negativeScores.push(scorer(question));
  }
  return { name, heldOut, negatives: negativeScores, millis: performance.now() - started };
}

const classifierApproach = (temperature: number) => (examples: { card: string; question: string }[]) => {
  const model = trainCardClassifier(
    examples.map((example) => ({ card: example.card, features: cardFeatures(example.question, lexicon) })),
  );
  return (text: string) => classify({ ...model, temperature }, cardFeatures(text, lexicon));
};

const topOne = (approach: Approach) =>
  approach.heldOut.filter((prediction) => prediction.scores[0]?.card === prediction.card).length /
  Math.max(approach.heldOut.length, 1);

function abstention(approach: Approach, thresholds: MatchThresholds) {
  let abstained = 0;
  let justified = 0;
  let negativesAbstained = 0;
  let answeredRight = 0;
  let answeredWrong = 0;
  let clarified = 0;
  for (const prediction of approach.heldOut) {
    const decision = decide(prediction.scores, thresholds);
    if (decision.outcome === 'abstain') {
      abstained += 1;
      if (decision.card !== prediction.card) justified += 1;
    } else if (decision.outcome === 'clarify') clarified += 1;
    else if (decision.card === prediction.card) answeredRight += 1;
    else answeredWrong += 1;
  }
  for (const scores of approach.negatives) {
    if (decide(scores, thresholds).outcome === 'abstain') {
      abstained += 1;
      justified += 1;
      negativesAbstained += 1;
    }
  }
  const wrongOrNegative =
    approach.heldOut.filter((prediction) => prediction.scores[0]?.card !== prediction.card).length +
    approach.negatives.length;
  return {
    precision: abstained ? justified / abstained : 1,
    recall: wrongOrNegative ? justified / wrongOrNegative : 1,
    negativeRecall: approach.negatives.length ? negativesAbstained / approach.negatives.length : 1,
    answeredPrecision: answeredRight / Math.max(answeredRight + answeredWrong, 1),
    answered: (answeredRight + answeredWrong) / Math.max(approach.heldOut.length, 1),
    clarified: clarified / Math.max(approach.heldOut.length, 1),
  };
}

/**
 * Thresholds that maximise a user's utility: a right answer +1, a wrong one -1 (often a neighbouring need, partly useful),
 * a clarification offering the right card +0.5, an abstention on a covered question 0; on an uncovered one, abstaining +1, answering -2.
 */
function calibrate(approach: Approach): MatchThresholds {
  let best: { thresholds: MatchThresholds; utility: number } | null = null;
  for (let abstain = 0.025; abstain <= 0.6; abstain += 0.025) {
    for (let answer = abstain; answer <= 0.9; answer += 0.05) {
      for (const closeRatio of [0.3, 0.6, 0.85]) {
        const thresholds = { abstain, answer, closeRatio };
        let utility = 0;
        for (const prediction of approach.heldOut) {
          const decision = decide(prediction.scores, thresholds);
          if (decision.outcome === 'answer') utility += decision.card === prediction.card ? 1 : -1;
          else if (decision.outcome === 'clarify')
            utility += decision.alternatives.slice(0, 2).some((entry) => entry.card === prediction.card)
              ? 0.5
              : -0.5;
        }
        for (const scores of approach.negatives)
          utility += decide(scores, thresholds).outcome === 'abstain' ? 1 : -2;
        if (!best || utility > best.utility) best = { thresholds, utility };
      }
    }
  }
  const thresholds = best?.thresholds ?? { abstain: 0.2, answer: 0.5, closeRatio: 0.45 };
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    abstain: round(thresholds.abstain),
    answer: round(thresholds.answer),
    closeRatio: thresholds.closeRatio,
  };
}

function confusedPairs(approach: Approach, limit = 10): string[] {
  const counts = new Map<string, number>();
  for (const prediction of approach.heldOut) {
    const predicted = prediction.scores[0]?.card;
    if (!predicted || predicted === prediction.card) continue;
    const key = `${prediction.card} → ${predicted}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((left, right) => right[1] - left[1])
    .slice(0, limit)
    .map(([pair, count]) => `${count}× ${pair}`);
}

/** The temperature that minimises the held-out negative log-likelihood of the right card. */
function fitTemperature(approach: (temperature: number) => Approach): {
  temperature: number;
  result: Approach;
} {
  const base = approach(1);
  let best = { temperature: 1, loss: Number.POSITIVE_INFINITY };
  for (const temperature of [0.5, 0.75, 1, 1.5, 2, 3]) {
    let loss = 0;
    for (const prediction of base.heldOut) {
      const logits = prediction.scores.map(
        (score) => Math.log(Math.max(score.probability, 1e-12)) / temperature,
      );
      const max = Math.max(...logits);
      const total = logits.reduce((sum, logit) => sum + Math.exp(logit - max), 0);
      const index = prediction.scores.findIndex((score) => score.card === prediction.card);
      loss -= (logits[index] ?? -30) - max - Math.log(total);
    }
    if (loss < best.loss) best = { temperature, loss };
  }
  const rescale = (scores: CardScore[]) => {
    const logits = scores.map((score) => Math.log(Math.max(score.probability, 1e-12)) / best.temperature);
    const max = Math.max(...logits);
    const total = logits.reduce((sum, logit) => sum + Math.exp(logit - max), 0);
    return scores.map((score, index) => ({
      card: score.card,
      probability: Math.exp((logits[index] ?? 0) - max) / total,
    }));
  };
  return {
    temperature: best.temperature,
    result: {
      ...base,
      heldOut: base.heldOut.map((prediction) => ({ ...prediction, scores: rescale(prediction.scores) })),
      negatives: base.negatives.map(rescale),
    },
  };
}

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
console.log(
  `bench:match — ${cards.length} fiches, ${labelled.length} questions, ${negatives.length} questions sans fiche, ${FOLDS} plis`,
);
if (parsed.errors.length > 0) console.log(`(${parsed.errors.length} fiche(s) invalide(s) ignorée(s))`);

const orama = evaluate(
  '(a) Orama BM25 sur les questions + lexique',
  (examples) => createOramaCardSearch(examples, lexicon).scores,
);
const fitted = fitTemperature(() =>
  evaluate('(b) régression logistique (mots, paires, 4-grammes, concepts)', classifierApproach(1)),
);
const classifier = fitted.result;

const report = (approach: Approach) => {
  const thresholds = calibrate(approach);
  const figures = abstention(approach, thresholds);
  console.log(`\n${approach.name}`);
  console.log(
    `  top-1 sur questions tenues à l'écart : ${percent(topOne(approach))}  (${(approach.millis / 1000).toFixed(1)} s pour ${FOLDS} plis)`,
  );
  console.log(
    `  seuils calibrés : abstention < ${thresholds.abstain}, réponse ≥ ${thresholds.answer}, proximité ${thresholds.closeRatio}`,
  );
  console.log(
    `  abstention : précision ${percent(figures.precision)}, rappel ${percent(figures.recall)} ` +
      `(questions sans fiche écartées : ${percent(figures.negativeRecall)})`,
  );
  console.log(
    `  réponses directes : ${percent(figures.answered)} des questions, justes à ${percent(figures.answeredPrecision)} ; clarifications : ${percent(figures.clarified)}`,
  );
  return { thresholds, accuracy: topOne(approach) };
};
const configured = parse(readFileSync(join(root, 'knowledge', 'matching.yaml'), 'utf8')) as MatchThresholds;
const oramaReport = report(orama);
const classifierReport = report(classifier);
const winner = classifierReport.accuracy >= oramaReport.accuracy ? classifier : orama;
const atConfigured = abstention(classifier, configured);
console.log(
  `\nAux seuils en service (knowledge/matching.yaml : abstention < ${configured.abstain}, réponse ≥ ${configured.answer}) : ` +
    `abstention précision ${percent(atConfigured.precision)}, rappel ${percent(atConfigured.recall)}, ` +
    `questions sans fiche écartées ${percent(atConfigured.negativeRecall)} ; réponses directes ${percent(atConfigured.answered)}, justes à ${percent(atConfigured.answeredPrecision)}`,
);
console.log(`\nRetenu : ${winner.name}`);
console.log('Paires les plus confondues (attendue → prédite) :');
for (const line of confusedPairs(winner)) console.log(`  ${line}`);

if (write) {
  if (winner !== classifier)
    throw new Error("Le moteur n'utilise que le classifieur : revoir avant d'écrire les seuils.");
  const { abstain, answer, closeRatio } = classifierReport.thresholds;
  writeFileSync(
    join(root, 'knowledge', 'matching.yaml'),
    `# Seuils du matcher de fiches, calibrés sur les questions tenues à l'écart (npm run bench:match -- --write).\n` +
      `temperature: ${fitted.temperature}\nabstain: ${abstain}\nanswer: ${answer}\ncloseRatio: ${closeRatio}\n`,
  );
  console.log('knowledge/matching.yaml réécrit.');
}

/** @module Trains the card classifier (multinomial logistic regression, SGD with a decaying rate) on the cards' own questions. */
import type { CardModel } from './card-classifier';

export type Example = { features: string[]; card: string };

export type TrainingOptions = {
  epochs?: number;
  learningRate?: number;
  /** L2 penalty per update. */
  l2?: number;
  /** Features seen in fewer examples are ignored. */
  minCount?: number;
  /** Largest weights kept per class in the serialised model. */
  keepPerClass?: number;
  /** Seed of the example shuffling, so builds are reproducible. */
  seed?: number;
};

function shuffled<T>(items: T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0 || 1;
  for (let index = copy.length - 1; index > 0; index -= 1) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const other = state % (index + 1);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

export function trainCardClassifier(examples: Example[], options: TrainingOptions = {}): CardModel {
  const { epochs = 8, learningRate = 2, l2 = 1e-5, minCount = 2, keepPerClass = 200, seed = 7 } = options;
  const classes = [...new Set(examples.map((example) => example.card))].sort();
  const classIndex = new Map(classes.map((card, index) => [card, index]));
  const counts = new Map<string, number>();
  for (const example of examples)
    for (const feature of example.features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const features = [...counts.keys()].filter((feature) => (counts.get(feature) ?? 0) >= minCount);
  const featureIndex = new Map(features.map((feature, index) => [feature, index]));
  const classCount = classes.length;
  const weights = new Float64Array(features.length * classCount);
  const bias = new Float64Array(classCount);
  const encoded = examples.map((example) => ({
    indices: example.features.flatMap((feature) => {
      const index = featureIndex.get(feature);
      return index === undefined ? [] : [index];
    }),
    target: classIndex.get(example.card) ?? 0,
  }));
  const probabilities = new Float64Array(classCount);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    const rate = learningRate / (1 + epoch / 4);
    for (const example of shuffled(encoded, seed + epoch)) {
      const scale = 1 / Math.sqrt(Math.max(example.indices.length, 1));
      probabilities.set(bias);
      for (const feature of example.indices) {
        const row = feature * classCount;
        for (let card = 0; card < classCount; card += 1)
          probabilities[card] = (probabilities[card] ?? 0) + (weights[row + card] ?? 0) * scale;
      }
      let max = Number.NEGATIVE_INFINITY;
      for (const value of probabilities) max = Math.max(max, value);
      let total = 0;
      for (let card = 0; card < classCount; card += 1) {
        probabilities[card] = Math.exp((probabilities[card] ?? 0) - max);
        total += probabilities[card] ?? 0;
      }
      for (let card = 0; card < classCount; card += 1) {
        const error = (probabilities[card] ?? 0) / total - (card === example.target ? 1 : 0);
        // why: most classes are already near zero after a few epochs; skipping them makes training ~10× faster.
        if (Math.abs(error) < 1e-4) continue;
        bias[card] = (bias[card] ?? 0) - 0.1 * rate * error;
        for (const feature of example.indices) {
          const at = feature * classCount + card;
          weights[at] = (weights[at] ?? 0) - rate * (error * scale + l2 * (weights[at] ?? 0));
        }
      }
    }
  }
  return serialise(classes, features, weights, bias, keepPerClass);
}

/** Keeps each class's strongest weights, rounded to 2 decimals: the model must fit in a Worker bundle. */
function serialise(
  classes: string[],
  features: string[],
  weights: Float64Array,
  bias: Float64Array,
  keepPerClass: number,
): CardModel {
  const classCount = classes.length;
  const kept: Record<string, number[]> = {};
  for (let card = 0; card < classCount; card += 1) {
    const column = features.map((_, feature) => ({
      feature,
      weight: weights[feature * classCount + card] ?? 0,
    }));
    column.sort((left, right) => Math.abs(right.weight) - Math.abs(left.weight));
    for (const { feature, weight } of column.slice(0, keepPerClass)) {
      if (Math.abs(weight) < 1e-3) continue;
      const name = features[feature] ?? '';
      kept[name] ??= [];
      kept[name].push(card, Math.round(weight * 100) / 100);
    }
  }
  return {
    classes,
    bias: Array.from(bias, (value) => Math.round(value * 1000) / 1000),
    weights: kept,
    temperature: 1,
  };
}

/** @module A softmax classifier over card features: sparse weights, temperature-calibrated probabilities. */

/** Serialised model: per feature, the classes it votes for with their weights (pruned and rounded at build time). */
export type CardModel = {
  classes: string[];
  bias: number[];
  /** feature → flat list [classIndex, weight, classIndex, weight, …]. */
  weights: Record<string, number[]>;
  /** Divides the scores before the softmax; fitted on held-out questions. */
  temperature: number;
};

export type CardScore = { card: string; probability: number };

/** Class probabilities for a set of features, best first. */
export function classify(model: CardModel, features: readonly string[]): CardScore[] {
  const scores = Float64Array.from(model.bias);
  const scale = 1 / Math.sqrt(Math.max(features.length, 1));
  for (const feature of features) {
    const entries = model.weights[feature];
    if (!entries) continue;
    for (let index = 0; index < entries.length; index += 2) {
      const classIndex = entries[index] ?? 0;
      scores[classIndex] = (scores[classIndex] ?? 0) + (entries[index + 1] ?? 0) * scale;
    }
  }
  let max = Number.NEGATIVE_INFINITY;
  for (const score of scores) max = Math.max(max, score);
  let total = 0;
  const exponentials = Array.from(scores, (score) => {
    const value = Math.exp((score - max) / model.temperature);
    total += value;
    return value;
  });
  return exponentials
    .map((value, index) => ({ card: model.classes[index] ?? '', probability: value / total }))
    .sort((left, right) => right.probability - left.probability);
}

/** @module The answer engine shared by every channel: guard, understand, act, answer; offline by default, LLM when configured. */
export * from './answer-contract';
export { createAnswerEngine } from './create-answer-engine';
export { evidenceOf, findUngroundedFigures } from './grounding/find-ungrounded-figures';

/** @module TEMPORARY placeholder engine, replaced by the answer-engine work. */
import type { AppDependencies } from '../app';
import type { AnswerEngine } from './answer-contract';

export * from './answer-contract';

export function createAnswerEngine(_dependencies: AppDependencies): AnswerEngine {
  return {
    async answer() {
      throw new Error('answer engine not built yet');
    },
  };
}

/** @module Storage for question logs and feedback. */
export { createMemoryStorage } from './memory-storage';
export type { Channel, FeedbackReason, FeedbackRecord, Insights, QuestionRecord, Storage } from './storage';

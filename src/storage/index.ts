/**
 * @module Storage for question logs and feedback: memory, D1 and generic SQL here;
 * SQLite lives in ./sqlite-storage (Node only, imported directly by src/node.ts).
 */
export { createD1Storage, type D1DatabaseBinding, isD1Binding } from './d1-storage';
export { createMemoryStorage } from './memory-storage';
export { isIssuedMessageId, issueMessageId } from './message-id';
export { type PurgeOptions, purgeOldRecords } from './purge-old-records';
export { createSqlStorage, type SqlDatabase, type SqlValue } from './sql-storage';
export type {
  Channel,
  FeedbackReason,
  FeedbackRecord,
  Insights,
  QuestionRecord,
  Storage,
  StorageStats,
} from './storage';
export { toStorageError } from './storage-error';

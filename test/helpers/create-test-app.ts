/** @module Builds the real app for route tests, with the real knowledge and overridable dependencies. */
import { type AppDependencies, createApp } from '../../src/app';
import { createBackgroundTasks } from '../../src/background-tasks';
import { readConfig } from '../../src/config';
import { getKnowledge } from '../../src/knowledge';
import { silentLogger } from '../../src/logger';
import { createMemoryStorage } from '../../src/storage';

export function createTestDependencies(
  overrides: Partial<AppDependencies> & { environment?: Record<string, string> } = {},
): AppDependencies {
  const { environment, ...rest } = overrides;
  return {
    config: readConfig(environment ?? {}),
    knowledge: getKnowledge(),
    storage: createMemoryStorage(),
    logger: silentLogger,
    backgroundTasks: createBackgroundTasks(),
    fetch: globalThis.fetch.bind(globalThis),
    now: () => new Date('2026-11-27T09:00:00Z'),
    ...rest,
  };
}

export function createTestApp(overrides: Parameters<typeof createTestDependencies>[0] = {}) {
  const dependencies = createTestDependencies(overrides);
  return { app: createApp(dependencies), dependencies };
}

export const postJson = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

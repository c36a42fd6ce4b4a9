/** @module Reads environment variables once into a typed configuration. Secrets never leave this object. */
import { z } from 'zod';

const list = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  );
const flag = (fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((value) =>
      value === undefined || value === '' ? fallback : !/^(false|0|no|off)$/i.test(value),
    );
const integer = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((value) => {
      const parsed = Number.parseInt(value ?? '', 10);
      return Number.isFinite(parsed) && parsed >= 0 ? parsed : fallback;
    });
const text = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

const environmentSchema = z.object({
  OPENAI_API_KEY: text,
  OPENAI_BASE_URL: text,
  OPENAI_MODEL: text,
  LLM_TIMEOUT_MS: integer(20_000),
  ALLOWED_LINK_DOMAINS: list,
  ALLOWED_ORIGINS: list,
  RATE_LIMIT_PER_MINUTE: integer(0),
  API_KEYS: list,
  ADMIN_TOKEN: text,
  LOG_QUESTIONS: flag(true),
  SLACK_SIGNING_SECRET: text,
  SLACK_BOT_TOKEN: text,
  SLACK_API_URL: text,
  MICROSOFT_APP_ID: text,
  MICROSOFT_APP_PASSWORD: text,
  MICROSOFT_APP_TENANT_ID: text,
  BOT_OPENID_METADATA_URL: text,
  BOT_TOKEN_URL: text,
  BOT_ISSUER: text,
  PUBLIC_URL: text,
  RETENTION_DAYS: integer(180),
  TRUST_PROXY: list,
  MESSAGE_ID_SECRET: text,
});

export type Config = {
  llm: { apiKey: string; baseUrl: string | undefined; model: string; timeoutMs: number } | null;
  /** Hosts (and their subdomains) whose links model answers may keep, besides the sources they cite. */
  allowedLinkDomains: string[];
  allowedOrigins: string[];
  rateLimitPerMinute: number;
  apiKeys: string[];
  adminToken: string | undefined;
  logQuestions: boolean;
  slack: { signingSecret: string | undefined; botToken: string | undefined; apiUrl: string };
  teams: {
    appId: string | undefined;
    appPassword: string | undefined;
    tenantId: string | undefined;
    openIdMetadataUrl: string;
    tokenUrl: string | undefined;
    issuer: string;
  };
  publicUrl: string | undefined;
  /** Questions and feedback older than this are purged (0 keeps everything). */
  retentionDays: number;
  /** Proxies whose X-Forwarded-For is believed: CIDRs, or `cloudflare` (CF-Connecting-IP). Empty: the socket only. */
  trustProxy: string[];
  /** Key that signs message ids, so feedback is accepted for issued answers only (random per process when unset). */
  messageIdSecret: string | undefined;
};

export const DEFAULT_OPENAI_MODEL = 'gpt-4o-mini';

/** The sites the system prompt itself sends users to. */
export const DEFAULT_ALLOWED_LINK_DOMAINS = ['opco-atlas.fr', 'francecompetences.fr', 'service-public.fr'];

/** Builds the configuration from a plain record (process.env on Node, bindings on Workers). */
export function readConfig(environment: Record<string, unknown>): Config {
  const strings = Object.fromEntries(
    Object.entries(environment).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
  const parsed = environmentSchema.parse(strings);
  return {
    llm: parsed.OPENAI_API_KEY
      ? {
          apiKey: parsed.OPENAI_API_KEY,
          baseUrl: parsed.OPENAI_BASE_URL,
          model: parsed.OPENAI_MODEL ?? DEFAULT_OPENAI_MODEL,
          timeoutMs: parsed.LLM_TIMEOUT_MS,
        }
      : null,
    allowedLinkDomains:
      parsed.ALLOWED_LINK_DOMAINS.length > 0 ? parsed.ALLOWED_LINK_DOMAINS : DEFAULT_ALLOWED_LINK_DOMAINS,
    allowedOrigins: parsed.ALLOWED_ORIGINS,
    rateLimitPerMinute: parsed.RATE_LIMIT_PER_MINUTE,
    apiKeys: parsed.API_KEYS,
    adminToken: parsed.ADMIN_TOKEN,
    logQuestions: parsed.LOG_QUESTIONS,
    slack: {
      signingSecret: parsed.SLACK_SIGNING_SECRET,
      botToken: parsed.SLACK_BOT_TOKEN,
      apiUrl: parsed.SLACK_API_URL ?? 'https://slack.com/api',
    },
    teams: {
      appId: parsed.MICROSOFT_APP_ID,
      appPassword: parsed.MICROSOFT_APP_PASSWORD,
      tenantId: parsed.MICROSOFT_APP_TENANT_ID,
      openIdMetadataUrl:
        parsed.BOT_OPENID_METADATA_URL ?? 'https://login.botframework.com/v1/.well-known/openidconfiguration',
      tokenUrl: parsed.BOT_TOKEN_URL,
      issuer: parsed.BOT_ISSUER ?? 'https://api.botframework.com',
    },
    publicUrl: parsed.PUBLIC_URL,
    retentionDays: parsed.RETENTION_DAYS,
    trustProxy: parsed.TRUST_PROXY,
    messageIdSecret: parsed.MESSAGE_ID_SECRET,
  };
}

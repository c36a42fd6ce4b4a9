/** @module Guards operator routes with `Authorization: Bearer $ADMIN_TOKEN`, compared in constant time. */
import type { MiddlewareHandler } from 'hono';
import type { Config } from '../../config';
import { AppError } from '../../errors';
import { secretsEqual } from '../../http/api-key-auth';

/** 503 when no ADMIN_TOKEN is configured (the dashboard is off), 401 when the bearer token is absent or wrong. */
export function requireAdminToken(config: Pick<Config, 'adminToken'>): MiddlewareHandler {
  return async function adminTokenGuard(c, next) {
    if (!config.adminToken) {
      throw new AppError(
        'not_configured',
        'Les statistiques sont désactivées : définissez ADMIN_TOKEN sur le serveur pour y accéder.',
      );
    }
    const header = c.req.header('authorization') ?? '';
    const token = /^Bearer\s+(.+)$/i.exec(header.trim())?.[1] ?? '';
    if (!token || !(await secretsEqual(token, config.adminToken))) {
      throw new AppError(
        'unauthorized',
        'Jeton d’administration absent ou invalide. Ajoutez l’en-tête « Authorization: Bearer <ADMIN_TOKEN> ».',
        { headers: { 'www-authenticate': 'Bearer realm="insights"' } },
      );
    }
    await next();
  };
}

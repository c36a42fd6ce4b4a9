/** @module Guards operator routes with `Authorization: Bearer $ADMIN_TOKEN` (Hono's bearerAuth, constant-time). */
import type { MiddlewareHandler } from 'hono';
import { timingSafeEqual } from 'hono/utils/buffer';
import type { Config } from '../../config';
import { AppError } from '../../errors';
import { bearerGuard } from '../../http/api-key-auth';

/** 503 when no ADMIN_TOKEN is configured (the dashboard is off), 401 when the bearer token is absent or wrong. */
export function requireAdminToken(config: Pick<Config, 'adminToken'>): MiddlewareHandler {
  const adminToken = config.adminToken;
  const guard = bearerGuard({
    verifyToken: async (token) => adminToken !== undefined && timingSafeEqual(adminToken, token),
    message:
      'Jeton d’administration absent ou invalide. Ajoutez l’en-tête « Authorization: Bearer <ADMIN_TOKEN> ».',
    wwwAuthenticate: 'Bearer realm="insights"',
  });
  return async function adminTokenGuard(c, next) {
    if (!adminToken) {
      throw new AppError(
        'not_configured',
        'Les statistiques sont désactivées : définissez ADMIN_TOKEN sur le serveur pour y accéder.',
      );
    }
    return guard(c, next);
  };
}

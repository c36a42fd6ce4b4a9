/** @module The catalogue of application errors, each with a French fix-it message; turned into responses in one place. */
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export const ERROR_CATALOG = {
  invalid_request: { status: 400, message: 'La requête est invalide. Vérifiez les champs envoyés.' },
  invalid_json: {
    status: 400,
    message:
      'Le corps de la requête n’est pas un JSON valide. Envoyez un objet JSON, par exemple {"question": "…"}.',
  },
  invalid_naf: {
    status: 400,
    message: 'Code NAF mal formé : indiquez 4 chiffres et une lettre, par exemple « 62.02A ».',
  },
  invalid_idcc: {
    status: 400,
    message:
      'Le code IDCC est mal formé. Indiquez 1 à 4 chiffres, par exemple « 1486 » ou « IDCC 0787 » (il figure sur le bulletin de paie).',
  },
  unauthorized: {
    status: 401,
    message:
      'Authentification requise. Ajoutez l’en-tête « Authorization: Bearer <clé> » avec une clé valide.',
  },
  invalid_signature: { status: 401, message: 'Signature de la requête absente, invalide ou expirée.' },
  forbidden: { status: 403, message: 'Accès refusé pour cette origine ou ce jeton.' },
  not_found: {
    status: 404,
    message: 'Cette adresse n’existe pas. Consultez /docs pour la liste des routes.',
  },
  method_not_allowed: { status: 405, message: 'Méthode HTTP non autorisée sur cette route.' },
  payload_too_large: {
    status: 413,
    message: 'La requête dépasse la taille maximale de 64 Kio. Raccourcissez le contenu.',
  },
  unsupported_media_type: {
    status: 415,
    message: 'Type de contenu non pris en charge. Envoyez « Content-Type: application/json ».',
  },
  rate_limited: { status: 429, message: 'Trop de requêtes. Patientez quelques secondes avant de réessayer.' },
  not_configured: { status: 503, message: 'Ce canal n’est pas configuré sur ce serveur.' },
  storage_unavailable: {
    status: 503,
    message: 'Le stockage est momentanément indisponible. Réessayez plus tard.',
  },
  internal_error: {
    status: 500,
    message:
      'Une erreur inattendue est survenue. Réessayez ; si le problème persiste, transmettez l’identifiant de requête.',
  },
} as const satisfies Record<string, { status: ContentfulStatusCode; message: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOG;

export type ErrorBody = { error: { code: ErrorCode; message: string; requestId?: string } };

/** An expected failure: carries a catalogue code and, optionally, a more precise French message. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: ContentfulStatusCode;
  readonly headers: Record<string, string>;

  constructor(
    code: ErrorCode,
    message?: string,
    options: { headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(message ?? ERROR_CATALOG[code].message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CATALOG[code].status;
    this.headers = options.headers ?? {};
  }

  static isInstance(error: unknown): error is AppError {
    return error instanceof Error && error.name === 'AppError' && 'code' in error;
  }
}

export function errorBody(code: ErrorCode, message?: string, requestId?: string): ErrorBody {
  return {
    error: { code, message: message ?? ERROR_CATALOG[code].message, ...(requestId ? { requestId } : {}) },
  };
}

// Minimal typing of the workerd test module used by the workers project.
declare module 'cloudflare:workers' {
  export const exports: { default: { fetch(request: Request): Promise<Response> } };
  export const env: Record<string, unknown>;
}

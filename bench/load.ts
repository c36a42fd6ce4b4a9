/** @module One autocannon run, reduced to the numbers the report needs. */
import autocannon from 'autocannon';

export type LoadRequest = { method: string; path: string; headers?: Record<string, string>; body?: string };

export type LoadResult = {
  label: string;
  connections: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  total: number;
  errors: number;
  non2xx: number;
};

export async function runLoad(options: {
  label: string;
  baseUrl: string;
  requests: LoadRequest[];
  connections: number;
  durationSeconds: number;
}): Promise<LoadResult> {
  const result = await autocannon({
    url: options.baseUrl,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 10,
    requests: options.requests,
  });
  return {
    label: options.label,
    connections: options.connections,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    total: result['2xx'] + result.non2xx,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

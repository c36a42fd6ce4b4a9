/**
 * @module The client's address for rate limiting. Workers: CF-Connecting-IP (set by Cloudflare). Node: the socket
 * address (Hono's getConnInfo), unless TRUST_PROXY names the proxies whose headers are believed.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { isIP } from './ip-address';
import { type ProxyTrust, parseProxyTrust } from './proxy-trust';

const MAX_ADDRESS_LENGTH = 64;

/** Strips ports, brackets and zone ids; maps IPv4-in-IPv6 to IPv4; reduces IPv6 to its /64 (one subscriber). */
export function normalizeAddress(raw: string): string {
  let address = raw.trim().toLowerCase();
  address = /^\[([^\]]+)\]/.exec(address)?.[1] ?? address;
  address = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address)?.[1] ?? address;
  address = address.replace(/%.*$/, '');
  address = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address)?.[1] ?? address;
  if (!address.includes(':')) return address.slice(0, MAX_ADDRESS_LENGTH);
  const [head = '', tail = ''] = address.split('::');
  const headParts = head ? head.split(':') : [];
  const tailParts = tail ? tail.split(':') : [];
  const zeros = address.includes('::') ? Math.max(0, 8 - headParts.length - tailParts.length) : 0;
  const groups = [...headParts, ...Array<string>(zeros).fill('0'), ...tailParts].slice(0, 4);
  return `${groups.map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`.slice(
    0,
    MAX_ADDRESS_LENGTH,
  );
}

/** The peer's address on Node, or undefined elsewhere (Workers, in-process `app.request`). */
function socketAddress(c: Context): string | undefined {
  const environment = c.env as { incoming?: unknown; server?: { incoming?: unknown } } | undefined;
  if (!environment?.incoming && !environment?.server?.incoming) return undefined;
  return getConnInfo(c).remote.address;
}

/** A bare IP (no port, no brackets), or undefined for anything else: a forged hop cannot become a key. */
function asIp(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed && isIP(trimmed) ? trimmed : undefined;
}

/**
 * X-Forwarded-For read right to left: each hop was appended by the proxy after it. Trusted proxies are skipped;
 * the first untrusted hop is the client. A malformed hop ends the walk at the last address known to be real.
 */
function forwardedClient(peer: string, header: string | undefined, trust: ProxyTrust): string {
  const hops = (header ?? '').split(',').reverse();
  let client = peer;
  for (const hop of hops) {
    if (!trust.trusts(client)) break;
    const address = asIp(hop);
    if (!address) break;
    client = address;
  }
  return client;
}

/** Builds the resolver once from TRUST_PROXY (`cloudflare`, or a comma-separated list of CIDRs). */
export function createClientAddress(trustProxy: readonly string[]) {
  const trust = parseProxyTrust(trustProxy);
  /** Who is calling, or undefined when nobody can be identified (in-process calls in tests). */
  return function clientAddress(c: Context): string | undefined {
    const peer = socketAddress(c);
    if (peer === undefined) {
      // why: on Workers, Cloudflare sets CF-Connecting-IP itself and the client cannot forge it.
      const header = asIp(c.req.header('cf-connecting-ip'));
      return header ? normalizeAddress(header) : undefined;
    }
    if (trust.cloudflare) {
      const header = asIp(c.req.header('cf-connecting-ip'));
      if (header) return normalizeAddress(header);
    }
    const normalizedPeer = /^::ffff:/i.test(peer) ? peer.slice(7) : peer;
    return normalizeAddress(forwardedClient(normalizedPeer, c.req.header('x-forwarded-for'), trust));
  };
}

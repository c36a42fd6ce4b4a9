/** @module The client's address for rate limiting: Cloudflare's header on Workers, the socket (or a local proxy's last hop) on Node. */
import type { Context } from 'hono';

const MAX_ADDRESS_LENGTH = 64;

type NodeIncoming = { incoming?: { socket?: { remoteAddress?: string } } };

/** @hono/node-server passes `{ incoming, outgoing }` (or `{ server: … }`) as the environment; Workers pass bindings. */
function socketAddress(environment: unknown): string | undefined {
  if (!environment || typeof environment !== 'object') return undefined;
  const bindings = ('server' in environment ? environment.server : environment) as NodeIncoming | undefined;
  return bindings?.incoming?.socket?.remoteAddress;
}

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

function isPrivateAddress(address: string): boolean {
  return (
    /^(?:127\.|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.)/.test(address) ||
    address === '::1' ||
    address === '0:0:0:0::/64' ||
    /^f[cd][0-9a-f]{0,2}:/.test(address) ||
    /^fe80:/.test(address)
  );
}

const hops = (header: string | undefined) =>
  (header ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);

/**
 * Who is calling, or undefined when nobody can be identified (in-process calls in tests).
 * On Node, X-Forwarded-For is trusted only from a proxy on a private address, and only its last hop,
 * the one that proxy appended: earlier hops are written by the client and would let it pick its own key.
 */
export function clientAddress(c: Context): string | undefined {
  const socket = socketAddress(c.env);
  if (socket !== undefined) {
    const peer = normalizeAddress(socket);
    if (!isPrivateAddress(peer)) return peer;
    const forwarded = hops(c.req.header('x-forwarded-for')).at(-1);
    return forwarded ? normalizeAddress(forwarded) : peer;
  }
  // why: on Workers, Cloudflare sets CF-Connecting-IP itself; a client cannot forge it.
  const header = c.req.header('cf-connecting-ip') ?? hops(c.req.header('x-forwarded-for'))[0];
  return header ? normalizeAddress(header) : undefined;
}

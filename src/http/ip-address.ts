/** @module IP parsing for proxy trust: validation and CIDR membership for IPv4 and IPv6, no dependency (Workers too). */

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function ipv4Bits(address: string): bigint | undefined {
  if (!IPV4.test(address)) return undefined;
  return address.split('.').reduce((bits, part) => (bits << 8n) | BigInt(Number(part)), 0n);
}

function ipv6Bits(address: string): bigint | undefined {
  if (!/^[0-9a-f:.]+$/i.test(address) || address.split('::').length > 2) return undefined;
  let text = address;
  const embedded = /:(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  let tail: number[] = [];
  if (embedded) {
    const v4 = ipv4Bits(embedded);
    if (v4 === undefined) return undefined;
    tail = [Number(v4 >> 16n), Number(v4 & 0xffffn)];
    text = text.slice(0, -embedded.length - 1) || ':';
    if (text.endsWith(':') && !text.endsWith('::')) text = `${text}:`;
  }
  const [head = '', rest] = text.split('::');
  const parse = (part: string) => (part ? part.split(':') : []);
  const headGroups = parse(head);
  const restGroups = rest === undefined ? [] : parse(rest);
  const missing = 8 - tail.length - headGroups.length - restGroups.length;
  if (rest === undefined ? missing !== 0 : missing < 1) return undefined;
  const groups = [...headGroups, ...Array<string>(rest === undefined ? 0 : missing).fill('0'), ...restGroups];
  if (groups.some((group) => !/^[0-9a-f]{1,4}$/i.test(group))) return undefined;
  return [...groups.map((group) => Number.parseInt(group, 16)), ...tail].reduce(
    (bits, group) => (bits << 16n) | BigInt(group),
    0n,
  );
}

/** The address as bits with its family, or undefined when it is not a bare IP. */
export function parseIp(address: string): { bits: bigint; size: 32 | 128 } | undefined {
  const v4 = ipv4Bits(address);
  if (v4 !== undefined) return { bits: v4, size: 32 };
  const v6 = ipv6Bits(address);
  if (v6 === undefined) return undefined;
  // IPv4-mapped IPv6 (::ffff:a.b.c.d) is the IPv4 address.
  if (v6 >> 32n === 0xffffn) return { bits: v6 & 0xffffffffn, size: 32 };
  return { bits: v6, size: 128 };
}

export const isIP = (address: string) => parseIp(address) !== undefined;

export type Cidr = { bits: bigint; size: 32 | 128; prefix: number };

/** Parses `10.0.0.0/8`, `2001:db8::/32` or a single address; undefined when malformed. */
export function parseCidr(text: string): Cidr | undefined {
  const [address = '', prefixText] = text.trim().split('/');
  const ip = parseIp(address);
  if (!ip) return undefined;
  const offset = address.includes(':') && ip.size === 32 ? 96 : 0;
  const prefix = prefixText === undefined ? ip.size : Number(prefixText) - offset;
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > ip.size) return undefined;
  return { ...ip, prefix };
}

export function cidrContains(cidr: Cidr, address: string): boolean {
  const ip = parseIp(address);
  if (!ip || ip.size !== cidr.size) return false;
  const shift = BigInt(cidr.size - cidr.prefix);
  return ip.bits >> shift === cidr.bits >> shift;
}

/** @module TRUST_PROXY: off by default; `cloudflare` (CF-Connecting-IP is authoritative) and/or a list of CIDRs. */
import { type Cidr, cidrContains, parseCidr } from './ip-address';

export type ProxyTrust = { cloudflare: boolean; trusts(address: string): boolean };

/** Named shortcuts for common private ranges, so `TRUST_PROXY=loopback` reads well. */
const ALIASES: Record<string, string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

export function parseProxyTrust(entries: readonly string[]): ProxyTrust {
  const cidrs: Cidr[] = [];
  let cloudflare = false;
  for (const entry of entries.map((item) => item.trim().toLowerCase())) {
    if (entry === 'cloudflare') cloudflare = true;
    for (const text of ALIASES[entry] ?? [entry]) {
      const cidr = parseCidr(text);
      if (cidr) cidrs.push(cidr);
    }
  }
  return { cloudflare, trusts: (address) => cidrs.some((cidr) => cidrContains(cidr, address)) };
}

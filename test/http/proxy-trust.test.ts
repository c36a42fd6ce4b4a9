import { describe, expect, it } from 'vitest';
import { isIP } from '../../src/http/ip-address';
import { parseProxyTrust } from '../../src/http/proxy-trust';

describe('isIP', () => {
  it.each([
    '203.0.113.7',
    '0.0.0.0',
    '2001:db8::1',
    '::1',
    '::',
    'fe80::1',
    '::ffff:192.0.2.1',
    '1:2:3:4:5:6:7:8',
  ])('accepts %s', (address) => expect(isIP(address)).toBe(true));
  it.each([
    '',
    'inconnu',
    '256.1.1.1',
    '1.2.3',
    '01.2.3.4',
    '198.51.100.9:8080',
    '[2001:db8::1]',
    '2001:db8::zz',
    '1::2::3',
    '1:2:3:4:5:6:7:8:9',
    ' 203.0.113.7',
    '203.0.113.7, 10.0.0.1',
  ])('rejects %j', (address) => expect(isIP(address)).toBe(false));
});

describe('parseProxyTrust (TRUST_PROXY)', () => {
  it('trusts nobody by default', () => {
    const trust = parseProxyTrust([]);
    expect([trust.cloudflare, trust.trusts('127.0.0.1'), trust.trusts('10.0.0.1')]).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('reads CIDRs, single addresses and the loopback/private aliases, IPv4 and IPv6', () => {
    const trust = parseProxyTrust([
      '10.0.0.0/8',
      '192.0.2.10',
      '2001:db8::/32',
      'loopback',
      'n’importe quoi',
    ]);
    expect(trust.trusts('10.200.3.4')).toBe(true);
    expect(trust.trusts('11.0.0.1')).toBe(false);
    expect(trust.trusts('192.0.2.10')).toBe(true);
    expect(trust.trusts('192.0.2.11')).toBe(false);
    expect(trust.trusts('2001:db8:ffff::1')).toBe(true);
    expect(trust.trusts('2001:db9::1')).toBe(false);
    expect(trust.trusts('127.0.0.1')).toBe(true);
    expect(trust.trusts('::1')).toBe(true);
    expect(trust.trusts('::ffff:10.1.1.1')).toBe(true);
    expect(trust.cloudflare).toBe(false);
  });

  it('knows `cloudflare`', () => {
    expect(parseProxyTrust(['cloudflare']).cloudflare).toBe(true);
  });
});

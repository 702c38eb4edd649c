import { describe, expect, it } from 'vitest';
import { isFsjHost, isFsjSite } from '../../../lib/page/fsjSite';

describe('isFsjSite', () => {
  it('is afsa.org and its subdomains, over http or https', () => {
    expect(isFsjSite('https://www.afsa.org/sites/default/files/flipping_book/0313/')).toBe(true);
    expect(isFsjSite('http://afsa.org/x')).toBe(true);
    expect(isFsjHost('WWW.AFSA.ORG')).toBe(true);
  });

  it('is not a site whose name merely ends like it, nor an address that does not parse', () => {
    expect(isFsjSite('https://notafsa.org/')).toBe(false);
    expect(isFsjSite('https://afsa.org.example.com/')).toBe(false);
    expect(isFsjSite('not a url')).toBe(false);
    expect(isFsjSite(undefined)).toBe(false);
  });
});

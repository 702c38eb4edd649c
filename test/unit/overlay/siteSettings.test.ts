// The per-site off switch: reading whatever storage holds, and switching one host on or off.
import { describe, expect, it } from 'vitest';
import {
  DISABLED_SITES_KEY,
  parseSiteInput,
  readDisabledSites,
  setSiteDisabled,
} from '../../../lib/overlay/siteSettings';

describe('readDisabledSites', () => {
  it('reads a stored list of host names as it is', () => {
    expect(readDisabledSites(['www.afsa.org', 'example.org'])).toEqual([
      'www.afsa.org',
      'example.org',
    ]);
  });

  it('reads a missing or damaged value as an empty list', () => {
    for (const stored of [undefined, null, 'www.afsa.org', 42, { 0: 'www.afsa.org' }]) {
      expect(readDisabledSites(stored)).toEqual([]);
    }
  });

  it('drops entries that are not strings', () => {
    expect(readDisabledSites(['www.afsa.org', 3, null, { host: 'x' }, 'b.org'])).toEqual([
      'www.afsa.org',
      'b.org',
    ]);
  });

  it('is stored under a stable key', () => {
    expect(DISABLED_SITES_KEY).toBe('disabledSites');
  });
});

describe('setSiteDisabled', () => {
  it('adds a host when switching it off, keeping the list sorted', () => {
    expect(setSiteDisabled(['b.org', 'd.org'], 'c.org', true)).toEqual(['b.org', 'c.org', 'd.org']);
  });

  it('does not list a host twice', () => {
    expect(setSiteDisabled(['www.afsa.org'], 'www.afsa.org', true)).toEqual(['www.afsa.org']);
  });

  it('removes a host when switching it back on, and ignores a host not listed', () => {
    expect(setSiteDisabled(['a.org', 'www.afsa.org'], 'www.afsa.org', false)).toEqual(['a.org']);
    expect(setSiteDisabled(['a.org'], 'www.afsa.org', false)).toEqual(['a.org']);
  });

  it('leaves the given list unchanged', () => {
    const list = ['b.org', 'a.org'];
    setSiteDisabled(list, 'c.org', true);
    setSiteDisabled(list, 'a.org', false);
    expect(list).toEqual(['b.org', 'a.org']);
  });
});

describe('parseSiteInput', () => {
  it('takes a host name, or the host of a pasted address, in lower case', () => {
    expect(parseSiteInput('www.afsa.org')).toEqual({ ok: true, host: 'www.afsa.org' });
    expect(parseSiteInput('  WWW.AFSA.org ')).toEqual({ ok: true, host: 'www.afsa.org' });
    expect(parseSiteInput('https://www.afsa.org/fsj-archive?x=1#top')).toEqual({
      ok: true,
      host: 'www.afsa.org',
    });
    expect(parseSiteInput('localhost')).toEqual({ ok: true, host: 'localhost' });
  });

  it('says what is wrong with anything else', () => {
    expect(parseSiteInput('  ')).toEqual({
      ok: false,
      message: 'Type a site, for example www.afsa.org.',
    });
    for (const input of ['not a site', 'file:///etc/passwd', 'www..afsa.org']) {
      const result = parseSiteInput(input);
      expect(result.ok, input).toBe(false);
      expect(!result.ok && result.message).toMatch(/is not a site/);
    }
  });
});

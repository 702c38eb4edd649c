// The embedded glossary data: every entry valid, no name or acronym claimed twice, and every body of
// the research notes (../shared/glossary/facts.json, when present) covered by an entry.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY, GLOSSARY_BY_ID } from '../../../lib/glossary/index';
import { checkGlossary } from '../../../lib/glossary/checkEntries';
import { foldName } from '../../../lib/glossary/normalize';
import { BODY_KINDS } from '../../../lib/glossary/types';

describe('every glossary entry', () => {
  it('passes the build’s check: fields, a source read, no name claimed by two bodies', () => {
    expect(checkGlossary(GLOSSARY)).toEqual([]);
  });

  it('has a unique kebab-case id', () => {
    const ids = GLOSSARY.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(GLOSSARY_BY_ID.size).toBe(GLOSSARY.length);
  });

  it('has a non-empty name, summary and source', () => {
    for (const e of GLOSSARY) {
      expect(e.name.trim(), e.id).not.toBe('');
      expect(e.summary.trim().length, e.id).toBeGreaterThan(20);
      expect(e.source.trim(), e.id).not.toBe('');
    }
  });

  it('has a kind the card knows', () => {
    for (const e of GLOSSARY) expect(BODY_KINDS, e.id).toContain(e.kind);
  });

  it('has an http(s) URL for its official site, when it has one', () => {
    for (const e of GLOSSARY) {
      if (e.url === undefined) continue;
      expect(e.url, e.id).toMatch(/^https?:\/\/[^\s/]+\.[^\s/]+/);
      expect(() => new URL(e.url!), e.id).not.toThrow();
    }
  });

  it('has no empty acronym or alias, and optional facts that are not blank', () => {
    for (const e of GLOSSARY) {
      for (const a of e.acronyms) expect(a.trim(), e.id).not.toBe('');
      for (const a of e.aliases) expect(a.trim(), e.id).not.toBe('');
      if (e.founded !== undefined) expect(e.founded.trim(), e.id).not.toBe('');
      if (e.seat !== undefined) expect(e.seat.trim(), e.id).not.toBe('');
    }
  });
});

describe('names across the glossary', () => {
  it('gives no acronym to two entries', () => {
    const owner = new Map<string, string>();
    for (const e of GLOSSARY) {
      for (const acronym of e.acronyms) {
        expect(owner.get(acronym) ?? e.id, `${acronym} claimed twice`).toBe(e.id);
        owner.set(acronym, e.id);
      }
    }
  });

  it('gives no name or alias to two entries, once folded', () => {
    const owner = new Map<string, string>();
    for (const e of GLOSSARY) {
      for (const name of [e.name, ...e.aliases]) {
        const key = foldName(name);
        expect(owner.get(key) ?? e.id, `"${name}" claimed twice`).toBe(e.id);
        owner.set(key, e.id);
      }
    }
  });
});

const FACTS = resolve(__dirname, '../../../../shared/glossary/facts.json');

describe.skipIf(!existsSync(FACTS))('coverage of the research notes', () => {
  it('has an entry for every body in shared/glossary/facts.json', () => {
    const facts = JSON.parse(readFileSync(FACTS, 'utf8')) as { name: string }[];
    expect(facts.length).toBeGreaterThan(0);
    const names = GLOSSARY.flatMap((e) => [e.name, ...e.aliases].map((n) => ` ${foldName(n)} `));
    // A notes name may carry a parenthesis ("… (2013)", "Regional Conference on Migration (Puebla
    // Process)"): the name without it, or the name inside it, must be an entry's name or alias, or
    // be contained in one as whole words (the entry may add the year: "2013 United Nations …").
    const covered = (name: string) => {
      const m = /^(.*?)\s*\((.*)\)\s*$/.exec(name);
      const parts = m ? [name, m[1]!, m[2]!] : [name];
      return parts.some((p) => names.some((n) => n.includes(` ${foldName(p)} `)));
    };
    const missing = facts.map((f) => f.name).filter((name) => !covered(name));
    expect(missing).toEqual([]);
  });
});

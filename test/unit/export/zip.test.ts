// The zip of one Markdown file per article: every file comes out of it byte for byte, under its
// own name and dated with the export's time.
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipMarkdownFiles } from '../../../lib/export/zip';
import { NOW } from './exportFixtures';

const FILES = [
  { name: 'fsj-2013-03-p28.md', content: '# Page 28\n\n> “Quoted” text, ünïcödé and emoji 🌍\n' },
  { name: 'organization-notes.md', content: '# Notes on organizations\n' },
];

describe('zipMarkdownFiles', () => {
  it('holds every file under its name with exactly its text', () => {
    const unzipped = unzipSync(zipMarkdownFiles(FILES, NOW));
    expect(Object.keys(unzipped)).toEqual(FILES.map((f) => f.name));
    for (const file of FILES) expect(strFromU8(unzipped[file.name]!)).toBe(file.content);
  });

  it('is the same archive for the same export', () => {
    expect(zipMarkdownFiles(FILES, NOW)).toEqual(zipMarkdownFiles(FILES, NOW));
  });

  it('compresses: repetitive Markdown takes much less room', () => {
    const long = [{ name: 'a.md', content: '> A quote about IOM.\n\n'.repeat(2000) }];
    expect(zipMarkdownFiles(long, NOW).length).toBeLessThan(long[0]!.content.length / 10);
  });

  it('is an empty archive when there is nothing to export', () => {
    expect(unzipSync(zipMarkdownFiles([], NOW))).toEqual({});
  });
});

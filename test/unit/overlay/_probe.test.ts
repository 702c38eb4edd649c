// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { applyOverlay } from '../../../lib/overlay/overlay';
import { getCompiledGlossary } from '../../../lib/glossary';
import { findArticle } from '../../../lib/article/findArticle';
import { buildTextModel } from '../../../lib/text/textModel';
import { matchGlossary } from '../../../lib/glossary/matcher';
const manifest = JSON.parse(readFileSync('test/fixtures/pages/manifest.json', 'utf8'));
it('probe', () => {
  for (const page of manifest) {
    const html = readFileSync('test/fixtures/pages/' + page.file, 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const a = findArticle(doc);
    if (a) {
      const m = buildTextModel(a.roots, { skip: a.isLeftOut, acceptText: a.isArticleText });
      console.log(
        page.file,
        a.roots.map((r) => r.tagName + '.' + r.className),
        JSON.stringify(m.text.slice(0, 300)),
      );
      console.log(
        matchGlossary(getCompiledGlossary(), m.text)
          .map((o) => o.entryId + ':' + m.text.slice(o.start, o.end))
          .join(' | '),
      );
    } else console.log(page.file, 'null');
    const ov = applyOverlay(doc, getCompiledGlossary());
    const counts: Record<string, number> = {};
    for (const o of ov.occurrences) counts[o.entryId] = (counts[o.entryId] ?? 0) + 1;
    console.log(ov.state, JSON.stringify(counts), JSON.stringify(page.expected));
  }
});

// The article text (text model string) of each fixture page that has an article, found the way
// the content script finds it: Readability via findArticle, then buildTextModel. Uses its own
// happy-dom window, so it works in any Vitest environment and in `npm run bench` (plain Node).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { findArticle } from '../../../lib/article/findArticle';
import { buildTextModel } from '../../../lib/text/textModel';
import { FIXTURES_DIR, readManifest } from '../../../scripts/browser/serve';

export interface NamedText {
  name: string;
  text: string;
}

/** The text model string of one fixture page's article, or null when it has none. */
export function fixtureArticleText(file: string): string | null {
  const window = new Window({
    settings: { disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
  });
  try {
    const html = readFileSync(join(FIXTURES_DIR, file), 'utf8');
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const article = findArticle(doc);
    if (article === null) return null;
    return buildTextModel(article.roots, {
      skip: article.isLeftOut,
      acceptText: article.isArticleText,
    }).text;
  } finally {
    void window.happyDOM.close();
  }
}

/** Every fixture page's article text. Why: the anchoring tests run on the project's real pages. */
export function fixtureArticleTexts(): NamedText[] {
  const texts: NamedText[] = [];
  for (const page of readManifest()) {
    if (page.layout === 'none') continue;
    const text = fixtureArticleText(page.file);
    if (text !== null) texts.push({ name: page.file, text });
  }
  return texts;
}

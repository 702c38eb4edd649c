// WXT build configuration: manifest, permissions and the Preact plugin for every entrypoint.
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { checkGlossary } from './lib/glossary/checkEntries';
import { GLOSSARY } from './lib/glossary/entries';
import { NOT_BODIES } from './lib/glossary/data/notBodies';
import { precompiledModule } from './lib/glossary/precompile';
import { toMatchingEntries } from './lib/glossary/types';

/**
 * `virtual:fsj-glossary-names`: the glossary's names for the content script, without the card
 * text, already folded into the automaton's patterns (lib/glossary/precompile.ts), so a page loads
 * them with no compiling (lib/glossary/loadGlossary.ts).
 */
function glossaryNames(): Plugin {
  // The build refuses a glossary with a bad entry or a name two bodies claim: adding a body is
  // adding data, and this is where a mistake in that data stops.
  const problems = checkGlossary(GLOSSARY);
  if (problems.length > 0)
    throw new Error(`The glossary has ${problems.length} problem(s):\n${problems.join('\n')}`);
  const id = 'virtual:fsj-glossary-names';
  return {
    name: 'fsj-glossary-names',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load: (source) =>
      source === `\0${id}` ? precompiledModule(toMatchingEntries(GLOSSARY), NOT_BODIES) : null,
  };
}

/**
 * Keyboard shortcuts (lib/background/commands.ts runs them); the reader can change them in the
 * browser. Alt+Shift+G, H and J are not among Chrome's or Firefox's own shortcuts; on a Mac,
 * Option+Shift+letter types characters, so Control+Shift is suggested there.
 */
const shortcut = (letter: string, description: string) => ({
  suggested_key: { default: `Alt+Shift+${letter}`, mac: `MacCtrl+Shift+${letter}` },
  description,
});
const SHORTCUTS = {
  'toggle-overlay': shortcut('G', 'Turn the overlay on or off for this site'),
  'highlight-selection': shortcut('H', 'Highlight the selected text'),
  'open-notes': shortcut('J', 'Open the notes page'),
};

/** The mark at each size the browsers ask for: toolbar (16, 32), extensions page (48), store (128). */
const ICONS = Object.fromEntries([16, 32, 48, 128].map((size) => [size, `icon/${size}.png`]));

export default defineConfig({
  // No browser is opened by `wxt dev` here: scripts/start.ts launches Chromium itself, with the demo
  // page served at its afsa.org address; `npm run dev` keeps serving and rebuilding.
  webExt: { disabled: true },
  vite: () => ({
    plugins: [preact(), glossaryNames()],
    // Readability is CommonJS, which the bundler keeps wherever it is imported, used or not. Its
    // module has no side effects, so a bundle that never reads a page (Chrome's service worker,
    // where the Firefox-only reading is switched off at build time) leaves it out.
    build: {
      rollupOptions: {
        treeshake: { moduleSideEffects: (id: string) => !id.includes('@mozilla/readability') },
      },
    },
  }),
  manifest: ({ browser }) => ({
    name: 'FSJ Gloss',
    description:
      'Marks the organizations, agencies and forums that Foreign Service Journal articles name, with a card for each.',
    // storage: the per-site off switch. activeTab + scripting: turning the overlay on for a page
    // outside afsa.org only when the user asks, without a host permission for every site.
    // contextMenus: Highlight and Add note on a selection (lib/background/commands.ts).
    // offscreen (Chrome, no warning shown): a document where pages are read and matched, since
    // the service worker has no DOM (lib/background/articleReader.ts).
    // sidePanel (Chrome): the notes page in the side panel; Firefox shows it as a sidebar.
    // unlimitedStorage: the highlights and notes are the reader's only copy. Without it the
    // database is best-effort storage the browser may clear when the disk runs low; with it Chrome
    // exempts the extension's storage from eviction (while still refusing navigator.storage
    // .persist() to extensions) and Firefox grants it persistent storage. Chrome shows no warning
    // for it; Firefox lists it at install as storing an unlimited amount of client-side data.
    permissions: [
      'storage',
      'unlimitedStorage',
      'activeTab',
      'scripting',
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['offscreen', 'sidePanel']),
    ],
    // Drawn from scripts/icon/mark.svg by `npm run icons` (the PNGs are committed). The toolbar
    // button's icon is declared in entrypoints/popup/index.html, which WXT writes into `action`
    // (Chrome) or `browser_action` (Firefox MV2); an icon set here would be lost for Firefox.
    icons: ICONS,
    action: { default_title: 'FSJ Gloss' },
    // The reader frame (entrypoints/reader): an extension page shown in an iframe on the article,
    // so the reader's notes are drawn and typed where the page cannot reach. In Chrome its address
    // changes each session (use_dynamic_url), so a page cannot probe for the extension.
    web_accessible_resources:
      browser === 'firefox'
        ? ['reader.html']
        : [{ resources: ['reader.html'], matches: ['<all_urls>'], use_dynamic_url: true }],
    commands: SHORTCUTS,
    ...(browser === 'firefox'
      ? {
          sidebar_action: {
            default_panel: 'notes.html',
            default_title: 'FSJ Gloss notes',
            open_at_install: false,
          },
          browser_specific_settings: {
            gecko: {
              id: 'fsj-gloss@fsj-gloss.invalid',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { side_panel: { default_path: 'notes.html' } }),
  }),
});

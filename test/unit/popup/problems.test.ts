// What the popup tells a reader when something fails: the browser's raw message in, one plain
// sentence out, and never the raw text.
import { describe, expect, it } from 'vitest';
import { explainProblem, isProtectedPage, PopupProblem } from '../../../lib/popup/problems';

const named = (name: string, message = '') => Object.assign(new Error(message), { name });
const PERMISSION =
  'Cannot access contents of the page. Extension manifest must request permission to access the respective host.';

describe('pages the browser keeps extensions off', () => {
  it('is the browser’s own pages, other extensions’ pages and the add-on stores', () => {
    for (const url of [
      'chrome://extensions/',
      'edge://settings',
      'about:addons',
      'view-source:https://www.afsa.org/',
      'chrome-extension://abcdefgh/popup.html',
      'moz-extension://1234/notes.html',
      'https://chromewebstore.google.com/detail/x',
      'https://chrome.google.com/webstore/category/extensions',
      'https://addons.mozilla.org/en-US/firefox/',
    ]) {
      expect(isProtectedPage(url), url).toBe(true);
    }
  });

  it('is not an ordinary web page, nor Google’s other pages', () => {
    for (const url of [
      'https://www.afsa.org/sites/default/files/flipping_book/0319/9/',
      'http://example.org/chrome://',
      'https://chrome.google.com/intl/en/chrome/',
      'not a url',
    ]) {
      expect(isProtectedPage(url), url).toBe(false);
    }
  });
});

describe('explainProblem', () => {
  it('says a chrome:// page or the web store cannot be marked, from Chromium’s words', () => {
    for (const message of [
      'Cannot access a chrome:// URL',
      'The extensions gallery cannot be scripted.',
      'Cannot access contents of url "chrome://newtab/". Extension manifest must request permission to access this host.',
    ]) {
      const { cause, sentence } = explainProblem(new Error(message));
      expect(cause, message).toBe('protected-page');
      expect(sentence).toBe(
        'This page can’t be marked: the browser keeps extensions off it (its own pages, settings and add-on stores).',
      );
    }
  });

  it('reads a general refusal by the tab’s address: a protected page, a local file, or a page to click into', () => {
    expect(explainProblem(new Error(PERMISSION), 'https://addons.mozilla.org/').cause).toBe(
      'protected-page',
    );
    expect(
      explainProblem(new Error('Missing host permission for the tab'), 'about:debugging').cause,
    ).toBe('protected-page');
    expect(explainProblem(new Error(PERMISSION), 'file:///home/me/page.html').cause).toBe(
      'local-file',
    );
    const elsewhere = explainProblem(new Error(PERMISSION), 'https://example.org/');
    expect(elsewhere.cause).toBe('no-access');
    expect(elsewhere.sentence).toMatch(/Click the FSJ Gloss button in the toolbar/);
    expect(explainProblem(new Error(PERMISSION)).cause).toBe('no-access');
  });

  it('tells a local file how to allow it, from Chromium’s words alone', () => {
    const { cause, sentence } = explainProblem(
      new Error('Cannot access contents of url "file:///tmp/a.html". Extension manifest must …'),
    );
    expect(cause).toBe('local-file');
    expect(sentence).toMatch(/Allow access to file URLs/);
  });

  it('says a page that failed to load has nothing to mark', () => {
    expect(explainProblem(new Error('Frame with ID 0 is showing error page')).cause).toBe(
      'error-page',
    );
  });

  it('says a closed tab is gone, in Chromium’s words and Firefox’s', () => {
    expect(explainProblem(new Error('No tab with id: 41.')).cause).toBe('tab-gone');
    expect(explainProblem(new Error('Invalid tab ID: 41')).cause).toBe('tab-gone');
  });

  it('says the extension is not running on the page when nothing answers', () => {
    const { cause, sentence } = explainProblem(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    expect(cause).toBe('not-reached');
    expect(sentence).toMatch(/Reload the page/);
  });

  it('tells a full disk as the store does, wherever the quota error is wrapped', () => {
    const full = Object.assign(named('AbortError', 'aborted'), {
      inner: named('QuotaExceededError', 'quota'),
    });
    const { cause, sentence } = explainProblem(full);
    expect(cause).toBe('storage');
    expect(sentence).toMatch(/no room left/);
  });

  it('tells a closed database to reload, and an unexplained store failure without its raw text', () => {
    expect(explainProblem(named('DatabaseClosedError', 'x')).sentence).toMatch(/Reload the page/);
    const odd = explainProblem(named('UnknownError', 'Internal error opening backing store 0x5'));
    expect(odd.cause).toBe('storage');
    expect(odd.sentence).not.toMatch(/backing store|0x5/);
  });

  it('says the clipboard was refused, with another way to get the file', () => {
    for (const error of [
      named(
        'NotAllowedError',
        'Failed to execute writeText on Clipboard: Document is not focused.',
      ),
      named('NotAllowedError', 'Write permission denied.'),
    ]) {
      const { cause, sentence } = explainProblem(error);
      expect(cause).toBe('clipboard');
      expect(sentence).toMatch(/download/);
    }
  });

  it('keeps the causes the popup found itself', () => {
    expect(explainProblem(new PopupProblem('no-article')).sentence).toBe(
      'No article found on this page, so nothing is marked. You can mark the whole page instead.',
    );
    expect(explainProblem(new PopupProblem('not-reached')).cause).toBe('not-reached');
  });

  it('gives anything else one general sentence, never the raw message', () => {
    for (const error of [new TypeError('x is undefined'), 'a string', 42, null, { odd: true }]) {
      const { cause, sentence } = explainProblem(error);
      expect(cause).toBe('unknown');
      expect(sentence).toBe(
        'Something went wrong in FSJ Gloss. Close this window and try again; if it keeps happening, reload the page.',
      );
    }
  });
});

// Page identity: the canonical address highlights are filed under, and which FSJ issue and page a
// FlippingBook address belongs to. Pure: strings in, plain objects out.

import { MAX_TITLE_LENGTH } from '../model/limits';
import type { FsjIssue, PageRecord } from '../db/types';

/** Query parameters that only say how the reader arrived; they never change what the page shows. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'gbraid',
  'wbraid',
  'dclid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  'igshid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'mkt_tok',
  'ref_src',
  'ref_url',
  '_hsenc',
  '_hsmi',
  '__hstc',
  '__hssc',
  '__hsfp',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
]);

function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return key.startsWith('utm_') || TRACKING_PARAMS.has(key);
}

/** Drops the fragment and tracking parameters, keeping every other parameter byte for byte. */
function cleanUrl(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  if (copy.search) {
    const kept = copy.search
      .slice(1)
      .split('&')
      .filter((part) => {
        if (part === '') return false;
        const raw = part.split('=')[0] ?? '';
        let name = raw;
        try {
          name = decodeURIComponent(raw.replace(/\+/g, ' '));
        } catch {
          // A malformed escape is not a tracking parameter's name; keep the part as it is.
        }
        return !isTrackingParam(name);
      });
    copy.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  }
  return copy.href;
}

function parseHttpUrl(value: string, base?: string): URL | null {
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * FlippingBook addresses on afsa.org: the book's code, then where a page number can stand. The SEO
 * file (`files/assets/seo/page<N>.html`), the basic-html file (`files/assets/basic-html/page-<N>.html`)
 * and the page's own folder (`<N>/`, `<N>`, `<N>/index.html`), the form nearly every archive link
 * now uses. The folder form must end the path, so that a deeper file of the book is not read as a
 * page.
 */
const FLIPPING_BOOK_PATH =
  /\/flipping_book\/([^/]+)\/(?:files\/assets\/(?:seo\/page(\d+)\.html|basic-html\/page-(\d+)\.html)|(\d{1,5})(?:\/(?:index\.html?)?)?$)?/i;

function isAfsaHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'afsa.org' || host.endsWith('.afsa.org');
}

function flippingBookParts(url: string): { code: string; page: number | null } | null {
  const parsed = parseHttpUrl(url);
  if (!parsed || !isAfsaHost(parsed.hostname)) return null;
  const match = FLIPPING_BOOK_PATH.exec(parsed.pathname);
  if (!match) return null;
  const digits = match[2] ?? match[3] ?? match[4];
  const page = digits === undefined ? null : Number(digits);
  return { code: (match[1] ?? '').toLowerCase(), page: page !== null && page > 0 ? page : null };
}

/** A host without its `www.`: http and https, with or without www, are one site. */
function siteOf(url: URL): string {
  return url.hostname.replace(/^www\./, '');
}

/**
 * Whether the page's `rel=canonical` should be believed. A canonical naming another site is
 * ignored: any page (forum.afsa.org, or any site) could copy an article's text and name the
 * article's address, to be shown that article's highlights and notes. Two common
 * misconfigurations would file different pages' highlights together, so they are ignored too: a
 * canonical pointing at the site's home page from a deeper page, and a FlippingBook page whose
 * canonical names another page or the book.
 */
function trustCanonical(own: URL, canonical: URL): boolean {
  if (siteOf(canonical) !== siteOf(own)) return false;
  if (canonical.pathname === '/' && own.pathname !== '/') return false;
  const ownBook = flippingBookParts(own.href);
  if (ownBook?.page != null) {
    const canonicalBook = flippingBookParts(canonical.href);
    return canonicalBook?.code === ownBook.code && canonicalBook.page === ownBook.page;
  }
  return true;
}

/**
 * The address a page's highlights are filed under, so that the same article reached through a
 * newsletter link, a search result or an in-page anchor shows the same highlights: the fragment and
 * tracking parameters are removed, and a valid http(s) `rel=canonical` (relative ones resolved
 * against the page) replaces the page's own address. An address that does not parse is returned
 * without its fragment.
 */
export function canonicalUrl(href: string, canonicalHref: string | null): string {
  let own: URL;
  try {
    own = new URL(href);
  } catch {
    return href.split('#')[0] ?? href;
  }
  if (canonicalHref !== null && canonicalHref.trim() !== '') {
    const canonical = parseHttpUrl(canonicalHref.trim(), own.href);
    if (canonical && trustCanonical(own, canonical)) return cleanUrl(canonical);
  }
  return cleanUrl(own);
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The first year of The Foreign Service Journal (as the American Consular Bulletin). */
export const FSJ_FIRST_YEAR = 1919;

/**
 * Two-digit years in issue codes. The archive spans 1919 to today, so `YY` is read as 20YY when
 * that is no later than next year (a January issue goes online in December), else as 19YY. In 2026,
 * `0313` is March 2013, `0127` January 2027 and `0128` January 1928. A two-digit year cannot tell
 * 1926 from 2026; the rule favours the recent issue, on the assumption that the archive's
 * FlippingBook codes are for recent issues (the oldest issues are served as PDFs).
 */
export function fullYear(twoDigits: number, now: number): number {
  const pivot = new Date(now).getUTCFullYear() + 1;
  return 2000 + twoDigits <= pivot ? 2000 + twoDigits : 1900 + twoDigits;
}

function month(text: string): number | null {
  const value = Number(text);
  return value >= 1 && value <= 12 ? value : null;
}

/** Reads an issue code (`0313`, `070813`, `ar2013`), or null when it is not one. */
export function parseIssueCode(code: string, now: number = Date.now()): FsjIssue | null {
  const lower = code.toLowerCase();
  const annual = /^ar(\d{4})$/.exec(lower);
  if (annual) {
    const year = Number(annual[1]);
    if (year < FSJ_FIRST_YEAR || year > new Date(now).getUTCFullYear() + 1) return null;
    return { code: lower, year, month: null, endMonth: null };
  }
  const single = /^(\d{2})(\d{2})$/.exec(lower);
  if (single) {
    const m = month(single[1] ?? '');
    if (m === null) return null;
    return { code: lower, year: fullYear(Number(single[2]), now), month: m, endMonth: m };
  }
  const combined = /^(\d{2})(\d{2})(\d{2})$/.exec(lower);
  if (combined) {
    const first = month(combined[1] ?? '');
    const last = month(combined[2] ?? '');
    // A combined issue runs forward within one year (07–08, 11–12).
    if (first === null || last === null || last <= first) return null;
    return { code: lower, year: fullYear(Number(combined[3]), now), month: first, endMonth: last };
  }
  return null;
}

/**
 * The FSJ issue an afsa.org FlippingBook address belongs to (any address under
 * `/flipping_book/<code>/`: the SEO and basic-html page files, a page's folder `<code>/<page>/`), or null for any other
 * address, so that exports and the notes page can name the issue.
 */
export function fsjIssueFromUrl(url: string, now: number = Date.now()): FsjIssue | null {
  const parts = flippingBookParts(url);
  return parts ? parseIssueCode(parts.code, now) : null;
}

/**
 * The page number within an issue: from the address (`page28.html`, `page-28.html`, `…/0319/28/`),
 * else from a FlippingBook title (`Page 28 - The Foreign Service Journal, March 2013`).
 */
export function fsjPageNumber(url: string, title: string): number | null {
  const fromUrl = flippingBookParts(url)?.page ?? null;
  if (fromUrl !== null) return fromUrl;
  const fromTitle = /^\s*page\s+(\d{1,5})\s*[-–—|:,]/i.exec(title);
  const n = fromTitle ? Number(fromTitle[1]) : 0;
  return n > 0 ? n : null;
}

/**
 * The page record saved with a highlight: canonical address, title, and the FSJ issue and page
 * number when known (looked up on the canonical address, then on the page's own).
 */
export function describePage(
  href: string,
  canonicalHref: string | null,
  title: string,
  now: number,
): PageRecord {
  const url = canonicalUrl(href, canonicalHref);
  const issue = fsjIssueFromUrl(url, now) ?? fsjIssueFromUrl(href, now);
  const cleanTitle = title.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE_LENGTH);
  const pageNumber = issue ? (fsjPageNumber(url, '') ?? fsjPageNumber(href, cleanTitle)) : null;
  return { url, title: cleanTitle, issue, pageNumber, updatedAt: now };
}

/**
 * The page's title, or its address when it has none. Why: every export and every list needs a
 * heading for the page (here, not in the Markdown writer, so a list need not load the writer).
 */
export function pageTitle(page: PageRecord): string {
  const title = page.title.replace(/\s+/g, ' ').trim();
  return title !== '' ? title : page.url;
}

/** An issue's date, where the journal is already named: "March 2013", "July–August 2013". */
export function fsjIssueDate(issue: FsjIssue): string {
  if (issue.month === null) return `AFSA Annual Report ${issue.year}`;
  const first = MONTH_NAMES[issue.month - 1] ?? '';
  const last = issue.endMonth !== null && issue.endMonth !== issue.month;
  return last
    ? `${first}–${MONTH_NAMES[(issue.endMonth ?? 1) - 1] ?? ''} ${issue.year}`
    : `${first} ${issue.year}`;
}

/** How an issue is named to the user and in exports: "FSJ March 2013", "FSJ July–August 2013". */
export function fsjIssueLabel(issue: FsjIssue): string {
  return issue.month === null ? fsjIssueDate(issue) : `FSJ ${fsjIssueDate(issue)}`;
}

/**
 * A file name stem for an export of one page or issue, sorting by date: `fsj-2013-03-p28`,
 * `fsj-2013-07-08-p5`, `fsj-ar2013-p3`, or `fsj-2013-03` with no page number.
 */
export function fsjFileStem(issue: FsjIssue, pageNumber: number | null): string {
  const two = (n: number) => String(n).padStart(2, '0');
  let stem: string;
  if (issue.month === null) stem = `fsj-ar${issue.year}`;
  else if (issue.endMonth !== null && issue.endMonth !== issue.month)
    stem = `fsj-${issue.year}-${two(issue.month)}-${two(issue.endMonth)}`;
  else stem = `fsj-${issue.year}-${two(issue.month)}`;
  return pageNumber !== null ? `${stem}-p${pageNumber}` : stem;
}

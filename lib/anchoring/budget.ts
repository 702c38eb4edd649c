// What re-anchoring may spend on the highlights it cannot place exactly. A page chooses its own
// text (the store takes up to 5 MB of it, and quotes of up to 20,000 characters), and the
// approximate searches cost about text length × quote length in the worst case; without a limit
// one page kept the background busy for half a minute. Past the budget a highlight is reported
// as not found: it stays in the database, listed as an orphan the reader can re-attach.

/** The limits; the defaults leave every highlight of an ordinary article far inside them. */
export interface BudgetLimits {
  /**
   * Text length × folded quote length above which no approximate search is tried (the exact ones
   * still are). 2^31: a 5 MB text with quotes up to 430 characters, 1 MB up to 2,100, 100 KB (a
   * long FSJ article is a tenth of that) up to the store's 20,000.
   */
  maxWork?: number;
  /** Time one highlight's search may take before it gives up, in ms. */
  highlightMs?: number;
  /** Time all the searches of one call may take, in ms; later highlights get exact search only. */
  callMs?: number;
  clock?: () => number;
}

export const MAX_WORK = 2 ** 31;
export const HIGHLIGHT_MS = 500;
export const CALL_MS = 2000;
/**
 * Candidates one search over the whole text may bring before the highlight is past its budget:
 * a quote found more often than this is in a text that repeats it without end.
 */
export const MAX_CANDIDATES = 1 << 14;

/**
 * The budget of one anchoring call, checked between candidates (each search yields often enough,
 * see steps.ts, approxSearch.ts). Why sticky: once a highlight's time is spent, every step of its
 * search stops, and its best place so far is not trusted (a search cut short may not have met the
 * place it would have chosen).
 */
export class SearchBudget {
  private readonly maxWork: number;
  private readonly highlightMs: number;
  private readonly clock: () => number;
  private readonly callEnd: number;
  private highlightEnd = Infinity;
  private over = false;

  constructor(limits: BudgetLimits = {}) {
    this.maxWork = limits.maxWork ?? MAX_WORK;
    this.highlightMs = limits.highlightMs ?? HIGHLIGHT_MS;
    this.clock = limits.clock ?? (() => performance.now());
    this.callEnd = this.clock() + (limits.callMs ?? CALL_MS);
  }

  /** Starts one highlight's search: its own time, within what is left of the call's. */
  startHighlight(): void {
    this.highlightEnd = Math.min(this.callEnd, this.clock() + this.highlightMs);
    this.over = false;
  }

  /** Whether an approximate search of a quote this long is worth trying over this text. */
  admits(textLength: number, quoteLength: number): boolean {
    return textLength * quoteLength <= this.maxWork && !this.spent();
  }

  /** Spends what is left of this highlight's budget: its search found more than it can weigh. */
  giveUp(): void {
    this.over = true;
  }

  /** True once this highlight's time (or the call's) is spent. */
  spent(): boolean {
    if (!this.over && this.clock() > this.highlightEnd) this.over = true;
    return this.over;
  }
}

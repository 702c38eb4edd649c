// W3C Web Annotation selectors over the article's text model, and what anchoring them gives back.
// Offsets count characters of the text model's `text` (whitespace already normalized).

/** The passage itself, with some context on either side to tell repeated passages apart. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Where the passage was, as [start, end) offsets into the article's text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface Selectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** A span of the article's text, [start, end). */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Where a highlight was placed: `exact` when the stored quote was found as it was, `fuzzy` when the
 * text changed and the best approximate match scored above the minimum, `orphan` when nothing did.
 */
export type Anchor =
  | { status: 'exact'; start: number; end: number }
  | { status: 'fuzzy'; start: number; end: number; score: number }
  | { status: 'orphan' };

// The names-only glossary that wxt.config.ts bakes into the content script at build time.
declare module 'virtual:fsj-glossary-names' {
  const entries: import('./lib/glossary/types').MatchingEntry[];
  export default entries;
}

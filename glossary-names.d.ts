// The glossary's names, folded at build time, that wxt.config.ts bakes into the content script;
// lib/glossary/loadGlossary.ts turns them into the matcher.
declare module 'virtual:fsj-glossary-names' {
  const glossary: import('./lib/glossary/loadGlossary').PrecompiledGlossary;
  export default glossary;
}

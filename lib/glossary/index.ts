// The embedded glossary, compiled once per page on first use.

import { NOT_BODIES } from './data/notBodies';
import { GLOSSARY } from './entries';
import { compileGlossary, type CompiledGlossary } from './matcher';
import type { GlossaryEntry } from './types';

export { GLOSSARY };

export const GLOSSARY_BY_ID: ReadonlyMap<string, GlossaryEntry> = new Map(
  GLOSSARY.map((entry) => [entry.id, entry]),
);

let compiled: CompiledGlossary | undefined;

/** The automaton over every name of the embedded glossary, built on first use. */
export function getCompiledGlossary(): CompiledGlossary {
  compiled ??= compileGlossary(GLOSSARY, NOT_BODIES);
  return compiled;
}

// Prints every problem the glossary's gate finds (lib/glossary/checkEntries.ts), one per line.
import { checkGlossary } from '../lib/glossary/checkEntries';
import { GLOSSARY } from '../lib/glossary/entries';

const problems = checkGlossary(GLOSSARY);
for (const p of problems) console.log(p);
console.log(`${GLOSSARY.length} entries, ${problems.length} problems`);
process.exitCode = problems.length ? 1 : 0;

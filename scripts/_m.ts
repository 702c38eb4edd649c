import { getCompiledGlossary } from '../lib/glossary/index';
import { matchGlossary } from '../lib/glossary/matcher';
const g = getCompiledGlossary();
for (const t of process.argv.slice(2)) {
  const occ = matchGlossary(g, t);
  console.log(JSON.stringify(t), '=>', occ.map((o: any) => `${o.entryId}:${JSON.stringify(t.slice(o.start, o.end))}`).join(' | '));
}

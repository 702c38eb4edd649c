import { GLOSSARY } from '../lib/glossary/entries';
import { checkGlossary } from '../lib/glossary/checkEntries';
const t=performance.now(); const p = checkGlossary(GLOSSARY); console.log(p.length, 'problems', (performance.now()-t).toFixed(0),'ms'); console.log(p.filter(x=>!/general knowledge|address of a page/.test(x)).join('\n'));

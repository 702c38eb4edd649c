// Index of organizations page entry: connects the index to the glossary and to the database,
// which it reads directly (it lives in this origin) and watches with liveQuery, so a page marked
// or a highlight saved in another tab shows up here by itself. Wiring only.

import { liveQuery } from 'dexie';
import { render } from 'preact';
import {
  OrganizationIndex,
  type OrganizationIndexProps,
} from '../../components/organizations/OrganizationIndex';
import { loadPageMentions } from '../../lib/db/pageMentions';
import { readEverything } from '../../lib/db/readEverything';
import { GlossDatabase } from '../../lib/db/schema';
import { GLOSSARY } from '../../lib/glossary/entries';
import './organizations.css';

const db = new GlossDatabase();

const watch: OrganizationIndexProps['watch'] = (onData, onError) => {
  const subscription = liveQuery(() =>
    Promise.all([loadPageMentions(db), readEverything(db)]),
  ).subscribe({
    next: ([mentions, { highlights, termNotes }]) => onData({ mentions, highlights, termNotes }),
    error: onError,
  });
  return () => subscription.unsubscribe();
};

render(<OrganizationIndex entries={GLOSSARY} watch={watch} />, document.getElementById('app')!);

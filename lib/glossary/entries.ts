// The embedded glossary: every family of bodies in one list. Each family lives in its own data file
// under data/ (plain objects, see types.ts); adding a body is adding an object there. The build and
// the unit tests check every entry (lib/glossary/checkEntries.ts).

import { CIVIL_SOCIETY } from './data/civilSociety';
import { CONGRESS } from './data/congress';
import { CORE_ENTRIES } from './data/core';
import { FOREIGN_GOVERNMENTS } from './data/foreignGovernments';
import { INTERNATIONAL } from './data/international';
import { MILITARY } from './data/military';
import { STATE_BUREAUS } from './data/stateBureaus';
import { UN_SYSTEM } from './data/unSystem';
import { US_DEPARTMENTS } from './data/usDepartments';
import { US_FOREIGN_AFFAIRS } from './data/usForeignAffairs';
import { POSTS, postEntries } from './posts';
import type { GlossaryEntry } from './types';

export { CORE_ENTRIES };

export const GLOSSARY: readonly GlossaryEntry[] = [
  ...CORE_ENTRIES,
  ...US_DEPARTMENTS,
  ...US_FOREIGN_AFFAIRS,
  ...STATE_BUREAUS,
  ...CONGRESS,
  ...MILITARY,
  ...UN_SYSTEM,
  ...INTERNATIONAL,
  ...CIVIL_SOCIETY,
  ...FOREIGN_GOVERNMENTS,
  ...postEntries(POSTS),
];

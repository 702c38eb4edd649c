// Phrases that hold a body's name but name no body: titles, role nouns, laws, and the journal's
// running head and title line (page furniture). Each claims its words the way a longer name would
// ("Secretary of State" outranks a bare "State"), so the matcher marks nothing there. Matched
// case-blind, as whole words, like names.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const NOT_BODIES: readonly string[] = [
  // Titles: people, not bodies.
  'Secretary of State',
  'Secretaries of State',
  'Secretary of Commerce',
  'Secretary of Defense',
  'Secretary of Agriculture',
  'Secretary of the Treasury',
  'Minister of State',
  'Ministers of State',
  'State Secretary',
  // Phrases where "State" is a state, not the State Department.
  'Head of State',
  'Heads of State',
  'State of the Union',
  'Member State',
  'Member States',
  'Church and State',
  'nation-state',
  'State Council',
  ...['Washington', 'New York', 'Penn', 'Ohio', 'Michigan', 'Arizona', 'Florida', 'Iowa'].map(
    (place) => `${place} State`,
  ),
  // Congresses that are not the U.S. Congress (a body's own entry, being longer, still wins).
  'Party Congress',
  'Continental Congress',
  'National Congress',
  'Congress of Vienna',
  'Congress Party',
  'Congress of People’s Deputies',
  // Names that hold a body's name but are something else: a university's school, a student
  // game, the trade an old bureau was named after.
  'School of Foreign Service',
  'Model UN',
  'Model United Nations',
  'Foreign Commerce',
  // Role nouns.
  'Foreign Service officer',
  'Foreign Service officers',
  'Senior Foreign Service officer',
  'Senior Foreign Service officers',
  'FS officer',
  'FS officers',
  'Foreign Service National',
  'Foreign Service Nationals',
  'Foreign Service family',
  'Foreign Service families',
  'FS family member',
  'FS family members',
  'Foreign Service generalist',
  'Foreign Service generalists',
  'Foreign Service specialist',
  'Foreign Service specialists',
  'Foreign Service retirees',
  'FS retirees',
  'Foreign Service official',
  'Foreign Service officials',
  'FS officials',
  // Foreign Service pay grades ("FS-6 through FS-4", "an FS-01"): ranks, not the Service.
  ...Array.from({ length: 9 }, (_, i) => [`FS-${i + 1}`, `FS-0${i + 1}`]).flat(),
  // The journal's columns named after the Service.
  'FS Heritage',
  'FS Know-How',
  // Events and groups named after the Service: "Foreign Service Day" and "Night" are left to the
  // matcher's observance rule (otherNames.ts); an AFSA program series.
  'Foreign Service Writers',

  // The appropriations bill and account ("the State, Foreign Operations bill"): the subcommittee
  // that writes it has entries of its own under its full names.
  'State, Foreign Operations',
  'State foreign operations',
  'State and Foreign Operations',
  'State & Foreign Ops',
  // Laws.
  'Foreign Service Act',
  'State Department Authorization Act',
  'Department of State Authorization Act',
  'State Authorization Act',
  'State Department Basic Authorities Act',
  // The journal's running head ("THE FOREIGN SERVICE JOURNAL | MARCH 2013", "20 APRIL 2015 | THE
  // FOREIGN SERVICE JOURNAL") and a stored page's title line ("The Foreign Service Journal, April
  // 2015").
  'The Foreign Service Journal |',
  '| The Foreign Service Journal',
  ...MONTHS.map((month) => `The Foreign Service Journal, ${month}`),
  // The running head spaced letter by letter ("F O R E I G N S E R V I C E J O U R N A L"), as the
  // matcher reads it with its spaces closed (spacedCaps.ts).
  'FOREIGNSERVICEJOURNAL',
  'THEFOREIGNSERVICEJOURNAL',
];

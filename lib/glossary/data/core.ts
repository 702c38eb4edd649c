// The glossary's first bodies: the migration, development and foreign-affairs bodies around the
// article the project began from, with the names the matcher looks for and the facts its card shows. Card summaries are written for this project; the facts come from
// the research notes in shared/glossary/facts.json, and `source` records where each was checked.

import type { GlossaryEntry } from '../types';

export const CORE_ENTRIES: readonly GlossaryEntry[] = [
  {
    id: 'iom',
    name: 'International Organization for Migration',
    acronyms: ['IOM', 'OIM', 'ICEM', 'PICMME'],
    aliases: [
      'UN Migration Agency',
      'Intergovernmental Committee for European Migration',
      'Intergovernmental Committee for Migration',
      'Provisional Intergovernmental Committee for the Movement of Migrants from Europe',
    ],
    kind: 'intergovernmental organization',
    founded: '1951',
    seat: 'Geneva, Switzerland',
    summary:
      'The main intergovernmental agency for migration. It helps governments manage migration and assists migrants and displaced people with transport, resettlement, camp management, return and policy advice. Founded in 1951, it took its present name in 1989 and joined the UN system in 2016.',
    url: 'https://www.iom.int',
    source:
      'http://rosanjose.iom.int/site/en/history; https://liquisearch.com/international_organization_for_migration/history; https://vectree.io/c/iom-un-integration-history (2016 relationship agreement)',
  },
  {
    id: 'rcp',
    name: 'Regional Consultative Processes on Migration',
    acronyms: ['RCPs', 'RCP'],
    aliases: [
      'Regional Consultative Processes',
      'Regional Consultative Process',
      'Regional Consultative Process on Migration',
    ],
    kind: 'consultative process',
    founded: '1985 (the first, the IGC); most since the 1990s',
    summary:
      'State-led, informal and non-binding regional dialogues in which governments exchange information and coordinate their approaches to migration. The first, the Intergovernmental Consultations on Migration, Asylum and Refugees, began in 1985; others include the Puebla, Bali and Colombo Processes.',
    url: 'https://www.iom.int/inter-state-consultation-mechanisms-migration',
    source:
      'https://www.iom.int/interregional-forums-migration-old (stored copy; it defines IRFs and points to the ISCM page); https://1library.net/article/building-partnerships-international-migration-development-perspectives-experien.qo33k22k (RCP examples); founded (IGC, 1985) confirmed at https://www.iom.int/inter-governmental-consultations-migration-asylum-and-refugees-igc; url confirmed as a stored IOM page (https://iom.int/inter-state-consultation-mechanisms-migration)',
  },
  {
    id: 'gfmd',
    name: 'Global Forum on Migration and Development',
    acronyms: ['GFMD'],
    aliases: [
      'Forum mondial sur la migration et le développement',
      'Foro Mundial sobre Migración y Desarrollo',
    ],
    kind: 'forum',
    founded: '2007',
    seat: 'Geneva, Switzerland (Support Unit)',
    summary:
      'A voluntary, government-led forum held yearly since 2007 outside the formal UN structure, where states, joined by civil society and business, discuss how migration and development policies interact. It negotiates no binding outcomes; a small support unit in Geneva assists the chair.',
    url: 'https://www.gfmd.org',
    source:
      'http://www.gfmd.org/meetings/belgium2007; http://gfmd.org/node/226; https://en.wikipedia.org/wiki/Global_Forum_on_Migration_and_Development; Geneva Support Unit (hosted by IOM since 2009) confirmed at https://www.gfmd.org/process/gfmd-structure/support-unit',
  },
  {
    id: 'gmg',
    name: 'Global Migration Group',
    acronyms: ['GMG'],
    aliases: ['Geneva Migration Group'],
    kind: 'coordination body',
    founded: '2006 (replaced in 2018)',
    summary:
      "An inter-agency group of UN bodies, the World Bank and IOM, set up by the UN Secretary-General in 2006 to make the UN system's work on international migration more coherent. The UN Network on Migration replaced it in 2018.",
    source:
      'https://www.ohchr.org/en/migration/global-migration-group; http://www.unsceb.org/content/global-migration-group-gmg; url omitted: the group is defunct and its own site unconfirmed (OHCHR background page listed above)',
  },
  {
    id: 'hld-2013',
    name: '2013 United Nations High-level Dialogue on International Migration and Development',
    acronyms: ['HLD'],
    aliases: [
      'United Nations High-Level Dialogue on Migration and Development',
      'High-Level Dialogue on International Migration and Development',
      'High-Level Dialogue on Migration and Development',
      '2013 United Nations High-Level Dialogue on Migration and Development',
      '2013 High-Level Dialogue',
      'HLD 2013',
      'UN High-Level Dialogue on Migration',
    ],
    kind: 'conference',
    founded: '2013 (held 3–4 October)',
    seat: 'UN Headquarters, New York',
    summary:
      'A two-day UN General Assembly meeting, held in New York on 3–4 October 2013, on international migration and development. Member states unanimously adopted a declaration asking that human mobility be reflected in the post-2015 development agenda. The first such dialogue was in 2006.',
    url: 'https://www.un.org/en/ga/68/meetings/migration/about.shtml',
    source:
      'https://www.un.org/en/ga/68/meetings/migration/about.shtml; http://www.un.org/press/en/2013/ga11434.doc.htm; https://www.un.org/development/desa/newsletter/dialogue/2013/11/8733.html',
  },
  {
    id: 'post-2015-agenda',
    name: '2030 Agenda for Sustainable Development',
    acronyms: ['SDGs'],
    aliases: ['Sustainable Development Goals', '2030 Agenda', 'Agenda 2030', 'post-2015 agenda'],
    kind: 'framework',
    founded: '2015 (adopted 25 September)',
    summary:
      'The global development framework that followed the Millennium Development Goals, known while under negotiation as the post-2015 development agenda. UN member states adopted it on 25 September 2015 with 17 Sustainable Development Goals; target 10.7 concerns orderly, safe and regular migration.',
    url: 'https://sdgs.un.org/2030agenda',
    source:
      'https://sdg.iisd.org/news/states-call-for-post-2015-development-agenda-to-include-human-mobility (2013 context); otherwise general knowledge; not re-checked against a source in this session; adoption date confirmed at https://g205sdgs.github.io/sdg-indicators/en/strategy/2030_agenda and https://unofficeny.iom.int/2030-agenda-sustainable-development; target 10.7 confirmed in UN report A/72/173 (https://adattar.minorityforum.info/entity/p5k2dhr9xji?file=1574175306015qy69prqzp8j.pdf&page=9)',
  },
  {
    id: 'un',
    name: 'United Nations',
    acronyms: ['UN', 'U.N.'],
    aliases: ['United Nations Organization'],
    kind: 'intergovernmental organization',
    founded: '1945',
    seat: 'New York, USA',
    summary:
      'The worldwide organization of sovereign states founded in 1945, after the Second World War, to maintain international peace and security and promote cooperation. Its system spans principal organs such as the General Assembly and Security Council and many funds, programmes and specialized agencies.',
    url: 'https://www.un.org',
    source: 'general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'mdgs',
    name: 'Millennium Development Goals',
    acronyms: ['MDGs', 'MDG'],
    aliases: ['Millennium Goals'],
    kind: 'framework',
    founded: '2000',
    summary:
      'Eight time-bound development targets that grew out of the UN Millennium Summit and Declaration of September 2000, to be reached by 2015. They were succeeded by the Sustainable Development Goals of the 2030 Agenda for Sustainable Development.',
    url: 'https://www.un.org/millenniumgoals/',
    source: 'general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'unhcr',
    name: 'Office of the United Nations High Commissioner for Refugees',
    acronyms: ['UNHCR', 'ACNUR'],
    aliases: [
      'UN Refugee Agency',
      'United Nations High Commissioner for Refugees',
      'United Nations Office of the High Commissioner for Refugees',
    ],
    kind: 'UN agency',
    founded: '1950',
    seat: 'Geneva, Switzerland',
    summary:
      'The UN refugee agency, created by the General Assembly in December 1950. It protects refugees, forcibly displaced and stateless people, supervises the 1951 Refugee Convention, and seeks lasting solutions such as voluntary return, local integration or resettlement.',
    url: 'https://www.unhcr.org',
    source:
      "general knowledge; not re-checked against a source in this session; FSJ April 2016 p.33 (afsa.org/sites/default/files/flipping_book/0416/33/) discusses UNHCR's role",
  },
  {
    id: 'usaid',
    name: 'U.S. Agency for International Development',
    acronyms: ['USAID', 'A.I.D.'],
    aliases: ['Agency for International Development'],
    kind: 'US government agency',
    founded: '1961',
    seat: 'Washington, D.C., USA',
    summary:
      'The U.S. government agency, created under the Foreign Assistance Act of 1961, that ran most civilian foreign development and humanitarian aid. In 2025 the administration moved to close it and shift its remaining programs to the State Department, a step challenged in court.',
    source:
      'https://www.btimesonline.com/articles/173522/20250329/usaid-to-be-shut-down-under-trump-plan-despite-court-ruling-declaring-closure-unconstitutional.htm (March 2025 notification to Congress); https://dailyclout.io/trump-administration-moves-to-dissolve-usaid/; status: March 2025 notice to Congress and court challenges also reported at https://www.upi.com/Top_News/US/2025/03/28/State-Departmet-dissolving-USAID/8391743188530/ and https://en.ammonnews.net/article/80286; url omitted: usaid.gov went offline in February 2025 (https://www.straitstimes.com/world/united-states/usaid-website-goes-dark-with-future-of-us-assistance-in-doubt)',
  },
  {
    id: 'state-department',
    name: 'U.S. Department of State',
    acronyms: [],
    aliases: ['Department of State', 'State Department', 'U.S. State Department', 'Foggy Bottom'],
    contextAliases: ['State', 'the Department', 'the department'],
    kind: 'US government agency',
    founded: '1789',
    seat: 'Washington, D.C., USA',
    summary:
      "The U.S. executive department, established in 1789, that conducts the country's foreign relations and diplomacy. It runs U.S. embassies and consulates abroad and employs most members of the Foreign Service; its headquarters is in Washington's Foggy Bottom neighborhood.",
    url: 'https://www.state.gov',
    source: 'general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'afsa',
    name: 'American Foreign Service Association',
    acronyms: ['AFSA'],
    aliases: ['American Foreign Service Assn.'],
    contextAliases: ['the Association'],
    kind: 'association',
    founded: '1924',
    seat: 'Washington, D.C., USA',
    summary:
      'The professional association of the U.S. Foreign Service, founded in 1924, which since 1973 has also been the exclusive bargaining representative, or union, for Foreign Service employees. AFSA publishes The Foreign Service Journal.',
    url: 'https://afsa.org',
    source:
      'http://www.afsa.org/about-afsa; https://www.afsa.org/afsa-and-evolution-foreign-service-career; https://afsa.org/sites/default/files/flipping_book/0524/31/',
  },
  {
    id: 'fsj',
    name: 'The Foreign Service Journal',
    acronyms: ['FSJ'],
    aliases: ['American Foreign Service Journal', 'American Consular Bulletin'],
    kind: 'publication',
    founded: '1919 (as the American Consular Bulletin)',
    seat: 'Washington, D.C., USA',
    summary:
      'The magazine of the American Foreign Service Association, covering diplomacy, foreign policy and life in the Foreign Service. It began in 1919 as the American Consular Bulletin and offers an online archive of past issues.',
    url: 'https://afsa.org/fsj-archive',
    source:
      'https://afsa.org/fsj-permissions; https://afsa.org/sites/default/files/flipping_book/0519/55 (founding in 1919 as American Consular Bulletin)',
  },
  {
    id: 'foreign-service',
    name: 'United States Foreign Service',
    acronyms: [],
    aliases: ['Foreign Service'],
    contextAliases: ['FS', 'the Service'],
    kind: 'personnel system',
    founded: '1924 (Rogers Act)',
    summary:
      'The career corps of U.S. diplomats and specialists who staff embassies and consulates abroad and foreign affairs agencies at home. Created as a unified service by the Rogers Act of 1924, its members have served at State, USAID, Commerce, Agriculture and other agencies.',
    url: 'https://careers.state.gov',
    source:
      'https://www.afsa.org/afsa-and-evolution-foreign-service-career (Rogers Act 1924); url confirmed as the State Department careers site (https://careers.state.gov/major/communications/page/2, stored copy)',
  },
  {
    id: 'fsi',
    name: 'Foreign Service Institute',
    acronyms: ['FSI', 'NFATC'],
    aliases: [
      'George P. Shultz National Foreign Affairs Training Center',
      'Shultz Center',
      'National Foreign Affairs Training Center',
    ],
    kind: 'US government bureau',
    founded: '1947',
    seat: 'Arlington, Virginia, USA',
    summary:
      "The State Department's training institution for U.S. diplomats and other foreign affairs staff, established in 1947. It teaches foreign languages, area studies, professional tradecraft and leadership at the George P. Shultz National Foreign Affairs Training Center in Arlington, Virginia.",
    url: 'https://www.state.gov/bureaus-offices/under-secretary-for-management/foreign-service-institute',
    source:
      'https://www.state.gov/the-foreign-service-institutes-history/; http://www.afsa.org/foreign-service-institute-70-recalling-proud-history; url confirmed as the listed official website at https://wikimili.com/en/Foreign_Service_Institute',
  },
  {
    id: 'prm',
    name: 'Bureau of Population, Refugees, and Migration',
    acronyms: ['PRM'],
    aliases: [
      'Population, Refugees and Migration bureau',
      "State's refugee bureau",
      'Bureau for Refugee Programs',
    ],
    kind: 'US government bureau',
    founded: '1993 (predecessor 1979)',
    seat: 'Washington, D.C., USA',
    summary:
      'The State Department bureau that leads U.S. policy on population, refugees and migration. It funds humanitarian organizations such as UNHCR and IOM and runs the U.S. Refugee Admissions Program; it took its present form in 1993.',
    source:
      'https://findatwiki.com/Bureau_of_Population,_Refugees,_and_Migration; https://2017-2021.state.gov/about-us-bureau-of-population-refugees-and-migration/index.html; url omitted: state.gov path unconfirmed after the 2025 reorganization',
  },
  {
    id: 'ocha',
    name: 'United Nations Office for the Coordination of Humanitarian Affairs',
    acronyms: ['OCHA', 'UNOCHA'],
    aliases: [
      'Office for the Coordination of Humanitarian Affairs',
      'Department of Humanitarian Affairs',
    ],
    kind: 'UN agency',
    founded: '1998',
    seat: 'New York, USA, and Geneva, Switzerland',
    summary:
      'The part of the UN Secretariat that coordinates international humanitarian response, runs appeals and pooled funds, and tracks humanitarian needs. It was formed in 1998 from the earlier Department of Humanitarian Affairs and works from New York and Geneva.',
    url: 'https://www.unocha.org',
    source: 'general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'undp',
    name: 'United Nations Development Programme',
    acronyms: ['UNDP', 'PNUD'],
    aliases: [],
    kind: 'UN agency',
    founded: '1965',
    seat: 'New York, USA',
    summary:
      "The UN's main development network, founded in 1965. It supports governments on poverty reduction, governance, crisis recovery and the Sustainable Development Goals, and publishes the Human Development Report.",
    url: 'https://www.undp.org',
    source: 'general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'world-bank',
    name: 'World Bank Group',
    acronyms: ['WBG', 'IBRD'],
    aliases: [
      'World Bank',
      'International Bank for Reconstruction and Development',
      'International Development Association',
    ],
    kind: 'intergovernmental organization',
    founded: '1944',
    seat: 'Washington, D.C., USA',
    summary:
      'A multilateral development lender owned by member governments that provides loans, grants and advice to developing countries. Its main arms are the IBRD, agreed at Bretton Woods in 1944, the International Development Association, IFC, MIGA and ICSID.',
    url: 'https://www.worldbank.org',
    source: 'general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'imf',
    name: 'International Monetary Fund',
    acronyms: ['IMF'],
    aliases: [],
    kind: 'intergovernmental organization',
    founded: '1944',
    seat: 'Washington, D.C., USA',
    summary:
      "An international financial institution, agreed at Bretton Woods in 1944, that monitors the world economy and its members' economic policies. It lends to countries facing balance-of-payments problems, usually on condition that they change policies.",
    url: 'https://www.imf.org',
    source: 'general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'nato',
    name: 'North Atlantic Treaty Organization',
    acronyms: ['NATO', 'OTAN'],
    aliases: ['Atlantic Alliance', 'North Atlantic Alliance'],
    contextAliases: ['the Alliance'],
    kind: 'intergovernmental organization',
    founded: '1949',
    seat: 'Brussels, Belgium',
    summary:
      "The transatlantic defense alliance of North American and European states, founded by the North Atlantic Treaty of 4 April 1949. Under the treaty's Article 5, members commit to collective defense, treating an armed attack on one as an attack on all.",
    url: 'https://www.nato.int',
    source: 'general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'osce',
    name: 'Organization for Security and Co-operation in Europe',
    acronyms: ['OSCE', 'CSCE'],
    aliases: ['Conference on Security and Co-operation in Europe', 'Helsinki process'],
    kind: 'regional body',
    founded: '1975 (as the CSCE)',
    seat: 'Vienna, Austria',
    summary:
      'A regional security organization of 57 participating states in Europe, Central Asia and North America. It began in 1975 as the Conference on Security and Co-operation in Europe and works on conflict prevention, arms control, election observation and human rights.',
    url: 'https://www.osce.org',
    source:
      'general knowledge; not re-checked against a source in this session; 57 participating states confirmed at https://netherlandsandyou.nl/web/osce-vienna/about-us and http://react.usip.org/pub/m1/p3.html',
  },
  {
    id: 'ecowas',
    name: 'Economic Community of West African States',
    acronyms: ['ECOWAS', 'CEDEAO'],
    aliases: [],
    kind: 'regional body',
    founded: '1975',
    seat: 'Abuja, Nigeria',
    summary:
      'The regional economic and political community of West African states, founded by the Treaty of Lagos in 1975. It mediates crises and has deployed regional forces; Mali, Burkina Faso and Niger left it in January 2025.',
    url: 'https://ecowas.int',
    source:
      'general knowledge; not re-checked against a source in this session; https://newsarena.ng/niger-mali-burkina-faso-officially-exit-ecowas (withdrawal effective 29 Jan 2025)',
  },
  {
    id: 'au',
    name: 'African Union',
    acronyms: ['AU', 'A.U.', 'OAU'],
    aliases: ['Organization of African Unity'],
    kind: 'regional body',
    founded: '2002',
    seat: 'Addis Ababa, Ethiopia',
    summary:
      'The continental organization of African states, launched in 2002 as successor to the Organization of African Unity, founded in 1963. It works on peace and security, integration and development, including through its Peace and Security Council.',
    url: 'https://au.int',
    source: 'general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'minusma',
    name: 'United Nations Multidimensional Integrated Stabilization Mission in Mali',
    acronyms: ['MINUSMA'],
    aliases: ['UN mission in Mali', 'UN peacekeeping mission in Mali'],
    kind: 'UN peacekeeping mission',
    founded: '2013 (ended 2023)',
    seat: 'Bamako, Mali',
    summary:
      "The UN peacekeeping mission set up in 2013 to help stabilize Mali after the 2012 crisis and support its peace process. At the request of Mali's transitional government, the Security Council ended its mandate in June 2023; withdrawal finished that December.",
    source:
      'https://press.un.org/en/2023/sc15341.doc.htm; https://africanperceptions.org/en/2023/07/full-statement-un-security-council-resolution-2690-2023-adopted-by-the-security-council-at-its-9365th-meeting-on-30-june-2023/amp; url omitted: mission site likely offline after liquidation',
  },
  {
    id: 'afisma',
    name: 'African-led International Support Mission to Mali',
    acronyms: ['AFISMA', 'MISMA'],
    aliases: ['African-led International Support Mission in Mali'],
    kind: 'peace-support mission',
    founded: '2012 (authorized 20 December)',
    seat: 'Bamako, Mali',
    summary:
      "An African-led military mission, set up by ECOWAS with the African Union and authorized by the UN Security Council in December 2012, to help Mali's government recover the north. Its functions and troops passed to MINUSMA on 1 July 2013.",
    source:
      'general knowledge; not re-checked against a source in this session; dates confirmed: resolution 2085 of 20 December 2012 (http://unscr.com/en/resolutions/2085) and resolution 2100 transferring AFISMA to MINUSMA from 1 July 2013 (https://reliefweb.int/report/mali/un-send-peacekeepers-risky-mali-conflict); no official website',
  },
  {
    id: 'eu',
    name: 'European Union',
    acronyms: ['EU', 'E.U.'],
    aliases: ['European Community', 'European Commission'],
    kind: 'regional body',
    founded: '1993 (Maastricht Treaty)',
    seat: 'Brussels, Belgium',
    summary:
      'A political and economic union of European states with shared institutions, among them the Commission, Council, Parliament and Court of Justice, and a single market. Established by the Maastricht Treaty in 1993, it also runs its own development aid and crisis operations.',
    url: 'https://european-union.europa.eu',
    source: 'general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'oas',
    name: 'Organization of American States',
    acronyms: ['OAS', 'OEA'],
    aliases: [],
    kind: 'regional body',
    founded: '1948',
    seat: 'Washington, D.C., USA',
    summary:
      'The regional organization of the states of the Americas, whose charter was signed in Bogotá in 1948. It works on democracy, human rights, security and development, and sends missions to observe elections in member states.',
    url: 'https://www.oas.org',
    source: 'general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'asean',
    name: 'Association of Southeast Asian Nations',
    acronyms: ['ASEAN'],
    aliases: [],
    kind: 'regional body',
    founded: '1967',
    seat: 'Jakarta, Indonesia (Secretariat)',
    summary:
      'A regional grouping of Southeast Asian states founded by the Bangkok Declaration of August 1967. It promotes economic integration, political and security cooperation, and sociocultural ties among its members; its secretariat is in Jakarta.',
    url: 'https://asean.org',
    source: 'general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'wfp',
    name: 'World Food Programme',
    acronyms: ['WFP'],
    aliases: [],
    kind: 'UN agency',
    founded: '1961',
    seat: 'Rome, Italy',
    summary:
      "The UN's food-assistance agency, set up in 1961 by the UN and the Food and Agriculture Organization. It delivers emergency food and cash aid and runs school-meal and resilience programs in countries facing hunger.",
    url: 'https://www.wfp.org',
    source: 'general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'unicef',
    name: "United Nations Children's Fund",
    acronyms: ['UNICEF'],
    aliases: ["United Nations International Children's Emergency Fund"],
    kind: 'UN agency',
    founded: '1946',
    seat: 'New York, USA',
    summary:
      "The UN agency for children, created in December 1946. It works for children's survival, health, nutrition, education and protection, in long-term development programs as well as in emergencies.",
    url: 'https://www.unicef.org',
    source: 'general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'ilo',
    name: 'International Labour Organization',
    acronyms: ['ILO'],
    aliases: ['International Labour Office'],
    kind: 'UN agency',
    founded: '1919',
    seat: 'Geneva, Switzerland',
    summary:
      'A UN specialized agency, founded in 1919 under the Treaty of Versailles, in which governments, employers and workers are all represented. It sets international labor standards, including conventions protecting migrant workers.',
    url: 'https://www.ilo.org',
    source: 'general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'unfpa',
    name: 'United Nations Population Fund',
    acronyms: ['UNFPA'],
    aliases: ['United Nations Fund for Population Activities'],
    kind: 'UN agency',
    founded: '1967 (operations from 1969)',
    seat: 'New York, USA',
    summary:
      'The UN agency for sexual and reproductive health, family planning and population data. Set up as a trust fund in 1967 and operating since 1969, it publishes the annual State of World Population report.',
    url: 'https://www.unfpa.org',
    source:
      'general knowledge; not re-checked against a source in this session; https://wixlib.com/document/5f370_seven-opportunities-for-a-world-of-7-billion-state-of-world-population-2011.html; founding (1967 trust fund, operations 1969) confirmed at https://unsceb.org/content/unfpa',
  },
  {
    id: 'who',
    name: 'World Health Organization',
    acronyms: ['WHO'],
    aliases: [],
    kind: 'UN agency',
    founded: '1948',
    seat: 'Geneva, Switzerland',
    summary:
      'The UN specialized agency for international public health, whose constitution came into force in April 1948. It sets health norms, coordinates responses to disease outbreaks and supports national health systems.',
    url: 'https://www.who.int',
    source: 'general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'fao',
    name: 'Food and Agriculture Organization of the United Nations',
    acronyms: ['FAO'],
    aliases: ['Food and Agriculture Organization'],
    kind: 'UN agency',
    founded: '1945',
    seat: 'Rome, Italy',
    summary:
      'The UN specialized agency for agriculture, food security, fisheries and forestry, founded in October 1945. It is also a leading publisher of global statistics on food and agriculture.',
    url: 'https://www.fao.org',
    source: 'general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'unrwa',
    name: 'United Nations Relief and Works Agency for Palestine Refugees in the Near East',
    acronyms: ['UNRWA'],
    aliases: ['UN Relief and Works Agency', 'UN agency for Palestinian refugees'],
    kind: 'UN agency',
    founded: '1949',
    summary:
      'The UN agency, created by the General Assembly in December 1949, that provides education, health care, relief and social services to registered Palestine refugees in Jordan, Lebanon, Syria, the West Bank and Gaza.',
    url: 'https://www.unrwa.org',
    source:
      'general knowledge; not re-checked against a source in this session; seat omitted: current Amman/Gaza headquarters arrangement unconfirmed',
  },
  {
    id: 'icrc',
    name: 'International Committee of the Red Cross',
    acronyms: ['ICRC', 'CICR'],
    aliases: ['International Red Cross'],
    kind: 'non-governmental organization',
    founded: '1863',
    seat: 'Geneva, Switzerland',
    summary:
      'An independent, neutral humanitarian organization founded in 1863 that protects and assists victims of armed conflict. It visits detainees and promotes international humanitarian law as guardian of the Geneva Conventions.',
    url: 'https://www.icrc.org',
    source: 'general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'ifrc',
    name: 'International Federation of Red Cross and Red Crescent Societies',
    acronyms: ['IFRC'],
    aliases: ['League of Red Cross Societies'],
    kind: 'non-governmental organization',
    founded: '1919',
    seat: 'Geneva, Switzerland',
    summary:
      "The federation of the world's national Red Cross and Red Crescent societies, founded in 1919 as the League of Red Cross Societies. It coordinates their disaster response and community health work.",
    url: 'https://www.ifrc.org',
    source: 'general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'unsc',
    name: 'United Nations Security Council',
    acronyms: ['UNSC'],
    aliases: [],
    kind: 'UN principal organ',
    founded: '1945',
    seat: 'New York, USA',
    summary:
      'The UN organ with primary responsibility for international peace and security. It can authorize peacekeeping missions and impose sanctions that bind all member states; five permanent members hold a veto over its decisions.',
    url: 'https://main.un.org/securitycouncil/',
    source:
      'general knowledge; not re-checked against a source in this session; url confirmed by stored pages citing main.un.org/securitycouncil/en/content/current-members',
  },
  {
    id: 'unga',
    name: 'United Nations General Assembly',
    acronyms: ['UNGA'],
    aliases: [],
    kind: 'UN principal organ',
    founded: '1945',
    seat: 'New York, USA',
    summary:
      "The UN's main deliberative body, in which every member state has one vote. It adopts non-binding resolutions, approves the UN budget and convenes high-level meetings such as the High-level Dialogues on international migration.",
    url: 'https://www.un.org/en/ga/',
    source: 'general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'ecosoc',
    name: 'United Nations Economic and Social Council',
    acronyms: ['ECOSOC'],
    aliases: ['Economic and Social Council'],
    kind: 'UN principal organ',
    founded: '1945',
    seat: 'New York, USA',
    summary:
      "One of the UN's principal organs, established by the 1945 Charter. It coordinates the economic, social and environmental work of UN agencies and commissions and consults with non-governmental organizations.",
    url: 'https://ecosoc.un.org',
    source: 'general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'ohchr',
    name: 'Office of the United Nations High Commissioner for Human Rights',
    acronyms: ['OHCHR'],
    aliases: ['UN Human Rights Office', 'United Nations High Commissioner for Human Rights'],
    kind: 'UN agency',
    founded: '1993',
    seat: 'Geneva, Switzerland',
    summary:
      "The UN office that leads the organization's human rights work, created by the General Assembly in 1993. It supports the Human Rights Council and the treaty bodies and reports on human rights violations.",
    url: 'https://www.ohchr.org',
    source: 'general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'mcc',
    name: 'Millennium Challenge Corporation',
    acronyms: ['MCC'],
    aliases: ['Millennium Challenge Account'],
    kind: 'US government agency',
    founded: '2004',
    seat: 'Washington, D.C., USA',
    summary:
      'An independent U.S. foreign-aid agency established in 2004. It gives large, time-limited grants, called compacts, to poor countries that score well on indicators of governance and economic policy.',
    url: 'https://www.mcc.gov',
    source:
      'https://www.everycrsreport.com/reports/RL32427.html; general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'peace-corps',
    name: 'Peace Corps',
    acronyms: [],
    aliases: [],
    kind: 'US government agency',
    founded: '1961',
    seat: 'Washington, D.C., USA',
    summary:
      'An independent U.S. government agency, founded in 1961, that sends American volunteers to live and work in communities abroad, usually on two-year assignments, in fields chosen with the host countries.',
    url: 'https://www.peacecorps.gov',
    source: 'general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'fcs',
    name: 'U.S. and Foreign Commercial Service',
    acronyms: ['US&FCS', 'FCS'],
    aliases: ['Foreign Commercial Service', 'U.S. Commercial Service'],
    kind: 'US government agency',
    founded: '1980',
    seat: 'Washington, D.C., USA',
    summary:
      "The export-promotion arm of the Commerce Department's International Trade Administration, whose Foreign Service officers at U.S. embassies help American firms sell abroad. It was created in 1980, when commercial work moved from the State Department to Commerce.",
    url: 'https://www.trade.gov',
    source:
      'general knowledge; not re-checked against a source in this session; 1980 founding confirmed in FSJ January 2003 p.39 (https://afsa.org/sites/default/files/flipping_book/0103/39)',
  },
  {
    id: 'fas',
    name: 'Foreign Agricultural Service',
    acronyms: ['FAS'],
    aliases: [],
    kind: 'US government agency',
    founded: '1953',
    seat: 'Washington, D.C., USA',
    summary:
      'The U.S. Department of Agriculture agency, founded in 1953, whose Foreign Service officers and attachés abroad promote American farm exports and report on world agricultural markets.',
    url: 'https://www.fas.usda.gov',
    source: 'general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'monusco',
    name: 'United Nations Organization Stabilization Mission in the Democratic Republic of the Congo',
    acronyms: ['MONUSCO', 'MONUC'],
    aliases: ['United Nations Organization Mission in the Democratic Republic of the Congo'],
    kind: 'UN peacekeeping mission',
    founded: '1999 (as MONUC; renamed 2010)',
    seat: 'Kinshasa, Democratic Republic of the Congo',
    summary:
      "The UN peacekeeping operation in the Democratic Republic of the Congo, focused on protecting civilians and supporting stabilization. It began in 1999 as MONUC and was renamed in 2010; William Lacy Swing, later IOM's director general, led it from 2003 to 2008.",
    url: 'https://monusco.unmissions.org',
    source:
      'general knowledge; not re-checked against a source in this session; https://www.globalsecurity.org/military/library/news/2003/08/mil-030814-irin04.htm (Swing as MONUC head)',
  },
  {
    id: 'minurso',
    name: 'United Nations Mission for the Referendum in Western Sahara',
    acronyms: ['MINURSO'],
    aliases: ['UN mission in Western Sahara'],
    kind: 'UN peacekeeping mission',
    founded: '1991',
    seat: 'Laayoune, Western Sahara',
    summary:
      "The UN mission set up in 1991 to monitor the ceasefire in Western Sahara and to organize a referendum on the territory's self-determination, a vote that has never been held.",
    url: 'https://minurso.unmissions.org',
    source: 'general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'isaf',
    name: 'International Security Assistance Force',
    acronyms: ['ISAF'],
    aliases: [],
    kind: 'military mission',
    founded: '2001 (ended 2014)',
    seat: 'Kabul, Afghanistan',
    summary:
      "The multinational military force in Afghanistan authorized by the UN Security Council in December 2001 and led by NATO from 2003. It carried out security and stabilization operations until the end of 2014, when NATO's Resolute Support mission followed it.",
    source:
      'general knowledge; not re-checked against a source in this session; url omitted: NATO page path unconfirmed',
  },
  {
    id: 'un-network-migration',
    name: 'United Nations Network on Migration',
    acronyms: [],
    aliases: [],
    kind: 'coordination body',
    founded: '2018',
    summary:
      'A UN system-wide network, set up in 2018 to replace the Global Migration Group, that supports states in carrying out the Global Compact for Safe, Orderly and Regular Migration. IOM serves as its coordinator and runs its secretariat.',
    url: 'https://migrationnetwork.un.org',
    source:
      'https://www.ohchr.org/en/migration/global-migration-group (replacement of GMG in 2018); https://iom.int/news/supporting-migration-policies-mali-10th-un-network-migration-launched-west-and-central-africa; IOM as coordinator confirmed at https://migrationnetwork.un.org/coordinator; seat omitted: secretariat location unconfirmed',
  },
  {
    id: 'gcm',
    name: 'Global Compact for Safe, Orderly and Regular Migration',
    acronyms: ['GCM'],
    aliases: ['Global Compact for Migration', 'Global Compact on Migration', 'Marrakech Compact'],
    kind: 'framework',
    founded: '2018 (adopted 10 December)',
    summary:
      'The first intergovernmentally negotiated framework covering all aspects of international migration, with 23 objectives. Non-binding, it was adopted in Marrakech on 10 December 2018 and endorsed by the UN General Assembly on 19 December; the United States did not join.',
    source:
      'general knowledge; not re-checked against a source in this session; dates confirmed by General Assembly resolution 73/195 (https://international.vlex.com/vid/res-73-195-resolucion-861191321) and https://sdg.iisd.org/?p=728695 (also US withdrawal, 23 objectives); url omitted: page path unconfirmed',
  },
  {
    id: 'rcm',
    name: 'Regional Conference on Migration',
    acronyms: ['RCM'],
    aliases: ['Puebla Process', 'Conferencia Regional sobre Migración'],
    kind: 'consultative process',
    founded: '1996',
    summary:
      'The regional consultative process on migration for North and Central America and the Dominican Republic, created in 1996 to coordinate policy and cooperation among its eleven member countries. It is also called the Puebla Process, after the Mexican city where it began.',
    url: 'https://rcmvs.org',
    source:
      'general knowledge; not re-checked against a source in this session; https://1library.net/article/building-partnerships-international-migration-development-perspectives-experien.qo33k22k; founding year and eleven members confirmed at https://www.iom.int/puebla-process and https://rcmvs.org (official site, in place of the unconfirmed crmsv.org)',
  },
  {
    id: 'bali-process',
    name: 'Bali Process on People Smuggling, Trafficking in Persons and Related Transnational Crime',
    acronyms: [],
    aliases: ['Bali Process'],
    kind: 'consultative process',
    founded: '2002',
    seat: 'Bangkok, Thailand (Regional Support Office)',
    summary:
      'An Asia-Pacific forum, established in 2002 and co-chaired by Australia and Indonesia, on people smuggling, human trafficking and irregular migration. Its Regional Support Office runs training and capacity-building for member states.',
    url: 'https://www.baliprocess.net',
    source:
      'general knowledge; not re-checked against a source in this session; Bangkok office confirmed at https://rso.baliprocess.net/about-the-rso/',
  },
  {
    id: 'colombo-process',
    name: 'Colombo Process',
    acronyms: [],
    aliases: [
      'Regional Consultative Process on Overseas Employment and Contractual Labour for Countries of Origin in Asia',
    ],
    kind: 'consultative process',
    founded: '2003',
    summary:
      'A regional consultative process, begun in 2003, of Asian countries whose citizens go abroad to work. It focuses on overseas employment and labor migration, including ethical recruitment, skills recognition and cheaper remittances.',
    url: 'https://www.colomboprocess.org',
    source:
      'general knowledge; not re-checked against a source in this session; url and founding year confirmed at https://www.colomboprocess.org/about-the-colombo-process and https://www.iom.int/regional-consultative-process-overseas-employement-and-contractual-labour-countries-origin-asia',
  },
  {
    id: 'oecd',
    name: 'Organisation for Economic Co-operation and Development',
    acronyms: ['OECD', 'OCDE'],
    aliases: [],
    kind: 'intergovernmental organization',
    founded: '1961',
    seat: 'Paris, France',
    summary:
      'An intergovernmental organization of mostly high-income democracies, founded in 1961 as successor to the OEEC. It compiles economic data, compares policies, and hosts the Development Assistance Committee that defines official development assistance.',
    url: 'https://www.oecd.org',
    source: 'general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'g20',
    name: 'Group of Twenty',
    acronyms: ['G20', 'G-20'],
    aliases: ['Group of 20'],
    kind: 'forum',
    founded: '1999',
    summary:
      "An informal forum of 19 major economies, the European Union and, since 2023, the African Union that coordinates on global economic and financial issues. Finance ministers began meeting in 1999; leaders' summits started in 2008.",
    source:
      'general knowledge; not re-checked against a source in this session; African Union membership (September 2023) and the 19 countries confirmed at https://www.thenationalnews.com/world/asia/2023/09/09/india-african-union-g20/; url omitted: unconfirmed',
  },
  {
    id: 'arab-league',
    name: 'League of Arab States',
    acronyms: [],
    aliases: ['Arab League'],
    kind: 'regional body',
    founded: '1945',
    seat: 'Cairo, Egypt',
    summary:
      "The regional organization of Arab states in the Middle East and North Africa, founded in Cairo on 22 March 1945. It coordinates its members' political, economic and cultural policies.",
    source:
      'general knowledge; not re-checked against a source in this session; url omitted: unconfirmed',
  },
  {
    id: 'igad',
    name: 'Intergovernmental Authority on Development',
    acronyms: ['IGAD', 'IGADD'],
    aliases: ['Intergovernmental Authority on Drought and Development'],
    kind: 'regional body',
    founded: '1996 (as IGADD, 1986)',
    seat: 'Djibouti',
    summary:
      'The regional bloc of Eastern Africa and the Horn of Africa, formed in 1996 from the Intergovernmental Authority on Drought and Development of 1986. It works on food security, environment, peace and security, and economic cooperation.',
    url: 'https://igad.int',
    source: 'general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'un-women',
    name: 'UN Women',
    acronyms: [],
    aliases: ['United Nations Entity for Gender Equality and the Empowerment of Women'],
    kind: 'UN agency',
    founded: '2010',
    seat: 'New York, USA',
    summary:
      "The UN entity for gender equality and the empowerment of women, created by the General Assembly in 2010 by merging four earlier UN bodies that worked on women's issues.",
    url: 'https://www.unwomen.org',
    source: 'general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'cfr',
    name: 'Council on Foreign Relations',
    acronyms: [],
    aliases: [],
    kind: 'think tank',
    founded: '1921',
    seat: 'New York, USA',
    summary:
      'A nonpartisan U.S. think tank and membership organization on foreign policy, founded in 1921. It publishes the journal Foreign Affairs and issues reports from independent task forces.',
    url: 'https://www.cfr.org',
    source: 'general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'adst',
    name: 'Association for Diplomatic Studies and Training',
    acronyms: ['ADST'],
    aliases: [],
    kind: 'non-governmental organization',
    founded: '1986',
    seat: 'Arlington, Virginia, USA',
    summary:
      'A nonprofit founded in 1986 by retired Foreign Service officers that supports training at the Foreign Service Institute and runs the Foreign Affairs Oral History collection of interviews with U.S. diplomats.',
    url: 'https://adst.org',
    source:
      'general knowledge; not re-checked against a source in this session; https://adst.org/?p=16669; 1986 founding confirmed in FSJ September 2012 p.60 (https://afsa.org/sites/default/files/flipping_book/0912/60/) and https://en.wikipedia.org/wiki/Association_for_Diplomatic_Studies_and_Training',
  },
  {
    id: 'orr',
    name: 'Office of Refugee Resettlement',
    acronyms: ['ORR'],
    aliases: [],
    kind: 'US government bureau',
    founded: '1980',
    seat: 'Washington, D.C., USA',
    summary:
      'A federal office within the Department of Health and Human Services, created under the Refugee Act of 1980. It funds benefits and services that help resettled refugees and other eligible newcomers settle in after arriving in the United States.',
    url: 'https://www.acf.hhs.gov/orr',
    source: 'general knowledge; not re-checked against a source in this session',
  },
  {
    id: 'uscis',
    name: 'U.S. Citizenship and Immigration Services',
    acronyms: ['USCIS'],
    aliases: ['Citizenship and Immigration Services'],
    kind: 'US government agency',
    founded: '2003',
    seat: 'Camp Springs, Maryland, USA',
    summary:
      'The Department of Homeland Security agency, created in 2003, that decides applications for immigration benefits such as naturalization and green cards. Its officers also interview refugee applicants overseas for resettlement in the United States.',
    url: 'https://www.uscis.gov',
    source:
      'general knowledge; not re-checked against a source in this session; Camp Springs headquarters confirmed at https://www.uscis.gov/archive/gsa-announces-new-lease-agreement-for-us-citizenship-and-immigration-services-in-camp-springs-md (building opened 2020)',
  },
];

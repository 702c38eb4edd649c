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
      'The global development framework that followed the Millennium Development Goals, known while under negotiation as the post-2015 development agenda. World leaders adopted it at UN Headquarters on 25 September 2015 with 17 Sustainable Development Goals to be met by 2030; target 10.7 concerns orderly, safe and regular migration.',
    source:
      'http://www.beyond2015.org/millennium-development-goals-mdgs-sustainable-development-goals-sdgs; https://review.trendsmask.com/what-is-millennium-development-goals-38464.html; https://sdg.iisd.org/news/states-call-for-post-2015-development-agenda-to-include-human-mobility (2013 context); adoption date confirmed at https://g205sdgs.github.io/sdg-indicators/en/strategy/2030_agenda and https://unofficeny.iom.int/2030-agenda-sustainable-development; target 10.7 confirmed in UN report A/72/173 (https://adattar.minorityforum.info/entity/p5k2dhr9xji?file=1574175306015qy69prqzp8j.pdf&page=9)',
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
      'The worldwide organization of sovereign states, established in 1945 after the Second World War to maintain international peace and security and foster cooperation among nations. Its six principal organs include the General Assembly, the Security Council and the Secretariat, and its wider system takes in many funds, programmes and specialized agencies.',
    url: 'https://www.un.org',
    source:
      "https://up.indianewscentre.in/Introduction-about-united-nation.aspx; http://sciref.net/o55156.html; https://doclecture.net/1-67476.html; url: stored pages of the UN's own site, e.g. http://www.un.org/youthenvoy/2013/09/office-of-the-united-nations-high-commissioner-for-refugees/",
  },
  {
    id: 'mdgs',
    name: 'Millennium Development Goals',
    acronyms: ['MDGs', 'MDG'],
    aliases: ['Millennium Goals'],
    kind: 'framework',
    founded: '2000',
    summary:
      'Eight time-bound development goals, with 21 targets, derived from the UN Millennium Declaration adopted at the Millennium Summit of September 2000 and meant to be reached by 2015, from halving extreme poverty to universal primary education. The Sustainable Development Goals of the 2030 Agenda superseded them in 2015.',
    url: 'https://www.un.org/millenniumgoals/',
    source:
      'http://sciref.net/o57034.html (also names the UN MDG page www.un.org/millenniumgoals/); https://review.trendsmask.com/what-is-millennium-development-goals-38464.html; https://www.bmz.de/en/ministry/principles/MDGs_2015/index.html; http://un.dk/2015-maalene/?lang=da',
  },
  {
    id: 'unhcr',
    name: 'Office of the United Nations High Commissioner for Refugees',
    acronyms: ['UNHCR', 'ACNUR'],
    aliases: [
      'UN Refugee Agency',
      'United Nations High Commissioner for Refugees',
      'United Nations Office of the High Commissioner for Refugees',
      'United Nations High Commission for Refugees',
    ],
    kind: 'UN agency',
    founded: '1950',
    seat: 'Geneva, Switzerland',
    summary:
      'The UN refugee agency, established by the General Assembly on 14 December 1950. It leads international action to protect refugees and stateless people and helps them return home voluntarily, integrate locally or resettle in a third country; the 1951 Refugee Convention is the legal basis of its work.',
    url: 'https://www.unhcr.org',
    source:
      "http://www.un.org/youthenvoy/2013/09/office-of-the-united-nations-high-commissioner-for-refugees/; http://www.princeton.edu/~achaney/tmve/wiki100k/docs/United_Nations_High_Commissioner_for_Refugees.html; https://platform.genevahealthforum.com/index.php/cartography/repository-cartography/214-unhcr; url: https://docslib.org/doc/4182932/the-israeli-colonization-activities-in-the-occupied-palestinian-territory-during-the-second-quarter-of-2017 (lists www.unhcr.org); FSJ April 2016 p.33 (https://afsa.org/sites/default/files/flipping_book/0416/33/) discusses UNHCR's role",
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
    contextAliases: ['State', 'the Department'],
    // A page on the Foreign Service, its agencies or AFSA means this department by a bare "State".
    contextFrom: [
      'foreign-service',
      'afsa',
      'usaid',
      'fcs',
      'fas',
      'usia',
      'fsi',
      'senior-foreign-service',
    ],
    kind: 'US executive department',
    founded: '1789',
    seat: 'Washington, D.C., USA',
    summary:
      "The U.S. executive department that conducts the country's foreign relations; created in 1789 as the first department under the new Constitution, it advises the president, runs U.S. diplomatic missions abroad and manages the Foreign Service. Its headquarters, the Harry S Truman Building, stands in Washington's Foggy Bottom neighborhood.",
    url: 'https://www.state.gov',
    source:
      'https://www.liquisearch.com/united_states_department_of_state/history; https://papersofabrahamlincoln.org/organizations/US37883; https://owiki.org/wiki/Department_of_state; https://everipedia.org/wiki/lang_en/United_States_Department_of_State; url: stored state.gov pages, e.g. https://www.state.gov/the-foreign-service-institutes-history/',
  },
  {
    id: 'afsa',
    name: 'American Foreign Service Association',
    acronyms: ['AFSA'],
    aliases: [
      'American Foreign Service Assn.',
      'Foreign Service Association',
      'American Consular Association',
    ],
    contextAliases: ['the Association'],
    kind: 'association',
    founded: '1924',
    seat: 'Washington, D.C., USA',
    summary:
      'The professional association of the U.S. Foreign Service, founded in 1924, which since 1973 has also been the exclusive bargaining representative, or union, for Foreign Service employees. AFSA publishes The Foreign Service Journal.',
    url: 'https://afsa.org',
    source:
      'http://www.afsa.org/about-afsa; https://www.afsa.org/afsa-and-evolution-foreign-service-career; https://afsa.org/sites/default/files/flipping_book/0524/31/; American Consular Association (formed 1918, reconstituted as AFSA in 1924) confirmed at https://afsa.org/sites/default/files/flipping_book/0514/38, https://afsa.org/afsa-history-timeline and https://afsa.org/sites/default/files/flipping_book/010224/19',
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
    founded: '1991 (DHA merged into it in 1998)',
    seat: 'New York, USA, and Geneva, Switzerland',
    summary:
      'The part of the UN Secretariat that coordinates international humanitarian response, set up under General Assembly resolution 46/182 of December 1991; the Department of Humanitarian Affairs merged into it in 1998. It mobilizes humanitarian funding, including the Central Emergency Response Fund, and works from New York and Geneva.',
    url: 'https://www.unocha.org',
    source:
      'http://piglix.com/piglix/OCHA; https://howlingpixel.com/i-en/United_Nations_Office_for_the_Coordination_of_Humanitarian_Affairs; https://www.endlesswiki.com/wiki/United_Nations_OCHA?origin=malteser_international; https://brockhaus.de/ecs/julex/article/buro-der-vereinten-nationen-fur-die-koordinierung-humanitärer-angelegenheiten; url: https://it.wikipedia.org/wiki/Ufficio_delle_Nazioni_Unite_per_gli_affari_umanitari (official site unocha.org) and the stored OCHA page http://www.unocha.org/ochain/2008/html/exe_mgmt.htm',
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
      "The UN's largest development agency, formed on 22 November 1965 by merging the Expanded Programme of Technical Assistance and the UN Special Fund. Funded by voluntary contributions, it helps countries reduce poverty and build institutions, and has published the Human Development Report since 1990.",
    url: 'https://www.undp.org',
    source:
      'https://wiki.gravy.cc/wiki/UNDP; https://www.epicroadtrips.us/2003/summer/nola/nola_offsite/FQ_en.wikipedia.org/en.wikipedia.org/wiki/United_Nations_Development_Programme.html; https://www.borgenmagazine.com/the-history-of-the-undp/; https://wiki.studentb.eu/view_html.php?lang=de&q=Entwicklungsprogramm_der_Vereinten_Nationen&sq=Albert+Einstein (headquarters New York, www.undp.org)',
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
    kind: 'international financial institution',
    founded: '1944',
    seat: 'Washington, D.C., USA',
    summary:
      'A group of five development institutions owned by member governments that lend, give grants and advise developing countries to reduce poverty. The IBRD, agreed at Bretton Woods in 1944, and the International Development Association together form the World Bank; the IFC, MIGA and ICSID complete the group.',
    source:
      'https://glean.datagood.io/w/world-bank-group; https://academickids.com/encyclopedia/index.php/World_Bank_Group; https://cfi.co/organisations/world-bank-group/; https://raosacademy.in/tag/world-bank-group',
  },
  {
    id: 'imf',
    name: 'International Monetary Fund',
    acronyms: ['IMF'],
    aliases: [],
    kind: 'international financial institution',
    founded: '1944',
    seat: 'Washington, D.C., USA',
    summary:
      "An international financial institution, agreed at the Bretton Woods conference of July 1944 and formally founded in December 1945, that oversees the international monetary system and members' economic policies. Countries facing balance-of-payments problems can borrow from the pool of funds its members contribute.",
    url: 'https://www.imf.org',
    source:
      "http://omarramirez.net/bretton-woods-agreements/; http://www.mediander.com/connects/15251/international-monetary-fund/; https://www.offshorecorptalk.com/threads/international-monetary-fund.2753/; https://kids.britannica.com/students/article/International-Monetary-Fund/275076; http://yourwiki.org/view_html.php?sq=Sri%20Lanka&lang=en&q=International_Monetary_Fund (formation 27 December 1945, headquarters Washington); https://studymode.com/essays/Jill-Moran's-Retirement-Annuity-1836709.html (website www.imf.org)",
  },
  {
    id: 'nato',
    name: 'North Atlantic Treaty Organization',
    acronyms: ['NATO', 'OTAN'],
    aliases: ['Atlantic Alliance', 'North Atlantic Alliance'],
    contextAliases: ['the Alliance'],
    kind: 'military alliance',
    founded: '1949',
    seat: 'Brussels, Belgium',
    summary:
      "The transatlantic military alliance of European and North American states founded on the North Atlantic (Washington) Treaty of 4 April 1949. Under the treaty's Article 5, an armed attack on one member is treated as an attack on all; the article was invoked for the first time after the 11 September 2001 attacks.",
    url: 'https://www.nato.int',
    source:
      'https://www.eata.ee/en/nato/; https://www.eata.ee/en/nato/washington-treaty/; https://crosswordnexus.com/word/NATO (Atlantic Alliance); https://www.myguidebrussels.com/nato (North Atlantic Alliance); url: stored NATO page https://nato.int/cps/en/natohq/topics_69366.htm',
  },
  {
    id: 'osce',
    name: 'Organization for Security and Co-operation in Europe',
    acronyms: ['OSCE', 'CSCE'],
    aliases: ['Conference on Security and Co-operation in Europe', 'Helsinki process'],
    kind: 'regional body',
    founded: '1973 (as the CSCE; renamed 1995)',
    seat: 'Vienna, Austria',
    summary:
      'A regional security organization of 57 participating states in Europe, Central Asia and North America. It grew out of the Conference on Security and Co-operation in Europe, which opened in 1973 and produced the 1975 Helsinki Final Act, took its present name in 1995, and works on conflict prevention, arms control, elections and human rights.',
    url: 'https://www.osce.org',
    source:
      'https://mzv.gov.cz/mission.vienna/en/organisations_covered_by_the_permanent/osce/index.html; http://encyclopedia.kids.net.au/page/os/OSCE; https://primidi.com/organization_for_security_and_co-operation_in_europe/history; url: stored OSCE page https://www.osce.org/who/timeline/1990s/07; 57 participating states also at https://netherlandsandyou.nl/web/osce-vienna/about-us and http://react.usip.org/pub/m1/p3.html',
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
      'The regional economic community of West African states, created by the Treaty of Lagos on 28 May 1975 to promote economic integration and cooperation in the region. Mali, Burkina Faso and Niger left it in January 2025.',
    source:
      'https://en.wikipedia.org/wiki/Treaty_of_Lagos; http://www.absoluteastronomy.com/topics/Economic_Community_of_West_African_States; https://www.mfwa.org/publication/know-your-ecowas/ (headquartered in Abuja); https://www.abuja-ng.com/ecowas-secretariat.html; https://newsarena.ng/niger-mali-burkina-faso-officially-exit-ecowas (withdrawal effective 29 Jan 2025)',
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
      'The continental organization of African states, launched in Durban in July 2002 as successor to the Organization of African Unity, founded in Addis Ababa in 1963. It works for unity, peace and security, and integration and development, notably through its Peace and Security Council; its commission sits in Addis Ababa.',
    url: 'https://au.int',
    source:
      'https://quanswer.com/en/the-historical-background-of-african-union; https://www.iiepeer.org/organizations/african-union-4217; https://kapitalafrik.com/event-organizer/african-union-au; https://www.modelafricanunion.de/african-union/; https://algeria.arabpostalstamps.com/timbre_detail.php?id=1372; http://piglix.com/piglix/African_Union (website au.int)',
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
    ended: '2013',
    successor: 'MINUSMA, the UN stabilization mission in Mali (from 1 July 2013)',
    summary:
      "A military mission organized by ECOWAS and authorized by UN Security Council resolution 2085 of 20 December 2012 to support Mali's government against armed Islamist groups in the north. It deployed early, in January 2013, after a rebel advance and the French intervention, and handed over its authority and troops to MINUSMA on 1 July 2013.",
    source:
      'https://en.wikipedia.org/wiki/African-led_International_Support_Mission_to_Mali?oldid=533510183; https://n.global.ssl.fastly.net/AFISMA (transfer to MINUSMA); https://de.zxc.wiki/wiki/African-led_International_Support_Mission_to_Mali; https://wikizero.org/wiki/pt/MISMA (MISMA); http://unscr.com/en/resolutions/2085; also https://reliefweb.int/report/mali/un-send-peacekeepers-risky-mali-conflict (resolution 2100); no official website',
  },
  {
    id: 'eu',
    name: 'European Union',
    acronyms: ['EU', 'E.U.'],
    aliases: ['European Community', 'European Commission'],
    kind: 'regional body',
    founded: '1993 (Maastricht Treaty)',
    seat: 'Brussels, Luxembourg and Strasbourg (seats of its institutions)',
    summary:
      'A political and economic union of European states with shared institutions, among them the Commission, the Council, the Parliament and the Court of Justice. The Maastricht Treaty, signed in 1992 and in force from 1 November 1993, founded it on the earlier European Communities and their common market.',
    source:
      'https://www.eu2005.lu/en/savoir_ue/glossaire/glossaire_m/?print; https://popculturemadness.com/the-european-union-maastricht-treaty-implementation/; http://origin.assignmentmakers.com/subject/law/assignment/the-european-court-of-justice-aided-by-the-court-of-first-instance-plays-a-pivotal-role-in-the-european-union; seats: http://image.absoluteastronomy.com/topics/Location_of_European_Union_institutions and https://lawlegal.eu/seat-of-the-eus-institutions/',
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
      'The regional organization of the 35 independent states of the Americas, whose charter was signed in Bogotá on 30 April 1948; it grew out of the International Union of American Republics of 1890, later the Pan American Union. It works for peace and security, representative democracy, human rights and development.',
    url: 'https://www.oas.org',
    source:
      'http://www.towson.edu/polsci/oas/INFOAS.HTM; https://webarchive.library.unt.edu/eot2008/20090109014054/http://www.state.gov/p/wha/rls/fs/2008/103315.htm; https://howlingpixel.com/i-en/Organization_of_American_States (headquarters, website oas.org); https://www.democracyspeaks.org/blog/happy-birthday-organization-american-states',
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
      'A regional grouping of ten Southeast Asian states, founded by the ASEAN (Bangkok) Declaration of 8 August 1967 by Indonesia, Malaysia, the Philippines, Singapore and Thailand. It promotes economic growth, social and cultural cooperation, and regional peace and stability; its secretariat, set up in 1976, is in Jakarta.',
    url: 'https://asean.org',
    source:
      'https://www.scribd.com/document/692604747/ASEAN; https://www.franzosini.ch/en/glossary/asean/; https://th4.ilovetranslation.com/Dd0T1V39W-5A_IBoYnBIRB==d; url: stored ASEAN page https://asean.org/?static_post=joint-press-release-of-the-first-asean-ministerial-meeting-bangkok-8-august-1967',
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
      "The UN's food-assistance agency, established in 1961 and headquartered in Rome, and the world's largest humanitarian organization. It delivers emergency food and cash assistance, is the leading provider of school meals, and helps countries prepare for emergencies; it received the 2020 Nobel Peace Prize.",
    url: 'https://www.wfp.org',
    source:
      'https://www.devdiscourse.com/article/law-order/1245090-wfp-wins-2020-nobel-peace-prize; https://factly.forumias.com/nobel-peace-prize-2020-awarded-to-world-food-programme/; https://wiki.studentb.eu/view_html.php?lang=en&q=World_Food_Programme&sq=Facebook (school meals, cash assistance, website wfp.org); https://mahendraguru.com/2015/04/kyo-know-your-organization-wfp.html (website www.wfp.org)',
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
      "The UN agency for children, created by the General Assembly on 11 December 1946 as the United Nations International Children's Emergency Fund to help children after the Second World War. Its mandate was widened in 1950 to children's long-term needs, and in 1953 it became a permanent UN body with its present name.",
    url: 'https://www.unicef.org',
    source:
      'http://piglix.com/piglix/United_Nations_International_Children%27s_Emergency_Fund; http://www.mmun.org.uk/unicef.html; https://w3schools.blog/unicef-full-form; https://www.luna.ovh/planeta/en/UNICEF (headquarters New York, www.unicef.org)',
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
      'A UN specialized agency, founded in 1919 under the Treaty of Versailles as part of the League of Nations system and the first specialized agency to join the UN, in 1946. Governments, workers and employers are all represented in it; it sets international labor standards, compiles labor statistics and works to protect migrant workers.',
    source:
      'https://slovar-vocab.com/english/britannica-concise-encyclopedia/international-labour-organization-6530245.html; https://formaementis.wordpress.com/2010/04/11/on-this-day-april-11-1919/; https://politicalawareness.net/un/un-specialized-agencies/international-labor-organization/; https://business-standard.com/amp/article/pti-stories/un-labour-body-survivor-from-league-of-nations-turns-100-119060900089_1.html (originally the International Labour Office)',
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
      'The UN agency for sexual and reproductive health, family planning and population data. Set up as a trust fund in 1967 and operating since 1969, it was renamed from the UN Fund for Population Activities in 1987 and publishes the annual State of World Population report.',
    source:
      'https://unsceb.org/content/unfpa; https://philea.eu/members/united-nations-population-fund; https://www.nationsencyclopedia.com/United-Nations/Technical-Cooperation-Programs-UNITED-NATIONS-POPULATION-FUND-UNFPA.html; https://wixlib.com/document/5f370_seven-opportunities-for-a-world-of-7-billion-state-of-world-population-2011.html (State of World Population report)',
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
      'The UN specialized agency that coordinates international public health. Its constitution, signed in New York in July 1946, came into force on 7 April 1948; it took over the work of the League of Nations Health Organization, sets health norms and standards and gives countries technical support.',
    url: 'https://www.who.int',
    source:
      'https://bizglob.com/2010/05/world-health-organization.html; http://www.princeton.edu/~achaney/tmve/wiki100k/docs/World_Health_Organization.html; https://en.wikipedia.org/wiki/Establishment_of_the_World_Health_Organization; https://woyaojiankangwang.com/Sportshealth/djrwntstis.html; https://nordiclarp.org/wiki/Special:MobileDiff/16468 (infobox: headquarters Geneva, website who.int)',
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
      "The UN specialized agency that leads international efforts against hunger, founded in Quebec City on 16 October 1945; its headquarters moved from Washington to Rome in 1951. It helps countries improve agriculture, forestry and fisheries, serves as a forum for food policy and is the UN's main source of agricultural statistics.",
    url: 'https://www.fao.org',
    source:
      'http://topexamkeys.blogspot.com/2011/09/fao-1.html; http://sparsen.com/1386/what-is-full-form-of-fao-when-it-was-established; http://ed.newdu.com/k269955.html; https://egftnjytyk.blogspot.com/2019/02/food-and-agriculture-organization.html (website www.fao.org)',
  },
  {
    id: 'unrwa',
    name: 'United Nations Relief and Works Agency for Palestine Refugees in the Near East',
    acronyms: ['UNRWA'],
    aliases: ['UN Relief and Works Agency', 'UN agency for Palestinian refugees'],
    kind: 'UN agency',
    founded: '1949',
    summary:
      'The UN agency created by General Assembly resolution 302 (IV) in December 1949, after the 1948 Arab-Israeli war, to aid Palestine refugees. It provides education, health care, relief and social services directly to registered refugees in Jordan, Lebanon, Syria, the West Bank and Gaza.',
    url: 'https://www.unrwa.org',
    source:
      'https://www.unrwa.org/resources/un-unrwa?page=8; http://mideastweb.org/302.htm; https://vajiramias.com/current-affairs/united-nations-relief-and-works-agency-for-palestinian-refugees-in-the-near-east-unrwa/65912771844b3d059e9e0dc6; seat omitted: current headquarters arrangement unconfirmed',
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
      "An independent, neutral humanitarian institution founded in Geneva in 1863, after Henry Dunant's account of the Battle of Solferino. Under a mandate from the states party to the Geneva Conventions it protects and assists victims of armed conflict, visits prisoners of war and detainees, and acts as guardian and promoter of international humanitarian law.",
    url: 'https://www.icrc.org',
    source:
      'https://rd.springer.com/referenceworkentry/10.1007%252F978-1-349-70154-4_33 (headquarters Geneva, website www.icrc.org); http://piglix.com/piglix/International_Red_Cross; https://this-day-in-history.net/tag/Geneva/ (International Red Cross; mandate); https://www.didierruef.com/image/I000025x8M5z0apY; http://hoyenhistoria.blogspot.com/2015/02/february-17-group-of-citizens-of-geneva.html',
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
      "The federation of the world's national Red Cross and Red Crescent societies, founded in Paris in 1919 as the League of Red Cross Societies and given its present name in 1991. From its secretariat in Geneva it coordinates international relief for disasters outside conflict zones and helps national societies build their services.",
    source:
      'https://www.britannica.com/topic/International-Federation-of-Red-Cross-and-Red-Crescent-Societies; http://www.redcross.org/about-us/history/global-red-cross-network/international-federation; https://academia-lab.com/encyclopedia/international-federation-of-red-cross-and-red-crescent-societies; http://absoluteastronomy.com/topics/International_Federation_of_Red_Cross_and_Red_Crescent_Societies',
  },
  {
    id: 'unsc',
    name: 'United Nations Security Council',
    acronyms: ['UNSC'],
    aliases: [],
    contextAliases: ['Security Council'],
    // On a page naming the UN or its General Assembly, "the Security Council" is the UN's.
    contextFrom: ['un', 'unga'],
    kind: 'UN principal organ',
    founded: '1945',
    seat: 'New York, USA',
    summary:
      'The UN organ with primary responsibility for international peace and security, made up of five permanent members with a veto (China, France, Russia, the United Kingdom and the United States) and ten members elected for two-year terms. It can impose sanctions, authorize the use of force and deploy peacekeeping missions.',
    url: 'https://main.un.org/securitycouncil/',
    source:
      'https://foundations.doctorparadox.net/Companies+and+Orgs/United+Nations; https://queenannebar.com/?p=179; https://orderfatfishbarngrill.com/the-united-nations; url confirmed by stored pages citing main.un.org/securitycouncil/en/content/current-members',
  },
  {
    id: 'unga',
    name: 'United Nations General Assembly',
    acronyms: ['UNGA'],
    aliases: [],
    contextAliases: ['General Assembly'],
    // On a page naming the UN or its Security Council, "the General Assembly" is the UN's; another
    // body's assembly is written with its name before it ("the OAS General Assembly").
    contextFrom: ['un', 'unsc'],
    kind: 'UN principal organ',
    founded: '1945',
    seat: 'New York, USA',
    summary:
      "The UN's main deliberative and policymaking body, in which every member state has one vote. It meets in regular session each year from September, decides important questions such as the budget and the admission of members by a two-thirds majority, and convenes high-level meetings such as the dialogues on international migration.",
    url: 'https://www.un.org/en/ga/',
    source:
      'https://doclecture.net/1-67476.html; https://orderfatfishbarngrill.com/the-united-nations; https://foundations.doctorparadox.net/Companies+and+Orgs/United+Nations; url: its pages at www.un.org/en/ga/ (e.g. https://www.un.org/en/ga/68/meetings/migration/about.shtml, the 2013 High-level Dialogue)',
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
      "One of the UN's six principal organs, established by the 1945 Charter, with 54 members elected by the General Assembly for three-year terms. It coordinates the economic and social work of the UN's specialized agencies and functional and regional commissions, and grants consultative status to non-governmental organizations.",
    source:
      'https://www.norway.no/en/missions/UN/norway-and-the-un/un-bodies2/the-economic-and-social-council/; https://gsji.org/Book-HR-043.html; http://theinfolist.com/html/ALL/s/Article_71_of_the_UN_Charter.html; https://wikisum.wiki/wiki/ECOSOC',
  },
  {
    id: 'ohchr',
    name: 'Office of the United Nations High Commissioner for Human Rights',
    acronyms: ['OHCHR'],
    aliases: [
      'UN Human Rights Office',
      'United Nations High Commissioner for Human Rights',
      'Office of the High Commissioner for Human Rights',
    ],
    kind: 'UN agency',
    founded: '1993',
    seat: 'Geneva, Switzerland',
    summary:
      "The UN office that leads the organization's human rights work, set up after the 1993 World Conference on Human Rights when General Assembly resolution 48/141 of 20 December 1993 created the post of High Commissioner. Based in Geneva, it promotes and protects the rights set out in international law and coordinates human rights activities across the UN system.",
    url: 'https://www.ohchr.org',
    source:
      'http://piglix.com/piglix/UN_High_Commissioner_for_Human_Rights (website www.ohchr.org); http://www.un.org/documents/ga/res/48/a48r141.htm; http://lawsdocbox.com/Immigration/114286109-The-united-nations-high-commissioner-for-human-rights-challenges-and-opportunities.html',
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
      'An independent U.S. foreign-aid agency authorized by Congress in January 2004. It gives large grants, called compacts, to developing countries chosen for their performance on independent indicators of ruling justly, investing in people and economic freedom; the countries design and carry out the programs themselves.',
    url: 'https://www.mcc.gov',
    source:
      'https://www.everycrsreport.com/reports/RL32427.html; https://www.everycrsreport.com/files/20101116_RL32427_5d375e383cdc8eff8fdb1e6faf43b17858078ba1.html; https://legalclarity.org/millennium-challenge-corporation-eligibility-and-compacts; http://theinfolist.com/html/ALL/s/M/Millenium_Challenge_Account.html (Millennium Challenge Account); http://piglix.com/piglix/Millennium_Challenge_Corporation (formed January 2004, headquarters Washington, D.C., website www.mcc.gov); https://mcc.gov/resources/story/story-ar-2018-introduction',
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
      "An independent U.S. government agency, set up by President Kennedy's executive order of 1 March 1961 and authorized by the Peace Corps Act that September, that sends American volunteers abroad, usually for two years after three months of training. They work with local partners in fields such as education, business, agriculture and the environment.",
    url: 'https://www.peacecorps.gov',
    source:
      'http://piglix.com/piglix/Peace_Corps_Act_of_1961 (headquarters, website www.peacecorps.gov); https://wikivisually.com/wiki/Peace_Corps; https://ourcampaigns.com/ContainerDetail.html?ContainerID=63001',
  },
  {
    id: 'fcs',
    name: 'U.S. and Foreign Commercial Service',
    acronyms: ['US&FCS', 'USFCS', 'FCS'],
    aliases: ['Foreign Commercial Service', 'U.S. Commercial Service', 'Commercial Service'],
    kind: 'US government agency',
    founded: '1980',
    summary:
      "The export-promotion arm of the Commerce Department's International Trade Administration, whose Foreign Service officers abroad help American companies, especially small and medium-sized ones, sell overseas and attract foreign investment to the United States. It was created when the Foreign Service Act of 1980 moved commercial work from the State Department to Commerce.",
    source:
      'https://afsa.org/sites/default/files/flipping_book/0103/39 (1980 founding); https://afsa.org/sites/default/files/flipping_book/1119/92/ (official name); https://afsa.org/sites/default/files/flipping_book/0405/20 and https://afsa.org/sites/default/files/flipping_book/0405/21 (U.S. Commercial Service, USFCS); https://afsa.org/sites/default/files/flipping_book/0920/70/ (US&FCS); http://afsa.org/foreign-commercial-service; https://d1tvxue8o4w0fl.cloudfront.net/statute/united-states-code/title-15-commerce-and-trade/chapter-73-export-enhancement/subchapter-iii-export-promotion/section-4721-united-states-and-foreign-commercial-service',
  },
  {
    id: 'fas',
    name: 'Foreign Agricultural Service',
    acronyms: ['FAS'],
    aliases: [],
    kind: 'US government agency',
    founded: '1930 (Foreign Agricultural Service Act)',
    summary:
      'The foreign affairs agency of the U.S. Department of Agriculture, first created by the Foreign Agricultural Service Act of 1930. Its attachés and officers abroad develop markets for American farm products, take part in trade negotiations and report on world agricultural markets; it also runs USDA export-credit and food-aid programs.',
    source:
      'http://piglix.com/piglix/Foreign_Agricultural_Service; http://absoluteastronomy.com/topics/Foreign_Agricultural_Service (Foreign Agricultural Service Act of 1930); https://afsa.org/sites/default/files/flipping_book/0524/33/ (FSJ May 2024 timeline: 1930 act establishes FAS)',
  },
  {
    id: 'monusco',
    name: 'United Nations Organization Stabilization Mission in the Democratic Republic of the Congo',
    acronyms: ['MONUSCO', 'MONUC'],
    aliases: ['United Nations Organization Mission in the Democratic Republic of the Congo'],
    kind: 'UN peacekeeping mission',
    founded: '1999 (as MONUC; renamed 2010)',
    summary:
      "The UN peacekeeping operation in the Democratic Republic of the Congo, whose mandate gives priority to protecting civilians and supporting stabilization. It began as MONUC, set up by Security Council resolution 1279 of 30 November 1999, and took its present name on 1 July 2010 under resolution 1925; William Lacy Swing, later IOM's director general, headed MONUC from 2003.",
    source:
      'https://monuc.unmissions.org/en/background; https://monuc.unmissions.org/en/security-council-monuc-monusco; https://peacekeeping.un.org/es/mission/monusco; https://www.globalsecurity.org/military/library/news/2003/08/mil-030814-irin04.htm (Swing as MONUC head)',
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
      'The UN mission set up by Security Council resolution 690 of 29 April 1991 to monitor the ceasefire between Morocco and the Polisario Front in Western Sahara and to organize a referendum in which its people would choose between independence and integration with Morocco. Disputes over voter lists have kept the referendum from ever being held.',
    url: 'https://minurso.unmissions.org',
    source:
      'https://milout.com/united-nations-mission-in-western-sahara-ribbon; https://international.vlex.com/vid/establishes-mission-sahara-referendum-53327098; https://review.clateway.com/wiki/view_html.php?q=United_Nations_Mission_for_the_Referendum_in_Western_Sahara (headquarters Laayoune, website minurso.unmissions.org); https://www.zapaday.com/page/event/463105-0/Mandate-for-UN-mission-in-the-Western-Sahara-expires',
  },
  {
    id: 'isaf',
    name: 'International Security Assistance Force',
    acronyms: ['ISAF'],
    aliases: [],
    kind: 'military mission',
    founded: '2001',
    ended: '2014',
    successor: "NATO's Resolute Support Mission (from January 2015)",
    seat: 'Kabul, Afghanistan',
    summary:
      "The multinational military force in Afghanistan authorized by UN Security Council resolution 1386 in December 2001 and led by NATO from 11 August 2003. First limited to Kabul, it spread across the country, fought the insurgency and trained Afghan forces until the end of 2014, when NATO's non-combat Resolute Support mission followed it.",
    url: 'https://www.nato.int/cps/en/natohq/topics_69366.htm',
    source:
      'https://nato.int/cps/en/natohq/topics_69366.htm; https://rs.nato.int/rsm/about-us/history; https://rs.nato.int/about-us/history/isaf-history.aspx; https://www.liquisearch.com/international_security_assistance_force; https://profilpelajar.com/no/International_Security_Assistance_Force (headquarters in Kabul)',
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
      'A non-binding, intergovernmentally negotiated framework for cooperation on international migration, with 23 objectives, from better data to fair recruitment and fighting smuggling. It was adopted at a conference in Marrakech on 10 December 2018 and endorsed by the UN General Assembly on 19 December; the United States did not adopt it.',
    source:
      'https://turkmenistannewsgazette.com/speakers-call-for-robust-implementation-of-landmark-global-compact-to-protect-migrants-worldwide-as-intergovernmental-conference-concludes-in-marrakech/; https://rightsobservatory.org/news/more-than-150-countries-to-adopt-un-migration-accord; https://www.lewik.org/dataset/263/; https://sputniknews.com/world/201807141066339148-un-general-assembly-accord-migration/; https://jurist.org/news/2018/12/un-member-states-adopt-global-compact-for-safe-orderly-and-regular-migration; dates also in General Assembly resolution 73/195 (https://international.vlex.com/vid/res-73-195-resolucion-861191321) and https://sdg.iisd.org/?p=728695; url omitted: page path unconfirmed',
  },
  {
    id: 'rcm',
    name: 'Regional Conference on Migration',
    acronyms: ['RCM'],
    aliases: ['Puebla Process', 'Conferencia Regional sobre Migración'],
    kind: 'consultative process',
    founded: '1996',
    summary:
      'The regional consultative process on migration for North and Central America and the Dominican Republic, set up in 1996 after the Tuxtla II presidential summit to coordinate policy and cooperation among its eleven member countries. It is also called the Puebla Process, after the Mexican city where it first met in March 1996.',
    url: 'https://rcmvs.org',
    source:
      'https://rcmvs.org (official site); https://portal.crmsv.org/en/about-us; https://www.iom.int/puebla-process; http://www.un.org/documents/ga/docs/51/plenary/a51-90.htm; https://1library.net/article/building-partnerships-international-migration-development-perspectives-experien.qo33k22k',
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
      'An Asia-Pacific forum on people smuggling, human trafficking and related transnational crime, launched at a regional ministerial conference in Bali in February 2002 and co-chaired by Indonesia and Australia; over 50 countries take part. Non-binding, it serves for policy dialogue and information sharing, and its Regional Support Office runs capacity-building for members.',
    url: 'https://www.baliprocess.net',
    source:
      'https://en.wikipedia.org/wiki/Bali_Process; https://friendlywiki.com/article/index.php?title=Bali_Process (official website www.baliprocess.net); https://dfat.gov.au/node/128522; https://rso.baliprocess.net/about-the-rso/ (Bangkok office)',
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
      'A regional consultative process of Asian countries whose citizens go abroad as contract workers, begun at a 2003 ministerial consultation in Colombo. Its members share practice on overseas employment, work to protect migrant workers from exploitative recruitment, and seek more benefit from labor migration, including remittances, in dialogue with destination countries.',
    url: 'https://www.colomboprocess.org',
    source:
      'http://www.colomboprocess.org/about-the-colombo-process/background; http://colomboprocess.org/About_the_Colombo_Process_Background-5a-2.html; https://hciseychelles.gov.in/multilateral-co-operation.php (ethical recruitment); https://iom.int/news/colombo-process-website-launched; also https://www.colomboprocess.org/about-the-colombo-process and https://www.iom.int/regional-consultative-process-overseas-employement-and-contractual-labour-countries-origin-asia',
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
      'An intergovernmental organization of mostly high-income democracies, founded in 1961 as successor to the OEEC, which had run the Marshall Plan. It gives members a forum to compare policies and coordinate them, and its Development Assistance Committee is where the main donor countries review and set standards for their aid.',
    url: 'https://www.oecd.org',
    source:
      'http://piglix.com/piglix/OEEC (headquarters Paris, website www.oecd.org); https://bookrags.com/research/organization-for-economic-co-operat-este-0001_0003_0; https://www.bmz.de/en/ministry/approaches/multilateral_cooperation/players/oecd/index.html; https://www.taylorfrancis.com/chapters/edit/10.4324/9781003179900-102/organisation-economic-co-operation-development%E2%80%94oecd-helen-canton?context=ubx&refId=0489b466-2e96-4001-8603-b405997f85a5',
  },
  {
    id: 'g20',
    name: 'Group of Twenty',
    acronyms: ['G20', 'G-20'],
    aliases: ['Group of 20'],
    kind: 'forum',
    founded: '1999',
    summary:
      "An informal forum of 19 major economies, the European Union and, since 2023, the African Union that coordinates on the global economy and financial system. It began in 1999, after the Asian financial crisis, as a meeting of finance ministers and central bank governors; leaders' summits started in Washington in November 2008.",
    source:
      'http://en.special.kremlin.ru/catalog/glossary/14; https://totalityofevidence.com/timeline/g20-is-born/; http://www.commit4africa.org/category/organisation/g20; African Union membership (September 2023) and the 19 countries confirmed at https://www.thenationalnews.com/world/asia/2023/09/09/india-african-union-g20/; url omitted: unconfirmed',
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
      'The regional organization of 22 Arab states of the Middle East and North Africa, founded in Cairo on 22 March 1945, where its headquarters remains. It works to draw its members closer, coordinate their policies and safeguard their independence and sovereignty.',
    source:
      'https://www.theepochtimes.com/timelines-what-international-body-was-created-in-cairo-egypt-march-22-1945_1487530.html; https://todayshistory.org/22-march-1945-2/18536/; http://www.equatorias.com/upsc-prelims-2023/league-arab-states-arab-league/; https://arableague-us.org/wp/about-2/structure/main-organs; url omitted: unconfirmed',
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
      'The regional organization of eight countries of Eastern Africa and the Horn of Africa, launched in 1996 as the revitalized successor to the Intergovernmental Authority on Drought and Development of 1986. From its secretariat in Djibouti it works on food security, environment, peace and security, and economic cooperation.',
    url: 'https://igad.int',
    source:
      'https://issat.dcaf.ch/esl/Learn/SSR-in-Practice/Countries-Regions/Ethiopia?view=organisations; https://igad.int/devenv/igad-turns-30-years; https://wiki.gravy.cc/wiki/Intergovernmental_Authority_on_Development; http://pages.rediff.com/intergovernmental-authority-on-development/342367',
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
      'The UN entity for gender equality and the empowerment of women, created by a unanimous General Assembly vote on 2 July 2010 and operational from January 2011. It merged four earlier UN bodies: UNIFEM, the Division for the Advancement of Women, the Office of the Special Adviser on Gender Issues and INSTRAW.',
    source:
      'https://australianwomenonline.com/un-creates-single-entity-to-promote-womens-empowerment/; https://de.diversitymine.eu/establishment-of-new-un-body-on-gender-equality; https://mebydesign.com/?p=191; http://anglicancommunion.org/ministry/un/women/un_women_established.cfm',
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
      'A nonpartisan U.S. think tank, membership organization and publisher on foreign policy, founded in 1921 and based in New York. It has published the journal Foreign Affairs since 1922, and its research fellows and independent task forces issue policy recommendations.',
    url: 'https://www.cfr.org',
    source:
      'http://web.archive.org/web/20020601162939/http:/www.cfr.org/Public/about/mission.html; https://iiab.me/kiwix/content/wikipedia_en_top_maxi_2022-11/A/The_Council_on_Foreign_Relations (headquarters, website CFR.org); https://en.wikipedia.org/wiki/Council_on_Foreign_Relations',
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
      "A nonprofit founded in 1986 by retired Foreign Service officers, based on the Foreign Service Institute's campus in Arlington, Virginia, that supports FSI training and records the Foreign Affairs Oral History collection of interviews with U.S. diplomats. It also publishes books on diplomacy.",
    url: 'https://adst.org',
    source:
      'https://adst.org/?p=16669; https://afsa.org/sites/default/files/flipping_book/0912/60/; https://en.wikipedia.org/wiki/Association_for_Diplomatic_Studies_and_Training; https://alchetron.com/Association-for-Diplomatic-Studies-and-Training (website adst.org); https://www.huffpost.com/author/csibilla-306',
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
      'An office of the Administration for Children and Families in the Department of Health and Human Services, created by the Refugee Act of 1980. It funds cash, medical and social assistance that helps refugees, asylees, trafficking victims and other eligible newcomers settle in the United States, and is responsible for unaccompanied migrant children.',
    url: 'https://www.acf.hhs.gov/orr',
    source:
      'http://piglix.com/piglix/Office_of_Refugee_Resettlement; https://profilbaru.com/en/Office_of_Refugee_Resettlement (headquarters Washington, D.C.; website www.acf.hhs.gov/orr); https://wikisum.wiki/wiki/Office_of_Refugee_Resettlement; https://webarchive.library.unt.edu/eot2008/20090109080207/http:/www.acf.hhs.gov/programs/orr/about/divisions.htm; https://www.acf.hhs.gov/blog/topics/refugees-asylees',
  },
  {
    id: 'uscis',
    name: 'U.S. Citizenship and Immigration Services',
    acronyms: ['USCIS'],
    aliases: [
      'Citizenship and Immigration Services',
      'Bureau of Citizenship and Immigration Services',
    ],
    kind: 'US government agency',
    founded: '2003',
    seat: 'Camp Springs, Maryland, USA',
    summary:
      'The Department of Homeland Security agency that took over the service functions of the Immigration and Naturalization Service on 1 March 2003, first as the Bureau of Citizenship and Immigration Services. It decides applications for immigration benefits such as naturalization, permanent residence and work permits, and adjudicates asylum and refugee applications.',
    url: 'https://www.uscis.gov',
    source:
      'https://immigrationtounitedstates.org/433-us-citizenship-and-immigration-services.html; https://www.globalsecurity.org/security/library/news/2003/03/sec-030303-usia02.htm; https://encyclopediahub.com/?p=24736; https://experts123.com/q/when-and-why-did-the-immigration-and-naturalization-service-ins-change-to-the-u.s.citizenship-and-immigration-services-uscis.html; Camp Springs headquarters confirmed at https://www.uscis.gov/archive/gsa-announces-new-lease-agreement-for-us-citizenship-and-immigration-services-in-camp-springs-md (building opened 2020)',
  },
];

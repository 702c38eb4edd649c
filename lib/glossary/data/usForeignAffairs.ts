// The glossary's US foreign-affairs agencies (current and historic) and US government programs abroad.
// Facts come from the pages named in each entry's `source`; card summaries are written for FSJ Gloss.

import type { GlossaryEntry } from '../types';

export const US_FOREIGN_AFFAIRS: readonly GlossaryEntry[] = [
  // Public diplomacy and information agencies
  {
    id: 'usia',
    name: 'United States Information Agency',
    acronyms: ['USIA', 'USICA'],
    aliases: [
      'International Communication Agency',
      'International Communications Agency',
      'United States International Communication Agency',
      'United States International Communications Agency',
    ],
    kind: 'US government agency',
    founded: '1953',
    ended: '1999',
    successor:
      'the State Department (Under Secretary for Public Diplomacy and Public Affairs) and, for broadcasting, the Broadcasting Board of Governors',
    seat: 'Washington, D.C.',
    summary:
      'Independent U.S. agency that ran public diplomacy abroad (information programs, exchanges such as Fulbright, and the Voice of America) from 1953 until it was folded into the State Department in 1999; from 1978 to 1982 it was called the International Communication Agency (USICA).',
    source:
      'https://en.wikipedia.org/wiki/United_States_Information_Agency ; https://publicdiplomacy.wikia.org/wiki/USIA ; https://librariesaustralia.nla.gov.au/search/display?dbid=auth&id=36204292 ; https://history.state.gov/historicaldocuments/frus1977-80v30/d215',
  },
  {
    id: 'usis',
    name: 'United States Information Service',
    acronyms: ['USIS'],
    aliases: [],
    kind: 'US government bureau',
    summary:
      "The name under which USIA's offices in U.S. embassies and consulates worked abroad: its officers ran press, cultural and information programs and spoke for the mission; after 1999 the State Department's public affairs sections took over the work.",
    source:
      'https://publicdiplomacy.wikia.org/wiki/USIA ; https://librariesaustralia.nla.gov.au/search/display?dbid=auth&id=36204292 ; https://review.clateway.com/wiki/view_html.php?q=United_States_Information_Agency',
  },
  {
    id: 'usia-bureau-of-information',
    name: 'Bureau of Information',
    acronyms: [],
    aliases: ['USIA Bureau of Information', 'USIA Information Bureau'],
    contextAliases: ['I Bureau', 'Information Bureau'],
    // A page on USIA means its Bureau of Information by a bare "I Bureau".
    contextFrom: ['usia'],
    kind: 'US government bureau',
    ended: '1999',
    successor: 'the State Department\u2019s Office of International Information Programs',
    summary:
      'USIA\u2019s information bureau, created in the agency\u2019s restructuring from 1993, which produced and sent to USIS posts abroad the material of public diplomacy: the daily Wireless File and Washington File of official policy texts, publications in as many as 30 languages, U.S. speakers and teleconferences, and USIA\u2019s websites; it also ran the foreign press centers. With USIA\u2019s educational and cultural bureau and the International Broadcasting Bureau it was one of the agency\u2019s three main units until 1999.',
    source:
      'https://www.govexec.com/magazine/1996/05/the-mission/288/?oref=ge-homepage-noscript-river; http://govinfo.library.unt.edu/npr/library/nprrpt/annrpt/vp-rpt96/appendix/usia.html; https://itlaw.fandom.com/wiki/Bureau_of_Information; http://www.publicdiplomacy.org/6.htm',
  },
  {
    id: 'owi',
    name: 'Office of War Information',
    acronyms: ['OWI'],
    aliases: [],
    kind: 'US government agency',
    founded: '1942',
    ended: '1945',
    successor: 'the State Department (international information work)',
    seat: 'Washington, D.C.',
    summary:
      'World War II agency created by President Roosevelt to explain the war to Americans and foreign audiences and to counter enemy propaganda; most of its budget went to work abroad, including the broadcasts that became the Voice of America, and it is a forerunner of USIA.',
    source:
      'https://www.coldwarradiomuseum.com/fdr-creates-office-of-war-information/ ; https://afsa.org/why-office-war-information-still-matters ; http://itlaw.wikia.com/wiki/Office_of_War_Information ; https://podcast24.nl/episodes/world-war-ii-chronicles/episode-28-the-office-of-war-information-NMmtHqfRle',
  },
  {
    id: 'cpi',
    name: 'Committee on Public Information',
    acronyms: [],
    aliases: ['Creel Committee'],
    kind: 'US government agency',
    founded: '1917',
    ended: '1919',
    seat: 'Washington, D.C.',
    summary:
      "President Wilson's World War I propaganda agency, chaired by the journalist George Creel with the Secretaries of State, War and the Navy, which used press, film, posters and speakers to rally support for the war.",
    source:
      'http://w.owiki.org/wiki/Committee_on_Public_Information ; https://www.wiki3.en-us.nina.az/Committee_on_Public_Information.html',
  },
  // International broadcasting
  {
    id: 'usagm',
    name: 'U.S. Agency for Global Media',
    acronyms: ['USAGM', 'BBG'],
    aliases: ['Broadcasting Board of Governors'],
    kind: 'US government agency',
    founded: '1994 (as the Broadcasting Board of Governors)',
    seat: 'Washington, D.C.',
    summary:
      'Independent federal agency that oversees U.S. civilian international broadcasting: the Voice of America and the Office of Cuba Broadcasting, and grants to Radio Free Europe/Radio Liberty, Radio Free Asia and the Middle East Broadcasting Networks. Created as the Broadcasting Board of Governors under USIA, it became independent in 1999 and took its present name in 2018.',
    source:
      'https://usgovernmentmanual.gov/(X(1)S(lr0nx4yhpaiklfujekgooj11))/Agency.aspx?EntityId=oPpn5fYQYfM=&ParentEId=+klubNxgV0o=&EType=jY3M4CTKVHY= ; https://graphsearch.epfl.ch/en/concept/482051 ; https://direct.usagm.gov/about_direct',
  },
  {
    id: 'voa',
    name: 'Voice of America',
    acronyms: ['VOA'],
    aliases: [],
    kind: 'US government agency',
    founded: '1942',
    seat: 'Washington, D.C.',
    summary:
      "The U.S. government's official international broadcaster, on the air since World War II, producing news and programs in dozens of languages on radio, television and the web for audiences outside the United States; it is now part of the U.S. Agency for Global Media.",
    url: 'https://www.voanews.com',
    source:
      'https://gateway.ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Voice_of_America.html ; https://direct.usagm.gov/about_direct ; https://www.coldwarradiomuseum.com/fdr-creates-office-of-war-information/',
  },
  {
    id: 'rferl',
    name: 'Radio Free Europe/Radio Liberty',
    acronyms: ['RFE/RL', 'RFE'],
    aliases: ['Radio Free Europe', 'Radio Liberty', 'Radio Liberation'],
    kind: 'US government agency',
    founded: '1949 (Radio Free Europe); 1953 (Radio Liberty)',
    seat: 'Prague, Czech Republic',
    summary:
      'Congress-funded broadcaster, a private nonprofit under the U.S. Agency for Global Media, that brings news to countries of Eastern Europe, Central Asia and the Middle East where the press is not free; founded in the Cold War to reach the Soviet bloc, it was based in Munich until it moved to Prague in 1995.',
    url: 'https://www.rferl.org',
    source:
      'https://www.liquisearch.com/radio_free_europeradio_liberty ; https://pressroom.rferl.org/a/1105634.html ; https://zpravy.aktualne.cz/radio-free-europe-to-broadcast-from-new-place-soon/r~i:article:614696 ; https://calendarz.com/pt/amp/on-this-day/july/4/radio-free-europe',
  },
  {
    id: 'rfa',
    name: 'Radio Free Asia',
    acronyms: ['RFA'],
    aliases: [],
    kind: 'US government agency',
    founded: '1996',
    seat: 'Washington, D.C.',
    summary:
      'U.S.-government-funded private nonprofit news service, set up under the International Broadcasting Act of 1994, that reports in Asian languages for audiences in China, North Korea, Vietnam, Laos, Cambodia and Myanmar; it is funded and supervised by the U.S. Agency for Global Media.',
    url: 'https://www.rfa.org',
    source:
      'http://www.wikipedia.org/wiki/Radio_Free_Asia ; http://www.liquisearch.com/radio_free_asia/history',
  },
  {
    id: 'mbn',
    name: 'Middle East Broadcasting Networks',
    acronyms: ['MBN'],
    // Alhurra and Radio Sawa are its channels (media), not bodies: they are not its names.
    aliases: [],
    kind: 'US government agency',
    seat: 'Springfield, Virginia',
    summary:
      'Nonprofit news organization, funded by a U.S. Agency for Global Media grant, that runs the Arabic-language Alhurra Television (on the air since 2004) and Radio Sawa (since 2002) for audiences in the Middle East.',
    source:
      'http://www.bbg.gov/broadcasters/mbn/ ; https://de.zxc.wiki/wiki/Radio_Sawa ; https://onlineradiohub.com/radio-sawa-s5357',
  },
  {
    id: 'ocb',
    name: 'Office of Cuba Broadcasting',
    acronyms: ['OCB'],
    aliases: ['Radio Martí', 'Radio Marti', 'TV Martí', 'TV Marti', 'Radio and TV Martí'],
    kind: 'US government agency',
    founded: '1985',
    summary:
      'Federal broadcaster, now under the U.S. Agency for Global Media, that runs Radio Martí (started 1985) and TV Martí (started 1990), which broadcast news and programs to Cuba.',
    source:
      'http://www.chicagotribune.com/news/ct-xpm-1993-05-25-9305250142-story.html ; https://graphsearch.epfl.ch/en/concept/482051',
  },
  {
    id: 'board-for-international-broadcasting',
    name: 'Board for International Broadcasting',
    acronyms: [],
    aliases: [],
    kind: 'US government agency',
    founded: '1973',
    summary:
      'Independent federal board set up in 1973 to fund, evaluate and oversee Radio Free Europe and Radio Liberty, which it consolidated into RFE/RL, Inc. in 1981.',
    source:
      'http://www.chicagotribune.com/news/ct-xpm-1993-05-25-9305250142-story.html ; http://piglix.com/piglix/Radio_Free_Asia',
  },
  // Foreign aid agencies before USAID
  {
    id: 'eca-marshall-plan',
    name: 'Economic Cooperation Administration',
    acronyms: [],
    aliases: [],
    kind: 'US government agency',
    founded: '1948',
    ended: '1951',
    successor: 'the Mutual Security Agency',
    summary:
      'The U.S. agency set up in 1948 to run the Marshall Plan, led by Paul G. Hoffman, with an office in the capital of each participating European country; it was replaced by the Mutual Security Agency in 1951 and is a forerunner of USAID.',
    source:
      'https://www.geographicus.com/P/RareMaps/economiccooperationadmin ; https://en.m.wikipedia.org/wiki/Economic_Cooperation_Administration ; https://history.state.gov/departmenthistory/people/principalofficers/director-mutual-security-agency',
  },
  {
    id: 'msa',
    name: 'Mutual Security Agency',
    acronyms: [],
    aliases: [],
    kind: 'US government agency',
    founded: '1951',
    ended: '1953',
    successor: 'the Foreign Operations Administration',
    summary:
      'Agency created by the Mutual Security Act of 1951, in the Korean War years, to run both military and economic aid to U.S. allies; it took over from the Economic Cooperation Administration and handed its work to the Foreign Operations Administration in 1953.',
    source:
      'https://history.state.gov/departmenthistory/people/principalofficers/director-mutual-security-agency ; https://th4.ilovetranslation.com/O_m6Lj97pjl=d',
  },
  {
    id: 'foa',
    name: 'Foreign Operations Administration',
    acronyms: ['FOA'],
    aliases: [],
    kind: 'US government agency',
    founded: '1953',
    ended: '1955',
    successor:
      'the International Cooperation Administration (State Department) and the Defense Department',
    seat: 'Washington, D.C.',
    summary:
      "Independent agency headed by Harold Stassen that brought together the Eisenhower administration's economic, technical and military aid operations; in 1955 its work went back under the State Department as the International Cooperation Administration.",
    source:
      'https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/United_States_Foreign_Operations_Administration ; https://www.presidency.ucsb.edu/documents/letter-secretary-dulles-regarding-transfer-the-affairs-the-foreign-operations ; https://digitalcommons.pvamu.edu/pvamu-theses/1366/',
  },
  {
    id: 'international-cooperation-administration',
    name: 'International Cooperation Administration',
    acronyms: [],
    aliases: [],
    contextAliases: ['ICA'],
    kind: 'US government agency',
    founded: '1955',
    ended: '1961',
    successor: 'the U.S. Agency for International Development',
    summary:
      'State Department agency that ran U.S. foreign aid, except military aid, refugee programs and contributions to international bodies, from 1955 until the Foreign Assistance Act of 1961 replaced it with USAID.',
    source:
      'https://history.state.gov/departmenthistory/people/principalofficers/director-intl-cooperation-administration ; https://th4.ilovetranslation.com/O_m6Lj97pjl=d',
  },
  {
    id: 'tca',
    name: 'Technical Cooperation Administration',
    acronyms: ['TCA'],
    aliases: [],
    kind: 'US government agency',
    founded: '1950',
    ended: '1953',
    successor: 'the Foreign Operations Administration',
    summary:
      "Unit within the State Department that ran President Truman's Point Four technical assistance program from 1950 until it was merged into the Foreign Operations Administration in 1953.",
    source:
      'https://encyclopedia2.thefreedictionary.com/Point+Four+program ; https://th4.ilovetranslation.com/O_m6Lj97pjl=d ; https://digitalcommons.pvamu.edu/pvamu-theses/1366/',
  },
  {
    id: 'acda',
    name: 'U.S. Arms Control and Disarmament Agency',
    acronyms: ['ACDA'],
    aliases: ['Arms Control and Disarmament Agency'],
    kind: 'US government agency',
    founded: '1961',
    ended: '1999',
    successor: 'the State Department (Under Secretary for Arms Control and International Security)',
    summary:
      'Independent agency that shaped, negotiated and verified U.S. arms control, nonproliferation and disarmament agreements from 1961 until it was merged into the State Department in 1999.',
    source:
      'https://en.wikipedia.org/wiki/Arms_Control_and_Disarmament_Agency ; http://sourcewatch.org/index.php/U.S._Arms_Control_and_Disarmament_Agency',
  },
  // Trade and development finance
  {
    id: 'exim',
    name: 'Export-Import Bank of the United States',
    acronyms: ['EXIM', 'Ex-Im'],
    aliases: [
      'Ex-Im Bank',
      'Export-Import Bank',
      'Export–Import Bank',
      'Export-Import Bank of Washington',
    ],
    kind: 'US government agency',
    founded: '1934',
    seat: 'Washington, D.C.',
    summary:
      "The official U.S. export credit agency, a government corporation that lends, guarantees and insures to finance sales of U.S. goods and services abroad when private lenders will not; founded by President Roosevelt's executive order as the Export-Import Bank of Washington.",
    url: 'https://www.exim.gov',
    source:
      'https://en.wikipedia.org/wiki/Export%E2%80%93Import_Bank_of_the_United_States ; http://www.liquisearch.com/export-import_bank_of_the_united_states/history ; http://piglix.com/piglix/Export-Import_Bank_of_United_States',
  },
  {
    id: 'opic',
    name: 'Overseas Private Investment Corporation',
    acronyms: ['OPIC'],
    aliases: [],
    kind: 'US government agency',
    founded: '1971',
    ended: '2019',
    successor: 'the U.S. International Development Finance Corporation',
    summary:
      'U.S. government agency that helped American companies invest in developing countries with loans, loan guarantees and political risk insurance; the BUILD Act of 2018 merged it into the new Development Finance Corporation.',
    source:
      'https://legalclarity.org/the-overseas-private-investment-corporation-and-the-dfc ; https://www.everycrsreport.com/reports/R45461.html',
  },
  {
    id: 'dfc',
    name: 'U.S. International Development Finance Corporation',
    acronyms: ['DFC', 'IDFC', 'USIDFC'],
    aliases: ['Development Finance Corporation'],
    kind: 'US government agency',
    founded: '2019',
    summary:
      "The U.S. government's development finance institution, created under the BUILD Act of 2018 by merging OPIC with USAID's Development Credit Authority; it offers loans, guarantees, equity and insurance for private investment in developing countries.",
    source:
      'https://wikisum.wiki/wiki/U.S._International_Development_Finance_Corporation ; https://www.everycrsreport.com/reports/R45461.html ; https://www.projectfinance.law/publications/dfc-replaces-opic',
  },
  {
    id: 'ustda',
    name: 'U.S. Trade and Development Agency',
    acronyms: ['USTDA', 'TDA'],
    aliases: ['Trade and Development Program'],
    kind: 'US government agency',
    founded: '1992 (as an agency; program from 1980)',
    seat: 'Arlington, Virginia',
    summary:
      'Small independent agency that funds feasibility studies, technical assistance and study visits for infrastructure projects in developing and middle-income countries, linking them to U.S. exporters; it grew out of the Trade and Development Program.',
    url: 'https://www.ustda.gov',
    source:
      'https://www.archives.gov/research/foreign-policy/related-records/rg-486 ; https://wikimili.com/en/United_States_Trade_and_Development_Agency ; https://www.wita.org/atp-research/u-s-tda/',
  },
  {
    id: 'iaf',
    name: 'Inter-American Foundation',
    acronyms: [],
    aliases: ['Inter-American Social Development Institute'],
    contextAliases: ['IAF'],
    kind: 'US government agency',
    founded: '1969',
    seat: 'Washington, D.C.',
    summary:
      'Independent U.S. agency that gives grants directly to grassroots groups and nongovernmental organizations in Latin America and the Caribbean, created by the Foreign Assistance Act of 1969 as an alternative to government-to-government aid.',
    url: 'https://www.iaf.gov',
    source:
      'https://en.m.wiki.x.io/wiki/Inter-American_Foundation ; https://www.encyclopedia.com/humanities/encyclopedias-almanacs-transcripts-and-maps/inter-american-foundation-iaf',
  },
  {
    id: 'usadf',
    name: 'U.S. African Development Foundation',
    acronyms: ['USADF'],
    aliases: ['African Development Foundation'],
    kind: 'US government agency',
    founded: '1980',
    summary:
      'Independent U.S. agency, modeled by Congress in 1980 on the Inter-American Foundation, that supports community-based self-help development in African countries.',
    source: 'https://law.onecle.com/uscode/22/290h.html',
  },
  // Democracy, peace and scholarship bodies funded by Congress
  {
    id: 'ned',
    name: 'National Endowment for Democracy',
    acronyms: ['NED'],
    aliases: [],
    kind: 'foundation',
    founded: '1983',
    seat: 'Washington, D.C.',
    summary:
      'Private, nonprofit grant-making foundation created by an act of Congress in 1983 and funded mainly by congressional appropriations; it supports democracy, human rights, free media, labor and business groups abroad, partly through four core institutes tied to the two U.S. parties, organized labor and business.',
    source:
      'https://jamaity.org/bailleur/national-endowment-for-democracy-ned/ ; https://web-production-4e80b.up.railway.app/page/National_Endowment_for_Democracy ; https://findbusiness.solutions/location/national-endowment-for-democracy-3865158 ; https://wiki-gateway.eudic.net/wikipedia_en/National_Democratic_Institute.html',
  },
  {
    id: 'usip',
    name: 'United States Institute of Peace',
    acronyms: ['USIP'],
    aliases: ['U.S. Institute for Peace'],
    kind: 'US government agency',
    founded: '1984',
    seat: 'Washington, D.C.',
    summary:
      'Independent, nonpartisan national institute created and funded by Congress in 1984 to prevent and resolve violent conflict abroad through research, training and work in conflict zones; its board includes the Secretaries of State and Defense.',
    url: 'https://www.usip.org',
    source:
      'https://www.usip.org/about/history-institute ; https://wikimili.com/en/United_States_Institute_of_Peace ; http://www.iie.org/en/Programs/USIP-Support/About-the-Sponsor',
  },
  {
    id: 'wilson-center',
    name: 'Woodrow Wilson International Center for Scholars',
    acronyms: ['WWICS'],
    aliases: ['Wilson Center', 'Woodrow Wilson Center'],
    kind: 'think tank',
    founded: '1968',
    seat: 'Washington, D.C.',
    summary:
      "Congress's living memorial to President Wilson, set up in 1968 within the Smithsonian Institution and funded partly by federal appropriations; it hosts fellows and runs programs on world affairs, such as the Kennan and Kissinger Institutes and the Cold War International History Project, and publishes The Wilson Quarterly.",
    url: 'https://www.wilsoncenter.org',
    source:
      'https://snaccooperative.org/history/38825685/5666601 ; https://findatwiki.com/Woodrow_Wilson_International_Center_for_Scholars ; https://wikipedia2007.classicistranieri.com/s/o/l/User%7ESoltak_Woodrow_Wilson_International_Center_for_Scholars_2a2b.html',
  },
  // Foreign Service personnel and labor-relations bodies
  {
    id: 'fsgb',
    name: 'Foreign Service Grievance Board',
    acronyms: ['FSGB'],
    aliases: [],
    kind: 'US government agency',
    founded: '1980 (Foreign Service Act)',
    summary:
      'Independent board, set up under the Foreign Service Act of 1980, that hears and decides appeals of grievances and separation-for-cause cases brought by members of the Foreign Service against the foreign affairs agencies; its members are appointed by the Secretary of State from nominees agreed by AFSA and the agencies.',
    source:
      'https://www.counselstack.com/government-entity/fsgb ; https://acus.law.stanford.edu/scheme/dosfsgba0001 ; https://afsa.org/sites/default/files/flipping_book/1016/62/',
  },
  {
    id: 'fslrb',
    name: 'Foreign Service Labor Relations Board',
    acronyms: ['FSLRB'],
    aliases: [],
    kind: 'US government agency',
    founded: '1980 (Foreign Service Act)',
    summary:
      'Three-member board, chaired by the chairman of the Federal Labor Relations Authority and staffed by the FLRA, that administers the labor-management relations program for Foreign Service employees of State, USAID, USAGM, Agriculture and Commerce.',
    source:
      'https://www.flra.gov/components-offices/components/authority/foreign-service-labor-relations-board ; https://www.counselstack.com/government-entity/fslrb',
  },
  {
    id: 'fsidp',
    name: 'Foreign Service Impasse Disputes Panel',
    acronyms: ['FSIDP'],
    aliases: [],
    kind: 'US government agency',
    founded: '1980 (Foreign Service Act)',
    summary:
      'Five-member panel created by the Foreign Service Act of 1980 that helps resolve impasses in collective bargaining between the foreign affairs agencies and the Foreign Service union; its members are appointed by the chair of the Foreign Service Labor Relations Board.',
    source:
      'https://www.flra.gov/components-offices/components/federal-service-impasses-panel-fsip-or-panel/foreign-service-impasse',
  },
  {
    id: 'flra',
    name: 'Federal Labor Relations Authority',
    acronyms: ['FLRA'],
    aliases: [],
    kind: 'US government agency',
    founded: '1979',
    seat: 'Washington, D.C.',
    summary:
      'Independent, quasi-judicial agency created under the Civil Service Reform Act of 1978 that governs labor relations between the federal government and its employees; its chairman also chairs the Foreign Service Labor Relations Board.',
    url: 'https://www.flra.gov',
    source:
      'https://www.usgovernmentmanual.gov/Agency?EntityId=5FScgUvj9OE=&ParentEId=+klubNxgV0o=&EType=jY3M4CTKVHY= ; https://triplydb.com/milkbread/iris/browser?resource=http%3A%2F%2Fdbpedia.org%2Fresource%2FFederal_Labor_Relations_Authority',
  },
  {
    id: 'fsip',
    name: 'Federal Service Impasses Panel',
    acronyms: ['FSIP'],
    aliases: [],
    kind: 'US government agency',
    founded: '1969',
    summary:
      'Panel of part-time presidential appointees within the Federal Labor Relations Authority that resolves bargaining impasses between federal agencies and the unions of their employees, if need be by imposing contract terms; one of its members sits on the Foreign Service Impasse Disputes Panel.',
    source:
      'https://www.flra.gov/components-offices/components/federal-service-impasses-panel-fsip-or-panel ; http://www.flra.gov/statute_history',
  },
  {
    id: 'fs-selection-boards',
    name: 'Foreign Service Selection Boards',
    acronyms: [],
    aliases: [
      'Foreign Service Selection Board',
      'Foreign Service Promotion Boards',
      'Foreign Service Promotion Board',
    ],
    contextAliases: ['Selection Boards', 'Selection Board'],
    contextFrom: ['foreign-service', 'afsa'],
    kind: 'personnel system',
    summary:
      'The boards, required by the Foreign Service Act and including public members, that review the performance files of Foreign Service members class by class, rank them by relative performance and recommend who is promoted, who gets performance pay or a career extension, and who is low-ranked; promotions are made in the order of their lists. They work under precepts that, at State, management negotiates with AFSA.',
    source:
      'https://law.lawstack.com/usc/22/4002/; https://usc-cdn.house.gov/view.xhtml?edition=prelim&num=0&req=granuleid%3AUSC-prelim-title22-section4003; https://fam.state.gov/searchapps/viewer?format=html&query=%20Career%20Development%20Plan&links=CAREER,DEVELOP,PLAN&url=/FAM/03FAH01/03FAH012320.html; https://afsa.org/sites/default/files/flipping_book/0105/39 (FSJ, January 2005); https://afsa.org/sites/default/files/flipping_book/0205/16/ (FSJ, February 2005); https://www.usaid.gov/about-us/agency-policy/series-400/references-chapter/463mai',
  },
  // Programs abroad
  {
    id: 'pepfar',
    name: "U.S. President's Emergency Plan for AIDS Relief",
    acronyms: ['PEPFAR'],
    aliases: ["President's Emergency Plan for AIDS Relief", 'Emergency Plan for AIDS Relief'],
    kind: 'US government program',
    founded: '2003',
    summary:
      'The U.S. global HIV/AIDS program announced by President George W. Bush in January 2003 and authorized by Congress that May, the largest commitment by any nation against a single disease; it is led by the Global AIDS Coordinator at the State Department and carried out by several agencies.',
    url: 'https://www.pepfar.gov',
    source:
      'https://webarchive.library.unt.edu/eot2008/20090110044816/http://www.pepfar.gov/about/ ; https://webarchive.library.unt.edu/eot2008/20081026233329/http://www.state.gov/s/gac/plan/ ; https://www.presidency.ucsb.edu/documents/fact-sheet-the-presidents-emergency-plan-for-aids-relief',
  },
  {
    id: 'fulbright',
    name: 'Fulbright Program',
    acronyms: [],
    aliases: ['Fulbright Scholarship', 'Fulbright Scholarships', 'Fulbright exchange program'],
    kind: 'US government program',
    founded: '1946',
    summary:
      "The U.S. government's flagship educational exchange, created by Senator J. William Fulbright's 1946 act to send Americans to study, teach and research abroad and bring foreign students and scholars to the United States; it is run by the State Department's Bureau of Educational and Cultural Affairs with binational commissions and embassies.",
    source:
      'http://www.fulbright.pt/fulbright/fulbright-in-the-world/fulbright-program/ ; https://ebsco.com/research-starters/education/fulbright-fellowship-program-begins',
  },
  {
    id: 'fulbright-board',
    name: 'J. William Fulbright Foreign Scholarship Board',
    acronyms: ['FFSB'],
    aliases: ['Fulbright Foreign Scholarship Board', 'Board of Foreign Scholarships'],
    kind: 'US government agency',
    founded: '1946',
    summary:
      'Twelve-member board appointed by the President, created by Congress to supervise the Fulbright Program: it sets its policies and has final say in selecting grantees.',
    source:
      'http://o3pl.bjtvalve.com/global/fulbright ; https://ebsco.com/research-starters/education/fulbright-fellowship-program-begins ; https://discovery.researcher.life/article/the-making-of-the-fulbright-program/2a2ba05f3d2e3e4e835b6c0fc671b553',
  },
  {
    id: 'prt',
    name: 'Provincial Reconstruction Team',
    acronyms: ['PRT', 'PRTs'],
    aliases: ['Provincial Reconstruction Teams'],
    kind: 'US government program',
    founded: '2002',
    summary:
      'Joint civilian-military unit of diplomats, development officers, other civilian experts and troops, first fielded in Afghanistan in 2002 and in Iraq from 2005, that helped provincial and local governments govern, deliver services and rebuild.',
    source:
      'https://gao.justia.com/department-of-state/2008/10/provincial-reconstruction-teams-in-afghanistan-and-iraq-gao-09-86r ; https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Provincial_Reconstruction_Team',
  },
  {
    id: 'eprt',
    name: 'embedded Provincial Reconstruction Team',
    acronyms: ['ePRT', 'ePRTs', 'e-PRT', 'EPRT'],
    aliases: ['embedded Provincial Reconstruction Teams', 'embedded PRT', 'embedded PRTs'],
    kind: 'US government program',
    summary:
      "Smaller Provincial Reconstruction Team embedded with a U.S. military brigade in Iraq, part of the later PRT effort, to support moderates and the military's counterinsurgency work at the local level.",
    source:
      'https://gao.justia.com/department-of-state/2008/10/provincial-reconstruction-teams-in-afghanistan-and-iraq-gao-09-86r',
  },
  {
    id: 'pearson-fellowship',
    name: 'Pearson Fellowship',
    acronyms: [],
    aliases: ['Pearson Fellows Program', 'Pearson Fellows'],
    kind: 'US government program',
    summary:
      "The State Department program that details Foreign Service officers to Capitol Hill for a year or so to work in a member's personal office or on a committee, so that the officer learns the legislative branch from within and the office learns how diplomats work.",
    source:
      'http://www.afsa.org/sites/default/files/flipping_book/010218/14/ (FSJ, January-February 2018)',
  },
  {
    id: 'district-support-team',
    name: 'District Support Team',
    acronyms: ['DST'],
    aliases: ['District Support Teams'],
    kind: 'US government program',
    summary:
      'A small team of U.S. civilians from Embassy Kabul posted with military units at the district level in Afghanistan, working below the Provincial Reconstruction Teams; in the south they were drawn down and consolidated in Kandahar during 2012–13.',
    source: 'https://afsa.org/sites/default/files/flipping_book/1015/26/ (FSJ, October 2015)',
  },
  {
    id: 'cords',
    name: 'Civil Operations and Revolutionary Development Support',
    acronyms: ['CORDS'],
    aliases: [
      'Civil Operations and Rural Development Support',
      'Office of Civil Operations and Revolutionary Development Support',
    ],
    kind: 'US government program',
    founded: '1967',
    ended: '1973',
    summary:
      'The joint civilian-military pacification organization of the Vietnam War, set up in May 1967 under MACV with Ambassador Robert Komer (and later William Colby) at its head; it joined USAID, USIS and military advisers in one effort down to district level and was abolished in February 1973.',
    source:
      'https://en.wikipedia.org/wiki/Civil_Operations_and_Revolutionary_Development_Support ; https://ehistory.osu.edu/books/1968/0600 ; https://afsa.org/sites/default/files/flipping_book/0415/59',
  },
  {
    id: 'phoenix-program',
    name: 'Phoenix Program',
    acronyms: [],
    aliases: ['Operation Phoenix', 'Phung Hoang', 'Phung Hoang program'],
    // A bare "Phoenix" is also the Arizona city: marked only on a page naming the program.
    contextAliases: ['Phoenix'],
    kind: 'US government program',
    founded: '1967',
    ended: '1972',
    successor: 'South Vietnam\u2019s own forces, as part of Vietnamization',
    summary:
      'The Vietnam War campaign, designed by the CIA and run with South Vietnam\u2019s police and security services, to identify and \u201cneutralize\u201d (by capture, surrender or killing) the Viet Cong\u2019s clandestine political network in the villages; placed under CORDS in 1969, it drew heavy criticism and congressional hearings over civilian deaths and abuses, and was handed to the South Vietnamese as U.S. involvement wound down.',
    source:
      'https://worldhistoryproject.org/1967/cia-initiates-controversial-phoenix-program ; https://dangtinvantai.com/tags/ke-toan-vien/ ; https://democraticunderground.com/discuss/duboard.php?address=102x2688481&az=view_all ; https://fdocuments.in/document/phoenix-program-55845b8c406a2.html ; https://studylib.net/doc/12908512/6-om-as-a-public-service-of-the-rand-corporation.',
  },
  {
    id: 'orderly-departure-program',
    name: 'Orderly Departure Program',
    acronyms: ['ODP'],
    aliases: [],
    kind: 'US government program',
    founded: '1979',
    ended: '1994 (Bangkok office closed 1999)',
    seat: 'Bangkok, Thailand',
    summary:
      'The program, set up in 1979 under UNHCR auspices after the Geneva conference on Indochinese refugees, that let Vietnamese with U.S. ties, former U.S. government employees and relatives of Americans leave Vietnam legally for resettlement instead of risking the sea as boat people. Run from an office in Bangkok, it brought some half a million Vietnamese to the United States; its files went to the Consulate General in Ho Chi Minh City when the Bangkok office closed.',
    source:
      'https://warontherocks.com/2021/09/securing-an-orderly-departure-for-afghan-refugees/; https://de.frwiki.wiki/wiki/Orderly_Departure_Program; https://zalansite.site/mediawiki/index.php?action=edit&section=1&title=Orderly_Departure_Program; https://oversight.garden/reports/gaoreports/NSIAD-90-137',
  },
  {
    id: 'food-for-peace',
    name: 'Food for Peace',
    acronyms: [],
    aliases: ['Food for Peace program'],
    contextAliases: ['Title II'],
    kind: 'US government program',
    founded: '1954',
    summary:
      'The main U.S. overseas food aid program, set up by the Agricultural Trade Development and Assistance Act of 1954 (Public Law 480): Title I sells U.S. farm goods on easy credit, Title II donates food for emergency relief and development, and Title III gives food grants to the poorest countries.',
    source:
      'https://ko.blossary.com/XL:Public_Law_480_(P.L._480) ; https://definitions.uslegal.com/a/agricultural-trade-development-and-assistance-act-of-1954 ; https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Agricultural_Trade_Development_and_Assistance_Act_of_1954',
  },
  {
    id: 'marshall-plan',
    name: 'Marshall Plan',
    acronyms: ['ERP'],
    aliases: ['European Recovery Program'],
    kind: 'US government program',
    founded: '1948',
    ended: '1952',
    summary:
      'The U.S. program of aid for the rebuilding of Western Europe after World War II, officially the European Recovery Program and named for Secretary of State George C. Marshall; run by the Economic Cooperation Administration from April 1948, it sent about $13 billion in goods and money.',
    source:
      'https://encyclopediahub.com/ar346380 ; https://www.geographicus.com/P/RareMaps/economiccooperationadmin ; https://wiki.dominic-ricottone.com/WorldHistory/MarshallPlan?highlight=%28%5CbCategoryRicottone%5Cb%29',
  },
  {
    id: 'point-four',
    name: 'Point Four Program',
    acronyms: [],
    aliases: ['Point Four', 'Point IV', 'Point IV Program'],
    kind: 'US government program',
    founded: '1950',
    summary:
      "President Truman's technical assistance program for poorer countries, named for the fourth point of his 1949 inaugural address and authorized by the Act for International Development of 1950; the first global U.S. aid program, it shared know-how in farming, industry and health and was run by the Technical Cooperation Administration until it was folded into the wider aid program.",
    source:
      'https://encyclopedia2.thefreedictionary.com/Point+Four+program ; https://wikisum.wiki/wiki/Point_Four_program ; https://web-production-4e80b.up.railway.app/page/Point_Four_Program',
  },
  {
    id: 'lend-lease',
    name: 'Lend-Lease',
    acronyms: [],
    aliases: ['Lend-Lease program', 'Lend–Lease', 'lend-lease aid'],
    kind: 'US government program',
    founded: '1941',
    ended: '1945',
    summary:
      'The World War II program under which the United States lent, leased or gave war supplies to countries whose defense was vital to its own, above all Britain, the Soviet Union, China and France; approved in March 1941 and ended in August 1945, it came to about $50 billion.',
    source:
      'http://history.howstuffworks.com/world-war-ii/lend-lease-act.htm ; http://www.jrank.org/encyclopedia/pages/cm7l60gbqt/Lend-lease.html',
  },
  {
    id: 'lend-lease-administration',
    name: 'Office of Lend-Lease Administration',
    acronyms: [],
    aliases: ['Lend-Lease Administration'],
    kind: 'US government agency',
    founded: '1941',
    ended: '1943',
    successor: 'the Foreign Economic Administration',
    summary:
      'The wartime office President Roosevelt set up in 1941 to run Lend-Lease, headed by Edward R. Stettinius Jr.; in 1943 it was merged into the Foreign Economic Administration.',
    source: 'http://history.howstuffworks.com/world-war-ii/lend-lease-act.htm',
  },
  {
    id: 'foreign-economic-administration',
    name: 'Foreign Economic Administration',
    acronyms: [],
    aliases: [],
    kind: 'US government agency',
    founded: '1943',
    summary:
      'World War II agency, headed by Leo T. Crowley, into which the Office of Lend-Lease Administration and other wartime foreign economic offices were consolidated in 1943.',
    source: 'http://history.howstuffworks.com/world-war-ii/lend-lease-act.htm',
  },
  {
    id: 'alliance-for-progress',
    name: 'Alliance for Progress',
    acronyms: [],
    aliases: ['Alianza para el Progreso'],
    kind: 'US government program',
    founded: '1961',
    summary:
      "President Kennedy's program of economic and social development aid for Latin America, launched in 1961 and formalized by the Charter of Punta del Este signed by the United States and 22 Latin American countries; most U.S. funds went through USAID, and by the early 1970s the effort had wound down.",
    source:
      'http://www.jrank.org/encyclopedia/pages/cm7l1qnqhn/Alliance-Progress.html ; https://mediarichlearning.com/lexicon/alliance-for-progress/ ; https://postalmuseum.si.edu/exhibition/celebrando-la-herencia-hispana-crecimiento-organizaciones/alianza-para-el-progreso',
  },
  {
    id: 'feed-the-future',
    name: 'Feed the Future',
    acronyms: [],
    aliases: ['Feed the Future Initiative'],
    contextAliases: ['FTF'],
    kind: 'US government program',
    founded: '2010',
    summary:
      "The U.S. government's global hunger and food security initiative, launched by the Obama administration in 2010 and coordinated mainly by USAID, which works with partner countries to raise farm output and incomes and cut poverty and child stunting.",
    url: 'https://www.feedthefuture.gov',
    source:
      'https://en.wikipedia.org/wiki/Feed_the_Future_Initiative ; http://feedthefuture.gov/about',
  },
  {
    id: 'usrap',
    name: 'U.S. Refugee Admissions Program',
    acronyms: ['USRAP'],
    aliases: ['Refugee Admissions Program'],
    kind: 'US government program',
    founded: '1980 (Refugee Act)',
    summary:
      "The program, based on the Refugee Act of 1980 and managed by the State Department's Bureau of Population, Refugees, and Migration with DHS (USCIS) and HHS, that selects, screens and resettles refugees from abroad in the United States up to a ceiling the President sets each year.",
    source:
      'https://www.state.gov/j/prm/releases/factsheets/2017/266447.htm ; https://rsc.icmc.net/about ; https://www.state.gov/refugee-admissions/application-and-case-processing/',
  },
  {
    id: 'diversity-visa',
    name: 'Diversity Immigrant Visa Program',
    acronyms: [],
    aliases: [
      'Diversity Visa program',
      'Diversity Visa lottery',
      'Diversity Immigrant Visa',
      'green card lottery',
      'DV lottery',
    ],
    kind: 'US government program',
    founded: '1990 (Immigration Act)',
    summary:
      'Lottery, created by the Immigration Act of 1990 and run by the State Department, that offers some 50,000 immigrant visas a year to people from countries with low recent immigration to the United States.',
    source:
      'http://w.owiki.org/wiki/Diversity_Immigrant_Visa ; https://supercitizen.ai/issues/diversity-visa-lottery ; https://www.findanimmigrationattorney.com/Featured-News/2014/The-Immigration-Act-of-1990-and-the-Diversity-Lo.aspx',
  },
  // Exchanges, fellowships and public diplomacy programs
  {
    id: 'ivlp',
    name: 'International Visitor Leadership Program',
    acronyms: ['IVLP'],
    aliases: [
      'International Visitor Program',
      'International Visitors Program',
      'Foreign Leaders Program',
    ],
    kind: 'US government program',
    founded: '1940',
    summary:
      "The State Department's main professional exchange, run by the Bureau of Educational and Cultural Affairs, which brings current and emerging foreign leaders nominated by U.S. embassies on short visits to meet American counterparts; it grew from a 1940 exchange with Latin America and took its present name in 2004.",
    source:
      'http://piglix.com/piglix/International_Visitor_Leadership_Program ; https://www.iie.org/en/Programs/IVLP ; https://meridian.org/profile/international-visitor-leadership-program-u-s-department-of-state/',
  },
  {
    id: 'humphrey-fellowship',
    name: 'Hubert H. Humphrey Fellowship Program',
    acronyms: [],
    aliases: ['Humphrey Fellowship', 'Humphrey Fellowships', 'Humphrey Fellowship Program'],
    kind: 'US government program',
    founded: '1978',
    summary:
      'A Fulbright exchange, established in 1978 and funded through the State Department, that brings mid-career professionals from developing and transitioning countries to U.S. universities for ten months of non-degree study and professional work.',
    source:
      'http://www.bu.edu/hhh/about/ ; https://webarchive.library.unt.edu/eot2008/20081103234246/http://exchanges.state.gov/education/hhh/',
  },
  {
    id: 'pickering-fellowship',
    name: 'Thomas R. Pickering Foreign Affairs Fellowship',
    acronyms: [],
    aliases: [
      'Pickering Fellowship',
      'Pickering Fellowships',
      'Pickering Foreign Affairs Fellowship',
      'Pickering Program',
      'Foreign Affairs Fellowship Program',
    ],
    kind: 'US government program',
    founded: '1992',
    summary:
      'State Department fellowship, founded in 1992 and named for Ambassador Thomas R. Pickering, that pays for graduate study and internships for students committed to joining the Foreign Service, with the aim of a more diverse Service; Howard University has run it since 2018.',
    source:
      'https://www.jbhe.com/2018/07/howard-university-to-administer-the-pickering-foreign-affairs-fellowship-program/?share=email ; https://thedig.howard.edu/all-stories/diversifying-foreign-service ; https://statemag.state.gov/2022/11/1122feat01/',
  },
  {
    id: 'rangel-fellowship',
    name: 'Charles B. Rangel International Affairs Fellowship',
    acronyms: [],
    aliases: [
      'Rangel Fellowship',
      'Rangel Fellowships',
      'Rangel Program',
      'Charles B. Rangel International Affairs Program',
    ],
    kind: 'US government program',
    founded: '2002',
    summary:
      'State Department program, founded in 2002 with Congress and run by Howard University, that funds graduate study, internships and mentoring for future Foreign Service officers from groups underrepresented in the Service.',
    source:
      'https://thedig.howard.edu/all-stories/diversifying-foreign-service ; https://thedig.howard.edu/all-stories/howard-university-partners-us-department-state-increase-pickering-and-rangel-fellowships-50-create ; http://wws.princeton.edu/news-and-events/news/item/pickering-and-rangel-fellowship-programs-mark-milestones',
  },
  {
    id: 'payne-fellowship',
    name: 'Donald M. Payne International Development Fellowship',
    acronyms: [],
    aliases: [
      'Payne Fellowship',
      'Payne Fellowships',
      'Donald M. Payne International Development Program',
    ],
    kind: 'US government program',
    founded: '2012',
    summary:
      "USAID's counterpart to the Pickering and Rangel fellowships, created in 2012 and run by Howard University, which prepares fellows for careers in the USAID Foreign Service.",
    source:
      'https://thedig.howard.edu/all-stories/diversifying-foreign-service ; https://statemag.state.gov/2022/11/1122feat01/',
  },
  {
    id: 'diplomats-in-residence',
    name: 'Diplomat in Residence program',
    acronyms: ['DIR', 'DIRs'],
    // The Journal often writes the program's name in lower case.
    aliases: [
      'Diplomats in Residence',
      'Diplomats-in-Residence',
      'Diplomats in Residence program',
      'diplomats in residence',
    ],
    kind: 'US government program',
    founded: '1965',
    summary:
      'State Department program that posts experienced Foreign Service officers and specialists at universities across the United States, each covering a region, to advise students and professionals on Foreign Service careers, internships and fellowships; the first was placed at the University of Virginia in 1965.',
    source:
      'https://hessslslslsls.azureedge.net/wiki/Diplomats_in_Residence ; https://statemag.state.gov/2021/12/1221feat01/ ; https://blackamericanambassadors.org/broadening-the-foreign-service-the-role-of-diplomats-in-residence/',
  },
  {
    id: 'art-in-embassies',
    name: 'Art in Embassies',
    acronyms: ['AIE'],
    aliases: ['Art in Embassies Program', 'Office of Art in Embassies'],
    kind: 'US government program',
    founded: '1963',
    summary:
      "State Department office and program, formalized under President Kennedy after earlier Museum of Modern Art efforts, that lends and commissions art from the United States and host countries for exhibitions in U.S. embassies, consulates and ambassadors' residences.",
    url: 'https://art.state.gov',
    source:
      'http://art.state.gov/History.aspx ; https://stevemiller.com/press/catalogsbooksdvds/art-in-embassies-havana/ ; https://distelexhibitions.omeka.net/exhibits/show/art-of-democracy/moma-state-department/embassies-project',
  },
  {
    id: 'american-spaces',
    name: 'American Spaces',
    acronyms: [],
    aliases: [
      'American Space',
      'Office of American Spaces',
      'American Corner',
      'American Corners',
      'Binational Centers',
      'Binational Center',
    ],
    kind: 'US government program',
    founded: '2008',
    summary:
      'State Department umbrella program, created in 2008, for the several hundred public diplomacy venues abroad (American Centers, American Corners in partner libraries, and Binational Centers) that offer information about the United States, English learning, study-in-the-U.S. advice and cultural programs.',
    url: 'https://americanspaces.state.gov',
    source:
      'https://en.wikipedia.org/wiki/American_Spaces ; https://americanspaces.state.gov/about-us/what-we-do/ ; https://learningabla.org/en/about-us/american-spaces.html',
  },
  {
    id: 'acpd',
    name: 'U.S. Advisory Commission on Public Diplomacy',
    acronyms: ['ACPD'],
    aliases: ['Advisory Commission on Public Diplomacy'],
    kind: 'US government agency',
    founded: '1948',
    summary:
      'Bipartisan panel created by Congress in 1948 to recommend policies for U.S. public diplomacy and appraise how well it works; it reports each year on public diplomacy and international broadcasting.',
    source: 'https://docslib.org/doc/2051741/public-diplomacy-at-risk-protecting',
  },
  // Security assistance initiatives
  {
    id: 'plan-colombia',
    name: 'Plan Colombia',
    acronyms: [],
    aliases: [],
    kind: 'US government program',
    founded: '2000',
    summary:
      'U.S. aid program launched in 2000 by Presidents Clinton and Pastrana to help Colombia fight drug trafficking and leftist insurgents, with more than $6 billion in U.S. aid by 2008; aerial spraying of coca was its most disputed element.',
    source:
      'http://www.sandiegouniontribune.com/sdut-lt-obama-drug-war-120308-2008dec03-story.html ; https://nyhetsbildet.wordpress.com/2008/05/18/the-merida-initiative-called-by-critics-plan-mexico/',
  },
  {
    id: 'merida-initiative',
    name: 'Mérida Initiative',
    acronyms: [],
    aliases: ['Merida Initiative', 'Plan Mexico', 'Plan México', 'Plan Mérida'],
    kind: 'US government program',
    founded: '2007',
    summary:
      'Security cooperation package announced by Presidents Bush and Calderón in October 2007 to help Mexico and Central America fight drug cartels and organized crime with equipment, training and information sharing; it is named for the city where they met.',
    source:
      'http://atelim.com/plan-colombia-and-the-mrida-initiative-policy-twins-or-distant.html ; http://www.sandiegouniontribune.com/sdut-lt-obama-drug-war-120308-2008dec03-story.html ; https://nyhetsbildet.wordpress.com/2008/05/18/the-merida-initiative-called-by-critics-plan-mexico/',
  },
  // Global health, stabilization and Afghanistan/Iraq programs
  {
    id: 'pmi',
    name: "U.S. President's Malaria Initiative",
    acronyms: [],
    aliases: ["President's Malaria Initiative"],
    contextAliases: ['PMI'],
    kind: 'US government program',
    founded: '2005',
    summary:
      'U.S. government malaria program announced by President George W. Bush in June 2005, led by USAID with the Departments of State and Health and Human Services and the White House, which funds bed nets, indoor spraying and drugs to cut malaria deaths in the hardest-hit countries of sub-Saharan Africa.',
    source:
      'https://www.fightingmalaria.org/news_id_641.html ; http://www.malarianimby.org/cdc-and-the-u-s-president-s/index.php ; https://georgewbush-whitehouse.archives.gov/news/releases/2006/06/text/20060609-3.html',
  },
  {
    id: 'civilian-response-corps',
    name: 'Civilian Response Corps',
    acronyms: [],
    aliases: ['Civilian Response Corps of the United States'],
    kind: 'US government program',
    founded: '2008',
    summary:
      "Interagency corps of federal employees, launched by Secretary Rice in July 2008 under the State Department's Coordinator for Reconstruction and Stabilization, with active and standby members trained to deploy quickly to countries in crisis or emerging from conflict; it no longer existed by 2017.",
    source:
      'https://en.wikipedia.org/wiki/Civilian_Response_Corps ; https://webarchive.library.unt.edu/eot2008/20081104002712/http://www.state.gov/r/pa/prs/ps/2008/07/107061.htm ; http://m.state.gov/md140346.htm',
  },
  {
    id: 'siv-program',
    name: 'Special Immigrant Visa program',
    acronyms: ['SIV', 'SIVs'],
    aliases: [
      'Special Immigrant Visa',
      'Special Immigrant Visas',
      'Afghan Special Immigrant Visa',
      'Iraqi and Afghan Special Immigrant Visa Programs',
    ],
    kind: 'US government program',
    founded: '2006',
    summary:
      'Programs enacted by Congress from 2006 that give U.S. permanent residence to Iraqis and Afghans who worked as interpreters or translators, or were otherwise employed by or for the U.S. government in Iraq or Afghanistan; applicants are petitioned through DHS and interviewed at a U.S. embassy or consulate.',
    source:
      'https://www.everycrsreport.com/files/20150120_R43725_b24b109b6edb87daa6e828163d27da25de234b2e.html ; https://www.cponefoundation.org/siv/',
  },
  {
    id: 'operation-allies-refuge',
    name: 'Operation Allies Refuge',
    acronyms: ['OAR'],
    aliases: [],
    kind: 'US government program',
    founded: '2021',
    ended: '2021',
    summary:
      'The U.S. evacuation from Afghanistan, announced in July 2021 with the State Department first in the lead, that airlifted U.S. citizens, embassy staff, interpreters and Special Immigrant Visa applicants out of Kabul until the end of August 2021; some 123,000 people were flown out.',
    source:
      'https://en.wikipedia.org/wiki/Operation_Allies_Refuge ; https://www.afghanwarnews.info/taliban-victory-2021/operation-allies-refuge.htm',
  },
  {
    id: 'operation-allies-welcome',
    name: 'Operation Allies Welcome',
    acronyms: ['OAW'],
    aliases: [],
    kind: 'US government program',
    founded: '2021',
    summary:
      'Whole-of-government effort led by the Department of Homeland Security, ordered by President Biden in August 2021, to process and resettle in the United States the Afghans evacuated after the fall of Kabul.',
    source:
      'https://www.afghanwarnews.info/taliban-victory-2021/operation-allies-refuge.htm ; https://principlecivics.com/topics/operation-allies-welcome-afghan-refugees-aug-2021',
  },
  {
    id: 'sigar',
    name: 'Special Inspector General for Afghanistan Reconstruction',
    acronyms: ['SIGAR'],
    aliases: ['Office of the Special Inspector General for Afghanistan Reconstruction'],
    kind: 'US government agency',
    founded: '2008',
    seat: 'Arlington, Virginia',
    summary:
      'Independent oversight office created by Congress in the 2008 defense authorization act to audit and investigate U.S. reconstruction spending in Afghanistan and detect waste, fraud and abuse; it also published lessons-learned reports on the U.S. effort there.',
    source:
      'http://smallwarsjournal.com/author/special-inspector-general-for-afghanistan-reconstruction ; https://bedwards.github.io/hex-index/wikipedia/special-inspector-general-for-afghanistan-reconstruction/index.html',
  },
  {
    id: 'sigir',
    name: 'Special Inspector General for Iraq Reconstruction',
    acronyms: ['SIGIR'],
    aliases: ['Office of the Special Inspector General for Iraq Reconstruction'],
    kind: 'US government agency',
    founded: '2004',
    ended: '2013',
    summary:
      'Temporary independent agency, successor to the Coalition Provisional Authority inspector general, that oversaw the U.S. reconstruction program in Iraq through audits, inspections and investigations from 2004 to 2013, reporting to Congress and the Secretaries of State and Defense.',
    source:
      'https://en.wikipedia.org/wiki/Special_Inspector_General_for_Iraq_Reconstruction ; http://psm.du.edu/national_regulation/united_states/research_oversight_bodies/sigir.html',
  },
  // More public diplomacy, broadcasting and aid bodies
  {
    id: 'ibb',
    name: 'International Broadcasting Bureau',
    acronyms: ['IBB'],
    aliases: [],
    kind: 'US government bureau',
    founded: '1994',
    summary:
      'Federal bureau, created by the International Broadcasting Act of 1994 inside USIA and later part of the Broadcasting Board of Governors (now USAGM), that gives U.S. international broadcasters their engineering, transmission and administrative support.',
    source:
      'https://www.conservapedia.com/index.php?title=International_Broadcasting_Bureau ; https://studyguides.com/study-methods/overview/cmkqryuec3jox01d5tlincl9r',
  },
  {
    id: 'otf',
    name: 'Open Technology Fund',
    acronyms: ['OTF'],
    aliases: [],
    kind: 'US government agency',
    summary:
      'Nonprofit grantee of the U.S. Agency for Global Media that funds internet freedom technology to get around censorship and give people in repressive countries safe access to information.',
    source:
      'https://www.usagm.gov/office-internet-freedom/ ; https://polifocus.com/bill/116/s/3820',
  },
  {
    id: 'worldnet',
    name: 'Worldnet Television and Film Service',
    acronyms: [],
    aliases: ['Worldnet'],
    kind: 'US government bureau',
    founded: '1983',
    summary:
      'USIA satellite television service, set up in late 1983, that carried live and taped U.S. programs to audiences abroad, including Eastern Europe and the former Soviet Union.',
    source:
      'http://www.chicagotribune.com/news/ct-xpm-1993-05-25-9305250142-story.html ; https://publicdiplomacy.wikia.org/wiki/USIA',
  },
  {
    id: 'idca',
    name: 'U.S. International Development Cooperation Agency',
    acronyms: ['IDCA'],
    aliases: ['International Development Cooperation Agency'],
    kind: 'US government agency',
    founded: '1979',
    ended: '1999',
    successor: 'the State Department, USAID and OPIC',
    summary:
      "Agency created under President Carter's Reorganization Plan No. 2 of 1979 to coordinate U.S. development policy, with USAID and OPIC as its components; it did little beyond overseeing USAID, and the 1998 foreign affairs reorganization abolished it.",
    source:
      'https://www.counselstack.com/government-entity/idca ; https://presidency.ucsb.edu/documents/united-states-international-development-cooperation-agency-white-house-statement ; https://uscode.house.gov/view.xhtml;jsessionid=4810EC8A90FE81A4BF7AF6496CA4305C?req=granuleid%3AUSC-prelim-title22-chapter74-subchapter4&saved=%7CZ3JhbnVsZWlkOlVTQy1wcmVsaW0tdGl0bGUyMi1zZWN0aW9uNjU2Mw%3D%3D%7C%7C%7C0%7Cfalse%7Cprelim&edition=prelim',
  },
  {
    id: 'ociaa',
    name: 'Office of the Coordinator of Inter-American Affairs',
    acronyms: ['OCIAA', 'CIAA', 'OIAA'],
    aliases: [
      'Office of Inter-American Affairs',
      'Coordinator of Inter-American Affairs',
      'Office for Coordination of Commercial and Cultural Relations between the American Republics',
    ],
    kind: 'US government agency',
    founded: '1940',
    summary:
      "Nelson Rockefeller's World War II agency for Latin America, set up in August 1940, which countered Axis propaganda and promoted commercial, cultural and technical ties with the other American republics; renamed the Office of Inter-American Affairs in 1945, it ran early exchanges that led to later U.S. aid and visitor programs.",
    source:
      'https://en.wikipedia.org/wiki/Office_of_the_Coordinator_of_Inter-American_Affairs ; https://sourcewatch.org/index.php?title=Coordinator_of_Inter-American_Affairs ; http://piglix.com/piglix/International_Visitor_Leadership_Program ; https://wikisum.wiki/wiki/Point_Four_program',
  },
  {
    id: 'rias',
    name: 'Radio in the American Sector',
    acronyms: ['RIAS', 'DIAS'],
    aliases: [
      'Rundfunk im amerikanischen Sektor',
      'RIAS Berlin',
      'Drahtfunk im amerikanischen Sektor',
    ],
    kind: 'US government agency',
    founded: '1946',
    ended: '1993',
    successor: "Deutschlandradio's Berlin program",
    seat: 'Berlin, Germany',
    summary:
      'U.S.-founded radio station in West Berlin, started by the American occupation authorities in 1946 (first over telephone lines as DIAS) to give Berliners and East Germans independent news; later under USIA and jointly funded with West Germany, it went off the air at the end of 1993.',
    source:
      'https://talk.dob.jp/enwiki/w/index.php?oldid=191665731&title=Rundfunk_im_amerikanischen_Sektor ; https://wikisum.wiki/wiki/RIAS_Berlin ; https://kalenderblatt.dw.com/index.php?what=ged&page=1&autorid=4871&tag=21&monat=11&year=2023&dayisset=1&lang=de ; https://riasberlin.org/en/history/articles',
  },
  {
    id: 'coordinator-of-information',
    name: 'Office of the Coordinator of Information',
    acronyms: [],
    aliases: ['Coordinator of Information'],
    kind: 'US government agency',
    summary:
      'Early World War II office whose New York studios began U.S. shortwave broadcasts to foreign audiences in February 1942, the start of the Voice of America; its broadcasting work was folded into the Office of War Information that June.',
    source:
      'https://www.coldwarradiomuseum.com/fdr-creates-office-of-war-information/ ; https://freemediaonline.org/2022/06/13/fdr-creates-office-of-war-information/',
  },
  {
    id: 'us-disarmament-administration',
    name: 'U.S. Disarmament Administration',
    acronyms: [],
    aliases: ['United States Disarmament Administration'],
    kind: 'US government bureau',
    founded: '1960',
    ended: '1961',
    successor: 'the U.S. Arms Control and Disarmament Agency',
    summary:
      'State Department unit for disarmament policy in 1960 and 1961, replaced by the independent Arms Control and Disarmament Agency.',
    source:
      'http://sourcewatch.org/index.php/U.S._Arms_Control_and_Disarmament_Agency ; https://en.wikipedia.org/wiki/Arms_Control_and_Disarmament_Agency',
  },
  {
    id: 'educationusa',
    name: 'EducationUSA',
    acronyms: [],
    aliases: ['Education USA'],
    kind: 'US government program',
    summary:
      "State Department network, run by the Bureau of Educational and Cultural Affairs, of several hundred advising centers abroad (in embassies, Fulbright commissions, binational centers and partner institutions) that give students impartial advice on studying at accredited U.S. colleges and universities; it continues USIA's overseas educational advising.",
    source:
      'http://useic.org/about-useic ; http://the-uncensored-wiki.com:20082/articles/e/d/u/EducationUSA_6d6f.html ; http://dosfan.lib.uic.edu/usia/E-USIA/education/advise/asaover.htm',
  },
  {
    id: 'yali',
    name: 'Young African Leaders Initiative',
    acronyms: ['YALI'],
    aliases: [],
    kind: 'US government program',
    founded: '2010',
    summary:
      "President Obama's initiative, launched in 2010, to support young African leaders in business, civic life and public management through training, networking and regional leadership centers in Africa; its flagship is the Mandela Washington Fellowship.",
    source:
      'http://immigrantnationusa.us/2014/07/president-obama-at-mandela-washington-fellowship-for-young-african-keaders/ ; https://www.coons.senate.gov/news/press-releases/us-program-for-young-african-leaders-renamed-to-honor-nelson-mandela',
  },
  {
    id: 'mandela-washington-fellowship',
    name: 'Mandela Washington Fellowship for Young African Leaders',
    acronyms: [],
    aliases: ['Mandela Washington Fellowship', 'Washington Fellowship for Young African Leaders'],
    kind: 'US government program',
    founded: '2014',
    summary:
      'State Department exchange, the flagship of the Young African Leaders Initiative, that brings young leaders from sub-Saharan Africa to U.S. colleges for six-week institutes and a Washington summit; first held in 2014 as the Washington Fellowship and renamed that year for Nelson Mandela.',
    source:
      'https://paperzz.com/doc/7919394/mandela-washington-fellows-fact-sheet ; https://www.coons.senate.gov/news/press-releases/us-program-for-young-african-leaders-renamed-to-honor-nelson-mandela',
  },
  {
    id: 'fait-fellowship',
    name: 'Foreign Affairs Information Technology Fellowship',
    acronyms: ['FAIT'],
    aliases: ['Foreign Affairs IT Fellowship', 'FAIT Fellowship'],
    kind: 'US government program',
    founded: '2017',
    summary:
      'State Department fellowship for future Foreign Service information technology specialists, started in 2017 (it marked its fifth anniversary in 2022), one of the programs patterned on the Pickering and Rangel fellowships to bring diverse talent into the Foreign Service.',
    source: 'https://statemag.state.gov/2022/11/1122feat01/',
  },
  {
    id: 'diplomatic-readiness-initiative',
    name: 'Diplomatic Readiness Initiative',
    acronyms: ['DRI'],
    aliases: [],
    kind: 'US government program',
    founded: '2001',
    ended: '2004',
    summary:
      "Secretary Colin Powell's 2001-2004 hiring program that added more than a thousand Foreign Service and other State Department employees above attrition, to rebuild a Service shrunk by the budget cuts of the 1990s and to free officers for training.",
    source:
      'https://afsa.org/sites/default/files/flipping_book/070812/15/ ; https://afsa.org/sites/default/files/flipping_book/0422/15/ ; https://diplopundit.net/tag/hillary-clinton/',
  },
  {
    id: 'qddr',
    name: 'Quadrennial Diplomacy and Development Review',
    acronyms: ['QDDR'],
    aliases: [],
    kind: 'US government program',
    founded: '2009',
    summary:
      "A joint State Department and USAID review of priorities, capabilities and organization, meant to be carried out every four years. Secretary Hillary Clinton launched it in July 2009, after the Pentagon's Quadrennial Defense Review; the first report came out in December 2010 and the second, under Secretary John Kerry, in April 2015.",
    source:
      'https://en.wikipedia.org/wiki/Quadrennial_Diplomacy_and_Development_Review ; http://piglix.com/piglix/Quadrennial_Diplomacy_and_Development_Review ; http://m.state.gov/mc39291.htm ; https://2009-2017.state.gov/s/dmr/qddr/2015/index.htm',
  },
  {
    id: 'diplomacy-3-0',
    name: 'Diplomacy 3.0',
    acronyms: [],
    aliases: ['D 3.0'],
    kind: 'US government program',
    founded: '2009',
    summary:
      "Secretary Hillary Clinton's hiring initiative, launched in March 2009, to grow the State Department's Foreign Service by a quarter over several years; the name refers to diplomacy, development and defense.",
    source:
      'https://afsa.org/sites/default/files/flipping_book/0510/24/ ; https://diplopundit.net/2009/11/20/a-word-on-diplomacy-3-0/ ; https://afsa.org/sites/default/files/flipping_book/070812/15/',
  },
  {
    id: 'global-health-initiative',
    name: 'Global Health Initiative',
    acronyms: [],
    aliases: [],
    kind: 'US government program',
    founded: '2009',
    summary:
      "President Obama's umbrella for U.S. global health programs, announced in May 2009, which brought together PEPFAR, the President's Malaria Initiative and other U.S. health programs in some 80 countries.",
    source: 'http://www.malarianimby.org/cdc-and-the-u-s-president-s/index.php',
  },
  // Security assistance and nonproliferation programs
  {
    id: 'fmf',
    name: 'Foreign Military Financing',
    acronyms: ['FMF'],
    aliases: ['Foreign Military Financing program'],
    kind: 'US government program',
    summary:
      "U.S. security assistance that gives grants (and sometimes loans) to friendly governments to buy U.S. defense equipment, services and training, mostly through Foreign Military Sales; the State Department's Bureau of Political-Military Affairs sets its policy and the Defense Security Cooperation Agency runs it day to day.",
    source:
      'https://en-academic.com/dic.nsf/enwiki/10252497 ; http://m.state.gov/md65521.htm ; https://2009-2017.state.gov/t/pm/ppa/sat/index.htm',
  },
  {
    id: 'imet',
    name: 'International Military Education and Training',
    acronyms: ['IMET'],
    aliases: ['International Military Education and Training program'],
    kind: 'US government program',
    summary:
      'U.S. security assistance program, with policy and budget managed by the State Department, that gives grants for professional military education and technical training to personnel of allied and friendly countries.',
    source:
      'http://m.state.gov/md65521.htm ; http://www.fas.org/programs/ssp/asmp/factsandfigures/foreign_military_assistance_programs.html ; https://2009-2017.state.gov/t/pm/ppa/sat/index.htm',
  },
  {
    id: 'esf',
    name: 'Economic Support Fund',
    acronyms: [],
    aliases: [],
    contextAliases: ['ESF'],
    kind: 'US government program',
    summary:
      'Foreign aid account set up by Congress to promote economic and political stability, through grants for infrastructure, development and other economic purposes, in regions where the United States has special security interests.',
    source:
      'http://www.fas.org/programs/ssp/asmp/factsandfigures/foreign_military_assistance_programs.html',
  },
  {
    id: 'ctr',
    name: 'Cooperative Threat Reduction',
    acronyms: [],
    aliases: [
      'Nunn-Lugar',
      'Nunn-Lugar program',
      'Cooperative Threat Reduction program',
      'Nunn-Lugar Cooperative Threat Reduction',
    ],
    contextAliases: ['CTR'],
    kind: 'US government program',
    founded: '1991',
    summary:
      'Program created by Senators Sam Nunn and Richard Lugar in 1991 to help Russia and other former Soviet states dismantle their nuclear weapons, secure weapons materials and keep them from spreading.',
    source:
      'https://eifxekqkqvx.shop/print/article/1404220 ; https://www.war.gov/Multimedia/Photos/igphoto/2002031585/ ; https://thriftbooks.com/w/dismantling-the-cold-war-us-and-nis-perspectives-on-the-nunn-lugar-cooperative-threat-reduction-program-bcsia-studies-in-international-security/1696740',
  },
  {
    id: 'uscirf',
    name: 'U.S. Commission on International Religious Freedom',
    acronyms: ['USCIRF'],
    aliases: ['Commission on International Religious Freedom'],
    kind: 'US government agency',
    founded: '1998',
    seat: 'Washington, D.C.',
    summary:
      'Independent, bipartisan federal commission created by the International Religious Freedom Act of 1998, whose commissioners are named by the President and congressional leaders; it monitors religious freedom abroad and makes policy recommendations to the President, the Secretary of State and Congress.',
    url: 'https://www.uscirf.gov',
    source:
      'https://wikimili.com/en/United_States_Commission_on_International_Religious_Freedom ; https://pinocchiopedia.com/wiki/USCIRF',
  },
  {
    id: 'development-credit-authority',
    name: 'Development Credit Authority',
    acronyms: [],
    aliases: [],
    kind: 'US government program',
    ended: '2019',
    successor: 'the U.S. International Development Finance Corporation',
    summary:
      "USAID's development finance unit, which the BUILD Act merged with OPIC into the new U.S. International Development Finance Corporation in 2019.",
    source:
      'https://wikisum.wiki/wiki/U.S._International_Development_Finance_Corporation ; https://www.everycrsreport.com/reports/R45180.html',
  },
  // USAID humanitarian and transition offices, and USDA food aid programs
  {
    id: 'ofda',
    name: 'Office of U.S. Foreign Disaster Assistance',
    acronyms: ['OFDA'],
    aliases: ['Office of Foreign Disaster Assistance'],
    kind: 'US government bureau',
    founded: '1964',
    ended: '2020',
    successor: "USAID's Bureau for Humanitarian Assistance",
    summary:
      'The USAID office that directed and coordinated U.S. government aid for disasters abroad, from earthquakes and floods to drought and complex emergencies, acting once the U.S. ambassador declared a disaster; in 2020 it was merged with the Office of Food for Peace into the Bureau for Humanitarian Assistance.',
    source:
      'https://en.wikipedia.org/wiki/Office_of_Foreign_Disaster_Assistance ; https://relief.unboundmedicine.com/relief/view/Field-Operations-Guide/502004/all/Policy_Guidelines?refer=true',
  },
  {
    id: 'usaid-gh',
    name: 'USAID Bureau for Global Health',
    acronyms: [],
    aliases: ['Bureau for Global Health'],
    kind: 'US government bureau',
    summary:
      "USAID's Washington bureau for health programs abroad, the agency's technical lead on preventing child and maternal deaths, controlling HIV/AIDS under PEPFAR and fighting infectious diseases such as malaria and tuberculosis; it backs the field missions with research, expert staff and centrally managed contracts.",
    source:
      'https://www.usaid.gov/who-we-are/organization/bureaus/bureau-global-health; https://webarchive.library.unt.edu/eot2008/20081107153128/http://www.usaid.gov/policy/budget/cbj2006/cent_progs/central_gh.html; https://usgovernmentmanual.gov/Agency?EntityId=2BaWxUU5zxo=&ParentEId=+klubNxgV0o=&EType=jY3M4CTKVHY=',
  },
  {
    id: 'usaid-ppl',
    name: 'USAID Bureau for Policy, Planning and Learning',
    acronyms: [],
    aliases: [
      'Bureau for Policy, Planning and Learning',
      'Bureau for Policy, Planning, and Learning',
    ],
    contextAliases: ['PPL'],
    contextFrom: ['usaid'],
    kind: 'US government bureau',
    founded: '2010',
    summary:
      "The USAID bureau that sets the agency's development policy and strategy, runs its program-cycle planning and evaluation policy and handles its dealings with other donors; it was created in June 2010 to bring back the policy functions that had moved to the State Department in 2006.",
    source:
      'https://2012-2017.usaid.gov./who-we-are/organization/bureaus/bureau-policy-planning-and-learning; https://usaidlearninglab.org/library/bureau-policy-planning-and-learning-evaluation-program-cycle-implementation; https://usgovernmentmanual.gov/Agency?EntityId=2BaWxUU5zxo=&ParentEId=+klubNxgV0o=&EType=jY3M4CTKVHY=',
  },
  {
    id: 'usaid-africa',
    name: 'USAID Bureau for Africa',
    acronyms: [],
    aliases: ['Bureau for Africa'],
    kind: 'US government bureau',
    summary:
      "One of USAID's geographic bureaus in Washington, which oversees the agency's missions and programs in Africa.",
    source:
      'https://usgovernmentmanual.gov/Agency?EntityId=2BaWxUU5zxo=&ParentEId=+klubNxgV0o=&EType=jY3M4CTKVHY=; https://webarchive.library.unt.edu/eot2008/20081107153128/http://www.usaid.gov/policy/budget/cbj2006/cent_progs/central_gh.html',
  },
  {
    id: 'usaid-asia',
    name: 'USAID Bureau for Asia',
    acronyms: [],
    aliases: ['Bureau for Asia'],
    kind: 'US government bureau',
    founded: '2008',
    summary:
      "One of USAID's geographic bureaus in Washington, which oversees the agency's missions and programs in Asia; it was formed in 2008 when the old Asia and Near East bureau was split, taking in the Central Asian republics from the Europe and Eurasia bureau.",
    source:
      'https://usgovernmentmanual.gov/Agency?EntityId=2BaWxUU5zxo=&ParentEId=+klubNxgV0o=&EType=jY3M4CTKVHY=; https://webarchive.library.unt.edu/eot2008/20081107153128/http://www.usaid.gov/policy/budget/cbj2006/cent_progs/central_gh.html; http://khmernz.blogspot.com/2008/03/usaid-announces-new-bureaus-for-asia.html',
  },
  {
    id: 'usaid-lac',
    name: 'USAID Bureau for Latin America and the Caribbean',
    acronyms: [],
    aliases: ['Bureau for Latin America and the Caribbean'],
    kind: 'US government bureau',
    summary:
      "One of USAID's geographic bureaus in Washington, which oversees the agency's missions and programs in Latin America and the Caribbean.",
    source:
      'https://usgovernmentmanual.gov/Agency?EntityId=2BaWxUU5zxo=&ParentEId=+klubNxgV0o=&EType=jY3M4CTKVHY=; https://webarchive.library.unt.edu/eot2008/20081107153128/http://www.usaid.gov/policy/budget/cbj2006/cent_progs/central_gh.html',
  },
  {
    id: 'usaid-europe-eurasia',
    name: 'USAID Bureau for Europe and Eurasia',
    acronyms: [],
    aliases: ['Bureau for Europe and Eurasia'],
    kind: 'US government bureau',
    summary:
      "One of USAID's geographic bureaus in Washington, which oversees the agency's missions and programs in Europe and Eurasia.",
    source:
      'https://usgovernmentmanual.gov/Agency?EntityId=2BaWxUU5zxo=&ParentEId=+klubNxgV0o=&EType=jY3M4CTKVHY=; https://webarchive.library.unt.edu/eot2008/20081107153128/http://www.usaid.gov/policy/budget/cbj2006/cent_progs/central_gh.html',
  },
  {
    id: 'usaid-middle-east',
    name: 'USAID Bureau for the Middle East',
    acronyms: [],
    aliases: ['Bureau for the Middle East'],
    kind: 'US government bureau',
    founded: '2008',
    summary:
      "One of USAID's geographic bureaus in Washington, headed by an assistant administrator, which oversees the agency's missions and programs in the Middle East; it was formed in 2008 when the old Asia and Near East bureau was split.",
    source:
      'https://usgovernmentmanual.gov/Agency?EntityId=2BaWxUU5zxo=&ParentEId=+klubNxgV0o=&EType=jY3M4CTKVHY=; https://webarchive.library.unt.edu/eot2008/20081107153128/http://www.usaid.gov/policy/budget/cbj2006/cent_progs/central_gh.html; https://diplopundit.net/tag/wha/ (an assistant administrator for the Middle East); http://khmernz.blogspot.com/2008/03/usaid-announces-new-bureaus-for-asia.html',
  },
  {
    id: 'usaid-ane',
    name: 'USAID Bureau for Asia and the Near East',
    acronyms: [],
    aliases: [
      'Bureau for Asia and the Near East',
      'Bureau for Asia and Near East',
      'Asia and Near East Bureau',
    ],
    contextAliases: ['ANE'],
    contextFrom: ['usaid'],
    kind: 'US government bureau',
    ended: '2008',
    successor: "USAID's Bureau for Asia and Bureau for the Middle East",
    summary:
      "USAID's former geographic bureau for a region stretching from Morocco to Indonesia, covering East Asia, South Asia, and the Middle East and North Africa; in 2008 it was divided into separate Asia and Middle East bureaus.",
    source:
      'http://khmernz.blogspot.com/2008/03/usaid-announces-new-bureaus-for-asia.html; https://webarchive.library.unt.edu/eot2008/20081107080352/http://www.usaid.gov/pubs/cbj2002/ane',
  },
  {
    id: 'usaid-cps',
    name: 'USAID Bureau for Conflict Prevention and Stabilization',
    acronyms: [],
    aliases: ['Bureau for Conflict Prevention and Stabilization'],
    contextAliases: ['CPS'],
    contextFrom: ['usaid'],
    kind: 'US government bureau',
    founded: '2020',
    summary:
      "The USAID bureau for conflict prevention, peacebuilding, stabilization and political transitions in fragile states, which became operational on July 7, 2020, as part of the agency's Transformation; it houses the Office of Transition Initiatives and the Office of Civilian-Military Cooperation, with staff placed at combatant commands.",
    source:
      'https://www.usaidalumni.org/forums/topic/the-bureau-for-conflict-prevention-and-stabilization-is-operational/; https://www.usaid.gov/conflict-prevention-stabilization; https://2017-2020.usaid.gov/who-we-are/organization/bureaus/bureau-conflict-prevention-and-stabilization/office-transition-initiatives',
  },
  {
    id: 'usaid-cmc',
    name: 'USAID Office of Civilian-Military Cooperation',
    acronyms: [],
    aliases: ['Office of Civilian-Military Cooperation'],
    contextAliases: ['CMC'],
    contextFrom: ['usaid'],
    kind: 'US government bureau',
    summary:
      'The USAID office, in the Bureau for Conflict Prevention and Stabilization, that works with the Defense Department on civilian-military partnerships against challenges such as violent extremism.',
    source: 'https://www.usaid.gov/conflict-prevention-stabilization',
  },
  {
    id: 'usaid-office-of-public-safety',
    name: 'Office of Public Safety',
    acronyms: [],
    aliases: ['USAID Office of Public Safety', 'AID Office of Public Safety'],
    kind: 'US government bureau',
    founded: '1962',
    ended: '1974',
    summary:
      "The USAID office that trained, advised and equipped the police of U.S. allies abroad, growing out of the International Cooperation Administration's public safety program of 1954; led by Byron Engle and close to the CIA, it drew criticism over abuses by police it had aided in Latin America, and Congress ended it in 1974.",
    source:
      'https://en.wikipedia.org/wiki/Office_of_Public_Safety; https://kampuspedia.com/en/Office_of_Public_Safety; https://cia.gov/readingroom/document/cia-rdp75b00380r000600170045-3',
  },
  {
    id: 'usaid-ddi',
    name: 'USAID Bureau for Development, Democracy, and Innovation',
    acronyms: [],
    aliases: [
      'Bureau for Development, Democracy, and Innovation',
      'Bureau for Development, Democracy and Innovation',
    ],
    contextAliases: ['DDI'],
    contextFrom: ['usaid'],
    kind: 'US government bureau',
    summary:
      "One of USAID's functional bureaus in Washington, for development, democracy and innovation work, listed alongside the bureaus for Global Health and Humanitarian Assistance.",
    source:
      'https://usgovernmentmanual.gov/Agency?EntityId=2BaWxUU5zxo=&ParentEId=+klubNxgV0o=&EType=jY3M4CTKVHY=',
  },
  {
    id: 'usaid-rfs',
    name: 'USAID Bureau for Resilience and Food Security',
    acronyms: [],
    aliases: ['Bureau for Resilience and Food Security'],
    contextAliases: ['RFS'],
    contextFrom: ['usaid'],
    kind: 'US government bureau',
    summary:
      "One of USAID's functional bureaus in Washington, for the agency's resilience and food security work, listed alongside the bureaus for Global Health and Humanitarian Assistance.",
    source:
      'https://usgovernmentmanual.gov/Agency?EntityId=2BaWxUU5zxo=&ParentEId=+klubNxgV0o=&EType=jY3M4CTKVHY=',
  },
  {
    id: 'usaid-oig',
    name: 'USAID Office of Inspector General',
    acronyms: [],
    aliases: ['Office of Inspector General of USAID', 'USAID Inspector General', 'USAID OIG'],
    kind: 'US government bureau',
    summary:
      "USAID's Office of Inspector General, headed by the agency's inspector general, which oversees its programs and operations.",
    source:
      'https://usgovernmentmanual.gov/Agency?EntityId=2BaWxUU5zxo=&ParentEId=+klubNxgV0o=&EType=jY3M4CTKVHY=',
  },
  {
    id: 'bha',
    name: 'Bureau for Humanitarian Assistance',
    acronyms: ['BHA'],
    aliases: ['USAID Bureau for Humanitarian Assistance'],
    kind: 'US government bureau',
    founded: '2020',
    summary:
      "USAID bureau formed in 2020 by merging the Office of U.S. Foreign Disaster Assistance with the Office of Food for Peace, to lead the U.S. government's humanitarian response abroad.",
    source:
      'https://en.wikipedia.org/wiki/Office_of_Foreign_Disaster_Assistance ; https://wikizero.net/wiki/en/OFDA',
  },
  {
    id: 'dart',
    name: 'Disaster Assistance Response Team',
    acronyms: ['DART', 'DARTs'],
    aliases: ['Disaster Assistance Response Teams'],
    kind: 'US government program',
    summary:
      'Team of USAID disaster specialists sent to an area struck by disaster to assess needs, deliver relief supplies, give technical help and recommend funding, backed by a Response Management Team in Washington.',
    source:
      'https://www.liquisearch.com/office_of_foreign_disaster_assistance/disaster_response ; http://www.rescue-film.com/subject-background/',
  },
  {
    id: 'oti',
    name: 'Office of Transition Initiatives',
    acronyms: ['OTI'],
    aliases: ['USAID Office of Transition Initiatives'],
    kind: 'US government bureau',
    founded: '1994',
    seat: 'Washington, D.C.',
    summary:
      'USAID office created in 1994 to give fast, flexible, short-term assistance, political in nature, in countries in transition or crisis, bridging emergency relief and long-term development by supporting peace, reconciliation and democratic change; its first programs were in Angola and Haiti.',
    source:
      'https://www.usaid.gov/stabilization-and-transitions/background ; https://en.wikipedia.org/wiki/Office_of_Transition_Initiatives ; https://www.belfercenter.org/publication/first-ten-years-assessment-office-transition-initiatives',
  },
  {
    id: 'mcgovern-dole',
    name: 'McGovern-Dole International Food for Education and Child Nutrition Program',
    acronyms: [],
    aliases: ['McGovern-Dole Program', 'McGovern-Dole', 'McGovern–Dole'],
    kind: 'US government program',
    founded: '2002',
    summary:
      'USDA food aid program, authorized by the 2002 farm bill and run by the Foreign Agricultural Service, that donates U.S. farm commodities and funding for school meals and mother-and-child nutrition in poor countries, to cut hunger and raise school attendance, especially for girls; it is named for former Senators George McGovern and Robert Dole.',
    source:
      'https://www.southwestfarmpress.com/usda-directs-50-million-childhood-food-education ; http://foodaid.org/food-aid-programs/food-for-education/?lpos=ctr_txt_FFEducation ; https://webarchive.library.unt.edu/eot2008/20080917173824/http://www.fas.usda.gov/scriptsw/PressRelease/pressrel_dout.asp?PrNum=0084-03',
  },
  {
    id: 'food-for-progress',
    name: 'Food for Progress',
    acronyms: [],
    aliases: ['Food for Progress Program'],
    kind: 'US government program',
    summary:
      'USDA program, run by the Foreign Agricultural Service, that donates U.S. commodities to developing countries and emerging democracies, where they are sold to fund projects that modernize farming and expand free enterprise in agriculture.',
    source:
      'https://farmanddairy.com/news/usda-food-assistance-programs-to-benefit-nearly-10-million-worldwide/36336.html ; https://fasusdagov.stg.platform.usda.gov/newsroom/search?news%5B0%5D=news_regions%3A433&news%5B1%5D=news_regions%3A454&news%5B2%5D=news_topics%3A49',
  },
  {
    id: 'national-committee-for-a-free-europe',
    name: 'National Committee for a Free Europe',
    acronyms: [],
    aliases: ['Free Europe Committee'],
    kind: 'non-governmental organization',
    founded: '1949',
    summary:
      'Private American committee, secretly backed by the CIA, that founded Radio Free Europe in 1949 as an anti-communist broadcaster to the Soviet satellite states.',
    source:
      'https://www.enemyinmirror.com/radio-free-europe/ ; https://calendarz.com/pt/amp/on-this-day/july/4/radio-free-europe',
  },
  // Added: Foreign Service systems, historic bodies and posts abroad that FSJ pages name
  {
    id: 'fsrds',
    name: 'Foreign Service Retirement and Disability System',
    acronyms: ['FSRDS'],
    aliases: ['Foreign Service Retirement and Disability Fund'],
    kind: 'US government program',
    founded: '1924 (the fund, under the Rogers Act)',
    summary:
      'The Foreign Service\u2019s own pension system, run by the State Department for members of every Foreign Service agency. Its fund, created by the Rogers Act of 1924, pays annuities to retirees, survivors and former spouses and is invested in special-issue Treasury bonds.',
    source:
      'https://www.afsa.org/sites/default/files/flipping_book/0524/79/ (fund created by the Rogers Act in 1924); https://afsa.org/sites/default/files/flipping_book/0207/5/; https://info.5y1.org/foreign-service-retirement-office_1_e1b695.html',
  },
  {
    id: 'fs-auxiliary',
    name: 'Foreign Service Auxiliary',
    acronyms: [],
    aliases: [],
    kind: 'personnel system',
    summary:
      'The corps of temporary officers the State Department added to the Foreign Service during World War II, when regular entrance examinations could not be held: specialists, and younger men deferred or discharged from military service who did general consular work. On March 1, 1945 it counted 637 officers, against 766 regular Foreign Service officers.',
    source:
      'https://homsy-staging.cambridgecore.org/core/journals/american-journal-of-international-law/article/recent-legislation-affecting-the-american-foreign-service/DBD5CFA5B8B17714B50482FF044DC953',
  },
  {
    id: 'board-of-the-foreign-service',
    name: 'Board of the Foreign Service',
    acronyms: [],
    aliases: [],
    kind: 'personnel system',
    founded: '1924',
    summary:
      'The board, created by the Rogers Act of 1924 alongside the Board of Examiners, that advises the Secretary of State on the management of the Foreign Service.',
    source: 'https://www.liquisearch.com/united_states_foreign_service/rogers_act',
  },
  {
    id: 'fs-personnel-board',
    name: 'Foreign Service Personnel Board',
    acronyms: [],
    aliases: [],
    kind: 'personnel system',
    founded: '1924',
    summary:
      'The board created by executive order in June 1924 to run the merit system of the new Foreign Service: made up from 1928 of three assistant secretaries of state and three Foreign Service officers, it kept officers\u2019 efficiency records and sent the Secretary lists of those recommended for promotion.',
    source:
      'https://core-prod.cambridgecore.org/core/journals/american-political-science-review/article/abs/congress-the-foreign-service-and-the-department-of-state/BCCC58631218F3E64096DBA3B294904C; https://econpapers.repec.org/article/cupapsrev/v_3a24_3ay_3a1930_3ai_3a02_3ap_3a355-366_5f11.htm',
  },
  {
    id: 'foreign-commerce-service',
    name: 'Foreign Commerce Service',
    acronyms: [],
    aliases: [],
    kind: 'US government bureau',
    founded: '1927',
    ended: '1939',
    successor:
      'the Foreign Service of the State Department, to which commercial attach\u00e9s moved under Reorganization Plan No. II',
    summary:
      'The Commerce Department\u2019s corps of commercial attach\u00e9s and trade commissioners abroad, given diplomatic status by the Foreign and Domestic Commerce Act of 1927; on July 1, 1939 its officers were transferred to the State Department\u2019s Foreign Service.',
    source:
      'https://www.liquisearch.com/united_states_foreign_service/rogers_act; https://afsa.org/sites/default/files/flipping_book/0524/33/ (the 1927 act establishes the Foreign Commerce Service)',
  },
  {
    id: 'usaid-staff-care',
    name: 'USAID Staff Care',
    acronyms: [],
    aliases: ['USAID Staff Care Program', 'USAID Staff Care Center', 'USAID StaffCare'],
    contextAliases: ['Staff Care', 'Staff Care Program', 'Staff Care Center'],
    // On a page about USAID, a bare "Staff Care" is the agency's program.
    contextFrom: ['usaid'],
    kind: 'US government program',
    founded: '2012',
    summary:
      'USAID\u2019s employee well-being program, launched by its Office of Human Resources in 2012, which offers the agency\u2019s workforce and their families free, confidential counseling, critical incident response, resilience training and work-life support, at home and abroad.',
    source:
      'https://afsa.org/sites/default/files/flipping_book/010216/24 ; https://afsa.org/addressing-mental-health-needs-usaid ; https://docslib.org/doc/7051388/stress-and-resilience-issues-affecting-usaid-personnel-in-high-operational-stress-environments',
  },
  {
    id: 'rea-program',
    name: 'Re-Employed Annuitant program',
    acronyms: ['WAE'],
    aliases: [
      'Reemployed Annuitant program',
      'REA program',
      'When Actually Employed program',
      'While Actually Employed program',
    ],
    // "REA" was also the Rural Electrification Administration: marked only on a page that names
    // the program in full.
    contextAliases: ['REA', 'REAs'],
    kind: 'US government program',
    summary:
      'The State Department program, formerly called When Actually Employed (WAE), under which retired Foreign Service members work part time, at home or filling staffing gaps at posts abroad, for up to 1,040 hours a year while keeping their full pension; most Foreign Service retirees who return to government work do so through it, and Commerce\u2019s Foreign Commercial Service has modeled a program on it.',
    source:
      'http://afsa.org/playing-rea-game-fs-work-retirement ; https://afsa.org/insiders-guide-re-employed-annuitant-program ; https://afsa.org/sites/default/files/flipping_book/0522/29/',
  },
  {
    id: 'dli-usaid',
    name: 'Development Leadership Initiative',
    acronyms: [],
    aliases: [],
    contextAliases: ['DLI', 'DLIs'],
    kind: 'US government program',
    founded: '2008',
    ended: '2012',
    summary:
      'USAID\u2019s hiring drive of 2008 to 2012, begun under the Bush administration, to rebuild its depleted Foreign Service by taking on some 300 officers a year above attrition, with the aim of doubling the agency\u2019s Foreign Service workforce.',
    source:
      'https://www.devex.com/news/a-hiring-surge-at-usaid-55888; https://2017-2020.usaid.gov/ads/policy/400/459 (officers hired under the DLI from 2008 to 2012)',
  },
  {
    id: 'usaid-hctm',
    name: 'USAID Office of Human Capital and Talent Management',
    acronyms: ['HCTM'],
    aliases: ['Human Capital and Talent Management'],
    kind: 'US government bureau',
    summary:
      'USAID\u2019s human resources office, which manages the agency\u2019s Foreign Service and Civil Service hiring and careers, including its Foreign Service career candidate program.',
    source:
      'https://www.devex.com/news/after-months-of-waiting-usaid-foreign-service-applicants-see-opportunities-vanish-91415; https://2017-2020.usaid.gov/ads/policy/400/459 (responsible office HCTM/FSP); https://docslib.org/doc/6385773/the-foreign-service-journal-december-2015-pdf',
  },
  {
    id: 'hicog',
    name: 'Office of the U.S. High Commissioner for Germany',
    acronyms: ['HICOG', 'USHCG'],
    aliases: [
      'U.S. High Commission for Germany',
      'Office of the United States High Commissioner for Germany',
    ],
    kind: 'US government agency',
    founded: '1949',
    ended: '1955',
    successor: 'the U.S. Embassy in Bonn',
    summary:
      'The State Department office that represented the United States in occupied West Germany after military government ended, including on the Allied High Commission; set up in September 1949 under John J. McCloy, it took over much of the work of the Office of Military Government (OMGUS) and was abolished on May 5, 1955, when its remaining functions passed to the embassy in Bonn.',
    source:
      'https://archives.gov/research/holocaust/finding-aid/civilian/rg-466.html; https://webarchive.library.unt.edu/eot2008/20090115102626/http://www.archives.gov/research/guide-fed-records/groups/466.html?template=print; https://docslib.org/doc/11972667/the-foreign-service-journal-september-1950',
  },
  {
    id: 'juspao',
    name: 'Joint United States Public Affairs Office',
    acronyms: ['JUSPAO'],
    aliases: [],
    kind: 'US government agency',
    founded: '1965',
    ended: '1972',
    successor: 'the U.S. Information Service branch of the embassy in Saigon',
    seat: 'Saigon, South Vietnam',
    summary:
      'The interagency office that ran all U.S. information and psychological programs in South Vietnam from 1965 to 1972, joining USIS staff with military and aid personnel under USIA\u2019s Barry Zorthian; it also gave the daily press briefings known as the Five O\u2019Clock Follies.',
    source:
      'https://en.wikipedia.org/wiki/Joint_United_States_Public_Affairs_Office (created May 14, 1965); https://atom.aim25.com/index.php/joint-us-public-affairs-office-juspao-2;isaar?sf_culture=es (USIS branch after October 1972); https://history.state.gov/historicaldocuments/frus1917-72PubDipv07/d52',
  },
  {
    id: 'uslo-peking',
    name: 'U.S. Liaison Office in Peking',
    acronyms: ['USLO'],
    aliases: [
      'U.S. Liaison Office in Beijing',
      'Liaison Office in Peking',
      'Liaison Office in Beijing',
      'U.S. Liaison Office to the People\u2019s Republic of China',
    ],
    kind: 'diplomatic post',
    founded: '1973',
    ended: '1979',
    successor: 'the U.S. Embassy in Beijing',
    seat: 'Beijing, China',
    summary:
      'The small U.S. mission in the Chinese capital, an embassy in all but name, opened in May 1973 under David K. E. Bruce after the Nixon-Mao rapprochement and before full diplomatic relations; it gave way to the embassy when the United States recognized the People\u2019s Republic in 1979.',
    source:
      'https://afsa.org/sites/default/files/flipping_book/070824/75; http://610211.6jhxt.group/txt/time/Time1973/1973-05-28/910625.html (Bruce arrives, May 1973); https://www.americanheritage.com/life-us-liaison-office-peking; https://web-archive-2022.ait.org.tw/our-relationship/policy-history/ait-fact-sheets/index.html (recognition moved to Beijing January 1, 1979)',
  },
  {
    id: 'ait',
    name: 'American Institute in Taiwan',
    acronyms: ['AIT'],
    aliases: ['The American Institute in Taiwan'],
    kind: 'diplomatic post',
    founded: '1979',
    seat: 'Taipei, Taiwan (headquarters in Arlington, Virginia)',
    summary:
      'The nonprofit corporation, created under the Taiwan Relations Act of 1979 after Washington moved its recognition to Beijing, through which the United States conducts its unofficial relations with Taiwan; funded and guided by the State Department and staffed largely by its employees, it serves as the de facto U.S. embassy, with an office in Taipei and a branch in Kaohsiung.',
    url: 'https://www.ait.org.tw',
    source:
      'https://web-archive-2022.ait.org.tw/our-relationship/policy-history/ait-fact-sheets/index.html; https://www.fact-archive.com/encyclopedia/American_Institute_in_Taiwan; https://review.clateway.com/wiki/view_html.php?q=American_Institute_in_Taiwan&sq=Qlik',
  },
  {
    id: 'wriston-committee',
    name: "Secretary's Public Committee on Personnel",
    acronyms: [],
    aliases: ['Wriston Committee', "Secretary of State's Public Committee on Personnel"],
    kind: 'US government agency',
    founded: '1954',
    ended: '1954',
    summary:
      'The committee, chaired by Brown University president Henry M. Wriston and convened by Secretary John Foster Dulles, whose 1954 report Toward a Stronger Foreign Service named the split of State\u2019s personnel into a Washington-only departmental service and a Foreign Service as the system\u2019s most glaring trouble; Dulles ordered its recommendations put into effect.',
    source:
      'https://afsa.org/sites/default/files/flipping_book/0918/31/; https://time.com/archive/6798341/the-administration-a-concentrated-drive',
  },
  {
    id: 'herter-committee',
    name: 'Committee on Foreign Affairs Personnel',
    acronyms: [],
    aliases: ['Herter Committee'],
    kind: 'non-governmental organization',
    founded: '1961',
    ended: '1962',
    summary:
      'A committee of private citizens chaired by former Secretary of State Christian Herter and sponsored by the Carnegie Endowment for International Peace, whose 1962 report Personnel for the New Diplomacy urged a single foreign affairs personnel system and closer personnel practices among State, USIA and AID.',
    source:
      'https://www.history.state.gov/historicaldocuments/frus1961-63v25/d58; https://afsa.org/sites/default/files/flipping_book/0918/31/',
  },
  {
    id: 'dcha',
    name: 'Bureau for Democracy, Conflict and Humanitarian Assistance',
    acronyms: ['DCHA'],
    aliases: ['Bureau for Democracy, Conflict, and Humanitarian Assistance'],
    kind: 'US government bureau',
    summary:
      'The USAID bureau that brought together the agency\u2019s crisis work: foreign disaster assistance, Food for Peace, transition initiatives, conflict management and mitigation, and democracy and governance, aimed at preventing, responding to and recovering from disasters and conflict.',
    source:
      'https://corpora.tika.apache.org/base/docs/govdocs1/386/386594.html; https://webarchive.library.unt.edu/eot2008/20081107210615/http://www.usaid.gov/policy/budget/cbj2004/cent_prog/central_dcha.html; http://www.usaid.gov/who-we-are/organization/bureaus/bureau-democracy-conflict-and-humanitarian-assistance',
  },
  {
    id: 'asha',
    name: 'Office of American Schools and Hospitals Abroad',
    acronyms: [],
    aliases: ['American Schools and Hospitals Abroad'],
    contextAliases: ['ASHA'],
    kind: 'US government bureau',
    summary:
      'The USAID office that funds construction, renovation and equipment for schools, hospitals and libraries overseas that demonstrate American ideas and practices in education and health.',
    source:
      'https://www.usaid.gov/who-we-are/organization/bureaus/bureau-for-democracy-conflict-and-humanitarian-assistance; https://corpora.tika.apache.org/base/docs/govdocs1/386/386594.html',
  },
  // Added from a review of FSJ pages
  {
    id: 'regional-embassy-office',
    name: 'Regional Embassy Office',
    acronyms: [],
    aliases: ['Regional Embassy Offices', 'Embassy Regional Office', 'Embassy Regional Offices'],
    // "REO" has other readings (a regional environmental officer, for one): marked only on a page
    // that names the offices in full.
    contextAliases: ['REO', 'REOs'],
    kind: 'diplomatic post',
    founded: '2004',
    summary:
      'The U.S. Embassy in Baghdad\u2019s four outposts in Basrah, Hillah, Kirkuk and Mosul, set up when sovereignty passed to the Iraqi interim government in mid-2004 so that Foreign Service staff could work in the provinces; from late 2005 the U.S. presence in the provinces was reorganized around Provincial Reconstruction Teams.',
    source:
      'https://philgooch.github.io/chilcot-interactive/page1964.html ; http://afsa.org/sites/default/files/flipping_book/0904/14/ ; http://archive.wn.com/2007/11/21/1400/iraqphotos',
  },
  {
    id: 'omgus',
    name: 'Office of Military Government, United States',
    acronyms: ['OMGUS'],
    aliases: ['Office of Military Government for Germany', 'Office of Military Government'],
    kind: 'US government agency',
    founded: '1945',
    ended: '1949',
    successor: 'the Office of the U.S. High Commissioner for Germany (HICOG)',
    seat: 'Berlin',
    summary:
      'The U.S. military government of the American zone of occupied Germany and the U.S. sector of Berlin after World War II, led by Gen. Lucius D. Clay. Set up in 1945, it ran the zone, with the Allies in the Control Council, until December 1949, when the U.S. High Commissioner for Germany took over its functions.',
    source:
      'https://en.wikipedia.org/wiki/Office_of_Military_Government,_United_States ; https://memim.com/office-of-military-government-united-states.html ; https://www.nsdoku.de/en/lexikon/artikel?tx_nsdlexikon_pi3%5Baction%5D=show&tx_nsdlexikon_pi3%5Bcontroller%5D=Entry&tx_nsdlexikon_pi3%5Bentry%5D=22&cHash=58d995ce7fd9cc9811f78e171799dc1b',
  },
  {
    id: 'power-africa',
    name: 'Power Africa',
    acronyms: [],
    aliases: [],
    kind: 'US government program',
    founded: '2013',
    summary:
      'The U.S. government initiative, announced by President Obama in Cape Town in June 2013 and led by USAID, that works with African governments, other donors and private companies to add power generation and electricity connections across sub-Saharan Africa; a dozen U.S. agencies take part.',
    source:
      'http://export.gov/kenya/powerafrica/index.asp ; http://www.usbacc.org/powerafrica/ ; https://2012-2017.usaid.gov/news-information/frontlines/powertrade-africa/power-africa-20%E2%80%94-even-brighter-future?page=1 ; https://afsa.org/sites/default/files/flipping_book/0524/50 (12 agencies)',
  },
  {
    id: 'peace-corps-response',
    name: 'Peace Corps Response',
    acronyms: [],
    aliases: ['Crisis Corps'],
    kind: 'US government program',
    founded: '1996 (as the Crisis Corps)',
    summary:
      'The Peace Corps program of short assignments, a year or less, for experienced volunteers. Director Mark Gearan founded it in June 1996 as the Crisis Corps, to send returned volunteers back for disaster and post-conflict work; it was renamed in 2007 and from 2012 also took professionals who had not served in the Peace Corps.',
    url: 'https://www.peacecorps.gov',
    source:
      'https://www.peacecorps.gov/news/library/peace-corps-announces-peace-corps-response/ ; https://www.peacecorps.gov/news/library/peace-corps-response-celebrates-22nd-anniversary/ ; https://www.peacecorps.gov/news/library/peace-corps-response-celebrates-20th-anniversary/',
  },
  {
    id: 'usaid-drg',
    name: 'Bureau for Democracy, Human Rights, and Governance',
    acronyms: [],
    aliases: [
      'Center of Excellence on Democracy, Human Rights and Governance',
      'Center for Democracy, Human Rights and Governance',
      'Center for Democracy, Human Rights, and Governance',
      'DRG Center',
      'DRG Bureau',
    ],
    kind: 'US government bureau',
    founded: '2012 (as the DRG Center); 2023 (as a bureau)',
    summary:
      'USAID\u2019s center of expertise for democracy, human rights and governance, which gives technical support to the agency\u2019s field missions on elections, rule of law, civil society, media and anti-corruption, and builds evidence on what works. Administrator Rajiv Shah launched it in February 2012 as the Center of Excellence on Democracy, Human Rights and Governance, as the first QDDR had called for; it began operating as a separate bureau in September 2023.',
    source:
      'https://www.usaid.gov/who-we-are/organization/bureaus/bureau-democracy-conflict-and-humanitarian-assistance/center ; https://www.usaid.gov/about-us/organization/democracy-human-rights-governance ; https://usaidalumni.org/development-issues/articles/ (the bureau began operating on Sept. 12, 2023) ; https://unjobline.com/job/program-officers-uspsc-gs-13-equiv/?preview=true',
  },
];

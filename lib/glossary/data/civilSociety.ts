// The glossary's Foreign Service associations, unions and foundations, NGOs and think tanks.
// Facts come from the pages named in each entry's `source`; card summaries are written for FSJ Gloss.

import type { GlossaryEntry } from '../types';

export const CIVIL_SOCIETY: readonly GlossaryEntry[] = [
  // --- AFSA's own bodies ---
  {
    id: 'afsa-governing-board',
    name: 'AFSA Governing Board',
    acronyms: [],
    aliases: ['American Foreign Service Association Governing Board', 'AFSA Board'],
    contextAliases: ['Governing Board'],
    // On a page naming AFSA or its Journal, "the Governing Board" is AFSA's.
    contextFrom: ['afsa', 'fsj', 'fsj-editorial-board'],
    kind: 'association',
    summary:
      'The elected board that runs the American Foreign Service Association. Members elect a president, secretary and treasurer, and each constituency (State, USAID, FAS, FCS, retirees and others) elects its vice president and representatives for two-year terms.',
    source:
      'http://www.afsa.org/governing_board.aspx ; https://afsa.org/sites/default/files/flipping_book/1108/80',
  },
  {
    id: 'fsj-editorial-board',
    name: 'Foreign Service Journal Editorial Board',
    acronyms: [],
    aliases: ['FSJ Editorial Board', 'Journal Editorial Board'],
    contextAliases: ['Editorial Board'],
    // On a page of the Journal naming AFSA, its board or the Foreign Service, "the Editorial Board"
    // is the Journal's.
    contextFrom: ['fsj', 'afsa', 'afsa-governing-board', 'foreign-service'],
    kind: 'association',
    summary:
      "AFSA's volunteer board of active and retired Foreign Service members that sets the general editorial direction of The Foreign Service Journal, reviews submitted manuscripts and picks focus topics; the AFSA Governing Board approves its members.",
    source:
      'https://afsa.org/sites/default/files/flipping_book/0503/7 ; https://afsa.org/sites/default/files/flipping_book/070824/59',
  },
  {
    id: 'afsa-pac',
    name: 'American Foreign Service Association Political Action Committee',
    acronyms: ['AFSA-PAC'],
    aliases: ['AFSA Political Action Committee', 'AFSA PAC'],
    kind: 'association',
    founded: '2002',
    summary:
      "AFSA's political action committee, created by its Governing Board, which gives members' donations to the campaigns of senators and representatives who support the Foreign Service. Its bylaws split its support evenly between Democrats and Republicans.",
    source: 'http://www.afsa.org/afsa-pac ; https://afsa.org/afsa-pac-bylaws',
  },
  {
    id: 'afsa-labor-management',
    name: 'AFSA Labor Management Office',
    acronyms: [],
    aliases: ['AFSA Labor Management', 'AFSA Office of the General Counsel'],
    contextAliases: ['Labor Management'],
    // On a page about AFSA, "Labor Management" is its office.
    contextFrom: ['afsa'],
    kind: 'labor union',
    summary:
      "The staff of attorneys and advisers that carries out AFSA's work as a union: it bargains with the foreign affairs agencies for the whole Foreign Service bargaining unit and gives members grievance counseling and legal help.",
    source:
      'http://afsa.org/afsa-labor-management-sop-policy-assistance-oversight-and-reporting ; https://afsa.org/sites/default/files/flipping_book/0916/63/ ; http://www.afsa.org/labor-management-responsibilities',
  },
  {
    id: 'afsa-awards-and-plaques-committee',
    name: 'AFSA Awards and Plaques Committee',
    acronyms: [],
    aliases: ['AFSA Awards & Plaques Committee'],
    contextAliases: ['Awards and Plaques Committee', 'Awards & Plaques Committee'],
    // On a page naming AFSA, the bare committee name is AFSA's.
    contextFrom: ['afsa'],
    kind: 'association',
    summary:
      'The AFSA committee, its chair and members appointed by the Governing Board, that reviews the case of each Foreign Service member who died abroad in circumstances distinctive to the Service and recommends names for AFSA\u2019s memorial plaques in the State Department\u2019s C Street lobby, and that takes part in AFSA\u2019s program of awards for constructive dissent, exemplary performance and lifetime contributions to diplomacy.',
    source:
      'http://www.afsa.org/sites/default/files/flipping_book/1217/55/ ; https://www.afsa.org/sites/default/files/flipping_book/010216/67/ ; https://afsa.org/awards-and-honors',
  },
  {
    id: 'afsa-executive-committee',
    name: 'AFSA Executive Committee',
    acronyms: [],
    aliases: [],
    // "Executive Committee" is common: marked only on a page that also names AFSA's Governing Board.
    contextAliases: ['Executive Committee'],
    contextFrom: ['afsa-governing-board'],
    kind: 'association',
    summary:
      'A committee of the AFSA Governing Board that brings proposals to the full board, such as the 2016 changes to AFSA\u2019s policy on the labor-management services it gives members, which its secretary moved on the committee\u2019s behalf.',
    source:
      'http://www.afsa.org/sites/default/files/flipping_book/1216/files/assets/basic-html/page-67.html',
  },
  {
    id: 'afsa-fam-committee',
    name: 'AFSA Finance, Audit and Management Committee',
    acronyms: [],
    aliases: [],
    // Bare names marked only on a page that also names AFSA's Governing Board.
    contextAliases: ['Finance, Audit and Management Committee', 'FAM Committee'],
    contextFrom: ['afsa-governing-board'],
    kind: 'association',
    summary:
      'The AFSA Governing Board committee on the association\u2019s finances, whose recommendations the treasurer moves at board meetings; in 2016, for example, it proposed paying off the loan on AFSA\u2019s building from the operating reserve and an in-kind contribution to the AFSA Fund for American Diplomacy.',
    source:
      'http://www.afsa.org/sites/default/files/flipping_book/1216/files/assets/basic-html/page-67.html',
  },
  {
    id: 'afsa-committee-on-elections',
    name: 'AFSA Committee on Elections',
    acronyms: [],
    aliases: ['AFSA Elections Committee'],
    contextAliases: ['Committee on Elections', 'Elections Committee'],
    // On a page naming AFSA, "the Elections Committee" is AFSA's.
    contextFrom: ['afsa'],
    kind: 'association',
    summary:
      'The committee of AFSA members that runs the association\u2019s elections: nominations for the Governing Board are addressed to it, it announces the candidates, and proposed amendments to AFSA\u2019s bylaws are submitted to it.',
    source:
      'https://afsa.org/afsa-elections ; https://afsa.org/sites/default/files/flipping_book/1212/58 ; http://www.afsa.org/sites/default/files/flipping_book/1216/files/assets/basic-html/page-67.html',
  },
  {
    id: 'afsa-usaid-standing-committee',
    name: 'AFSA USAID Standing Committee',
    acronyms: [],
    aliases: ['USAID AFSA Standing Committee'],
    contextAliases: ['USAID Standing Committee'],
    // On a page naming AFSA, the "USAID Standing Committee" is AFSA's.
    contextFrom: ['afsa'],
    kind: 'association',
    summary:
      'A standing committee of AFSA whose members, USAID Foreign Service officers, are appointed by the AFSA Governing Board on the motion of the board\u2019s USAID representative.',
    source: 'https://www.afsa.org/sites/default/files/flipping_book/010216/67/',
  },
  {
    id: 'afsa-scholarship-fund',
    name: 'AFSA Scholarship Fund',
    acronyms: [],
    aliases: ['AFSA Scholarship Program'],
    kind: 'foundation',
    founded: '1926',
    summary:
      "AFSA's oldest charitable program, begun in 1926 with a gift in memory of diplomat Oliver Bishop Harriman; it gives need-based college aid and merit awards to the children of Foreign Service members of AFSA.",
    source:
      'https://afsa.org/sites/default/files/flipping_book/010224/45/ ; https://afsa.org/scholarship-information',
  },
  {
    id: 'fund-for-american-diplomacy',
    name: 'Fund for American Diplomacy',
    acronyms: [],
    aliases: ['AFSA Fund for American Diplomacy', 'Diplomacy Matters-AFSA'],
    kind: 'foundation',
    summary:
      "One of AFSA's two 501(c)(3) charitable arms; it pays for outreach that tells Americans about the Foreign Service, such as a speakers bureau of retired diplomats and public events.",
    source: 'https://afsa.org/fund-american-diplomacy',
  },
  // --- Personnel systems and historic services ---
  {
    id: 'senior-foreign-service',
    name: 'Senior Foreign Service',
    acronyms: ['SFS'],
    aliases: [],
    kind: 'personnel system',
    founded: '1980',
    summary:
      'The top four ranks of the U.S. Foreign Service (Counselor, Minister-Counselor, Career Minister and Career Ambassador), created by the Foreign Service Act of 1980 as the equivalent of general and flag ranks and of the Senior Executive Service.',
    source: 'https://en.wikipedia.org/wiki/Senior_Foreign_Service',
  },
  {
    id: 'civil-service',
    name: 'United States federal civil service',
    acronyms: [],
    aliases: ['federal civil service', 'U.S. Civil Service'],
    contextAliases: ['Civil Service'],
    kind: 'personnel system',
    founded: '1883 (Pendleton Act)',
    summary:
      'The merit-based personnel system for most U.S. federal employees, going back to the Pendleton Act of 1883; the State Department, USAID and other foreign affairs agencies employ Civil Service as well as Foreign Service staff.',
    source:
      'https://calendarz.com/on-this-day/january/16/pendleton-civil-service-reform-act ; https://statemag.state.gov/2023/03/0323itn03/',
  },
  {
    id: 'diplomatic-service',
    name: 'United States Diplomatic Service',
    acronyms: [],
    aliases: ['U.S. Diplomatic Service', 'American Diplomatic Service'],
    contextAliases: ['Diplomatic Service'],
    // On a page about the Foreign Service, State or AFSA, the U.S. service of before 1924.
    contextFrom: ['foreign-service', 'state-department', 'afsa', 'fsj'],
    kind: 'personnel system',
    ended: '1924',
    successor: 'the United States Foreign Service (Rogers Act)',
    summary:
      'The service that staffed U.S. legations and embassies with ministers and diplomats from 1789 until the Rogers Act of 1924 merged it with the Consular Service into the Foreign Service.',
    source:
      'https://en.wikipedia.org/wiki/Rogers_Act ; https://owiki.org/wiki/Foreign_service_exam',
  },
  {
    id: 'consular-service',
    name: 'United States Consular Service',
    acronyms: [],
    aliases: ['U.S. Consular Service', 'American Consular Service'],
    contextAliases: ['Consular Service'],
    // On a page about the Foreign Service, State or AFSA, the U.S. service of before 1924.
    contextFrom: ['foreign-service', 'state-department', 'afsa', 'fsj'],
    kind: 'personnel system',
    ended: '1924',
    successor: 'the United States Foreign Service (Rogers Act)',
    summary:
      'The service of U.S. consuls who promoted American trade and helped American sailors abroad, separate from the Diplomatic Service until the Rogers Act of 1924 merged the two into the Foreign Service.',
    source:
      'https://en.wikipedia.org/wiki/Rogers_Act ; https://owiki.org/wiki/Foreign_service_exam',
  },
  // --- Foreign Service community organizations ---
  {
    id: 'dacor',
    name: 'DACOR',
    acronyms: ['DACOR'],
    aliases: [
      'Diplomatic and Consular Officers, Retired',
      'Diplomatic and Consular Officers Retired',
    ],
    kind: 'association',
    founded: '1952',
    seat: 'DACOR Bacon House, Washington, D.C.',
    summary:
      'A membership association of foreign affairs professionals, founded in 1952 as Diplomatic and Consular Officers, Retired and since 2012 open to active-duty members too; it meets at the historic DACOR Bacon House near the White House.',
    url: 'https://www.dacorbacon.org',
    source:
      'https://en.wikipedia.org/wiki/DACOR ; https://afsa.org/sites/default/files/flipping_book/0920/74/ ; https://www.dacorbacon.org/about_us.php',
  },
  {
    id: 'dacor-bacon-house-foundation',
    name: 'DACOR Bacon House Foundation',
    acronyms: [],
    aliases: ['DACOR-Bacon House Foundation', 'DACOR Bacon Foundation'],
    kind: 'foundation',
    founded: '1985',
    seat: '1801 F Street NW, Washington, D.C.',
    summary:
      "DACOR's charitable arm, formed in 1985 by merging the Bacon and DACOR foundations; it preserves the DACOR Bacon House and gives scholarships and fellowships in diplomacy and international affairs.",
    source:
      'https://www.dacorbacon.org/about_us.php ; https://afsa.org/sites/default/files/flipping_book/010225/47',
  },
  {
    id: 'aafsw',
    name: 'Associates of the American Foreign Service Worldwide',
    acronyms: ['AAFSW'],
    aliases: [
      'Association of American Foreign Service Women',
      "Foreign Service Women's Association",
    ],
    kind: 'association',
    founded: '1960',
    summary:
      'The oldest nongovernmental organization supporting the American diplomatic community, founded as the Association of American Foreign Service Women; it speaks for Foreign Service family members and pressed for the creation of the Family Liaison Office and the Overseas Briefing Center.',
    url: 'https://www.aafsw.org',
    source:
      'https://www.aafsw.org/learn-about/ ; https://timeline.aafsw.org/1960/establishment-of-aafsw/ ; https://aafsw.org/aafsw-history',
  },
  {
    id: 'fsyf',
    name: 'Foreign Service Youth Foundation',
    acronyms: ['FSYF'],
    aliases: [],
    kind: 'foundation',
    founded: '1989',
    seat: 'Washington, D.C.',
    summary:
      'A volunteer-run nonprofit, set up in 1989 with seed money from the Una Chapman Cox Foundation, that helps Foreign Service children and teens cope with moves between posts, through youth groups, workshops and awards.',
    source:
      'https://afsa.org/sites/default/files/flipping_book/0919/43/ ; https://fsyf.wordpress.com/about/ ; https://afsa.org/sites/default/files/flipping_book/0604/86',
  },
  {
    id: 'american-academy-of-diplomacy',
    name: 'American Academy of Diplomacy',
    acronyms: ['AAD'],
    // The Journal has also printed the name inverted (AFSA News, April 2014).
    aliases: ['Academy of American Diplomacy'],
    kind: 'association',
    founded: '1983',
    seat: 'Washington, D.C.',
    summary:
      'A private, nonpartisan body whose elected members are former ambassadors and senior foreign policy officials; it works to strengthen American diplomacy through reports, awards and outreach.',
    url: 'https://www.academyofdiplomacy.org',
    source:
      'https://wikimili.com/en/American_Academy_of_Diplomacy ; https://definitions.uslegal.com/a/american-academy-of-diplomacy/ ; https://www.academyofdiplomacy.org/members ; acronym AAD: http://www.academyofdiplomacy.org/index.html ("AAD Announces") ; inverted name: http://www.afsa.org/sites/default/files/flipping_book/0414/files/assets/basic-html/page46.html',
  },
  {
    id: 'council-of-american-ambassadors',
    name: 'Council of American Ambassadors',
    acronyms: [],
    aliases: [],
    kind: 'association',
    founded: '1983',
    summary:
      'The nonpartisan association of non-career (politically appointed) U.S. ambassadors; it supports the State Department, sponsors fellowships and publishes The Ambassadors Review.',
    url: 'https://americanambassadors.org',
    source:
      'https://americanambassadors.org/about/mission ; http://americanambassadors.org/about/history',
  },
  {
    id: 'una-chapman-cox-foundation',
    name: 'Una Chapman Cox Foundation',
    acronyms: [],
    aliases: [],
    contextAliases: ['Cox Foundation'],
    kind: 'foundation',
    founded: '1980',
    summary:
      'A private foundation set up in 1980 by Texas rancher Una Chapman Cox to support a strong, professional U.S. Foreign Service; it funds sabbatical fellowships for mid-level Foreign Service employees and programs with the State Department.',
    url: 'https://www.uccoxfoundation.org',
    source:
      'https://www.uccoxfoundation.org/about/ ; https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Una_Chapman_Cox_Foundation',
  },
  {
    id: 'senior-living-foundation',
    name: 'Senior Living Foundation of the American Foreign Service',
    acronyms: ['SLF'],
    aliases: ['Senior Living Foundation'],
    kind: 'foundation',
    founded: '1988',
    summary:
      'A charity that gives financial help and eldercare advice to retired Foreign Service members and their spouses, including surviving and divorced spouses, who cannot meet the costs of care on their own.',
    url: 'https://www.slfoundation.org',
    source:
      'https://www.slfoundation.org/aboutus.cfm ; http://www.afsa.org/sites/default/files/flipping_book/0318/50/',
  },
  {
    id: 'thursday-luncheon-group',
    name: 'Thursday Luncheon Group',
    acronyms: ['TLG'],
    aliases: [],
    kind: 'association',
    founded: '1973',
    summary:
      'The oldest employee affinity group of the State Department, founded in 1973 by Black Foreign Service officers of State, USIA and USAID to increase the participation of African Americans in making and carrying out U.S. foreign policy.',
    url: 'https://www.thursdayluncheongroup.org',
    source:
      'https://www.thursdayluncheongroup.org/about2 ; https://blogs.state.gov/stories/2013/07/25/thursday-luncheon-group-celebrates-40th-anniversary?page=0%2C1632 ; https://afsa.org/let-our-rejoicing-rise-tlg-celebrates-50-years',
  },
  // --- Unions ---
  {
    id: 'afge',
    name: 'American Federation of Government Employees',
    acronyms: ['AFGE'],
    aliases: [],
    kind: 'labor union',
    founded: '1932',
    seat: 'Washington, D.C.',
    summary:
      'The largest union of civilian, non-postal U.S. federal employees, affiliated with the AFL-CIO; it also represents employees of the District of Columbia government.',
    url: 'https://www.afge.org',
    source:
      'https://en.wikipedia.org/wiki/American_Federation_of_Government_Employees ; https://aflcio.org/2025/3/24/get-know-afl-cios-affiliates-afge',
  },
  {
    id: 'nffe',
    name: 'National Federation of Federal Employees',
    acronyms: ['NFFE'],
    aliases: [],
    kind: 'labor union',
    founded: '1917',
    seat: 'Washington, D.C.',
    summary:
      "The first union of U.S. civil service federal employees, now affiliated with the Machinists union (IAM) and the AFL-CIO; its members include the State Department's passport services staff.",
    url: 'https://nffe.org',
    source:
      'https://en.wikipedia.org/wiki/National_Federation_of_Federal_Employees ; http://nffe.org/ht/d/sp/i/682/pid/682',
  },
  {
    id: 'afl-cio',
    name: 'American Federation of Labor and Congress of Industrial Organizations',
    acronyms: ['AFL-CIO', 'AFL–CIO'],
    aliases: ['American Federation of Labor', 'Congress of Industrial Organizations'],
    kind: 'labor union',
    founded: '1955',
    summary:
      'The largest federation of U.S. labor unions, formed in 1955 when the American Federation of Labor and the Congress of Industrial Organizations merged.',
    url: 'https://aflcio.org',
    source:
      'http://lbj.artifacts.archives.gov/people/1168/aflcio ; http://absoluteastronomy.com/topics/AFL-CIO',
  },
  {
    id: 'afscme',
    name: 'American Federation of State, County and Municipal Employees',
    acronyms: ['AFSCME'],
    aliases: [],
    kind: 'labor union',
    summary:
      'A large U.S. public-employee union of state and local government workers, with more than a million members, and one of the biggest unions in the AFL-CIO.',
    source: 'https://searchids.com/k/afl-cio',
  },
  // --- Think tanks ---
  {
    id: 'brookings',
    name: 'Brookings Institution',
    acronyms: [],
    aliases: ['Institute for Government Research'],
    contextAliases: ['Brookings'],
    kind: 'think tank',
    founded: '1916',
    seat: 'Washington, D.C.',
    summary:
      'A nonpartisan Washington think tank, founded in 1916 as the Institute for Government Research, with research programs in economics, governance, foreign policy and global development; it is among the think tanks most cited by U.S. media and politicians.',
    source:
      'https://ww-w.pages.dev/0xLy93aWtpL0NlbnRlcl9mb3JfTWlkZGxlX0Vhc3RfUG9saWN5 ; https://www.mic.com/articles/4417/from-brookings-institution-to-aei-exploring-washington-s-top-public-policy-think-tanks ; https://georgetowner.com/articles/2018/10/24/d-c-think-tanks-shadow-government-plain-sight/',
  },
  {
    id: 'csis',
    name: 'Center for Strategic and International Studies',
    acronyms: ['CSIS'],
    aliases: ['Center for Strategic and International Studies of Georgetown University'],
    kind: 'think tank',
    founded: '1962',
    seat: 'Washington, D.C.',
    summary:
      'A bipartisan Washington think tank on international relations, security, trade, energy and technology; founded in 1962 at Georgetown University, it became independent in 1987.',
    url: 'https://www.csis.org',
    source:
      'https://en.wikipedia.org/wiki/Center_for_Strategic_and_International_Studies ; https://kids.kiddle.co/Center_for_Strategic_and_International_Studies',
  },
  {
    id: 'carnegie-endowment',
    name: 'Carnegie Endowment for International Peace',
    acronyms: ['CEIP'],
    aliases: ['Carnegie Endowment'],
    kind: 'think tank',
    founded: '1910',
    seat: 'Washington, D.C.',
    summary:
      'A nonpartisan international affairs think tank founded by Andrew Carnegie in 1910 to work for peace and cooperation between nations, with centers abroad; it moved from New York to Washington in the 1970s and long published Foreign Policy magazine.',
    url: 'https://carnegieendowment.org',
    source:
      'https://en.wikipedia.org/wiki/Carnegie_Endowment_for_International_Peace ; https://philanthropyroundtable.org/almanac/carnegie-endowment-for-international-peace ; http://www.absoluteastronomy.com/topics/Carnegie_Endowment_for_International_Peace',
  },
  {
    id: 'rand',
    name: 'RAND Corporation',
    acronyms: ['RAND'],
    aliases: ['Project RAND'],
    kind: 'think tank',
    founded: '1948',
    seat: 'Santa Monica, California',
    summary:
      "A nonprofit research organization that grew out of the Air Force's postwar Project RAND and became independent of Douglas Aircraft in 1948; it does policy research on national security, international affairs, health, education and other fields.",
    url: 'https://www.rand.org',
    source:
      'http://www.rand.org/about/history/a-brief-history-of-rand.html ; http://w.owiki.org/wiki/RAND_Corporation',
  },
  {
    id: 'heritage-foundation',
    name: 'The Heritage Foundation',
    acronyms: [],
    aliases: ['Heritage Foundation'],
    kind: 'think tank',
    founded: '1973',
    seat: 'Washington, D.C.',
    summary:
      'A conservative Washington think tank founded in 1973 that promotes free enterprise, limited government and a strong national defense; its Mandate for Leadership studies shaped Reagan-era policy.',
    url: 'https://www.heritage.org',
    source:
      'http://www.heritage.org/about/our-history/history ; https://en.m.wikipedia.org/wiki/The_Heritage_Foundation',
  },
  {
    id: 'arms-control-association',
    name: 'Arms Control Association',
    acronyms: [],
    aliases: [],
    kind: 'non-governmental organization',
    summary:
      'A U.S. nonprofit that advocates for arms control and disarmament; it was launched by the Carnegie Endowment for International Peace in the 1970s.',
    source: 'https://philanthropyroundtable.org/almanac/carnegie-endowment-for-international-peace',
  },
  {
    id: 'stimson-center',
    name: 'Stimson Center',
    acronyms: [],
    aliases: ['Henry Stimson Center', 'Henry L. Stimson Center'],
    kind: 'think tank',
    summary:
      'A Washington think tank on international security policy, one of the organizations spun off from the Carnegie Endowment for International Peace.',
    source: 'https://philanthropyroundtable.org/almanac/carnegie-endowment-for-international-peace',
  },
  {
    id: 'piie',
    name: 'Peterson Institute for International Economics',
    acronyms: [],
    aliases: ['Peterson Institute', 'Institute for International Economics'],
    kind: 'think tank',
    summary:
      'A think tank on international economics, begun as the Institute for International Economics, one of the organizations spun off from the Carnegie Endowment for International Peace.',
    source: 'https://philanthropyroundtable.org/almanac/carnegie-endowment-for-international-peace',
  },
  // --- Democracy and human rights ---
  {
    id: 'ndi',
    name: 'National Democratic Institute',
    acronyms: ['NDI'],
    aliases: ['National Democratic Institute for International Affairs'],
    kind: 'non-governmental organization',
    founded: '1983',
    seat: 'Washington, D.C.',
    summary:
      'A nonpartisan U.S. nonprofit, loosely tied to the Democratic Party, that works with parties, parliaments and civic groups abroad on elections and democratic governance; it is one of the institutes funded through the National Endowment for Democracy.',
    source:
      'https://wikimili.com/en/National_Democratic_Institute ; https://wiki-gateway.eudic.net/wikipedia_en/National_Democratic_Institute.html',
  },
  {
    id: 'iri',
    name: 'International Republican Institute',
    acronyms: ['IRI'],
    aliases: ['National Republican Institute for International Affairs'],
    kind: 'non-governmental organization',
    summary:
      'A U.S. nonprofit that supports democracy abroad, created after the National Endowment for Democracy in the early 1980s as the National Republican Institute for International Affairs; it is one of the institutes funded through the Endowment.',
    source:
      'https://wikimili.com/en/National_Democratic_Institute ; https://wiki-gateway.eudic.net/wikipedia_en/National_Democratic_Institute.html',
  },
  {
    id: 'cipe',
    name: 'Center for International Private Enterprise',
    acronyms: ['CIPE'],
    aliases: [],
    kind: 'non-governmental organization',
    summary:
      'A U.S. nonprofit that works on private enterprise and market reform as part of democracy assistance; with NDI and IRI it is one of the institutes created alongside, and funded through, the National Endowment for Democracy.',
    source: 'https://wikimili.com/en/National_Democratic_Institute',
  },
  {
    id: 'human-rights-watch',
    name: 'Human Rights Watch',
    acronyms: ['HRW'],
    aliases: [
      'Helsinki Watch',
      'Americas Watch',
      'Asia Watch',
      'Africa Watch',
      'Middle East Watch',
    ],
    kind: 'non-governmental organization',
    founded: '1978 (as Helsinki Watch)',
    seat: 'New York, USA',
    summary:
      'An international human rights organization that investigates abuses and publishes reports on about 100 countries; it began in 1978 as Helsinki Watch, monitoring the Helsinki Accords, and took its present name in 1988 when its regional Watch committees were united.',
    source:
      'https://encyclopediahub.com/?p=20585 ; https://bdlawbook.blogspot.com/2014/12/human-rights-watch-hrw_29.html ; https://roll.wiki/summary/822',
  },
  {
    id: 'amnesty-international',
    name: 'Amnesty International',
    acronyms: [],
    aliases: [],
    contextAliases: ['Amnesty'],
    kind: 'non-governmental organization',
    founded: '1961',
    seat: 'London, United Kingdom',
    summary:
      'A worldwide human rights movement founded in London in 1961 by lawyer Peter Benenson to campaign for prisoners of conscience; it also campaigns against torture and the death penalty and won the Nobel Peace Prize in 1977.',
    source:
      'http://encycl.stateuniversity.com/pages/1255/Amnesty-International.html ; http://wiki.ieg-mainz.de/ghra/articles/drohan-london ; https://speakup.es/magazines/current-affairs/amnesty-international-the-fight-for-human-rights_1904',
  },
  {
    id: 'freedom-house',
    name: 'Freedom House',
    acronyms: [],
    aliases: [],
    kind: 'non-governmental organization',
    founded: '1941',
    seat: 'Washington, D.C.',
    summary:
      'A U.S. nonprofit that researches and advocates for democracy, political freedom and human rights, best known for its annual Freedom in the World ratings of countries; it was founded in 1941 with Eleanor Roosevelt and Wendell Willkie as honorary chairs.',
    url: 'https://freedomhouse.org',
    source: 'https://en.wikipedia.org/wiki/Freedom_House ; https://owiki.org/wiki/Freedom_House',
  },
  // --- Humanitarian and refugee organizations ---
  {
    id: 'care',
    name: 'Cooperative for Assistance and Relief Everywhere',
    acronyms: ['CARE'],
    aliases: [
      'CARE International',
      'Cooperative for American Remittances to Europe',
      'Cooperative for American Relief Everywhere',
    ],
    kind: 'non-governmental organization',
    founded: '1945',
    summary:
      'One of the largest and oldest humanitarian aid organizations, founded in 1945 to send CARE packages to postwar Europe; it now runs emergency relief and development projects in about 100 countries, with a focus on women and girls.',
    source:
      'https://en.wikipedia.org/wiki/CARE_International ; https://www.influencewatch.org/non-profit/cooperative-for-assistance-and-relief-everywhere-care/',
  },
  {
    id: 'near-east-foundation',
    name: 'Near East Foundation',
    acronyms: [],
    aliases: ['Near East Relief'],
    kind: 'non-governmental organization',
    founded: '1915 (as Near East Relief)',
    summary:
      'An American aid organization that began in 1915 as Near East Relief, the first large U.S. mobilization of international humanitarian aid, set up in response to the Armenian Genocide.',
    source:
      'https://banda-sonora.com/es/movie/they-shall-not-perish-the-story-of-near-east-relief/101936',
  },
  {
    id: 'church-world-service',
    name: 'Church World Service',
    acronyms: ['CWS'],
    aliases: [],
    kind: 'non-governmental organization',
    summary:
      'The relief, development and refugee ministry of U.S. Protestant, Orthodox and Anglican churches; its Immigration and Refugee Program is one of the national agencies that resettle refugees in the United States.',
    source:
      'http://www.acf.hhs.gov/programs/orr/resource/annual-orr-reports-to-congress-2004-appendix-c ; http://www.unrefugees.org/site/c.lfIQKSOwFqG/b.5067997/',
  },
  {
    id: 'lirs',
    name: 'Lutheran Immigration and Refugee Service',
    acronyms: ['LIRS'],
    aliases: [],
    kind: 'non-governmental organization',
    summary:
      "One of the nine national voluntary agencies that resettle refugees in the United States under the State Department's Reception and Placement Program.",
    source: 'http://www.unrefugees.org/site/c.lfIQKSOwFqG/b.5067997/',
  },
  {
    id: 'emm',
    name: 'Episcopal Migration Ministries',
    acronyms: ['EMM'],
    aliases: [],
    kind: 'non-governmental organization',
    summary:
      "The refugee resettlement program of the Episcopal Church, working with partner agencies in Episcopal dioceses; it is one of the nine national agencies in the State Department's Reception and Placement Program.",
    source:
      'https://www.helpingrefugees.org/links.php ; http://www.unrefugees.org/site/c.lfIQKSOwFqG/b.5067997/',
  },
  {
    id: 'ecdc',
    name: 'Ethiopian Community Development Council',
    acronyms: ['ECDC'],
    aliases: [],
    kind: 'non-governmental organization',
    summary:
      "One of the nine national voluntary agencies that resettle refugees in the United States under the State Department's Reception and Placement Program.",
    source: 'http://www.unrefugees.org/site/c.lfIQKSOwFqG/b.5067997/',
  },
  {
    id: 'world-relief',
    name: 'World Relief',
    acronyms: [],
    aliases: ['World Relief Corporation'],
    kind: 'non-governmental organization',
    summary:
      "One of the nine national voluntary agencies that resettle refugees in the United States under the State Department's Reception and Placement Program.",
    source: 'http://www.unrefugees.org/site/c.lfIQKSOwFqG/b.5067997/',
  },
  {
    id: 'uscri',
    name: 'U.S. Committee for Refugees and Immigrants',
    acronyms: ['USCRI'],
    aliases: [],
    kind: 'non-governmental organization',
    summary:
      'A nonprofit that defends the rights of refugees, asylum seekers and displaced people worldwide and is one of the nine national agencies that resettle refugees in the United States.',
    source:
      'https://www.helpingrefugees.org/links.php ; http://www.unrefugees.org/site/c.lfIQKSOwFqG/b.5067997/',
  },
  {
    id: 'usccb',
    name: 'United States Conference of Catholic Bishops',
    acronyms: ['USCCB'],
    aliases: ['U.S. Conference of Catholic Bishops'],
    kind: 'association',
    summary:
      "The assembly of the Catholic bishops of the United States; through its Migration and Refugee Services office it is one of the nine national agencies that resettle refugees under the State Department's Reception and Placement Program.",
    source:
      'https://detroitcatholic.com/news/whats-involved-in-resettling-refugees-catholic-leaders-share-the-churchs-work-2 ; http://www.unrefugees.org/site/c.lfIQKSOwFqG/b.5067997/',
  },
  {
    id: 'refugee-council-usa',
    name: 'Refugee Council USA',
    acronyms: [],
    aliases: [],
    kind: 'non-governmental organization',
    summary: 'A coalition of U.S. nongovernmental organizations that work on refugee protection.',
    source: 'https://www.helpingrefugees.org/links.php',
  },
  {
    id: 'cato-institute',
    name: 'Cato Institute',
    acronyms: [],
    aliases: [],
    kind: 'think tank',
    seat: 'Washington, D.C.',
    summary:
      'A libertarian Washington think tank, co-founded by Ed Crane, Murray Rothbard and Charles Koch, that argues for limited government, free markets, civil liberties and a non-interventionist foreign policy.',
    url: 'https://www.cato.org',
    source:
      'https://en.wikipedia-on-ipfs.org/wiki/Cato_Institute ; https://wiki.gravy.cc/wiki/Cato_Institute ; http://piglix.com/piglix/The_Cato_Institute',
  },
  {
    id: 'aei',
    name: 'American Enterprise Institute',
    acronyms: ['AEI'],
    aliases: [
      'American Enterprise Institute for Public Policy Research',
      'American Enterprise Association',
    ],
    kind: 'think tank',
    founded: '1938',
    seat: 'Washington, D.C.',
    summary:
      'A center-right Washington think tank on government, politics, economics and social welfare, founded in 1938 by New York businessmen as the American Enterprise Association; it favors private enterprise and limited government.',
    source:
      'https://en.wikipedia.org/wiki/American_Enterprise_Institute ; https://kids.kiddle.co/American_Enterprise_Institute',
  },
  {
    id: 'center-for-american-progress',
    name: 'Center for American Progress',
    acronyms: [],
    aliases: [],
    kind: 'think tank',
    founded: '2003',
    summary:
      'A liberal U.S. public policy research and advocacy organization, created in 2003 as a left-leaning counterpart to conservative think tanks such as Heritage and AEI.',
    source: 'https://persagen.com/docs/american_enterprise_institute.html',
  },
  {
    id: 'atlantic-council',
    name: 'Atlantic Council',
    acronyms: [],
    aliases: ['Atlantic Council of the United States'],
    kind: 'think tank',
    founded: '1961',
    seat: 'Washington, D.C.',
    summary:
      'A Washington international affairs think tank founded in 1961 to carry on postwar cooperation between North America and Europe; it runs regional centers and programs on international security and the global economy.',
    source:
      'https://en.wikipedia.org/wiki/Atlantic_Council ; https://wikimili.com/en/Atlantic_Council',
  },
  {
    id: 'cnas',
    name: 'Center for a New American Security',
    acronyms: ['CNAS'],
    aliases: [],
    kind: 'think tank',
    founded: '2007',
    seat: 'Washington, D.C.',
    summary:
      'A Washington think tank on U.S. national security and defense policy, founded in 2007 by Michèle Flournoy and Kurt Campbell; several of its staff went on to senior posts in later administrations.',
    url: 'https://www.cnas.org',
    source:
      'https://wikimili.com/en/Center_for_a_New_American_Security ; https://cloudflare-ipfs.com/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Center_for_a_New_American_Security.html',
  },
  {
    id: 'hudson-institute',
    name: 'Hudson Institute',
    acronyms: [],
    aliases: [],
    kind: 'think tank',
    founded: '1961',
    seat: 'Washington, D.C.',
    summary:
      'A conservative think tank founded in 1961 at Croton-on-Hudson, New York, by nuclear strategist Herman Kahn and colleagues from RAND; it moved to Washington in 2004 to focus on foreign policy and national security.',
    source:
      'https://en.wikipedia.org/wiki/Hudson_Institute ; https://www.hudson.org/node/44355 ; https://www.liquisearch.com/hudson_institute/history',
  },
  {
    id: 'gmf',
    name: 'German Marshall Fund of the United States',
    acronyms: ['GMF'],
    aliases: ['German Marshall Fund'],
    kind: 'think tank',
    founded: '1972',
    seat: 'Washington, D.C.',
    summary:
      'A nonpartisan American think tank and grantmaker for transatlantic cooperation, founded in 1972 with a gift from West Germany as a memorial to the Marshall Plan; it runs exchanges such as the Marshall Memorial Fellowship and the Brussels Forum.',
    url: 'https://www.gmfus.org',
    source:
      'http://www.gmfus.org/gmf-at-forty/ ; https://en.wikipedia.org/wiki/The_German_Marshall_Fund_of_the_United_States ; https://wikimili.com/en/German_Marshall_Fund',
  },
  {
    id: 'chatham-house',
    name: 'Royal Institute of International Affairs',
    acronyms: [],
    aliases: ['Chatham House', 'British Institute of International Affairs'],
    kind: 'think tank',
    founded: '1920',
    seat: 'London, United Kingdom',
    summary:
      'The British international affairs think tank known by the name of its London building, Chatham House; founded in 1920 after the Paris Peace Conference, it is the origin of the Chatham House Rule of non-attribution.',
    url: 'https://www.chathamhouse.org',
    source:
      'https://wikimili.com/en/Chatham_House ; https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2018-10/A/Chatham_House.html ; https://faujidays.com/lookup/establishments/think-tanks/uk-think-tanks/royal-institute-of-international-affairs-chatham-house?id=3770',
  },
  {
    id: 'iiss',
    name: 'International Institute for Strategic Studies',
    acronyms: ['IISS'],
    aliases: [],
    kind: 'think tank',
    founded: '1958',
    seat: 'London, United Kingdom',
    summary:
      'A British think tank on defense and security, founded in 1958 with a focus on nuclear deterrence and arms control; it publishes the annual Military Balance and the journal Survival and hosts the Shangri-La Dialogue in Singapore.',
    url: 'https://www.iiss.org',
    source:
      'https://wiki-gateway.eudic.net/wikipedia_en/The_International_Institute_for_Strategic_Studies.html ; http://the-uncensored-wiki.com:20072/i/n/t/International_Institute_for_Strategic_Studies_df88.html',
  },
  {
    id: 'sipri',
    name: 'Stockholm International Peace Research Institute',
    acronyms: ['SIPRI'],
    aliases: [],
    kind: 'think tank',
    founded: '1966',
    seat: 'Stockholm (Solna), Sweden',
    summary:
      'An independent Swedish institute founded in 1966 that publishes open-source data and analysis on armed conflict, military spending, arms transfers and arms control, including the SIPRI Yearbook.',
    url: 'https://www.sipri.org',
    source:
      'https://en.wikipedia.org/wiki/Stockholm_International_Peace_Research_Institute ; https://wikimili.com/en/Stockholm_International_Peace_Research_Institute ; https://rightsta.com/wiki/sipri',
  },
  {
    id: 'crisis-group',
    name: 'International Crisis Group',
    acronyms: ['ICG'],
    aliases: ['Crisis Group'],
    kind: 'non-governmental organization',
    founded: '1995',
    seat: 'Brussels, Belgium',
    summary:
      'An independent nonprofit that does field research on violent conflicts and presses governments and international bodies to prevent or resolve them; founded in 1995 by Morton Abramowitz, Mark Malloch Brown and others, it publishes the monthly CrisisWatch bulletin.',
    url: 'https://www.crisisgroup.org',
    source:
      'http://en.wikipedia.org/wiki/International_Crisis_Group ; https://culturesofresistance.org/groups-we-support/icg/ ; http://the-uncensored-wiki.com:20072/i/n/t/International_Crisis_Group_214e.html',
  },
  {
    id: 'mpi',
    name: 'Migration Policy Institute',
    acronyms: ['MPI'],
    aliases: [],
    kind: 'think tank',
    founded: '2001',
    seat: 'Washington, D.C.',
    summary:
      "An independent, nonpartisan Washington think tank on international migration, refugee policy and immigrant integration; it grew out of the Carnegie Endowment's International Migration Policy Program in 2001 and publishes the Migration Information Source.",
    url: 'https://www.migrationpolicy.org',
    source:
      'https://paperzz.com/doc/8222358/mpi--a-decade-of-accomplishments ; http://www.kwieco.org/index-3131.html ; https://www.annenbergclassroom.org/resource/migration-policy-institute/',
  },
  {
    id: 'cgd',
    name: 'Center for Global Development',
    acronyms: ['CGD'],
    aliases: [],
    kind: 'think tank',
    founded: '2001',
    seat: 'Washington, D.C.',
    summary:
      "A Washington think tank on international development, founded in 2001 by Edward Scott, C. Fred Bergsten and Nancy Birdsall; it studies how rich countries' aid, trade, migration and other policies affect poor countries, and publishes the Commitment to Development Index.",
    url: 'https://www.cgdev.org',
    source:
      'http://piglix.com/piglix/Center_for_Global_Development ; https://international.vlex.com/vid/swimming-upstream-695947993',
  },
  {
    id: 'inter-american-dialogue',
    name: 'Inter-American Dialogue',
    acronyms: [],
    aliases: ['Diálogo Interamericano'],
    kind: 'think tank',
    founded: '1982',
    seat: 'Washington, D.C.',
    summary:
      'A Washington think tank and forum of leaders on Latin America and the Caribbean, first convened in 1982, that works on democratic governance, the rule of law, migration, remittances, energy and education in the hemisphere.',
    url: 'https://www.thedialogue.org',
    source:
      'https://en.wikipedia.org/wiki/Inter-American_Dialogue ; https://www.thedialogue.org/analysis/2012-annual-report/',
  },
  {
    id: 'middle-east-institute',
    name: 'Middle East Institute',
    acronyms: ['MEI'],
    aliases: [],
    kind: 'think tank',
    founded: '1946',
    seat: 'Washington, D.C.',
    summary:
      'A nonpartisan think tank and cultural center founded in 1946, the oldest Washington institution devoted solely to the Middle East; it publishes The Middle East Journal and teaches regional languages.',
    url: 'https://www.mei.edu',
    source: 'https://en-academic.com/dic.nsf/enwiki/2407262 ; https://mei.edu/our-history',
  },
  {
    id: 'fpri',
    name: 'Foreign Policy Research Institute',
    acronyms: ['FPRI'],
    aliases: [],
    kind: 'think tank',
    founded: '1955',
    seat: 'Philadelphia, Pennsylvania',
    summary:
      'A nonpartisan Philadelphia think tank on U.S. foreign policy and national security, founded in 1955 by Ambassador Robert Strausz-Hupé; it publishes the quarterly journal Orbis.',
    url: 'https://www.fpri.org',
    source:
      'http://piglix.com/piglix/Foreign_Policy_Research_Institute ; https://issuu.com./foreignpolicyresearchinstitute/docs/2022_annual_report_final',
  },
  {
    id: 'usglc',
    name: 'U.S. Global Leadership Coalition',
    acronyms: ['USGLC'],
    aliases: ['U.S. Global Leadership Campaign', 'Center for U.S. Global Leadership'],
    kind: 'non-governmental organization',
    founded: '1995',
    seat: 'Washington, D.C.',
    summary:
      'A coalition of some 500 businesses and NGOs, retired military leaders and foreign policy experts that lobbies for a strong International Affairs Budget, arguing for diplomacy and development alongside defense.',
    url: 'https://www.usglc.org',
    source:
      'http://usglc.org/international-affairs-budget-resources/frequently-asked-questions ; https://wikisum.wiki/wiki/U.S._Global_Leadership_Coalition ; https://www.usglc.org/newsroom/usglc-ceo-statement-on-the-international-affairs-budget/',
  },
  {
    id: 'partnership-for-public-service',
    name: 'Partnership for Public Service',
    acronyms: [],
    aliases: [],
    kind: 'non-governmental organization',
    founded: '2001',
    seat: 'Washington, D.C.',
    summary:
      'A nonpartisan nonprofit founded in 2001 by Samuel J. Heyman to draw talent into the federal workforce and improve how government works; it publishes the Best Places to Work in the Federal Government rankings and awards the Service to America Medals.',
    url: 'https://ourpublicservice.org',
    source:
      'https://wikimili.com/en/Partnership_for_Public_Service ; https://ourpublicservice.org/about/board-and-history',
  },
  {
    id: 'irc',
    name: 'International Rescue Committee',
    acronyms: ['IRC'],
    aliases: [],
    kind: 'non-governmental organization',
    founded: '1933',
    seat: 'New York, USA',
    summary:
      "A humanitarian organization that began in New York in 1933, at Albert Einstein's request, to help people suffering under Hitler; it now responds to crises in more than 40 countries and is one of the national agencies that resettle refugees in U.S. cities.",
    url: 'https://www.rescue.org',
    source:
      'http://www.rescue.org/blog/1933-birth-irc-irc-75 ; http://www.rescue.org/blog/einstein-and-ircs-beginnings-80-years-ago ; http://www.unrefugees.org/site/c.lfIQKSOwFqG/b.5067997/',
  },
  {
    id: 'hias',
    name: 'HIAS',
    acronyms: ['HIAS'],
    aliases: [
      'Hebrew Immigrant Aid Society',
      'United HIAS Service',
      'Hebrew Sheltering and Immigrant Aid Society',
    ],
    kind: 'non-governmental organization',
    founded: '1881',
    seat: 'Silver Spring, Maryland',
    summary:
      "A Jewish American nonprofit founded in New York in 1881 as the Hebrew Immigrant Aid Society to help Jews fleeing persecution in Russia; since resettling Vietnamese refugees at the State Department's request in 1975 it has aided refugees of every origin.",
    url: 'https://www.hias.org',
    source:
      'https://en.m.wikipedia.org/wiki/United_Hias_Service ; https://en.wikipedia-on-ipfs.org/wiki/HIAS',
  },
  {
    id: 'crs',
    name: 'Catholic Relief Services',
    acronyms: [],
    aliases: [],
    kind: 'non-governmental organization',
    founded: '1943',
    seat: 'Baltimore, Maryland',
    summary:
      'The international relief and development agency of the U.S. Catholic community, founded by the U.S. Catholic bishops in 1943 to aid war refugees in Europe; it now works in more than 100 countries and is one of the largest U.S. international NGOs.',
    source:
      'https://catholicnewsagency.com/news/27360/catholic-relief-services-honored-on-70th-anniversary ; https://rcdop.org/news/crs-turns-75-1 ; https://www.devex.com/news/the-50-largest-us-ingos-and-where-they-get-their-money-105845',
  },
  {
    id: 'save-the-children',
    name: 'Save the Children',
    acronyms: [],
    aliases: ['Save the Children Fund', 'Save the Children USA'],
    kind: 'non-governmental organization',
    founded: '1919',
    summary:
      "An international children's aid and rights organization founded in Britain in 1919 by Eglantyne Jebb to feed children starving after the First World War; its U.S. branch began in 1932 and it now works in more than 100 countries.",
    url: 'https://www.savethechildren.org',
    source:
      'https://www.savethechildren.org/us/about-us/why-save-the-children/eglantyne-jebb ; https://www.0685.com/k12/kindergarten/109492.html',
  },
  {
    id: 'msf',
    name: 'Médecins Sans Frontières',
    acronyms: ['MSF'],
    aliases: ['Doctors Without Borders', 'Medecins Sans Frontieres'],
    kind: 'non-governmental organization',
    founded: '1971',
    summary:
      'An independent international medical humanitarian organization founded in France in 1971 by doctors and journalists; it gives emergency care to victims of war, epidemics and disasters and won the Nobel Peace Prize in 1999.',
    url: 'https://www.doctorswithoutborders.org',
    source:
      'https://simple.wikipedia.org/wiki/Doctors_Without_Borders ; https://donare.info/en/topics/M%C3%A9decins%20Sans%20Fronti%C3%A8res ; https://www.doctorswithoutborders.org/who-we-are/history',
  },
  {
    id: 'mercy-corps',
    name: 'Mercy Corps',
    acronyms: [],
    aliases: ['Mercy Corps International', 'Save the Refugees Fund'],
    kind: 'non-governmental organization',
    founded: '1979',
    seat: 'Portland, Oregon',
    summary:
      'A global humanitarian and development agency that began in 1979 as the Save the Refugees Fund for Cambodian refugees; it works in places hit by conflict, disaster or economic collapse.',
    url: 'https://www.mercycorps.org',
    source: 'http://piglix.com/piglix/Mercy_Corps ; https://owiki.org/wiki/Mercy_Corps',
  },
  {
    id: 'world-vision',
    name: 'World Vision',
    acronyms: [],
    aliases: ['World Vision International', 'World Vision United States', 'World Vision USA'],
    kind: 'non-governmental organization',
    founded: '1950',
    summary:
      'A Christian humanitarian organization founded in 1950 by evangelist Bob Pierce to help orphaned and poor children in Asia; known for child sponsorship, it now works in about 100 countries.',
    source:
      'https://philanthropyroundtable.org/almanac/world-vision ; https://www.liquisearch.com/world_vision_united_states/history',
  },
  {
    id: 'samaritans-purse',
    name: "Samaritan's Purse",
    acronyms: [],
    aliases: [],
    kind: 'non-governmental organization',
    summary:
      'A Christian overseas relief charity founded by Bob Pierce, the founder of World Vision, some two decades after World Vision.',
    source: 'https://philanthropyroundtable.org/almanac/world-vision',
  },
  {
    id: 'american-red-cross',
    name: 'American Red Cross',
    acronyms: [],
    aliases: ['American National Red Cross', 'American Association of the Red Cross'],
    kind: 'non-governmental organization',
    founded: '1881',
    seat: 'Washington, D.C.',
    summary:
      'The U.S. national Red Cross society, founded by Clara Barton in Washington in 1881 and chartered by Congress in 1900 and 1905; it gives disaster relief, supports the armed forces and their families, and collects blood.',
    source:
      'https://www.loc.gov/exhibitions/join-in-voluntary-associations-in-america/about-this-exhibition/a-nation-of-joiners/emergency/american-national-red-cross/ ; https://www.politico.com/story/2018/05/21/american-national-red-cross-is-founded-may-21-1881-597708',
  },
  {
    id: 'oxfam',
    name: 'Oxfam',
    acronyms: [],
    aliases: ['Oxfam International', 'Oxford Committee for Famine Relief'],
    kind: 'non-governmental organization',
    founded: '1942',
    seat: 'Oxford, United Kingdom',
    summary:
      'An international confederation of charities fighting poverty and injustice, begun in Oxford in 1942 as the Oxford Committee for Famine Relief to get food through the wartime blockade to occupied Greece.',
    source:
      'http://piglix.com/piglix/Oxfam_International ; http://www.viewchange.org/topics/oxfam ; https://treasures.bodleian.ox.ac.uk/treasures/oxford-committee-for-famine-relief/',
  },
  // --- Foundations ---
  {
    id: 'gates-foundation',
    name: 'Gates Foundation',
    acronyms: ['BMGF'],
    aliases: [
      'Bill & Melinda Gates Foundation',
      'Bill and Melinda Gates Foundation',
      'William H. Gates Foundation',
    ],
    kind: 'foundation',
    founded: '2000',
    seat: 'Seattle, Washington',
    summary:
      'One of the largest private foundations in the world, launched by Bill and Melinda Gates in 2000; it works globally to improve health and reduce extreme poverty, and in the United States on education, and has said it will close in 2045.',
    url: 'https://www.gatesfoundation.org',
    source:
      'http://piglix.com/piglix/Bill_Gates_Foundation ; https://www.ncfp.org/people/bill-melinda-gates-foundation/ ; https://www.startribune.com/the-gates-foundations-first-25-years-how-it-changed-global-health-and-philanthropy/601347232',
  },
  {
    id: 'ford-foundation',
    name: 'Ford Foundation',
    acronyms: [],
    aliases: [],
    kind: 'foundation',
    founded: '1936',
    seat: 'New York, USA',
    summary:
      'A private American foundation created in 1936 by Edsel and Henry Ford; based in New York with field offices abroad, it makes grants to reduce poverty and injustice, strengthen democratic values and promote international cooperation.',
    url: 'https://www.fordfoundation.org',
    source:
      'https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Ford_Foundation ; https://www.princeton.edu/~achaney/tmve/wiki100k/docs/Ford_Foundation.html',
  },
  {
    id: 'rockefeller-foundation',
    name: 'Rockefeller Foundation',
    acronyms: [],
    aliases: [],
    kind: 'foundation',
    founded: '1913',
    seat: 'New York, USA',
    summary:
      'A private foundation chartered in New York in 1913 by John D. Rockefeller, his son and Frederick Taylor Gates, with the mission of promoting the well-being of humanity throughout the world.',
    url: 'https://www.rockefellerfoundation.org',
    source:
      'https://wikimili.com/en/Rockefeller_Foundation ; https://persagen.org/docs/Rockefeller_Foundation.html',
  },
  {
    id: 'open-society-foundations',
    name: 'Open Society Foundations',
    acronyms: ['OSF'],
    aliases: ['Open Society Institute', 'Soros Foundation'],
    kind: 'foundation',
    founded: '1993',
    seat: 'New York, USA',
    summary:
      "George Soros's international grantmaking network, founded in 1993 as the Open Society Institute to support his foundations in Central and Eastern Europe and the former Soviet Union; it funds civil society groups working on justice, education, public health and independent media.",
    source:
      'http://piglix.com/piglix/Open_Society_Foundations ; https://www.wikizero.org/wiki/en/Open_Society_Foundations',
  },
  {
    id: 'asia-foundation',
    name: 'The Asia Foundation',
    acronyms: [],
    aliases: ['Asia Foundation', 'Committee for Free Asia'],
    kind: 'non-governmental organization',
    founded: '1954',
    seat: 'San Francisco, California',
    summary:
      "A nonprofit international development organization working across Asia on governance, women's empowerment, economic growth and regional cooperation; set up in 1954 with CIA backing to carry out cultural and educational work for the U.S. government, it has offices in Asia and Washington.",
    url: 'https://asiafoundation.org',
    source:
      'https://en.wikipedia.org/?curid=2945702 ; https://enwikipedia.net/wiki/The_Asia_Foundation',
  },
  {
    id: 'carter-center',
    name: 'The Carter Center',
    acronyms: [],
    aliases: ['Carter Center'],
    kind: 'non-governmental organization',
    founded: '1982',
    seat: 'Atlanta, Georgia',
    summary:
      'A nonprofit founded in 1982 by former President Jimmy Carter and Rosalynn Carter, in partnership with Emory University, to advance human rights and relieve suffering; it observes elections, mediates conflicts and led the campaign to eradicate Guinea worm disease.',
    source:
      'https://en.wikipedia.org/wiki/Carter_Center ; http://image.absoluteastronomy.com/topics/Carter_Center ; https://borgenproject.org/3-incredible-accomplishments-of-the-carter-center/',
  },
  {
    id: 'transparency-international',
    name: 'Transparency International',
    acronyms: [],
    aliases: [],
    kind: 'non-governmental organization',
    founded: '1993',
    seat: 'Berlin, Germany',
    summary:
      'An anti-corruption NGO founded in 1993 by former World Bank official Peter Eigen and others, working through national chapters in some 100 countries; it publishes the annual Corruption Perceptions Index.',
    source:
      'http://www.princeton.edu/~achaney/tmve/wiki100k/docs/Transparency_International.html ; https://owiki.org/wiki/Lebanese_Transparency_Association',
  },
  {
    id: 'interaction',
    name: 'American Council for Voluntary International Action',
    acronyms: ['InterAction'],
    aliases: [],
    kind: 'non-governmental organization',
    founded: '1984',
    seat: 'Washington, D.C.',
    summary:
      'The largest alliance of U.S.-based international NGOs, formed in 1984, whose 200-odd faith-based and secular members work on relief and development; it speaks for them on foreign assistance and sets standards for members.',
    url: 'https://www.interaction.org',
    source:
      'https://www.interaction.org/2010-annual-report-year-in-review ; https://ru.scribd.com/document/17511750/Annual-Report-2006 ; https://greatnonprofits.org/org/interaction-american-council-for-voluntary-international-action-inc',
  },
  {
    id: 'bciu',
    name: 'Business Council for International Understanding',
    acronyms: ['BCIU'],
    aliases: [],
    kind: 'association',
    founded: '1955',
    summary:
      "A nonpartisan membership organization of some 200 companies, created in 1955 at President Eisenhower's initiative, that brings business and government leaders together and gives commercial diplomacy training to Foreign Service and other U.S. officials.",
    source:
      'https://wikimili.com/en/Business_Council_for_International_Understanding ; https://wikisum.wiki/wiki/Business_Council_for_International_Understanding ; https://2001-2009.state.gov/e/eeb/rls/rm/2006/65979.htm',
  },
  {
    id: 'global-ties-us',
    name: 'Global Ties U.S.',
    acronyms: ['NCIV', 'COSERV'],
    aliases: [
      'National Council for International Visitors',
      'National Council of International Visitors',
      'National Council for Community Services to International Visitors',
    ],
    kind: 'non-governmental organization',
    founded: '1961',
    seat: 'Washington, D.C.',
    summary:
      "The nonpartisan network of U.S. community organizations and volunteer citizen diplomats that host foreign leaders on the State Department's International Visitor Leadership Program; founded in 1961 as COSERV, it was long known as the National Council for International Visitors (NCIV).",
    url: 'https://www.globaltiesus.org',
    source:
      'https://wikimili.com/en/Global_Ties_U.S. ; https://www.globaltiesus.org/the-leadership-corner-february-2021/ ; https://www.govinfo.gov/content/pkg/BILLS-111hres1402eh/xml/BILLS-111hres1402eh.xml',
  },
  {
    id: 'agra',
    name: 'Alliance for a Green Revolution in Africa',
    acronyms: ['AGRA'],
    aliases: [],
    kind: 'non-governmental organization',
    founded: '2006',
    summary:
      'An African agriculture initiative created in 2006 by the Gates Foundation in partnership with the Rockefeller Foundation.',
    source:
      'https://www.kiro7.com/news/local/gates-foundation-seattle-roots-global-philanthropy-powerhouse/DGHSSEOKLBCUDG2CDEBR7ESZSE/',
  },
  // --- Business, education and public-affairs organizations ---
  {
    id: 'us-chamber-of-commerce',
    name: 'U.S. Chamber of Commerce',
    acronyms: [],
    aliases: ['Chamber of Commerce of the United States'],
    kind: 'association',
    founded: '1912',
    seat: 'Washington, D.C.',
    summary:
      "The national federation of American businesses, trade associations and local chambers, founded in 1912 at President Taft's urging; it is the largest lobbying group in the United States and is linked with American chambers of commerce abroad.",
    url: 'https://www.uschamber.com',
    source:
      'https://owiki.org/wiki/US_Chamber_of_Commerce ; http://easychat.me/view_html.php?sq=american_constitution_society&lang=en&q=United_States_Chamber_of_Commerce ; https://encyclopediahub.com/ar105300',
  },
  {
    id: 'amcham',
    name: 'American Chamber of Commerce',
    acronyms: ['AmCham', 'AmChams'],
    aliases: ['American Chambers of Commerce'],
    kind: 'association',
    summary:
      'The name of the associations of American businesses in foreign countries (AmChams); dozens of them, 87 in 2000, are affiliated with the U.S. Chamber of Commerce.',
    source:
      'https://www.referenceforbusiness.com/small/Sm-Z/U-S-Chamber-of-Commerce.html ; https://encyclopediahub.com/ar105300',
  },
  {
    id: 'iie',
    name: 'Institute of International Education',
    acronyms: ['IIE'],
    aliases: [],
    kind: 'non-governmental organization',
    founded: '1919',
    seat: 'New York, USA',
    summary:
      'A nonprofit for international educational exchange, founded in 1919 by Elihu Root, Nicholas Murray Butler and Stephen Duggan; it has administered the Fulbright Program for the State Department since 1946 and publishes the Open Doors report on international students.',
    url: 'https://www.iie.org',
    source:
      'http://piglix.com/piglix/Institute_of_International_Education ; https://education.stateuniversity.com/pages/2087/Institute-International-Education.html',
  },
  {
    id: 'aspen-institute',
    name: 'Aspen Institute',
    acronyms: [],
    aliases: ['Aspen Institute for Humanistic Studies', 'Aspen Institute of Humanistic Studies'],
    kind: 'think tank',
    seat: 'Washington, D.C.',
    summary:
      'An international nonprofit founded by Chicago businessman Walter Paepcke after a 1949 Goethe festival in Aspen, Colorado; it runs nonpartisan seminars, policy programs, conferences and leadership initiatives, with partner institutes abroad.',
    url: 'https://www.aspeninstitute.org',
    source:
      'https://wikimili.com/en/Aspen_Institute ; https://alchetron.com/Aspen-Institute ; http://fyifoundation.org/index-77.html',
  },
  {
    id: 'foreign-policy-association',
    name: 'Foreign Policy Association',
    acronyms: [],
    aliases: ['League of Free Nations Association'],
    kind: 'association',
    founded: '1918',
    seat: 'New York, USA',
    summary:
      'A nonpartisan nonprofit, founded in 1918 as the League of Free Nations Association, that educates Americans about foreign policy; it runs the Great Decisions discussion program and is a New York forum for foreign policy addresses.',
    url: 'https://fpa.org',
    source:
      'https://en.wikipedia.org/wiki/Foreign_Policy_Association ; https://fpa.org/about/ ; http://www.liquisearch.com/foreign_policy_association/history',
  },
  {
    id: 'waca',
    name: 'World Affairs Councils of America',
    acronyms: ['WACA'],
    aliases: ['National Council of World Affairs Organizations'],
    kind: 'association',
    seat: 'Washington, D.C.',
    summary:
      "The national network of about 90 independent, nonpartisan local world affairs councils that educate Americans on international affairs; its Washington office dates from 1986, and the councils grew out of the Foreign Policy Association's branches.",
    url: 'https://worldaffairscouncils.org',
    source:
      'https://profilpelajar.com/article/World_Affairs_Councils_of_America ; https://www.sourcewatch.org/index.php?title=World_Affairs_Councils_of_America ; http://www.liquisearch.com/foreign_policy_association/history',
  },
  {
    id: 'refugees-international',
    name: 'Refugees International',
    acronyms: [],
    aliases: [],
    kind: 'non-governmental organization',
    founded: '1979',
    seat: 'Washington, D.C.',
    summary:
      "An independent advocacy organization for refugees, displaced and stateless people, founded in 1979 by Sue Morton as a citizens' movement for Indochinese refugees; it takes no government or UN funding and sends field missions to displacement crises.",
    url: 'https://www.refugeesinternational.org',
    source:
      'https://googleweblight.com/sp?hl&geid=NSTNR&u=https://web.archive.org/web/20090429065606/http://www.refugeesinternational.org/who-we-are ; http://philanthropynewsdigest.org/npo-spotlight/refugees-international ; https://acearchive.org/refugees-international',
  },
  {
    id: 'afspa',
    name: 'American Foreign Service Protective Association',
    acronyms: ['AFSPA'],
    aliases: [],
    kind: 'association',
    seat: 'Washington, D.C.',
    summary:
      "A nonprofit (not part of AFSA) that underwrites the Foreign Service Benefit Plan, a federal employees' health plan covering Foreign Service and other foreign affairs employees at home and abroad, and offers life insurance to its members.",
    url: 'https://www.afspa.org',
    source:
      'http://afsa.org/health-benefits-plan-guide ; https://www.afspa.org/fsbp/ ; https://www.afspa.org/aip_detail.cfm?page=Life-AD-D',
  },
  {
    id: 'winep',
    name: 'Washington Institute for Near East Policy',
    acronyms: ['WINEP'],
    aliases: [],
    contextAliases: ['Washington Institute'],
    kind: 'think tank',
    founded: '1985',
    seat: 'Washington, D.C.',
    summary:
      'A Washington think tank on U.S. policy in the Middle East, founded in 1985 with support from AIPAC donors and first directed by Martin Indyk; it is generally described as pro-Israel.',
    url: 'https://www.washingtoninstitute.org',
    source:
      'https://en.wikipedia.org/wiki/The_Washington_Institute_for_Near_East_Policy ; http://piglix.com/piglix/Turkish_Research_Program',
  },
  {
    id: 'asia-society',
    name: 'Asia Society',
    acronyms: [],
    aliases: ['Asia Society Policy Institute'],
    kind: 'non-governmental organization',
    founded: '1956',
    seat: 'New York, USA',
    summary:
      'A nonpartisan nonprofit founded in New York in 1956 by John D. Rockefeller 3rd to build understanding between the peoples of Asia and the United States through culture, education and policy programs; it has centers across the United States, Asia and Europe.',
    url: 'https://asiasociety.org',
    source:
      'https://asiasociety.org/lo/node/15297 ; https://asiasociety.org/new-york/asia-society-turns-60 ; https://en.wikipedia.org/wiki/Asia_Society',
  },
  {
    id: 'rotary-international',
    name: 'Rotary International',
    acronyms: [],
    aliases: ['Rotary Club', 'Rotary Foundation'],
    kind: 'association',
    founded: '1905',
    summary:
      'A worldwide federation of service clubs that began with the Rotary Club of Chicago, founded by attorney Paul Harris in 1905; under the motto "Service Above Self" its members fund community projects, exchanges and the campaign against polio.',
    source:
      'https://rotary-ribi.org/clubs/page.php?ClubID=262&PgID=586556 ; http://gantshill-rotary.org.uk/History-Of-Rotary.html ; https://es.slideshare.net/slideshow/rotary-13125391/13125391',
  },
  {
    id: 'truman-project',
    name: 'Truman National Security Project',
    acronyms: [],
    aliases: ['Truman Project', 'Truman Center for National Policy', 'Truman Center'],
    kind: 'non-governmental organization',
    founded: '2004',
    seat: 'Washington, D.C.',
    summary:
      'A Washington national security leadership organization founded in 2004 by Rachel Kleinfeld and Matthew Spence that trains and networks progressive veterans, frontline civilians, policy experts and political professionals; its partner is the Truman Center for National Policy.',
    url: 'http://trumanproject.org',
    source:
      'https://wikimili.com/en/Truman_National_Security_Project ; http://trumanproject.org/about/our-story/mission/ ; http://trumancenter.org/doctrine-blog/welcome-to-truman-2/',
  },
  {
    id: 'foreign-policy-for-america',
    name: 'Foreign Policy for America',
    acronyms: [],
    aliases: [],
    kind: 'non-governmental organization',
    founded: '2017',
    summary:
      'A U.S. advocacy organization founded after the 2016 election as a home for Americans who support principled American engagement in the world; it builds a national membership network to press Congress and support candidates.',
    url: 'https://www.fp4america.org',
    source: 'https://www.fp4america.org/who-we-are/ ; https://www.fp4america.org/our-story',
  },
  {
    id: 'human-rights-first',
    name: 'Human Rights First',
    acronyms: [],
    aliases: [
      'Lawyers Committee for Human Rights',
      'Lawyers Committee for International Human Rights',
    ],
    kind: 'non-governmental organization',
    founded: '1978',
    seat: 'New York and Washington, D.C.',
    summary:
      'A nonpartisan U.S. human rights organization founded in 1978 as the Lawyers Committee for International Human Rights (renamed in 2003); it works on refugee protection, support for human rights defenders and U.S. adherence to human rights standards.',
    url: 'https://humanrightsfirst.org',
    source: 'http://piglix.com/piglix/Human_Rights_First ; https://humanrightsfirst.org/about-us/',
  },
  {
    id: 'bipartisan-policy-center',
    name: 'Bipartisan Policy Center',
    acronyms: ['BPC'],
    aliases: [],
    kind: 'think tank',
    founded: '2007',
    seat: 'Washington, D.C.',
    summary:
      'A Washington think tank that promotes bipartisan policy solutions, founded in 2007 by former Senate majority leaders Howard Baker, Tom Daschle, Bob Dole and George Mitchell; it works on health, energy, national security, the economy and immigration.',
    url: 'https://bipartisanpolicy.org',
    source:
      'https://wikiwand.com/simple/Bipartisan_Policy_Center ; https://bipartisanpolicy.org/about/who-we-are/ ; https://bipartisanpolicy.org/report/2009-annual-report/',
  },
  {
    id: 'abaa',
    name: 'Association of Black American Ambassadors',
    acronyms: ['ABAA'],
    aliases: [],
    kind: 'association',
    summary:
      'A national organization of African Americans who have served as Senate-confirmed U.S. ambassadors; it works to advance public understanding of diplomacy, promote diversity in the foreign affairs agencies and mentor minority Foreign Service candidates.',
    url: 'http://blackamericanambassadors.org',
    source:
      'http://blackamericanambassadors.org/ ; https://blogs.state.gov/stories/2013/07/25/thursday-luncheon-group-celebrates-40th-anniversary?page=0%2C1632',
  },
  {
    id: 'foreign-affairs-council',
    name: 'Foreign Affairs Council',
    acronyms: [],
    aliases: [],
    kind: 'association',
    founded: '1999',
    summary:
      'An umbrella group of a dozen organizations that support the Foreign Service (among them AFSA, DACOR, AAFSW, the American Academy of Diplomacy and ADST), founded by Ambassador Thomas Boyatt; it has issued report cards on Secretaries of State as managers of the Service.',
    source:
      'https://www.aafsw.org/foreign-affairs-council-meeting/ ; http://www.afsa.org/sites/default/files/flipping_book/0414/files/assets/basic-html/page46.html',
  },
  {
    id: 'farmdc',
    name: 'Foreign Affairs Retirees of Maryland and the District of Columbia',
    acronyms: [],
    aliases: ['Foreign Affairs Retirees of Maryland'],
    kind: 'association',
    summary:
      'One of the many regional associations of Foreign Service retirees around the United States with which AFSA keeps in touch on advocacy and retiree issues.',
    source:
      'https://afsa.org/sites/default/files/flipping_book/1119/95 ; short name: https://afsa.org/sites/default/files/flipping_book/0314/48/',
  },
  {
    id: 'farnova',
    name: 'Foreign Affairs Retirees of Northern Virginia',
    acronyms: ['FARNOVA'],
    aliases: ['Farnova'],
    kind: 'association',
    founded: '1994',
    summary:
      'A regional association of some 250 Foreign Service and other foreign affairs retirees in Northern Virginia, one of the independent state and regional retiree groups AFSA keeps in touch with; it meets for lunch and a guest speaker several times a year.',
    source:
      'https://afsa.org/sites/default/files/flipping_book/0522/59/ ; https://afsa.org/sites/default/files/flipping_book/0314/48/ ; https://pdaa-online.org/?p=1440',
  },
  {
    id: 'farne',
    name: 'Foreign Affairs Retirees of New England',
    acronyms: ['FARNE'],
    aliases: [],
    kind: 'association',
    founded: '1983',
    summary:
      'A regional association of Foreign Service and other foreign affairs retirees living in New England, started by retirees who met on Foreign Service Day in 1983; its members meet regularly to share their Foreign Service experiences and hear speakers on foreign affairs.',
    source:
      'https://afsa.org/sites/default/files/flipping_book/0903/87/ ; https://afsa.org/sites/default/files/flipping_book/0522/59/',
  },
  {
    id: 'npca',
    name: 'National Peace Corps Association',
    acronyms: ['NPCA'],
    aliases: ['National Council of Returned Peace Corps Volunteers'],
    kind: 'association',
    founded: '1979',
    seat: 'Washington, D.C.',
    summary:
      'The nonprofit association of returned Peace Corps volunteers and former staff, separate from the Peace Corps agency; it connects its members and member groups and advocates for a stronger Peace Corps.',
    url: 'https://www.peacecorpsconnect.org',
    source:
      'http://piglix.com/piglix/National_Peace_Corps_Association ; https://wikimili.com/en/National_Peace_Corps_Association ; https://npca.silkstart.com/cpages/faq',
  },
  {
    id: 'aba-roli',
    name: 'ABA Rule of Law Initiative',
    acronyms: ['ABA ROLI', 'CEELI'],
    aliases: [
      'American Bar Association Rule of Law Initiative',
      'Central European and Eurasian Law Initiative',
      'Central and Eastern European Law Initiative',
    ],
    kind: 'non-governmental organization',
    founded: '2007',
    summary:
      "The American Bar Association's international legal development program, formed in 2007 by consolidating its regional rule of law programs, the first of which (CEELI) began after the fall of the Berlin Wall; it works with courts, bar associations and civil society in dozens of countries.",
    source:
      'http://www.americanbar.org/advocacy/rule_of_law/about/origin_principles.html ; https://www.americanbar.org/advocacy/global-programs/what-we-do/resources/2010/annual-report/',
  },
  {
    id: 'public-diplomacy-council',
    name: 'Public Diplomacy Council of America',
    acronyms: [],
    aliases: ['Public Diplomacy Council', 'Public Diplomacy Foundation'],
    kind: 'association',
    founded: '1988 (as the Public Diplomacy Foundation)',
    seat: 'Washington, D.C.',
    summary:
      'A nonprofit association of public diplomacy practitioners and scholars, many of them alumni of USIA, that promotes the professional practice, teaching and study of public diplomacy. Founded in 1988 as the Public Diplomacy Foundation, it helped set up George Washington University’s Public Diplomacy Institute in 2001 and became a membership body.',
    url: 'https://publicdiplomacy.org',
    source:
      'https://www.publicdiplomacycouncil.org/about/mission-and-history/; http://www.publicdiplomacycouncil.org/about-public-diplomacy-council; https://publicdiplomacy.org; https://docslib.org/doc/13539985/the-foreign-service-journal-april',
  },
  {
    id: 'feea',
    name: 'Federal Employee Education and Assistance Fund',
    acronyms: ['FEEA'],
    // The Journal has also printed the name as "Federal Employees Assistance and Education Fund".
    aliases: [
      'Federal Employee Education & Assistance Fund',
      'Federal Employees Assistance and Education Fund',
    ],
    kind: 'foundation',
    founded: '1986',
    seat: 'Lakewood, Colorado',
    summary:
      'A nonprofit devoted to civilian federal and postal employees and their families: it awards merit scholarships, makes no-interest emergency loans and funds the education of children of federal workers killed or badly hurt on duty, including in the 1998 embassy bombings in Kenya and Tanzania. It is funded largely through the Combined Federal Campaign.',
    source:
      'https://sharepoint.ncssma.org/FEEA/Home.aspx; https://www.govloop.com/community/blog/25-years-of-scholarships/; http://www.washingtonpost.com/blogs/federal-eye/wp/2013/08/16/program-for-needy-feds-running-out-of-money/; https://docslib.org/doc/5674059/the-foreign-service-journal-march-2013 ; https://afsa.org/sites/default/files/flipping_book/0312/36',
  },
  {
    id: 'hoover-institution',
    name: 'Hoover Institution on War, Revolution and Peace',
    acronyms: [],
    aliases: ['Hoover Institution', 'Hoover Institution on War, Revolution, and Peace'],
    kind: 'think tank',
    founded: '1919',
    seat: 'Stanford, California',
    summary:
      'A public policy think tank and archive at Stanford University, founded by Herbert Hoover in 1919 to collect records of the First World War. Generally described as conservative, it houses a large library of twentieth-century political history and many former senior officials as fellows.',
    url: 'https://www.hoover.org',
    source:
      'https://hoover.org/about/herbert-hoover; https://en.wikipedia.org/wiki/Hoover_Institution; http://sourcewatch.org/index.php?title=Hoover_Institution_on_War,_Revolution_and_Peace',
  },
  {
    id: 'chicago-council-on-global-affairs',
    name: 'Chicago Council on Global Affairs',
    acronyms: [],
    aliases: ['Chicago Council on Foreign Relations'],
    kind: 'think tank',
    founded: '1922',
    seat: 'Chicago, Illinois',
    summary:
      'A nonpartisan foreign affairs forum and think tank founded in Chicago in February 1922 as the Chicago Council on Foreign Relations and renamed in 2006. It hosts world leaders and is best known for its surveys of American public opinion on foreign policy, conducted since 1974.',
    url: 'https://globalaffairs.org',
    source:
      'http://www.infospaze.com/Chicago_Council_on_Foreign_Relations; https://www.thechicagocouncil.org/basic-page/history; https://www.thechicagocouncil.org/about/press-release/chicago-council-global-affairs-ranked-think-tank-watch',
  },
  {
    id: 'federation-of-american-scientists',
    name: 'Federation of American Scientists',
    acronyms: [],
    aliases: ['Federation of Atomic Scientists'],
    kind: 'non-governmental organization',
    founded: '1945',
    seat: 'Washington, D.C.',
    summary:
      'A nonprofit founded in November 1945 by Manhattan Project scientists, first as the Federation of Atomic Scientists, to press for civilian control of atomic energy and nuclear arms control. It works on nuclear security, government secrecy and biosecurity.',
    source: 'https://en.m.wikipedia.org/wiki/Federation_of_American_Scientists',
  },
  {
    id: 'lutheran-world-relief',
    name: 'Lutheran World Relief',
    acronyms: ['LWR'],
    aliases: [],
    kind: 'non-governmental organization',
    founded: '1945',
    seat: 'Baltimore, Maryland',
    summary:
      'A relief and development agency founded by U.S. Lutheran churches in 1945 to aid Lutherans left homeless in Europe by the Second World War. Supported by the Evangelical Lutheran Church in America and the Lutheran Church–Missouri Synod, it now runs disaster relief and rural development projects in Africa, Latin America, Asia and the Middle East.',
    url: 'https://lwr.org',
    source:
      'https://lwr.org/about-lwr; http://blog.world-citizenship.org/wp-archive/13623; https://www.baltimoresun.com/news/bs-xpm-1999-09-20-9909200092-story.html',
  },
  {
    id: 'carnegie-corporation',
    name: 'Carnegie Corporation of New York',
    acronyms: [],
    aliases: ['Carnegie Corporation'],
    kind: 'foundation',
    founded: '1911',
    seat: 'New York, New York',
    summary:
      'The grant-making foundation Andrew Carnegie chartered in 1911, on Elihu Root’s advice, to take over most of his remaining fortune “to promote the advancement and diffusion of knowledge and understanding.” It funds education, democracy and international peace work, including research on nuclear risk, and helped found Harvard’s Russian Research Center.',
    url: 'https://www.carnegie.org',
    source:
      'http://piglix.com/piglix/Carnegie_Corporation; http://caucasreview.com/Carnegie_Corporation_of_New_York.htm; http://infoplease.com/ce6/ent/A0835517.html',
  },
  {
    id: 'konrad-adenauer-foundation',
    name: 'Konrad Adenauer Foundation',
    acronyms: ['KAS'],
    aliases: ['Konrad-Adenauer-Stiftung'],
    kind: 'foundation',
    founded: '1955',
    seat: 'Sankt Augustin and Berlin, Germany',
    summary:
      'The German political foundation close to the Christian Democratic Union, founded in 1955 and named for Chancellor Adenauer in 1964. Funded mainly by the German government, it runs civic education and democracy programs through offices in some 100 countries.',
    url: 'https://www.kas.de',
    source:
      'https://wikimili.com/en/Konrad_Adenauer_Foundation; https://de.zxc.wiki/wiki/Konrad-Adenauer-Stiftung; https://www.politico.eu/article/stiftungen-provide-a-useful-link/',
  },
  {
    id: 'friedrich-ebert-foundation',
    name: 'Friedrich Ebert Foundation',
    acronyms: [],
    aliases: ['Friedrich-Ebert-Stiftung'],
    kind: 'foundation',
    seat: 'Germany',
    summary:
      'The state-funded German political foundation close to the Social Democratic Party, formally independent of it, which runs political education, seminars and democracy programs through a large network of offices abroad; it was the first party foundation to open an office in Brussels, in 1973.',
    source:
      'https://www.politico.eu/article/stiftungen-provide-a-useful-link/; https://powerbase.info/index.php/Konrad_Adenauer_Stiftung',
  },
  {
    id: 'committee-to-protect-journalists',
    name: 'Committee to Protect Journalists',
    acronyms: ['CPJ'],
    aliases: [],
    kind: 'non-governmental organization',
    founded: '1981',
    seat: 'New York, New York',
    summary:
      'An independent nonprofit, founded in 1981, that promotes press freedom worldwide by defending the right of journalists to report without fear of reprisal and by documenting attacks on the press.',
    url: 'https://cpj.org',
    source: 'https://growjo.com/employee/Cassandra-Barragan-18786566',
  },
  {
    id: 'reporters-without-borders',
    name: 'Reporters Without Borders',
    acronyms: ['RWB'],
    aliases: ['Reporters Sans Frontières', 'Reporters Sans Frontieres'],
    contextAliases: ['RSF'],
    kind: 'non-governmental organization',
    founded: '1985',
    seat: 'Paris, France',
    summary:
      'A French-based press freedom organization founded in Montpellier in 1985 by Robert Ménard and other journalists. It monitors and denounces attacks on journalists and censorship, aids persecuted reporters and their families, and publishes a yearly World Press Freedom Index; it has consultative status at the United Nations.',
    url: 'https://rsf.org',
    source:
      'http://infogalactic.com/info/Reporters_without_Borders; https://liquisearch.com/reporters_without_borders; https://reporterzy.info/en/4423,reporters-without-borders-the-history-of-reporters-sans-frontires.html',
  },
  {
    id: 'irex',
    name: 'International Research & Exchanges Board',
    acronyms: ['IREX'],
    aliases: ['International Research and Exchanges Board'],
    kind: 'non-governmental organization',
    founded: '1968',
    seat: 'Washington, D.C.',
    summary:
      'A nonprofit set up in 1968 by leading U.S. universities, with Ford Foundation, ACLS, SSRC and State Department support, to run scholarly exchanges with the Soviet Union and Eastern Europe. Since the Cold War it has become a development organization working on education, independent media and civil society, and runs programs such as the Mandela Washington Fellowship.',
    url: 'https://www.irex.org',
    source:
      'https://www.irex.org/our-history; https://www.irex.org/history; https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2018-10/A/International_Research_%26_Exchanges_Board.html',
  },
  // Added from a review of FSJ pages: the bishops' refugee office, associations and NGOs
  {
    id: 'usccb-mrs',
    name: 'USCCB Migration and Refugee Services',
    acronyms: ['USCCB/MRS'],
    aliases: [
      'Migration and Refugee Services',
      'Migration & Refugee Services',
      'Office of Migration and Refugee Services',
    ],
    // "MRS" alone is clear only where the office or the bishops' conference is named.
    contextAliases: ['MRS'],
    contextFrom: ['usccb'],
    kind: 'non-governmental organization',
    seat: 'Washington, D.C.',
    summary:
      'The office of the U.S. Conference of Catholic Bishops that carries out the bishops\u2019 work for refugees and migrants: with a network of diocesan affiliates it resettles refugees admitted to the United States in partnership with the State Department\u2019s refugee bureau, and it advises the bishops on migration policy.',
    source:
      'https://www.usccb.org/offices/resettlement-services/who-we-are ; https://www.usccb.org/issues-and-action/human-life-and-dignity/migrants-refugees-and-travelers/refugee-resettlement ; https://www.idealist.org/en/nonprofit/72d299871ecf415e8729650bc19beeb9-migration-and-refugee-services-usccb-washington ; https://detroitcatholic.com/news/whats-involved-in-resettling-refugees-catholic-leaders-share-the-churchs-work-2',
  },
  {
    id: 'pdaa',
    name: 'Public Diplomacy Alumni Association',
    acronyms: ['PDAA'],
    aliases: ['USIA Alumni Association', 'United States Information Agency Alumni Association'],
    kind: 'association',
    founded: '1981 (as the USIA Alumni Association)',
    summary:
      'An association of people who have worked in U.S. public diplomacy, founded in 1981 as the USIA Alumni Association to keep the agency\u2019s retirees engaged and renamed in 2008. It gives yearly awards for achievement in public diplomacy, holds talks and has recorded oral histories of USIA officers.',
    url: 'https://www.publicdiplomacy.org',
    source:
      'https://afsa.org/sites/default/files/flipping_book/0908/9 (founded 1981, renamed in 2008, www.publicdiplomacy.org) ; https://pdaa.publicdiplomacy.org/?page_id=2',
  },
  {
    id: 'american-library-association',
    name: 'American Library Association',
    acronyms: ['ALA'],
    aliases: [],
    kind: 'association',
    founded: '1876',
    seat: 'Chicago, Illinois',
    summary:
      'The association of American libraries and librarians, formed at a convention of librarians in Philadelphia in 1876 and the oldest and largest library association in the world; it promotes library services and library education.',
    url: 'https://www.ala.org',
    source:
      'http://www.encyclopedia.com/sports-and-everyday-life/social-organizations/private-organizations/american-library-association ; https://wiki-gateway.eudic.net/wikipedia_en/Library_Journal_Review.html',
  },
  {
    id: 'nti',
    name: 'Nuclear Threat Initiative',
    acronyms: ['NTI'],
    aliases: [],
    kind: 'non-governmental organization',
    founded: '2001',
    seat: 'Washington, D.C.',
    summary:
      'A nonprofit, nonpartisan security organization founded in January 2001 by former Senator Sam Nunn and Ted Turner to reduce the risk that nuclear, biological and chemical weapons spread or are used. It runs practical projects, such as backing the IAEA\u2019s low-enriched uranium bank, and publishes the NTI Nuclear Security Index.',
    url: 'https://www.nti.org',
    source:
      'https://www.nti.org/atomic-pulse/nti-20-building-safer-world-two-decades/ ; https://sourcewatch.org/index.php?title=Nuclear_Threat_Initiative ; https://wiki.gravy.cc/wiki/Nuclear_Threat_Initiative',
  },
  {
    id: 'glifaa',
    name: 'GLIFAA',
    acronyms: ['GLIFAA', 'glifaa'],
    aliases: ['Gays and Lesbians in Foreign Affairs Agencies'],
    kind: 'association',
    founded: '1992',
    summary:
      'The officially recognized organization of LGBT+ employees of the State Department, USAID, the Foreign Commercial and Agricultural Services and other foreign affairs agencies and their families, founded in 1992 by employees facing a security clearance process that persecuted them; it pressed for the department\u2019s non-discrimination policies and for the accreditation of same-sex spouses abroad.',
    url: 'https://glifaa.org',
    source:
      'https://en.wikipedia.org/wiki/GLIFAA ; https://glifaa.org/about/history/ ; https://glifaa.org/about/organization/ ; https://diplomacy.state.gov/u-s-diplomacy-stories/about-gliffa/',
  },
  {
    id: 'senior-executive-service',
    name: 'Senior Executive Service',
    acronyms: ['SES'],
    aliases: [],
    kind: 'personnel system',
    founded: '1979 (Civil Service Reform Act of 1978)',
    summary:
      'The corps of career and noncareer executives who fill the top managerial posts of the federal civil service just below the presidential appointees, created by the Civil Service Reform Act of 1978 and in place from July 1979; the Senior Foreign Service is its Foreign Service counterpart.',
    source:
      'https://www.everycrsreport.com/reports/R41801.html ; https://www.gao.gov/products/FPCD-80-54 ; http://wikileaks.cash/crs/RS20303.txt ; https://en.wikipedia.org/wiki/Senior_Foreign_Service (the SFS as the equivalent of the SES)',
  },
  {
    id: 'meridian-international-center',
    name: 'Meridian International Center',
    acronyms: [],
    aliases: ['Meridian House'],
    kind: 'non-governmental organization',
    founded: '1960',
    seat: 'Washington, D.C.',
    summary:
      'A nonpartisan, nonprofit center for diplomacy and exchanges in Washington, founded in 1960 at Meridian House and given its present name in 1992; it works with the State Department on international exchange programs and since 1974 has carried out part of the International Visitor Leadership Program.',
    url: 'https://www.meridian.org',
    source:
      'https://en.wikipedia.org/wiki/Meridian_International_Center ; https://www.meridian.org/about/ ; https://meridian.org/grounds-of-diplomacy',
  },
  {
    id: 'alliance-for-peacebuilding',
    name: 'Alliance for Peacebuilding',
    acronyms: ['AfP'],
    aliases: ['Alliance for Peace Building'],
    kind: 'non-governmental organization',
    founded: '1999 (as the Applied Conflict Resolution Organization Network)',
    seat: 'Washington, D.C.',
    summary:
      'A nonpartisan network of organizations working to prevent and resolve violent conflict and build peace, begun in 1999 as an informal network of conflict resolution groups and incorporated in 2003; it advocates for peacebuilding in U.S. government policy and works to set evaluation standards for the field.',
    url: 'https://www.allianceforpeacebuilding.org',
    source:
      'https://allianceforpeacebuilding.org/about-us/ ; http://blog.world-citizenship.org/wp-archive/8808 ; https://www.beyondintractability.org/colleague/AfP-programs',
  },
  {
    id: 'missionaries-of-charity',
    name: 'Missionaries of Charity',
    acronyms: [],
    aliases: ["Mother Teresa's Missionaries of Charity"],
    kind: 'non-governmental organization',
    founded: '1950',
    seat: 'Kolkata, India',
    summary:
      'The Catholic religious congregation Mother Teresa founded in Calcutta in 1950, whose sisters take a fourth vow of free service to the poorest of the poor; with thousands of members and later branches of brothers and priests, it runs homes for the dying, orphanages, hospices, soup kitchens and schools in well over a hundred countries, serving people of any faith without charge.',
    source:
      'https://en.wikipedia.org/wiki/Missionaries_of_Charity ; https://www.journeymart.com/de/india/west-bengal/kolkata/missionaries-of-charity.aspx ; https://wikisummaries.org/mother-teresa-founds-the-missionaries-of-charity/',
  },
  {
    id: 'adaa',
    name: 'Anxiety and Depression Association of America',
    acronyms: [],
    aliases: [
      'Anxiety & Depression Association of America',
      'Anxiety Disorders Association of America',
      'Phobia Society of America',
    ],
    // "ADAA" is also the acronym of other associations (the art dealers', the dental assistants'):
    // marked only on a page that names this one in full.
    contextAliases: ['ADAA'],
    kind: 'non-governmental organization',
    founded: '1980 (as the Phobia Society of America)',
    seat: 'Silver Spring, Maryland',
    summary:
      'U.S. nonprofit of clinicians, researchers and patients that works for the prevention, treatment and cure of anxiety disorders, depression and related conditions through public education, professional training and research grants, and helps people find treatment; founded by clinicians and patients as the Phobia Society of America, it took its present name in 2012.',
    url: 'https://adaa.org',
    source:
      'http://www.adaa.org/about-adaa/mission-history ; http://www.adaa.org/about-adaa/mission-history/new-name ; http://www.prweb.com/releases/2012/5/prweb9458760.htm ; https://en.wikipedia.org/wiki/Anxiety_and_Depression_Association_of_America',
  },
  {
    id: 'shafr',
    name: 'Society for Historians of American Foreign Relations',
    acronyms: ['SHAFR'],
    aliases: ['Society of Historians of American Foreign Relations'],
    kind: 'association',
    founded: '1967',
    summary:
      'The professional society of historians of U.S. foreign relations, formed in April 1967 at the Organization of American Historians\u2019 meeting in Chicago; it holds an annual conference and publishes the quarterly journal Diplomatic History (since 1978) and the newsletter Passport, and is one of the six associations represented on the State Department\u2019s Historical Advisory Committee.',
    url: 'https://shafr.org',
    source:
      'https://en.wikipedia.org/wiki/Society_for_Historians_of_American_Foreign_Relations ; http://www.oah.org/pubs/nl/2007nov/hess.html ; https://wikimili.com/en/Society_for_Historians_of_American_Foreign_Relations ; https://webharvest.gov/peth04/20041112110553/http://www.state.gov/r/pa/ho/adcom/',
  },
  {
    id: 'scowcroft-center',
    name: 'Scowcroft Center for Strategy and Security',
    acronyms: [],
    aliases: [
      'Brent Scowcroft Center on International Security',
      'Scowcroft Center on International Security',
      'Brent Scowcroft Center',
    ],
    // On a page naming the Atlantic Council, a bare "Scowcroft Center" is its center.
    contextAliases: ['Scowcroft Center'],
    contextFrom: ['atlantic-council'],
    kind: 'think tank',
    founded: '2012',
    summary:
      'The Atlantic Council\u2019s security and strategy center, launched in September 2012 from the Council\u2019s International Security Program as the Brent Scowcroft Center on International Security and named for General Brent Scowcroft; it studies NATO and the transatlantic alliance, regional and emerging security challenges and long-range strategy, and was later renamed the Scowcroft Center for Strategy and Security.',
    url: 'https://www.atlanticcouncil.org/programs/scowcroft-center-for-strategy-and-security/',
    source:
      'https://www.atlanticcouncil.org/commentary/event-recap/atlantic-council-launches-the-brent-scowcroft-center-on-international-security/ ; https://www.atlanticcouncil.org/brent-scowcroft/ ; https://www.atlanticcouncil.org/programs/scowcroft-center-for-strategy-and-security/',
  },
  {
    id: 'chautauqua-institution',
    name: 'Chautauqua Institution',
    acronyms: [],
    aliases: [],
    kind: 'non-governmental organization',
    founded: '1874',
    seat: 'Chautauqua, New York',
    summary:
      'Nonprofit adult education center and summer community on Chautauqua Lake in western New York, begun in 1874 by Lewis Miller and Methodist Bishop John Heyl Vincent as a camp for Sunday school teachers; each summer season it offers lectures on current issues, worship, concerts, theater and classes around its four pillars of arts, education, religion and recreation.',
    url: 'https://www.chq.org',
    source:
      'http://www.liquisearch.com/chautauqua_institution/history ; https://classicistranieri.com/en/c/h/a/Chautauqua_Institution_ca78.html ; https://environmentalcareer.com/company/35129/chautauqua-institution/',
  },
  {
    id: 'road-scholar',
    name: 'Road Scholar',
    acronyms: [],
    aliases: ['Elderhostel'],
    kind: 'non-governmental organization',
    founded: '1975 (as Elderhostel)',
    seat: 'Boston, Massachusetts',
    summary:
      'U.S. not-for-profit that runs educational travel and study programs, mainly for older adults, across the United States and Canada and in some 150 other countries; it began in 1975 as Elderhostel, offering retirees noncredit classes and dormitory lodging on New Hampshire campuses, and took its present name in 2010.',
    url: 'https://www.roadscholar.org',
    source:
      'https://en.wikipedia.org/wiki/Road_Scholar ; https://www.nextavenue.org/road-scholar-once-elderhostel-targets-boomers/ ; http://explorethepacific.com/about-rs.asp',
  },

  // --- Employee affinity groups of the foreign affairs agencies ---
  {
    id: 'hecfaa',
    name: 'Hispanic Employee Council of Foreign Affairs Agencies',
    acronyms: ['HECFAA'],
    aliases: [
      'Hispanic Employees Council of Foreign Affairs Agencies',
      'Hispanic Employee Council of the Foreign Affairs Agencies',
      'Hispanic Employees Council of the Foreign Affairs Agencies',
    ],
    kind: 'association',
    founded: '1982',
    summary:
      'The State Department employee affinity group of Hispanic and Latino employees, a nonprofit set up in 1982 to press for their recruitment, retention and advancement and for a foreign affairs workforce as diverse as the country; it holds events for Hispanic Heritage Month.',
    source:
      'https://statemag.state.gov/2020/11/1120itn04/ ; https://statemag.state.gov/2022/09/0922feat02/ ; https://afsa.org/sites/default/files/flipping_book/0315/64',
  },
  {
    id: 'aafaa',
    name: 'Asian American Foreign Affairs Association',
    acronyms: ['AAFAA'],
    aliases: [
      'Asian-American Foreign Affairs Association',
      'Asian Pacific American Foreign Affairs Council',
    ],
    kind: 'association',
    founded: '1981 (as the Asian Pacific American Foreign Affairs Council)',
    summary:
      'The State Department employee association of Foreign Service and Civil Service members of East, Southeast and South Asian and Pacific Islander descent. It began in 1981 as the Asian Pacific American Foreign Affairs Council, working for equal opportunity in recruitment and career development, and runs career fairs and panels.',
    source:
      'https://careers.state.gov/learn/diversity-inclusion/affinity-groups/ ; https://afsa.org/sites/default/files/flipping_book/1020/44 ; https://afsa.org/sites/default/files/flipping_book/0315/64',
  },
  {
    id: 'aaifaa',
    name: 'Arab Americans in Foreign Affairs Agencies',
    acronyms: ['AAIFAA'],
    aliases: ['Arab-Americans in Foreign Affairs Agencies'],
    kind: 'association',
    summary:
      'A State Department employee affinity group, open to Civil and Foreign Service employees across the foreign affairs agencies, that promotes the cultural, linguistic and professional assets Arab-American employees bring; membership rests on an affinity for Arab culture, not on ethnicity or religion.',
    source:
      'https://careers.state.gov/learn/diversity-inclusion/affinity-groups/ ; http://careers.state.gov/learn/diversity-inclusion/affinity-groups ; https://afsa.org/sites/default/files/flipping_book/0315/64 ; https://afsa.org/sites/default/files/flipping_book/0615/58',
  },
  {
    id: 'executive-women-at-state',
    name: 'Executive Women at State',
    acronyms: ['EW@S'],
    aliases: ['Executive Women @ State'],
    kind: 'association',
    founded: '2007',
    summary:
      "A State Department employee affinity group started in 2007 by former USIA officers to recreate that agency's Women's Action Organization; it advocates gender parity in the senior ranks of the Foreign and Civil Service and mentors women employees.",
    source:
      'https://afsa.org/sites/default/files/flipping_book/0615/44/ ; https://statemag.state.gov/2020/09/0920feat04/ ; https://webarchive.library.unt.edu/eot2008/20090814072203/http://www.careers.state.gov/general/diversity.html',
  },
  {
    id: 'womens-action-organization',
    name: "Women's Action Organization",
    acronyms: [],
    aliases: [],
    kind: 'association',
    summary:
      'A women\u2019s organization of employees of the U.S. Information Agency, active in the early 1990s; its alumnae at the State Department modeled Executive Women at State on it.',
    successor: 'Executive Women at State (modeled on it)',
    source: 'https://afsa.org/sites/default/files/flipping_book/0615/44/',
  },
  {
    id: 'disability-action-group',
    name: 'Disability Action Group',
    acronyms: [],
    aliases: [],
    contextAliases: ['DAG'],
    kind: 'association',
    summary:
      'A State Department employee affinity group that informs, assists and advocates for employees with disabilities, among other things about the accommodations the department offers and how to request them.',
    source:
      'http://afsa.org/making-inclusion-real-affinity-groups-action ; https://webarchive.library.unt.edu/eot2008/20090814072203/http://www.careers.state.gov/general/diversity.html ; https://afsa.org/sites/default/files/flipping_book/1020/44',
  },
  {
    id: 'blacks-in-government',
    name: 'Blacks in Government',
    acronyms: [],
    aliases: ['Blacks In Government National Organization'],
    contextAliases: ['BIG'],
    kind: 'association',
    summary:
      'A national organization of Black public employees with more than 200 chapters; at the State Department its chapters include the Carl T. Rowan Chapter, once the USIA chapter.',
    source:
      'https://careers.state.gov/learn/diversity-inclusion/affinity-groups/ ; https://afsa.org/sites/default/files/flipping_book/0315/64',
  },
  {
    id: 'carl-t-rowan-chapter-big',
    name: 'Carl T. Rowan Chapter of Blacks in Government',
    acronyms: ['CTRBIG', 'BIGCTR'],
    aliases: ['Blacks in Government, Carl T. Rowan Chapter', 'Carl T. Rowan Chapter'],
    kind: 'association',
    summary:
      "The State Department chapter of Blacks in Government, a 501(c)(3) organization; it was the U.S. Information Agency's chapter until the department recognized it in April 2001, after USIA's abolition, and renamed it after Carl T. Rowan.",
    source:
      'https://careers.state.gov/learn/diversity-inclusion/affinity-groups/ ; http://fgks.org/proxy/index.php?q=aHR0cHM6Ly93ZWIuYXJjaGl2ZS5vcmcvd2ViLzIwMjAxMTI3MDEzNjQwL2h0dHBzOi8vY2FyZWVycy5zdGF0ZS5nb3YvbGVhcm4vZGl2ZXJzaXR5LWluY2x1c2lvbi9hZmZpbml0eS1ncm91cHMv',
  },
  {
    id: 'americans-by-choice',
    name: 'Americans by Choice',
    acronyms: [],
    aliases: [],
    contextAliases: ['ABC'],
    kind: 'association',
    summary:
      'A State Department employee organization of foreign-born Americans and recent immigrants, open to all Civil and Foreign Service employees, that makes their contributions known, supports its members and works against the bias they meet.',
    source: 'http://careers.state.gov/learn/diversity-inclusion/affinity-groups',
  },
  {
    id: 'veterans-at-state',
    name: 'Veterans at State',
    acronyms: [],
    aliases: [],
    kind: 'association',
    summary:
      'One of the newer employee affinity groups of the State Department, for employees who served in the U.S. armed forces; like the others it works with AFSA on diversity in the foreign affairs workforce.',
    source: 'https://afsa.org/sites/default/files/flipping_book/0615/58',
  },

  // --- UN advocacy and exchange organizations ---
  {
    id: 'un-foundation',
    name: 'United Nations Foundation',
    acronyms: [],
    aliases: ['UN Foundation'],
    kind: 'foundation',
    founded: '1998',
    seat: 'Washington, D.C.',
    summary:
      "A U.S. public charity created in 1998 to carry Ted Turner's pledge of $1 billion to the United Nations, since the UN could not take a private gift directly. It makes grants to UN agencies and builds partnerships and advocacy for the UN's work.",
    url: 'https://unfoundation.org',
    source:
      'https://unfoundation.org/media/five-years-575-million-later-ted-turner-un-foundation-reflect-on-1-billion-gift-to-support-united-nations/ ; https://www.gainesville.com/story/news/2002/07/22/turners-un-foundation-has-gone-far-beyond-expectation/31611168007/ ; https://questionai.com/knowledge/kABRpzCdEj-united-nations-foundation',
  },
  {
    id: 'better-world-campaign',
    name: 'Better World Campaign',
    acronyms: [],
    aliases: ['Better World Fund'],
    kind: 'non-governmental organization',
    founded: '1998 (the Better World Fund)',
    summary:
      "The advocacy arm of the Better World Fund, the UN Foundation's sister organization founded with Ted Turner's gift; it lobbies for U.S. political and financial support of the United Nations, its peacekeeping and its humanitarian work.",
    source:
      'https://borgenproject.org/the-better-world-fund/ ; https://unfoundation.org/media/five-years-575-million-later-ted-turner-un-foundation-reflect-on-1-billion-gift-to-support-united-nations/ ; https://en.wikipedia.org/wiki/United_Nations_Association_of_the_United_States_of_America',
  },
  {
    id: 'una-usa',
    name: 'United Nations Association of the United States of America',
    acronyms: ['UNA-USA'],
    aliases: [
      'United Nations Association of the USA',
      'United Nations Association of the United States',
      'American Association for the United Nations',
    ],
    kind: 'non-governmental organization',
    founded: '1943 (as the American Association for the United Nations; present form 1964)',
    seat: 'Washington, D.C.',
    summary:
      'A grassroots membership organization with chapters across the country that builds American support for the United Nations. It grew out of the American Association for the United Nations, which Eleanor Roosevelt led, and its 1964 merger with the U.S. Committee for the United Nations; it is now a program of the UN Foundation.',
    url: 'https://unausa.org',
    source:
      'https://en.wikipedia.org/wiki/United_Nations_Association_of_the_United_States_of_America ; https://borgenproject.org/tag/league-of-nations/ ; https://unamontereybay.org/about/ ; https://sourcewatch.org/index.php?title=United_Nations_Association_of_the_United_States_of_America',
  },
  {
    id: 'ncuscr',
    name: 'National Committee on United States-China Relations',
    acronyms: ['NCUSCR'],
    aliases: [
      'National Committee on U.S.-China Relations',
      'National Committee on US-China Relations',
    ],
    kind: 'non-governmental organization',
    founded: '1966',
    seat: 'New York, New York',
    summary:
      'A nonprofit founded in 1966 by scholars and civic, religious and business leaders to open American debate on China policy. It hosted the Chinese table tennis team\'s 1972 U.S. tour in the second round of "ping-pong diplomacy" and has run exchanges and dialogues between Americans and Chinese ever since.',
    url: 'https://www.ncuscr.org',
    source:
      'https://www.ncuscr.org/history/ ; https://www.ncuscr.org/facts ; https://www.rbf.org/about/our-history/timeline/national-committee-us-china-relations ; http://cryer.org.uk/National_Committee_on_US-China_Relations',
  },
  {
    id: 'american-councils',
    name: 'American Councils for International Education',
    acronyms: [],
    aliases: ['American Councils', 'American Council of Teachers of Russian', 'ACTR/ACCELS'],
    kind: 'non-governmental organization',
    founded: '1974 (as the American Council of Teachers of Russian)',
    seat: 'Washington, D.C.',
    summary:
      'A nonprofit for international education, academic exchange and language study, begun in 1974 as the American Council of Teachers of Russian to build scholarly exchanges with the Soviet Union. It runs State Department exchanges such as the FLEX and Kennedy-Lugar YES high school programs.',
    url: 'https://www.americancouncils.org',
    source:
      'https://en.wikipedia.org/wiki/American_Councils_for_International_Education ; http://americancouncils.am/about-the-organization/ ; https://inbound.americancouncils.org/global-community ; http://the-uncensored-wiki.com:20082/articles/a/m/e/American_Councils_for_International_Education_8352.html',
  },
  {
    id: 'world-learning',
    name: 'World Learning',
    acronyms: [],
    aliases: ['Experiment in International Living'],
    kind: 'non-governmental organization',
    founded: '1932 (as the Experiment in International Living)',
    seat: 'Brattleboro, Vermont',
    summary:
      'A nonprofit for international education, development and exchange that began in 1932 as the Experiment in International Living, which pioneered homestays abroad for young Americans and helped train early Peace Corps volunteers; it took its present name in 1992 and runs the School for International Training.',
    url: 'https://www.worldlearning.org',
    source:
      'https://en.wikipedia.org/wiki/World_Learning ; http://www.reformer.com/stories/international-experiment-returns-to-vermont-roots,384757 ; https://www.reformer.com/community-news/world-learning-celebrating-90th-anniversary/article_40e98e82-9feb-11ec-a888-1b4e38ff5b54.html ; https://www.idealist.org/en/nonprofit/7516d373ca294180a93f3fcc351b4e68-world-learning-brattleboro?redirected-from-listing=true',
  },

  // --- Foreign and overseas think tanks ---
  {
    id: 'rusi',
    name: 'Royal United Services Institute',
    acronyms: ['RUSI'],
    aliases: [
      'Royal United Services Institute for Defence and Security Studies',
      'Royal United Service Institute for Defence and Security Studies',
      'Royal United Services Institute for Defence Studies',
      'Royal United Services Institution',
      // As the Journal once misprinted it (April 2019).
      'Royal United Security Institute',
    ],
    kind: 'think tank',
    founded: '1831',
    seat: 'Whitehall, London, United Kingdom',
    summary:
      "Britain's defence and security think tank and the oldest in the world, founded in 1831 on the Duke of Wellington's initiative as a naval and military museum for the study of military science; it researches and debates defence, security and international affairs.",
    url: 'https://rusi.org',
    source:
      'https://rusi.org/about/our-purpose ; https://rusi.org/about/our-purpose/our-history ; https://wikimili.com/wiki/Royal_United_Services_Institute ; misprint: https://afsa.org/sites/default/files/flipping_book/0419/23/',
  },
  {
    id: 'carnegie-moscow-center',
    name: 'Carnegie Moscow Center',
    acronyms: [],
    aliases: [],
    kind: 'think tank',
    founded: '1994',
    ended: '2022 (closed by order of the Russian government)',
    successor: 'the Carnegie Russia Eurasia Center in Berlin (2023)',
    seat: 'Moscow, Russia',
    summary:
      "The Carnegie Endowment's center in Moscow, the first independent think tank to open in Russia after the Soviet collapse, which studied Russian domestic and foreign policy from 1994 until the Russian government forced it to close in April 2022.",
    source:
      'http://en.wikipedia.org/wiki/Carnegie_Moscow_Center ; http://www.thinktankwatch.com/2022/04/carnegie-forced-to-close-its-moscow.html ; https://varese7press.it/2023/04/26/carnegie-endowment-for-international-peace-opens-new-carnegie-russia-eurasia-center-in-berlin ; https://afsa.org/sites/default/files/flipping_book/0310/9/',
  },
  {
    id: 'carnegie-russia-eurasia-center',
    name: 'Carnegie Russia Eurasia Center',
    acronyms: [],
    aliases: [],
    kind: 'think tank',
    founded: '2023',
    seat: 'Berlin, Germany',
    summary:
      "The Carnegie Endowment's center for Russia, Ukraine and Eurasia, opened in Berlin in April 2023 as the successor to the Carnegie Moscow Center that Russia had shut down.",
    source:
      'https://varese7press.it/2023/04/26/carnegie-endowment-for-international-peace-opens-new-carnegie-russia-eurasia-center-in-berlin',
  },
  {
    id: 'carnegie-middle-east-center',
    name: 'Malcolm H. Kerr Carnegie Middle East Center',
    acronyms: ['CMEC'],
    aliases: ['Carnegie Middle East Center'],
    kind: 'think tank',
    founded: '2006',
    seat: 'Beirut, Lebanon',
    summary:
      "The Carnegie Endowment's Beirut-based center for policy research on the Arab world, Turkey and Iran, staffed largely by scholars from the region; opened in November 2006, it was renamed in October 2020 for Malcolm H. Kerr, the Middle East scholar and president of the American University of Beirut.",
    source:
      'https://carnegieendowment.org/publications/index.cfm?fa=view&id=18685&prog=zgp&proj=zme ; https://www.carnegieendowment.org/middle-east ; https://en-two.iwiki.icu/wiki/The_Malcolm_H._Kerr_Carnegie_Middle_East_Center ; https://afsa.org/sites/default/files/flipping_book/0310/9/',
  },
  {
    id: 'saiia',
    name: 'South African Institute of International Affairs',
    acronyms: ['SAIIA'],
    aliases: [],
    kind: 'think tank',
    founded: '1934',
    seat: 'Jan Smuts House, University of the Witwatersrand, Johannesburg, South Africa',
    summary:
      'An independent South African foreign policy think tank founded in Cape Town in 1934 by politicians, academics and editors; housed in Jan Smuts House in Johannesburg, it researches governance, economic diplomacy and foreign policy in Africa.',
    url: 'https://saiia.org.za',
    source:
      'https://saiia.org.za/about/our-history/ ; https://goodnames.eth.link/wiki/South_African_Institute_of_International_Affairs.html ; https://afsa.org/sites/default/files/flipping_book/0310/9/',
  },
  {
    id: 'jiia',
    name: 'Japan Institute of International Affairs',
    acronyms: ['JIIA'],
    aliases: [],
    kind: 'think tank',
    founded: '1959',
    seat: 'Tokyo, Japan',
    summary:
      "Japan's leading foreign policy and security think tank, set up in December 1959 at the urging of former Prime Minister Shigeru Yoshida on the model of Chatham House; a private foundation once affiliated with the Ministry of Foreign Affairs, it studies Japanese foreign policy and makes proposals to the government.",
    url: 'https://www.jiia.or.jp',
    source:
      'https://www2.jiia.or.jp/en/aboutus.php ; https://en.wikipedia.org/wiki/Japan_Institute_of_International_Affairs ; http://www.nira.or.jp/past/ice/nwdtt/2005/DAT/1176.html ; https://afsa.org/sites/default/files/flipping_book/0310/9/',
  },

  // --- Foreign Service charities and federal employee groups ---
  {
    id: 'kirby-simon-trust',
    name: 'J. Kirby Simon Foreign Service Trust',
    acronyms: [],
    aliases: ['Kirby Simon Foreign Service Trust', 'Kirby Simon Trust'],
    kind: 'foundation',
    founded: '1997 (first grants)',
    summary:
      'A charitable fund set up in memory of J. Kirby Simon, a Foreign Service officer who died in Taiwan in 1995. Run by volunteer trustees without staff, it makes small grants, usually a few thousand dollars, to volunteer projects that Foreign Service members and their families carry out on their own time at posts abroad.',
    url: 'https://kirbysimontrust.org',
    source:
      'https://afsa.org/sites/default/files/flipping_book/0316/51 ; https://afsa.org/sites/default/files/flipping_book/0316/53/ ; https://afsa.org/sites/default/files/flipping_book/1208/6 ; https://kirbysimontrust.org/2021-grant-awards/',
  },
  {
    id: 'public-members-association-fs',
    name: 'Public Members Association of the Foreign Service',
    acronyms: [],
    aliases: [],
    kind: 'association',
    summary:
      'An association of the private citizens who have served as public members of Foreign Service selection boards, promotion panels and inspection teams; since 1992 it has funded an AFSA scholarship for a college junior or senior planning a Foreign Service career.',
    source:
      'https://afsa.org/sites/default/files/flipping_book/0312/35 ; http://www.afsa.org/sites/default/files/flipping_book/0312/files/assets/seo/page39.html',
  },
  {
    id: 'narfe',
    name: 'National Active and Retired Federal Employees Association',
    acronyms: ['NARFE'],
    aliases: ['National Association of Retired Federal Employees'],
    kind: 'association',
    founded: '1921',
    seat: 'Alexandria, Virginia',
    summary:
      'The membership association that defends the pay and benefits of active and retired federal civilian employees and their survivors, formed in February 1921 by fourteen retirees after the first civil service retirement law. It was the National Association of Retired Federal Employees until 2005 and works with other groups in the Federal-Postal Coalition.',
    url: 'https://www.narfe.org',
    source:
      'https://www.fedsmith.com/2005/03/29/retirement-association-changes-name-not-acronym/ ; https://en.wikipedia.org/wiki/NARFE ; https://studylib.net/doc/9381587/narfe-90th-anniversary-book ; http://www.postalreporternews.net/2011/01/13/federal-postal-coalition-letter-urging-president-obama-to-reject-deficit-commission-proposals/',
  },
  {
    id: 'federal-postal-coalition',
    name: 'Federal-Postal Coalition',
    acronyms: [],
    aliases: ['Federal Postal Coalition'],
    kind: 'association',
    summary:
      'A coalition of some thirty national unions and management and retiree associations speaking for about five million federal and postal employees and annuitants; it writes jointly to the president and Congress against cuts to federal pay, retirement and health benefits.',
    source:
      'https://www.21cpw.com/nalc-and-fed-postal-coalition-play-defense-against-pension-proposals/ ; https://federalnewsnetwork.com/tag/federal-postal-coalition/page/2/ ; http://www.postalreporternews.net/2011/01/13/federal-postal-coalition-letter-urging-president-obama-to-reject-deficit-commission-proposals/',
  },

  {
    id: 'trilateral-commission',
    name: 'Trilateral Commission',
    acronyms: [],
    aliases: [],
    kind: 'non-governmental organization',
    founded: '1973',
    summary:
      'A private organization of business, political and academic figures from North America, Western Europe and Japan, founded in July 1973 on David Rockefeller\u2019s initiative with Zbigniew Brzezinski as its first director, to foster cooperation among the industrial democracies; it meets yearly in a rotating region.',
    url: 'https://www.trilateral.org',
    source:
      'http://www.princeton.edu/~achaney/tmve/wiki100k/docs/Trilateral_Commission.html ; https://rockarch.issuelab.org/resource/the-formation-of-the-trilateral-commission.html ; http://jabi.com/Politics/pg/soapbox/NWO/TrilateralCommission',
  },

  // --- U.S. groups on the Middle East, citizen diplomacy and relief ---
  {
    id: 'ncusar',
    name: 'National Council on U.S.-Arab Relations',
    acronyms: ['NCUSAR'],
    aliases: ['National Council on US-Arab Relations'],
    kind: 'non-governmental organization',
    founded: '1983',
    seat: 'Washington, D.C.',
    summary:
      "An American educational nonprofit founded in 1983 by John Duke Anthony to improve American understanding of the Arab world; it runs the Model Arab League for students, an annual Arab-U.S. policymakers' conference, study abroad and exchanges.",
    url: 'https://ncusar.org',
    source:
      'https://fdocuments.net/document/council-chronicle-vol-1-no-1-spring-summer-2007-2007-vol-1-no-1-august.html ; https://docslib.org/doc/4173419/national-council-on-u-s-arab-relations-2012-annual-report ; https://ncusar.org/blog/page/39',
  },
  {
    id: 'mepc',
    name: 'Middle East Policy Council',
    acronyms: ['MEPC'],
    aliases: ['American Arab Affairs Council', 'American-Arab Affairs Council'],
    kind: 'think tank',
    founded: '1981 (as the American Arab Affairs Council)',
    seat: 'Washington, D.C.',
    summary:
      'A nonpartisan nonprofit founded in 1981 as the American Arab Affairs Council to widen American debate on U.S. policy in the Middle East; it publishes the quarterly journal Middle East Policy and holds a Capitol Hill conference series. Its presidents have included George McGovern and Ambassador Chas Freeman.',
    url: 'https://mepc.org',
    source:
      'https://mepc.org/about-council ; https://wikimili.com/en/Middle_East_Policy_Council ; http://web.archive.org/web/20170405192521/http:/mepc.org/about-council/history',
  },
  {
    id: 'sister-cities-international',
    name: 'Sister Cities International',
    acronyms: [],
    aliases: [],
    kind: 'non-governmental organization',
    founded: '1956',
    summary:
      "The network of American communities paired with cities abroad, born of President Eisenhower's 1956 White House conference on citizen diplomacy and its People-to-People program; it builds cultural, educational and trade exchanges between partner cities.",
    url: 'https://sistercities.org',
    source:
      'http://sistercities.org/mission-and-history ; https://www.scnashville.org/history-of-sci.html ; https://mountainrunner.us/tag/citizen-diplomacy/',
  },
  {
    id: 'afsc',
    name: 'American Friends Service Committee',
    acronyms: ['AFSC'],
    aliases: [],
    kind: 'non-governmental organization',
    founded: '1917',
    summary:
      'The Quaker relief and peace organization founded in 1917 to give conscientious objectors humanitarian service in place of war service; it rebuilt in France after World War I, fed the hungry in Germany and Russia, aided refugees and shared the 1947 Nobel Peace Prize with the British Friends Service Council.',
    url: 'https://www.afsc.org',
    source:
      'https://nobelprize.org/nobel_prizes/peace/laureates/1947/friends-committee-facts.html ; https://www.nobelpeaceprize.org/laureates/1947 ; https://nobelprize.org/page/2/?np-year=1947',
  },

  // --- Schools, tandems, peacebuilding and volunteer executives ---
  {
    id: 'international-schools-services',
    name: 'International Schools Services',
    acronyms: [],
    aliases: [],
    contextAliases: ['ISS'],
    kind: 'non-governmental organization',
    founded: '1955',
    seat: 'Princeton, New Jersey',
    summary:
      'A nonprofit founded in 1955 by Arthur Sweetser to support the American and international schools abroad that Foreign Service children attend; it recruits teachers, supplies schools and founds and manages schools of its own.',
    url: 'https://www.iss.edu',
    source:
      'https://en.wikipedia.org/wiki/International_Schools_Services ; https://educatorcareers.iss.edu/who-we-are/about ; https://afsa.org/sites/default/files/flipping_book/0604/88',
  },
  {
    id: 'working-in-tandem',
    name: 'Working in Tandem',
    acronyms: [],
    aliases: [],
    contextAliases: ['WiT'],
    kind: 'association',
    summary:
      "The employee group of State Department tandem couples, in which both spouses are Foreign Service members; it sits on the department's tandem working group and presses, with AFSA, for assignment policies that let tandems serve together.",
    source:
      'https://afsa.org/sites/default/files/flipping_book/0519/32/ ; https://afsa.org/sites/default/files/flipping_book/0524/',
  },
  {
    id: 'imtd',
    name: 'Institute for Multi-Track Diplomacy',
    acronyms: ['IMTD'],
    aliases: [],
    kind: 'non-governmental organization',
    founded: '1992',
    seat: 'Arlington, Virginia',
    summary:
      'A nonprofit peacebuilding organization founded in 1992 by retired Ambassador John W. McDonald and Louise Diamond to apply a systems approach, drawing on many "tracks" beyond official diplomacy, to deep-rooted ethnic and social conflicts through training, dialogue and mediation.',
    url: 'http://imtd.org',
    source:
      'https://afsa.org/sites/default/files/flipping_book/0106/33/ ; https://ncdd.org/rc/item/170/ ; http://imtd.org/programs/peacebuilding-clinic/84-about',
  },
  {
    id: 'iesc',
    name: 'International Executive Service Corps',
    acronyms: ['IESC'],
    aliases: [],
    kind: 'non-governmental organization',
    founded: '1964',
    seat: 'Washington, D.C.',
    summary:
      'A nonprofit, launched by President Johnson in June 1964 at the initiative of David Rockefeller and other business leaders, that sends experienced American executives as volunteer advisers to businesses in developing countries, often under USAID programs.',
    url: 'https://iesc.org',
    source:
      'https://iesc.org/our-story/history/ ; http://www.iesc.org/remembering-david-rockefeller-iesc-founder?skin=printerfriendly ; https://focuswashington.com/2013/08/09/ambassador-thomas-miller-on-the-success-and-future-of-international-and-executive-service-corps/',
  },

  {
    id: 'ecfr',
    name: 'European Council on Foreign Relations',
    acronyms: ['ECFR'],
    aliases: [],
    kind: 'think tank',
    founded: '2007',
    seat: 'London, United Kingdom (offices in Berlin, Madrid, Paris, Rome, Sofia and Warsaw)',
    summary:
      'A pan-European foreign policy think tank launched in October 2007 by fifty prominent Europeans with Open Society and other funding, to press for a more coherent, values-based European foreign policy; it is unrelated to the U.S. Council on Foreign Relations.',
    url: 'https://ecfr.eu',
    source:
      'http://en.wikipedia.org/wiki/European_Council_on_Foreign_Relations ; http://www.efc.be/organisation/european-council-on-foreign-relations/ ; http://the-uncensored-wiki.com:20082/articles/e/u/r/European_Council_on_Foreign_Relations_91e8.html',
  },
  {
    id: 'alliance-francaise',
    name: 'Alliance Française',
    acronyms: [],
    aliases: ['Alliances Françaises'],
    kind: 'non-governmental organization',
    founded: '1883',
    seat: 'Paris, France',
    summary:
      'The association founded in Paris on 21 July 1883, by Louis Pasteur, Ferdinand de Lesseps, Jules Verne and others, to spread the French language abroad; its several hundred centers worldwide are locally run and mostly self-financed, unlike the state-run Instituts français.',
    source:
      'http://piglix.com/piglix/Alliance_Fran%C3%A7aise ; https://afmonaco.mc/histoireaf/?lang=en ; https://de.zxc.wiki/wiki/Alliance_Francaise',
  },
  {
    id: 'no-one-left-behind',
    name: 'No One Left Behind',
    acronyms: ['NOLB'],
    aliases: [],
    kind: 'non-governmental organization',
    founded: '2013',
    seat: 'Merrifield, Virginia',
    summary:
      'A charity founded in 2013 by Army veteran Matt Zeller and his former Afghan interpreter Janis Shinwari that advocates for the Special Immigrant Visa program and helps Afghan and Iraqi interpreters who served U.S. forces resettle in the United States.',
    url: 'https://www.nooneleft.org',
    source:
      'https://wikimili.com/en/No_One_Left_Behind ; https://www.aaiusa.org/saving_the_interpreters_who_were_left_behind ; https://myuhaulstory.com/2015/05/06/no-one-left-behind-uses-u-haul-serve-heroes',
  },

  // --- Demining and disarmament NGOs, exchange bodies and policy institutes ---
  {
    id: 'halo-trust',
    name: 'HALO Trust',
    acronyms: [],
    aliases: ['The HALO Trust', 'Hazardous Area Life-support Organization'],
    kind: 'non-governmental organization',
    founded: '1988',
    seat: 'Thornhill, Dumfries and Galloway, Scotland',
    summary:
      'A British humanitarian demining charity, also registered in the United States, that clears landmines and other explosive remnants of war; it began in 1988 by clearing Soviet-era mines in Afghanistan, where it still works, and works in nearly 30 countries.',
    url: 'https://www.halotrust.org',
    source:
      'https://www.wiki3.en-us.nina.az/Halo_Trust.html ; https://www.thetimes.co.uk/article/the-times-view-on-the-halo-trust-in-afghanistan-safe-ground-ccf5slztv ; https://n.global.ssl.fastly.net/search/?diff=cur&oldid=438561930&title=HALO_Trust',
  },
  {
    id: 'icbl',
    name: 'International Campaign to Ban Landmines',
    acronyms: ['ICBL', 'ICBL-CMC'],
    aliases: [],
    kind: 'non-governmental organization',
    founded: '1992',
    seat: 'Geneva, Switzerland',
    summary:
      'A global network of NGOs, formed in October 1992 by six groups including Human Rights Watch and Handicap International, that campaigned for the 1997 Ottawa treaty banning antipersonnel mines and shared the 1997 Nobel Peace Prize with its coordinator, Jody Williams; in 2011 it merged with the Cluster Munition Coalition.',
    url: 'http://www.icbl.org',
    source:
      'https://nobelprize.org/prizes/peace/1997/icbl/history ; http://www.encyclopedia.com/reference/encyclopedias-almanacs-transcripts-and-maps/international-campaign-ban-landmines ; https://humanitariandisarmament.org/campaigns/international-campaign-to-ban-landmines/',
  },
  {
    id: 'pugwash',
    name: 'Pugwash Conferences on Science and World Affairs',
    acronyms: [],
    aliases: ['Pugwash Conferences', 'Pugwash Conference', 'Pugwash movement'],
    kind: 'non-governmental organization',
    founded: '1957',
    summary:
      'A series of meetings of scientists and public figures, who attend in a personal capacity, working to reduce the danger of nuclear weapons and armed conflict; it grew out of the 1955 Russell-Einstein Manifesto, first met at Pugwash, Nova Scotia, in 1957, and shared the 1995 Nobel Peace Prize with Joseph Rotblat.',
    url: 'https://pugwash.org',
    source:
      'https://kids.britannica.com/students/article/Pugwash-Conferences/313094 ; https://encyclopediahub.com/?p=21188 ; https://securesustain.org/abstract/pugwash-conferences-on-science-and-world-affairs/',
  },
  {
    id: 'daad',
    name: 'German Academic Exchange Service',
    acronyms: ['DAAD'],
    aliases: ['Deutscher Akademischer Austauschdienst'],
    kind: 'association',
    founded: '1925',
    seat: 'Bonn, Germany',
    summary:
      'The association of German universities and student bodies that funds international exchanges of students and scholars, mostly with federal money from the Foreign Office and other ministries; founded in Heidelberg in 1925 and re-founded in 1950, it is among the largest such funders in the world.',
    source:
      'https://www.daad.id/de/ueber-uns-2/ueber-den-daad/ ; https://memim.com/german-academic-exchange-service.html ; https://scheer-group.com/en/customers-partnerships/customers-and-reference-stories/translate-to-english-customer-success-story-daad',
  },
  {
    id: 'lowy-institute',
    name: 'Lowy Institute',
    acronyms: [],
    aliases: ['Lowy Institute for International Policy'],
    kind: 'think tank',
    founded: '2003',
    seat: 'Sydney, Australia',
    summary:
      'An independent Australian international-policy think tank founded in April 2003 with an endowment from the businessman Frank Lowy; it researches political, strategic and economic questions from an Australian perspective and publishes The Interpreter.',
    url: 'https://www.lowyinstitute.org',
    source:
      'https://www.lowyinterpreter.org.au/about ; https://wikimili.com/en/Lowy_Institute ; https://persagen.com/docs/Lowy_Institute.html',
  },
  {
    id: 'committee-for-economic-development',
    name: 'Committee for Economic Development',
    acronyms: ['CED'],
    aliases: [],
    kind: 'think tank',
    founded: '1942',
    summary:
      'A U.S. public-policy organization of senior business executives and university leaders, set up in 1942 to plan the shift to a peacetime economy; its early work backed the Bretton Woods institutions, and it has since issued policy statements on trade, the budget, education and campaign finance.',
    source:
      'https://docslib.org/doc/4779220/ced-annual-report-pgs-1-18 ; https://docslib.org/download/11543067/at-home-in-the-world ; http://herinst.org/BusinessManagedDemocracy/government/national/CED.html',
  },
  {
    id: 'senior-seminar-alumni-association',
    name: 'Senior Seminar Alumni Association',
    acronyms: [],
    aliases: [],
    kind: 'association',
    summary:
      "The association of graduates of the State Department's Senior Seminar, the nine-month executive course that ran for 46 classes until 2004; its officers and board followed the course's closing.",
    source: 'https://afsa.org/sites/default/files/flipping_book/1108/14/',
  },
];

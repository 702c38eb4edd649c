// The glossary's congressional bodies: the chambers, the committees FSJ names, Congress's agencies and commissions.
// Facts come from the pages named in each entry's `source`; card summaries are written for FSJ Gloss.

import type { GlossaryEntry } from '../types';

/** The Senate's committees and subcommittees that have entries here. */
const SENATE_COMMITTEES = [
  'sfrc',
  'senate-appropriations',
  'senate-sfops',
  'sasc',
  'ssci',
  'church-committee',
  'senate-judiciary',
  'senate-finance',
  'senate-budget',
  'hsgac',
  'psi',
  'senate-rules',
  'senate-banking',
  'tydings-committee',
  'siss',
  'jackson-subcommittee',
  'nsso-subcommittee',
  'sfrc-state-management-subcommittee',
  'hsgac-ogm-subcommittee',
  'senate-commerce',
];

/** The House's committees and subcommittees that have entries here. */
const HOUSE_COMMITTEES = [
  'hfac',
  'house-appropriations',
  'house-nsrp',
  'hasc',
  'hpsci',
  'huac',
  'house-judiciary',
  'ways-and-means',
  'house-budget',
  'house-homeland-security',
  'house-oversight',
  'house-rules',
  'benghazi-committee',
  'pike-committee',
  'house-select-committee-ccp',
  'hfac-africa-global-health',
  'house-energy-commerce',
];

export const CONGRESS: readonly GlossaryEntry[] = [
  {
    id: 'us-congress',
    name: 'United States Congress',
    acronyms: [],
    aliases: ['Congress'],
    contextAliases: ['the Hill', 'The Hill', 'Capitol Hill'],
    // A page naming either chamber, or the foreign affairs agencies Congress funds, means it by "the Hill".
    contextFrom: ['us-senate', 'us-house', 'state-department', 'usaid', 'afsa'],
    kind: 'US congressional body',
    founded: '1789 (first met)',
    seat: 'United States Capitol, Washington, D.C.',
    summary:
      'The legislative branch of the US federal government, made up of the Senate and the House of Representatives (535 voting members). It passes laws, funds the government, including the State Department and foreign assistance, and oversees the executive branch.',
    source:
      'https://corg.indiana.edu/two-houses-united-states-congress; https://guides.hmcpl.org/unitedstatesgovernmentthecongress; https://secondamendmentsupporters.com/info/glossary/congress/; https://www.senate.gov/about/origins-foundations/committee-system.htm',
  },
  {
    id: 'us-senate',
    name: 'United States Senate',
    acronyms: [],
    aliases: [],
    contextAliases: ['Senate', 'the Senate'],
    // A page naming Congress, either chamber's committees, or the State Department and the Foreign
    // Service whose nominees the Senate confirms, means it by a bare "Senate".
    contextFrom: [
      'us-congress',
      'us-house',
      ...SENATE_COMMITTEES,
      ...HOUSE_COMMITTEES,
      'state-department',
      'foreign-service',
      'afsa',
    ],
    kind: 'US congressional body',
    founded: '1789',
    seat: 'United States Capitol, Washington, D.C.',
    summary:
      'The chamber of Congress in which each state has two senators, elected for six-year terms. Besides legislating, it alone gives advice and consent to treaties and confirms presidential nominees, among them ambassadors and senior State Department officials.',
    source:
      'https://corg.indiana.edu/two-houses-united-states-congress; https://foundations.doctorparadox.net/Companies+and+Orgs/Congress',
  },
  {
    id: 'us-house',
    name: 'United States House of Representatives',
    acronyms: [],
    aliases: ['House of Representatives', 'United States House'],
    contextAliases: ['the House', 'The House'],
    // A page naming Congress, the Senate or a committee of either chamber means it by "the House".
    contextFrom: ['us-congress', 'us-senate', ...HOUSE_COMMITTEES, ...SENATE_COMMITTEES],
    kind: 'US congressional body',
    founded: '1789',
    seat: 'United States Capitol, Washington, D.C.',
    summary:
      'The chamber of Congress whose 435 voting members are apportioned among the states by population and elected for two-year terms. Revenue bills must start there, and it alone can impeach federal officials.',
    source:
      'https://corg.indiana.edu/two-houses-united-states-congress; https://foundations.doctorparadox.net/Companies+and+Orgs/Congress; https://secondamendmentsupporters.com/info/glossary/congress/',
  },
  {
    id: 'sfrc',
    name: 'Senate Committee on Foreign Relations',
    acronyms: ['SFRC'],
    aliases: [
      'Senate Foreign Relations Committee',
      'United States Senate Committee on Foreign Relations',
    ],
    contextAliases: ['Foreign Relations Committee'],
    kind: 'US congressional body',
    founded: '1816',
    summary:
      'The Senate standing committee for foreign policy: it considers treaties, holds jurisdiction over all diplomatic nominations, including ambassadors and the Secretary of State, and handles legislation on arms control, trade, foreign aid and other international issues. It is one of the Senate\u2019s original standing committees.',
    source:
      'https://www.archives.gov/legislative/guide/senate/chapter-10.html; https://dcsemester.uga.edu/internship/senate-committee-on-foreign-relations; https://www.cop.senate.gov/artandhistory/history/common/generic/People_SFRC_chairmen.htm',
  },
  {
    id: 'hfac',
    name: 'House Committee on Foreign Affairs',
    acronyms: ['HFAC', 'HIRC'],
    aliases: [
      'House Foreign Affairs Committee',
      'United States House Committee on Foreign Affairs',
      'House Committee on International Relations',
      'House International Relations Committee',
    ],
    contextAliases: ['Foreign Affairs Committee'],
    kind: 'US congressional body',
    founded: '1822 (as a standing committee)',
    summary:
      'The House standing committee for foreign affairs, with jurisdiction over legislation affecting the State Department, USAID, the Peace Corps and US participation in the United Nations, and over foreign economic and military aid. It was called the Committee on International Relations in 1975\u201379 and 1995\u20132007.',
    source:
      'https://www.wikiyy.com/en/United_States_House_Committee_on_Foreign_Affairs; https://www.washingtontimes.com/news/2007/jan/5/20070105-095609-8456r/; https://issuhub.com/view/index/23571?pageIndex=147; https://www.scribd.com/document/343742177/House-Foreign-Affairs-Committee-Tekst',
  },
  {
    id: 'house-appropriations',
    name: 'House Committee on Appropriations',
    acronyms: [],
    aliases: ['House Appropriations Committee'],
    kind: 'US congressional body',
    founded: '1865',
    summary:
      'The House committee that writes the annual bills funding the federal government, exercising Congress\u2019s constitutional power of the purse through subcommittees organized by agency; it took the spending power from Ways and Means at the end of the Civil War.',
    url: 'https://appropriations.house.gov',
    source:
      'https://history.house.gov/HistoricalHighlight/Detail/15032398311; https://www.edocr.com/v/enwx7xb9/globaldocuments/committeeonappropriationspdf; https://www.everycrsreport.com/files/20151013_RL31572_0abed43c1c53ff1055eee0e45b2069791d6e8106.html',
  },
  {
    id: 'senate-appropriations',
    name: 'Senate Committee on Appropriations',
    acronyms: [],
    aliases: ['Senate Appropriations Committee'],
    kind: 'US congressional body',
    founded: '1867',
    summary:
      'The Senate committee responsible for the annual appropriations bills that fund the federal government, working through subcommittees that mirror the executive branch; it was created to take spending bills from the Finance Committee.',
    url: 'https://www.appropriations.senate.gov',
    source:
      'https://www.appropriations.senate.gov/about/history; https://www.senate.gov/about/origins-foundations/committee-system/appropriations-committee-created.htm; https://www.everycrsreport.com/files/2025-03-18_RL31572_6c7a262e8ca1313647f6c2e2139deb25c85d49ab.html',
  },
  {
    id: 'house-nsrp',
    name: 'House Appropriations Subcommittee on National Security, Department of State, and Related Programs',
    acronyms: [],
    aliases: [
      'Subcommittee on National Security, Department of State, and Related Programs',
      'House Appropriations Subcommittee on State, Foreign Operations, and Related Programs',
      'House State, Foreign Operations Subcommittee',
      'House SFOPS',
    ],
    kind: 'US congressional body',
    summary:
      'The House appropriations subcommittee that writes the annual bill funding the State Department, USAID, contributions to international organizations and other foreign affairs programs. It was long called the Subcommittee on State, Foreign Operations, and Related Programs.',
    url: 'https://appropriations.house.gov/subcommittees/national-security-department-state-and-related-programs',
    source:
      'https://appropriations.house.gov/subcommittees/national-security-department-state-and-related-programs?page=9; https://appropriations.house.gov/subcommittees/state-foreign-operations-and-related-programs-117th-congress; https://democrats-appropriations.house.gov/subcommittees/state-foreign-operations-and-related-programs-114th-congress?page=1',
  },
  {
    id: 'senate-sfops',
    name: 'Senate Appropriations Subcommittee on State, Foreign Operations, and Related Programs',
    acronyms: [],
    aliases: ['Senate State, Foreign Operations Subcommittee', 'Senate SFOPS'],
    contextAliases: ['SFOPS', 'SFOPs'],
    kind: 'US congressional body',
    summary:
      'The Senate appropriations subcommittee that drafts the annual State, Foreign Operations, and Related Programs (SFOPS) bill, which funds the State Department and USAID, foreign assistance, international organizations and peacekeeping, and agencies such as the Peace Corps and the Millennium Challenge Corporation.',
    source:
      'https://apps.dtic.mil/sti/html/tr/ADA515219/index.html; http://resourceconnection.blogspot.com/2015/06/department-of-state-and-foreign.html; https://www.everycrsreport.com/changes/20180529_R40482_8aa1362e615717bebd07c373b784832d4688aa4e__20190410_R40482_efad9880cb808e31816da81eecdc9ad29c1128e7.html',
  },
  {
    id: 'sasc',
    name: 'Senate Committee on Armed Services',
    acronyms: ['SASC'],
    aliases: ['Senate Armed Services Committee'],
    kind: 'US congressional body',
    founded: '1947',
    summary:
      'The Senate committee with jurisdiction over defense policy and the Department of Defense and military departments, military research, and the pay and benefits of the armed forces. The Legislative Reorganization Act of 1946 created it from the Military Affairs and Naval Affairs committees.',
    url: 'https://www.armed-services.senate.gov',
    source:
      'https://www.armed-services.senate.gov/about/history; https://www.archives.gov/legislative/finding-aids/reference/senate/armed-services/1947-1954.html; https://www.politico.com/story/2016/01/senate-creates-armed-services-committee-jan-2-1947-217202',
  },
  {
    id: 'hasc',
    name: 'House Committee on Armed Services',
    acronyms: ['HASC'],
    aliases: ['House Armed Services Committee', 'House Committee on National Security'],
    kind: 'US congressional body',
    founded: '1947',
    summary:
      'The House committee that writes the annual defense authorization bill and oversees the Department of Defense. Created by the Legislative Reorganization Act of 1946 from the Military Affairs and Naval Affairs committees, it was briefly called the Committee on National Security after 1995.',
    url: 'https://armedservices.house.gov',
    source:
      'https://armedservices.house.gov/about/committee-history; https://issuhub.com/view/index/23571?pageIndex=147; https://www.politico.com/story/2016/01/senate-creates-armed-services-committee-jan-2-1947-217202',
  },
  {
    id: 'ssci',
    name: 'Senate Select Committee on Intelligence',
    acronyms: ['SSCI'],
    aliases: ['Senate Intelligence Committee'],
    kind: 'US congressional body',
    founded: '1976',
    summary:
      'The Senate committee that authorizes and oversees the programs of the US intelligence agencies. It was created in May 1976 after the Church Committee\u2019s investigation of intelligence abuses.',
    source:
      'https://irp.fas.org/cia/product/fact97/legover.htm; https://www.cia.gov/news-information/featured-story-archive/2011-featured-story-archive/the-cia-and-congress-creation-of-the-ssci.html; https://todayinclh.com/?event=house-creates-permanent-select-committee-on-intelligence',
  },
  {
    id: 'hpsci',
    name: 'House Permanent Select Committee on Intelligence',
    acronyms: ['HPSCI'],
    aliases: ['House Intelligence Committee'],
    kind: 'US congressional body',
    founded: '1977',
    summary:
      'The House committee that authorizes and oversees the US intelligence agencies, created in July 1977 after the Pike Committee investigation; with the Senate committee it became, by the Intelligence Oversight Act of 1980, one of the two oversight committees for the CIA.',
    source:
      'https://irp.fas.org/cia/product/fact97/legover.htm; http://mplgovinfo.blogspot.com/2018/12/congressional-oversight-of-intelligence.html',
  },
  {
    id: 'church-committee',
    name: 'Senate Select Committee to Study Governmental Operations with Respect to Intelligence Activities',
    acronyms: [],
    aliases: ['Church Committee'],
    kind: 'US congressional body',
    founded: '1975',
    ended: '1976',
    successor: 'the Senate Select Committee on Intelligence',
    summary:
      'The Senate committee chaired by Frank Church that investigated abuses by the CIA, FBI and other intelligence agencies, including domestic spying and assassination plots; its 1976 final report led to permanent intelligence oversight committees in Congress.',
    source:
      'https://www.cia.gov/news-information/featured-story-archive/2011-featured-story-archive/the-cia-and-congress-creation-of-the-ssci.html; https://www.politico.com/story/2017/01/church-committee-established-jan-27-1975-234079; https://www.cia.gov/news-information/featured-story-archive/2008-featured-story-archive/a-look-back-the-church-committee-meets.html',
  },
  {
    id: 'huac',
    name: 'House Committee on Un-American Activities',
    acronyms: ['HUAC', 'HCUA'],
    aliases: [
      'House Un-American Activities Committee',
      'Dies Committee',
      'House Committee on Internal Security',
    ],
    kind: 'US congressional body',
    founded: '1938',
    ended: '1975',
    successor: 'the House Judiciary Committee',
    summary:
      'The House investigating committee, first known as the Dies Committee, that hunted alleged communist subversion in government, unions and Hollywood in the early Cold War, including the Alger Hiss case involving a former State Department official. It became a standing committee in 1945, was renamed in 1969 and was abolished in 1975.',
    source:
      'https://kids.britannica.com/students/article/House-Committee-on-Un-American-Activities/277495; http://www.fact-index.com/h/ho/house_un_american_activities_committee.html; https://en.wikipedia.org/wiki/House_Un-American_Activities_Committee',
  },
  {
    id: 'senate-judiciary',
    name: 'Senate Committee on the Judiciary',
    acronyms: [],
    aliases: ['Senate Judiciary Committee'],
    kind: 'US congressional body',
    founded: '1816',
    summary:
      'One of the Senate\u2019s original standing committees, with jurisdiction over the courts, law enforcement and judicial administration, and a forum for constitutional questions; it holds the first stage of confirmation for all federal judicial nominees.',
    source:
      'https://www.archives.gov/legislative/guide/senate/chapter-13.html; https://cybercemetery.unt.edu/archive/oilspill/20121106200253/http://www.judiciary.senate.gov/about/history.cfm',
  },
  {
    id: 'house-judiciary',
    name: 'House Committee on the Judiciary',
    acronyms: [],
    aliases: ['House Judiciary Committee'],
    kind: 'US congressional body',
    founded: '1813',
    summary:
      'The House standing committee for the federal courts, civil and criminal law, constitutional amendments, immigration and naturalization, and impeachment proceedings.',
    source:
      'http://history.house.gov/HistoricalHighlight/Detail/15032392017?ret=True; https://www.archives.gov/legislative/guide/house/chapter-14.html',
  },
  {
    id: 'ways-and-means',
    name: 'House Committee on Ways and Means',
    acronyms: [],
    aliases: [
      'House Ways and Means Committee',
      'Ways and Means Committee',
      'Committee of Ways and Means',
    ],
    contextAliases: ['Ways and Means'],
    kind: 'US congressional body',
    founded: '1789 (standing committee from 1795\u20131802)',
    summary:
      'The chief tax-writing committee of the House and the oldest committee of Congress, with jurisdiction over taxes, tariffs and trade agreements, and Social Security and Medicare; its Senate counterpart is the Finance Committee.',
    source:
      'https://democrats-waysandmeans.house.gov/committee-ways-and-means-history-1789-2019; https://WikiMili.com/en/United_States_House_Committee_on_Ways_and_Means; https://taxfoundation.org/tax-basics/ways-and-means-committee',
  },
  {
    id: 'senate-finance',
    name: 'Senate Committee on Finance',
    acronyms: [],
    aliases: ['Senate Finance Committee'],
    kind: 'US congressional body',
    founded: '1816',
    summary:
      'The Senate committee for taxation and revenue, the public debt, customs, tariffs and trade agreements, and Social Security, Medicare and Medicaid; it oversees the Treasury and the US Trade Representative. Its House counterpart is Ways and Means.',
    url: 'https://www.finance.senate.gov',
    source:
      'https://wikimili.com/en/United_States_Senate_Committee_on_Finance; https://www.rollcall.com/2009/04/03/senate-finance-committee-through-the-ages/',
  },
  {
    id: 'house-budget',
    name: 'House Committee on the Budget',
    acronyms: [],
    aliases: ['House Budget Committee'],
    kind: 'US congressional body',
    founded: '1974',
    summary:
      'The House committee, created by the Congressional Budget and Impoundment Control Act of 1974, that drafts the annual budget resolution setting overall levels of federal revenue and spending.',
    source:
      'https://www.politico.com/story/2017/07/12/budget-and-impoundment-control-act-becomes-law-july-12-1974-240372; https://taxpayer.net/budget-appropriations-tax/tightening-the-purse-strings-how-the-1974-budget-act-reshaped-congressional-power',
  },
  {
    id: 'senate-budget',
    name: 'Senate Committee on the Budget',
    acronyms: [],
    aliases: ['Senate Budget Committee'],
    kind: 'US congressional body',
    founded: '1974',
    summary:
      'The Senate committee, created by the Congressional Budget and Impoundment Control Act of 1974, that drafts the annual concurrent budget resolution setting overall spending limits and revenue levels.',
    source:
      'https://www.politico.com/story/2017/07/12/budget-and-impoundment-control-act-becomes-law-july-12-1974-240372; https://taxpayer.net/budget-appropriations-tax/tightening-the-purse-strings-how-the-1974-budget-act-reshaped-congressional-power',
  },
  {
    id: 'gao',
    name: 'Government Accountability Office',
    acronyms: ['GAO'],
    aliases: ['General Accounting Office'],
    kind: 'US congressional body',
    founded: '1921',
    seat: 'Washington, D.C.',
    summary:
      'The nonpartisan audit, evaluation and investigative agency of Congress, headed by the Comptroller General, which examines how federal money is spent and how well programs work. Created as the General Accounting Office, it took its present name in 2004.',
    url: 'https://www.gao.gov',
    source:
      'https://www.gao.gov/about/history/articles/working-for-good-government/01-introduction.html; http://the-uncensored-wiki.com:20082/articles/b/u/d/Budget_and_Accounting_Act_d172.html; http://wikileaks.cash/crs/RL30349.meta; https://www.hlcarpenter.com/index.php/the-government-accountability-office/',
  },
  {
    id: 'congressional-research-service',
    name: 'Congressional Research Service',
    acronyms: [],
    aliases: ['Legislative Reference Service'],
    contextAliases: ['CRS'],
    kind: 'US congressional body',
    founded: '1914 (as the Legislative Reference Service)',
    seat: 'Library of Congress, Washington, D.C.',
    summary:
      'The public policy research arm of Congress, within the Library of Congress, which gives members and committees confidential, nonpartisan research and analysis on all matters of national policy. It grew out of the Legislative Reference Service and took its present name in 1970.',
    source:
      'https://blogs.loc.gov/loc/2014/05/crs-at-100-informing-the-legislative-debate-since-1914/; https://handwiki.org/wiki/index.php?oldid=3310911&title=Social%3ACongressional_Research_Service; https://dirtyunclesam.com/what-is-a-c-r-s-report',
  },
  {
    id: 'cbo',
    name: 'Congressional Budget Office',
    acronyms: ['CBO'],
    aliases: [],
    kind: 'US congressional body',
    founded: '1974 (opened 1975)',
    summary:
      'The nonpartisan agency that gives Congress budget and economic analysis, above all cost estimates ("scores") of proposed legislation and budget projections. It was created by the Congressional Budget and Impoundment Control Act of 1974 and opened in February 1975.',
    source:
      'https://time.com/4786202/cbo-estimates-history/; https://taxfoundation.org/taxedu/glossary/congressional-budget-office-cbo; https://www.politico.com/story/2017/07/12/budget-and-impoundment-control-act-becomes-law-july-12-1974-240372',
  },
  {
    id: 'library-of-congress',
    name: 'Library of Congress',
    acronyms: [],
    aliases: [],
    kind: 'US congressional body',
    founded: '1800',
    seat: 'Washington, D.C.',
    summary:
      'The library of the US Congress, which also serves as the national library; it houses the Congressional Research Service. It dates from the federal government\u2019s move to Washington in 1800 and was housed in the Capitol until 1897.',
    source:
      'https://openpublishing.psu.edu/blh/bibcite/export/bibtex/bibcite_reference/9917; https://dirtyunclesam.com/what-is-a-c-r-s-report',
  },
  {
    id: 'ota',
    name: 'Office of Technology Assessment',
    acronyms: ['OTA'],
    aliases: [],
    kind: 'US congressional body',
    founded: '1972',
    ended: '1995',
    summary:
      'The former congressional agency that gave members and committees objective analysis of scientific and technical issues, producing some 750 studies. Authorized in 1972 and operating from 1974, it was defunded by Congress in 1995, though its authorizing law was never repealed.',
    source:
      'https://en.wikipedia.org/wiki/Office_of_Technology_Assessment; https://fdocuments.in/document/the-office-of-technology-assessment-history-authorities-a-sgp-a-crs-a.html; https://cossa.org/from-the-archives-house-senate-agree-to-kill-technology-office-july-31-1995',
  },
  {
    id: 'helsinki-commission',
    name: 'Commission on Security and Cooperation in Europe',
    acronyms: [],
    aliases: ['Helsinki Commission', 'United States Helsinki Commission'],
    kind: 'US congressional body',
    founded: '1976',
    summary:
      'The independent US government commission, created by Congress, that monitors compliance with the Helsinki Final Act and other OSCE commitments and helps shape US policy toward the OSCE. It has nine senators, nine representatives and one official each from State, Defense and Commerce.',
    url: 'https://www.csce.gov',
    source:
      'https://www.csce.gov/about-commission-security-and-cooperation-europe/; http://csce.gov/index.cfm?FuseAction=AboutCommission.Commissioners&CFID=32177263&CFTOKEN=96274551; https://webarchive.library.unt.edu/web/20130213210920/http://osce.usmission.gov/policy-news/us-helsinki-commission-hearings.html',
  },
  {
    id: 'cecc',
    name: 'Congressional-Executive Commission on China',
    acronyms: ['CECC'],
    aliases: [
      'Congressional Executive Commission on China',
      'Congressional-Executive Commission on the People\u2019s Republic of China',
    ],
    kind: 'US congressional body',
    founded: '2000',
    summary:
      'The commission created by Congress in 2000 to monitor human rights and the rule of law in China, keep a database of political and religious prisoners and report annually to Congress and the President. It has nine senators, nine representatives and five senior executive-branch officials.',
    url: 'https://www.cecc.gov',
    source:
      'https://www.cecc.gov/about/frequently-asked-questions; https://govregs.com/uscode/expand/title22_chapter77_subchapterII_section6911; https://hessslslslsls.azureedge.net/wiki/Congressional-Executive_Commission_on_China',
  },
  {
    id: 'uscc',
    name: 'U.S.-China Economic and Security Review Commission',
    acronyms: ['USCC'],
    aliases: [
      'U.S.\u2013China Economic and Security Review Commission',
      'U.S.-China Security Review Commission',
    ],
    kind: 'US congressional body',
    founded: '2000',
    seat: 'Washington, D.C.',
    summary:
      'The legislative-branch commission established in October 2000 to investigate and report to Congress each year on the national security implications of US economic and trade relations with China, with recommendations for legislative action. Its 12 commissioners are appointed by congressional leaders.',
    source:
      'https://futern.com/companies/USChina-Economic-and-Security-Review-Commission/449dbb5188232951; https://global-en2.nina.az/wikipedia/United_States-China_Economic_and_Security_Review_Commission.html; https://usinfo.org/sino/PDQ20020715.htm',
  },
  {
    id: 'tlhrc',
    name: 'Tom Lantos Human Rights Commission',
    acronyms: ['TLHRC'],
    aliases: ['Lantos Human Rights Commission', 'Congressional Human Rights Caucus'],
    kind: 'US congressional body',
    founded: '2008 (caucus founded 1983)',
    summary:
      'The bipartisan body of the House of Representatives that promotes internationally recognized human rights in Congress, advises members, and advocates for people whose rights are violated. It grew out of the Congressional Human Rights Caucus founded by Tom Lantos and John Porter in 1983.',
    source:
      'https://en.wikipedia.org/wiki/Tom_Lantos_Human_Rights_Commission; https://www.govinfo.gov/content/pkg/CRECB-2008-pt15/html/CRECB-2008-pt15-Pg20250.htm; http://piglix.com/piglix/Congressional_Human_Rights_Caucus',
  },
  {
    id: 'scotus',
    name: 'Supreme Court of the United States',
    acronyms: ['SCOTUS'],
    aliases: ['United States Supreme Court'],
    contextAliases: ['Supreme Court'],
    kind: 'US government agency',
    founded: '1789',
    seat: 'Washington, D.C.',
    summary:
      'The highest court of the United States and head of the federal judiciary, the only federal court named in the Constitution. Established by the Judiciary Act of 1789 with six justices, it has had nine since 1869.',
    source:
      'https://www.politico.com/story/2018/09/24/this-day-september-24-1789-830087; https://judiciallearningcenter.org/the-us-supreme-court/embed/; https://whatsoproudlywehail.org/today-in-history-the-judiciary-act-of-1789-establishes-the-supreme-court',
  },
  {
    id: 'hsgac',
    name: 'Senate Committee on Homeland Security and Governmental Affairs',
    acronyms: ['HSGAC'],
    aliases: [
      'Senate Homeland Security and Governmental Affairs Committee',
      'Homeland Security & Governmental Affairs Committee',
      'Senate Governmental Affairs Committee',
      'Senate Committee on Governmental Affairs',
      'Senate Committee on Government Operations',
    ],
    kind: 'US congressional body',
    founded: '1921 (as the Committee on Expenditures in the Executive Departments)',
    summary:
      'The Senate\u2019s chief oversight and investigative committee, with jurisdiction over the Department of Homeland Security and over the workings of government itself, including the federal civil service. Known as Government Operations from 1952 and Governmental Affairs from 1978, it took its present name and homeland security duties in 2004.',
    source:
      'https://www.webharvest.gov/congress112th/20121211213306/http://www.hsgac.senate.gov/about/history; http://piglix.com/piglix/U.S._Senate_Committee_on_Governmental_Affairs; https://www.everycrsreport.com/reports/RS21955.html',
  },
  {
    id: 'psi',
    name: 'Senate Permanent Subcommittee on Investigations',
    acronyms: [],
    aliases: ['Permanent Subcommittee on Investigations'],
    kind: 'US congressional body',
    founded: '1952',
    summary:
      'The investigative subcommittee of the Senate\u2019s government operations committee (now Homeland Security and Governmental Affairs), created in 1952; Senator Joseph McCarthy was one of its early chairmen. It runs long, bipartisan probes of government and the private sector with its own staff and subpoenas.',
    source:
      'https://www.webharvest.gov/congress112th/20121211213306/http://www.hsgac.senate.gov/about/history; https://oversight-index.thelugarcenter.org/committee-9ef4a238-b10c-495d-b32c-3cb22aa5f1c4/; https://en.wikipedia.org/wiki/House_Un-American_Activities_Committee',
  },
  {
    id: 'house-homeland-security',
    name: 'House Committee on Homeland Security',
    acronyms: [],
    aliases: ['House Homeland Security Committee', 'House Select Committee on Homeland Security'],
    kind: 'US congressional body',
    founded: '2002 (select committee); standing committee since 2005',
    summary:
      'The House committee that legislates on homeland security and oversees the Department of Homeland Security. Formed as a select committee after the September 11 attacks, it became a standing committee on January 4, 2005.',
    source:
      'https://www.politico.com/story/2012/06/house-forms-homeland-security-committee-077536; http://www.dems.gov/committees/committee-homeland-security-democrats/; https://www.everycrsreport.com/reports/RS21431.html',
  },
  {
    id: 'house-oversight',
    name: 'House Committee on Oversight and Government Reform',
    acronyms: [],
    aliases: [
      'House Oversight Committee',
      'House Oversight and Government Reform Committee',
      'House Committee on Oversight and Accountability',
      'House Committee on Oversight and Reform',
      'House Committee on Government Reform',
      'House Committee on Government Operations',
    ],
    kind: 'US congressional body',
    founded: '1927 (as the Committee on Expenditures in the Executive Departments)',
    summary:
      'The main investigative committee of the House, with government-wide oversight jurisdiction; its chair may issue subpoenas without a committee vote. It was the Committee on Government Operations from 1952 and has since carried several names, including Oversight and Accountability in 2023\u201324.',
    source:
      'http://piglix.com/piglix/U.S._House_Committee_on_Government_Operations; https://kids.kiddle.co/United_States_House_Committee_on_Oversight_and_Government_Reform; https://kids.kiddle.co/United_States_House_Committee_on_Oversight_and_Accountability',
  },
  {
    id: 'house-rules',
    name: 'House Committee on Rules',
    acronyms: [],
    aliases: ['House Rules Committee'],
    kind: 'US congressional body',
    founded: '1789',
    summary:
      'One of the oldest House committees, known as "the Speaker\u2019s committee": through special rules it sets the terms of floor debate on major bills, including how long they are debated and which amendments may be offered, and it has jurisdiction over the rules of the House.',
    source:
      'https://www.webharvest.gov/congress112th/20121211213014/http://www.rules.house.gov/singlepages.aspx?NewsID=1&RSBD=4; https://congress.wiki/committee/HSRU; https://legilist.com/learn/house-rules-committee-and-special-rules',
  },
  {
    id: 'senate-rules',
    name: 'Senate Committee on Rules and Administration',
    acronyms: [],
    aliases: ['Senate Rules and Administration Committee', 'Senate Rules Committee'],
    kind: 'US congressional body',
    summary:
      'The Senate committee responsible for the rules of the Senate, the administration of its buildings, and the credentials and qualifications of senators, including contested elections; unlike its House counterpart it does not set the terms of debate on bills.',
    source: 'https://www.wikispooks.com/wiki/US/Senate/Committee/Rules_and_Administration',
  },
  {
    id: 'senate-commerce',
    name: 'Senate Committee on Commerce, Science, and Transportation',
    acronyms: [],
    aliases: [
      'Senate Commerce, Science, and Transportation Committee',
      'Senate Commerce, Science and Transportation Committee',
      'Committee on Commerce, Science, and Transportation',
      'Senate Commerce Committee',
      'Senate Committee on Commerce',
      'Senate Committee on Interstate and Foreign Commerce',
    ],
    kind: 'US congressional body',
    founded: '1977 (present name)',
    summary:
      'One of the largest Senate standing committees, covering interstate commerce, communications, transportation (aviation, rail, highways, shipping and the Coast Guard), science and technology, oceans and consumer protection; it oversees the Commerce and Transportation Departments and NASA. It took its present name and its space and science remit in the 1977 committee reorganization, succeeding the Committee on Interstate and Foreign Commerce formed in 1946.',
    url: 'https://www.commerce.senate.gov',
    source:
      'https://wikimili.com/en/United_States_Senate_Committee_on_Commerce,_Science,_and_Transportation ; https://alchetron.com/United-States-Senate-Committee-on-Commerce%2C-Science%2C-and-Transportation',
  },
  {
    id: 'house-energy-commerce',
    name: 'House Committee on Energy and Commerce',
    acronyms: [],
    aliases: [
      'House Energy and Commerce Committee',
      'Energy and Commerce Committee',
      'Committee on Energy and Commerce',
      'House Commerce Committee',
      'House Committee on Interstate and Foreign Commerce',
    ],
    kind: 'US congressional body',
    founded: '1795',
    summary:
      'The oldest standing legislative committee of the House, with the widest jurisdiction of any authorizing committee: energy, telecommunications, consumer protection, food and drug safety, public health, the environment and interstate and foreign commerce. Created in December 1795 as the Committee on Commerce and Manufactures, it was the Committee on Interstate and Foreign Commerce from 1891 and took its present name in 1981; from 1995 to 2001 it was again called simply the Committee on Commerce.',
    url: 'https://energycommerce.house.gov',
    source:
      'https://energycommerce.house.gov/about-ec/committee-history ; https://democrats-energycommerce.house.gov/about-ec/history ; https://republicans-energycommerce.house.gov/about',
  },
  {
    id: 'jec',
    name: 'Joint Economic Committee',
    acronyms: ['JEC'],
    aliases: [
      'Joint Economic Committee of Congress',
      'Congress Joint Economic Committee',
      'Joint Committee on the Economic Report',
    ],
    kind: 'US congressional body',
    founded: '1946',
    summary:
      'A committee of senators and representatives set up by the Employment Act of 1946, first as the Joint Committee on the Economic Report, to study economic conditions and advise Congress on economic policy; it is the congressional counterpart of the President\u2019s Council of Economic Advisers, created by the same law, and issues an annual Joint Economic Report.',
    url: 'https://www.jec.senate.gov',
    source:
      'https://www.jec.senate.gov/public/index.cfm/about ; https://jec.senate.gov/public/index.cfm/democrats/press-releases?ID=4C63E1BC-3FCD-4A8A-A538-11E8EEDAAD89 ; https://books.google.co.ke/books?id=S0YiAAAAMAAJ&pg=RA5-PA163 (Employment Act of 1946, sec. 5) ; https://www.mtsinsights.com/org?name=US%20Congress',
  },
  {
    id: 'benghazi-committee',
    name: 'House Select Committee on Events Surrounding the 2012 Terrorist Attack in Benghazi',
    acronyms: [],
    aliases: [
      'House Select Committee on Benghazi',
      'Select Committee on Benghazi',
      'Benghazi Select Committee',
      'Benghazi Committee',
    ],
    kind: 'US congressional body',
    founded: '2014',
    ended: '2016',
    summary:
      'The House select committee, chaired by Trey Gowdy, that investigated the September 2012 attack on the US diplomatic mission and CIA annex in Benghazi, Libya, in which Ambassador Christopher Stevens and three other Americans were killed. Created in May 2014, it issued its final report in 2016 and closed that December.',
    source:
      'https://en.wikipedia.org/wiki/United_States_House_Select_Committee_on_Benghazi; https://thehill.com/homenews/287005-benghazi-committee-closes-the-book/; http://time.com/93671/house-select-committee-benghazi/',
  },
  {
    id: '9-11-commission',
    name: 'National Commission on Terrorist Attacks Upon the United States',
    acronyms: [],
    aliases: ['9/11 Commission', '9-11 Commission', 'Kean/Hamilton Commission'],
    kind: 'US congressional body',
    founded: '2002',
    ended: '2004',
    summary:
      'The independent, bipartisan commission created by Congress and President George W. Bush in November 2002 to give a full account of the September 11 attacks and recommend safeguards. Chaired by Thomas Kean with Lee Hamilton as vice chair, it published its report in July 2004, including a call for a single national intelligence chief, and closed that August.',
    source:
      'http://govinfo.library.unt.edu/911/about/index.htm; https://the-injury-lawyer-directory.com/9-11-commission-national-commission-terrorist-attacks-upon-united-states; https://edition.cnn.com/2013/07/27/us/september-11th-commission-fast-facts/index.html; https://www.counselstack.com/government-entity/9-11-commission',
  },
  {
    id: 'hart-rudman-commission',
    name: 'U.S. Commission on National Security/21st Century',
    acronyms: ['USCNS/21'],
    aliases: [
      'Hart-Rudman Commission',
      'United States Commission on National Security/21st Century',
      'Commission on National Security/21st Century',
    ],
    kind: 'US government agency',
    founded: '1998',
    ended: '2001',
    summary:
      'The bipartisan advisory commission chartered by Defense Secretary William Cohen in 1998 and chaired by former Senators Gary Hart and Warren Rudman to review U.S. national security for the new century. Its third report, released January 31, 2001, called the State Department "crippled" and urged its overhaul, along with a new cabinet-level homeland security agency built on FEMA.',
    source:
      'https://wikimili.com/en/U.S._Commission_on_National_Security/21st_Century; http://www.au.af.mil/au/awc/awcgate/nssg/index.htm; https://usinfo.org/usia/usinfo.state.gov/topical/pol/terror/01013102.htm',
  },
  {
    id: 'pike-committee',
    name: 'Pike Committee',
    acronyms: [],
    aliases: [],
    kind: 'US congressional body',
    founded: '1975',
    summary:
      'The House select committee, chaired by Representative Otis Pike, that investigated the US intelligence agencies in 1975 alongside the Senate\u2019s Church Committee; its findings helped lead to the permanent House intelligence committee in 1977.',
    source:
      'http://mplgovinfo.blogspot.com/2018/12/congressional-oversight-of-intelligence.html; https://todayinclh.com/?event=house-creates-permanent-select-committee-on-intelligence',
  },
  {
    id: 'house-select-committee-ccp',
    name: 'House Select Committee on Strategic Competition between the United States and the Chinese Communist Party',
    acronyms: [],
    aliases: [
      'Select Committee on the Strategic Competition Between the United States and the Chinese Communist Party',
      'House Select Committee on the Chinese Communist Party',
      'Select Committee on the CCP',
      'House Select Committee on China',
    ],
    kind: 'US congressional body',
    founded: '2023',
    summary:
      'The House select committee created on January 10, 2023, to investigate and recommend policy on the Chinese Communist Party\u2019s economic, technological and security progress and its competition with the United States; it cannot report legislation itself.',
    url: 'https://selectcommitteeontheccp.house.gov',
    source:
      'https://en.wikipedia.org/wiki/United_States_House_Select_Committee_on_Strategic_Competition_between_the_United_States_and_the_Chinese_Communist_Party; https://www.kslaw.com/news-and-insights/us-house-of-representatives-establishes-select-committee-on-strategic-competition-with-chinese-communist-party; https://wikizero.net/wiki/en/Select_Committee_on_the_CCP; https://www.mayerbrown.com/en/perspectives-events/publications/2023/02/us-house-of-representatives-forms-select-committee-on-uschina-economic-competition-indicating-increased-legislative-focus-on-the-issue',
  },
  {
    id: 'senate-banking',
    name: 'Senate Committee on Banking, Housing, and Urban Affairs',
    acronyms: [],
    aliases: ['Senate Banking Committee', 'Senate Banking, Housing, and Urban Affairs Committee'],
    kind: 'US congressional body',
    founded: '1913',
    summary:
      'The Senate committee for banking, housing, securities and insurance matters; bills on economic sanctions and export controls, such as those aimed at China, Russia and Iran, are referred to it.',
    source:
      'https://www.senate.gov/reference/Index/Committees.htm; https://docslib.org/doc/9003098/rules-of-procedure-79-993-3-29-13-10-36-am-page-2; http://stage.exportcompliancedaily.com/category/234?BC=bc_67633e027f766&p=6&search_id=577',
  },
  {
    id: 'hoover-commission',
    name: 'Commission on Organization of the Executive Branch of the Government',
    acronyms: [],
    aliases: ['Hoover Commission', 'First Hoover Commission', 'Second Hoover Commission'],
    kind: 'US congressional body',
    founded: '1947',
    ended: '1955',
    summary:
      'The two bipartisan commissions chaired by former President Herbert Hoover (1947\u201349 and 1953\u201355), created by Congress to make the executive branch more efficient; the first, with Dean Acheson as vice chairman, reported in 1949 on foreign affairs, the State Department and the Foreign Service among its nineteen reports.',
    source:
      'http://ny-twitter.blogspot.com/2011/05/hoover-commission.html; http://kids.britannica.com/comptons/article-9326616/Hoover-Commission; https://cia.gov/readingroom/document/cia-rdp86b00269r000300010013-3; https://vlex.co.uk/vid/summary-of-reports-of-900929959',
  },
  {
    id: 'murphy-commission',
    name: 'Commission on the Organization of the Government for the Conduct of Foreign Policy',
    acronyms: [],
    aliases: ['Murphy Commission'],
    kind: 'US congressional body',
    founded: '1972',
    ended: '1975',
    summary:
      'The joint congressional-presidential study commission, chaired by Ambassador Robert D. Murphy, that examined how the whole government makes and carries out foreign policy, with the State Department and Foreign Service studied most closely; its final report went to President Ford and Congress on June 27, 1975.',
    source:
      'https://history.state.gov/historicaldocuments/frus1969-76v38p2/d147; https://spyinggame.me/2015/04/08/report-of-the-murphy-commission-foreign-policy/; https://history.state.gov/historicaldocuments/frus1969-76v38p2/d179',
  },
  {
    id: 'cwc',
    name: 'Commission on Wartime Contracting in Iraq and Afghanistan',
    acronyms: [],
    aliases: ['Commission on Wartime Contracting', 'Wartime Contracting Commission'],
    kind: 'US congressional body',
    founded: '2008',
    ended: '2011',
    summary:
      'The independent, bipartisan eight-member commission created by Congress in the 2008 defense authorization act to study contracting for reconstruction, logistics and security in Iraq and Afghanistan. Its August 2011 final report put losses to waste and fraud at $31 billion to $60 billion; it closed on September 30, 2011.',
    source:
      'https://cybercemetery.unt.edu/archive/cwc/20110929231139/http://www.wartimecontracting.gov/index.php/home; https://cybercemetery.unt.edu/archive/cwc/20110929230444/http:/www.wartimecontracting.gov/index.php/pressroom/pressreleases/209-cwc-nr-50; http://psm.du.edu/national_regulation/united_states/research_oversight_bodies/cwc.html',
  },
  // Added: appropriations and investigating panels FSJ pages name
  {
    id: 'cjs-subcommittees',
    name: 'Commerce, Justice, State Appropriations Subcommittees',
    acronyms: [],
    aliases: [
      'Commerce-Justice-State Appropriations Subcommittee',
      'Commerce, Justice, State Appropriations Subcommittee',
      'Commerce, Justice and State Appropriations Subcommittee',
      'Commerce-Justice-State Subcommittee',
      'Commerce, Justice, State Subcommittee',
    ],
    contextAliases: ['CJS', 'C-J-S'],
    kind: 'US congressional body',
    ended: '2005 (for State Department funding)',
    successor:
      'the Senate State, Foreign Operations subcommittee and, in the House, the Science, State, Justice, Commerce subcommittee',
    summary:
      'The House and Senate appropriations subcommittees that for decades wrote the Commerce, Justice, State (CJS) bill, the one that funded the State Department; in the 2005 reorganization of the appropriations committees State\u2019s accounts moved to the Senate foreign operations panel and to a new House Science, State, Justice, Commerce subcommittee.',
    source:
      'https://govexec.com/management/2005/03/state-department-spending-reassigned-in-committee-shuffle/18673/?oref=ge-homepage-noscript-river; http://www.cnie.org/NLE/CRS/abstract.cfm?NLEid=1703',
  },
  {
    id: 'tydings-committee',
    name: 'Subcommittee on the Investigation of Loyalty of State Department Employees',
    acronyms: [],
    aliases: ['Tydings Committee', 'Tydings Subcommittee'],
    kind: 'US congressional body',
    founded: '1950',
    ended: '1950',
    summary:
      'The Senate subcommittee chaired by Millard Tydings (D-Md.) that in 1950 investigated Senator Joseph McCarthy\u2019s charges of communists in the State Department; after hearings from March to July it reported on July 14, 1950 that the charges were a fraud and a hoax.',
    source:
      'http://teachingamericanhistory.org/static/neh/interactives/timeline/data/071450.html; https://en.wikipedia.org./wiki/Tydings_Committee; http://adst.org/2014/02/john-s-service-the-man-who-lost-china-part-i',
  },
  {
    id: 'siss',
    name: 'Senate Subcommittee to Investigate the Administration of the Internal Security Act and Other Internal Security Laws',
    acronyms: [],
    aliases: [
      'Senate Internal Security Subcommittee',
      'Internal Security Subcommittee of the Senate Judiciary Committee',
    ],
    kind: 'US congressional body',
    summary:
      'The internal security subcommittee of the Senate Judiciary Committee, chaired by Pat McCarran in the early 1950s, whose hearings on the Institute of Pacific Relations questioned Foreign Service China hands such as John Carter Vincent in 1952.',
    source:
      'https://ia801203.us.archive.org/35/items/instituteofpacif06unit/instituteofpacif06unit_hocr.html',
  },
  {
    id: 'jackson-subcommittee',
    name: 'Senate Subcommittee on National Policy Machinery',
    acronyms: [],
    aliases: ['Subcommittee on National Policy Machinery'],
    contextAliases: ['Jackson Subcommittee'],
    kind: 'US congressional body',
    founded: '1959',
    ended: '1961',
    successor: 'the Subcommittee on National Security Staffing and Operations',
    summary:
      'The subcommittee of the Senate Government Operations Committee, chaired by Henry M. Jackson, that from 1959 to 1961 made the first full review since 1947 of how the government makes and carries out foreign and defense policy, sharply urging a stronger State Department.',
    source:
      'https://books.google.az/books?id=EUomEOGDcakC&printsec=frontcover&dq=editions:ISBN0786736208&hl=ru&output=html_text&lr=&vq=%22the+principal+military+advisers+to+the+President,+the+National+Security+Council,+and+the+Secretary+of+Defense%E2%80%94%22&source=gbs_quotes; https://time.com/archive/6871877/the-administration-things-could-be-done-better',
  },
  {
    id: 'nsso-subcommittee',
    name: 'Senate Subcommittee on National Security Staffing and Operations',
    acronyms: [],
    aliases: ['Subcommittee on National Security Staffing and Operations'],
    kind: 'US congressional body',
    founded: '1962',
    summary:
      'The Senate Government Operations subcommittee, again chaired by Henry M. Jackson, that from 1962 reviewed the administration of national security in Washington and abroad, including the role of the Secretary of State, the organization of the State Department and the ambassador\u2019s authority over the mission.',
    source:
      'https://books.google.com.pe/books?id=7L0dAAAAMAAJ&pg=PR1&vq=Department&dq=editions:OXFORD555039118&output=html_text&source=gbs_selected_pages&cad=3',
  },
  {
    id: 'senate-foreign-service-caucus',
    name: 'Senate Foreign Service Caucus',
    acronyms: [],
    aliases: ['Bipartisan Foreign Service Caucus', 'Senate Bipartisan Foreign Service Caucus'],
    kind: 'US congressional body',
    founded: '2017',
    summary:
      'A bipartisan group of senators backing the Foreign Service and U.S. diplomacy, formed in the spring of 2017 by Senators Chris Van Hollen and Dan Sullivan, who co-chair it, on the model of the Senate caucuses for each branch of the armed services.',
    source:
      'https://afsa.org/sites/default/files/flipping_book/0418/13/ (FSJ, April 2018); https://afsa.org/sites/default/files/flipping_book/0423/17/ (FSJ, April 2023)',
  },
  {
    id: 'house-diplomacy-caucus',
    name: 'House Diplomacy Caucus',
    acronyms: [],
    aliases: ['Congressional Diplomacy Caucus', 'Diplomacy Caucus'],
    kind: 'US congressional body',
    founded: '2019',
    summary:
      'A bipartisan caucus of House members, announced in December 2019 by two Democrats and two Republicans, to advance legislation strengthening U.S. diplomatic institutions and to show cross-party support for diplomacy.',
    source:
      'https://afsa.org/sites/default/files/flipping_book/010220/13/ (FSJ, January-February 2020)',
  },
  {
    id: 'sfrc-state-management-subcommittee',
    name: 'Senate Foreign Relations Subcommittee on State Department and USAID Management, International Operations, and Bilateral International Development',
    acronyms: [],
    aliases: [
      'Subcommittee on State Department and USAID Management, International Operations, and Bilateral International Development',
    ],
    kind: 'US congressional body',
    summary:
      'The Senate Foreign Relations subcommittee that oversees the management and workforce of the State Department and USAID and the conduct of international operations; in 2021, chaired by Senator Benjamin Cardin, it held hearings on modernizing the State Department.',
    source: 'https://www.govinfo.gov/content/pkg/CHRG-117shrg46167/html/CHRG-117shrg46167.htm',
  },
  {
    id: 'hsgac-ogm-subcommittee',
    name: 'Senate Subcommittee on Oversight of Government Management, the Federal Workforce, and the District of Columbia',
    acronyms: [],
    aliases: [
      'Subcommittee on Oversight of Government Management, the Federal Workforce, and the District of Columbia',
      'Oversight of Government Management, the Federal Workforce, and the District of Columbia Subcommittee',
    ],
    kind: 'US congressional body',
    summary:
      'A subcommittee of the Senate Homeland Security and Governmental Affairs Committee on the federal workforce and government management, which held hearings on the State Department\u2019s human capital crisis in 2008 and on its training in 2011.',
    source:
      'https://www.govinfo.gov/content/pkg/CHRG-110shrg44126/html/CHRG-110shrg44126.htm; https://www.govinfo.gov/content/pkg/CHRG-112shrg66678/html/CHRG-112shrg66678.htm',
  },
  {
    id: 'hfac-africa-global-health',
    name: 'House Foreign Affairs Subcommittee on Africa and Global Health',
    acronyms: [],
    aliases: ['Subcommittee on Africa and Global Health'],
    kind: 'US congressional body',
    summary:
      'The House Foreign Affairs subcommittee on U.S. policy and assistance toward Africa and on global health, chaired in 2009 by Representative Donald Payne, with Christopher Smith as ranking member.',
    source:
      'https://studylib.net/doc/12166405/u.s.-assistance-to-africa--a-call-for-foreign-aid-reform',
  },
  {
    id: 'hfac-middle-east-subcommittee',
    name: 'House Foreign Affairs Subcommittee on the Middle East and North Africa',
    acronyms: [],
    aliases: [
      'Subcommittee on the Middle East and North Africa',
      'Subcommittee on the Middle East, North Africa, and International Terrorism',
      'Middle East, North Africa, and International Terrorism subcommittee',
    ],
    kind: 'US congressional body',
    summary:
      'The House Foreign Affairs subcommittee for the Middle East and North Africa, whose remit takes in Israel and its neighbors; Representative Ileana Ros-Lehtinen chaired it from 2013, and Ted Deutch in the 117th Congress, when it was the Middle East, North Africa, and International Terrorism subcommittee.',
    source:
      'http://foreignpolicy.com/2013/01/09/new-house-foreign-affairs-committee-takes-shape/; https://jewishinsider.com/2021/02/house-foreign-affairs-committees/',
  },
  {
    id: 'hfac-asia-pacific-subcommittee',
    name: 'House Foreign Affairs Subcommittee on Asia and the Pacific',
    acronyms: [],
    aliases: ['Subcommittee on Asia and the Pacific'],
    kind: 'US congressional body',
    summary:
      'The House Foreign Affairs subcommittee for U.S. relations with Asia and the Pacific, one of the committee\u2019s regional subcommittees; Representative Steve Chabot took its chair in 2013 after Donald Manzullo retired.',
    source: 'http://foreignpolicy.com/2013/01/09/new-house-foreign-affairs-committee-takes-shape/',
  },
  {
    id: 'iraq-study-group',
    name: 'Iraq Study Group',
    acronyms: [],
    aliases: ['Baker-Hamilton Commission', 'Baker\u2013Hamilton Commission'],
    // "ISG" is also the Iraq Survey Group of 2003-04: only on a page naming the Study Group.
    contextAliases: ['ISG'],
    kind: 'US congressional body',
    founded: '2006',
    ended: '2006',
    summary:
      'The ten-member bipartisan panel appointed at Congress\u2019s behest on March 15, 2006, and co-chaired by former Secretary of State James Baker and former Representative Lee Hamilton, to assess the war in Iraq; supported by the U.S. Institute of Peace, it issued its report on December 6, 2006, calling the situation "grave and deteriorating" and urging a new diplomatic offensive in the region.',
    source:
      'https://en.wikipedia.org/wiki/Iraq_Study_Group; http://movatter.jp/mt/?dark=on&url=http%3A%2F%2Fen.wikipedia.org%2Fwiki%2FIraq_Study_Group; https://mybookx.com/iraq-study-group/the-iraq-study-group-report/19073',
  },
  {
    id: 'congressional-black-caucus',
    name: 'Congressional Black Caucus',
    acronyms: [],
    aliases: [],
    kind: 'US congressional body',
    founded: '1971',
    summary:
      'The caucus of African American members of Congress, formed in 1971 by the thirteen Black members of the House from a 1969 predecessor, the Democratic Select Committee; it has pressed the State Department on the diversity of the Foreign Service and Civil Service, notably in a July 2020 letter to Secretary Pompeo.',
    source:
      'https://www.wiki3.en-us.nina.az/Congressional_Black_Caucus.html; https://history.house.gov/Blog/2022/February/2-8-Educators-CBC/; https://cbc.house.gov/news/documentsingle.aspx?DocumentID=2220',
  },
  // Added from a review of FSJ pages
  {
    id: 'jcae',
    name: 'Joint Committee on Atomic Energy',
    acronyms: ['JCAE'],
    aliases: [],
    kind: 'US congressional body',
    founded: '1946',
    ended: '1977',
    summary:
      'The joint House-Senate committee set up by the Atomic Energy Act of 1946 to oversee the Atomic Energy Commission, with exclusive jurisdiction over bills on civilian and military atomic energy and the power, rare for a joint committee, to report legislation; it was disbanded in 1977.',
    source:
      'https://www.archives.gov/legislative/guide/house/chapter-23-joint-atomic-energy.html ; https://www.everycrsreport.com/files/20040820_RL32538_2ca0f0956edd164955143512651d9c09cbf8df18.html ; https://rollcall.com/2004/08/06/panel-that-folded-in-1977-is-suddenly-hot-again/',
  },
];

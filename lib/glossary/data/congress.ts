// The glossary's congressional bodies: the chambers, the committees FSJ names, Congress's agencies and commissions.
// Facts come from the pages named in each entry's `source`; card summaries are written for FSJ Gloss.

import type { GlossaryEntry } from '../types';

export const CONGRESS: readonly GlossaryEntry[] = [
  {
    id: 'us-congress',
    name: 'United States Congress',
    acronyms: [],
    aliases: ['Congress'],
    contextAliases: ['the Hill', 'Capitol Hill'],
    kind: 'US congressional body',
    founded: '1789 (first met)',
    seat: 'United States Capitol, Washington, D.C.',
    summary:
      'The legislative branch of the US federal government, made up of the Senate and the House of Representatives (535 voting members). It passes laws, funds the government, including the State Department and foreign assistance, and oversees the executive branch.',
    source:
      'https://corg.indiana.edu/two-houses-united-states-congress; https://guides.hmcpl.org/unitedstatesgovernmentthecongress; https://secondamendmentsupporters.com/info/glossary/congress/',
  },
  {
    id: 'us-senate',
    name: 'United States Senate',
    acronyms: [],
    aliases: [],
    contextAliases: ['Senate', 'the Senate'],
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
    contextAliases: ['the House'],
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
    aliases: ['Senate Foreign Relations Committee', 'United States Senate Committee on Foreign Relations'],
    contextAliases: ['Foreign Relations Committee'],
    kind: 'US congressional body',
    founded: '1816',
    summary:
      'The Senate standing committee for foreign policy: it considers treaties, holds jurisdiction over all diplomatic nominations, including ambassadors and the Secretary of State, and handles legislation on the State Department, foreign aid and arms control. It is one of the Senate\u2019s original standing committees.',
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
    aliases: ['House Un-American Activities Committee', 'Dies Committee', 'House Committee on Internal Security'],
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
      'One of the Senate\u2019s original standing committees, with jurisdiction over the courts, law enforcement, immigration and constitutional questions; it holds the first stage of confirmation for all federal judicial nominees.',
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
    aliases: ['House Ways and Means Committee', 'Ways and Means Committee', 'Committee of Ways and Means'],
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
      'The nonpartisan audit, evaluation and investigative agency of Congress, headed by the Comptroller General, which examines how federal money is spent and how well programs work, including State Department and foreign aid programs. Created as the General Accounting Office, it took its present name in 2004.',
    url: 'https://www.gao.gov',
    source:
      'https://www.gao.gov/about/history/articles/working-for-good-government/01-introduction.html; http://the-uncensored-wiki.com:20082/articles/b/u/d/Budget_and_Accounting_Act_d172.html; http://wikileaks.cash/crs/RL30349.meta',
  },
  {
    id: 'crs',
    name: 'Congressional Research Service',
    acronyms: ['CRS'],
    aliases: ['Legislative Reference Service'],
    kind: 'US congressional body',
    founded: '1914 (as the Legislative Reference Service)',
    seat: 'Library of Congress, Washington, D.C.',
    summary:
      'The public policy research arm of Congress, within the Library of Congress, which gives members and committees confidential, nonpartisan analysis; its reports are widely cited on foreign affairs. It grew out of the Legislative Reference Service and took its present name in 1970.',
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
    id: 'uscirf',
    name: 'United States Commission on International Religious Freedom',
    acronyms: ['USCIRF'],
    aliases: [],
    kind: 'US congressional body',
    founded: '1998',
    seat: 'Washington, D.C.',
    summary:
      'The independent, bipartisan federal commission created by the International Religious Freedom Act of 1998 to monitor freedom of religion or belief abroad and make policy recommendations to the President, the Secretary of State and Congress, chiefly in its annual report; its commissioners are appointed by the President and congressional leaders.',
    url: 'https://www.uscirf.gov',
    source:
      'http://www.uscirf.gov/about-uscirf/frequently-asked-questions; https://wikimili.com/en/United_States_Commission_on_International_Religious_Freedom',
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
    aliases: ['U.S.\u2013China Economic and Security Review Commission', 'U.S.-China Security Review Commission'],
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
];

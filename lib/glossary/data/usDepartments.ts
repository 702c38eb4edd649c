// The glossary's US executive departments, the White House and their component agencies.
// Facts come from the pages named in each entry's `source`; card summaries are written for FSJ Gloss.

import type { GlossaryEntry } from '../types';

export const US_DEPARTMENTS: readonly GlossaryEntry[] = [
  // Executive departments (State is in core.ts)
  {
    id: 'dod',
    name: 'U.S. Department of Defense',
    acronyms: ['DoD', 'DOD'],
    aliases: ['Department of Defense', 'Defense Department', 'National Military Establishment'],
    contextAliases: ['the Pentagon', 'Pentagon', 'Defense'],
    kind: 'US executive department',
    founded: '1947 (as the National Military Establishment; renamed 1949)',
    seat: 'The Pentagon, Arlington, Virginia',
    summary:
      'The cabinet department that provides and directs the U.S. armed forces, headquartered in the Pentagon. Created in 1947 as the National Military Establishment, it absorbed the War and Navy Departments and took its present name in 1949.',
    source:
      'https://www.liquisearch.com/united_states_federal_executive_departments/executive_departments_of_the_present; https://simple.wikipedia.org/wiki/United_States_federal_executive_departments; https://www.wondriumdaily.com/the-us-cabinet-departments-divisions-and-functions/; https://www.exploros.com/summary/cabinet',
  },
  {
    id: 'osd',
    name: 'Office of the Secretary of Defense',
    acronyms: ['OSD'],
    aliases: [],
    kind: 'US government bureau',
    founded: '1947',
    seat: 'The Pentagon, Arlington, Virginia',
    summary:
      "The Defense Department's civilian headquarters staff, which serves the Secretary and Deputy Secretary of Defense in policy, planning, budgets and program evaluation; it takes in the under secretaries for policy, comptroller, personnel and readiness, intelligence, acquisition and research, and the assistant secretaries under them, and with the Joint Staff runs the department.",
    source:
      'https://en.wikipedia.org/wiki/Office_of_the_Secretary_of_Defense; https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Office_of_the_Secretary_of_Defense; https://webarchive.library.unt.edu/eot2008/20090114030609/http://www.defenselink.mil/odam/omp/pubs/GuideBook/osd.htm',
  },
  {
    id: 'treasury',
    name: 'U.S. Department of the Treasury',
    acronyms: [],
    aliases: ['Department of the Treasury', 'Treasury Department', 'U.S. Treasury'],
    contextAliases: ['Treasury', 'the Treasury'],
    kind: 'US executive department',
    founded: '1789',
    summary:
      'The cabinet department that manages federal finances: it collects taxes, borrows and manages the public debt, and produces coins and paper money. It is one of the three original departments of 1789.',
    source:
      'https://simple.wikipedia.org/wiki/United_States_federal_executive_departments; https://infomutt.com/u/un/united_states_federal_executive_departments.html; https://studyhippo.com/the-cabinet-departments/; https://spark.adobe.com/page/1g3DpgdJWwyo7/',
  },
  {
    id: 'doj',
    name: 'U.S. Department of Justice',
    acronyms: ['DOJ'],
    aliases: ['Department of Justice', 'Justice Department'],
    contextAliases: ['Justice'],
    kind: 'US executive department',
    founded: '1870',
    summary:
      'The federal legal and law-enforcement department, headed by the Attorney General: it prosecutes federal crimes, represents the United States in court and runs the federal prisons. The office of Attorney General dates from 1789, the department from 1870.',
    source:
      'https://www.liquisearch.com/united_states_federal_executive_departments/executive_departments_of_the_present; https://simple.wikipedia.org/wiki/United_States_federal_executive_departments; https://studyhippo.com/the-cabinet-departments/',
  },
  {
    id: 'commerce',
    name: 'U.S. Department of Commerce',
    acronyms: [],
    aliases: ['Department of Commerce', 'Commerce Department'],
    contextAliases: ['Commerce'],
    // The department's Commercial Service and its export centers make a bare "Commerce" clear.
    contextFrom: ['fcs', 'useac'],
    kind: 'US executive department',
    founded: '1903 (as the Department of Commerce and Labor; separate department from 1913)',
    summary:
      'The cabinet department for trade and economic growth, which also grants patents, takes the census and runs NOAA. It began in 1903 as the Department of Commerce and Labor; Labor was split off in 1913.',
    source:
      'https://simple.wikipedia.org/wiki/United_States_federal_executive_departments; https://infomutt.com/u/un/united_states_federal_executive_departments.html; https://studyhippo.com/the-cabinet-departments/; https://www.wondriumdaily.com/the-us-cabinet-departments-divisions-and-functions/',
  },
  {
    id: 'usda',
    name: 'U.S. Department of Agriculture',
    acronyms: ['USDA'],
    aliases: ['Department of Agriculture', 'Agriculture Department'],
    contextAliases: ['Agriculture'],
    kind: 'US executive department',
    founded: '1862',
    summary:
      'The cabinet department for farming, food and rural policy: it supports farmers, promotes agricultural trade, inspects food, runs nutrition programs and manages the national forests through the Forest Service.',
    source:
      'https://simple.wikipedia.org/wiki/United_States_federal_executive_departments; https://www.liquisearch.com/united_states_federal_executive_departments/executive_departments_of_the_present; https://www.exploros.com/summary/cabinet; https://slideplayer.com./slide/6181183',
  },
  {
    id: 'interior',
    name: 'U.S. Department of the Interior',
    acronyms: [],
    aliases: ['Department of the Interior', 'Interior Department'],
    contextAliases: ['Interior'],
    kind: 'US executive department',
    founded: '1849',
    summary:
      'The cabinet department that manages public lands, wildlife refuges, national parks and natural resources, and handles federal relations with Native American, Alaska Native and Pacific Islander communities.',
    source:
      'https://simple.wikipedia.org/wiki/United_States_federal_executive_departments; https://infomutt.com/u/un/united_states_federal_executive_departments.html; https://studyhippo.com/the-cabinet-departments/; https://spark.adobe.com/page/1g3DpgdJWwyo7/',
  },
  {
    id: 'dol',
    name: 'U.S. Department of Labor',
    acronyms: ['DOL'],
    aliases: ['Department of Labor', 'Labor Department'],
    kind: 'US executive department',
    founded: '1913',
    summary:
      "The cabinet department that enforces federal wage, hours and workplace-safety laws and runs unemployment-insurance and workers' compensation programs. It was split off from the Department of Commerce and Labor in 1913.",
    source:
      'https://simple.wikipedia.org/wiki/United_States_federal_executive_departments; https://infomutt.com/u/un/united_states_federal_executive_departments.html; https://studyhippo.com/the-cabinet-departments/',
  },
  {
    id: 'hhs',
    name: 'U.S. Department of Health and Human Services',
    acronyms: ['HHS'],
    aliases: ['Department of Health and Human Services', 'Health and Human Services Department'],
    kind: 'US executive department',
    founded: '1953 (as the Department of Health, Education, and Welfare)',
    summary:
      'The cabinet department for public health and human services, which runs Medicare and Medicaid and oversees the CDC, NIH and FDA. It descends from the Department of Health, Education, and Welfare, created in 1953, whose education functions were split off in 1979.',
    source:
      'https://simple.wikipedia.org/wiki/United_States_federal_executive_departments; https://www.liquisearch.com/united_states_federal_executive_departments/executive_departments_of_the_present; https://www.exploros.com/summary/cabinet',
  },
  {
    id: 'education',
    name: 'U.S. Department of Education',
    acronyms: [],
    aliases: ['Department of Education', 'Education Department'],
    kind: 'US executive department',
    founded: '1979',
    summary:
      'The cabinet department that administers federal student aid and education programs and enforces civil-rights laws in education. It was formed in 1979 from the education side of the Department of Health, Education, and Welfare.',
    source:
      'https://simple.wikipedia.org/wiki/United_States_federal_executive_departments; https://infomutt.com/u/un/united_states_federal_executive_departments.html; https://www.exploros.com/summary/cabinet',
  },
  {
    id: 'doe',
    name: 'U.S. Department of Energy',
    acronyms: ['DOE'],
    aliases: ['Department of Energy', 'Energy Department'],
    kind: 'US executive department',
    founded: '1977',
    summary:
      'The cabinet department for national energy security and nuclear security, including the nuclear weapons programs run by its National Nuclear Security Administration.',
    source:
      'https://simple.wikipedia.org/wiki/United_States_federal_executive_departments; https://infomutt.com/u/un/united_states_federal_executive_departments.html; https://www.exploros.com/summary/cabinet',
  },
  {
    id: 'hud',
    name: 'U.S. Department of Housing and Urban Development',
    acronyms: ['HUD'],
    aliases: ['Department of Housing and Urban Development'],
    kind: 'US executive department',
    founded: '1965',
    summary:
      'The cabinet department that runs federal home-financing and public-housing programs and enforces fair-housing laws.',
    source:
      'https://simple.wikipedia.org/wiki/United_States_federal_executive_departments; https://infomutt.com/u/un/united_states_federal_executive_departments.html; https://studyhippo.com/the-cabinet-departments/',
  },
  {
    id: 'dot',
    name: 'U.S. Department of Transportation',
    acronyms: [],
    aliases: ['Department of Transportation', 'Transportation Department'],
    kind: 'US executive department',
    founded: '1966',
    summary:
      'The cabinet department that promotes and regulates highways, mass transit, railroads, waterways, air travel and pipelines; the Federal Aviation Administration is part of it.',
    source:
      'https://simple.wikipedia.org/wiki/United_States_federal_executive_departments; https://infomutt.com/u/un/united_states_federal_executive_departments.html; https://studyhippo.com/the-cabinet-departments/',
  },
  {
    id: 'va',
    name: 'U.S. Department of Veterans Affairs',
    acronyms: [],
    aliases: ['Department of Veterans Affairs', 'Veterans Administration'],
    kind: 'US executive department',
    founded: '1989 (as a department; formerly the independent Veterans Administration)',
    summary:
      "The cabinet department that serves the nation's military veterans. It was the independent Veterans Administration until it became a cabinet department in 1989.",
    source:
      'https://www.liquisearch.com/united_states_federal_executive_departments/executive_departments_of_the_present; https://simple.wikipedia.org/wiki/United_States_federal_executive_departments',
  },
  {
    id: 'dhs',
    name: 'U.S. Department of Homeland Security',
    acronyms: ['DHS'],
    aliases: ['Department of Homeland Security', 'Homeland Security Department'],
    contextAliases: ['Homeland Security'],
    kind: 'US executive department',
    founded: '2002 (Homeland Security Act; operating from March 2003)',
    summary:
      'The cabinet department formed after the September 11 attacks from some 22 agencies, responsible for border security, immigration and customs, transportation security, cybersecurity and disaster management.',
    source:
      'https://calendarz.com/on-this-day/march/1/united-states-customs-service; https://factually.co/fact-checks/politics/homeland-security-act-2002-reorganization-immigration-customs-f8c4f5; http://www.tsa.gov/about-tsa/history',
  },
  // Historic departments
  {
    id: 'war-department',
    name: 'U.S. Department of War',
    acronyms: [],
    aliases: ['War Department', 'Department of War'],
    kind: 'US executive department',
    founded: '1789',
    ended: '1947',
    successor: 'the Department of Defense (as the Department of the Army)',
    summary:
      'One of the three original cabinet departments, responsible for the Army. In 1947 it was subsumed into the new national military establishment and became the Department of the Army.',
    source:
      'https://simple.wikipedia.org/wiki/United_States_federal_executive_departments; https://www.nutshell100.com/subject/the-national-security-act-of-1947',
  },
  {
    id: 'navy-department',
    name: 'Navy Department',
    acronyms: [],
    aliases: [],
    kind: 'US executive department',
    founded: '1798',
    ended: '1947 (as a cabinet department)',
    successor: 'the Department of Defense',
    summary:
      'The cabinet department for the U.S. Navy from 1798 until the 1947 reorganization subsumed it, with the War Department, into the new Department of Defense.',
    source:
      'https://simple.wikipedia.org/wiki/United_States_federal_executive_departments; https://www.nutshell100.com/subject/the-national-security-act-of-1947',
  },
  {
    id: 'hew',
    name: 'U.S. Department of Health, Education, and Welfare',
    acronyms: ['HEW'],
    aliases: [
      'Department of Health, Education, and Welfare',
      'Department of Health, Education and Welfare',
    ],
    kind: 'US executive department',
    founded: '1953',
    ended: '1979',
    successor: 'the Department of Health and Human Services and the Department of Education',
    summary:
      'The cabinet department for health, education and social welfare from 1953 to 1979, when it was divided into the Department of Health and Human Services and the Department of Education.',
    source: 'https://simple.wikipedia.org/wiki/United_States_federal_executive_departments',
  },
  {
    id: 'commerce-and-labor',
    name: 'U.S. Department of Commerce and Labor',
    acronyms: [],
    aliases: ['Department of Commerce and Labor'],
    kind: 'US executive department',
    founded: '1903',
    ended: '1913',
    successor: 'the Department of Commerce and the Department of Labor',
    summary:
      'The cabinet department for business and labor affairs from 1903 to 1913, when it was divided into separate Departments of Commerce and of Labor.',
    source: 'https://simple.wikipedia.org/wiki/United_States_federal_executive_departments',
  },
  {
    id: 'post-office-department',
    name: 'U.S. Post Office Department',
    acronyms: [],
    aliases: ['Post Office Department'],
    kind: 'US executive department',
    founded: '1792',
    ended: '1971',
    successor: 'the United States Postal Service',
    summary:
      'The cabinet department, headed by the Postmaster General, that ran the national mail until 1971, when it was reorganized as the quasi-independent U.S. Postal Service.',
    source:
      'https://simple.wikipedia.org/wiki/United_States_federal_executive_departments; https://www.handlebar-online.com/writing-tips/when-was-the-post-office-removed-from-the-executive-cabinet/; https://about.usps.com/publications/pub100/pub100_036.htm',
  },
  // The White House and the Executive Office of the President
  {
    id: 'white-house',
    name: 'White House Office',
    acronyms: [],
    aliases: ['White House'],
    kind: 'White House office',
    founded: '1939 (as a unit of the Executive Office of the President)',
    summary:
      'The President\'s own staff, including the chief of staff, the national security adviser and the press secretary; "the White House" is also used for the President and his advisers as a whole. It has been one of the original units of the Executive Office of the President since 1939.',
    source:
      'https://www.everycrsreport.com/reports/98-606.html; https://wiki.dominic-ricottone.com/UnitedStates/ExecutiveOfficeOfThePresident; https://slideplayer.com./amp/5074925',
  },
  {
    id: 'eop',
    name: 'Executive Office of the President',
    acronyms: ['EOP'],
    aliases: [],
    kind: 'White House office',
    founded: '1939',
    summary:
      'The group of offices that directly serve the President, created by Franklin D. Roosevelt in 1939; it includes the White House Office, the National Security Council, the Office of Management and Budget, the Council of Economic Advisers and the Office of the U.S. Trade Representative.',
    source:
      'https://www.everycrsreport.com/reports/98-606.html; https://lawi.us/executive-office-of-the-president/',
  },
  {
    id: 'nsc',
    name: 'National Security Council',
    acronyms: ['NSC'],
    aliases: [],
    kind: 'White House office',
    founded: '1947',
    summary:
      "The President's council and staff for national security and foreign policy, whose members include the Vice President and the Secretaries of State and Defense. It was created by the National Security Act of 1947.",
    source:
      'https://www.hsdl.org/c/timeline/national-security-act-1947/; https://www.enemyinmirror.com/central-intelligence-agency/; https://slideplayer.com./amp/5074925',
  },
  {
    id: 'omb',
    name: 'Office of Management and Budget',
    acronyms: ['OMB'],
    aliases: ['Bureau of the Budget'],
    kind: 'White House office',
    founded: '1921 (as the Bureau of the Budget; in the Executive Office since 1939)',
    summary:
      "The Executive Office agency that prepares the President's budget and decides with the President how much money each government program gets. It began as the Bureau of the Budget in 1921 and was one of the original units of the Executive Office in 1939.",
    source:
      'https://www.everycrsreport.com/reports/98-606.html; https://slideplayer.com./amp/5074925',
  },
  {
    id: 'ustr',
    name: 'Office of the United States Trade Representative',
    acronyms: ['USTR'],
    aliases: ['Office of the Special Representative for Trade Negotiations'],
    kind: 'White House office',
    founded: '1963 (as the Office of the Special Representative for Trade Negotiations)',
    seat: 'Washington, D.C.',
    summary:
      'The Executive Office agency that directs U.S. trade negotiations and trade policy, headed by the U.S. Trade Representative. Created by executive order in 1963 as the Office of the Special Representative for Trade Negotiations, it was made an Executive Office agency by the Trade Act of 1974.',
    source:
      'https://books.google.co.ke/books?id=kKMFAAAAIAAJ&pg=PA93&vq=%22The+Assistant+Secretary+of+Defense+for+Special+Operations+and+Low+Intensity+Conflict%22&dq=related:ISBN0857490168&lr=&output=html_text (U.S. Government Manual)',
  },
  {
    id: 'cea',
    name: 'Council of Economic Advisers',
    acronyms: ['CEA'],
    aliases: [],
    kind: 'White House office',
    founded: '1946',
    summary:
      "A three-member council in the Executive Office that analyzes the economy, advises the President on economic policy and helps prepare the President's economic reports to Congress. It was set up by the Employment Act of 1946.",
    source:
      'https://books.google.co.ke/books?id=kKMFAAAAIAAJ&pg=PA93&vq=%22The+Assistant+Secretary+of+Defense+for+Special+Operations+and+Low+Intensity+Conflict%22&dq=related:ISBN0857490168&lr=&output=html_text (U.S. Government Manual)',
  },
  {
    id: 'ceq',
    name: 'Council on Environmental Quality',
    acronyms: ['CEQ'],
    aliases: [],
    kind: 'White House office',
    founded: '1970 (National Environmental Policy Act of 1969)',
    summary:
      'The Executive Office council created by the National Environmental Policy Act, which advises the President on the environment and oversees how federal agencies prepare environmental impact statements.',
    source:
      'http://ufdc.ufl.edu/AA00022228/00001; http://abacus.bates.edu/muskie-archives/ajcr/1969/NEPA%20Conference.html; https://www.cia.gov/readingroom/document/cia-rdp84-00780r003800160018-7',
  },
  {
    id: 'nec',
    name: 'National Economic Council',
    acronyms: ['NEC'],
    aliases: [],
    kind: 'White House office',
    founded: '1993',
    summary:
      "The White House council that coordinates domestic and international economic policy-making and advice for the President, created by President Clinton's Executive Order 12835 in January 1993.",
    source:
      'https://www.liquisearch.com/united_states_national_economic_council/history_and_mission; https://discmaster.textfiles.com/view/28249/NN_1993_3.iso/spool/alt/newsmed/1760',
  },
  {
    id: 'ostp',
    name: 'Office of Science and Technology Policy',
    acronyms: ['OSTP'],
    aliases: [],
    kind: 'White House office',
    founded: '1976',
    summary:
      'The Executive Office agency that advises the President on science and technology in policy and the budget, established by the National Science and Technology Policy, Organization, and Priorities Act of 1976.',
    source:
      'https://clintonwhitehouse3.archives.gov/WH/EOP/OSTP/html/aero/about.html; https://clintonwhitehouse3.archives.gov/WH/EOP/OSTP/Children/About.html',
  },
  // The intelligence community
  {
    id: 'cia',
    name: 'Central Intelligence Agency',
    acronyms: ['CIA'],
    aliases: [],
    kind: 'US government agency',
    founded: '1947',
    summary:
      'The permanent U.S. intelligence agency for gathering intelligence abroad. It was created by the National Security Act of 1947 as the peacetime successor to the wartime Office of Strategic Services.',
    source:
      'https://www.hsdl.org/c/timeline/national-security-act-1947/; https://www.thefire.org/the-national-security-act-of-1947-is-enacted/; http://www.jrank.org/encyclopedia/pages/cm7kznh2k1/Strategic-Services-Office-OSS.html; https://www.nutshell100.com/subject/the-national-security-act-of-1947',
  },
  {
    id: 'odni',
    name: 'Office of the Director of National Intelligence',
    acronyms: ['ODNI'],
    aliases: [],
    kind: 'US government agency',
    founded: '2004 (Intelligence Reform and Terrorism Prevention Act)',
    summary:
      'The office of the Director of National Intelligence, who heads the U.S. intelligence community and is the principal intelligence adviser to the President and the National Security Council. The post was created by the 2004 intelligence reform law that followed the 9/11 Commission report.',
    source:
      'https://en.wikisource.org/wiki/National_Security_Intelligence_Reform_Act_of_2004; http://secretsofthecia.blogspot.com/2009/12/background-and-analysis-in-intelligence.html; https://knbbs.com/understanding-the-intelligence-reform-act-of-2004-what-you-need-to-know',
  },
  {
    id: 'us-intelligence-community',
    name: 'United States Intelligence Community',
    acronyms: [],
    aliases: [],
    contextAliases: ['Intelligence Community', 'IC'],
    contextFrom: ['odni', 'cia'],
    kind: 'coordination body',
    founded: '1981 (Executive Order 12333)',
    summary:
      'The collective name for the U.S. government\u2019s intelligence organizations (independent agencies such as the CIA, military intelligence services and the intelligence and analysis offices of executive departments), which work singly and together under the leadership of the Director of National Intelligence. President Reagan\u2019s Executive Order 12333 of December 1981 established it, and a 1992 law wrote its membership into statute; it now counts 18 elements, including the ODNI.',
    url: 'https://www.intelligence.gov',
    source:
      'https://www.afio.com/publications/flipbook/inc/html/20.html; http://cryer.org.uk/United_States_intelligence_community; https://en.wikid.org/United_States_Intelligence_Community; https://legalclarity.org/department-of-intelligence-the-us-intelligence-community',
  },
  {
    id: 'nctc',
    name: 'National Counterterrorism Center',
    acronyms: ['NCTC'],
    aliases: [],
    kind: 'US government agency',
    founded: '2004',
    summary:
      'The intelligence-community center that analyzes terrorism intelligence and coordinates counterterrorism planning, established under the Intelligence Reform and Terrorism Prevention Act of 2004.',
    source:
      'https://knbbs.com/understanding-the-intelligence-reform-act-of-2004-what-you-need-to-know; http://www.fas.org/asmp/resources/govern/109th/PL108-458.htm',
  },
  {
    id: 'nsa',
    name: 'National Security Agency',
    acronyms: ['NSA'],
    aliases: [],
    kind: 'US government agency',
    founded: '1952',
    seat: 'Fort Meade, Maryland',
    summary:
      'The Defense Department agency responsible for signals intelligence (intercepting and decoding foreign communications) and for securing U.S. government communications. President Truman created it in 1952 out of the Armed Forces Security Agency.',
    source:
      'http://intelligenceref.blogspot.com/2010/11/national-security-agency-nsa.html; https://historybytez.com/tag/civil-liberties/; https://disclosdex.com/organizations/national-security-agency; https://issuhub.com/view/index/23571?pageIndex=49',
  },
  {
    id: 'dia',
    name: 'Defense Intelligence Agency',
    acronyms: ['DIA'],
    aliases: [],
    kind: 'US government agency',
    founded: '1961',
    summary:
      "The Defense Department's military intelligence agency, set up by Secretary Robert McNamara effective October 1, 1961, to unify the department's collection, production and dissemination of intelligence.",
    source:
      'https://www.dia.mil/News-Features/Articles/Article-View/Article/567045/robert-s-mcnamara-made-an-impact-on-defense-intelligence-from-day-one/',
  },
  {
    id: 'nga',
    name: 'National Geospatial-Intelligence Agency',
    acronyms: ['NGA', 'NIMA'],
    aliases: ['National Imagery and Mapping Agency'],
    kind: 'US government agency',
    founded: '1996 (as the National Imagery and Mapping Agency; renamed 2003)',
    seat: 'Springfield, Virginia',
    summary:
      'The Defense Department combat-support and intelligence agency that collects and analyzes imagery and mapping data (geospatial intelligence). Formed in 1996 as the National Imagery and Mapping Agency, it was renamed in 2003.',
    url: 'https://www.nga.mil',
    source:
      'https://www.nga.mil/defining-moments/National_Imagery_and_Mapping_Agency.html; https://wiki.gravy.cc/wiki/Defense_Mapping_Agency; https://gwot.org/docs/nima-changes-name-to-national-geospatial-intelligence-agency-no-881-03',
  },
  {
    id: 'nro',
    name: 'National Reconnaissance Office',
    acronyms: ['NRO'],
    aliases: [],
    kind: 'US government agency',
    founded: '1961',
    summary:
      'The intelligence agency for U.S. satellite reconnaissance, established in 1961 under an agreement between the CIA and the Air Force.',
    source:
      'https://issuhub.com/view/index/23571?pageIndex=49 (Historical Dictionary of United States Intelligence)',
  },
  {
    id: 'fbi',
    name: 'Federal Bureau of Investigation',
    acronyms: ['FBI'],
    aliases: ['Bureau of Investigation'],
    kind: 'US government agency',
    founded: '1908 (as the Bureau of Investigation; FBI since 1935)',
    summary:
      "The Justice Department's federal investigative agency, which investigates federal crimes and threats to national security. Founded in 1908, it was named the Bureau of Investigation in 1909 and the Federal Bureau of Investigation in 1935.",
    source:
      'http://people.howstuffworks.com/fbi2.htm; https://dirkdeklein.net/2021/02/25/the-founding-of-the-fbi-2/; https://learn8.cc/q/EHNT1A0eUe.html',
  },
  {
    id: 'oss',
    name: 'Office of Strategic Services',
    acronyms: ['OSS'],
    aliases: [],
    kind: 'US government agency',
    founded: '1942',
    ended: '1945',
    successor:
      'the Central Intelligence Agency (1947), after interim units in the War and State Departments',
    summary:
      "The United States' World War II intelligence and special-operations agency, headed by William J. Donovan under the Joint Chiefs of Staff. Truman disbanded it in 1945; its functions passed to the War and State Departments, and the CIA became its successor in 1947.",
    source:
      'http://www.jrank.org/encyclopedia/pages/cm7kznh2k1/Strategic-Services-Office-OSS.html; https://wikispooks.com/wiki/Office_of_Strategic_Services; https://www.history.com/news/oss-the-predecessor-of-the-cia',
  },
  // Homeland Security components
  {
    id: 'cbp',
    name: 'U.S. Customs and Border Protection',
    acronyms: ['CBP'],
    aliases: ['Customs and Border Protection', 'Bureau of Customs and Border Protection'],
    kind: 'US government agency',
    founded: '2003',
    summary:
      'The Homeland Security border agency, formed in 2003 from the U.S. Customs Service and the border elements of the INS (including the Border Patrol) and of agricultural inspection. It inspects people and goods at ports of entry and guards the borders.',
    source:
      'https://calendarz.com/on-this-day/march/1/united-states-customs-service; https://uscis.gov/history-and-genealogy/our-history/overview-of-ins-history/post-911',
  },
  {
    id: 'ice',
    name: 'U.S. Immigration and Customs Enforcement',
    acronyms: ['ICE'],
    aliases: ['Immigration and Customs Enforcement'],
    kind: 'US government agency',
    founded: '2003',
    summary:
      'The Homeland Security agency that enforces immigration, customs and trade laws inside the country, including investigations, detention and removal. It was formed in 2003 from the investigative and enforcement arms of the INS and the Customs Service.',
    source:
      'https://uscis.gov/history-and-genealogy/our-history/overview-of-ins-history/post-911; https://calendarz.com/on-this-day/march/1/united-states-customs-service; https://counselstack.com/government-entity/ins',
  },
  {
    id: 'tsa',
    name: 'Transportation Security Administration',
    acronyms: ['TSA'],
    aliases: [],
    kind: 'US government agency',
    founded: '2001',
    summary:
      'The agency that screens passengers and baggage at U.S. airports and protects the transportation system. Created after the September 11 attacks by the Aviation and Transportation Security Act of November 2001, it moved from Transportation to Homeland Security in 2003.',
    url: 'https://www.tsa.gov',
    source:
      'http://www.tsa.gov/about-tsa/history; https://airandspace.si.edu/multimedia-gallery/14400640jpg',
  },
  {
    id: 'fema',
    name: 'Federal Emergency Management Agency',
    acronyms: ['FEMA'],
    aliases: [],
    kind: 'US government agency',
    founded: '1979',
    seat: 'Washington, D.C.',
    summary:
      'The federal agency that coordinates disaster preparedness, response and recovery and runs the National Flood Insurance Program. President Carter created it in 1979 by merging separate disaster agencies; it became part of Homeland Security in 2003.',
    source:
      'https://www.hsdl.org/c/tl/creation-of-fema/; https://www.co.meeker.mn.us/284/History; https://m.ebrary.net/90934/health/federal_emergency_management_agency; https://webarchive.library.unt.edu/eot2008/20090505194825/http://www.fema.gov/kids/about1.htm',
  },
  {
    id: 'usss',
    name: 'U.S. Secret Service',
    acronyms: ['USSS'],
    aliases: ['Secret Service'],
    kind: 'US government agency',
    founded: '1865',
    summary:
      'The federal law-enforcement agency that protects the President. It was founded in 1865 in the Treasury Department to fight counterfeiting and was later given permanent responsibility for protecting the President.',
    source:
      'https://mayorofcrazyville.com/the-beginning-of-federal-investigative-agencies-part-1/; https://learn8.cc/q/EHNT1A0eUe.html; https://documents.aster.com/the-early-history-of-5-spy-agencies.html',
  },
  {
    id: 'ins',
    name: 'Immigration and Naturalization Service',
    acronyms: ['INS'],
    aliases: [],
    kind: 'US government agency',
    founded: '1933',
    ended: '2003',
    successor:
      'U.S. Citizenship and Immigration Services, Immigration and Customs Enforcement and Customs and Border Protection (Department of Homeland Security)',
    summary:
      'The federal immigration agency from 1933 to 2003, first in the Labor Department and from 1940 in the Justice Department; it inspected arrivals, ran the Border Patrol and decided residence and naturalization cases. The Homeland Security Act split its work among three new DHS agencies.',
    source:
      'https://counselstack.com/government-entity/ins; https://uscis.gov/history-and-genealogy/our-history/overview-of-ins-history/post-911; https://termpaperwarehouse.com/essay-on/Hydera/501620',
  },
  {
    id: 'customs-service',
    name: 'U.S. Customs Service',
    acronyms: [],
    aliases: ['Customs Service'],
    kind: 'US government agency',
    ended: '2003',
    successor: 'U.S. Customs and Border Protection and U.S. Immigration and Customs Enforcement',
    summary:
      'The federal agency that collected import tariffs, fought smuggling and processed people and goods at ports of entry. In 2003 it was merged with the INS border units into Customs and Border Protection, and its investigators went to Immigration and Customs Enforcement.',
    source: 'https://calendarz.com/on-this-day/march/1/united-states-customs-service',
  },
  // Justice components
  {
    id: 'dea',
    name: 'Drug Enforcement Administration',
    acronyms: ['DEA'],
    aliases: [],
    kind: 'US government agency',
    founded: '1973',
    summary:
      'The Justice Department agency that leads the enforcement of federal drug laws and works with foreign governments against drug production and trafficking. It was created in 1973 under President Nixon by merging four federal drug-enforcement programs.',
    source:
      'https://learn8.cc/q/EHNT1A0eUe.html; https://www.encyclopedia.com/education/encyclopedias-almanacs-transcripts-and-maps/us-government',
  },
  {
    id: 'usms',
    name: 'U.S. Marshals Service',
    acronyms: ['USMS'],
    aliases: ['Marshals Service'],
    kind: 'US government agency',
    founded: '1789',
    summary:
      'The oldest federal law-enforcement agency, created by the Judiciary Act of 1789: its marshals enforce federal law, serve court orders and protect the federal courts.',
    source: 'https://learn8.cc/q/EHNT1A0eUe.html',
  },
  {
    id: 'atf',
    name: 'Bureau of Alcohol, Tobacco, Firearms and Explosives',
    acronyms: ['ATF'],
    aliases: ['Bureau of Alcohol, Tobacco and Firearms'],
    kind: 'US government agency',
    founded: '1972 (as a separate Treasury bureau)',
    summary:
      'The federal law-enforcement agency that regulates and investigates crimes involving firearms, explosives, arson, alcohol and tobacco. Descended from Prohibition-era units of the Bureau of Internal Revenue, it became a separate Treasury bureau in 1972.',
    source:
      'https://www.federaldisability.com/agency-spotlight-history-atf/; https://everything2.com/user/Zeolite/writeups/Bureau+of+Alcohol+Tobacco+and+Firearms; https://abramovich.com/cit/cit-blog/cool_timeline/bureau-of-alcohol-tobacco-and-firearms-formed/',
  },
  // Treasury components
  {
    id: 'irs',
    name: 'Internal Revenue Service',
    acronyms: ['IRS'],
    aliases: ['Bureau of Internal Revenue'],
    kind: 'US government agency',
    founded:
      '1862 (as the office of the Commissioner of Internal Revenue; IRS name formalized 1953)',
    summary:
      "The Treasury bureau that collects federal taxes, the largest of the department's bureaus. It grew out of the Civil War tax office of 1862 and was the Bureau of Internal Revenue until its renaming in the early 1950s.",
    source:
      'https://www.annenbergclassroom.org/timeline_event/bureau-internal-revenue-becomes-internal-revenue-service/; http://tax-questions.net/irs-questions/when-was-the-irs-started.html',
  },
  {
    id: 'ofac',
    name: 'Office of Foreign Assets Control',
    acronyms: ['OFAC'],
    aliases: [],
    kind: 'US government bureau',
    founded: '1950',
    seat: 'Washington, D.C.',
    summary:
      'The Treasury office that administers and enforces U.S. economic and trade sanctions against targeted countries, regimes, terrorists, narcotics traffickers and proliferators, including by freezing assets and fining violators; it licenses exceptions in coordination with the State Department.',
    url: 'https://ofac.treasury.gov',
    source:
      'https://askwikinow.com/view_html.php?lang=en&q=Office_of_Foreign_Assets_Control&sq=Google; http://articles.sanctionsassociation.org/primer-on-agencies-that-enforce-us-sanctions-department-of-the-treasury/; http://piglix.com/piglix/OFAC',
  },
  {
    id: 'fincen',
    name: 'Financial Crimes Enforcement Network',
    acronyms: ['FinCEN'],
    aliases: [],
    kind: 'US government bureau',
    founded: '1990',
    summary:
      "The Treasury bureau that serves as the United States' financial intelligence unit and chief anti-money-laundering regulator: it collects and analyzes banks' suspicious-activity reports under the Bank Secrecy Act and shares them with law enforcement at home and abroad.",
    source: 'http://sanctionsalert.com/glossary/fincen/',
  },
  {
    id: 'ilab',
    name: 'Bureau of International Labor Affairs',
    acronyms: ['ILAB'],
    aliases: [
      'Department of Labor Bureau of International Labor Affairs',
      'Labor Department Bureau of International Labor Affairs',
    ],
    kind: 'US government bureau',
    summary:
      "The Labor Department bureau for international labor issues, which works with the State Department on labor diplomacy: it helps train Foreign Service officers going to labor officer posts and, since 2014, places its own labor attachés in embassies such as those in Mexico, Colombia, Vietnam, Bangladesh and Guatemala to monitor trade partners' labor commitments.",
    source:
      'https://webarchive.library.unt.edu/eot2008/20090507185806/http://www.dol.gov/ilab/programs/oir/diplomacy.htm; https://dol.gov/agencies/ilab/labor-attache-program?lang=id; https://www.bna.com/labor-department-attaches-n57982069548/',
  },
  // Commerce components
  {
    id: 'ita',
    name: 'International Trade Administration',
    acronyms: ['ITA'],
    aliases: [],
    kind: 'US government agency',
    founded: '1980',
    seat: 'Herbert C. Hoover Building, Washington, D.C.',
    summary:
      "The Commerce Department agency that promotes U.S. non-agricultural exports, enforces trade laws against dumped and subsidized imports and, through the U.S. Commercial Service, runs Commerce's commercial officers abroad, who were transferred from the State Department when ITA was created in 1980.",
    url: 'https://www.trade.gov',
    source:
      'https://en.wikipedia.org/wiki/International_Trade_Administration; https://wikimili.com/en/International_Trade_Administration; https://eagletraders.com/advice/securities/international_trade_administration.php; https://archives.gov/research/guide-fed-records/groups/489.html',
  },
  {
    id: 'selectusa',
    name: 'SelectUSA',
    acronyms: [],
    aliases: ['SelectUSA Investment Summit'],
    kind: 'US government program',
    founded: '2011',
    summary:
      "The federal program, run from the Commerce Department's International Trade Administration, that courts foreign direct investment into the United States and helps firms bring operations home, with commercial officers at embassies working its markets. Executive Order 13577 created it in 2011, building on the 2007 Invest in America effort; its yearly Investment Summit gathers investors and U.S. states.",
    source:
      'https://2010-2014.commerce.gov/news/press-releases/2011/06/15/us-commerce-secretary-gary-locke-announces-first-federal-effort-attra.html; https://www.everycrsreport.com/files/2017-06-15_IF10674_ae23ce424b00bd5167455febd6ab4f43e3b5950e.html; https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/SelectUSA; https://afsa.org/sites/default/files/flipping_book/0524/78/ (FSJ, May 2024)',
  },
  {
    id: 'fas-ato',
    name: 'Agricultural Trade Office',
    acronyms: [],
    aliases: ['Agricultural Trade Offices', 'U.S. Agricultural Trade Office'],
    contextAliases: ['ATO', 'ATOs'],
    contextFrom: ['fas', 'usda'],
    kind: 'US government bureau',
    summary:
      "An overseas office of the Foreign Agricultural Service given over to marketing U.S. farm and food products, found in the largest markets alongside the agricultural attaché's office; Japan, China and Mexico each have several.",
    source: 'https://afsa.org/sites/default/files/flipping_book/0503/26 (FSJ, May 2003)',
  },
  {
    id: 'useac',
    name: 'U.S. Export Assistance Centers',
    acronyms: ['USEAC'],
    aliases: [
      'U.S. Export Assistance Center',
      'Export Assistance Centers',
      'Export Assistance Center',
    ],
    kind: 'US government bureau',
    founded: '1994 (four pilot centers)',
    summary:
      'The domestic offices of the Commerce Department\u2019s Commercial Service, set up as \u201cone-stop shops\u201d where small and medium-sized firms, often first-time exporters, get export counseling and, with the Small Business Administration and the Export-Import Bank, trade finance. The first four opened in 1994 in Baltimore, Chicago, Miami and Long Beach; by 2009 there were more than 100 across the country, and every commercial officer had to serve one tour in a center.',
    source:
      'https://afsa.org/sites/default/files/flipping_book/0509/25 (FSJ, May 2009); https://www.govinfo.gov/content/pkg/GAOREPORTS-NSIAD-99-180/html/GAOREPORTS-NSIAD-99-180.htm; http://www.docstoc.com/docs/25706081/NSIAD-99-180-Export-Promotion-US-Export-Assistance-Center; https://www.innovations.harvard.edu/us-export-assistance-centers; https://www.baltimoresun.com/news/bs-xpm-1994-02-01-1994032158-story.html; https://www.trade.gov/determine-cs-eligibility',
  },
  {
    id: 'bis-commerce',
    name: 'Bureau of Industry and Security',
    acronyms: [],
    aliases: ['Bureau of Export Administration'],
    kind: 'US government bureau',
    seat: 'Washington, D.C.',
    summary:
      'The Commerce Department bureau that administers export controls on dual-use goods and technology and works where trade meets national security. It was the Bureau of Export Administration until it was renamed in 2002.',
    source:
      'https://webarchive.library.unt.edu/eot2008/20080920162232/https:/www.bis.doc.gov/news/2002/commercerenamesagencybis.htm',
  },
  {
    id: 'bfdc',
    name: 'Bureau of Foreign and Domestic Commerce',
    acronyms: [],
    aliases: [],
    kind: 'US government bureau',
    founded: '1912',
    successor: 'the International Trade Administration',
    summary:
      "The Commerce Department bureau, created in 1912 by merging the Bureaus of Manufactures and of Statistics, that gathered and published commercial intelligence from abroad and sent trade commissioners and commercial attachés overseas; it was a predecessor of today's International Trade Administration.",
    source:
      'https://afsa.org/sites/default/files/flipping_book/0405/20 (FSJ, April 2005); https://books.google.cz/books?id=ce1AAAAAIAAJ&pg=PA43&dq=editions:UOM39015011407494&lr=&hl=cs&output=html_text&source=gbs_toc_r&cad=4; http://books-about-california.com/Pages/US_Dept_Commerce_PPIE/US_Dept_Commerce_PPIE_Chapter_5.html; https://books.google.cl/books?id=wyzwkS2MJaoC&pg=PA408&vq=manufacture&dq=editions:STANFORD36105007112605&lr=&output=html_text&source=gbs_toc_r&cad=3',
  },
  {
    id: 'census-bureau',
    name: 'U.S. Census Bureau',
    acronyms: [],
    aliases: ['Census Bureau', 'Bureau of the Census'],
    kind: 'US government bureau',
    summary:
      'The Commerce Department bureau that takes the constitutionally required population census every ten years and other economic censuses and surveys, and compiles the monthly U.S. export and import statistics.',
    source:
      'https://books.google.co.ke/books?id=8lAaAAAAMAAJ&pg=PA17&dq=related:ISBN0857490168&lr=&output=html_text&source=gbs_selected_pages&cad=3; https://american-business.org/244-department-of-commerce-us.html; https://m.openjurist.org/title-15/us-code/section-1511',
  },
  {
    id: 'noaa',
    name: 'National Oceanic and Atmospheric Administration',
    acronyms: ['NOAA'],
    aliases: [],
    kind: 'US government agency',
    founded: '1970',
    summary:
      'The Commerce Department agency for weather, oceans and fisheries, which includes the National Weather Service and issues hurricane advisories.',
    source:
      'https://american-business.org/244-department-of-commerce-us.html; https://www.wondriumdaily.com/the-us-cabinet-departments-divisions-and-functions/; https://m.openjurist.org/title-15/us-code/section-1511 (Reorganization Plan No. 3 of 1970)',
  },
  {
    id: 'nist',
    name: 'National Institute of Standards and Technology',
    acronyms: ['NIST'],
    aliases: ['National Bureau of Standards'],
    kind: 'US government agency',
    founded: '1901 (as the National Bureau of Standards; renamed 1988)',
    summary:
      "The Commerce Department's national measurement laboratory, which develops measurement science and standards to support industry and technology. Established in 1901 as the National Bureau of Standards, it took its present name in 1988.",
    source:
      'http://www-nlpir.nist.gov/works/pubs/mono91/cover.txt; http://www.270biomd.com/success-stories-news/2016/4/27/nist-national-institute-of-standards-technology',
  },
  {
    id: 'uspto',
    name: 'U.S. Patent and Trademark Office',
    acronyms: ['USPTO'],
    aliases: ['Patent and Trademark Office', 'Patent Office'],
    kind: 'US government agency',
    summary:
      'The Commerce Department agency that examines patent and trademark applications and grants patents and registers trademarks. The Patent Office moved to Commerce from the Interior Department in 1925.',
    source:
      'https://american-business.org/244-department-of-commerce-us.html; https://m.openjurist.org/title-15/us-code/section-1511',
  },
  // Agriculture components
  {
    id: 'aphis',
    name: 'Animal and Plant Health Inspection Service',
    acronyms: ['APHIS'],
    aliases: [],
    kind: 'US government agency',
    founded: '1972',
    seat: 'Riverdale, Maryland',
    summary:
      "The Agriculture Department agency that protects animal health, animal welfare and plant health and keeps invasive pests and diseases out of U.S. agriculture; it is the country's national plant protection authority.",
    source:
      'https://howlingpixel.com/i-en/Animal_and_Plant_Health_Inspection_Service; http://piglix.com/piglix/Aphis; https://m.farms.com/news/aphis-celebrates-50-years-of-protecting-american-agriculture-178409.aspx',
  },
  {
    id: 'forest-service',
    name: 'U.S. Forest Service',
    acronyms: [],
    aliases: ['Forest Service'],
    kind: 'US government agency',
    founded: '1905',
    summary:
      "The Agriculture Department agency that manages the national forests and grasslands, runs the world's largest forestry research organization and helps state and private forestry; it also works abroad on forest management with USAID and the State Department.",
    source:
      'https://mukagile.store/mastah-kampret/2EzZy9mLlZXazFmdulmL3d3d6MHc0/browse/orgimages.cfm?org=30; https://ww-w.pages.dev/0xLy93aWtpL0J1cmVhdV9vZl9Gb3Jlc3RyeQ (Transfer Act of 1905); https://m.global.ssl.fastly.net/Southern_Research_Station',
  },
  // Health and Human Services components
  {
    id: 'cdc',
    name: 'Centers for Disease Control and Prevention',
    acronyms: ['CDC'],
    aliases: ['Centers for Disease Control', 'Communicable Disease Center'],
    kind: 'US government agency',
    founded: '1946',
    seat: 'Atlanta, Georgia',
    summary:
      'The national public health agency in the Department of Health and Human Services, which works to control and prevent disease, injury and disability at home and abroad. It opened in Atlanta in 1946 as the Communicable Disease Center, successor to a wartime malaria-control program.',
    source:
      'https://shortpedia.org/centers_for_disease_control_and_prevention; https://historyheist.com/the-cdc-then-called-the-communicable-disease-center-is-formed-in-dekalb-county-ga-with-help-from-the-rockefeller-foundation; https://how.co/ht/issue-when-was-the-cdc-founded-64137/',
  },
  {
    id: 'fda',
    name: 'U.S. Food and Drug Administration',
    acronyms: ['FDA'],
    aliases: ['Food and Drug Administration'],
    kind: 'US government agency',
    founded: '1906',
    summary:
      'The Health and Human Services agency that regulates the safety of food, drugs and other consumer products, including many foreign facilities that make them. It traces its birth to the Pure Food and Drug Act of 1906.',
    source:
      'https://john-muresianu.medium.com/thinking-citizen-blog-fda-cdc-nih-a-little-history-a084e3fe6922?source=post_internal_links---------0-------------------------------; https://www.exploros.com/summary/cabinet',
  },
  {
    id: 'nih',
    name: 'National Institutes of Health',
    acronyms: ['NIH'],
    aliases: ['National Institute of Health'],
    kind: 'US government agency',
    founded: '1887',
    seat: 'Bethesda, Maryland',
    summary:
      "The United States' primary medical research agency, part of the Department of Health and Human Services, which runs its own institutes and funds research at other institutions. It grew from a one-room laboratory of the Marine Hospital Service set up in 1887.",
    source:
      'https://lawi.us/national-institutes-of-health-history/; https://timelines.issarice.com/wiki/Timeline_of_the_National_Institutes_of_Health; https://www.exploros.com/summary/cabinet',
  },
  // Energy, transportation and science agencies
  {
    id: 'nnsa',
    name: 'National Nuclear Security Administration',
    acronyms: ['NNSA'],
    aliases: [],
    kind: 'US government agency',
    founded: '2000',
    summary:
      'The part of the Department of Energy responsible for the U.S. nuclear weapons, created in 2000.',
    source:
      'https://melakarnets.com/proxy/index.php?q=https%3A%2F%2Fwww.infogalactic.com%2Finfo%2FNuclear_Regulatory_Commission%23cite_ref-wellc_2-2',
  },
  {
    id: 'aec',
    name: 'U.S. Atomic Energy Commission',
    acronyms: ['AEC'],
    aliases: ['Atomic Energy Commission'],
    kind: 'US government agency',
    founded: '1946',
    ended: '1975',
    successor:
      'the Nuclear Regulatory Commission and the Energy Research and Development Administration (later the Department of Energy)',
    summary:
      'The civilian commission, created by the Atomic Energy Act of 1946, that took over the wartime atomic bomb program, produced nuclear weapons and later promoted and regulated nuclear power. The Energy Reorganization Act of 1974 abolished it and divided its work between two new agencies.',
    source:
      'https://review.clateway.com/wiki/view_html.php?q=United_States_Atomic_Energy_Commission; http://wikipedia2007.classicistranieri.com/en/u/n/i/Talk%7EUnited_States_Atomic_Energy_Commission_d3d9.html; https://gallery.afmissileers.org/?type_0=gallery&album_gallery_id_0=148',
  },
  {
    id: 'nuclear-regulatory-commission',
    name: 'U.S. Nuclear Regulatory Commission',
    acronyms: [],
    aliases: ['Nuclear Regulatory Commission'],
    // "NRC" is also the Norwegian Refugee Council: clear only where the commission is named.
    contextAliases: ['NRC'],
    kind: 'US government agency',
    founded: '1975',
    seat: 'North Bethesda, Maryland',
    summary:
      'The independent agency that licenses and regulates civilian nuclear reactors and radioactive materials for safety and security. Created by the Energy Reorganization Act of 1974, it began work in January 1975 as one of the two successors of the Atomic Energy Commission.',
    url: 'https://www.nrc.gov',
    source:
      'https://melakarnets.com/proxy/index.php?q=https%3A%2F%2Fwww.infogalactic.com%2Finfo%2FNuclear_Regulatory_Commission%23cite_ref-wellc_2-2; https://webarchive.library.unt.edu/web/20120915092309/http://www.nrc.gov/reading-rm/doc-collections/nuregs/brochures/br0466; acronym NRC: https://www.britannica.com/topic/Nuclear-Regulatory-Commission',
  },
  {
    id: 'faa',
    name: 'Federal Aviation Administration',
    acronyms: ['FAA'],
    aliases: ['Federal Aviation Agency'],
    kind: 'US government agency',
    founded: '1958',
    summary:
      'The Transportation Department agency that regulates civil aviation safety and runs the national air-traffic control system. Created as the independent Federal Aviation Agency by the Federal Aviation Act of 1958, it took its present name when it joined the new Department of Transportation in 1967.',
    source:
      'https://www.faa.gov/about/history/photo_album/caa_to_faa/?cid=Birth; http://airandspace.si.edu/exhibitions/america-by-air/online/abaImage.cfm?webID=302.p4; https://www.transportation.gov/content/federal-aviation-act',
  },
  {
    id: 'nasa',
    name: 'National Aeronautics and Space Administration',
    acronyms: ['NASA'],
    aliases: [],
    kind: 'US government agency',
    founded: '1958',
    summary:
      'The U.S. civilian space and aeronautics agency, created by the National Aeronautics and Space Act of 1958 after the Soviet launch of Sputnik; it absorbed the National Advisory Committee for Aeronautics.',
    source:
      'https://www.enemyinmirror.com/nasa-national-aeronautics-and-space-administration/; http://ourairports.biz/?p=625; https://www.liquisearch.com/united_states_government_role_in_civil_aviation/federal_aviation_agency_and_nasa',
  },
  // Independent agencies
  {
    id: 'epa',
    name: 'U.S. Environmental Protection Agency',
    acronyms: ['EPA'],
    aliases: ['Environmental Protection Agency'],
    kind: 'US government agency',
    founded: '1970',
    summary:
      'The independent federal agency that sets and enforces pollution-control standards for air, water and land. President Nixon created it in 1970 by a reorganization plan that brought scattered federal pollution programs together.',
    source:
      'https://worldhistoryproject.org/1970/12/2/creation-of-the-united-states-environmental-protection-agency/; http://info.babylon.com/onlinebox.cgi?cid=9514&rt=ol&term=Reorganization+Plan+No.+3&tid=pop&tl=English&uil=English&uris=%21%21ARV6FUJ2JP&x=20&y=3; https://www.apeoplesepa.org/modules/reorganization-plans',
  },
  {
    id: 'gsa',
    name: 'General Services Administration',
    acronyms: ['GSA'],
    aliases: [],
    kind: 'US government agency',
    founded: '1949',
    summary:
      "The independent agency that acts as the federal government's business manager, handling its buildings, supplies, procurement and telecommunications. It was created in 1949 by the Federal Property and Administrative Services Act.",
    source:
      'https://www.govinfo.gov/content/pkg/GOVPUB-GS-380c000c9c4282adb0f6e5f3f79c37ec/html/GOVPUB-GS-380c000c9c4282adb0f6e5f3f79c37ec.htm; https://www.govinfo.gov/content/pkg/GOVPUB-GS-c74b8b0de7394cbbea2955238f6f8309/html/GOVPUB-GS-c74b8b0de7394cbbea2955238f6f8309.htm; http://asfenfaces.blogg.se/2022/august/plan-hasten-sale-surplus-federal-property.html',
  },
  {
    id: 'opm',
    name: 'U.S. Office of Personnel Management',
    acronyms: ['OPM'],
    aliases: ['Office of Personnel Management'],
    kind: 'US government agency',
    founded: '1979 (under the Civil Service Reform Act of 1978)',
    summary:
      "The federal government's central personnel agency, which issues the regulations governing federal human resources and guides agencies on them. It took over most of the work of the Civil Service Commission under the Civil Service Reform Act of 1978.",
    source:
      'http://www.liquisearch.com/civil_service_reform_act_of_1978; https://www.gao.gov/products/fpcd-80-38',
  },
  {
    id: 'mspb',
    name: 'U.S. Merit Systems Protection Board',
    acronyms: ['MSPB'],
    aliases: ['Merit Systems Protection Board'],
    kind: 'US government agency',
    founded: '1979 (under the Civil Service Reform Act of 1978)',
    summary:
      'The independent board that hears appeals from federal employees who are disciplined or removed and studies the federal civil service; it was one of the successors of the Civil Service Commission under the Civil Service Reform Act of 1978.',
    source:
      'http://www.liquisearch.com/civil_service_reform_act_of_1978; https://www.gao.gov/products/fpcd-80-38',
  },
  {
    id: 'frtib',
    name: 'Federal Retirement Thrift Investment Board',
    acronyms: ['FRTIB'],
    aliases: [],
    kind: 'US government agency',
    founded: '1986 (Federal Employees\u2019 Retirement System Act)',
    seat: 'Washington, D.C.',
    summary:
      'The independent executive-branch agency that runs the Thrift Savings Plan for federal employees and members of the uniformed services, investing its fund solely in the participants\u2019 interest. It is governed by five part-time board members appointed by the President and an executive director whom they select.',
    url: 'https://www.frtib.gov',
    source:
      'https://www.usgovernmentmanual.gov/Agency?EntityId=AS+RdWOA6oU=&ParentEId=+klubNxgV0o=&EType=jY3M4CTKVHY=; https://definitions.uslegal.com/f/federal-retirement-thrift-investment-board/; https://legalclarity.org/what-is-the-federal-retirement-thrift-investment-board',
  },
  {
    id: 'tsp',
    name: 'Thrift Savings Plan',
    acronyms: ['TSP'],
    aliases: [],
    kind: 'US government program',
    founded: '1986 (Federal Employees\u2019 Retirement System Act)',
    summary:
      'The tax-deferred, defined-contribution retirement savings plan for civilian federal employees and members of the uniformed services, comparable to a private 401(k). It is one of the three parts of the Federal Employees Retirement System and is administered by the Federal Retirement Thrift Investment Board.',
    source:
      'https://definitions.uslegal.com/t/thrift-savings-plan/; https://legalclarity.org/what-is-the-federal-retirement-thrift-investment-board; https://www.theinfolist.com/html/ALL/s/F/Federal_Retirement_Thrift_Investment_Board.html',
  },
  {
    id: 'fehb',
    name: 'Federal Employees Health Benefits Program',
    acronyms: ['FEHB', 'FEHBP'],
    aliases: ['Federal Employees Health Benefits', 'FEHB Program'],
    kind: 'US government program',
    founded: '1959 (law; in effect from July 1960)',
    summary:
      'The health insurance program for federal civilian employees, retirees and their families, run by the Office of Personnel Management: enrollees pick among competing plans offered by insurers, employee associations and unions, changing plans in a yearly open season, and the government pays most of the premium. Created by a 1959 act, it took effect in 1960.',
    source:
      'https://webarchive.library.unt.edu/eot2008/20080916211839/http:/www.opm.gov/insure/handbook/fehb01.asp; http://108.161.137.60/piglix/Federal_Employees_Health_Benefits_Program; https://www.everycrsreport.com/files/20150225_R43922_171e4e789bff3609a362d3345cc9f9579884b912.html; https://afsa.org/sites/default/files/flipping_book/1023/67/ (FSJ, October 2023)',
  },
  {
    id: 'civil-service-commission',
    name: 'U.S. Civil Service Commission',
    acronyms: [],
    aliases: ['Civil Service Commission'],
    kind: 'US government agency',
    ended: '1979',
    successor: 'the Office of Personnel Management and the Merit Systems Protection Board',
    summary:
      'The federal agency that administered the U.S. civil service until the Civil Service Reform Act of 1978 abolished it, dividing its functions chiefly between the Office of Personnel Management and the Merit Systems Protection Board.',
    source:
      'https://review.clateway.com/wiki/view_html.php?q=Civil_Service_Reform_Act_of_1978&sq=Qlik; http://gifinvidious.domain.glass/search/?q=the+civil+service+system+was+created+by+the+government; https://www.gao.gov/products/fpcd-80-38',
  },
  {
    id: 'federal-reserve',
    name: 'Federal Reserve System',
    acronyms: [],
    aliases: ['Federal Reserve', 'Federal Reserve Board'],
    contextAliases: ['the Fed'],
    kind: 'US government agency',
    founded: '1913',
    summary:
      'The central bank of the United States, created by the Federal Reserve Act of 1913: a Board of Governors appointed by the President oversees twelve regional Federal Reserve Banks. It conducts monetary policy and supervises banks.',
    url: 'https://www.federalreserve.gov',
    source:
      'https://www.linkwaylive.com/business/5-3-2017/government-organization/federal-reserve-us-economic-slowdown-temporary-bbc-news; https://dchan.qorigins.org/qresearch/res/17751557.html?poster_hash=914a3e; http://usstampgallery.com/view.php?id=1fae0d86546d823ab9b3bc819dfad93c66d7b709&s=40&t=55',
  },
  {
    id: 'sec',
    name: 'U.S. Securities and Exchange Commission',
    acronyms: ['SEC'],
    aliases: ['Securities and Exchange Commission'],
    kind: 'US government agency',
    founded: '1934',
    summary:
      'The independent federal agency that regulates securities markets and enforces the securities laws to protect investors. It was created by the Securities Exchange Act of 1934.',
    source:
      'http://legalflip.com/ThisDayInTheLaw.aspx?id=164; https://constitution.congress.gov/browse/essay/artI_S8_C3_1_8_6/',
  },
  {
    id: 'fcc',
    name: 'Federal Communications Commission',
    acronyms: ['FCC'],
    aliases: [],
    kind: 'US government agency',
    founded: '1934',
    summary:
      'The independent five-member commission that regulates interstate and international communications by radio, television, wire, satellite and cable, including licensing the public airwaves. It was created by the Communications Act of 1934.',
    source:
      'http://www.hippocampus.org/HippoCampus/player/topicText?topic=1436; https://www.oldradio.org/2012/06/june-19-1934-formation-of-fcc-by-us.html; https://beta.rosponseai.com/?p=1662',
  },
  {
    id: 'nara',
    name: 'National Archives and Records Administration',
    acronyms: ['NARA'],
    aliases: ['National Archives', 'National Archives and Records Service'],
    kind: 'US government agency',
    founded: '1934',
    seat: 'College Park, Maryland',
    summary:
      "The independent agency that keeps the federal government's permanent records, including the presidential records, and publishes the Federal Register. Created in 1934, it was part of the General Services Administration from 1949 until it became independent again in 1985.",
    source:
      'https://www.factmonster.com/encyclopedia/social-science/government/us/national-archives; https://prologue.blogs.archives.gov/2016/03/29/an-independent-national-archives/; https://capitolmarkets.com/spotlight/spotlight-nara',
  },
  {
    id: 'smithsonian',
    name: 'Smithsonian Institution',
    acronyms: [],
    aliases: ['Smithsonian'],
    kind: 'US government agency',
    founded: '1846',
    seat: 'Washington, D.C.',
    summary:
      "A trust instrumentality of the United States, founded under the will of James Smithson, that runs the world's largest museum and research complex, including the National Zoo and research facilities in several states and in Panama. Congress created it in 1846.",
    source:
      'https://openthebooks-dev.idevdesign.net/smithsonian-institution; http://www.si.edu/OGC/legalhistory; https://www.iperionhs.eu/partners/the-smithsonian-institution-museum-conservation-institute-si-mci/',
  },
  // Added last: immigration courts, drug policy, the mail
  {
    id: 'eoir',
    name: 'Executive Office for Immigration Review',
    acronyms: ['EOIR'],
    aliases: [],
    kind: 'US government agency',
    founded: '1983',
    seat: "Bailey's Crossroads (Falls Church), Virginia",
    summary:
      'The Justice Department agency that runs the U.S. immigration courts, whose judges decide in removal proceedings whether a noncitizen may stay or must leave; its Board of Immigration Appeals hears appeals. The Attorney General created it on January 9, 1983.',
    source:
      'https://www.justice.gov/eoir/evolution-pre-1983; https://www.detailedpedia.com/wiki-Executive_Office_for_Immigration_Review; http://cryer.org.uk/U.S._immigration_court',
  },
  {
    id: 'ondcp',
    name: 'Office of National Drug Control Policy',
    acronyms: ['ONDCP'],
    aliases: [],
    kind: 'White House office',
    founded: '1988 (Anti-Drug Abuse Act of 1988)',
    seat: 'Washington, D.C.',
    summary:
      'The Executive Office agency, headed by the director known as the "drug czar", that coordinates and oversees the domestic and international anti-drug efforts of federal agencies and produces the annual National Drug Control Strategy.',
    source:
      'https://wikimili.com/en/Office_of_National_Drug_Control_Policy; http://piglix.com/piglix/White_House_Office_of_National_Drug_Control_Policy',
  },
  {
    id: 'usps',
    name: 'U.S. Postal Service',
    acronyms: ['USPS'],
    aliases: ['Postal Service'],
    kind: 'US government agency',
    founded: '1971 (under the Postal Reorganization Act of 1970)',
    summary:
      'The independent establishment of the executive branch that delivers the mail, governed by a Board of Governors. It replaced the cabinet-level Post Office Department on July 1, 1971.',
    source:
      'https://about.usps.com/publications/pub100/pub100_036.htm; https://wikisummaries.org/independent-agency-takes-over-u-s-postal-service/; https://www.prnewswire.com:443/news-releases/a-half-century-of-operating-independently-while-continuing-to-bind-the-nation-together-301324047.html',
  },
  {
    id: 'operations-coordinating-board',
    name: 'Operations Coordinating Board',
    acronyms: [],
    aliases: [],
    kind: 'coordination body',
    founded: '1953',
    ended: '1961',
    successor: 'less formal National Security Council groups such as the Special Group',
    summary:
      'The interagency board President Eisenhower created by Executive Order 10483 in September 1953 to see that agencies carried out National Security Council decisions, including psychological and covert operations. Chaired by the Under Secretary of State, it replaced the Psychological Strategy Board and was abolished by President Kennedy in February 1961.',
    source:
      'https://en.wikipedia.org/wiki/Operations_Coordinating_Board; http://absoluteastronomy.com/topics/Operations_Coordinating_Board; https://history.state.gov/historicaldocuments/frus1950-55Intel/d158; https://history.state.gov/historicaldocuments/frus1952-54v02p2/d351',
  },
  {
    id: 'psychological-strategy-board',
    name: 'Psychological Strategy Board',
    acronyms: ['PSB'],
    aliases: [],
    kind: 'coordination body',
    founded: '1951',
    ended: '1953',
    successor: 'the Operations Coordinating Board',
    summary:
      "A Truman-era interagency board, set up by presidential directive in April 1951, that planned and coordinated U.S. psychological warfare programs in the early Cold War. On the Jackson Committee's advice, Eisenhower abolished it in 1953 and gave its work to the new Operations Coordinating Board.",
    source:
      'https://history.state.gov/historicaldocuments/frus1950-55Intel/d158; http://absoluteastronomy.com/topics/Operations_Coordinating_Board',
  },
  {
    id: 'national-intelligence-council',
    name: 'National Intelligence Council',
    acronyms: [],
    aliases: [],
    contextAliases: ['NIC'],
    kind: 'US government agency',
    founded: '1979',
    summary:
      "The body of senior analysts that drafts National Intelligence Estimates and other assessments giving the intelligence community's coordinated judgments to policymakers. It grew out of the National Intelligence Officers who replaced CIA's Office of National Estimates in 1973, took its name in 1979 and has reported to the Director of National Intelligence since 2005.",
    source:
      'http://piglix.com/piglix/National_Intelligence_Estimate; https://www.everycrsreport.com/reports/R40505.html; https://web.archive.org/web/20090528103305/http://www.dni.gov/nic/NIC_tradecraft_overview.html',
  },
  {
    id: 'office-of-national-estimates',
    name: 'Office of National Estimates',
    acronyms: [],
    aliases: ['Board of National Estimates'],
    kind: 'US government agency',
    founded: '1950',
    ended: '1973',
    successor:
      'the National Intelligence Officers, who became the National Intelligence Council in 1979',
    summary:
      "The CIA office that drafted the government's National Intelligence Estimates from November 1950, producing more than 1,500 of them before it was disestablished in 1973.",
    source:
      'https://web.archive.org/web/20090528103305/http://www.dni.gov/nic/NIC_tradecraft_overview.html; http://piglix.com/piglix/National_Intelligence_Estimate',
  },
  {
    id: 'fbis',
    name: 'Foreign Broadcast Information Service',
    acronyms: ['FBIS'],
    aliases: ['Foreign Broadcast Monitoring Service', 'Foreign Broadcast Intelligence Service'],
    kind: 'US government agency',
    founded: '1941',
    ended: '2005',
    successor: 'the Open Source Center under the Director of National Intelligence',
    summary:
      'The U.S. government service that monitored, translated and circulated foreign radio, television and press reporting. Begun in 1941 under the Federal Communications Commission to follow Axis propaganda, it became part of the CIA in 1947 and was folded into the new Open Source Center in 2005.',
    source:
      'https://rc135.com/0016/FOREIGN_.HTM; https://www.museum.tv/portfolio-2/foreign-broadcast-information-service; https://wikisum.wiki/wiki/Foreign_Broadcast_Information_Service',
  },
  {
    id: 'social-security-administration',
    name: 'Social Security Administration',
    acronyms: [],
    aliases: ['U.S. Social Security Administration', 'Social Security Board'],
    contextAliases: ['SSA'],
    kind: 'US government agency',
    founded: '1935 (as the Social Security Board)',
    seat: 'Woodlawn, Maryland',
    summary:
      'The independent federal agency that runs Social Security retirement, disability and survivor benefits and Supplemental Security Income. Created by the Social Security Act of 1935 as the Social Security Board, it took its present name in 1946 and became independent again in 1994.',
    url: 'https://www.ssa.gov',
    source:
      'https://en.m.wiki.x.io/wiki/Commissioner_of_Social_Security; https://owiki.org/wiki/The_Social_Security_Administration; https://wojal.com/social-security-administration-customer-service-number-144944',
  },
  {
    id: 'office-of-special-counsel',
    name: 'U.S. Office of Special Counsel',
    acronyms: [],
    aliases: ['United States Office of Special Counsel'],
    contextAliases: ['Office of Special Counsel', 'OSC'],
    kind: 'US government agency',
    founded: '1979',
    seat: 'Washington, D.C.',
    summary:
      'The small independent federal agency, created by the Civil Service Reform Act of 1978, that protects federal employees and applicants from prohibited personnel practices, above all reprisal for whistleblowing. It also receives whistleblower disclosures and advises on and enforces the Hatch Act limits on federal employees’ political activity.',
    url: 'https://osc.gov',
    source:
      'https://WikiMili.com/en/United_States_Office_of_Special_Counsel; https://docslib.org/doc/4374640/kaplan-hannapel-issue-brief; https://www.wiizl.com/osc.gov',
  },
  {
    id: 'us-border-patrol',
    name: 'U.S. Border Patrol',
    acronyms: [],
    aliases: ['United States Border Patrol'],
    contextAliases: ['Border Patrol'],
    contextFrom: ['cbp', 'dhs', 'ins'],
    kind: 'US government agency',
    founded: '1924',
    summary:
      'The uniformed federal law enforcement arm of U.S. Customs and Border Protection that guards the land borders and coasts between ports of entry against illegal crossings and smuggling. Congress created it in May 1924 in the Labor Department’s Immigration Bureau; it served under the Immigration and Naturalization Service until that agency was dissolved in 2003.',
    source:
      'https://cbp.gov/about/history/1924-border-patrol-established?language_content_entity=en; https://encyclopediahub.com/ar070400; https://owiki.org/wiki/US_Border_Patrol',
  },
  {
    id: 'us-public-health-service',
    name: 'U.S. Public Health Service',
    acronyms: ['USPHS'],
    aliases: [
      'United States Public Health Service',
      'Public Health Service Commissioned Corps',
      'Marine Hospital Service',
    ],
    contextAliases: ['Public Health Service', 'PHS'],
    kind: 'US government agency',
    founded: '1798 (as the marine hospital network; Marine Hospital Service from 1870)',
    summary:
      'The federal public health service of the Department of Health and Human Services, with a uniformed Commissioned Corps of health officers led by the Surgeon General who serve in agencies such as CDC, FDA and the Indian Health Service and deploy to emergencies at home and abroad. It grew out of the marine hospitals created by the 1798 Act for the Relief of Sick and Disabled Seamen.',
    source:
      'https://www.usphs.gov/history; https://encyclopediahub.com/ar540750; https://defensemedianetwork.com/stories/public-health-service-commissioned-corps; http://uniforms-4u.com/p-phs-bicentennial-unit-commendation-ribbon-18255.aspx',
  },
  // Added from a review of FSJ pages
  {
    id: 'nsf',
    name: 'National Science Foundation',
    acronyms: ['NSF'],
    aliases: ['U.S. National Science Foundation'],
    kind: 'US government agency',
    founded: '1950',
    seat: 'Alexandria, Virginia',
    summary:
      'The independent federal agency, created by the National Science Foundation Act of 1950, that funds basic research and education across the non-medical sciences and engineering through competitive grants, mostly to universities; it also supports U.S. research stations in Antarctica and U.S. part in international science.',
    url: 'https://www.nsf.gov',
    source:
      'http://www.nsf.gov/nsf/nsfpubs/guide/intro.htm ; https://webharvest.gov/peth04/20041017211154/http://www.nsf.gov/home/about/creation.htm ; https://organic-farming.netboard.me/the_national_science_nsf/?tab=95208 (headquarters)',
  },
  {
    id: 'usgs',
    name: 'U.S. Geological Survey',
    acronyms: ['USGS'],
    aliases: ['United States Geological Survey'],
    kind: 'US government agency',
    founded: '1879',
    seat: 'Reston, Virginia',
    summary:
      'The science bureau of the Interior Department, created by Congress in 1879, that maps the United States and studies its geology, water, biology and natural resources and natural hazards such as earthquakes and volcanoes; it has no regulatory power.',
    url: 'https://www.usgs.gov',
    source:
      'https://phys.org/partners/united-states-geological-survey/ ; https://scitechpost.com/wiki/usgs ; https://bookrags.com/research/geological-survey-enve-01',
  },
  {
    id: 'combined-federal-campaign',
    name: 'Combined Federal Campaign',
    acronyms: [],
    aliases: [],
    kind: 'US government program',
    founded: '1961',
    summary:
      'The federal government\u2019s workplace charity drive, in which civilian, postal and military employees, at home and at posts abroad, pledge gifts to approved charities, often by payroll deduction. It grew out of President Kennedy\u2019s 1961 executive order, took its present form under a 1982 order, and is run by the Office of Personnel Management.',
    url: 'https://www.opm.gov/combined-federal-campaign',
    source:
      'https://web.archive.org./web/20220712205523/https://www.opm.gov/combined-federal-campaign ; https://en.wikipedia.org/wiki/Combined_Federal_Campaign ; https://about.usps.com/manuals/elm/html/elmc6_007.htm',
  },
  {
    id: 'advocacy-center',
    name: 'Advocacy Center of the U.S. Department of Commerce',
    acronyms: [],
    aliases: ['ITA Advocacy Center', 'Commerce Department Advocacy Center'],
    // "Advocacy Center" alone is clear on a page naming Commerce, ITA or the Commercial Service.
    contextAliases: ['Advocacy Center'],
    contextFrom: ['commerce', 'ita', 'fcs', 'useac'],
    kind: 'US government bureau',
    founded: '1993',
    summary:
      'The International Trade Administration unit, created in 1993, that coordinates U.S. government advocacy for American companies bidding against foreign firms for foreign government contracts, civilian and defense, working with the Commercial Service at home and in embassies abroad.',
    source:
      'https://grow.exim.gov/blog/the-advocacy-center-of-the-u.s.-department-of-commerce ; https://2016.export.gov/advocacy/eg_main_022744.asp ; https://erd.export-u.com/articles-2/trading-partners/advocacy/',
  },
  {
    id: 'eeoc',
    name: 'U.S. Equal Employment Opportunity Commission',
    acronyms: ['EEOC'],
    aliases: ['Equal Employment Opportunity Commission'],
    kind: 'US government agency',
    founded: '1965',
    summary:
      'The bipartisan federal commission, created by Title VII of the Civil Rights Act of 1964 and at work from July 1965, that enforces the laws against job discrimination by race, color, religion, sex, national origin, age or disability; it investigates and conciliates complaints and may sue in federal court.',
    url: 'https://www.eeoc.gov',
    source:
      'https://www.counselstack.com/government-entity/eeoc ; http://anystandard.net/EEOCimg.html ; https://encyclopediahub.com/ar183310',
  },
  {
    id: 'fegli',
    name: 'Federal Employees\u2019 Group Life Insurance',
    acronyms: ['FEGLI'],
    aliases: [
      'Federal Employees Group Life Insurance',
      'Federal Employee Group Life Insurance',
      "Federal Employees' Group Life Insurance Program",
      'Federal Employees Group Life Insurance Program',
    ],
    kind: 'US government program',
    founded: '1954',
    summary:
      'The group term life insurance program for U.S. federal and postal employees and retirees, created by a 1954 act of Congress and now run by the Office of Personnel Management, with claims handled by a contracted insurer (MetLife); new employees get Basic coverage, its cost shared two to one with the government, unless they waive it, and may add three optional kinds at their own cost.',
    source:
      'https://www.washingtonpost.com/archive/local/2004/09/08/first-open-season-in-five-years-begins-for-fegli/5f51645f-7296-420e-8ef2-0e5b73becc54/ ; http://www.fedweek.com/reg-jones-experts-view/fegli-updated/ ; http://chaos.owiki.org/wiki/Federal_Employees%27_Group_Life_Insurance_Act ; http://www.comparefegli.com/history-of-fegli/',
  },
  {
    id: 'americorps',
    name: 'Corporation for National and Community Service',
    acronyms: ['CNCS'],
    aliases: ['AmeriCorps'],
    kind: 'US government agency',
    founded: '1993',
    seat: 'Washington, D.C.',
    summary:
      'The independent federal agency for national service, created by the National and Community Service Trust Act of 1993 from a merger of ACTION and the Commission on National and Community Service, and known since 2020 as AmeriCorps. It places stipended members in community work across the United States through programs such as AmeriCorps VISTA, AmeriCorps NCCC and AmeriCorps Seniors; it is often called the domestic counterpart of the Peace Corps.',
    url: 'https://americorps.gov',
    source:
      'http://206.189.44.186/host-http-en.m.wikipedia.org/wiki/Corporation_for_National_Service ; https://cncsgrantdaily.com/about/agency-overview/statutes-regulations.html ; https://encyclopediahub.com/?p=21314 ; http://awardsandwinners.com/winner/?mid=%2Fm%2F0214s3&name=americorps',
  },
  {
    id: 'americorps-vista',
    name: 'AmeriCorps VISTA',
    acronyms: ['VISTA'],
    aliases: ['Volunteers in Service to America', 'AmeriCorps*VISTA'],
    kind: 'US government program',
    founded: '1965',
    summary:
      'The national service program against poverty, begun in 1965 under President Johnson\u2019s War on Poverty as Volunteers in Service to America, a domestic version of the Peace Corps, and folded into AmeriCorps in 1993; its full-time members help nonprofits and public agencies build programs for low-income communities.',
    source:
      'http://206.189.44.186/host-http-en.m.wikipedia.org/wiki/Corporation_for_National_Service ; http://www.sde.idaho.gov/site/vista/history_vista.htm ; https://talk.dob.jp/enwiki/w/index.php?oldid=286747047&title=AmeriCorps_VISTA',
  },
  {
    id: 'sba',
    name: 'U.S. Small Business Administration',
    acronyms: ['SBA'],
    aliases: ['Small Business Administration', 'United States Small Business Administration'],
    kind: 'US government agency',
    founded: '1953',
    seat: 'Washington, D.C.',
    summary:
      'The independent federal agency created by the Small Business Act of July 1953, in place of the Reconstruction Finance Corporation, to help and protect small businesses: it guarantees loans, helps small firms win a fair share of federal contracts, gives counseling and makes disaster loans. It is one of the agencies of the Trade Promotion Coordinating Committee.',
    url: 'https://www.sba.gov',
    source:
      'https://www.sba.gov/about-sba/what-we-do/authority ; https://ebsco.com/research-starters/history/congress-creates-small-business-administration ; https://kids.britannica.com/students/article/Small-Business-Administration/336714 ; https://govinfo.library.unt.edu/npr/library/direct/orders/tradepromotion.html',
  },
  {
    id: 'tpcc',
    name: 'Trade Promotion Coordinating Committee',
    acronyms: ['TPCC'],
    aliases: [],
    kind: 'coordination body',
    founded: '1992 (required by the Export Enhancement Act)',
    summary:
      'The interagency committee, chaired by the Secretary of Commerce, that coordinates the export promotion and export financing programs of some 20 federal agencies, among them State, Agriculture, USAID, the Export-Import Bank and the Small Business Administration, and draws up a governmentwide trade promotion strategy. Congress required it in the Export Enhancement Act of 1992.',
    source:
      'https://govinfo.library.unt.edu/npr/library/direct/orders/tradepromotion.html (Executive Order 12870, 1993) ; http://law.justia.com/codes/us/1998/title15/chap73/subchapiii/sec4727/ ; https://www.trade.gov/press/press_releases/2009/tpcc_102309.asp ; https://afsa.org/sites/default/files/flipping_book/0405/25 (FSJ, April 2005)',
  },
  {
    id: 'cigie',
    name: 'Council of the Inspectors General on Integrity and Efficiency',
    acronyms: ['CIGIE'],
    aliases: ['Council of Inspectors General on Integrity and Efficiency'],
    kind: 'coordination body',
    founded: '2008',
    seat: 'Washington, D.C.',
    summary:
      'The independent body in the executive branch, set up by the Inspector General Reform Act of 2008, that brings together the federal inspectors general to deal with fraud, waste and integrity problems reaching beyond any one agency and to set standards and training for their staffs; it replaced two earlier councils, the PCIE and ECIE, and OMB\u2019s Deputy Director for Management is its executive chair.',
    url: 'https://www.ignet.gov',
    source:
      'https://wikimili.com/wiki/Council_of_the_Inspectors_General_on_Integrity_and_Efficiency ; http://piglix.com/piglix/Council_of_Inspectors_General_on_Integrity_and_Efficiency ; https://cybercemetery.unt.edu/archive/oilspill/20130213204120/http:/www.ignet.gov/pande/cfaq1.html',
  },
  {
    id: 'terrorist-screening-center',
    name: 'Terrorist Screening Center',
    acronyms: [],
    aliases: [],
    // "TSC" names other things; only in an article that names the center in full.
    contextAliases: ['TSC'],
    kind: 'US government agency',
    founded: '2003',
    seat: 'Washington, D.C.',
    summary:
      'The multi-agency center administered by the FBI, created under Homeland Security Presidential Directive 6 of September 2003, that merged the government\u2019s many terrorist watch lists into one screening database used by consular officers, border inspectors and police; some watch-list work the State Department\u2019s Bureau of Intelligence and Research had done moved to it.',
    source:
      'https://oig.justice.gov/reports/FBI/a0527/chapter3.htm ; https://www.everycrsreport.com/files/20041223_RL32366_57af4b62e71bb2ede6251cd545ec3b27d3d0a6d8.html ; https://www.computerworld.co.nz/article/41845/bush_orders_integration_u_terrorist_watch_lists/ ; http://www.officer.com/article/10250596/keeping-terrorists-off-the-front-page (located in Washington, D.C.)',
  },
  {
    id: 'commodity-credit-corporation',
    name: 'Commodity Credit Corporation',
    acronyms: [],
    aliases: [],
    // "CCC" is also the Civilian Conservation Corps; only with the full name in the article.
    contextAliases: ['CCC'],
    kind: 'US government agency',
    founded: '1933',
    summary:
      'The government-owned corporation in the Agriculture Department, created in October 1933 under the New Deal to stabilize and support farm incomes and prices, that finances USDA\u2019s commodity and income support programs, export credit guarantees and food aid; it has no staff of its own, so the Farm Service Agency and the Foreign Agricultural Service run its programs.',
    source:
      'https://en-academic.com/dic.nsf/enwiki/1205981 ; https://www.investopedia.com/terms/c/commodity-credit-corporation.asp ; https://definitions.uslegal.com/c/commodity-credit-corporation-ccc/',
  },
  {
    id: 'eda',
    name: 'U.S. Economic Development Administration',
    acronyms: [],
    aliases: ['Economic Development Administration'],
    // "EDA" is also the European Defence Agency and other bodies.
    contextAliases: ['EDA'],
    kind: 'US government agency',
    founded: '1965',
    seat: 'Herbert C. Hoover Building, Washington, D.C.',
    summary:
      'The Commerce Department agency, created by the Public Works and Economic Development Act of 1965 to succeed the Area Redevelopment Administration, that gives grants and technical help to economically distressed rural and urban communities to create and keep jobs and attract private investment.',
    url: 'https://www.eda.gov',
    source:
      'https://www.eda.gov/archives/2016/50/history/ ; https://db0nus869y26v.cloudfront.net/en/Economic_Development_Administration ; https://counselstack.com/government-entity/eda',
  },
  {
    id: 'bea',
    name: 'Bureau of Economic Analysis',
    acronyms: [],
    aliases: ['U.S. Bureau of Economic Analysis'],
    // "BEA" is also France's air accident investigation bureau; only with the full name.
    contextAliases: ['BEA'],
    kind: 'US government bureau',
    founded: '1972',
    summary:
      'The Commerce Department statistical agency that produces the official U.S. economic accounts, above all gross domestic product, as well as personal income, corporate profits and international transactions; it took over from the Office of Business Economics on January 1, 1972.',
    url: 'https://www.bea.gov',
    source:
      'https://en.wikipedia.org/wiki/Bureau_of_Economic_Analysis ; https://encyclopedia.com/finance/encyclopedias-almanacs-transcripts-and-maps/bureau-economic-analysis ; https://free-ebooks.net/history/Brief-Histories-of-U-S-Government-Agencies-Volume-Four/html/17',
  },
];

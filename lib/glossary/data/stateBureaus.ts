// The glossary's State Department bureaus and offices, current and historic.
// Facts come from the pages named in each entry's `source`; card summaries are written for FSJ Gloss.

import type { GlossaryEntry } from '../types';

export const STATE_BUREAUS: readonly GlossaryEntry[] = [
  // Regional bureaus
  {
    id: 'af',
    name: 'Bureau of African Affairs',
    acronyms: [],
    aliases: ['African Affairs Bureau'],
    contextAliases: ['AF'],
    kind: 'US government bureau',
    founded: '1958',
    seat: 'Washington, D.C.',
    summary:
      "The State Department's regional bureau for sub-Saharan Africa, led by an assistant secretary who oversees U.S. embassies in the region. Congress authorized it in July 1958 to handle relations with newly independent African states, carving it out of the Near Eastern bureau.",
    source:
      'https://history.state.gov/historicaldocuments/frus1958-60v14/d7; https://wikimili.com/en/Bureau_of_African_Affairs; https://wikimili.com/en/Assistant_Secretary_of_State_for_African_Affairs',
  },
  {
    id: 'eap',
    name: 'Bureau of East Asian and Pacific Affairs',
    acronyms: ['EAP'],
    aliases: ['Bureau of Far Eastern Affairs', 'East Asian and Pacific Affairs Bureau'],
    kind: 'US government bureau',
    founded: '1949 (as the Bureau of Far Eastern Affairs)',
    seat: 'Washington, D.C.',
    summary:
      "The State Department's regional bureau for East Asia and the Pacific, which directs U.S. relations with the countries of the Asia-Pacific region. Set up in 1949 as the Bureau of Far Eastern Affairs, it took its present name in 1966.",
    source:
      'https://goodnames.eth.limo/wiki/Ass._Sec._for_East_Asian_and_Pacific_Affairs.html; https://wikimili.com/en/Bureau_of_East_Asian_and_Pacific_Affairs',
  },
  {
    id: 'eur',
    name: 'Bureau of European and Eurasian Affairs',
    acronyms: ['EUR'],
    aliases: [
      'Bureau of European Affairs',
      'Bureau of European and Canadian Affairs',
      'European and Eurasian Affairs Bureau',
    ],
    kind: 'US government bureau',
    founded: '1949 (as the Bureau of European Affairs)',
    summary:
      "The State Department's regional bureau for Europe and Eurasia. Created in 1949 as the Bureau of European Affairs, it was the Bureau of European and Canadian Affairs from 1983 until Canada moved to the Western Hemisphere bureau in 1999, and took its present name in 2001.",
    source:
      'https://history.state.gov/departmenthistory/people/principalofficers/assistant-secretary-for-european-affairs',
  },
  {
    id: 'nea',
    name: 'Bureau of Near Eastern Affairs',
    acronyms: ['NEA'],
    aliases: [
      'Bureau of Near Eastern and South Asian Affairs',
      'Bureau of Near Eastern, South Asian, and African Affairs',
      'Near Eastern Affairs Bureau',
      'Bureau of Near East Affairs',
      'Near East Affairs Bureau',
    ],
    kind: 'US government bureau',
    founded: '1949',
    summary:
      "The State Department's regional bureau for the Middle East and North Africa. Established in 1949 with South Asia and Africa also in its remit, it lost Africa south of the Sahara in 1958 and South Asia in 1992, when a separate South Asian bureau was created.",
    source:
      'https://www.history.state.gov/departmenthistory/people/principalofficers/assistant-secretary-for-near-eastern-affairs; https://wikimili.com/en/Assistant_Secretary_of_State_for_Near_Eastern_Affairs; https://afsa.org/sites/default/files/flipping_book/0307/22 (FSJ, March 2007: "the Bureau of Near East Affairs")',
  },
  {
    id: 'sca',
    name: 'Bureau of South and Central Asian Affairs',
    acronyms: ['SCA'],
    aliases: ['Bureau of South Asian Affairs', 'South and Central Asian Affairs Bureau'],
    kind: 'US government bureau',
    founded: '1992 (as the Bureau of South Asian Affairs)',
    summary:
      "The State Department's regional bureau for South and Central Asia, from Afghanistan and India to the five Central Asian republics. Founded in 1992 as the Bureau of South Asian Affairs, it took over Central Asia from the European bureau and its present name in 2006.",
    source:
      'https://www.history.state.gov/departmenthistory/people/principalofficers/assistant-secretary-for-near-eastern-affairs; http://worddisk.com/wiki/Assistant_Secretary_of_State_for_South_and_Central_Asian_Affairs; https://de.zxc.wiki/wiki/Assistant_Secretary_of_State_for_South_and_Central_Asian_Affairs',
  },
  {
    id: 'wha',
    name: 'Bureau of Western Hemisphere Affairs',
    acronyms: ['WHA', 'ARA'],
    aliases: [
      'Bureau of Inter-American Affairs',
      'Western Hemisphere Affairs Bureau',
      'Inter-American Affairs Bureau',
    ],
    kind: 'US government bureau',
    founded: '1949 (as the Bureau of Inter-American Affairs)',
    seat: 'Washington, D.C.',
    summary:
      "The State Department's regional bureau for Latin America, the Caribbean and Canada, which also oversees the U.S. Mission to the Organization of American States. It grew out of the Assistant Secretary for American Republic Affairs post of 1944 and was long the Bureau of Inter-American Affairs.",
    source:
      'https://wikimili.com/en/Assistant_Secretary_of_State_for_Western_Hemisphere_Affairs; https://wikimili.com/en/Bureau_of_Western_Hemisphere_Affairs; http://allgov.com/agency/Bureau_of_Western_Hemisphere_Affairs',
  },
  {
    id: 'io',
    name: 'Bureau of International Organization Affairs',
    acronyms: [],
    aliases: ['Bureau for United Nations Affairs', 'International Organization Affairs Bureau'],
    contextAliases: ['IO'],
    kind: 'US government bureau',
    founded: '1949',
    summary:
      'The State Department bureau that develops and carries out U.S. policy in the United Nations, its specialized agencies and other international organizations, working through the U.S. missions in New York, Geneva, Rome, Vienna and elsewhere. Founded in 1949, it was briefly called the Bureau for United Nations Affairs before reverting to its name in 1954.',
    source:
      'https://www.state.gov/p/io/c34723.htm; https://webarchive.library.unt.edu/eot2008/20080922020445/http:/www.state.gov/p/io/c14685.htm',
  },
  // Functional bureaus
  {
    id: 'inr',
    name: 'Bureau of Intelligence and Research',
    acronyms: ['INR'],
    aliases: ['Office of Intelligence Research'],
    kind: 'US government bureau',
    founded: '1945',
    summary:
      "The State Department's own intelligence bureau and a member of the U.S. Intelligence Community, providing all-source analysis to diplomats rather than collecting intelligence itself. It descends from the research and analysis branch of the wartime Office of Strategic Services, moved to State in 1945.",
    url: 'https://www.state.gov/bureau-of-intelligence-and-research',
    source:
      'https://review.clateway.com/wiki/view_html.php?lang=en&q=Bureau_of_Intelligence_and_Research&sq=Envato; http://www.liquisearch.com/bureau_of_intelligence_and_research',
  },
  {
    id: 'ds',
    name: 'Bureau of Diplomatic Security',
    acronyms: [],
    aliases: ['Diplomatic Security'],
    contextAliases: ['DS'],
    kind: 'US government bureau',
    founded: '1985',
    summary:
      "The State Department's security and law enforcement bureau, which protects U.S. diplomatic missions, personnel and information worldwide and, at home, investigates passport and visa fraud and guards the Secretary and visiting dignitaries. It was formed in 1985 by consolidating the Department's security activities, whose predecessors were the Office of the Chief Special Agent (from 1916) and the Office of Security (SY).",
    source:
      'https://www.army.mil/article/209289/silver_greyhounds_lay_the_foundation_for_us_diplomatic_courier_service; http://www.reference.com/browse/bureau+of+diplomatic+security; https://careers.state.gov/major/law/page/2; https://books.apple.com/at/book/history-of-the-bureau-of-diplomatic-security/id702124169',
  },
  {
    id: 'dss',
    name: 'Diplomatic Security Service',
    acronyms: ['DSS'],
    aliases: ['Office of the Chief Special Agent'],
    contextAliases: ['SY', 'Office of Security'],
    kind: 'US government bureau',
    founded: '1916',
    summary:
      "The law enforcement and security arm inside the State Department's Bureau of Diplomatic Security, whose special agents serve as regional security officers at embassies. It traces its origins to a small security office created under Secretary Robert Lansing in 1916.",
    source:
      'https://medium.com/foggy-bottom/state-department-s-diplomatic-security-service-turns-100-824d311791cc; http://www.reference.com/browse/bureau+of+diplomatic+security; https://2009-2017.state.gov/m/ds/about/history/index.htm',
  },
  {
    id: 'ca',
    name: 'Bureau of Consular Affairs',
    acronyms: [],
    aliases: [
      'Bureau of Security and Consular Affairs',
      'Consular Affairs Bureau',
      'Bureau of Inspection, Security, and Consular Affairs',
    ],
    contextAliases: ['CA'],
    kind: 'US government bureau',
    founded: '1952 (as the Bureau of Security and Consular Affairs)',
    seat: 'Washington, D.C.',
    summary:
      'The State Department bureau that issues U.S. passports and visas, helps American citizens abroad and publishes travel advisories. It began in 1952 as the Bureau of Security and Consular Affairs under the Immigration and Nationality Act and was renamed in 1977.',
    url: 'https://travel.state.gov',
    source:
      'https://wikimili.com/en/Bureau_of_Consular_Affairs; https://profilpelajar.com/de/Assistant_Secretary_of_State_for_Consular_Affairs; https://careers.state.gov/major/law/page/2; http://w.owiki.org/wiki/Bureau_of_Consular_Affairs (briefly the Bureau of Inspection, Security, and Consular Affairs in 1954)',
  },
  // Arms control and international security ("T" family)
  {
    id: 'pm',
    name: 'Bureau of Political-Military Affairs',
    acronyms: [],
    aliases: ['Bureau of Politico-Military Affairs', 'Political-Military Affairs Bureau'],
    contextAliases: ['PM'],
    kind: 'US government bureau',
    founded: '1969',
    summary:
      "The State Department's main link to the Department of Defense, setting policy on security assistance, arms transfers, defense trade and military operations abroad. It was created by administrative order in 1969 as the Bureau of Politico-Military Affairs.",
    source:
      'https://history.state.gov/departmenthistory/people/principalofficers/assistant-secretary-for-politico-military-affairs; https://careers.state.gov/dosoffice/political-military-affairs/',
  },
  {
    id: 'ddtc',
    name: 'Directorate of Defense Trade Controls',
    acronyms: ['DDTC'],
    aliases: [],
    kind: 'US government bureau',
    summary:
      'The office in the Bureau of Political-Military Affairs that licenses the export and temporary import of defense articles and services on the U.S. Munitions List and enforces the International Traffic in Arms Regulations (ITAR).',
    source:
      'https://en.wikipedia.org/wiki/Directorate_of_Defense_Trade_Controls; https://www.state.gov/key-topics-bureau-of-political-military-affairs/',
  },
  {
    id: 'isn',
    name: 'Bureau of International Security and Nonproliferation',
    acronyms: ['ISN'],
    aliases: ['International Security and Nonproliferation Bureau'],
    kind: 'US government bureau',
    founded: '2005',
    summary:
      'The State Department bureau that leads U.S. efforts to stop the spread of nuclear, chemical and biological weapons, their delivery systems and advanced conventional arms. It was formed in September 2005 by merging the Bureau of Arms Control and the Bureau of Nonproliferation.',
    source:
      'https://review.clateway.com/wiki/view_html.php?lang=en&q=Bureau_of_International_Security_and_Nonproliferation&sq=Envato; https://americanambassadors.org/publications/ambassadors-review/fall-2013/national-security-and-the-state-department-t-bureaus',
  },
  {
    id: 'bureau-of-nonproliferation',
    name: 'Bureau of Nonproliferation',
    acronyms: [],
    aliases: [],
    kind: 'US government bureau',
    ended: '2005',
    successor: 'the Bureau of International Security and Nonproliferation (ISN)',
    summary:
      'A former State Department bureau responsible for nonproliferation policy. In September 2005 it was merged with the Bureau of Arms Control to form the Bureau of International Security and Nonproliferation.',
    source:
      'https://review.clateway.com/wiki/view_html.php?lang=en&q=Bureau_of_International_Security_and_Nonproliferation&sq=Envato',
  },
  {
    id: 'bureau-of-arms-control',
    name: 'Bureau of Arms Control',
    acronyms: [],
    aliases: ['Arms Control Bureau'],
    kind: 'US government bureau',
    founded: '1999',
    ended: '2005',
    successor: 'the Bureau of International Security and Nonproliferation (ISN)',
    summary:
      'A State Department bureau set up by Secretary Madeleine Albright on April 1, 1999, as arms control work moved into the Department. It was merged with the Bureau of Nonproliferation in September 2005 to form the Bureau of International Security and Nonproliferation.',
    source:
      'https://profilpelajar.com/article/Bureau_of_Arms_Control,_Verification_and_Compliance; https://review.clateway.com/wiki/view_html.php?lang=en&q=Bureau_of_International_Security_and_Nonproliferation&sq=Envato',
  },
  {
    id: 'ads',
    name: 'Bureau of Arms Control, Deterrence, and Stability',
    acronyms: ['AVC'],
    aliases: [
      'Bureau of Arms Control, Verification and Compliance',
      'Bureau of Verification, Compliance, and Implementation',
      'Bureau of Verification and Compliance',
    ],
    contextAliases: ['ADS'],
    kind: 'US government bureau',
    founded: '2000 (as the Bureau of Verification and Compliance)',
    summary:
      "The State Department bureau that negotiates and verifies arms control agreements, assesses other countries' compliance and prepares the President's annual compliance report to Congress. Known as the Bureau of Arms Control, Verification and Compliance (AVC) from about 2010, it took its present name in November 2023.",
    source:
      'https://profilpelajar.com/article/Bureau_of_Arms_Control,_Verification_and_Compliance; http://www.allgov.com/departments/department-of-state/bureau-of-arms-controlverification-and-compliance?agencyid=7182; https://preview.state.gov/about-us-bureau-of-arms-control-verification-and-compliance/',
  },
  {
    id: 'bureau-of-emerging-threats',
    name: 'Bureau of Emerging Threats',
    acronyms: [],
    aliases: [],
    kind: 'US government bureau',
    founded: '2025',
    summary:
      "A State Department bureau created in Secretary Marco Rubio's 2025 reorganization to focus on cybersecurity, artificial intelligence and other new threats, placed under the Under Secretary for Arms Control and International Security.",
    source:
      'https://static1-azrcdn.newser.com/story/367529/rubio-unveils-sweeping-overhaul-of-state-department.html; https://hackwatchit.com/experts-back-integrated-state-department-cyber-bureau',
  },
  // Economic bureaus ("E" family)
  {
    id: 'enr',
    name: 'Bureau of Energy Resources',
    acronyms: ['ENR'],
    aliases: [],
    kind: 'US government bureau',
    founded: '2011',
    summary:
      "The State Department bureau for international energy security and energy diplomacy, created under Secretary Hillary Clinton in 2011. Secretary Marco Rubio's 2025 reorganization discontinued it, returning its work to the Bureau of Economic and Business Affairs.",
    source:
      'https://statemag.state.gov/2022/02/0222feat03/; https://www.theepochtimes.com/state-department-establishing-bureau-of-energy-resources_1492165.html; https://afsa.org/sites/default/files/flipping_book/070825/16; https://economywatcher.top/en/departmental-committee-supports-energy-bureau-within-state-department',
  },
  {
    id: 'cdp',
    name: 'Bureau of Cyberspace and Digital Policy',
    acronyms: ['CDP'],
    aliases: [],
    kind: 'US government bureau',
    founded: '2022',
    summary:
      'The State Department bureau for international cybersecurity, digital economy and digital freedom policy, led by an ambassador-at-large. Established in 2022 under the Deputy Secretary, it was moved under the economic under secretary in the 2025 reorganization.',
    source:
      'https://i777777o6e657874676f76o636f6dz.oszar.com/policy/2025/04/state-department-moves-cyber-and-intelligence-bureaus-under-agencywide-reorg/404753/?oref=ng-category-lander-featured-river; https://newsmax.com/newsfront/cyber-security-biden-state/2021/10/25/id/1041894',
  },
  // Management bureaus ("M" family)
  {
    id: 'gtm',
    name: 'Bureau of Global Talent Management',
    acronyms: ['GTM', 'DGHR'],
    aliases: ['Bureau of Human Resources'],
    contextAliases: ['HR', 'HR/GTM', 'Global Talent Management'],
    kind: 'US government bureau',
    seat: 'Washington, D.C.',
    summary:
      "The State Department's personnel bureau, led by the Director General of the Foreign Service, which handles recruitment, assignments, promotion, discipline and retirement for Foreign Service and Civil Service employees. It was the Bureau of Human Resources until February 2020; the 2025 reorganization plan placed it in a new Bureau of Personnel and Training.",
    url: 'https://www.state.gov/bureaus-offices/under-secretary-for-management/bureau-of-global-talent-management/',
    source:
      'https://statemag.state.gov/2020/02/0220ib07/; https://worddisk.com/wiki/Bureau_of_Global_Talent_Management/; https://webarchive.library.unt.edu/eot2008/20090506170855/http://www.state.gov/m/dghr; https://afsa.org/sites/default/files/flipping_book/070825/16; http://wikimili.com/en/Director_General_of_the_Foreign_Service',
  },
  {
    id: 'pert',
    name: 'Bureau of Personnel and Training',
    acronyms: ['PERT'],
    aliases: [],
    kind: 'US government bureau',
    summary:
      'A State Department management bureau proposed in the 2025 reorganization plan to combine the Bureau of Global Talent Management with the Foreign Service Institute, which was to return to the name George P. Shultz National Foreign Affairs Training Center.',
    source: 'https://afsa.org/sites/default/files/flipping_book/070825/16',
  },
  // Civilian security, democracy and human rights ("J" family)
  {
    id: 'drl',
    name: 'Bureau of Democracy, Human Rights, and Labor',
    acronyms: ['DRL'],
    aliases: [
      'Bureau of Human Rights and Humanitarian Affairs',
      'Bureau of Democracy, Human Rights and Labor Affairs',
    ],
    kind: 'US government bureau',
    founded: '1977',
    summary:
      'The State Department bureau that promotes democracy, human rights and worker rights abroad and prepares the annual Country Reports on Human Rights Practices for Congress. Founded in 1977 as the Bureau of Human Rights and Humanitarian Affairs, it took its present name in 1994; the 2025 reorganization cut it back and placed it under the new Under Secretary for Foreign Assistance, Humanitarian Affairs and Religious Freedom.',
    source:
      'https://www.wikiwand.com/en/articles/Bureau_of_Democracy,_Human_Rights_and_Labor; http://dosfan.lib.uic.edu/ERC/democracy/1994_hrp_report/94hrp_report_preface.html; https://afsa.org/sites/default/files/flipping_book/070825/16',
  },
  {
    id: 'inl',
    name: 'Bureau of International Narcotics and Law Enforcement Affairs',
    acronyms: ['INL', 'INM'],
    aliases: [
      'Bureau for International Narcotics and Law Enforcement Affairs',
      'Bureau of International Narcotics Matters',
      'Bureau of International Narcotics Affairs and Law Enforcement',
    ],
    kind: 'US government bureau',
    founded: '1978 (as the Bureau of International Narcotics Matters)',
    summary:
      'The State Department bureau that funds and advises foreign police, counternarcotics and justice programs to curb drug trafficking and transnational crime, a mandate nicknamed "drugs and thugs." Created in 1978 as the Bureau of International Narcotics Matters, it was renamed in 1995 when its remit widened to international crime.',
    source:
      'https://1997-2001.state.gov/global/narcotics_law/mission.html; http://www.faqs.org/espionage/In-Int/International-Narcotics-and-Law-Enforcement-Affairs-INL-United-States-Bureau-of.html; https://1997-2001.state.gov/publications/statemag/statemag_may/bom.html; https://afsa.org/sites/default/files/flipping_book/0307/41 (FSJ, March 2007: "the Bureau of International Narcotics Affairs and Law Enforcement")',
  },
  {
    id: 'ct',
    name: 'Bureau of Counterterrorism',
    acronyms: ['S/CT', 'M/CTP'],
    aliases: [
      'Office of the Coordinator for Counterterrorism',
      "Office of the Secretary's Coordinator for Counterterrorism",
      'Office for Combating Terrorism',
      'Office for Combatting Terrorism',
      'Bureau of Counterterrorism and Countering Violent Extremism',
      'Office for Counter-Terrorism and Emergency Planning',
    ],
    contextAliases: ['CT'],
    kind: 'US government bureau',
    founded: '1972 (as the Office for Combating Terrorism)',
    summary:
      'The State Department bureau that leads U.S. diplomacy against terrorism abroad, coordinates counterterrorism cooperation with foreign governments and issues the annual Country Reports on Terrorism. It began in 1972, after the Munich Olympics attack, as the Office for Combating Terrorism, became the Office of the Coordinator for Counterterrorism (S/CT), and became a bureau in 2012.',
    source:
      'https://webarchive.library.unt.edu/web/20120916030148/http://www.state.gov/j/ct/about/index.htm; https://history.state.gov/departmenthistory/people/principalofficers/coordinator-combatting-terrorism; https://sourcewatch.org/index.php?title=Office_of_the_Coordinator_for_Counterterrorism; http://piglix.com/piglix/Office_of_the_Coordinator_for_Counterterrorism; https://irp.fas.org/threat/inman/part04.htm (the office was the Office for Combating Terrorism from 1976 and later the Office for Counter-Terrorism and Emergency Planning); https://careers.state.gov/major/humanities/page/2 ("Office of the Secretary’s Coordinator for Counterterrorism")',
  },
  {
    id: 'cso',
    name: 'Bureau of Conflict and Stabilization Operations',
    acronyms: ['CSO'],
    aliases: ['Conflict and Stabilization Operations Bureau'],
    kind: 'US government bureau',
    founded: '2011',
    summary:
      'The State Department bureau for conflict prevention, crisis response and stabilization, which deploys stabilization advisors and conflict analysts to troubled countries. It was launched in November 2011, absorbing the Office of the Coordinator for Reconstruction and Stabilization.',
    source:
      'https://blogs.state.gov/stories/2011/11/22/us-department-state-launches-bureau-conflict-and-stabilization-operations?page=0%2C1643; https://www.everycrsreport.com/files/20121010_R42775_d870fc10ea9f11ff638bad0a5f6d8c2c80f1acfa.html; https://public-preview-server.prod.cstreetsandbox.com/about-us-bureau-of-conflict-and-stabilization-operations/',
  },
  {
    id: 's-crs',
    name: 'Office of the Coordinator for Reconstruction and Stabilization',
    acronyms: ['S/CRS'],
    aliases: ['Office of the Coordinator of Reconstruction and Stabilization'],
    kind: 'US government bureau',
    founded: '2004',
    ended: '2011',
    successor: 'the Bureau of Conflict and Stabilization Operations (CSO)',
    summary:
      'A State Department office created in 2004 to coordinate civilian planning for reconstruction and stabilization after conflicts, including the interagency Civilian Response Corps. It was folded into the new Bureau of Conflict and Stabilization Operations in November 2011.',
    source:
      'https://thefederalnewswire.com/stories/613427348-state-department-s-conflict-and-stabilization-operations-bureau-marks-10th-anniversary-this-month; https://blogs.state.gov/stories/2011/11/22/us-department-state-launches-bureau-conflict-and-stabilization-operations?page=0%2C1643',
  },
  // Public diplomacy and public affairs ("R" family)
  {
    id: 'eca',
    name: 'Bureau of Educational and Cultural Affairs',
    acronyms: [],
    aliases: [
      'Bureau of Educational and Cultural Relations',
      'Bureau of International Cultural Relations',
      'Educational and Cultural Affairs Bureau',
    ],
    kind: 'US government bureau',
    founded: '1960 (under this name)',
    seat: 'Washington, D.C.',
    summary:
      "The State Department bureau that runs U.S. educational, cultural, sports and professional exchange programs such as the Fulbright Program, under the Mutual Educational and Cultural Exchange (Fulbright-Hays) Act of 1961. State's cultural relations bureau took this name in 1960; the exchanges passed to the U.S. International Communication Agency (later USIA) in 1978 and returned to State in 1999.",
    url: 'https://eca.state.gov',
    source:
      'https://wikimili.com/en/Bureau_of_Educational_and_Cultural_Affairs; https://wiki.gravy.cc/wiki/Bureau_of_Educational_and_Cultural_Affairs; https://history.state.gov/departmenthistory/timeline/1960-1969; https://eca.state.gov/about-bureau/history-and-mission-eca; https://usinfo.org/usia/e.usia.gov/education/ties/index.htm; https://legalclarity.org/what-was-the-bureau-of-international-information-programs',
  },
  {
    id: 'gpa',
    name: 'Bureau of Global Public Affairs',
    acronyms: [],
    aliases: ['Global Public Affairs Bureau'],
    contextAliases: ['GPA'],
    kind: 'US government bureau',
    founded: '2019',
    summary:
      'The State Department bureau that communicates U.S. foreign policy to American and foreign audiences through the press and digital media. It was formed on May 28, 2019, by merging the Bureau of Public Affairs with the Bureau of International Information Programs.',
    source:
      'https://www.state.gov/the-creation-of-the-bureau-of-global-public-affairs/; https://en.wikipedia.org./wiki/Bureau_of_Global_Public_Affairs; https://statemag.state.gov/2020/03/0320feat02/',
  },
  {
    id: 'pa-bureau',
    name: 'Bureau of Public Affairs',
    acronyms: [],
    aliases: ['Public Affairs Bureau'],
    contextAliases: ['PA'],
    kind: 'US government bureau',
    founded: '1944',
    ended: '2019',
    successor: 'the Bureau of Global Public Affairs (GPA)',
    summary:
      'The State Department bureau, established in 1944, that explained U.S. foreign policy to the American public and the media and housed the Department Spokesperson. It merged with the Bureau of International Information Programs in May 2019 to form the Bureau of Global Public Affairs.',
    source:
      'https://www.state.gov/the-creation-of-the-bureau-of-global-public-affairs/; https://enwikipedia.net/wiki/Bureau_of_East_Asian_and_Pacific_Affairs; https://statemag.state.gov/2020/03/0320feat02/',
  },
  {
    id: 'iip',
    name: 'Bureau of International Information Programs',
    acronyms: ['IIP'],
    aliases: ['International Information Programs'],
    kind: 'US government bureau',
    founded: '1999',
    ended: '2019',
    successor: 'the Bureau of Global Public Affairs (GPA)',
    summary:
      "The State Department's public diplomacy bureau for foreign audiences, created when the U.S. Information Agency was merged into State in 1999; it produced digital content, ran the embassy websites and supported American Spaces abroad. It merged with the Bureau of Public Affairs in May 2019 to form the Bureau of Global Public Affairs.",
    source:
      'https://www.state.gov/the-creation-of-the-bureau-of-global-public-affairs/; https://legalclarity.org/what-was-the-bureau-of-international-information-programs',
  },
  {
    id: 'gec',
    name: 'Global Engagement Center',
    acronyms: ['GEC', 'CSCC'],
    aliases: ['Center for Strategic Counterterrorism Communications'],
    kind: 'US government bureau',
    founded: '2016',
    ended: '2024',
    successor:
      'the Counter Foreign Information Manipulation and Interference office (R/FIMI), closed in 2025',
    summary:
      'A State Department center that led U.S. efforts to counter terrorist messaging and, from 2017, foreign state propaganda and disinformation. It grew out of the Center for Strategic Counterterrorism Communications (2011), was renamed in 2016, and closed when its legal authority lapsed on December 23, 2024.',
    source:
      'https://en.wikipedia.org/wiki/Global_Engagement_Center; https://heinonline.org/HOL/LandingPage?div=1&handle=hein.crs%2Fgoveruo0001&src=home; https://imperialvalleynews.com/index.php/news/california-news/8-news/9922-global-engagement-center.html',
  },
  {
    id: 'r-fimi',
    name: 'Counter Foreign Information Manipulation and Interference office',
    acronyms: ['R/FIMI'],
    aliases: ['Counter Foreign Information Manipulation and Interference Hub'],
    kind: 'US government bureau',
    founded: '2024',
    ended: '2025',
    summary:
      'The State Department office that took over the work of the Global Engagement Center after its mandate expired in December 2024. Secretary Marco Rubio shut it down in April 2025.',
    source:
      'https://en.wikipedia.org/wiki/Global_Engagement_Center; http://www.kwieco.org/index-1965.html; https://particle.news/story/rubios-state-department-overhaul-advances-with-office-closures-and-staff-cuts',
  },
  {
    id: 'ghsd',
    name: 'Bureau of Global Health Security and Diplomacy',
    acronyms: ['GHSD', 'S/GAC', 'OGAC'],
    aliases: [
      'Office of the U.S. Global AIDS Coordinator',
      'Office of the Global AIDS Coordinator',
      'Office of the U.S. Global AIDS Coordinator and Health Diplomacy',
    ],
    kind: 'US government bureau',
    founded: '2023 (as a bureau; the AIDS coordinator office dates from 2003)',
    summary:
      "The State Department bureau for global health security, led by the U.S. Global AIDS Coordinator, which oversees the President's Emergency Plan for AIDS Relief (PEPFAR) and diplomacy against infectious disease threats. It was launched in August 2023 around the Office of the U.S. Global AIDS Coordinator (S/GAC), created in 2003.",
    source:
      'https://www.unaids.org/en/resources/presscentre/pressreleaseandstatementarchive/2023/august/20230802_Bureau-Global-Health-Security-Diplomacy; https://fam.state.gov/fam/01FAM/01FAM0550.html; https://wikimili.com/en/United_States_Global_AIDS_Coordinator',
  },
  {
    id: 'oes',
    name: 'Bureau of Oceans and International Environmental and Scientific Affairs',
    acronyms: ['OES'],
    aliases: ['Bureau of Oceans and International Environment and Scientific Affairs'],
    kind: 'US government bureau',
    founded: '1974',
    seat: 'Washington, D.C.',
    summary:
      'The State Department bureau for the environmental, ocean, polar, fisheries, health, science and space aspects of U.S. foreign policy, including international climate and conservation negotiations. Congress established it in 1974.',
    source:
      'https://wikimili.com/en/Bureau_of_Oceans_and_International_Environmental_and_Scientific_Affairs; https://www.bookrags.com/research/bureau-of-oceans-and-international--enve-01/?mode=print; https://statedepartment.oxd2.com/main/policies1/42; https://history.state.gov/historicaldocuments/frus1969-76v38p2/d167',
  },
  {
    id: 'eb',
    name: 'Bureau of Economic and Business Affairs',
    acronyms: ['EEB'],
    aliases: [
      'Bureau of Economic, Energy and Business Affairs',
      'Bureau of Economic Affairs',
      'Economic and Business Affairs Bureau',
    ],
    contextAliases: ['EB'],
    kind: 'US government bureau',
    founded: '1944 (as Economic Affairs)',
    summary:
      "The State Department's bureau for international economic policy, covering trade, finance and development, transportation, telecommunications, economic sanctions and support for U.S. business abroad. Its head was first appointed in 1944 as Assistant Secretary for Economic Affairs, was retitled for Economic and Business Affairs in 1972 and for a time for Economic, Energy, and Business Affairs; the 2025 reorganization folded the Bureau of Energy Resources back into it.",
    source:
      'https://history.state.gov/departmenthistory/people/principalofficers/assistant-secretary-for-economic-business-affairs; https://fam.state.gov/fam/01FAM/01FAM0420.html; https://1997-2001.state.gov/issues/economic/index.html; https://afsa.org/sites/default/files/flipping_book/070825/16',
  },
  // Management bureaus ("M" family), continued
  {
    id: 'obo',
    name: 'Bureau of Overseas Buildings Operations',
    acronyms: ['OBO', 'FBO'],
    aliases: [
      'Office of Foreign Buildings Operations',
      'Foreign Buildings Operations',
      'Foreign Buildings Office',
      'Office of Foreign Buildings',
    ],
    kind: 'US government bureau',
    founded: '1926 (as the Foreign Service Buildings Commission)',
    summary:
      'The State Department bureau that plans, builds, buys, maintains and sells U.S. embassies, consulates and other diplomatic property abroad, and runs the Art in Embassies program. It grew from the Foreign Service Buildings Commission of 1926 and the Office of Foreign Buildings Operations (FBO), becoming a bureau in 2001.',
    source:
      'https://en.wikipedia.org/wiki/Bureau_of_Overseas_Buildings_Operations; https://www.liquisearch.com/bureau_of_overseas_buildings_operations; https://webarchive.library.unt.edu/eot2008/20090508155456/http://www.state.gov/obo/; https://irp.fas.org/threat/inman/part04.htm (the Office of Foreign Buildings)',
  },
  {
    id: 'med',
    name: 'Bureau of Medical Services',
    acronyms: ['MED'],
    aliases: [],
    contextAliases: ['Office of Medical Services'],
    kind: 'US government bureau',
    summary:
      "The State Department's medical arm for Foreign Service employees of all foreign affairs agencies and their families: it issues the medical clearances needed for overseas assignment, staffs embassy health units and approves medical evacuations.",
    source:
      'https://afsa.org/sites/default/files/flipping_book/0910/18/; https://fam.state.gov/FAM/16FAM/16FAM0210.html; https://fam.state.gov/FAM/16FAM/16FAM020101.html',
  },
  {
    id: 'med-operational-medicine',
    name: 'Directorate of Operational Medicine',
    acronyms: ['OPMED', 'OpMed'],
    aliases: ['Office of Operational Medicine'],
    kind: 'US government bureau',
    summary:
      'The part of State\u2019s Bureau of Medical Services (MED) that runs the Department\u2019s Operational Medicine Program: medical contingency and mass-casualty planning for high-threat posts, biocontainment and crisis response, and medical support for security and protective operations, through its Offices of Strategic Medical Preparedness and of Protective Medicine. In the COVID-19 pandemic its teams flew medical and repatriation missions to posts.',
    source:
      'https://fam.state.gov/FAM/16FAM/16FAM0810.html; https://www.thefreelibrary.com/Operational+medicine+supporting+diplomacy+at+high-threat+posts-a0506318863; https://afsa.org/sites/default/files/flipping_book/070820/65 (FSJ, July-August 2020); https://diplopundit.net/tag/william-walters/',
  },
  {
    id: 'a-bureau',
    name: 'Bureau of Administration',
    acronyms: [],
    aliases: [],
    contextAliases: ['A Bureau'],
    kind: 'US government bureau',
    seat: 'Washington, D.C.',
    summary:
      "The State Department's support bureau for procurement, supply and transportation, real property, diplomatic pouch and mail, records and publishing, language services, overseas allowance rates and help to overseas schools, as well as logistics for presidential travel abroad.",
    url: 'https://www.state.gov/bureaus-offices/under-secretary-for-management/bureau-of-administration/',
    source:
      'https://wiki.av1.space/content/wikipedia_en_all_mini_2025-06/Bureau_of_Administration; https://hyperlinked.wiki/wiki.php?slug=Bureau_of_Administration; https://webarchive.library.unt.edu/eot2008/20090506010212/http://www.state.gov/m/a/index.htm',
  },
  {
    id: 'office-of-allowances',
    name: 'Office of Allowances',
    acronyms: ['A/OPR/ALS'],
    aliases: [],
    kind: 'US government bureau',
    summary:
      'The office in the State Department Bureau of Administration that sets the allowance rates, such as post differentials and cost-of-living allowances, paid to U.S. government civilian personnel assigned abroad.',
    source:
      'https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Bureau_of_Administration; https://webarchive.library.unt.edu/eot2008/20080916030844/http:/www.careers.state.gov/general/what-we-do.html; https://webarchive.library.unt.edu/eot2008/20090506010212/http://www.state.gov/m/a/index.htm',
  },
  {
    id: 'office-of-overseas-schools',
    name: 'Office of Overseas Schools',
    acronyms: ['A/OPR/OS'],
    aliases: [],
    kind: 'US government bureau',
    founded: '1964',
    summary:
      'The State Department office, in the Bureau of Administration, that gives grants and advice to about 200 independent American-sponsored schools abroad so that children of U.S. government personnel have good schooling at post.',
    source:
      'https://www.state.gov/about-us-office-of-overseas-schools/; https://afsa.org/sites/default/files/flipping_book/0609/70; https://www.grants-gov.net/cfda.php?CFDANumber=19.023',
  },
  {
    id: 'office-of-language-services',
    name: 'Office of Language Services',
    acronyms: [],
    aliases: [],
    kind: 'US government bureau',
    summary:
      "The State Department office, in the Bureau of Administration, that provides the Department's interpreting and translation services.",
    source:
      'https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Bureau_of_Administration; https://en.wikipedia-on-ipfs.org/wiki/Bureau_of_Administration',
  },
  {
    id: 'cgfs',
    name: 'Bureau of the Comptroller and Global Financial Services',
    acronyms: ['CGFS'],
    aliases: [],
    contextAliases: ['Global Financial Services'],
    kind: 'US government bureau',
    summary:
      "The State Department's finance bureau, headed by the Comptroller, which runs accounting, payroll and other corporate financial services for the Department worldwide and for other agencies abroad, from offices in Washington, D.C., and Charleston, South Carolina.",
    source:
      'https://careers.state.gov/major/accounting/page/2; https://fam.state.gov/fam/01fam/01fam0610.html',
  },
  {
    id: 'icass',
    name: 'International Cooperative Administrative Support Services',
    acronyms: ['ICASS'],
    aliases: ['Office of International Cooperative Administrative Support Services'],
    kind: 'US government program',
    summary:
      'The system, managed by an office of the Bureau of the Comptroller and Global Financial Services, through which U.S. government agencies provide and share the cost of common administrative support at more than 200 embassies and consulates.',
    source: 'https://careers.state.gov/major/accounting/page/2; https://careers.state.gov/?p=10452',
  },
  {
    id: 'bp',
    name: 'Bureau of Budget and Planning',
    acronyms: [],
    aliases: ['Bureau of Resource Management', 'Budget and Planning Bureau'],
    contextAliases: ['BP', 'RM'],
    kind: 'US government bureau',
    summary:
      "The State Department bureau that prepares the Department's budget requests to the Office of Management and Budget and Congress, allocates operating resources and links planning and performance to them. It was previously the Bureau of Resource Management.",
    source:
      'https://review.clateway.com/wiki/view_html.php?q=Bureau_of_Budget_and_Planning&sq=Qlik; https://careers.state.gov/dosoffice/budget-planning',
  },
  {
    id: 'dt',
    name: 'Bureau of Diplomatic Technology',
    acronyms: ['IRM'],
    aliases: ['Bureau of Information Resource Management'],
    contextAliases: ['DT'],
    kind: 'US government bureau',
    summary:
      "The State Department's information technology bureau, headed by the Chief Information Officer, which runs the global network, cable traffic and IT services for more than 250 diplomatic missions. It was known as the Bureau of Information Resource Management (IRM) until its renaming under CIO Kelly Fletcher.",
    source:
      'https://basicfundas.com/state-department-ensures-change-goes-beyond-a-name; http://www.liquisearch.com/bureau_of_information_resource_management; https://fam.state.gov/FAM/01FAM/01FAM0270.html; https://presidentialtransition.org/position_description/chief-information-officer/',
  },
  // Offices reporting to the Secretary
  {
    id: 'state-oig',
    name: 'Office of Inspector General of the Department of State',
    acronyms: [],
    aliases: [
      'State Department Office of Inspector General',
      'Office of the Inspector General of the Department of State',
      'State Department Inspector General',
    ],
    contextAliases: ['OIG', 'Office of Inspector General'],
    kind: 'US government bureau',
    founded: '1986',
    seat: 'Washington, D.C.',
    summary:
      'The independent watchdog of the State Department and the U.S. Agency for Global Media, which audits and inspects embassies and bureaus and investigates fraud, waste and mismanagement. The Foreign Service Act of 1980 created the Inspector General post, and the present office was set up under a 1986 law; an internal inspection office had existed since 1906.',
    url: 'https://www.stateoig.gov',
    source:
      'https://www.stateoig.gov/history; https://wiki.studentb.eu/view_html.php?lang=en&q=Department_of_State_Office_of_Inspector_General&sq=Albert+Einstein; http://en.wikipedia.org/wiki/Office_of_the_Inspector_General_of_the_Department_of_State',
  },
  {
    id: 's-p',
    name: 'Policy Planning Staff',
    acronyms: ['S/P'],
    aliases: ['Policy Planning Council', 'Office of Policy Planning'],
    contextAliases: ['Policy Planning'],
    kind: 'US government bureau',
    founded: '1947',
    summary:
      "The Secretary of State's in-house strategy office, which gives independent policy analysis and long-range advice and runs the Dissent Channel. Secretary George Marshall created it in 1947 with George F. Kennan as its first director; its first task was the Marshall Plan.",
    source:
      'https://wikimili.com/en/Policy_Planning_Staff_(United_States); https://text-message.blogs.archives.gov/2019/11/26/george-kennan-says-farewell-to-the-policy-planning-staff-1950; https://encycloreader.org/r/citizendium.php?q=Policy_Planning_Staff',
  },
  {
    id: 'legal-adviser',
    name: 'Office of the Legal Adviser',
    acronyms: [],
    aliases: ['Office of the Legal Adviser of the Department of State', "Legal Adviser's Office"],
    kind: 'US government bureau',
    founded: '1931',
    summary:
      'The State Department\'s legal office, known as "L," whose attorney-advisers advise on all domestic and international legal questions arising in the Department\'s work and transmit treaties to Congress. Congress created the post of Legal Adviser in 1931, replacing the Solicitor.',
    source:
      'https://history.state.gov/departmenthistory/people/principalofficers/legal-adviser; https://homsy-staging.cambridgecore.org/core/books/abs/shaping-foreign-policy-in-times-of-crisis/brief-history-of-l/31090E06AC5F7CE2AC0E6F1B653FF42F; https://fam.state.gov/FAM/01FAM/01FAM0310.html',
  },
  {
    id: 'counselor',
    name: 'Office of the Counselor of the Department of State',
    acronyms: [],
    aliases: [],
    contextAliases: ['Office of the Counselor'],
    kind: 'US government bureau',
    founded: '1906',
    summary:
      'The office of the Counselor of the Department (symbol C), a high-level adviser to the Secretary of State. Congress created the position in 1906, when its duties included advising the Secretary on questions of international law.',
    source:
      'https://homsy-staging.cambridgecore.org/core/books/abs/shaping-foreign-policy-in-times-of-crisis/brief-history-of-l/31090E06AC5F7CE2AC0E6F1B653FF42F; https://webarchive.library.unt.edu/eot2008/20080916030844/http:/www.careers.state.gov/general/what-we-do.html',
  },
  {
    id: 'h-bureau',
    name: 'Bureau of Legislative Affairs',
    acronyms: [],
    aliases: ['Legislative Affairs Bureau'],
    kind: 'US government bureau',
    founded: '1944',
    summary:
      'The State Department bureau, known as "H," that handles the Department\'s relations with Congress: it coordinates testimony and briefings, presents the Department\'s legislative program and supports congressional travel abroad. Its head was first appointed in 1944 as Assistant Secretary for Congressional Relations and International Conferences.',
    source:
      'https://fam.state.gov/FAM/01FAM/01FAM0310.html; https://wikimili.com/wiki/Assistant_Secretary_of_State_for_Legislative_Affairs; https://de.zxc.wiki/wiki/Assistant_Secretary_of_State_for_Legislative_Affairs',
  },
  {
    id: 'protocol',
    name: 'Office of the Chief of Protocol',
    acronyms: ['S/CPR'],
    aliases: ['State Department Office of Protocol'],
    contextAliases: ['CPR', 'Protocol', 'Office of Protocol'],
    kind: 'US government bureau',
    founded: '1928',
    summary:
      "The State Department office that advises the President, Vice President and Secretary of State on diplomatic protocol, organizes visits by foreign leaders, runs Blair House, the President's guest house, and accredits foreign diplomats in the United States. It was established in 1928; the Chief of Protocol has been a Senate-confirmed ambassador since 1961.",
    source:
      'https://statemag.state.gov/2022/11/1122office/; https://dictionary.sovereignconnection.com/office-of-protocol/; https://www.state.gov/key-topics-office-of-the-chief-of-protocol/; https://www.state.gov/bureaus-offices/secretary-of-state/office-of-the-chief-of-protocol/diplomatic-affairs-division/; https://webarchive.library.unt.edu/web/20090506181839/http://www.state.gov/s/cpr/what/index.htm',
  },
  {
    id: 'ofm',
    name: 'Office of Foreign Missions',
    acronyms: ['OFM'],
    aliases: [],
    kind: 'US government bureau',
    founded: '1982',
    summary:
      'The State Department office, authorized by Congress in 1982, that works for the secure and efficient operation of foreign diplomatic missions in the United States and of U.S. missions abroad. Its Director holds the rank of ambassador, and it has been overseen by the Assistant Secretary for Diplomatic Security.',
    source:
      'https://history.state.gov/departmenthistory/people/principalofficers/director-office-foreign-missions; http://www.reference.com/browse/bureau+of+diplomatic+security',
  },
  {
    id: 'f-office',
    name: 'Office of Foreign Assistance',
    acronyms: [],
    aliases: [
      'Office of the Director of U.S. Foreign Assistance',
      'Office of U.S. Foreign Assistance',
      'F Bureau',
    ],
    kind: 'US government bureau',
    founded: '2006',
    summary:
      'The State Department office, known as "F," that directs strategy, planning and budgets for the foreign assistance programs of State and USAID. Secretary Condoleezza Rice created it in 2006, when the USAID Administrator was also made Director of U.S. Foreign Assistance.',
    source:
      'https://www.state.gov/about-us-office-of-foreign-assistance/?ref=readtangle.com; https://2001-2009.state.gov/r/pa/prs/ps/2006/59398.htm; https://www.everycrsreport.com/reports/RS22411.html',
  },
  {
    id: 'office-of-the-historian',
    name: 'Office of the Historian',
    acronyms: [],
    aliases: ['State Department Office of the Historian', "Historian's Office"],
    kind: 'US government bureau',
    founded: '1921 (predecessor offices)',
    summary:
      'The State Department office, now part of the Foreign Service Institute, that compiles and publishes the Foreign Relations of the United States (FRUS) documentary series and writes historical studies for policymakers and the public. Its institutional predecessors date from 1921.',
    url: 'https://history.state.gov',
    source:
      'https://statemag.state.gov/2021/12/1221feat03/; https://wikimili.com/en/Office_of_the_Historian; https://afsa.org/sites/default/files/flipping_book/0616/41/',
  },
  {
    id: 's-es',
    name: 'Executive Secretariat of the Department of State',
    acronyms: ['S/ES'],
    aliases: ['State Department Executive Secretariat'],
    contextAliases: ['Executive Secretariat'],
    kind: 'US government bureau',
    founded: '1947',
    summary:
      "The office that manages the flow of papers and information to and from the Secretary of State and the Department's other principals, and runs the Operations Center. Secretary George C. Marshall set it up in 1947.",
    source:
      'https://afsa.org/sites/default/files/flipping_book/0203/18/; https://diplopundit.net/2011/05/19/',
  },
  {
    id: 'ops-center',
    name: 'Department of State Operations Center',
    acronyms: ['S/ES-O'],
    aliases: ['State Department Operations Center', 'State Operations Center'],
    contextAliases: ['Operations Center', 'Ops Center'],
    kind: 'US government bureau',
    founded: '1961',
    summary:
      "The State Department's round-the-clock communications and crisis management center in the Executive Secretariat, whose Watch alerts and briefs senior officials on world events and which sets up task forces in crises. It was inaugurated in 1961 at President John F. Kennedy's instruction.",
    source:
      'https://findatwiki.com/United_States_Department_of_State_Operations_Center; https://history.state.gov/historicaldocuments/frus1961-63v25/d14; https://afsa.org/sites/default/files/flipping_book/0203/18/; https://diplopundit.net/2011/05/19/',
  },
  // Offices serving employees and families
  {
    id: 'flo',
    name: 'Family Liaison Office',
    acronyms: ['FLO', 'GCLO'],
    aliases: ['Global Community Liaison Office'],
    kind: 'US government bureau',
    founded: '1978',
    summary:
      "The State Department office that supports Foreign Service employees and family members, from spouse employment and education to unaccompanied tours, and backs the Community Liaison Offices at posts. It opened in March 1978 after a campaign by the Association of American Foreign Service Women; the Department's pages now call it the Global Community Liaison Office.",
    source:
      'https://afsa.org/family-liaison-office-making-world-difference-40-years; https://afsa.org/sites/default/files/flipping_book/0508/55; http://m.state.gov/mc56815.htm; https://www.state.gov/global-community-liaison-office/foreign-service-life/death-of-an-employee-or-family-member-overseas/',
  },
  {
    id: 'oca',
    name: 'Office of Casualty Assistance',
    acronyms: [],
    aliases: [],
    contextAliases: ['OCA'],
    kind: 'US government bureau',
    founded: '1999',
    ended: '2025',
    successor: 'the Bureau of Global Talent Management',
    summary:
      "The office in the State Department's personnel bureau that supported families and posts after the death or serious injury of employees and family members abroad, set up in 1999 after the 1998 embassy bombings in Nairobi and Dar es Salaam. Its staff were dismissed in the July 2025 reorganization, the Department saying its work continued within Global Talent Management.",
    source:
      'https://statemag.state.gov/2019/12/1219office/; https://d2443.cms.socastsrm.com/2025/07/17/us-state-department-draws-criticism-for-shutting-office-that-brings-home-deceased-diplomats; https://thereport.be/article?u=https%3A%2F%2Fdailycaller.com%2F2025%2F07%2F17%2Fstate-dept-pushes-back-on-reuters-reporting-overseas-workers%2F; https://fam.state.gov/fam/03fam/03fam2550.html',
  },
  {
    id: 's-ocr',
    name: 'State Department Office of Civil Rights',
    acronyms: ['S/OCR'],
    aliases: ['Office of Civil Rights of the Department of State'],
    contextAliases: ['Office of Civil Rights'],
    kind: 'US government bureau',
    summary:
      "The office reporting to the Secretary of State that runs the Department's equal employment opportunity program: it handles discrimination complaints, alternative dispute resolution and the anti-harassment program, and has advised the Secretary on diversity.",
    source:
      'https://2017-2021.state.gov/about-us-office-of-civil-rights/index.html; https://public-preview-server.prod.cstreetsandbox.com/about-us-office-of-civil-rights/; https://web.archive.org/all/20051216081856/http://www.state.gov/s/ocr/',
  },
  {
    id: 'ombudsman',
    name: 'State Department Office of the Ombudsman',
    acronyms: [],
    aliases: [],
    contextAliases: ['Office of the Ombudsman'],
    kind: 'US government bureau',
    summary:
      'The State Department office that helps employees resolve workplace conflicts informally, before or outside formal grievance, EEO or Inspector General processes.',
    source:
      'https://public-preview-server.prod.cstreetsandbox.com/about-us-office-of-the-ombudsman/; https://www.state.gov/resources-office-of-the-ombudsman/',
  },
  {
    id: 'osac',
    name: 'Overseas Security Advisory Council',
    acronyms: ['OSAC'],
    aliases: [],
    kind: 'US government bureau',
    founded: '1985',
    summary:
      'A public-private partnership run by the Bureau of Diplomatic Security that shares security information with American businesses, universities, faith-based groups and NGOs operating abroad, through a 34-member council and country councils at posts. Secretary George P. Shultz created it in 1985 under the Federal Advisory Committee Act.',
    url: 'https://www.osac.gov',
    source:
      'https://www.osac.gov/About/WhoWeAre; https://www.securitymagazine.com/articles/86745-osacs-international-security-fund-an-ad-hoc-solution-to-assist-overseas-security; https://citysecuritymagazine.com/police-partnerships/osac-promoting-security-cooperation; https://www.facadatabase.gov/FACA/apex/FACAPublicCommittee?id=a10t0000001gzqtAAA',
  },
  {
    id: 'diplomatic-courier-service',
    name: 'U.S. Diplomatic Courier Service',
    acronyms: [],
    aliases: ['Diplomatic Courier Service', 'Silver Greyhounds'],
    kind: 'US government bureau',
    founded: '1918',
    summary:
      'The service of about 100 badged State Department couriers who escort classified pouches, equipment and secure construction materials to U.S. missions worldwide; since 1985 it has been part of the Diplomatic Security Service. It traces its origins to the U.S. Army\'s "Silver Greyhounds" courier unit formed in Paris in 1918.',
    source:
      'https://www.state.gov/national-postal-museum-presents-u-s-department-of-state-exhibition/; https://www.army.mil/article/209289/silver_greyhounds_lay_the_foundation_for_us_diplomatic_courier_service; https://afsa.org/us-diplomatic-couriers-historic-timeline',
  },
  // Offices of the Bureau of Consular Affairs
  {
    id: 'passport-services',
    name: 'Office of Passport Services',
    acronyms: [],
    aliases: [],
    contextAliases: ['Passport Services', 'PPT'],
    kind: 'US government bureau',
    summary:
      'The office of the Bureau of Consular Affairs that issues U.S. passport books and cards, verifying the identity and citizenship of applicants through passport agencies and centers across the United States.',
    source:
      'https://travel.state.gov/content/travel/en/about/organization.html; https://careers.state.gov/dosoffice/consular-affairs/; https://web.archive.org/all/20041211171411/http://travel.state.gov/about/index.html',
  },
  {
    id: 'ca-fraud-prevention',
    name: 'Office of Fraud Prevention Programs',
    acronyms: [],
    aliases: ['Consular Affairs Office of Fraud Prevention Programs'],
    contextAliases: ['Office of Fraud Prevention', 'Fraud Prevention Programs'],
    contextFrom: ['ca'],
    kind: 'US government bureau',
    summary:
      'The office of the Bureau of Consular Affairs that gives consular officers the tools, training and information to detect and deter passport and visa fraud, working with the fraud prevention units of consular sections abroad.',
    source: 'http://w.owiki.org/wiki/Bureau_of_Consular_Affairs',
  },
  {
    id: 'visa-office',
    name: 'Office of Visa Services',
    acronyms: [],
    aliases: ['Visa Services Office'],
    contextAliases: ['Visa Office', 'VO', 'Visa Services'],
    kind: 'US government bureau',
    summary:
      'The office of the Bureau of Consular Affairs, long known as the Visa Office (VO), that sets visa policy and procedures and guides consular officers abroad in issuing immigrant and nonimmigrant visas under the Immigration and Nationality Act.',
    source:
      'https://travel.state.gov/content/travel/en/about/organization.html; https://webharvest.gov/peth04/20041019153113/http:/www.travel.state.gov/about/ca_mission.html; https://web.archive.org/all/20041211171411/http://travel.state.gov/about/index.html',
  },
  {
    id: 'ocs',
    name: 'Office of Overseas Citizens Services',
    acronyms: [],
    aliases: ['Overseas Citizens Services', 'Overseas Citizen Services'],
    contextAliases: ['OCS'],
    kind: 'US government bureau',
    summary:
      'The office of the Bureau of Consular Affairs responsible for the welfare and whereabouts of U.S. citizens traveling and living abroad, helping in arrests, deaths, medical and financial emergencies and crises, and issuing travel warnings.',
    source:
      'https://travel.state.gov/content/travel/en/about/organization.html; http://1uptravel.com/travelwarnings/overseas-citizens.html; https://webharvest.gov/peth04/20041019153113/http:/www.travel.state.gov/about/ca_mission.html',
  },
  {
    id: 'office-of-childrens-issues',
    name: "Office of Children's Issues",
    acronyms: [],
    aliases: [],
    kind: 'US government bureau',
    summary:
      "The office in the Bureau of Consular Affairs' Overseas Citizens Services that handles international parental child abduction and intercountry adoption matters.",
    source:
      'http://1uptravel.com/travelwarnings/overseas-citizens.html; https://webharvest.gov/peth04/20041019153113/http:/www.travel.state.gov/about/ca_mission.html; https://careers.state.gov/dosoffice/consular-affairs/',
  },
  // Offices for human rights and transnational issues
  {
    id: 'j-tip',
    name: 'Office to Monitor and Combat Trafficking in Persons',
    acronyms: ['J/TIP'],
    aliases: ['TIP Office'],
    kind: 'US government bureau',
    founded: '2001',
    summary:
      'The State Department office, led by an ambassador-at-large, that leads U.S. diplomacy and foreign assistance against human trafficking and publishes the annual Trafficking in Persons (TIP) Report ranking countries in tiers. It was set up in October 2001 under the Trafficking Victims Protection Act of 2000.',
    source:
      'https://wikimili.com/en/Office_to_Monitor_and_Combat_Trafficking_in_Persons; https://www.state.gov/about-us-office-to-monitor-and-combat-trafficking-in-persons/; https://healtrafficking.org/resources/department-of-state/',
  },
  {
    id: 'irf-office',
    name: 'Office of International Religious Freedom',
    acronyms: [],
    aliases: ['Office for International Religious Freedom', 'IRF Office'],
    kind: 'US government bureau',
    founded: '1998',
    summary:
      'The State Department office, headed by the Ambassador-at-Large for International Religious Freedom, that monitors religious persecution worldwide, writes the annual Report on International Religious Freedom and supports the designation of "Countries of Particular Concern." The International Religious Freedom Act of 1998 created it.',
    source:
      'https://2009-2017.state.gov/j/drl/irf/c2132.htm; https://2009-2017.state.gov/j/drl/rls/fs/2011/170635.htm; http://www.liquisearch.com/international_religious_freedom_act_of_1998/office_of_international_religious_freedom; https://www.uscirf.gov/publications/25th-anniversary-international-religious-freedom-act',
  },
  {
    id: 'bex',
    name: 'Board of Examiners for the Foreign Service',
    acronyms: ['BEX'],
    aliases: ['Foreign Service Board of Examiners'],
    contextAliases: ['Board of Examiners'],
    kind: 'US government bureau',
    summary:
      "The State Department board, part of the personnel bureau's recruitment and examination office, that sets the rules for and administers the Foreign Service entry process, reviewing Foreign Service Officer Test results and conducting the oral assessments of generalist and specialist candidates.",
    source:
      'https://americandiplomacy.web.unc.edu/2002/12/the-new-foreign-service-board-of-examiners/; https://anthonygarvan.github.io/allregs/html/sections/22CFR11.3.html; https://adst.org/2016/08/redesigning-foreign-service-exam; https://presidentialtransition.org/blog/position_description/pd_state_director-general-of-the-foreign-service-director-of-human-resources/',
  },
  {
    id: 'srap',
    name: 'Office of the Special Representative for Afghanistan and Pakistan',
    acronyms: ['SRAP'],
    aliases: [],
    kind: 'US government bureau',
    founded: '2009',
    ended: '2017',
    successor: 'the Bureau of South and Central Asian Affairs (SCA)',
    summary:
      'A stand-alone State Department office created in January 2009 under Richard C. Holbrooke to lead civilian strategy for Afghanistan and Pakistan, drawing experts from many agencies, and later pursuing Afghan reconciliation talks. It was wound down in 2017 and its work folded into the Bureau of South and Central Asian Affairs.',
    source:
      'http://intellibriefs.blogspot.com/2017/06/trump-administration-abruptly-shutters.html; https://voa.pangea-cms.com/preview/en-US/a/us-shutters-special-representative-for-afghanistan-pakistan-office/4079919.html; https://www.thenews.com.pk/print/212870-Fate-of-SRAP-office-hangs-in-balance',
  },
  {
    id: 'gcj',
    name: 'Office of Global Criminal Justice',
    acronyms: ['J/GCJ', 'S/WCI'],
    aliases: ['Office of War Crimes Issues'],
    kind: 'US government bureau',
    founded: '1997 (as the Office of War Crimes Issues)',
    summary:
      'The State Department office, headed by an ambassador-at-large, that advises on preventing and responding to genocide, war crimes and crimes against humanity, supports international and hybrid tribunals and runs the war-crimes part of the Rewards for Justice program. Secretary Madeleine Albright created it in 1997 as the Office of War Crimes Issues.',
    source:
      'https://www.state.gov/j/gcj/c53694.htm; https://en.wikipedia.org/wiki/Office_of_War_Crimes_Issues; https://wikimili.com/en/United_States_Ambassador-at-Large_for_War_Crimes_Issues; https://webharvest.gov/peth04/20041029160516/http://www.state.gov/www/global/swci/index.html',
  },
  {
    id: 'seas-office',
    name: 'Office of the Special Envoy to Monitor and Combat Antisemitism',
    acronyms: [],
    aliases: [
      'Office to Monitor and Combat Anti-Semitism',
      'Office to Monitor and Combat Antisemitism',
    ],
    contextAliases: ['SEAS'],
    kind: 'US government bureau',
    founded: '2004',
    summary:
      "The State Department office that monitors and combats antisemitism abroad and contributes to the Department's human rights and religious freedom reports. Created by the Global Anti-Semitism Review Act of 2004, it is headed by a Special Envoy who since 2021 has been a Senate-confirmed ambassador-at-large.",
    source:
      'https://wikimili.com/en/Office_of_the_Special_Envoy_to_Monitor_and_Combat_Antisemitism; https://www.lawserver.com/law/country/us/code/22_usc_2731; https://wiki.alquds.edu/?query=Office_to_Monitor_and_Combat_Anti-Semitism',
  },
  {
    id: 'gwi',
    name: "Office of Global Women's Issues",
    acronyms: ['GWI'],
    aliases: ["Office on Global Women's Issues"],
    kind: 'US government bureau',
    founded: '2009',
    summary:
      "The State Department office, headed by the Ambassador-at-Large for Global Women's Issues, that works to integrate the rights of women and girls into U.S. foreign policy, from economic empowerment to preventing gender-based violence. It was created in 2009 with Melanne Verveer as the first ambassador-at-large, and was among the offices slated for cuts in the 2025 reorganization.",
    source:
      "https://wikimili.com/en/United_States_Ambassador-at-Large_for_Global_Women's_Issues; https://rainmakers.tv/melanne-verveer-ambassador-at-large-global-womens-issues-cgi-2010/; https://static1-azrcdn.newser.com/story/367529/rubio-unveils-sweeping-overhaul-of-state-department.html",
  },
  {
    id: 'stas',
    name: 'Office of the Science and Technology Adviser to the Secretary of State',
    acronyms: ['STAS', 'E/STAS'],
    aliases: [
      'Office of the Science and Technology Adviser to the Secretary',
      'Office of the Science and Technology Adviser',
    ],
    kind: 'US government bureau',
    founded: '2000',
    summary:
      "The State Department's office for science diplomacy, which advises the Secretary and bureaus on science, technology and innovation issues, links the Department with the U.S. science community and runs fellowships such as the AAAS and Jefferson Science Fellows programs. Secretary Madeleine Albright created it in 2000 after a National Academy of Sciences study.",
    source:
      'https://wikimili.com/en/Office_of_the_Science_and_Technology_Adviser_to_the_Secretary_of_State; https://docslib.org/doc/10851086/the-science-and-technology-adviser-to-the-us-secretary-of-state; http://www.state.gov/e/stas/2013/218704.htm; https://readkong.com/page/e-stas-office-of-the-science-and-technology-adviser-to-4155001',
  },
  {
    id: 'care-office',
    name: 'Office of the Coordinator for Afghan Relocation Efforts',
    acronyms: [],
    aliases: ['Coordinator for Afghan Relocation Efforts'],
    kind: 'US government bureau',
    founded: '2021',
    ended: '2025',
    successor: 'the Afghanistan Affairs Office of the Bureau of South and Central Asian Affairs',
    summary:
      'The State Department office (known as CARE) set up in August 2021, after the U.S. withdrawal from Afghanistan, to coordinate the evacuation, processing and resettlement of Afghans at risk because of their work with the U.S. government. It was eliminated in the July 2025 reorganization and its duties given to the Afghanistan Affairs Office.',
    source:
      'https://amu.tv/177272/; https://femzen.co/amp/plan-to-shut-down-afghan-resettlement-office-leaves-thousands-of-afghan-allies-in-limbo; https://www.einpresswire.com/article/719277344/h-r-8368-coordinator-for-afghan-relocation-efforts-authorization-act-of-2024; https://afsa.org/sites/default/files/flipping_book/070825/16',
  },
  {
    id: 'fpc',
    name: 'Foreign Press Centers',
    acronyms: ['FPC'],
    aliases: [
      'Foreign Press Center',
      'Washington Foreign Press Center',
      'New York Foreign Press Center',
    ],
    kind: 'US government bureau',
    founded: '1946 (as the Foreign Press Liaison Office)',
    summary:
      'State Department centers in Washington and New York that help foreign journalists report on the United States through briefings, interviews and reporting tours. They began in 1946 as a Foreign Press Liaison Office in New York, were run by USIA as the Foreign Press Center from 1961, and joined the State Department in 1999.',
    source:
      'https://www.state.gov/about-us-foreign-press-centers/; https://2009-2017-fpc.state.gov/c4696.htm; https://fpc.state.gov/c18447.htm',
  },
  {
    id: 'hstc',
    name: 'Human Smuggling and Trafficking Center',
    acronyms: [],
    aliases: [],
    kind: 'US government agency',
    summary:
      "An interagency center linked to the State Department's trafficking office that pools the work of the State and Justice Departments, Homeland Security and the Director of National Intelligence on human smuggling and trafficking, producing strategic assessments and coordinating joint initiatives.",
    source: 'https://healtrafficking.org/resources/department-of-state/',
  },
  {
    id: 'ca-cst',
    name: 'Office of Consular Systems and Technology',
    acronyms: ['CA/CST'],
    aliases: [],
    kind: 'US government bureau',
    summary:
      "The office of the Bureau of Consular Affairs that develops, installs, supports and trains users on the bureau's automated passport, visa and citizen-services systems.",
    source:
      'https://careers.state.gov/dosoffice/consular-affairs/; https://travel.state.gov/content/travel/en/about/organization.html',
  },
  {
    id: 'spec-office',
    name: 'Office of the Special Presidential Envoy for Climate',
    acronyms: ['SPEC'],
    aliases: [],
    kind: 'US government bureau',
    founded: '2021',
    ended: '2025',
    summary:
      'The State Department office that led U.S. climate diplomacy under a cabinet-level Special Presidential Envoy, first John Kerry, who sat on the National Security Council; it worked with the Office of Global Change in the OES bureau on the Paris Agreement and emission cuts. Created in January 2021, it was abolished in April 2025 under Secretary Marco Rubio.',
    source:
      'https://www.everycrsreport.com/files/2023-09-07_IF12487_784616e7862f826876d0c8eff600853a60553adf.html; https://www.state.gov/bureaus-offices/secretary-of-state/office-of-the-u-s-special-presidential-envoy-for-climate/; http://movatter.jp/mt/?dark=on&url=http%3A%2F%2Fen.wikipedia.org%2Fwiki%2FU.S._Special_Presidential_Envoy_for_Climate; https://newshangover.com/conservative/14721-john-kerry-s-climate-castle-crumbles-biden-s-eco-office-axed-in-stunning-power-move',
  },
  {
    id: 's-cci',
    name: 'Office of the Coordinator for Cyber Issues',
    acronyms: ['S/CCI'],
    aliases: [],
    kind: 'US government bureau',
    founded: '2011',
    ended: '2017',
    successor: 'the Bureau of Economic and Business Affairs (EB)',
    summary:
      "The office in the Secretary's office that coordinated the State Department's diplomacy on cybersecurity, cybercrime, internet freedom and governance, set up in February 2011 under Christopher Painter, the first such office in any foreign ministry. Secretary Rex Tillerson closed it in 2017 and folded its work into the Bureau of Economic and Business Affairs.",
    source:
      'https://www.state.gov/s/cyberissues/index.htm; https://nextgov.com/cybersecurity/2011/02/cybersecurity-coordinator-chosen-at-state-department/232115; https://www.defenseone.com/policy/2017/09/former-state-dept-cyber-coordinator-says-it-was-mistake-close-his-office/140788/; https://www.scmagazine.com/home/network-security/state-department-reorganization-to-shutter-cyber-office-lower-priority/',
  },
  {
    id: 'fsi-transition-center',
    name: 'Transition Center of the Foreign Service Institute',
    acronyms: ['FSI/TC'],
    aliases: ['FSI Transition Center'],
    contextAliases: ['Transition Center'],
    kind: 'US government bureau',
    founded: '2000',
    summary:
      "The Foreign Service Institute's center for the life-and-career side of foreign affairs service, which trains employees and families of all foreign affairs agencies for moves abroad and back, runs security and resilience courses and plans retirement. Opened in 2000, it brings together the Overseas Briefing Center, a training division and the Career Transition Center.",
    source:
      'https://afsa.org/sites/default/files/flipping_book/0604/42; https://webarchive.library.unt.edu/web/20120913081154/http://www.state.gov/m/fsi/tc/index.htm; http://www.aafsw.org/overseas-post-info/state-department-resources/the-transition-center/; https://statemag.state.gov/2021/03/0321feat01/',
  },
  {
    id: 'overseas-briefing-center',
    name: 'Overseas Briefing Center',
    acronyms: [],
    aliases: [],
    contextAliases: ['OBC'],
    kind: 'US government bureau',
    summary:
      "The information arm of the Foreign Service Institute's Transition Center, which gives employees and family members country research on posts, moving logistics and cultural adjustment resources before an assignment.",
    source:
      'https://webarchive.library.unt.edu/web/20120913081154/http://www.state.gov/m/fsi/tc/index.htm; https://afsa.org/sites/default/files/flipping_book/0604/42; http://www.aafsw.org/overseas-post-info/state-department-resources/the-transition-center/',
  },
  {
    id: 'career-transition-center',
    name: 'Career Transition Center',
    acronyms: [],
    aliases: [],
    kind: 'US government bureau',
    summary:
      "The division of the Foreign Service Institute's Transition Center that provides retirement planning and post-career services to employees of the foreign affairs and other federal agencies.",
    source:
      'http://www.aafsw.org/overseas-post-info/state-department-resources/the-transition-center/; https://webarchive.library.unt.edu/web/20120913081154/http://www.state.gov/m/fsi/tc/index.htm; https://statemag.state.gov/2021/03/0321feat01/',
  },
  {
    id: 'epap',
    name: 'Expanded Professional Associates Program',
    acronyms: ['EPAP'],
    aliases: [],
    kind: 'US government program',
    founded: '2008',
    summary:
      'The State Department program, run by the Family Liaison Office since 2012, that opens professional positions at missions abroad, equivalent to entry-level Foreign Service jobs in fields such as political, economic, management and public diplomacy work, to U.S.-citizen family members of employees; most are funded centrally and filled through yearly vacancy announcements.',
    source:
      'http://m.state.gov/mc41174.htm; https://www.state.gov/m/dghr/flo/c41174.htm; https://afsa.org/sites/default/files/flipping_book/070816/24 (FSJ, July-August 2016); http://www.afsa.org/sites/default/files/flipping_book/0318/36/ (FSJ, March 2018)',
  },
  {
    id: 'consular-fellows-program',
    name: 'Consular Fellows Program',
    acronyms: [],
    aliases: ['Consular Fellow Program', 'Foreign Service Consular Fellows Program'],
    kind: 'US government program',
    summary:
      'The State Department program that hires speakers of high-demand languages such as Spanish, Portuguese, Mandarin Chinese and Arabic on limited non-career Foreign Service appointments of up to five years to adjudicate visas and serve U.S. citizens in consular sections abroad; it is not a path into the career Foreign Service.',
    source:
      'https://careers.state.gov/work/foreign-service/consular-fellows/; https://web.archive.org/web/20190115023342/https://careers.state.gov/work/foreign-service/consular-fellows; https://doscareers.usajobs.gov/job/753243600',
  },
  {
    id: 'ecs',
    name: 'Office of Employee Consultation Services',
    acronyms: ['ECS'],
    aliases: ['Employee Consultation Services', 'Employee Consultation Service'],
    kind: 'US government bureau',
    summary:
      "The State Department's confidential counseling office, part of the Bureau of Medical Services' mental health services, which offers short-term counseling to employees and families on workplace stress, relationships, grief and other concerns and runs the employee assistance, deployment stress and alcohol and drug awareness programs.",
    source:
      'https://afsa.org/mental-health-and-ecs-what-you-should-know; https://fam.state.gov/FAM/03FAM/03FAM4160.html; https://statemag.state.gov/2020/05/0520feat02/',
  },
  {
    id: 'med-mental-health-services',
    name: 'Mental Health Services of the Bureau of Medical Services',
    acronyms: [],
    aliases: ['Foreign Service Mental Health Services', 'MED Mental Health Services'],
    contextAliases: ['Mental Health Services'],
    contextFrom: ['med'],
    kind: 'US government bureau',
    summary:
      "The State Department's mental health office within the Bureau of Medical Services, whose director oversees employee assistance, medical clearances and mental health evacuations and the regional medical officer psychiatrists who serve Foreign Service communities overseas, some 21 or 22 of them covering several posts each.",
    source:
      'https://afsa.org/sites/default/files/flipping_book/010216/28/ (FSJ, January-February 2016); https://afsa.org/sites/default/files/flipping_book/1023/67/ (FSJ, October 2023)',
  },
  {
    id: 'med-child-and-family-program',
    name: 'Child and Family Program of the Bureau of Medical Services',
    acronyms: [],
    aliases: ['MED Child and Family Program'],
    contextAliases: ['Child and Family Program'],
    contextFrom: ['med'],
    kind: 'US government program',
    summary:
      "The Bureau of Medical Services office that works with Foreign Service parents to identify and meet their children's mental health and special education needs.",
    source: 'https://afsa.org/sites/default/files/flipping_book/070824/32 (FSJ, July-August 2024)',
  },
  // Historic divisions and offices of the Department
  {
    id: 'division-of-near-eastern-affairs',
    name: 'Division of Near Eastern Affairs',
    acronyms: [],
    aliases: [],
    kind: 'US government bureau',
    founded: '1909',
    summary:
      "The State Department division set up in 1909 for the Middle East and also for Central, Southern and Eastern Europe; it had Egypt and Abyssinia from the start and most of the rest of Africa from 1937. Wallace Murray led it from 1929; the 1944 reorganization placed it under a new Office of Near Eastern and African Affairs, forerunner of today's Near Eastern bureau.",
    source:
      'https://www.history.state.gov/departmenthistory/people/principalofficers/assistant-secretary-for-near-eastern-affairs; https://newlib.net/nw_rd640650/p7',
  },
  {
    id: 'office-of-near-eastern-and-african-affairs',
    name: 'Office of Near Eastern and African Affairs',
    acronyms: [],
    aliases: [],
    kind: 'US government bureau',
    founded: '1944',
    ended: '1949',
    successor: 'the Bureau of Near Eastern, South Asian, and African Affairs',
    summary:
      'The State Department office created in the 1944 Stettinius reorganization, with Wallace Murray as director, over the Division of Near Eastern Affairs and its neighbors; it was the forerunner of the bureau for the Near East, South Asia and Africa set up under an assistant secretary in October 1949.',
    source:
      'https://newlib.net/nw_rd640650/p7; https://www.history.state.gov/departmenthistory/people/principalofficers/assistant-secretary-for-near-eastern-affairs',
  },
  {
    id: 'division-of-eastern-european-affairs',
    name: 'Division of Eastern European Affairs',
    acronyms: [],
    aliases: ['Eastern European Division'],
    kind: 'US government bureau',
    summary:
      'The State Department division for Russia and its neighbors in the interwar years, headed from 1926 by Robert F. Kelley, whose hard line on the Soviet Union shaped the Russia specialists George Kennan and Charles Bohlen; advocates of a softer line toward Moscow later moved against Kelley and the division.',
    source:
      'https://en.wikipedia.org/wiki/Robert_F._Kelley; https://en.wikipedia-on-ipfs.org/wiki/Robert_F._Kelley',
  },
  {
    id: 'division-of-cultural-relations',
    name: 'Division of Cultural Relations',
    acronyms: [],
    aliases: ['State Department Division of Cultural Relations'],
    kind: 'US government bureau',
    founded: '1938',
    summary:
      "The State Department division created by departmental order in July 1938, at Sumner Welles's urging and first aimed at Latin America under the Good Neighbor Policy, to run the government's first lasting program of cultural relations: exchanges of professors and students, libraries, music and art; the first cultural officers went out to embassies from 1941-42.",
    source:
      'http://library.distantreader.org/stacks/trust/nnc2/nnc2_ark+=13960=t7pp4cp39.txt; https://afsroots.org/all/story/library/5-AFSIS/cultural/approach7.html; https://afsa.org/sites/default/files/flipping_book/1006/39/ (FSJ, October 2006)',
  },
  // Added: offices, centers and programs FSJ pages name
  {
    id: 'nmad',
    name: 'National Museum of American Diplomacy',
    acronyms: ['NMAD'],
    aliases: ['U.S. Diplomacy Center', 'United States Diplomacy Center'],
    contextAliases: ['USDC'],
    // On a page about AFSA, State or the Service, "USDC" is the Diplomacy Center.
    contextFrom: ['afsa', 'state-department', 'foreign-service'],
    kind: 'US government bureau',
    founded: '2001 (as the U.S. Diplomacy Center office)',
    seat: 'Washington, D.C. (Harry S Truman Building)',
    summary:
      'The State Department\u2019s museum of American diplomacy, at the 21st Street entrance of its headquarters, built in a public-private partnership with the Diplomacy Center Foundation and overseen by the public affairs bureau. The office behind it was set up in 2001 as the U.S. Diplomacy Center and took the museum\u2019s name in November 2019.',
    url: 'https://diplomacy.state.gov',
    source:
      'http://afsa.org/sites/default/files/flipping_book/0904/83/ (the U.S. Diplomacy Center office created in 2001); https://afsa.org/sites/default/files/flipping_book/0915/29; https://en.wikipedia.org/wiki/National_Museum_of_American_Diplomacy (renamed November 2019; under the Bureau of Public Affairs)',
  },
  {
    id: 'fastc',
    name: 'Foreign Affairs Security Training Center',
    acronyms: ['FASTC'],
    aliases: [],
    kind: 'US government bureau',
    founded: '2019',
    seat: 'Fort Pickett, near Blackstone, Virginia',
    summary:
      'The Diplomatic Security Service\u2019s training campus on some 1,350 acres of Fort Pickett, Virginia, opened in November 2019 to bring together hard-skills security training once spread over many sites: driving tracks, explosives and firearms ranges, smokehouses and a mock embassy, for about 10,000 students a year from across the foreign affairs community.',
    source:
      'https://www.state.gov/m/ds/fastc/index.htm; https://va.ng.mil/News/Article/2486942/fastc-officially-opens-doors-at-fort-pickett (opened November 14, 2019); https://www.wirenews.org/post/diplomatic-security-service-opens-state-of-the-art-training-facility',
  },
  {
    id: 'nvc',
    name: 'National Visa Center',
    acronyms: [],
    aliases: [],
    contextAliases: ['NVC'],
    kind: 'US government bureau',
    seat: 'Portsmouth, New Hampshire',
    summary:
      'The Bureau of Consular Affairs center that takes over an immigrant visa case once USCIS approves the petition: it collects fees and documents, readies the file and in most cases schedules the applicant\u2019s interview at an embassy or consulate abroad.',
    source:
      'http://laws9.com/immigration/the-guide-to-the-national-visa-center.html (Portsmouth, N.H.); https://uy.usembassy.gov/visas/immigrant-visas/general-information/; https://www.uscisguide.com/national-visa-center/national-visa-center-consular-processing-locations/',
  },
  {
    id: 'kcc',
    name: 'Kentucky Consular Center',
    acronyms: [],
    aliases: [],
    contextAliases: ['KCC'],
    kind: 'US government bureau',
    summary:
      'A processing center of the Bureau of Consular Affairs that handles the first, paperwork stages of the Diversity Visa program and some other immigrant visa cases, reviewing documents and scheduling interviews at posts abroad; it does not interview applicants or decide cases.',
    source:
      'https://legalclarity.org/how-the-kentucky-consular-center-processes-diversity-visas; https://uy.usembassy.gov/visas/immigrant-visas/general-information/; https://ci.usembassy.gov/visas/immigrant-visas/employment/the-appointment/',
  },
  {
    id: 'hr-ret',
    name: 'State Department Office of Retirement',
    acronyms: ['HR/RET'],
    aliases: [],
    contextAliases: ['Office of Retirement'],
    kind: 'US government bureau',
    summary:
      'The office of the State Department\u2019s personnel bureau that runs the Foreign Service retirement system for employees of every Foreign Service agency, from the notice of intent to retire onward: it calculates annuities, handles retirees\u2019 deductions and benefits, and serves surviving spouses.',
    source:
      'https://afsa.org/sites/default/files/flipping_book/0207/5/; https://afsa.org/sites/default/files/flipping_book/0505/7/',
  },
  {
    id: 'consular-integrity-division',
    name: 'Consular Integrity Division',
    acronyms: [],
    aliases: [],
    kind: 'US government bureau',
    summary:
      'A unit of the Bureau of Consular Affairs that studies past cases of malfeasance by consular staff and uses the lessons to prevent new ones.',
    source:
      'https://afsa.org/sites/default/files/flipping_book/0610/3/; https://docslib.org/doc/9931117/the-foreign-service-journal-june-2010',
  },
  {
    id: 'ediplomacy',
    name: 'Office of eDiplomacy',
    acronyms: ['IRM/BPC/EDIP'],
    aliases: ['eDiplomacy Task Force'],
    contextAliases: ['eDiplomacy'],
    kind: 'US government bureau',
    founded: '2003',
    ended: '2025',
    summary:
      'The State Department information technology bureau\u2019s office for collaboration and knowledge sharing, set up in 2003 from a task force formed on the recommendations of the Overseas Presence Advisory Panel; it ran the internal wiki Diplopedia, the Corridor networking site, online communities and Virtual Presence Posts, and was disbanded in the 2025 reorganization.',
    source:
      'https://webarchive.library.unt.edu/web/20090506175452/http://www.state.gov/m/irm/ediplomacy/index.htm; https://2009-2017.state.gov/m/irm/ediplomacy/c23840.htm; https://wikimili.com/en/Office_of_eDiplomacy; https://grokipedia.com/page/office_of_ediplomacy (disbanded April 2025)',
  },
  {
    id: 'ata',
    name: 'Antiterrorism Assistance Program',
    acronyms: [],
    aliases: [
      'Antiterrorism Assistance',
      'Office of Antiterrorism Assistance',
      'Anti-Terrorism Assistance Program',
    ],
    contextAliases: ['ATA'],
    kind: 'US government program',
    founded: '1983',
    summary:
      'The State Department program, authorized by Congress in 1983, that trains and equips police and security forces of partner countries to prevent and respond to terrorism; the Diplomatic Security Service runs the courses while the counterterrorism bureau funds the program and sets its policy.',
    source:
      'https://www.globalsecurity.org/military/library/news/2001/11/mil-011114-usia12c.htm; https://webarchive.library.unt.edu/eot2008/20080916013248/http:/state.gov/m/ds/terrorism/c8583.htm; https://wikiake.com/antiterrorism-assistance-program/',
  },
  {
    id: 'spear',
    name: 'Special Program for Embassy Augmentation and Response',
    acronyms: ['SPEAR'],
    aliases: [],
    kind: 'US government program',
    summary:
      'A part of the Antiterrorism Assistance program, begun after the 2012 Benghazi attack, that trains and equips local tactical police units to respond quickly to threats against U.S. embassies and other diplomatic facilities.',
    source:
      'https://www.state.gov/new-ata-report-documents-its-important-role-in-the-fight-against-international-terrorism/; https://wikiake.com/antiterrorism-assistance-program/',
  },
  {
    id: 'arb',
    name: 'Accountability Review Board',
    acronyms: [],
    aliases: ['Accountability Review Boards'],
    contextAliases: ['ARB', 'ARBs'],
    kind: 'US government bureau',
    founded: '1986',
    summary:
      'A board the Secretary of State must convene, under Title III of the Omnibus Diplomatic Security and Antiterrorism Act of 1986, after any serious injury, loss of life or major destruction of property at or related to a U.S. mission abroad, or a serious security breach there, to review what happened and recommend changes; boards were convened after the 1998 East Africa embassy bombings and the 2012 Benghazi attack.',
    source:
      'https://en.wikisource.org/wiki/Page:United_States_Statutes_at_Large_Volume_113_Part_2.djvu/976; https://apps.dtic.mil/sti/citations/AD1038934',
  },
  {
    id: 'inman-panel',
    name: "Secretary of State's Advisory Panel on Overseas Security",
    acronyms: [],
    aliases: ['Advisory Panel on Overseas Security', 'Inman Panel'],
    kind: 'US government bureau',
    ended: '1985',
    summary:
      'The panel chaired by Admiral Bobby Ray Inman that the Secretary of State convened after the 1983 Beirut bombings; its June 1985 report, the Inman Report, called for stronger building standards and setbacks, a large program to replace insecure embassies, and a new Bureau of Diplomatic Security and Diplomatic Security Service.',
    source:
      'https://irp.fas.org/threat/inman/part01.htm; https://en.wikipedia.org/wiki/Inman_Report; https://apps.dtic.mil/sti/citations/AD1038934',
  },
  {
    id: 'opap',
    name: 'Overseas Presence Advisory Panel',
    acronyms: ['OPAP'],
    aliases: [],
    kind: 'US government bureau',
    ended: '1999',
    summary:
      'The panel on the State Department\u2019s presence abroad whose 1999 recommendations, among them that the Department improve its ability to communicate and share knowledge, led to the creation of the Office of eDiplomacy.',
    source:
      'https://wikimili.com/en/Office_of_eDiplomacy; https://webarchive.library.unt.edu/web/20090506175452/http://www.state.gov/m/irm/ediplomacy/index.htm',
  },
  {
    id: 'speha',
    name: 'Office of the Special Presidential Envoy for Hostage Affairs',
    acronyms: ['SPEHA'],
    aliases: [],
    kind: 'US government bureau',
    founded: '2015',
    summary:
      'The State Department office of the senior diplomat who leads U.S. diplomatic efforts to bring home Americans held hostage abroad, created in June 2015 by President Obama\u2019s executive order on hostage recovery together with the interagency Hostage Recovery Fusion Cell and Hostage Response Group.',
    source:
      'https://www.govexec.com/defense/2016/10/governments-recent-hostage-recovery-activities-deemed-largely-effective/132103/; https://thesimonscenter.org/ia-news/hostage-recovery-fusion-cell/; http://www.crisisnegotiatorblog.com/2016/10/statement-on-hostage-recovery-activities.html',
  },
  {
    id: 'iran-watcher-program',
    name: 'Iran Watcher program',
    acronyms: [],
    aliases: [],
    kind: 'US government program',
    summary:
      'A State Department program, just over a decade old in 2015, in which officers follow Iran from outside the country in the absence of a U.S. embassy in Tehran; the FSJ described it as an organizational model for remote diplomacy.',
    source: 'https://docslib.org/doc/5299184/the-foreign-service-journal-march-2015',
  },
  {
    id: 'consular-school-of-application',
    name: 'Consular School of Application',
    acronyms: [],
    aliases: [],
    kind: 'US government bureau',
    founded: '1907',
    summary:
      'The first formal training program for U.S. consular officers, set up in 1907; with the Wilson Diplomatic School of 1909 and the Foreign Service School of 1924 it was one of the forerunners of the Foreign Service Institute, founded in 1947.',
    source:
      'https://washdiplomat.com/foreign-service-institute-prepares-government-workers-for-global-careers/; https://kids.kiddle.co/Foreign_Service_Institute',
  },
  {
    id: 'fsi-school-of-language-studies',
    name: 'FSI School of Language Studies',
    acronyms: [],
    aliases: ['School of Language Studies', 'Foreign Service Institute School of Language Studies'],
    contextAliases: ['SLS'],
    contextFrom: ['fsi'],
    kind: 'US government bureau',
    summary:
      'The school of the Foreign Service Institute that teaches foreign languages to Foreign Service and other government employees before their assignments abroad, in more than 60 languages.',
    source:
      'https://fam.state.gov/FAM/01FAM/01FAM0290.html; https://careers.state.gov/major/communications/page/2',
  },
  {
    id: 'fsi-spas',
    name: 'FSI School of Professional and Area Studies',
    acronyms: [],
    aliases: [
      'School of Professional and Area Studies',
      'Foreign Service Institute School of Professional and Area Studies',
    ],
    contextAliases: ['SPAS'],
    contextFrom: ['fsi'],
    kind: 'US government bureau',
    summary:
      'The school of the Foreign Service Institute that gives new-hire orientation, job tradecraft training for consular, economic, management, political and public diplomacy work, and area studies courses; it is home to the Center for the Study of the Conduct of Diplomacy.',
    source:
      'https://fam.state.gov/FAM/01FAM/01FAM0290.html; https://www.state.gov/key-topics-foreign-service-institute/diplomatic-tradecraft-and-regional-area-studies-training/',
  },
  {
    id: 'fsi-lms',
    name: 'FSI Leadership and Management School',
    acronyms: [],
    aliases: [
      'Leadership and Management School',
      'Foreign Service Institute Leadership and Management School',
    ],
    contextAliases: ['LMS'],
    contextFrom: ['fsi'],
    kind: 'US government bureau',
    summary:
      'The school of the Foreign Service Institute that runs the mandatory and elective leadership and management courses for State supervisors and managers from entry to executive level, seminars for senior leaders and crisis management training at posts abroad.',
    source:
      'https://fam.state.gov/FAM/01FAM/01FAM0290.html; https://careers.state.gov/major/communications/page/2',
  },
  {
    id: 'fsi-sait',
    name: 'FSI School of Applied Information Technology',
    acronyms: [],
    aliases: [
      'School of Applied Information Technology',
      'Foreign Service Institute School of Applied Information Technology',
    ],
    contextAliases: ['SAIT'],
    contextFrom: ['fsi'],
    kind: 'US government bureau',
    summary:
      'The school of the Foreign Service Institute that trains State Department employees in the information technology systems used at home and at missions abroad.',
    source: 'https://fam.state.gov/FAM/01FAM/01FAM0290.html',
  },
  {
    id: 'wilson-diplomatic-school',
    name: 'Wilson Diplomatic School',
    acronyms: [],
    aliases: [],
    kind: 'US government bureau',
    founded: '1909',
    summary:
      "The State Department's first professional training facility for diplomats, founded in 1909, whose curriculum The New York Times judged less than rigorous; with the Consular School of Application and the Foreign Service School it was a forerunner of the Foreign Service Institute.",
    source:
      'https://afsa.org/node/31912 (FSJ article on the Foreign Service Institute at 70); https://washdiplomat.com/foreign-service-institute-prepares-government-workers-for-global-careers/',
  },
  {
    id: 'foreign-service-school',
    name: 'Foreign Service School',
    acronyms: [],
    aliases: [
      "Foreign Service Officers' Training School",
      'Foreign Service Officers Training School',
    ],
    // "FSS" also stands for Foreign Service specialists: only on a page naming the school.
    contextAliases: ['FSS', 'FSOTS'],
    kind: 'US government bureau',
    founded: '1924',
    successor: 'the Foreign Service Institute (1947)',
    summary:
      "The school for newly appointed Foreign Service officers created by President Coolidge's Executive Order 4022 of June 7, 1924, under the Rogers Act; it mainly detailed new officers to divisions of the Department before their first posts. Renamed the Foreign Service Officers' Training School in 1931, it gave consular, commercial and language training until State suspended all Foreign Service training during World War II.",
    source: 'https://afsa.org/node/31912 (FSJ article on the Foreign Service Institute at 70)',
  },
  {
    id: 'senior-seminar',
    name: 'Senior Seminar in Foreign Policy',
    acronyms: [],
    aliases: ['Senior Seminar in Foreign Affairs', 'Senior Officer Course'],
    contextAliases: ['Senior Seminar'],
    kind: 'US government program',
    founded: '1958',
    ended: '2004',
    successor: 'a series of shorter courses for senior executives at the Foreign Service Institute',
    summary:
      'The Foreign Service Institute\u2019s highest-level course, an academic year of study, lectures and travel across the United States for some 25 to 30 senior Foreign Service officers and officials of other agencies and the armed forces; modeled on the National War College, it first met in 1958 and ended with its 46th class in June 2004.',
    source:
      'https://afsa.org/sites/default/files/flipping_book/1108/12; https://afsa.org/sites/default/files/flipping_book/070804/17; https://www.cia.gov/readingroom/document/cia-rdp71r00510a000200260040-2; https://www.theinfolist.com/html/ALL/s/S/Senior_Seminar_In_Foreign_Policy.html',
  },
  {
    id: 'sig-foreign-service',
    name: 'Office of the Inspector General, Foreign Service',
    acronyms: ['S/IG'],
    aliases: ['Office of Inspector General, Foreign Service', 'Inspector General, Foreign Service'],
    kind: 'US government bureau',
    founded: '1971',
    summary:
      'The State Department\u2019s internal inspection office formed in July 1971 by merging three evaluation groups, charged under the Foreign Service Act of 1946 with inspecting every diplomatic and consular post every two years, largely with Foreign Service officers serving as inspectors; a forerunner of the State Department\u2019s Office of Inspector General.',
    source:
      'http://www.gao.gov/products/ID-78-19; https://www.ncjrs.gov/App/Publications/abstract.aspx?ID=65518',
  },
  {
    id: 'vietnam-training-center',
    name: 'Vietnam Training Center',
    acronyms: [],
    aliases: ['FSI Vietnam Training Center'],
    // "VTC" is also the common short form of video teleconference: marked only on a page that
    // names the center in full.
    contextAliases: ['VTC'],
    kind: 'US government bureau',
    founded: '1967',
    ended: 'early 1970s',
    seat: 'Washington, D.C.',
    summary:
      'The Foreign Service Institute\u2019s separate school, opened in April 1967, that prepared Americans from several agencies for work in Vietnam with the CORDS pacification effort, in courses of up to ten months on the Vietnamese language, the country\u2019s history and culture, counterinsurgency and the adviser\u2019s role; some two thousand people went through it before it was disbanded in the early 1970s.',
    source:
      'https://9dok.net/article/theory-practice-build-destroy.zlgd176r ; http://www.afsa.org/sites/default/files/flipping_book/1217/47/ ; https://afsa.org/sites/default/files/flipping_book/1107/14/',
  },
  {
    id: 'dissent-channel',
    name: 'Dissent Channel',
    acronyms: [],
    aliases: ['State Department Dissent Channel', 'Department of State Dissent Channel'],
    kind: 'US government program',
    founded: '1971',
    summary:
      'The State Department\u2019s formal, confidential way for its American employees and those of USAID to send senior leadership a dissenting view on a question of policy and receive a reviewed reply; set up in 1971 under Secretary William Rogers, after Foreign Service protests over the war in Southeast Asia, it is handled by the Policy Planning Staff.',
    source:
      'https://afsa.org/state-department-dissent-channel-history-and-impact ; https://afsa.org/sites/default/files/flipping_book/1223/23 ; https://afsa.org/sites/default/files/flipping_book/070811/22/ ; https://docslib.org/doc/2734045/dissent-channel ; https://nsarchive.gwu.edu/briefing-book/foia/2018-03-15/department-states-dissent-channel-revealed',
  },
  {
    id: 'qep',
    name: 'Qualifications Evaluation Panel',
    acronyms: ['QEP'],
    aliases: ['Qualification Evaluation Panel'],
    kind: 'US government bureau',
    founded: '2007 (in the officer selection process)',
    summary:
      'The Board of Examiners panel of trained Foreign Service officers that reviews each candidate\u2019s whole file (work and education history, personal narrative answers and, since 2022, the written test score) against the Service\u2019s core competencies and ranks candidates, those above the cutoff set by hiring needs being invited to the oral assessment. Specialist candidates also go before such a panel.',
    source:
      'https://afsa.org/sites/default/files/flipping_book/0608/21 ; https://afsa.org/sites/default/files/flipping_book/1022/38/ ; https://afsa.org/sites/default/files/flipping_book/0323/35/ ; https://webarchive.library.unt.edu/eot2008/20090825043212/http://careers.state.gov/officer/qep.html ; https://web.archive.org/all/20051029120825/http:/careers.state.gov/specialist/join/index.html',
  },
  {
    id: 'suitability-review-panel',
    name: 'Suitability Review Panel',
    acronyms: [],
    aliases: [],
    kind: 'US government bureau',
    summary:
      'The State Department panel that, once a Foreign Service candidate\u2019s background investigation is done, reviews the whole file except medical records and decides whether the candidate is suitable for employment, weighing such things as past misconduct, dishonesty in the application, substance abuse and financial irresponsibility; a security clearance does not settle this separate judgment. Older rules gave the suitability review to a Final Review Panel.',
    source:
      'https://careers.state.gov/faq-items/page/7 ; https://www.yumpu.com/en/document/view/24666607/foreign-service-officer-oral-assessment-study-guide/62 ; https://chanrobles.com/usa/uslaws/cfr/title22/22-1.0.1.2.12.php',
  },
  {
    id: 'achdd',
    name: 'Advisory Committee on Historical Diplomatic Documentation',
    acronyms: [],
    aliases: ['State Department Historical Advisory Committee'],
    // "Historical Advisory Committee", the committee's official short title, is a generic phrase:
    // marked only on a page that also names the committee or the Office of the Historian.
    contextAliases: ['Historical Advisory Committee'],
    contextFrom: ['office-of-the-historian'],
    kind: 'US government bureau',
    founded: '1991',
    summary:
      'The nine-member statutory committee of historians, political scientists, archivists and international lawyers that advises the State Department\u2019s Historian on the preparation of the Foreign Relations of the United States series, which the law requires to be a thorough, accurate and reliable record, and reviews the department\u2019s declassification and release of its older records; it was set up by the foreign relations authorization act signed on October 28, 1991.',
    source:
      'https://history.state.gov/about/hac/charter ; https://webharvest.gov/peth04/20041112110553/http://www.state.gov/r/pa/ho/adcom/ ; http://itlaw.wikia.com/wiki/Advisory_Committee_on_Historial_Diplomatic_Documentation ; https://www.state.gov/r/pa/prs/ps/2017/02/267484.htm',
  },
  {
    id: 'rewards-for-justice',
    name: 'Rewards for Justice',
    acronyms: ['RFJ'],
    aliases: ['Rewards for Justice Program', 'Counter-Terror Rewards Program'],
    kind: 'US government program',
    founded: '1984',
    summary:
      'The State Department\u2019s national security rewards program, created by the 1984 Act to Combat International Terrorism and run by the Bureau of Diplomatic Security, which offers money for information that prevents terrorist attacks or helps find and convict those behind them; Congress later extended it to terrorist financing, foreign election interference, state-directed hacking and North Korea. The Secretary of State authorizes each offer and payment.',
    url: 'https://rewardsforjustice.net',
    source:
      'https://rewardsforjustice.net/about/program-overview/ ; https://sk.sagepub.com/reference/terrorism/n372.xml ; https://en.wikipedia.org/?curid=6070309 (earlier Counter-Terror Rewards Program name)',
  },
  {
    id: 'fest',
    name: 'Foreign Emergency Support Team',
    acronyms: ['FEST'],
    aliases: ['Foreign Emergency Support Teams'],
    kind: 'coordination body',
    founded: '1986',
    summary:
      'The U.S. government\u2019s interagency team, on call to fly out within hours, that a chief of mission can ask for after a terrorist attack or other crisis abroad, to help the embassy assess it and coordinate the U.S. response; it draws on State, Defense, the FBI, Energy and the intelligence community. Long led by State\u2019s counterterrorism office, it deployed after the 1998 East Africa embassy bombings and the USS Cole attack, and is now led by Diplomatic Security.',
    url: 'https://www.state.gov/foreign-emergency-support-team/',
    source:
      'https://www.state.gov/foreign-emergency-support-team/ ; https://www.state.gov/j/ct/programs/fest/index.htm ; https://webarchive.library.unt.edu/eot2008/20081104022959/http://www.state.gov/s/ct/about/c16664.htm ; https://wikimili.com/en/Foreign_Emergency_Support_Team',
  },
];

// The glossary's US military services and commands, current and historic, and allied commands FSJ names.
// Facts come from the pages named in each entry's `source`; card summaries are written for FSJ Gloss.

import type { GlossaryEntry } from '../types';

/**
 * A page naming the armed forces, the Pentagon, the Joint Chiefs or a service means a US service
 * by its bare name ("the Army", "Navy"); a rank after the name makes it clear anywhere ("Navy
 * Admiral", matcher.ts), a capitalized word before it makes it another's ("Iraqi Army").
 */
const MILITARY_CONTEXT = ['us-armed-forces', 'dod', 'jcs', 'us-army', 'us-navy', 'usmc', 'usaf'];

export const MILITARY: readonly GlossaryEntry[] = [
  {
    id: 'us-armed-forces',
    name: 'United States Armed Forces',
    acronyms: [],
    aliases: ['United States military'],
    kind: 'US military command',
    founded: '1775 (Continental Army)',
    summary:
      'The military forces of the United States: by law the Army, Marine Corps, Navy, Air Force, Space Force and Coast Guard, with the President as commander in chief. All but the Coast Guard sit within the Department of Defense.',
    source:
      'https://triviaquestions.online/pages/United_States_Armed_Forces___United_States_Marine_Corps.html; https://allabouttheusa.info/military.htm',
  },
  {
    id: 'us-army',
    name: 'United States Army',
    acronyms: [],
    aliases: [],
    contextAliases: ['the Army', 'The Army', 'Army'],
    contextFrom: MILITARY_CONTEXT.filter((id) => id !== 'us-army'),
    kind: 'US military command',
    founded: '1775',
    summary:
      'The land service of the US armed forces and its oldest and largest branch, tracing its origin to the Continental Army created by the Second Continental Congress in 1775.',
    source:
      'https://chicagonavymemorial.org/commemorative-us-sea-services-monument/armed-forces; https://www.kxxv.com/news/honoring-our-veterans-veterans-day-2021/branches-of-the-u-s-military',
  },
  {
    id: 'us-navy',
    name: 'United States Navy',
    acronyms: ['USN'],
    aliases: [],
    contextAliases: ['the Navy', 'The Navy', 'Navy'],
    contextFrom: MILITARY_CONTEXT.filter((id) => id !== 'us-navy'),
    kind: 'US military command',
    founded: '1775 (Continental Navy)',
    summary:
      'The sea service of the US armed forces. Its roots are in the Continental Navy of 1775; Congress created the present Navy in the 1790s.',
    source:
      'https://www.kxxv.com/news/honoring-our-veterans-veterans-day-2021/branches-of-the-u-s-military; https://www.aviationjournal.co.uk/air-forces/united-states-of-america',
  },
  {
    id: 'usmc',
    name: 'United States Marine Corps',
    acronyms: ['USMC'],
    aliases: ['Marine Corps'],
    contextAliases: ['the Marines', 'The Marines'],
    kind: 'US military command',
    founded: '1775',
    summary:
      'The US armed service of infantry troops able to fight at sea and ashore, founded in Philadelphia in 1775; its commandant reports to the Secretary of the Navy.',
    source:
      'https://www.kxxv.com/news/honoring-our-veterans-veterans-day-2021/branches-of-the-u-s-military; https://chicagonavymemorial.org/commemorative-us-sea-services-monument/armed-forces',
  },
  {
    id: 'usaf',
    name: 'United States Air Force',
    acronyms: ['USAF'],
    aliases: ['Army Air Forces', 'Army Air Corps'],
    contextAliases: ['the Air Force', 'The Air Force', 'Air Force'],
    contextFrom: MILITARY_CONTEXT.filter((id) => id !== 'usaf'),
    kind: 'US military command',
    founded: '1947',
    summary:
      'The air service of the US armed forces. It grew out of the Army\u2019s air arm (the Army Air Corps, later the Army Air Forces) and became an independent service under the National Security Act of 1947.',
    source:
      'http://us-military.wikia.com/wiki/United_States_Armed_Forces; https://www.kxxv.com/news/honoring-our-veterans-veterans-day-2021/branches-of-the-u-s-military; https://www.aviationjournal.co.uk/air-forces/united-states-of-america',
  },
  {
    id: 'ussf',
    name: 'United States Space Force',
    acronyms: ['USSF'],
    aliases: ['Space Force'],
    kind: 'US military command',
    founded: '2019',
    summary:
      'The newest branch of the US armed forces, established by the National Defense Authorization Act in 2019 as the military service for space; it was the first new armed service in more than seven decades.',
    source:
      'https://www.kxxv.com/news/honoring-our-veterans-veterans-day-2021/branches-of-the-u-s-military; https://triviaquestions.online/pages/United_States_Armed_Forces___United_States_Marine_Corps.html',
  },
  {
    id: 'uscg',
    name: 'United States Coast Guard',
    acronyms: ['USCG'],
    aliases: ['Revenue Cutter Service'],
    contextAliases: ['Coast Guard'],
    kind: 'US military command',
    founded: '1790 (Revenue Cutter Service); 1915 (Coast Guard)',
    summary:
      'The maritime armed service of the United States; unlike the other services, its commandant reports to the Secretary of Homeland Security rather than to the Department of Defense. It began in 1790 as the Revenue Cutter Service and took its name when it merged with the Life-Saving Service in 1915.',
    source:
      'https://www.kxxv.com/news/honoring-our-veterans-veterans-day-2021/branches-of-the-u-s-military; http://us-military.wikia.com/wiki/United_States_Armed_Forces; https://chicagonavymemorial.org/commemorative-us-sea-services-monument/armed-forces',
  },
  {
    id: 'national-guard',
    name: 'National Guard of the United States',
    acronyms: [],
    aliases: ['United States National Guard', 'Army National Guard', 'Air National Guard'],
    contextAliases: ['National Guard'],
    kind: 'US military command',
    founded: '1636 (first militia regiments)',
    summary:
      'The reserve military force made up of the National Guard units of each state and territory, with an Army and an Air component. Units answer to their governors for domestic emergencies and can be called to federal service; the National Guard Bureau administers them.',
    source:
      'http://www.princeton.edu/~achaney/tmve/wiki100k/docs/National_Guard_of_the_United_States.html; https://www.grpmcollections.org/Detail/entities/31054; http://www.zone-interdite.net/P/zone_7124.html',
  },
  {
    id: 'national-guard-bureau',
    name: 'National Guard Bureau',
    acronyms: ['NGB'],
    aliases: ['Militia Bureau'],
    kind: 'US government bureau',
    founded: '1908 (as the Division of Militia Affairs; Militia Bureau from 1916)',
    seat: 'Arlington, Virginia',
    summary:
      'The federal office that administers the National Guard for the Departments of the Army and the Air Force and, since 2008, as a joint activity of the Defense Department. It grew from a small section set up under the Militia Act of 1903, became the Division of Militia Affairs in 1908 and the Militia Bureau in 1916; its chief, a four-star general since 2008, has sat on the Joint Chiefs of Staff since 2012.',
    source:
      'http://chaos.owiki.org/wiki/National_Guard_Bureau; http://www.liquisearch.com/national_guard_bureau/division_becomes_a_bureau; https://de.zxc.wiki/wiki/National_Guard_Bureau; http://afsa.org/sites/default/files/flipping_book/1008/19/ (FSJ, October 2008: a political adviser to its chief)',
  },
  {
    id: 'jcs',
    name: 'Joint Chiefs of Staff',
    acronyms: ['JCS'],
    aliases: [],
    contextAliases: ['the Joint Chiefs', 'The Joint Chiefs'],
    kind: 'US military command',
    founded: '1942 (first formal meeting); 1947 (in statute)',
    seat: 'The Pentagon, Arlington, Virginia',
    summary:
      'The body of the most senior US uniformed officers (the chairman, the vice chairman and the service chiefs) that advises the President, the Secretary of Defense and the National Security Council on military matters. It has no operational command over forces.',
    url: 'https://www.jcs.mil',
    source:
      'https://www.jcs.mil/Media/News/News-Display/Article/1911127/the-joint-chiefs-of-staff-celebrates-72-years-today/; https://wikisum.wiki/wiki/Joint_Chiefs_of_Staff; https://segoldmine.ppi-int.com/taxonomy/term/298; http://en.wikipedia.org.mevn.net/wiki/United_States_Armed_Forces (Pentagon, Arlington County)',
  },
  {
    id: 'centcom',
    name: 'United States Central Command',
    acronyms: ['CENTCOM', 'USCENTCOM', 'CentCom'],
    aliases: [],
    contextAliases: ['Central Command'],
    kind: 'US military command',
    founded: '1983',
    seat: 'MacDill Air Force Base, Tampa, Florida',
    summary:
      'The US unified combatant command for the Middle East, Central and Southwest Asia and parts of Northeast Africa. It grew out of the Rapid Deployment Joint Task Force of 1980 and directed the Gulf War and the wars in Afghanistan and Iraq.',
    source:
      'https://irp.fas.org/agency/dod/uscentcom; https://www.macdill.af.mil/News/Article/2116445/uscentcoms-founding-fathers-gather-for-40th-anniversary/; https://militarybaseguide.com/the-command-center-macdill-afbs-vital-role-in-defending-america/',
  },
  {
    id: 'eucom',
    name: 'United States European Command',
    acronyms: ['EUCOM', 'USEUCOM'],
    aliases: [],
    contextAliases: ['European Command'],
    kind: 'US military command',
    founded: '1952',
    seat: 'Patch Barracks, Stuttgart, Germany',
    summary:
      'The US unified combatant command for Europe, including Russia and the Caucasus; it supports NATO and runs military-to-military programs with European partners. Its headquarters moved to Stuttgart from near Paris in 1967.',
    source:
      'https://globaldefence.net/archiv/streitkraefte-der-welt-world-armed-forces/order-of-battle/nordamerika-usa-unified-combatant-commandvereinigtes-kampfkommando/3; https://www.hubbry.com/Patch_Barracks; https://bedwards.github.io/hex-index/wikipedia/unified-combatant-command/index.html',
  },
  {
    id: 'africom',
    name: 'United States Africa Command',
    acronyms: ['AFRICOM', 'USAFRICOM', 'AfriCom'],
    aliases: ['Africa Command'],
    kind: 'US military command',
    founded: '2007 (operational 2008)',
    seat: 'Kelley Barracks, Stuttgart, Germany',
    summary:
      'The US unified combatant command responsible for military relations and operations with the nations of Africa other than Egypt. Carved out of European Command, it includes civilian staff from State, USAID and other agencies.',
    url: 'https://www.africom.mil',
    source:
      'https://worddisk.com/wiki/United_States_Africa_Command/; http://piglix.com/piglix/Africom; https://africom-web-app.azurewebsites.net/article/6356/pentagon-africa-command-headquarters-to-remain-in-',
  },
  {
    id: 'indopacom',
    name: 'United States Indo-Pacific Command',
    acronyms: ['INDOPACOM', 'USINDOPACOM', 'PACOM', 'USPACOM'],
    aliases: ['United States Pacific Command', 'Indo-Pacific Command'],
    contextAliases: ['Pacific Command'],
    kind: 'US military command',
    founded: '1947',
    seat: 'Camp H. M. Smith, Hawaii',
    summary:
      'The oldest and largest US unified combatant command, covering the Pacific and Indian Ocean region from the US West Coast to India. Known as Pacific Command until it was renamed in 2018.',
    url: 'https://www.pacom.mil',
    source:
      'https://www.pacom.mil/About-USINDOPACOM/History/; https://en.wikipedia-on-ipfs.org/wiki/United_States_Indo-Pacific_Command; https://www.globalsecurity.org/military/agency/dod/pacom.htm',
  },
  {
    id: 'southcom',
    name: 'United States Southern Command',
    acronyms: ['SOUTHCOM', 'USSOUTHCOM', 'Southcom'],
    aliases: [],
    contextAliases: ['Southern Command'],
    kind: 'US military command',
    seat: 'Doral (Miami), Florida',
    summary:
      'The US unified combatant command for Central and South America and the Caribbean, working closely with US ambassadors on security cooperation, drug suppression and humanitarian assistance. It was based in Panama until it moved to Miami in 1997.',
    source:
      'https://irp.fas.org/agency/dod/ussouthcom; https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2018-10/A/U.S._Southern_Command.html; http://www.defense.gov/Advisories/Advisory.aspx?AdvisoryID=1911',
  },
  {
    id: 'northcom',
    name: 'United States Northern Command',
    acronyms: ['NORTHCOM', 'USNORTHCOM', 'NorthCom', 'Northcom'],
    aliases: [],
    contextAliases: ['Northern Command'],
    kind: 'US military command',
    founded: '2002',
    seat: 'Colorado Springs, Colorado',
    summary:
      'The US unified combatant command created after the September 11 attacks for homeland defense and military support to civil authorities; its area covers the United States, Canada and Mexico. It shares its headquarters with NORAD.',
    source:
      'http://www.northcom.mil/Newsroom/Article/563266/us-northern-command-reflects-on-fourth-birthday/; http://csbj.com/2002/10/04/us-northern-command-opens-at-peterson-air-force-base/',
  },
  {
    id: 'socom',
    name: 'United States Special Operations Command',
    acronyms: ['SOCOM', 'USSOCOM'],
    aliases: [],
    contextAliases: ['Special Operations Command'],
    kind: 'US military command',
    founded: '1987',
    seat: 'MacDill Air Force Base, Tampa, Florida',
    summary:
      'The US functional combatant command that prepares the special operations forces of all the services and plans and conducts special operations. Congress mandated it in the Goldwater-Nichols reforms of 1986.',
    source:
      'https://connectplex.ai/contact/thom-kenney-34082527; https://www.reaganlibrary.gov/sites/default/files/archives/speeches/1987/042387h.htm; https://clui.org/ludb/site/macdill-air-force-base',
  },
  {
    id: 'transcom',
    name: 'United States Transportation Command',
    acronyms: ['TRANSCOM', 'USTRANSCOM'],
    aliases: [],
    contextAliases: ['Transportation Command'],
    kind: 'US military command',
    founded: '1987',
    seat: 'Scott Air Force Base, Illinois',
    summary:
      'The US functional combatant command that manages the global defense transportation system, moving forces and supplies by air, land and sea through its Army, Navy and Air Force components.',
    url: 'https://www.transcom.mil',
    source:
      'http://www.transcom.mil/about/summary.cfm; https://www.ndtahq.com/ustranscom-at-35/; https://www.globalsecurity.org/military/agency/dod/transcom.htm',
  },
  {
    id: 'stratcom',
    name: 'United States Strategic Command',
    acronyms: ['STRATCOM', 'USSTRATCOM'],
    aliases: [],
    contextAliases: ['Strategic Command'],
    kind: 'US military command',
    founded: '1992',
    seat: 'Offutt Air Force Base, Nebraska',
    summary:
      'The US functional combatant command for strategic deterrence: it commands the nuclear forces of the Air Force and Navy and handles global strike and missile defense. It succeeded the Air Force\u2019s Strategic Air Command in 1992.',
    source:
      'https://www.vetfriends.com/branches/navy/units/us-stratcom; http://centennialofflight.net/essay/Dictionary/SAC/DI185.htm; https://www.ausa.org/publications/army-us-strategic-command-thinking-globally-acting-jointly',
  },
  {
    id: 'cybercom',
    name: 'United States Cyber Command',
    acronyms: ['CYBERCOM', 'USCYBERCOM'],
    aliases: [],
    contextAliases: ['Cyber Command'],
    kind: 'US military command',
    founded: '2010 (unified combatant command since 2018)',
    seat: 'Fort Meade, Maryland',
    summary:
      'The US combatant command that directs military cyberspace operations and defends Defense Department networks. Begun under Strategic Command and led by the director of the NSA, it became a full unified command in 2018.',
    url: 'https://www.cybercom.mil',
    source:
      'https://www.cybercom.mil/About/History/; https://worddisk.com/wiki/United_States_Cyber_Command/; https://www.defensedaily.com/cyber-command-elevated-unified-combatant-command-army-cyber-gets-new-leader-2/uncategorized/',
  },
  {
    id: 'spacecom',
    name: 'United States Space Command',
    acronyms: ['SPACECOM', 'USSPACECOM'],
    aliases: [],
    contextAliases: ['Space Command'],
    kind: 'US military command',
    founded: '1985; re-established 2019',
    summary:
      'The US combatant command for military operations in space. First created in 1985, it was merged into Strategic Command in 2002 and re-established in 2019 as the eleventh unified combatant command.',
    source:
      'http://twiki.owiki.org/wiki/United_States_Space_Command; https://www.gpsworld.com/u-s-space-command-re-established-as-11th-unified-combatant-command/; https://www.businessinsider.com/head-of-space-command-names-4-areas-of-focus-2019-9',
  },
  {
    id: 'macv',
    name: 'Military Assistance Command, Vietnam',
    acronyms: ['MACV'],
    aliases: [
      'United States Military Assistance Command, Vietnam',
      'Military Assistance Command Vietnam',
    ],
    kind: 'US military command',
    founded: '1962',
    ended: '1973',
    successor: 'the Defense Attaché Office, Saigon',
    seat: 'Saigon (Tan Son Nhut Air Base), South Vietnam',
    summary:
      'The joint US command that directed all American military activity in South Vietnam during the Vietnam War, including the CORDS pacification program. Set up in 1962 alongside the advisory group, it absorbed MAAG Vietnam in 1964 and left Vietnam in March 1973 after the Paris Peace Accords.',
    source:
      'https://vietnamtheartofwar.com/glossary/military-assistance-command-in-vietnam/; http://vietnamwar.net/MACV.htm; http://uniforms-4u.com/p-us-army-csib-u-s-military-assistance-command-vietnam-14660.aspx',
  },
  {
    id: 'maag',
    name: 'Military Assistance Advisory Group',
    acronyms: ['MAAG'],
    aliases: ['Military Assistance and Advisory Group', 'Military Advisory Assistance Group'],
    kind: 'US military command',
    summary:
      'The name given to groups of US military advisers sent to allied countries, chiefly from the late 1940s to the 1970s, to train their forces and manage US military aid; their members served as part of the US embassy. The best known were in Indochina (from 1950); their work passed to offices of defense cooperation and military groups.',
    source:
      'https://en.wikipedia.org/wiki/Military_Assistance_Advisory_Group; https://history.state.gov/historicaldocuments/frus1969-76v35/d103fn3; http://en.citizendium.org/wiki/index.php?direction=prev&oldid=504470&title=Military_Assistance_Command%2C_Vietnam',
  },
  {
    id: 'cpa',
    name: 'Coalition Provisional Authority',
    acronyms: ['CPA'],
    aliases: [],
    kind: 'US government agency',
    founded: '2003',
    ended: '2004',
    successor: 'the Iraqi Interim Government',
    seat: 'Baghdad (Green Zone), Iraq',
    summary:
      'The transitional government of Iraq set up by the US-led coalition after the 2003 invasion, which held executive, legislative and judicial authority from April 2003 until it handed sovereignty to the Iraqi Interim Government on June 28, 2004. Paul Bremer headed it; it superseded the Pentagon\u2019s Office for Reconstruction and Humanitarian Assistance.',
    source:
      'http://piglix.com/piglix/Office_for_Reconstruction_and_Humanitarian_Assistance; https://de.zxc.wiki/wiki/Koalitions-%C3%9Cbergangsverwaltung_(Irak); https://de.frwiki.wiki/wiki/Autorit%C3%A9_provisoire_de_la_coalition; https://www.aljazeera.com/news/2004/3/18/us-occupying-authority-fact-sheet',
  },
  {
    id: 'mnf-i',
    name: 'Multi-National Force \u2013 Iraq',
    acronyms: ['MNF-I', 'MNF\u2013I'],
    aliases: [
      'Multi-National Force-Iraq',
      'Multi-National Force\u2013Iraq',
      'Multi-National Force Iraq',
      'Multinational Force Iraq',
      'Multi-National Force in Iraq',
    ],
    kind: 'US military command',
    founded: '2004',
    ended: '2010',
    successor: 'United States Forces \u2013 Iraq',
    summary:
      'The US-led coalition command that ran military operations in Iraq from May 2004, replacing Combined Joint Task Force 7, through the 2007 troop surge; as coalition partners withdrew it was reorganized as US Forces\u2013Iraq on January 1, 2010.',
    source:
      'https://www.globalsecurity.org/military/agency/dod/mnf-i.htm; http://theinfolist.com/php/SummaryGet.php?FindGo=Multinational_force_in_Iraq; http://uniforms-4u.com/p-army-combat-service-identification-badge-element-multi-national-forces-iraq-13540.aspx',
  },
  {
    id: 'usf-i',
    name: 'United States Forces \u2013 Iraq',
    acronyms: ['USF-I', 'USF\u2013I'],
    aliases: [
      'United States Forces-Iraq',
      'United States Forces\u2013Iraq',
      'United States Forces Iraq',
    ],
    kind: 'US military command',
    founded: '2010',
    ended: '2011',
    summary:
      'The US command, under Central Command, that succeeded Multi-National Force\u2013Iraq in January 2010 and advised, trained and equipped Iraqi security forces until its colors were cased in December 2011, at the end of US military operations in Iraq.',
    source:
      'https://www.globalsecurity.org/military/agency/dod/mnf-i.htm; https://fotw.info/Flags/int^mnfi.html',
  },
  {
    id: 'usfk',
    name: 'United States Forces Korea',
    acronyms: ['USFK'],
    aliases: [],
    kind: 'US military command',
    founded: '1957',
    seat: 'Camp Humphreys, Pyeongtaek, South Korea',
    summary:
      'The US sub-unified command, under Indo-Pacific Command, for American forces in South Korea, including the Eighth Army and Seventh Air Force; its commander also leads the United Nations Command and the US\u2013South Korean Combined Forces Command. Its headquarters moved from Yongsan in Seoul to Camp Humphreys in 2018.',
    source:
      'https://akarinohon.com/text/taketori.cgi/en.m.wikipedia.org/wiki/United_States_Forces_Korea; http://piglix.com/piglix/United_States_Forces_Korea; https://www.defense.gov/News/News-Stories/Article/Article/1566344/us-forces-korea-opens-new-headquarters',
  },
  {
    id: 'usfor-a',
    name: 'United States Forces \u2013 Afghanistan',
    acronyms: ['USFOR-A', 'USFOR\u2013A'],
    aliases: [
      'United States Forces-Afghanistan',
      'United States Forces\u2013Afghanistan',
      'United States Forces Afghanistan',
    ],
    kind: 'US military command',
    founded: '2008',
    summary:
      'The headquarters activated in October 2008 to command US forces in Afghanistan, including those of Operation Enduring Freedom and the mission to train Afghan security forces; its commander also led NATO\u2019s ISAF.',
    source:
      'https://www.stripes.com/news/2008-10-08/us-forces-afghanistan-activated-1940400.html; http://aubreyj818.blogspot.com/2008/10/afghanistaniraq-on-ground-updates.html',
  },
  {
    id: 'resolute-support',
    name: 'Resolute Support Mission',
    acronyms: ['RSM'],
    aliases: ['Operation Resolute Support'],
    contextAliases: ['Resolute Support'],
    kind: 'military mission',
    founded: '2015',
    ended: '2021',
    seat: 'Kabul, Afghanistan',
    summary:
      'The NATO-led, non-combat mission that trained, advised and assisted Afghan security forces from January 2015, after ISAF ended, until the withdrawal of 2021; the United States supplied its largest contingent.',
    source:
      'https://wikimili.com/en/Resolute_Support_Mission; https://www.globalsecurity.org/military/ops/resolute-support.htm',
  },
  {
    id: 'nato-response-force',
    name: 'NATO Response Force',
    acronyms: [],
    aliases: [],
    // "NRF" names other things too (a US disaster framework); only with the full name in the article.
    contextAliases: ['NRF'],
    kind: 'military alliance',
    founded: '2002',
    summary:
      'NATO\u2019s rotating pool of high-readiness land, air, maritime and special operations forces, agreed at the 2002 Prague summit, that allies commit in turn so the alliance can send troops quickly to a crisis; it is under the Supreme Allied Commander Europe, and since 2014 includes a spearhead, the Very High Readiness Joint Task Force. NATO first activated parts of it for deterrence and defense after Russia invaded Ukraine in 2022.',
    source:
      'https://shape.nato.int/nato-response-force--very-high-readiness-joint-task-force ; http://www.nato.int/cps/en/SID-20D857F1-7BB3B299/natolive/topics_49755.htm ; https://defconpress.com/nato-response-force/ ; http://www.entsyklopeedia.ee/artikkel/nato_kiirreageerimisj%C3%B5ud (Prague summit, 2002)',
  },
  {
    id: 'ntm-i',
    name: 'NATO Training Mission-Iraq',
    acronyms: ['NTM-I'],
    aliases: [
      'NATO Training Mission \u2013 Iraq',
      'NATO Training Mission\u2013Iraq',
      'NATO Training Mission - Iraq',
      'NATO Training Mission in Iraq',
    ],
    kind: 'military mission',
    founded: '2004',
    ended: '2011',
    summary:
      'A NATO non-combat mission, set up in 2004 at the Iraqi Interim Government\u2019s request under UN Security Council resolution 1546, that trained and mentored Iraqi security forces and helped build their training institutions, including Carabinieri-led courses for the Iraqi Federal Police; its commander was also the US-led coalition\u2019s deputy commanding general for advising and training. It ended in December 2011.',
    source:
      'https://shape.nato.int/page136952 ; https://en.wikipedia.org/wiki/NATO_Training_Mission_%E2%80%93_Iraq',
  },
  {
    id: 'afhq',
    name: 'Allied Force Headquarters',
    acronyms: ['AFHQ'],
    aliases: ['Allied Forces Headquarters'],
    kind: 'US military command',
    founded: '1942',
    ended: '1945\u201347',
    summary:
      'The combined US\u2013British headquarters that commanded Allied forces in the Mediterranean theater in World War II, from the 1942 North Africa landings through Sicily and Italy. Eisenhower led it until 1944; it sat in Algiers, then Caserta, and was wound up after the war.',
    source:
      'https://acearchive.org/allied-force-headquarters; https://www.forces-war-records.co.uk/units/1422/hq-allied-forces; http://piglix.com/piglix/North_African_Theater_of_Operations; https://history.army.mil/books/wwii/WCP/enchApxB3.html',
  },
  {
    id: 'shaef',
    name: 'Supreme Headquarters Allied Expeditionary Force',
    acronyms: ['SHAEF'],
    aliases: ['Supreme Headquarters, Allied Expeditionary Force'],
    kind: 'US military command',
    founded: '1943',
    ended: '1945',
    successor: 'US Forces, European Theater (for US forces)',
    summary:
      'Eisenhower\u2019s combined Allied headquarters for the invasion of northwest Europe, formed in London in December 1943; it planned and directed the Normandy landings and the campaign into Germany, and was dissolved on July 14, 1945.',
    source:
      'http://piglix.com/piglix/Supreme_Commander_Allied_(Expeditionary)_Force; http://www.fact-index.com/s/sh/shaef.html; https://profilpelajar.com/ja/%E9%80%A3%E5%90%88%E5%9B%BD%E9%81%A0%E5%BE%81%E8%BB%8D%E6%9C%80%E9%AB%98%E5%8F%B8%E4%BB%A4%E9%83%A8',
  },
  {
    id: 'dsca',
    name: 'Defense Security Cooperation Agency',
    acronyms: ['DSCA', 'DSAA'],
    aliases: ['Defense Security Assistance Agency'],
    kind: 'US government agency',
    founded: '1971',
    summary:
      'The Defense Department agency that administers security cooperation with foreign governments, above all Foreign Military Sales and the IMET training program, under the policy direction of the State Department. It was the Defense Security Assistance Agency until 1998.',
    url: 'https://www.dsca.mil',
    source:
      'https://www.dsca.mil/resources/publications/strategic_plan_2025/organization_history; http://ciponline.org/facts/dsaa.htm; https://en.wikipedia-on-ipfs.org/wiki/Defense_Security_Cooperation_Agency; http://www.wingovernmentcontracts.com/defense-security-cooperation-agency.htm',
  },
  {
    id: 'msg',
    name: 'Marine Security Guard program',
    acronyms: ['MSG', 'MCESG'],
    aliases: [
      'Marine Corps Embassy Security Group',
      'Marine Security Guard Battalion',
      'Marine Security Guard detachment',
    ],
    kind: 'US government program',
    founded: '1948',
    seat: 'Marine Corps Base Quantico, Virginia',
    summary:
      'The joint Marine Corps\u2013State Department program whose Marine detachments provide internal security at US embassies and consulates, protecting people, property and classified material. Authorized by the Foreign Service Act of 1946, it began under a 1948 agreement; the first Marines reached posts in 1949.',
    source:
      'https://wikimili.com/en/Marine_Security_Guard; https://www.state.gov/tradition-supporting-state-department-efforts-worldwide/; http://yaounde.usembassy.gov/marine_security_guard_detachment.html; https://wixlib.com/document/20811_united-states-marine-security-guards.html',
  },
  {
    id: 'das',
    name: 'Defense Attach\u00e9 Service',
    acronyms: [],
    aliases: [
      'Defense Attach\u00e9 System',
      'Defense Attache System',
      'Defense Attache Service',
      'Defense Attach\u00e9 Office',
      'Defense Attache Office',
    ],
    kind: 'US government program',
    founded: '1964',
    summary:
      'The Defense Intelligence Agency\u2019s service that staffs the defense attach\u00e9 offices of US embassies; the senior defense official/defense attach\u00e9 advises the ambassador on military matters and represents the Defense Department to the host country\u2019s armed forces. Created in 1964 as the Defense Attach\u00e9 System, it took its present name in 2013\u201314.',
    source:
      'https://www.dia.mil/News-Features/Articles/Article-View/Article/567039/this-day-in-history-defense-attach-service-established/; https://www.dia.mil/News-Features/Articles/Article-View/Article/588876/this-day-in-history-committee-recommends-revision-to-defense-attach-service/; http://wikien4.appspot.com/wiki/Defense_Attach%C3%A9_System',
  },
  {
    id: 'shape',
    name: 'Supreme Headquarters Allied Powers Europe',
    acronyms: ['SHAPE', 'ACO'],
    aliases: ['Allied Command Operations', 'Allied Command Europe'],
    kind: 'military alliance',
    founded: '1951',
    seat: 'Casteau, near Mons, Belgium',
    summary:
      'NATO\u2019s strategic military headquarters, home of Allied Command Operations, which directs all Alliance operations; it is led by the Supreme Allied Commander Europe, a US officer who also heads US European Command. First set up near Paris under Eisenhower, it moved to Belgium in 1967.',
    source:
      'https://military.wikia.org/wiki/Supreme_Headquarters_Allied_Powers_Europe; https://alchetron.com/Supreme-Headquarters-Allied-Powers-Europe; https://larousse.fr/encyclopedie/divers/SHAPE/144105',
  },
  {
    id: 'act',
    name: 'Allied Command Transformation',
    acronyms: [],
    aliases: ['Supreme Allied Command Transformation'],
    kind: 'military alliance',
    founded: '2003',
    seat: 'Norfolk, Virginia',
    summary:
      'One of NATO\u2019s two strategic commands, which leads the transformation of Alliance forces, capabilities and doctrine; it replaced Allied Command Atlantic, NATO\u2019s Norfolk command since the early 1950s, in June 2003, and is NATO\u2019s only headquarters in North America.',
    source:
      'https://www.nato.int/cps/en/natohq/news_19979.htm?selectedLocale=en; https://www.doncio.navy.mil/CHIPS/ArticleDetails.aspx?ID=10453; http://www.defense.gov/news/newsarticle.aspx?id=28854',
  },
  {
    id: 'kfor',
    name: 'Kosovo Force',
    acronyms: ['KFOR'],
    aliases: [],
    kind: 'peace-support mission',
    founded: '1999',
    seat: 'Camp Film City, Pristina, Kosovo',
    summary:
      'The NATO-led international peace-support force in Kosovo, which entered on June 12, 1999, under UN Security Council Resolution 1244 to keep a safe and secure environment, support the international civil presence and, later, help build the Kosovo Security Force.',
    source:
      'https://jfcnaples.nato.int/kfor/about-us/welcome-to-kfor/mission; https://askwikinow.com/view_html.php?q=Kosovo_Force; https://useuworldaffairs.com/2016/04/27/nato-kfor/',
  },
  {
    id: 'ifor',
    name: 'Implementation Force',
    acronyms: ['IFOR'],
    aliases: [],
    kind: 'peace-support mission',
    founded: '1995',
    ended: '1996',
    successor: 'the Stabilisation Force (SFOR)',
    summary:
      'The 60,000-strong NATO-led force deployed to Bosnia and Herzegovina in December 1995 to enforce the military provisions of the Dayton Agreement (Operation Joint Endeavour), taking over from UN peacekeepers for a one-year mandate.',
    source:
      'http://www.fact-index.com/i/if/ifor.html; https://english.defensie.nl/topics/historical-missions/mission-overview/1995/implementation-force-ifor-stabilization-force-sfor-and-european-force-eufor; https://famacollection.org/dayton-eng/ktmd-6-3',
  },
  {
    id: 'sfor',
    name: 'Stabilisation Force',
    acronyms: ['SFOR'],
    aliases: ['Stabilization Force in Bosnia and Herzegovina'],
    kind: 'peace-support mission',
    founded: '1996',
    ended: '2004',
    successor: 'the European Union Force (EUFOR Althea)',
    seat: 'Sarajevo, Bosnia and Herzegovina',
    summary:
      'The NATO-led force that succeeded IFOR in Bosnia and Herzegovina in December 1996 to uphold the Dayton Agreement, deter renewed fighting and support civilian peace efforts; shrinking from about 32,000 to 7,000 troops, it handed over to the EU in December 2004.',
    source:
      'https://academickids.com/encyclopedia/index.php/SFOR; http://www.military.ie/overseas/current-missions/eufor-sfor/; https://famacollection.org/dayton-eng/ktmd-6-3',
  },
  {
    id: 'norad',
    name: 'North American Aerospace Defense Command',
    acronyms: ['NORAD'],
    aliases: ['North American Air Defense Command'],
    kind: 'US military command',
    founded: '1958',
    seat: 'Peterson Space Force Base, Colorado Springs, Colorado',
    summary:
      'The binational US\u2013Canadian command that provides aerospace warning, air sovereignty and, since 2006, maritime warning for North America; its commander is a US four-star officer who also leads Northern Command, with a Canadian deputy. It was called the North American Air Defense Command until 1981.',
    url: 'https://www.norad.mil',
    source:
      'https://pwojczyn.com/wiki/NORAD_wikipedia_crain_ford_lan_en_html.html; https://simple.m.wikipedia.org/wiki/NORAD; http://uniforms-4u.com/p-air-force-north-american-defense-command-with-velcro-full-color-patch-12047.aspx',
  },
  {
    id: 'jfcom',
    name: 'United States Joint Forces Command',
    acronyms: ['JFCOM', 'USJFCOM', 'USACOM', 'LANTCOM', 'USLANTCOM'],
    aliases: ['United States Atlantic Command'],
    contextAliases: ['Joint Forces Command', 'Atlantic Command'],
    kind: 'US military command',
    founded: '1947 (as Atlantic Command); renamed 1999',
    ended: '2011',
    successor: 'the Joint Staff and other combatant commands',
    seat: 'Norfolk, Virginia',
    summary:
      'The former US unified command that, as Atlantic Command, guarded the Atlantic sea lanes in the Cold War and, renamed Joint Forces Command in 1999, led the joint training and transformation of US forces. It was disestablished in August 2011 to save money, its functions passing mostly to the Joint Staff.',
    source:
      'https://www.globalsecurity.org/military/agency/dod/jfcom.htm; https://sagapedia.com/en/United_States_Joint_Forces_Command; https://www.defensedaily.com/joint-work-continues-though-dod-formally-shutters-u-s-joint-forces-command/uncategorized',
  },
  {
    id: 'sac',
    name: 'Strategic Air Command',
    acronyms: [],
    aliases: [],
    contextAliases: ['SAC'],
    kind: 'US military command',
    founded: '1946',
    ended: '1992',
    successor: 'United States Strategic Command',
    seat: 'Offutt Air Force Base, Nebraska',
    summary:
      'The US Air Force command that controlled the nation\u2019s long-range bombers and land-based nuclear missiles through the Cold War, the cornerstone of nuclear deterrence. It was deactivated on June 1, 1992, when Strategic Command took over its mission.',
    source:
      'http://www.fact-index.com/s/st/strategic_air_command.html; http://centennialofflight.net/essay/Dictionary/SAC/DI185.htm; http://nebraskastudies.unl.edu/1000/stories/1001_0141.html',
  },
  {
    id: 'national-war-college',
    name: 'National War College',
    acronyms: ['NWC'],
    aliases: [],
    kind: 'US government agency',
    founded: '1946',
    seat: 'Fort Lesley J. McNair, Washington, D.C.',
    summary:
      'The senior school of the National Defense University that teaches national security strategy to rising military officers and to officials of the State Department and other agencies; the State Department is a joint sponsor and supplies an ambassador-rank deputy to the commandant, a post first held by George Kennan.',
    source:
      'https://wikimili.com/en/National_War_College; https://free-ebooks.net/history/Brief-Histories-of-U-S-Government-Agencies-Volume-Five/html/19; https://afsa.org/sites/default/files/flipping_book/1108/13/',
  },
  {
    id: 'usace',
    name: 'United States Army Corps of Engineers',
    acronyms: ['USACE'],
    aliases: ['Army Corps of Engineers'],
    contextAliases: ['Corps of Engineers'],
    kind: 'US military command',
    founded: '1775',
    seat: 'Washington, D.C.',
    summary:
      'The engineering branch of the US Army, one of the world\u2019s largest public engineering, design and construction agencies, with about 37,000 mostly civilian staff; besides military construction and US civil works such as dams and flood control, it builds abroad, including in Iraq and Afghanistan.',
    url: 'https://www.usace.army.mil',
    source:
      'https://hessslslslsls.azureedge.net/wiki/U.S._Army_Corp_of_Engineers; http://the-uncensored-wiki.com:20161/2016-wikipedia_en_all_2016-02/A/U._S._Army_Corps_of_Engineers.html',
  },
  {
    id: 'cjtf-hoa',
    name: 'Combined Joint Task Force \u2013 Horn of Africa',
    acronyms: ['CJTF-HOA', 'CJTF\u2013HOA'],
    aliases: [
      'Combined Joint Task Force-Horn of Africa',
      'Combined Joint Task Force\u2013Horn of Africa',
      'Combined Joint Task Force Horn of Africa',
    ],
    kind: 'US military command',
    founded: '2002',
    seat: 'Camp Lemonnier, Djibouti',
    summary:
      'The US joint task force, now under Africa Command and first under Central Command, set up after the September 11 attacks to counter terrorism in East Africa; it builds partner-nation security capacity and carries out civil-military projects such as wells, schools and clinics.',
    source:
      'http://piglix.com/piglix/Combined_Joint_Task_Force_%E2%80%93_Horn_of_Africa; https://en.wikipedia.org/wiki/Combined_Joint_Task_Force_%E2%80%93_Horn_of_Africa; https://www.globalsecurity.org/military/agency/dod/cjtf-hoa.htm',
  },
  {
    id: 'ndu',
    name: 'National Defense University',
    acronyms: ['NDU'],
    aliases: [],
    kind: 'US government agency',
    founded: '1976',
    seat: 'Fort Lesley J. McNair, Washington, D.C.',
    summary:
      'The Defense Department\u2019s university for joint professional military education, chartered by the Joint Chiefs of Staff, which educates senior officers and selected civilian officials of other agencies in national security strategy. Congress created it in 1976 to bring together the education programs of the National War College and the Industrial College of the Armed Forces.',
    source:
      'https://en.wikipedia.org/wiki/National_Defense_University; https://new.infogalactic.com/info/National_Defense_University; https://wipi.ai.kr/en/wiki.html?word=National+Defense+University+%28United+States%29',
  },
  {
    id: 'usfj',
    name: 'United States Forces Japan',
    acronyms: ['USFJ'],
    aliases: [],
    kind: 'US military command',
    founded: '1957',
    seat: 'Yokota Air Base, Tokyo, Japan',
    summary:
      'The US subordinate unified command, under Indo-Pacific Command, for the roughly 55,000 American service members in Japan; it replaced the Far East Command in 1957, supports the 1960 US\u2013Japan security treaty and administers the Status of Forces Agreement. Its commander also leads the Fifth Air Force.',
    url: 'https://www.usfj.mil',
    source:
      'https://askwikinow.com/view_html.php?lang=en&q=United_States_Forces_Japan&sq=Envato; https://laodongdongnai.vn/About-USFJ-1682879335; https://worddisk.com/wiki/Naval_Forces_Japan,_Okinawa',
  },
  {
    id: 'orha',
    name: 'Office for Reconstruction and Humanitarian Assistance',
    acronyms: ['ORHA'],
    aliases: [],
    kind: 'US government agency',
    founded: '2003',
    ended: '2003',
    successor: 'the Coalition Provisional Authority',
    summary:
      'The caretaker administration for postwar Iraq that the US government set up in January 2003, two months before the invasion, under retired Lieutenant General Jay Garner; within weeks of the fall of Baghdad it was superseded by the Coalition Provisional Authority under Paul Bremer.',
    source:
      'http://piglix.com/piglix/Office_for_Reconstruction_and_Humanitarian_Assistance; https://www.aljazeera.com/news/2004/3/18/us-occupying-authority-fact-sheet; https://de.zxc.wiki/wiki/Koalitions-%C3%9Cbergangsverwaltung_(Irak)',
  },
  {
    id: 'pco-iraq',
    name: 'Project and Contracting Office',
    acronyms: [],
    aliases: ['Iraq Project and Contracting Office', 'Project & Contracting Office'],
    // "PCO" also names other offices (Canada's Privy Council Office among them): marked only on a
    // page that names the Iraq office in full.
    contextAliases: ['PCO'],
    kind: 'US government agency',
    founded: '2004',
    ended: '2007',
    summary:
      'The temporary U.S. office, set up by presidential directive in 2004 and overseen by the Army\u2019s acquisition assistant secretary, that contracted for the infrastructure, supplies and services paid for by the $18.4 billion Iraq Relief and Reconstruction Fund, taking over the reconstruction contracts of the Coalition Provisional Authority; it worked in the oil, electricity, water and public works, and facilities and transportation sectors until the Pentagon closed it in May 2007.',
    source:
      'http://www.govexec.com/magazine/magazine-news-and-analysis/2007/06/moving-on/24659/ ; http://www.army.mil/standto/archive/2006/01/24/ ; http://www.rebuilding-iraq.net/portal/page__pageid_95_77425__dad_portal__schema_PORTAL/ ; https://philgooch.github.io/chilcot-interactive/page1964.html',
  },
  {
    id: 'aclant',
    name: 'Allied Command Atlantic',
    acronyms: ['ACLANT', 'SACLANT'],
    aliases: ['Supreme Allied Command Atlantic', 'Supreme Allied Commander Atlantic'],
    kind: 'military alliance',
    founded: '1952',
    ended: '2003',
    successor: 'Allied Command Transformation',
    seat: 'Norfolk, Virginia',
    summary:
      'NATO\u2019s Atlantic strategic command, set up early in the Cold War to keep the sea lanes open so that troops and supplies from the United States and Canada could reach Western Europe; it was decommissioned in June 2003 and replaced by Allied Command Transformation.',
    source:
      'http://www.defense.gov/news/newsarticle.aspx?id=28854; https://www.nato.int/docu/pr/2003/p03-070e.htm; http://w.owiki.org/wiki/Supreme_Allied_Commander_Atlantic (SACLANT, the command\u2019s usual name, 1952\u20132003, Norfolk); https://13newsnow.com/article/news/national/military-news/nato-celebrates-20th-anniversary-allied-command-transformation-norfolk-virginia/291-27a1f1db-2245-4584-a14b-bb2bcbc890c2',
  },
  {
    id: 'us-army-war-college',
    name: 'U.S. Army War College',
    acronyms: ['USAWC'],
    aliases: ['United States Army War College'],
    contextAliases: ['Army War College'],
    contextFrom: ['us-army'],
    kind: 'US government agency',
    founded: '1901',
    seat: 'Carlisle Barracks, Pennsylvania',
    summary:
      "The U.S. Army's senior school, where mostly lieutenant colonels and colonels, with some civilians, study strategy and national security. Secretary of War Elihu Root founded it in Washington in 1901; it moved to Carlisle Barracks in 1951, and the State Department sends employees to its resident course and its distance Master of Strategic Studies program.",
    source:
      'https://kids.britannica.com/students/article/Army-War-College/316556; https://liquisearch.com/united_states_army_war_college/history; https://afsa.org/sites/default/files/flipping_book/070812/8/',
  },
  {
    id: 'naval-war-college',
    name: 'U.S. Naval War College',
    acronyms: [],
    aliases: ['United States Naval War College'],
    contextAliases: ['Naval War College'],
    contextFrom: ['us-navy'],
    kind: 'US government agency',
    founded: '1884',
    seat: 'Newport, Rhode Island',
    summary:
      "The U.S. Navy's school of advanced study in strategy, policy and naval warfare, founded on Coasters Harbor Island at Newport in 1884 by Commodore Stephen B. Luce, its first president, with Alfred Thayer Mahan among its early faculty.",
    source:
      'http://www.britannica.com/print/topic/406879; https://riheritagehalloffame.com/Rear-Admiral-Stephen-Luce/; https://usnwc.edu/News-and-Events/News/Naval-War-College-commemorates-100th-anniversary-of-founders-death',
  },
  {
    id: 'air-war-college',
    name: 'U.S. Air War College',
    acronyms: [],
    aliases: ['United States Air Force Air War College', 'USAF Air War College'],
    contextAliases: ['Air War College'],
    contextFrom: ['usaf'],
    kind: 'US government agency',
    founded: '1946',
    seat: 'Maxwell Air Force Base, Montgomery, Alabama',
    summary:
      "The U.S. Air Force's senior professional school, part of Air University at Maxwell Air Force Base, which prepares lieutenant colonels and colonels and civilian equivalents for senior leadership and awards a master's degree in strategic studies.",
    source:
      'http://the-uncensored-wiki.com:20082/articles/a/i/r/Air_War_College_6cf4.html; https://airuniversity.af.edu/News/Display/Article/1189162/air-university-after-70-years; https://citizendium.org/wiki/U.S._Air_War_College',
  },
  {
    id: 'eisenhower-school',
    name: 'Dwight D. Eisenhower School for National Security and Resource Strategy',
    acronyms: ['ICAF'],
    aliases: [
      'Eisenhower School',
      'Industrial College of the Armed Forces',
      'Army Industrial College',
    ],
    kind: 'US government agency',
    founded: '1924 (as the Army Industrial College)',
    seat: 'Fort Lesley J. McNair, Washington, D.C.',
    summary:
      'The National Defense University college that prepares military officers and civilians for senior posts concerned with the resources of national power, such as acquisition and logistics. Founded as the Army Industrial College in 1924, it became the Industrial College of the Armed Forces in 1946 and took its present name in 2012; the State Department sends some 20 to 25 officers a year.',
    source:
      'https://en.wikipedia.org/wiki/Dwight_D._Eisenhower_School_for_National_Security_and_Resource_Strategy; https://www.ndu.edu/News/Press-Releases/Article/572602/new-name-for-historic-senior-service-college/; https://afsa.org/sites/default/files/flipping_book/0617/31',
  },
  {
    id: 'joint-forces-staff-college',
    name: 'Joint Forces Staff College',
    acronyms: ['JFSC'],
    aliases: [],
    kind: 'US government agency',
    seat: 'Norfolk, Virginia',
    summary:
      'A college of the National Defense University in Norfolk, Virginia, that trains officers for joint staff work; a few State Department officers attend it each year.',
    source: 'https://afsa.org/sites/default/files/flipping_book/0617/31',
  },
  {
    id: 'college-of-international-security-affairs',
    name: 'College of International Security Affairs',
    acronyms: [],
    aliases: [],
    contextAliases: ['CISA'],
    contextFrom: ['ndu'],
    kind: 'US government agency',
    seat: 'Fort Lesley J. McNair, Washington, D.C.',
    summary:
      'The National Defense University college centered on counterterrorism and irregular warfare; the State Department places a few students there and holds its number-two leadership post.',
    source: 'https://afsa.org/sites/default/files/flipping_book/0617/31',
  },
  {
    id: 'us-military-academy',
    name: 'United States Military Academy',
    acronyms: ['USMA'],
    aliases: ['U.S. Military Academy', 'West Point Military Academy'],
    contextAliases: ['West Point'],
    kind: 'US government agency',
    founded: '1802',
    seat: 'West Point, New York',
    summary:
      "The U.S. Army's academy for officer cadets on the Hudson River, authorized by the Military Peace Establishment Act that Thomas Jefferson signed in March 1802 and opened on July 4 that year; its graduates are commissioned as second lieutenants.",
    source:
      'https://obama.artifacts.archives.gov/people/18303/united-states-military-academy?ctx=4eab2cc67b0f4a05e69922579d93b3773adfedbd&idx=3381; https://papersofabrahamlincoln.org/organizations/US38074; https://rightontheleftcoast.blogspot.com/2020/07/on-this-date-in-1802.html; https://www.0685.com/college-higher-education/college/27119.html',
  },
  {
    id: 'us-naval-academy',
    name: 'United States Naval Academy',
    acronyms: ['USNA'],
    aliases: ['U.S. Naval Academy'],
    kind: 'US government agency',
    founded: '1845',
    seat: 'Annapolis, Maryland',
    summary:
      'The federal academy in Annapolis, founded in 1845, that educates midshipmen to become officers of the U.S. Navy and Marine Corps.',
    source:
      'https://www.0685.com/college-higher-education/college/27119.html; https://riheritagehalloffame.com/Rear-Admiral-Stephen-Luce/',
  },
  {
    id: 'osia',
    name: 'On-Site Inspection Agency',
    acronyms: ['OSIA'],
    aliases: ['U.S. On-Site Inspection Agency'],
    kind: 'US government agency',
    founded: '1988',
    ended: '1998',
    successor: 'the Defense Threat Reduction Agency',
    seat: 'Dulles International Airport, Virginia',
    summary:
      'The Defense Department agency that President Reagan ordered set up in January 1988 to carry out U.S. inspections in the Soviet Union and its allies under the INF Treaty and to escort Soviet inspectors at American sites; it later took on other treaties such as START and CFE. It was folded into the new Defense Threat Reduction Agency on October 1, 1998.',
    source:
      'https://fas.org/nuke/control/inf/infbook/ch1.html; https://www.royfc.com/osia.html; http://www.defense.gov/news/newsarticle.aspx?id=41816; https://webarchive.library.unt.edu/web/20121014005315/http://www.dtra.mil/about/History.aspx',
  },
  {
    id: 'dtra',
    name: 'Defense Threat Reduction Agency',
    acronyms: ['DTRA'],
    aliases: [],
    kind: 'US government agency',
    founded: '1998',
    seat: 'Fort Belvoir, Virginia',
    summary:
      'The Defense Department agency that counters weapons of mass destruction: it runs the Nunn-Lugar Cooperative Threat Reduction program, supports arms control inspections and verification, and works on chemical, biological and nuclear defense. It was formed on October 1, 1998, from the Defense Special Weapons Agency, the On-Site Inspection Agency and the Defense Technology Security Administration.',
    source:
      'https://www.dtra.mil/About/DTRA-History/; https://defencetalk.com/threat-reduction-agency-marks-10-years-of-operations-15805; https://www.globalsecurity.org/space/library/news/1998/980721-dtra.htm',
  },
  {
    id: 'united-nations-command',
    name: 'United Nations Command',
    acronyms: [],
    aliases: ['UN Command Korea', 'United Nations Command Korea'],
    contextAliases: ['UNC', 'UN Command'],
    kind: 'military mission',
    founded: '1950',
    summary:
      'The U.S.-led multinational command set up on July 24, 1950, after the Security Council condemned North Korea’s invasion, under which 22 nations sent forces or medical units to defend South Korea. It signed the 1953 Korean Armistice Agreement, still oversees the armistice through the Military Armistice Commission, and is headed by the commander of U.S. Forces Korea.',
    source:
      'https://wikimili.com/en/United_Nations_Command; https://en.m.wikipedia.org/wiki/United_Nations_Command',
  },
  {
    id: 'dcsa',
    name: 'Defense Counterintelligence and Security Agency',
    acronyms: ['DCSA'],
    aliases: ['Defense Security Service', 'Defense Investigative Service'],
    kind: 'US government agency',
    founded: '1972 (as the Defense Investigative Service)',
    seat: 'Quantico, Virginia',
    summary:
      'The Defense Department agency that conducts most federal background investigations for security clearances and oversees industrial security for cleared contractors. It began in 1972 as the Defense Investigative Service, became the Defense Security Service in 1999, and took its present name in 2019 when it absorbed OPM’s National Background Investigations Bureau.',
    source:
      'https://www.dcsa.mil/about/history/; https://intelligencecommunitynews.com/defense-security-service-renamed-defense-counterintelligence-and-security-agency/; https://enwikipedia.net/wiki/Defense_Counterintelligence_and_Security_Agency',
  },
  {
    id: 'us-sixth-fleet',
    name: 'U.S. Sixth Fleet',
    acronyms: [],
    aliases: ['United States Sixth Fleet', 'Sixth Fleet', 'U.S. 6th Fleet', '6th Fleet'],
    kind: 'US military command',
    founded: '1950',
    seat: 'Naval Support Activity Naples, Italy',
    summary:
      "The U.S. Navy's numbered fleet for Europe and Africa, long the main American naval force in the Mediterranean, established in February 1950. It took part in the 1958 Lebanon intervention, faced the Soviet navy during the 1973 war, clashed with Libya in the 1980s and supported NATO operations in the Balkans; its flagship is USS Mount Whitney.",
    source:
      'https://www.c6f.navy.mil/Press-Room/News/News-Display/Article/2085836/us-6th-fleet-celebrates-70th-anniversary-at-sea-and-shore/; https://english.pravda.ru/photo/album/8106/; https://liquisearch.com/united_states_sixth_fleet/structure',
  },
  {
    id: 'darpa',
    name: 'Defense Advanced Research Projects Agency',
    acronyms: ['DARPA'],
    aliases: [],
    contextAliases: ['Advanced Research Projects Agency', 'ARPA'],
    contextFrom: ['dod'],
    kind: 'US government agency',
    founded: '1958 (as the Advanced Research Projects Agency)',
    summary:
      'The Defense Department agency that funds research on emerging technologies for military use, created by President Eisenhower in February 1958 as the Advanced Research Projects Agency in response to Sputnik. Its ARPANET became the basis of the Internet; it took the name DARPA in 1972.',
    source:
      'https://triplydb.com/mhoogeveen97/iris/browser?resource=http%3A%2F%2Fdbpedia.org%2Fresource%2FDARPA; http://www.technomanifestos.net/index.pl?ARPA; http://geekhistory.org/doku.php?id=advanced_research_projects_agency',
  },
  {
    id: 'combined-forces-command',
    name: 'ROK-U.S. Combined Forces Command',
    acronyms: [],
    aliases: [
      'Republic of Korea-United States Combined Forces Command',
      'ROK-US Combined Forces Command',
    ],
    contextAliases: ['Combined Forces Command', 'CFC'],
    contextFrom: ['usfk', 'united-nations-command'],
    kind: 'US military command',
    founded: '1978',
    seat: 'Republic of Korea',
    summary:
      'The binational South Korean–American headquarters created in 1978 to take over from the United Nations Command the operational control of South Korea’s front-line units and to plan and direct the combined defense of the peninsula. Its commander is the commander of U.S. Forces Korea, with a four-star South Korean general as deputy.',
    source:
      'https://www.liquisearch.com/united_nations_command_korea/1953_onwards; https://docslib.org/doc/1575851/1-the-united-nations-command-and-the-sending-states-colonel-shawn; https://mwi.westpoint.edu/heres-big-change-seoul-wants-make-us-south-korean-military-command-relationship/',
  },
  {
    id: 'military-armistice-commission',
    name: 'Military Armistice Commission',
    acronyms: [],
    aliases: [
      'UNC Military Armistice Commission',
      'United Nations Command Military Armistice Commission',
    ],
    kind: 'coordination body',
    founded: '1953',
    seat: 'Panmunjom, Korea',
    summary:
      'The body set up by the Korean Armistice Agreement of July 1953, made up of representatives of the United Nations Command and the Korean People’s Army and Chinese People’s Volunteers, to supervise the ceasefire; its meetings at Panmunjom in the Joint Security Area were the channel for military talks with North Korea until 1991.',
    source:
      'https://wikimili.com/en/United_Nations_Command; https://gateway.ipfs.cybernode.ai/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Joint_Security_Area.html; https://afsa.org/sites/default/files/flipping_book/070807/35/',
  },
  // Added from a review of FSJ pages
  {
    id: 'seventh-fleet',
    name: 'U.S. Seventh Fleet',
    acronyms: [],
    aliases: ['United States Seventh Fleet', 'Seventh Fleet', '7th Fleet', 'U.S. 7th Fleet'],
    kind: 'US military command',
    seat: 'Yokosuka, Japan',
    summary:
      'The U.S. Navy\u2019s largest forward-deployed numbered fleet, based at Yokosuka, Japan, which commands naval forces in the western Pacific; it fought in the Pacific in World War II and in the Korean and Vietnam wars.',
    source:
      'http://fact-index.com/u/us/us_7th_fleet.html ; https://japan.stripes.com/community-news/sasebo-uss-new-orleans.html',
  },
  {
    id: 'joint-staff',
    name: 'Joint Staff',
    acronyms: [],
    aliases: [],
    kind: 'US military command',
    seat: 'The Pentagon',
    summary:
      'The military headquarters staff in the Pentagon, drawn in roughly equal numbers from the services, that assists the Chairman and Vice Chairman of the Joint Chiefs of Staff; by law it may not act as a general staff and commands no forces. A three-star Director of the Joint Staff manages it.',
    source:
      'https://webarchive.library.unt.edu/web/20121028035936/http:/www.defense.gov/OrgChart/office.aspx?id=43 ; https://www.liquisearch.com/joint_chiefs_of_staff ; https://futern.com/companies/The-Joint-Staff/449dbb8508a3faa9',
  },
  {
    id: 'mnf-lebanon',
    name: 'Multinational Force in Lebanon',
    acronyms: [],
    // The Iraq and Sinai forces have longer names of their own ("Multinational Force Iraq",
    // "Multinational Force and Observers"), which win over the bare one.
    aliases: ['Multinational Force', 'Multinational Force Beirut', 'Multinational Force in Beirut'],
    kind: 'peace-support mission',
    founded: '1982',
    ended: '1984',
    seat: 'Beirut, Lebanon',
    summary:
      'The peacekeeping force of American, French and Italian troops, later joined by British ones, sent to Beirut in August 1982 to oversee the PLO\u2019s evacuation and, after it returned that September, to support the Lebanese government. The October 1983 truck bombings of the U.S. Marine and French barracks killed 241 Americans and 58 French troops; the force withdrew in early 1984.',
    source:
      'https://en.wikipedia.org/wiki/Multinational_Force_in_Lebanon ; https://www.realclearhistory.com/2022/10/24/beirut_barracks_bombing_860590.html ; https://web-production-4e80b.up.railway.app/page/Multinational_Force_in_Lebanon',
  },
  {
    id: 'isaf-rc-south',
    name: 'Regional Command South',
    acronyms: ['RC(S)'],
    aliases: [
      'Regional Command-South',
      'Regional Command\u2013South',
      'Regional Command (South)',
      'RC South',
      'RC-South',
    ],
    kind: 'military mission',
    founded: '2006',
    ended: '2014',
    seat: 'Kandahar Airfield, Afghanistan',
    summary:
      "The ISAF regional command for southern Afghanistan, headquartered at Kandahar, which NATO took over from the U.S.-led coalition on July 31, 2006; in June 2010 Helmand and Nimroz were split off into a new Regional Command Southwest, leaving it Kandahar, Zabul, Uruzgan and Daykundi. Embassy Kabul's civilians in the south worked alongside it.",
    source:
      'http://www.defense.gov/News/NewsArticle.aspx?ID=303; https://www.nato.int/ISAF/structure/regional_command/; http://terrorism-online.blogspot.com/2010/06/new-regional-command-stands-up-in.html; https://afsa.org/sites/default/files/flipping_book/1015/26/ (FSJ, October 2015)',
  },
  {
    id: 'isaf-rc-east',
    name: 'Regional Command East',
    acronyms: ['RC(E)'],
    aliases: [
      'Regional Command-East',
      'Regional Command\u2013East',
      'Regional Command (East)',
      'RC East',
      'RC-East',
    ],
    kind: 'military mission',
    seat: 'Bagram, Afghanistan',
    summary:
      "The regional command for eastern Afghanistan, led by the United States from Bagram, covering provinces from Paktika and Ghazni to Nangarhar, Kunar and Nuristan; the U.S.-led coalition held it while NATO's ISAF took over the south in 2006, and it later came under ISAF, which had most of its Provincial Reconstruction Teams there.",
    source:
      'http://www.defense.gov/News/NewsArticle.aspx?ID=303; https://www.nato.int/ISAF/structure/regional_command/',
  },
  {
    id: 'berlin-brigade',
    name: 'Berlin Brigade',
    acronyms: [],
    aliases: ['U.S. Army Berlin Brigade', 'U.S. Berlin Brigade'],
    kind: 'US military command',
    founded: '1961',
    ended: '1994',
    seat: 'West Berlin (McNair, Andrews, Roosevelt and Turner Barracks)',
    summary:
      "The U.S. Army's brigade-sized garrison in West Berlin, formed during the 1961 Berlin Wall crisis from the American units already in the city, whose troops had been there since 1945. Its mission of defending the city ended with German unification, and it cased its colors at McNair Barracks in July 1994 before President Clinton and Chancellor Kohl.",
    source:
      'https://en.wikipedia.org/wiki/Berlin_Brigade; https://www.army.mil/article/10123/the_transformation_of_a_brigade; http://berlinbrigade.com/; https://afsa.org/sites/default/files/flipping_book/1119/76/ (FSJ, November 2019)',
  },
  {
    id: 'scap',
    name: 'Supreme Commander for the Allied Powers',
    acronyms: ['SCAP', 'GHQ-SCAP'],
    aliases: [
      'Supreme Commander of the Allied Powers',
      'General Headquarters, Supreme Commander for the Allied Powers',
    ],
    contextAliases: ['GHQ'],
    kind: 'US military command',
    founded: '1945',
    ended: '1952',
    seat: 'Dai-Ichi Seimei Building, Tokyo, Japan',
    summary:
      "General Douglas MacArthur's title in the Allied occupation of Japan and the name of the occupation headquarters, known in Japan as GHQ: nominally Allied but run in practice by the United States, it oversaw the Japanese government, had a new constitution drafted and carried out land, education and zaibatsu reforms, until the San Francisco Peace Treaty restored Japan's sovereignty in April 1952.",
    source:
      'https://www.crjapan.org/voices/supreme-commander-allied-powers-scap; https://en.m.wikipedia.org/wiki/Supreme_Commander_of_the_Allied_Powers; http://kids.kiddle.co/Supreme_Commander_for_the_Allied_Powers',
  },
  {
    id: 'marshall-center',
    name: 'George C. Marshall European Center for Security Studies',
    acronyms: ['GCMC'],
    aliases: ['George C. Marshall Center', 'Marshall Center', 'George C. Marshall European Center'],
    kind: 'US government agency',
    founded: '1993',
    seat: 'Garmisch-Partenkirchen, Germany',
    summary:
      'A German-American security studies institute, one of the Defense Department\u2019s regional centers and run with the German defense ministry, dedicated in June 1993 to help the new democracies of Central and Eastern Europe and Eurasia build democratic defense institutions; it now gives courses to military and civilian officials from around the world.',
    url: 'https://www.marshallcenter.org',
    source:
      'https://en.wikipedia.org/wiki/George_C._Marshall_European_Center_for_Security_Studies ; https://www.usarmygermany.com/Communities/Garmisch/Partials_Marshall%20Center.htm ; https://www.marshallcenter.org/en',
  },
  {
    id: 'cgsc',
    name: 'U.S. Army Command and General Staff College',
    acronyms: ['CGSC', 'USACGSC'],
    aliases: [
      'United States Army Command and General Staff College',
      'Army Command and General Staff College',
    ],
    contextAliases: ['Command and General Staff College'],
    contextFrom: ['us-army'],
    kind: 'US government agency',
    founded: '1881',
    seat: 'Fort Leavenworth, Kansas',
    summary:
      'The U.S. Army\u2019s graduate school for mid-career officers of the Army and the other services, officials of other agencies and foreign officers, founded by William Tecumseh Sherman in 1881 as the School of Application for Infantry and Cavalry; its schools include the Command and General Staff School and the School of Advanced Military Studies.',
    source:
      'https://kiwix.lema.org/wikipedia_en_all_mini_2024-02/A/US_Army_Command_and_General_Staff_College ; https://db0nus869y26v.cloudfront.net/en/United_States_Army_Command_and_General_Staff_College ; https://proquest.com/trade-journals/leavenworth-staff-college-historical-overview/docview/225338704/se-2',
  },
];

// U.S. embassies, consulates general, consulates and missions that FSJ articles name, current and
// historic: one plain list, turned into glossary entries by ../posts.ts. Each post's `source` is the
// page that lists it (and any page that gave its dates); a field is given only where a source said so.

import type { Post } from '../posts';

/** A list of U.S. embassies by country with their addresses (Africa, Asia, Europe, the Americas). */
const EMBASSY_LIST =
  'https://github.com/a-code-world/travel-advisor/blob/593a8570b24306f5f05cba1b68191e85a6e5233e/data/embassies.js';
/** The same project's second list (Afghanistan to Kenya). */
const EMBASSY_LIST_2 =
  'https://github.com/a-code-world/travel-advisor/blob/43dec7aefa374ac2631b33e85f3a071c3be39486/src/data/us-embassies.js';
/** A shorter list of U.S. embassies with their addresses. */
const EMBASSY_LIST_3 =
  'https://github.com/caljame/departsmart-3.0/blob/df4fe17723f6019f81751cd0131422ab65ed8c03/lib/constants/Embassies.dart';
/** Wikipedia's list of U.S. diplomatic missions (2016 copy), with its gallery of posts. */
const WIKI_LIST =
  'https://ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/United_States_Embassy.html';
/** The State Department's list of posts closed from August 5 to 10, 2013. */
const CLOSURES_2013 =
  'https://sharpedgenews.com/u-s-state-department-releases-list-of-embassies-still-under-closure';
/** Key Officers of Foreign Service Posts, June 1997: the missions and their acronyms. */
const KEY_OFFICERS_1997 =
  'https://1997-2001.state.gov/about_state/contacts/key_officers97/addresses.html';

const embassies = (list: string, posts: [city: string, country: string][]): Post[] =>
  posts.map(([city, country]) => ({ kind: 'embassy', city, country, source: list }));

export const POSTS: readonly Post[] = [
  // Embassies in Africa
  ...embassies(EMBASSY_LIST, [
    ['Algiers', 'Algeria'],
    ['Luanda', 'Angola'],
    ['Cotonou', 'Benin'],
    ['Gaborone', 'Botswana'],
    ['Ouagadougou', 'Burkina Faso'],
    ['Bujumbura', 'Burundi'],
    ['Yaoundé', 'Cameroon'],
    ['Praia', 'Cape Verde'],
    ['Bangui', 'Central African Republic'],
    ["N'Djamena", 'Chad'],
    ['Brazzaville', 'Republic of the Congo'],
    ['Abidjan', "Côte d'Ivoire"],
    ['Djibouti', 'Djibouti'],
    ['Cairo', 'Egypt'],
    ['Malabo', 'Equatorial Guinea'],
    ['Asmara', 'Eritrea'],
    ['Addis Ababa', 'Ethiopia'],
    ['Libreville', 'Gabon'],
    ['Banjul', 'The Gambia'],
    ['Accra', 'Ghana'],
    ['Conakry', 'Guinea'],
    ['Nairobi', 'Kenya'],
    ['Maseru', 'Lesotho'],
    ['Monrovia', 'Liberia'],
    ['Antananarivo', 'Madagascar'],
    ['Lilongwe', 'Malawi'],
    ['Bamako', 'Mali'],
    ['Port Louis', 'Mauritius'],
    ['Rabat', 'Morocco'],
    ['Maputo', 'Mozambique'],
    ['Windhoek', 'Namibia'],
    ['Niamey', 'Niger'],
    ['Abuja', 'Nigeria'],
    ['Kigali', 'Rwanda'],
    ['São Tomé', 'São Tomé and Príncipe'],
    ['Dakar', 'Senegal'],
    ['Freetown', 'Sierra Leone'],
    ['Pretoria', 'South Africa'],
    ['Juba', 'South Sudan'],
    ['Dar es Salaam', 'Tanzania'],
    ['Tunis', 'Tunisia'],
    ['Kampala', 'Uganda'],
    ['Lusaka', 'Zambia'],
    ['Harare', 'Zimbabwe'],
  ]),
  {
    kind: 'embassy',
    city: 'Mogadishu',
    country: 'Somalia',
    source: `${EMBASSY_LIST}; https://diplopundit.net/2021/08/31/us-embassy-kabul-suspends-operations-on-8-31-21-next-the-afghanistan-affairs-unit-in-qatar/ (re-established as a permanent post in 2019)`,
  },
  {
    kind: 'embassy',
    city: 'Tripoli',
    country: 'Libya',
    suspended: true,
    source: `${EMBASSY_LIST}; ${CLOSURES_2013}; https://diplopundit.net/2021/08/31/us-embassy-kabul-suspends-operations-on-8-31-21-next-the-afghanistan-affairs-unit-in-qatar/ (Libya External Office in Tunis)`,
  },
  { kind: 'embassy', city: 'Khartoum', country: 'Sudan', source: CLOSURES_2013 },

  // Embassies in the Middle East and Asia
  ...embassies(EMBASSY_LIST, [
    ['Dhaka', 'Bangladesh'],
    ['Phnom Penh', 'Cambodia'],
    ['Beijing', 'China'],
    ['New Delhi', 'India'],
    ['Jakarta', 'Indonesia'],
    ['Tokyo', 'Japan'],
    ['Amman', 'Jordan'],
    ['Seoul', 'South Korea'],
    ['Bishkek', 'Kyrgyzstan'],
    ['Vientiane', 'Laos'],
    ['Kuala Lumpur', 'Malaysia'],
    ['Ulaanbaatar', 'Mongolia'],
    ['Kathmandu', 'Nepal'],
    ['Muscat', 'Oman'],
    ['Islamabad', 'Pakistan'],
    ['Manila', 'Philippines'],
    ['Doha', 'Qatar'],
    ['Singapore', 'Singapore'],
    ['Colombo', 'Sri Lanka'],
    ['Bangkok', 'Thailand'],
    ['Ankara', 'Turkey'],
    ['Ashgabat', 'Turkmenistan'],
    ['Abu Dhabi', 'United Arab Emirates'],
    ['Tashkent', 'Uzbekistan'],
  ]),
  ...embassies(EMBASSY_LIST_2, [
    ['Manama', 'Bahrain'],
    ['Baku', 'Azerbaijan'],
    ['Yerevan', 'Armenia'],
  ]),
  {
    kind: 'embassy',
    city: 'Astana',
    country: 'Kazakhstan',
    source: `${EMBASSY_LIST_2}; ${EMBASSY_LIST_3}`,
  },
  { kind: 'embassy', city: 'Kuwait City', country: 'Kuwait', source: CLOSURES_2013 },
  {
    kind: 'embassy',
    city: 'Sanaa',
    country: 'Yemen',
    otherCityNames: ["Sana'a"],
    suspended: true,
    source: `${EMBASSY_LIST}; ${CLOSURES_2013}; https://diplopundit.net/2021/08/31/us-embassy-kabul-suspends-operations-on-8-31-21-next-the-afghanistan-affairs-unit-in-qatar/ (Yemen Affairs Unit in Riyadh)`,
  },
  {
    kind: 'embassy',
    city: 'Damascus',
    country: 'Syria',
    suspended: '2012',
    source: `${EMBASSY_LIST}; https://flatenjailbowling.pages.dev/299970.html (operations suspended in February 2012)`,
  },
  {
    kind: 'embassy',
    city: 'Kabul',
    country: 'Afghanistan',
    suspended: '2021',
    source: `${EMBASSY_LIST}; https://diplopundit.net/2021/08/31/us-embassy-kabul-suspends-operations-on-8-31-21-next-the-afghanistan-affairs-unit-in-qatar/; https://shunculture.com/article/do-we-have-an-embassy-in-afghanistan`,
  },
  {
    kind: 'embassy',
    city: 'Baghdad',
    country: 'Iraq',
    source:
      'https://travel.state.gov/content/travel/csi_repository/csi_landing/csi_catalog/irq.html; https://iq.usembassy.gov/services/',
  },
  {
    kind: 'embassy',
    city: 'Riyadh',
    country: 'Saudi Arabia',
    opened: '1984',
    source:
      'https://sa.usembassy.gov/embassy-consulates/riyadh/ (the embassy moved from Jeddah to Riyadh in 1984)',
  },
  {
    kind: 'embassy',
    city: 'Jeddah',
    country: 'Saudi Arabia',
    opened: '1948',
    closed: '1984',
    successor: 'U.S. Embassy Riyadh; the building became U.S. Consulate General Jeddah',
    source:
      'https://sa.usembassy.gov/embassy-consulates/riyadh/ (a legation from 1943, an embassy from 1948, moved to Riyadh in 1984)',
  },
  {
    kind: 'embassy',
    city: 'Jerusalem',
    country: 'Israel',
    opened: '2018',
    source:
      'http://w.owiki.org/wiki/Embassy_of_the_United_States%2C_Jerusalem; https://edition.cnn.com/2019/03/03/politics/us-consulate-embassy-jerusalem/index.html',
  },
  {
    kind: 'embassy',
    city: 'Tel Aviv',
    country: 'Israel',
    closed: '2018',
    successor: 'U.S. Embassy Jerusalem',
    source: `${EMBASSY_LIST}; http://w.owiki.org/wiki/Embassy_of_the_United_States%2C_Jerusalem (relocated from Tel Aviv on May 14, 2018)`,
  },
  {
    kind: 'embassy',
    city: 'Hanoi',
    country: 'Vietnam',
    opened: '1995',
    source: `${EMBASSY_LIST}; https://federalprism.com/what-happened-to-the-former-us-embassy-in-saigon (officially opened August 6, 1995)`,
  },
  {
    kind: 'embassy',
    city: 'Saigon',
    country: 'South Vietnam',
    opened: '1952',
    closed: '1975',
    source:
      'https://en.wikipedia.org/wiki/Embassy_of_the_United_States,_Saigon; https://pt.qwe.wiki/wiki/Embassy_of_the_United_States,_Saigon (opened June 24, 1952; closed April 30, 1975)',
  },
  {
    kind: 'embassy',
    city: 'Rangoon',
    country: 'Burma',
    otherCityNames: ['Yangon'],
    source:
      'https://diplomacy.state.gov/places/u-s-embassy-rangoon-burma; https://wikimili.com/en/Embassy_of_the_United_States,_Yangon',
  },
  {
    kind: 'embassy',
    city: 'Moscow',
    country: 'Russia',
    source: 'https://ru.usembassy.gov/embassy-consulates/consular-districts-in-russia/',
  },
  {
    kind: 'embassy',
    city: 'Canberra',
    country: 'Australia',
    opened: '1946',
    source:
      'https://diplomacy.state.gov/places/u-s-embassy-canberra-australia (a legation from 1940, an embassy from 1946)',
  },
  { kind: 'embassy', city: 'Wellington', country: 'New Zealand', source: WIKI_LIST },
  { kind: 'embassy', city: 'Kolonia', country: 'Micronesia', source: WIKI_LIST },

  // Embassies in Europe
  ...embassies(EMBASSY_LIST, [
    ['Tirana', 'Albania'],
    ['Vienna', 'Austria'],
    ['Brussels', 'Belgium'],
    ['Sarajevo', 'Bosnia and Herzegovina'],
    ['Sofia', 'Bulgaria'],
    ['Zagreb', 'Croatia'],
    ['Nicosia', 'Cyprus'],
    ['Copenhagen', 'Denmark'],
    ['Tallinn', 'Estonia'],
    ['Helsinki', 'Finland'],
    ['Athens', 'Greece'],
    ['Budapest', 'Hungary'],
    ['Reykjavik', 'Iceland'],
    ['Dublin', 'Ireland'],
    ['Rome', 'Italy'],
    ['Pristina', 'Kosovo'],
    ['Riga', 'Latvia'],
    ['Vilnius', 'Lithuania'],
    ['Luxembourg', 'Luxembourg'],
    ['Skopje', 'North Macedonia'],
    ['Podgorica', 'Montenegro'],
    ['Oslo', 'Norway'],
    ['Warsaw', 'Poland'],
    ['Lisbon', 'Portugal'],
    ['Bucharest', 'Romania'],
    ['Belgrade', 'Serbia'],
    ['Bratislava', 'Slovakia'],
    ['Ljubljana', 'Slovenia'],
    ['Madrid', 'Spain'],
    ['Stockholm', 'Sweden'],
    ['Bern', 'Switzerland'],
    ['London', 'United Kingdom'],
  ]),
  {
    kind: 'embassy',
    city: 'Paris',
    country: 'France',
    opened: '1779',
    source: `${EMBASSY_LIST}; https://2016.export.gov/france/regiomalconsulatesapps/index.asp (America's first diplomatic mission abroad, 1779); ${WIKI_LIST}`,
  },
  {
    kind: 'embassy',
    city: 'Prague',
    country: 'Czech Republic',
    source: `${EMBASSY_LIST}; ${WIKI_LIST}`,
  },
  {
    kind: 'embassy',
    city: 'Kyiv',
    country: 'Ukraine',
    otherCityNames: ['Kiev'],
    source: `${EMBASSY_LIST}; ${WIKI_LIST} ("U.S. Embassy in Kiev")`,
  },
  { kind: 'embassy', city: 'The Hague', country: 'Netherlands', source: WIKI_LIST },
  {
    kind: 'embassy',
    city: 'Berlin',
    country: 'Germany',
    opened: '1797',
    source:
      'https://wiki.gravy.cc/wiki/Embassy_of_the_United_States,_Berlin (it dates from the appointment of John Quincy Adams to Berlin in 1797)',
  },
  {
    kind: 'embassy',
    city: 'Bonn',
    country: 'West Germany',
    closed: '1999',
    successor: 'U.S. Embassy Berlin',
    source:
      'https://wiki.gravy.cc/wiki/Embassy_of_the_United_States,_Berlin (the embassy to West Germany; fully moved back to Berlin in 1999)',
  },
  {
    kind: 'embassy',
    city: 'East Berlin',
    country: 'East Germany',
    source:
      'https://wiki.gravy.cc/wiki/Embassy_of_the_United_States,_Berlin (the Cold War embassy to East Germany)',
  },
  {
    kind: 'embassy',
    city: 'Rome',
    country: 'Italy',
    to: 'the Holy See',
    source: 'https://findatwiki.com/Embassy_of_the_United_States,_Rome',
  },

  // Embassies in the Americas
  ...embassies(EMBASSY_LIST, [
    ['Buenos Aires', 'Argentina'],
    ['La Paz', 'Bolivia'],
    ['Santiago', 'Chile'],
    ['Bogotá', 'Colombia'],
    ['Quito', 'Ecuador'],
    ['Georgetown', 'Guyana'],
    ['Asunción', 'Paraguay'],
    ['Lima', 'Peru'],
    ['Paramaribo', 'Suriname'],
    ['Montevideo', 'Uruguay'],
    ['San José', 'Costa Rica'],
    ['Guatemala City', 'Guatemala'],
    ['Tegucigalpa', 'Honduras'],
    ['Managua', 'Nicaragua'],
    ['Panama City', 'Panama'],
  ]),
  {
    kind: 'embassy',
    city: 'Caracas',
    country: 'Venezuela',
    suspended: true,
    source: `${EMBASSY_LIST}; https://diplopundit.net/2021/08/31/us-embassy-kabul-suspends-operations-on-8-31-21-next-the-afghanistan-affairs-unit-in-qatar/ (Venezuela Affairs Unit in Bogotá)`,
  },
  {
    kind: 'embassy',
    city: 'Brasília',
    country: 'Brazil',
    opened: '1960',
    source: `${EMBASSY_LIST}; https://profilpelajar.com/en/Embassy_of_the_United_States,_Brasília`,
  },
  { kind: 'embassy', city: 'San Salvador', country: 'El Salvador', source: WIKI_LIST },
  {
    kind: 'embassy',
    city: 'Bridgetown',
    country: 'Barbados',
    source: `${WIKI_LIST}; ${EMBASSY_LIST_3}`,
  },
  { kind: 'embassy', city: 'Port of Spain', country: 'Trinidad and Tobago', source: WIKI_LIST },
  {
    kind: 'embassy',
    city: 'Santo Domingo',
    country: 'Dominican Republic',
    source: `${EMBASSY_LIST_2}; ${EMBASSY_LIST_3}`,
  },
  { kind: 'embassy', city: 'Port-au-Prince', country: 'Haiti', source: EMBASSY_LIST_2 },
  {
    kind: 'embassy',
    city: 'Kingston',
    country: 'Jamaica',
    source: 'https://www.state.gov/caribbean/',
  },
  {
    kind: 'embassy',
    city: 'Havana',
    country: 'Cuba',
    opened: '1923 (reopened 2015)',
    aliases: ['U.S. Interests Section in Havana', 'U.S. Interests Section Havana', 'USINT Havana'],
    source:
      'https://cu.usembassy.gov/embassy/havana/ (opened 1923, closed 1961; the U.S. Interests Section from 1977 became the embassy again on July 20, 2015); http://piglix.com/piglix/US_Interests_Section_in_Havana (USINT Havana, its telegraphic address)',
  },
  {
    kind: 'embassy',
    city: 'Minsk',
    country: 'Belarus',
    suspended: '2022',
    source:
      'https://news.am/eng/news/689043.html; https://investguiding.com/article/u-s-embassy-minsk/1781 (operations suspended February 28, 2022)',
  },
  {
    kind: 'embassy',
    city: 'Ottawa',
    country: 'Canada',
    opened: '1943',
    source:
      'https://diplomacy.state.gov/places/u-s-embassy-ottawa-canada (a legation from June 1, 1927, an embassy from November 19, 1943)',
  },
  {
    kind: 'embassy',
    city: 'Mexico City',
    country: 'Mexico',
    source: 'https://mx.usembassy.gov/services/',
  },

  // Consulates general and consulates
  ...(['Calgary', 'Halifax', 'Montreal', 'Quebec City', 'Toronto', 'Vancouver'] as const).map(
    (city): Post => ({
      kind: 'consulate general',
      city,
      country: 'Canada',
      source: 'https://legalclarity.org/us-consulates-in-canada-locations-services-and-visas',
    }),
  ),
  {
    kind: 'consulate',
    city: 'Winnipeg',
    country: 'Canada',
    source: 'https://legalclarity.org/us-consulates-in-canada-locations-services-and-visas',
  },
  ...(
    [
      'Ciudad Juárez',
      'Guadalajara',
      'Hermosillo',
      'Matamoros',
      'Mérida',
      'Monterrey',
      'Nogales',
      'Nuevo Laredo',
      'Tijuana',
    ] as const
  ).map((city): Post => ({
    kind: 'consulate general',
    city,
    country: 'Mexico',
    source: 'https://mx.usembassy.gov/services/',
  })),
  ...(['Recife', 'Rio de Janeiro', 'São Paulo'] as const).map((city): Post => ({
    kind: 'consulate general',
    city,
    country: 'Brazil',
    source: 'https://diplopundit.net/tag/new-consulate/',
  })),
  {
    kind: 'consulate',
    city: 'Porto Alegre',
    country: 'Brazil',
    source: 'https://diplopundit.net/tag/new-consulate/',
  },
  ...(['Düsseldorf', 'Frankfurt', 'Hamburg', 'Leipzig', 'Munich'] as const).map((city): Post => ({
    kind: 'consulate general',
    city,
    country: 'Germany',
    source: 'https://wiki.gravy.cc/wiki/Embassy_of_the_United_States,_Berlin',
  })),
  {
    kind: 'consulate general',
    city: 'Milan',
    country: 'Italy',
    source:
      'https://it.usembassy.gov/u-s-citizen-services/; https://wikimili.com/wiki/Consulate_General_of_the_United_States,_Milan',
  },
  {
    kind: 'consulate general',
    city: 'Naples',
    country: 'Italy',
    source: 'https://it.usembassy.gov/u-s-citizen-services/',
  },
  {
    kind: 'consulate general',
    city: 'Florence',
    country: 'Italy',
    opened: '1823',
    source:
      'https://it.usembassy.gov/embassy-consulates/florence/; https://goodnames-eth.ipns.dweb.link/wiki/Consulate_General_of_the_United_States%2C_Milan.html (Florence, 1823 to today)',
  },
  ...(
    [
      ['Genoa', '1797', '1993'],
      ['Trieste', '1797', '1966'],
      ['Venice', '1797', '1963'],
      ['Palermo', '1805', '1994'],
    ] as const
  ).map(([city, opened, closed]): Post => ({
    kind: 'consulate general',
    city,
    country: 'Italy',
    opened,
    closed,
    source:
      'https://goodnames-eth.ipns.dweb.link/wiki/Consulate_General_of_the_United_States%2C_Milan.html (the list of U.S. consulates general in Italy, with their years)',
  })),
  {
    kind: 'consulate general',
    city: 'Istanbul',
    country: 'Turkey',
    source: 'https://tr.usembassy.gov/message-for-u-s-citizens-weather-alert-mar-10-2022/',
  },
  {
    kind: 'consulate',
    city: 'Adana',
    country: 'Turkey',
    source:
      'https://tr.usembassy.gov/message-for-u-s-citizens-weather-alert-mar-10-2022/; https://legalclarity.org/us-consulate-adana-services-visas-and-appointments',
  },
  ...(['Karachi', 'Lahore', 'Peshawar'] as const).map((city): Post => ({
    kind: 'consulate general',
    city,
    country: 'Pakistan',
    source:
      'https://www.einpresswire.com/article/633973570/security-alert-u-s-embassy-islamabad-may-15-2023; https://pk.usembassy.gov/clarification-for-the-record/',
  })),
  {
    kind: 'consulate general',
    city: 'Mumbai',
    country: 'India',
    otherCityNames: ['Bombay'],
    opened: '1838',
    source:
      'https://legalclarity.org/us-embassy-in-india-locations-visas-and-citizen-services; https://arc.ask3.ru/arc/aa/5f/7b/5f1f339625aef988388aa2716b81297b__translat.html (opened 1838); https://1997-2001.state.gov/about_state/contacts/key_officers97/addresses.html (Bombay)',
  },
  {
    kind: 'consulate general',
    city: 'Chennai',
    country: 'India',
    otherCityNames: ['Madras'],
    opened: '1947',
    source:
      'https://legalclarity.org/us-embassy-in-india-locations-visas-and-citizen-services; http://www.hindu.com/mp/2008/09/22/stories/2008092250870500.htm (a consulate from 1908, a consulate general from August 15, 1947)',
  },
  {
    kind: 'consulate general',
    city: 'Kolkata',
    country: 'India',
    otherCityNames: ['Calcutta'],
    opened: '1792',
    source:
      'https://legalclarity.org/us-embassy-in-india-locations-visas-and-citizen-services; http://it.knowledgr.com/06020869/ConsolatoGeneraleDegliStatiUnitiKolkata (formerly Calcutta; dates from November 19, 1792)',
  },
  {
    kind: 'consulate general',
    city: 'Hyderabad',
    country: 'India',
    opened: '2008',
    source:
      'https://wolfsdorf.com/blog/2010/11/22/u-s-ambassador-new-delhi-india-announces-convenient-u-s-visa-application-process/ (opened in 2008)',
  },
  ...(['Guangzhou', 'Shanghai', 'Shenyang'] as const).map((city): Post => ({
    kind: 'consulate general',
    city,
    country: 'China',
    source:
      'https://china.usembassy-china.org.cn/alert-update-from-u-s-mission-china-consular-services-for-december-15-2022/',
  })),
  {
    kind: 'consulate general',
    city: 'Wuhan',
    country: 'China',
    opened: '2008',
    source:
      'https://china.usembassy-china.org.cn/alert-update-from-u-s-mission-china-consular-services-for-december-15-2022/; https://ukrussellandbromley.com/qa/are-us-consulates-open-in-china.html (re-established in 2008)',
  },
  {
    kind: 'consulate general',
    city: 'Chengdu',
    country: 'China',
    source:
      'https://china.usembassy-china.org.cn/mission-china-regular-visa-services-temporarily-suspended/; https://sage-tips.com/?p=61366 (ordered closed by China)',
  },
  {
    kind: 'consulate general',
    city: 'Hong Kong',
    country: 'China',
    opened: '1843',
    aliases: [
      'U.S. Consulate General Hong Kong and Macau',
      'Consulate General of the United States, Hong Kong and Macau',
    ],
    source:
      'https://wikimili.com/en/Consulate_General_of_the_United_States,_Hong_Kong_and_Macau; http://lmno.pp.ua/wiki/Consulate_General_of_the_United_States,_Hong_Kong_and_Macau (a consulate from 1843)',
  },
  {
    kind: 'consulate general',
    city: 'Ho Chi Minh City',
    country: 'Vietnam',
    otherCityNames: ['Saigon'],
    opened: '1997',
    source:
      'https://vietnamembassy-usa.org/relations/us-consulate-general-ho-chi-minh-city (established in June 1997); https://www.latimes.com/archives/la-xpm-1999-sep-08-mn-7862-story.html',
  },
  ...(['Osaka-Kobe', 'Naha', 'Sapporo'] as const).map((city): Post => ({
    kind: 'consulate general',
    city,
    country: 'Japan',
    source:
      'https://legalclarity.org/us-embassy-japan-locations-visas-and-citizen-services; http://www.nunoi-f.com/US_Consulate.html',
  })),
  ...(['Fukuoka', 'Nagoya'] as const).map((city): Post => ({
    kind: 'consulate',
    city,
    country: 'Japan',
    source: 'http://www.nunoi-f.com/US_Consulate.html',
  })),
  {
    kind: 'consulate general',
    city: 'Yekaterinburg',
    country: 'Russia',
    source: 'https://ru.usembassy.gov/embassy-consulates/consular-districts-in-russia/',
  },
  {
    kind: 'consulate general',
    city: 'Vladivostok',
    country: 'Russia',
    suspended: true,
    source:
      'https://ru.usembassy.gov/embassy-consulates/consular-districts-in-russia/; https://ru.usembassy.gov/statement-from-ambassador-sullivan/ (to remain in suspended status, April 2021)',
  },
  {
    kind: 'consulate',
    city: 'St. Petersburg',
    country: 'Russia',
    closed: '2018',
    source:
      'https://www.cnvisalaw.com/2018-4-2-us-consulate-in-st-petersburg-closed/ (closed March 31, 2018)',
  },
  {
    kind: 'consulate general',
    city: 'Erbil',
    country: 'Iraq',
    source:
      'https://travel.state.gov/content/travel/csi_repository/csi_landing/csi_catalog/irq.html; https://iq.usembassy.gov/services/',
  },
  {
    kind: 'consulate general',
    city: 'Basrah',
    country: 'Iraq',
    otherCityNames: ['Basra'],
    source:
      'https://iq.usembassy.gov/embassy-consulates/basrah/; https://www.iraq-businessnews.com/2018/10/01/us-evacuates-consulate-in-basra/',
  },
  {
    kind: 'consulate general',
    city: 'Jeddah',
    country: 'Saudi Arabia',
    source:
      'https://sa.usembassy.gov/embassy-consulates/riyadh/; https://sa.usembassy.gov/u-s-citizen-services/emergency-contact/emergency-services/',
  },
  {
    kind: 'consulate general',
    city: 'Dhahran',
    country: 'Saudi Arabia',
    opened: '1944',
    source: 'https://sa.usembassy.gov/dhahran/ (a consulate set up on September 2, 1944)',
  },
  { kind: 'consulate', city: 'Dubai', country: 'United Arab Emirates', source: CLOSURES_2013 },
  {
    kind: 'consulate general',
    city: 'Jerusalem',
    country: 'Israel',
    opened: '1844',
    closed: '2019',
    successor: 'U.S. Embassy Jerusalem (its Palestinian Affairs Unit)',
    source:
      'https://teawithsugar31.wordpress.com/2018/10/ (an independent mission from 1844); https://edition.cnn.com/2019/03/03/politics/us-consulate-embassy-jerusalem/index.html (merged with the embassy on March 4, 2019)',
  },
  { kind: 'consulate general', city: 'Amsterdam', country: 'Netherlands', source: WIKI_LIST },
  ...(['Johannesburg', 'Cape Town', 'Durban'] as const).map((city): Post => ({
    kind: 'consulate general',
    city,
    country: 'South Africa',
    source:
      'https://www.pnet.co.za/cmp/en/U-S-Embassy-Consulates-in-South-Africa-13090/extras.html; https://za.usembassy.gov/demonstration-alert-u-s-embassy-pretoria-south-africa-june-2-2020/',
  })),
  {
    kind: 'consulate general',
    city: 'Lagos',
    country: 'Nigeria',
    source: 'https://shop.edisontkp.com/stylist/united-states-consulate-general-lagos.html',
  },
  ...(['Marseille', 'Strasbourg'] as const).map((city): Post => ({
    kind: 'consulate general',
    city,
    country: 'France',
    source: 'https://2016.export.gov/france/regiomalconsulatesapps/index.asp',
  })),
  {
    kind: 'consulate general',
    city: 'Barcelona',
    country: 'Spain',
    source:
      'https://mariakaniyouths.org/fr/ambassade-et-consulat-des-%c3%89tats-unis-en-espagne-et-en-andorre',
  },
  {
    kind: 'consulate general',
    city: 'Chiang Mai',
    country: 'Thailand',
    opened: '1950',
    source:
      'https://th.usembassy.gov/embassy-consulate/chiang-mai/ (a consulate from 1950, a consulate general from 1986)',
  },
  {
    kind: 'consulate general',
    city: 'Sydney',
    country: 'Australia',
    opened: '1836',
    source: 'https://au.usembassy.gov/sydney/ (the first American consul was appointed in 1836)',
  },
  ...(['Melbourne', 'Perth'] as const).map((city): Post => ({
    kind: 'consulate general',
    city,
    country: 'Australia',
    source:
      'http://www.traveldocs.com/index.php?page=australia-trvl-info; https://au.usembassy.gov/u-s-citizen-services/consulate-contacts-page/',
  })),
  {
    kind: 'consulate',
    city: 'Curaçao',
    country: 'Kingdom of the Netherlands',
    source: 'https://www.state.gov/caribbean/',
  },

  // Missions to international organizations
  {
    kind: 'mission',
    city: 'New York',
    country: 'United States',
    to: 'the United Nations',
    acronyms: ['USUN'],
    opened: '1947',
    source:
      'https://en.wikipedia.org/wiki/United_States_Mission_to_the_United_Nations; https://lawi.us/diplomatic-missions/',
  },
  {
    kind: 'mission',
    city: 'Geneva',
    country: 'Switzerland',
    to: 'the United Nations and Other International Organizations in Geneva',
    aliases: [
      'U.S. Mission Geneva',
      'U.S. Mission to the European Office of the United Nations and Other International Organizations',
    ],
    source: `https://lawi.us/diplomatic-missions/; ${KEY_OFFICERS_1997}; https://books.google.ro/books?id=3IqPAAAAMAAJ&pg=PA289&vq=human+rights&dq=editions:ISBN0852442904&hl=ro&output=html_text&source=gbs_toc_r&cad=4`,
  },
  {
    kind: 'mission',
    city: 'Vienna',
    country: 'Austria',
    to: 'International Organizations in Vienna',
    acronyms: ['UNVIE'],
    source: `https://webarchive.library.unt.edu/web/20201218020602/https://geneva.usmission.gov/our-relationship/io-bureau; ${KEY_OFFICERS_1997}`,
  },
  {
    kind: 'mission',
    city: 'Vienna',
    country: 'Austria',
    to: 'the Organization for Security and Cooperation in Europe',
    idKey: 'osce',
    opened: '1975',
    source:
      'https://en.wikipedia-on-ipfs.org/wiki/United_States_Mission_to_the_Organization_for_Security_and_Cooperation_in_Europe',
  },
  {
    kind: 'mission',
    city: 'Brussels',
    country: 'Belgium',
    to: 'the European Union',
    acronyms: ['USEU', 'USEC'],
    aliases: ['U.S. Mission to the European Communities'],
    opened: '1956',
    source: `https://en.wikipedia.org/wiki/United_States_Mission_to_the_European_Union (the mission to the European Coal and Steel Community opened in Luxembourg in 1956; the Mission to the European Communities in Brussels in 1961); https://useu.usmission.gov/about-the-mission/; ${KEY_OFFICERS_1997} (USEC)`,
  },
  {
    kind: 'mission',
    city: 'Brussels',
    country: 'Belgium',
    to: 'NATO',
    acronyms: ['USNATO'],
    aliases: ['U.S. Mission to the North Atlantic Treaty Organization'],
    source: `https://nato.usmission.gov/u-s-mission-to-nato/; ${KEY_OFFICERS_1997}`,
  },
  {
    kind: 'mission',
    city: 'Washington, D.C.',
    country: 'United States',
    to: 'the Organization of American States',
    acronyms: ['USOAS'],
    opened: '1948',
    source: `https://careers.state.gov/major/any-major/ (formally established in 1948); https://usoas.usmission.gov/mission/oas/; ${KEY_OFFICERS_1997}`,
  },
  {
    kind: 'mission',
    city: 'Paris',
    country: 'France',
    to: 'the Organisation for Economic Co-operation and Development',
    acronyms: ['USOECD'],
    aliases: ['U.S. Mission to the OECD'],
    source: KEY_OFFICERS_1997,
  },
  {
    kind: 'mission',
    city: 'Rome',
    country: 'Italy',
    to: 'the UN Agencies in Rome',
    acronyms: ['FODAG'],
    source: `https://findatwiki.com/Embassy_of_the_United_States,_Rome; ${KEY_OFFICERS_1997} (FODAG, Rome)`,
  },
  {
    kind: 'mission',
    city: 'Addis Ababa',
    country: 'Ethiopia',
    to: 'the African Union',
    idKey: 'au',
    source:
      'https://ghana-embassy.org/what-is-mission; http://www.intelros.ru/readroom/state-magazine/state-june-2010/7040-exciting-mission.html',
  },
  {
    kind: 'mission',
    city: 'Jakarta',
    country: 'Indonesia',
    to: 'the Association of Southeast Asian Nations',
    idKey: 'asean',
    aliases: ['U.S. Mission to ASEAN'],
    source: 'https://ghana-embassy.org/what-is-mission',
  },
  // Added: posts FSJ pages name, with the page that gave each
  {
    kind: 'embassy',
    city: 'Tehran',
    country: 'Iran',
    closed: '1980',
    source:
      'https://afsa.org/sites/default/files/flipping_book/0309/8/ (the embassy overrun on November 4, 1979); https://miragenews.com/45th-anniversary-tehran-us-embassy-takeover-1350243; https://thisday.fyi/4/7/1980/us-cuts-diplomatic-ties-with-iran (relations severed April 7, 1980)',
  },
  {
    kind: 'embassy',
    city: 'Beirut',
    country: 'Lebanon',
    source:
      'https://www.realclearhistory.com/2017/04/17/the_dawn_of_islamic_terror_against_america_4123.html (the embassy bombing of April 18, 1983); https://adst.org/?p=7761',
  },
  {
    kind: 'embassy',
    city: 'Tbilisi',
    country: 'Georgia',
    opened: '1992',
    source:
      'https://www.upi.com/Archives/1992/04/23/US-embassy-established-in-Georgia/9396704001600/; http://everything.explained.today/List_of_ambassadors_of_the_United_States_to_Georgia_(country) (established April 23, 1992)',
  },
  {
    kind: 'consulate',
    city: 'Da Nang',
    country: 'South Vietnam',
    otherCityNames: ['Danang'],
    closed: '1975',
    source:
      'http://www.usdiplomacy.org/history/service/terrymcnamara.php (its staff evacuated by sea when Danang fell, March 1975)',
  },
  {
    kind: 'consulate general',
    city: 'Can Tho',
    country: 'South Vietnam',
    closed: '1975',
    source:
      'http://www.usdiplomacy.org/history/service/terrymcnamara.php (Consul General Terry McNamara led its staff out on April 29, 1975)',
  },
  {
    kind: 'consulate',
    city: 'Nha Trang',
    country: 'South Vietnam',
    closed: '1975',
    source:
      'https://afsa.org/sites/default/files/flipping_book/0303/49/ (the consulate left Nha Trang on April 1 as the North Vietnamese offensive advanced); http://www.usdiplomacy.org/history/service/terrymcnamara.php (the offensive of early 1975)',
  },
  // Consulates closed for budget reasons in 1963, 1987 and 1996, and consulates named in the 2025 plans
  ...(
    [
      ['Poznan', 'Poland'],
      ['Stuttgart', 'Germany'],
      ['Zurich', 'Switzerland'],
      ['Bilbao', 'Spain'],
      ['Brisbane', 'Australia'],
      ['Cebu', 'Philippines'],
      ['Udon Thani', 'Thailand'],
    ] as const
  ).map(([city, country]): Post => ({
    kind: 'consulate',
    city,
    country,
    closed: '1996',
    source:
      'https://www.latimes.com/archives/la-xpm-1996-02-18-tr-37186-story.html (among 11 consulates closed by September 30, 1996)',
  })),
  ...(
    [
      ['Salzburg', 'Austria'],
      ['Tangier', 'Morocco'],
      ['Turin', 'Italy'],
      ['Maracaibo', 'Venezuela'],
    ] as const
  ).map(([city, country]): Post => ({
    kind: 'consulate',
    city,
    country,
    closed: '1987',
    source:
      'https://www.latimes.com/archives/la-xpm-1987-02-12-mn-2915-story.html (among seven consulates to be closed in 1987)',
  })),
  {
    kind: 'consulate',
    city: 'Gothenburg',
    country: 'Sweden',
    otherCityNames: ['Goteborg', 'Göteborg'],
    closed: '1987',
    source:
      'https://www.latimes.com/archives/la-xpm-1987-02-12-mn-2915-story.html (among seven consulates to be closed in 1987)',
  },
  ...(
    [
      ['Le Havre', 'France'],
      ['Cork', 'Ireland'],
      ['Haifa', 'Israel'],
      ['Manchester', 'United Kingdom'],
      ['Cardiff', 'United Kingdom'],
      ['Santos', 'Brazil'],
      ['Penang', 'Malaysia'],
    ] as const
  ).map(([city, country]): Post => ({
    kind: 'consulate',
    city,
    country,
    closed: '1963',
    source:
      'https://history.state.gov./historicaldocuments/frus1961-63v25/d68 (closed in 1963, as the Department reported to Senator Fulbright)',
  })),
  ...(
    [
      ['Bordeaux', 'France'],
      ['Lyon', 'France'],
      ['Rennes', 'France'],
      ['Ponta Delgada', 'Portugal'],
      ['Belo Horizonte', 'Brazil'],
    ] as const
  ).map(([city, country]): Post => ({
    kind: 'consulate',
    city,
    country,
    source:
      'https://wikipedianews.com/?p=85272 (consulates on the 2025 preliminary closure list); https://exbulletin.com/world/international/3013792/; https://www.latimes.com/archives/la-xpm-1996-02-18-tr-37186-story.html (Bordeaux, the oldest U.S. diplomatic office)',
  })),
  {
    kind: 'embassy',
    city: 'Kinshasa',
    country: 'Democratic Republic of the Congo',
    otherCityNames: ['Leopoldville', 'Léopoldville'],
    source: `${EMBASSY_LIST}; https://paperzz.com/doc/8887526/democratic-republic-of-the-congo--zaire--country (officers posted to Leopoldville, later Kinshasa)`,
  },
  {
    kind: 'consulate',
    city: 'Kisangani',
    country: 'Democratic Republic of the Congo',
    otherCityNames: ['Stanleyville'],
    source:
      'http://adst.org/publications/adst-dacor/captive-in-the-congo/ (the U.S. consulate in Stanleyville, now Kisangani, seized in 1964); https://afsa.org/sites/default/files/flipping_book/070813/9',
  },
  {
    kind: 'consulate',
    city: 'Lubumbashi',
    country: 'Democratic Republic of the Congo',
    otherCityNames: ['Elisabethville', 'Elizabethville'],
    closed: '1996',
    source:
      'https://paperzz.com/doc/8887526/democratic-republic-of-the-congo--zaire--country (principal officers at Elisabethville, 1960s); https://www.latimes.com/archives/la-xpm-1996-02-18-tr-37186-story.html (the Lubumbashi consulate among those closed in 1996)',
  },
  {
    kind: 'consulate',
    city: 'Bukavu',
    country: 'Democratic Republic of the Congo',
    source:
      'https://paperzz.com/doc/8887526/democratic-republic-of-the-congo--zaire--country (a principal officer at Bukavu, 1963-64)',
  },
  {
    kind: 'consulate general',
    city: 'Krakow',
    country: 'Poland',
    otherCityNames: ['Kraków', 'Cracow'],
    source:
      'https://pl.usembassy.gov/embassy-consulate/krakow/sections-and-offices/ (its Public Affairs Section covers the six southern provinces); https://pl.usembassy.gov/u-s-citizen-services/appointments/',
  },
  {
    kind: 'consulate general',
    city: 'Belfast',
    country: 'United Kingdom',
    opened: '1796',
    source:
      'https://uk.usembassy.gov/embassy-consulates/belfast/us-citizen-services/; https://www.irishtimes.com/opinion/newton-emerson-careless-politics-over-eu-belfast-office-is-inexcusable-1.4240962?mode=sample&auth-failed=1&pw-origin=https%3A%2F%2Fwww.irishtimes.com%2Fopinion%2Fnewton-emerson-careless-politics-over-eu-belfast-office-is-inexcusable-1.4240962%3FlocalLinksEnabled%3Dfalse (established in 1796)',
  },
  {
    kind: 'consulate general',
    city: 'Edinburgh',
    country: 'United Kingdom',
    opened: '1798',
    source:
      'https://theedinburghreporter.co.uk/2025/04/us-consulate-general-in-edinburgh-under-threat-of-closure/ (a consular office in Edinburgh since 1798, on Regent Terrace); https://en.econostrum.info/us-consulate-closure-in-scotland',
  },
  {
    kind: 'consulate general',
    city: 'Casablanca',
    country: 'Morocco',
    opened: '1878',
    source:
      'https://ma.usembassy.gov/embassy-consulate/casablanca/ (dates back to 1878; country-wide consular services)',
  },
  {
    kind: 'consulate general',
    city: 'Almaty',
    country: 'Kazakhstan',
    otherCityNames: ['Alma-Ata'],
    opened: '2009',
    source:
      'https://kz.usembassy.gov/almaty/ (inaugurated December 2009; the embassy was in Almaty from 1992 until its move to Astana in 2006); https://webarchive.library.unt.edu/web/20130214062651/http://almaty.usconsulate.gov/history.html',
  },
  {
    kind: 'consulate',
    city: 'Herat',
    country: 'Afghanistan',
    opened: '2012',
    source:
      'https://diplopundit.net/tag/karl-eikenberry/ (opened June 13, 2012, covering Herat, Badghis, Ghor and Farah provinces); https://diplopundit.net/tag/photo-of-the-day/ (attacked September 13, 2013)',
  },
  {
    kind: 'consulate general',
    city: 'Guayaquil',
    country: 'Ecuador',
    source:
      'https://travel.state.gov/content/travel/en/us-visas/Supplements/Supplements_by_Post/GYQ_Guayaquil.html; https://webarchive.library.unt.edu/web/20130213213918/http://guayaquil.usconsulate.gov/immigrant_visas.html (processes all immigrant visas for Ecuador)',
  },
];

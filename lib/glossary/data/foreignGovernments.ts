// The glossary's foreign government bodies and non-state armed groups that FSJ articles name.
// Facts come from the pages named in each entry's `source`; card summaries are written for FSJ Gloss.

import type { GlossaryEntry } from '../types';

export const FOREIGN_GOVERNMENTS: readonly GlossaryEntry[] = [
  // Russia and the Soviet Union
  {
    id: 'kremlin',
    name: 'Presidential Administration of Russia',
    acronyms: [],
    aliases: ['the Kremlin', 'Moscow Kremlin', 'Russian presidential administration'],
    kind: 'foreign government body',
    seat: 'Moscow, Russia',
    summary:
      'The Russian presidency, housed in the Moscow Kremlin, the fortress that was the seat of the Soviet leadership before it. "The Kremlin" stands for the president and the government of Russia, as it once stood for those of the Soviet Union.',
    source:
      'https://www.russiaslam.com/tag/kremlin; https://www.conservapedia.com/Special:MobileDiff/1336660; http://english.stonexp.com/show.php?contentid=3662&page=2; https://www.alibaba.com/product-insights/why-is-putin-called-kremlin-understanding-the-terms-meaning.html',
  },
  {
    id: 'kgb',
    name: 'Committee for State Security',
    acronyms: ['KGB'],
    aliases: ['Komitet Gosudarstvennoy Bezopasnosti', 'Soviet KGB'],
    kind: 'foreign government body',
    founded: '1954',
    ended: '1991',
    successor:
      'the Federal Security Service (FSB) at home and the Foreign Intelligence Service (SVR) abroad',
    seat: 'Moscow, Soviet Union',
    summary:
      "The Soviet Union's main security and intelligence agency from 1954, combining secret police, counterintelligence and foreign espionage. It was dissolved with the Soviet Union in 1991; Russia's FSB and SVR took over its domestic and foreign work.",
    source:
      'https://news-pravda.com/world/2025/03/13/1138817.html; http://mgs.natmal.net/en/enc/139; https://infinitelexicon.com/KGB',
  },
  {
    id: 'fsb',
    name: 'Federal Security Service of the Russian Federation',
    acronyms: ['FSB'],
    aliases: ['Federal Security Service', 'Russian Federal Security Service'],
    kind: 'foreign government body',
    founded: '1995',
    seat: 'Lubyanka, Moscow, Russia',
    summary:
      "Russia's principal security agency and the main successor to the KGB, responsible for counterintelligence, internal and border security, counterterrorism and surveillance. Its director answers to the president of Russia.",
    source:
      'https://en.wikipedia.org/wiki/Federal_Security_Service_%28Russia%29; https://wikiwand.com/en/Russian_secret_services',
  },
  {
    id: 'svr',
    name: 'Foreign Intelligence Service of the Russian Federation',
    acronyms: ['SVR'],
    aliases: ['Russian Foreign Intelligence Service'],
    kind: 'foreign government body',
    seat: 'Yasenevo, Moscow, Russia',
    summary:
      "Russia's civilian foreign intelligence agency, heir to the KGB's First Chief Directorate, which conducts espionage outside the country.",
    source:
      'https://d33gy59ovltp76.cloudfront.net/news/svr-russia-inside-the-secret-intelligence-agency-once-known-as-the-infamous-kgb; https://wikiwand.com/en/Russian_secret_services',
  },
  {
    id: 'gru',
    name: 'Main Intelligence Directorate',
    acronyms: ['GRU'],
    aliases: ['Russian military intelligence', 'Soviet military intelligence'],
    kind: 'foreign government body',
    summary:
      'The military intelligence service of the Soviet Union and now of Russia, which kept its Soviet-era name after 1991.',
    source: 'http://www.informazione.it/e/federal-naja-sluzba-bezopasnosti',
  },
  {
    id: 'cpsu-politburo',
    name: 'Politburo of the Communist Party of the Soviet Union',
    acronyms: [],
    aliases: [
      'Political Bureau of the Central Committee of the Communist Party of the Soviet Union',
      'Soviet Politburo',
      'CPSU Politburo',
      'Politburo of the CPSU',
    ],
    contextAliases: ['Politburo'],
    kind: 'foreign government body',
    founded: '1917 (re-established 1919)',
    ended: '1991',
    seat: 'Moscow, Soviet Union',
    summary:
      "The Soviet Communist Party's highest policy-making body and, in practice, the collective leadership of the USSR. Called the Presidium from 1952 to 1966, it ended with the breakup of the Soviet Union in 1991.",
    source:
      'https://wikivisually.com/wiki/Politburo_of_the_Communist_Party_of_the_Soviet_Union; http://www.jrank.org/encyclopedia/pages/cm7kxnr0b0/Politburo.html',
  },
  {
    id: 'supreme-soviet',
    name: 'Supreme Soviet of the Soviet Union',
    acronyms: [],
    aliases: ['Supreme Soviet of the USSR', 'Supreme Soviet', 'USSR Supreme Soviet'],
    kind: 'foreign government body',
    seat: 'Moscow, Soviet Union',
    summary:
      "The Soviet Union's highest legislative body, with two chambers, the Soviet of the Union and the Soviet of Nationalities; it could amend the constitution, while real power lay with the Communist Party.",
    source:
      'http://www.fact-index.com/o/or/organization_of_the_communist_party_of_the_ussr.html; https://www.liquisearch.com/soviet_union/politics',
  },
  {
    id: 'soviet-foreign-ministry',
    name: 'Ministry of Foreign Affairs of the Soviet Union',
    acronyms: [],
    aliases: [
      'Ministry of Foreign Affairs of the USSR',
      'Soviet Foreign Ministry',
      'Soviet Ministry of Foreign Affairs',
      "People's Commissariat for Foreign Affairs",
      'Narkomindel',
      'Ministry of External Relations of the USSR',
    ],
    kind: 'foreign government body',
    founded: '1923',
    ended: '1991',
    successor: 'the Ministry of Foreign Affairs of the Russian Federation',
    seat: 'Moscow, Soviet Union',
    summary:
      "The Soviet Union's foreign ministry: the People's Commissariat for Foreign Affairs from 1923 to 1946, then the Ministry of Foreign Affairs, and in its last year the Ministry of External Relations. Russia's foreign ministry took over its building and its work.",
    source:
      'https://triviaquestions.online/pages/Ministry_of_Foreign_Affairs_(Soviet_Union)___Presidium_of_the_Supreme_Soviet.html; https://fi.wikipedia.org/wiki/Venäjän_federaation_ulkoasiainministeriö?oldformat=true',
  },
  {
    id: 'russian-foreign-ministry',
    name: 'Ministry of Foreign Affairs of the Russian Federation',
    acronyms: [],
    aliases: [
      'Russian Foreign Ministry',
      'Russian Ministry of Foreign Affairs',
      'Ministry of Foreign Affairs of Russia',
    ],
    contextAliases: ['MID'],
    kind: 'foreign government body',
    founded: '1991',
    seat: 'Smolenskaya Square, Moscow, Russia',
    summary:
      "Russia's foreign ministry, successor to the Soviet foreign ministry, whose 1953 skyscraper on Smolenskaya Square in Moscow it still occupies.",
    url: 'https://www.mid.ru',
    source:
      'https://fi.wikipedia.org/wiki/Venäjän_federaation_ulkoasiainministeriö?oldformat=true; https://en.wikipedia.org/wiki/Smolenskaya_Square; https://www.mid.ru/en/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/3320519; https://rbth.com/travel/330039-take-look-inside-seven-sisters/amp',
  },
  {
    id: 'state-duma',
    name: 'State Duma',
    acronyms: [],
    aliases: [
      'State Duma of the Federal Assembly of the Russian Federation',
      'Russian State Duma',
      'Duma',
      'Gosduma',
    ],
    kind: 'foreign government body',
    founded: '1993',
    seat: 'Moscow, Russia',
    summary:
      "The lower house of Russia's parliament, the Federal Assembly, with 450 deputies. It replaced the Supreme Soviet under the 1993 constitution, taking the name of the tsarist Duma first convened in 1906.",
    source:
      'http://wikimapia.org/45007/The-State-Duma-of-the-Federal-Assembly-of-the-Russian-Federation-Parliament-of-Russia; https://dev.myscienceschool.org/what-is-the-parliament-of-russia-known-as/; http://worldwizzy.com/library/Federal_Assembly_of_the_Russian_Federation',
  },
  {
    id: 'federation-council',
    name: 'Federation Council of the Federal Assembly of the Russian Federation',
    acronyms: [],
    aliases: ['Federation Council of Russia', 'Russian Federation Council'],
    contextAliases: ['Federation Council'],
    kind: 'foreign government body',
    seat: 'Moscow, Russia',
    summary:
      "The upper house of Russia's parliament, made up of two representatives of each region (one from its legislature, one from its executive) plus senators named by the president.",
    source:
      'https://dev.myscienceschool.org/what-is-the-parliament-of-russia-known-as/; https://examhub.pk/mcq/the-name-of-lower-house-of-russian-federation-legislature-is',
  },

  // United Kingdom
  {
    id: 'fcdo',
    name: 'Foreign, Commonwealth and Development Office',
    acronyms: ['FCDO', 'FCO'],
    aliases: [
      'Foreign, Commonwealth & Development Office',
      'Foreign and Commonwealth Office',
      'Foreign & Commonwealth Office',
      'British Foreign Office',
      'UK Foreign Office',
    ],
    contextAliases: ['Foreign Office'],
    kind: 'foreign government body',
    founded: '1782 (as the Foreign Office)',
    seat: 'King Charles Street, London, United Kingdom',
    summary:
      "The United Kingdom's foreign ministry. The Foreign Office of 1782 merged with the Commonwealth Office in 1968 to form the Foreign and Commonwealth Office (FCO), which absorbed the Department for International Development in 2020 to become the FCDO.",
    url: 'https://www.gov.uk/fcdo',
    source:
      'https://kiwix.lema.org/wikipedia_en_all_mini_2024-02/A/Foreign%2C_Commonwealth_and_Development_Office; https://www.wiki3.en-us.nina.az/Foreign_and_Commonwealth_Office.html',
  },
  {
    id: 'dfid',
    name: 'Department for International Development',
    acronyms: ['DFID'],
    aliases: [],
    kind: 'foreign government body',
    ended: '2020',
    successor: 'the Foreign, Commonwealth and Development Office',
    seat: 'London, United Kingdom',
    summary:
      'The British government department that spent UK aid and led its development work abroad until September 2020, when it was merged into the Foreign Office to form the FCDO.',
    source:
      'https://saisreview.sais.jhu.edu/the-new-foreign-commonwealth-and-development-office-more-of-the-same/; https://www.thetimes.co.uk/article/the-foreign-commonwealth-and-development-office-can-be-a-global-force-for-good-ldp3j7kwf',
  },
  {
    id: 'mi6',
    name: 'Secret Intelligence Service',
    acronyms: ['MI6', 'SIS'],
    aliases: ['British Secret Intelligence Service'],
    kind: 'foreign government body',
    founded: '1909',
    seat: 'Vauxhall Cross, London, United Kingdom',
    summary:
      "Britain's foreign intelligence service, which collects human intelligence abroad and answers to the Foreign Secretary. Founded in 1909 as the foreign section of the Secret Service Bureau, it was not officially acknowledged until 1994.",
    source:
      'https://worddisk.com/wiki/Secret_Intelligence_Service/; http://simple.wikipedia.org/wiki/Secret_Intelligence_Service; https://kids.britannica.com/students/article/MI6/623236',
  },
  {
    id: 'mi5',
    name: 'Security Service',
    acronyms: ['MI5'],
    aliases: ['British Security Service'],
    kind: 'foreign government body',
    summary:
      "Britain's domestic security agency, responsible for internal security and counterintelligence; MI6 is its foreign counterpart.",
    source:
      'https://www.britannica.com/print/article/379632; http://simple.wikipedia.org/wiki/Secret_Intelligence_Service',
  },
  {
    id: 'uk-parliament',
    name: 'Parliament of the United Kingdom',
    acronyms: [],
    aliases: [
      'British Parliament',
      'UK Parliament',
      'Westminster Parliament',
      'Houses of Parliament',
    ],
    kind: 'foreign government body',
    seat: 'Palace of Westminster, London, United Kingdom',
    summary:
      'The British legislature, made up of the Crown, the elected House of Commons and the House of Lords, which meet in the Palace of Westminster.',
    source:
      'https://milosvojinovic.blogspot.com/2018/09/bundestag-and-parliament-of-united.html; https://www.myenglishpages.com/english/countries-uk-london-palace-westminster.php; https://mix.mak.v.ua/ukraincyam/yaki-ie-palati-parlamentu.html',
  },
  {
    id: 'house-of-commons',
    name: 'House of Commons of the United Kingdom',
    acronyms: [],
    aliases: ['British House of Commons', 'UK House of Commons'],
    contextAliases: ['House of Commons'],
    kind: 'foreign government body',
    seat: 'Palace of Westminster, London, United Kingdom',
    summary:
      'The elected lower house of the British Parliament and its effective legislative authority; its members are the Members of Parliament.',
    source:
      'https://kids.britannica.com/students/assembly/view/107476; http://www.bookdrum.com/books/tipping-the-velvet/12832/bookmark/95611.html; http://touristplaces24.blogspot.com/2015/10/palace-of-westminster-london.html',
  },
  {
    id: 'house-of-lords',
    name: 'House of Lords',
    acronyms: [],
    aliases: ['British House of Lords'],
    kind: 'foreign government body',
    seat: 'Palace of Westminster, London, United Kingdom',
    summary: 'The upper house of the British Parliament, which meets in the Palace of Westminster.',
    source:
      'http://www.bookdrum.com/books/tipping-the-velvet/12832/bookmark/95611.html; https://www.myenglishpages.com/english/countries-uk-london-palace-westminster.php',
  },

  // Germany
  {
    id: 'bundestag',
    name: 'Bundestag',
    acronyms: [],
    aliases: ['German Bundestag', 'Deutscher Bundestag'],
    kind: 'foreign government body',
    seat: 'Reichstag Building, Berlin, Germany',
    summary:
      "Germany's federal parliament, which has met in the Reichstag Building in Berlin since the institutions returned there after unification.",
    source: 'https://milosvojinovic.blogspot.com/2018/09/bundestag-and-parliament-of-united.html',
  },
  {
    id: 'german-foreign-office',
    name: 'Federal Foreign Office',
    acronyms: [],
    aliases: ['Auswärtiges Amt', 'German Foreign Office', 'German Foreign Ministry'],
    kind: 'foreign government body',
    founded: '1870',
    seat: 'Werderscher Markt, Berlin, Germany',
    summary:
      "Germany's foreign ministry, which handles its foreign policy and its relations with the European Union. It keeps the name of the Foreign Office founded in 1870 for the North German Confederation and the German Empire.",
    url: 'http://www.auswaertiges-amt.de',
    source:
      'http://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq.ipfs.cf-ipfs.com/wiki/Ausw%C3%A4rtiges_Amt.html; http://en.wikipedia.org/wiki/Foreign_Office_(Germany)',
  },
  {
    id: 'stasi',
    name: 'Ministry for State Security',
    acronyms: ['MfS'],
    aliases: [
      'Stasi',
      'Ministerium für Staatssicherheit',
      'East German Ministry of State Security',
    ],
    kind: 'foreign government body',
    founded: '1950',
    ended: '1990',
    seat: 'East Berlin, East Germany',
    summary:
      "East Germany's secret police and intelligence service, founded in 1950 on the model of the Soviet KGB, which spied on the population through a vast network of informers. It was dissolved in 1989–90 as East Germany collapsed.",
    source:
      'https://kitmantv.blogspot.com/2011/08/stasi-east-germanys-secret-police.html; http://democracyforthecartoons.blogspot.com/2007/04/stasi-hq-c-1983.html; https://infoazi.ro/in-germania-se-deschid-pentru-public-arhivele-stasi-politia-secreta-est-germana/; https://www.nutshell100.com/subject/the-stasi-ministry-for-state-security',
  },

  // France
  {
    id: 'quai-d-orsay',
    name: 'Ministry for Europe and Foreign Affairs',
    acronyms: ['MAEE'],
    aliases: [
      "Quai d'Orsay",
      'Ministry of Europe and Foreign Affairs',
      "Ministère de l'Europe et des Affaires étrangères",
      'Ministry of Foreign and European Affairs',
      'French Foreign Ministry',
      'French Ministry of Foreign Affairs',
    ],
    kind: 'foreign government body',
    seat: "37 Quai d'Orsay, Paris, France",
    summary:
      "France's foreign ministry, headquartered since 1855 on the Quai d'Orsay in Paris, whose name stands for the ministry. It has had several titles, most recently Foreign and European Affairs (2007) and Europe and Foreign Affairs (2017).",
    source:
      'https://en.wikipedia.org/wiki/?oldid=966676732&title=Ministry_of_Europe_and_Foreign_Affairs; https://www.liquisearch.com/ministry_of_foreign_and_european_affairs_france',
  },
  {
    id: 'elysee',
    name: 'Presidency of the French Republic',
    acronyms: [],
    aliases: ['Élysée Palace', 'the Élysée', "Palais de l'Élysée", 'French presidency'],
    kind: 'foreign government body',
    seat: 'Élysée Palace, Paris, France',
    summary:
      'The office of the president of France, whose official residence and offices are the Élysée Palace in Paris; "the Élysée" stands for the president and his staff.',
    source:
      'http://chaos.owiki.org/wiki/%C3%89lys%C3%A9e_Palace; https://memim.com/elysee-palace.html; https://www.conservapedia.com/Special:MobileDiff/1336660',
  },

  // Israel and the Palestinians
  {
    id: 'knesset',
    name: 'Knesset',
    acronyms: [],
    aliases: ['Israeli Knesset'],
    kind: 'foreign government body',
    founded: '1949',
    seat: 'Jerusalem, Israel',
    summary:
      "Israel's unicameral parliament of 120 members, which passes its laws, elects its president and must approve its government.",
    source:
      'https://airpedia.com/Knesset; https://www.justvision.org/glossary/knesset; https://encyclopedia.com/religion/encyclopedias-almanacs-transcripts-and-maps/knesset',
  },
  {
    id: 'mossad',
    name: 'Institute for Intelligence and Special Operations',
    acronyms: [],
    aliases: ['Mossad', 'Israeli Mossad'],
    kind: 'foreign government body',
    founded: '1949',
    seat: 'Tel Aviv, Israel',
    summary:
      "Israel's national intelligence agency for operations abroad: intelligence collection, covert action and counterterrorism. Its director answers only to the prime minister.",
    source:
      'https://graphsearch.epfl.ch/concept/27619007; https://clamreport.com/story/mossad--the-history-and-impact-of-israel-s-intelligence-agency.BJX5NCtVkl.html',
  },
  {
    id: 'shin-bet',
    name: 'Israel Security Agency',
    acronyms: [],
    aliases: ['Shin Bet', 'Shabak'],
    kind: 'foreign government body',
    summary:
      "Israel's internal security service, one of its three main intelligence agencies with Mossad and military intelligence (Aman).",
    source:
      'https://graphsearch.epfl.ch/concept/27619007; https://view.joomag.com/jewish-life-digital-edition-july-2015/0902526001436445798?page=39; https://clamreport.com/story/mossad--the-history-and-impact-of-israel-s-intelligence-agency.BJX5NCtVkl.html',
  },
  {
    id: 'idf',
    name: 'Israel Defense Forces',
    acronyms: ['IDF'],
    aliases: ['Tzahal', 'Israeli Defense Forces'],
    kind: 'foreign government body',
    summary:
      'The armed forces of the State of Israel, comprising its ground forces, air force and navy, under a chief of the general staff who answers to the defense minister.',
    source:
      'https://israel.travel.narkive.com/LyjJqEyV/what-s-the-difference-between-israel-defense-force-idf-and-mossad',
  },
  {
    id: 'plo',
    name: 'Palestine Liberation Organization',
    acronyms: ['PLO'],
    aliases: ['Palestine Liberation Organisation'],
    kind: 'foreign government body',
    founded: '1964',
    seat: 'Ramallah, West Bank',
    summary:
      'The umbrella body that represents the Palestinian people, founded in 1964 on an Arab League initiative and a UN observer since 1974. Long treated by the United States and Israel as a terrorist group, it was recognized by Israel in 1993 under the Oslo process.',
    source:
      'https://www.wikiplanet.click/enciclopedia/en/Palestine_Liberation_Organization; http://www.thefullwiki.org/Palestine_Liberation_Organization; https://en.metapedia.org/wiki/Palestine_Liberation_Organization',
  },
  {
    id: 'palestinian-authority',
    name: 'Palestinian National Authority',
    acronyms: ['PNA'],
    aliases: ['Palestinian Authority'],
    kind: 'foreign government body',
    summary:
      'The Palestinian self-government set up under the Oslo agreements of 1993 to 1998 between the PLO and Israel to administer parts of the West Bank and Gaza; its president and legislative council were first elected in 1996.',
    source:
      'https://iiab.live/kiwix/content/wikipedia_en_simple_all_maxi_2023-07/A/PLO; http://kit.mondediplo.com/spip.php?rubrique1340',
  },

  // China and Japan
  {
    id: 'china-foreign-ministry',
    name: "Ministry of Foreign Affairs of the People's Republic of China",
    acronyms: [],
    aliases: ['Chinese Foreign Ministry', 'Chinese Ministry of Foreign Affairs'],
    kind: 'foreign government body',
    seat: 'Chaoyang District, Beijing, China',
    summary:
      "China's foreign ministry, the first-ranked executive department of the State Council, led by the foreign minister.",
    source: 'https://www.washingtontimes.com/topics/chinese-foreign-ministry/',
  },
  {
    id: 'npc',
    name: "National People's Congress",
    acronyms: ['NPC'],
    aliases: ["China's National People's Congress", "All-China National People's Congress"],
    kind: 'foreign government body',
    founded: '1954',
    seat: 'Great Hall of the People, Beijing, China',
    summary:
      "China's legislature and, under its constitution, the highest organ of state power; it meets once a year, and its Standing Committee acts between sessions.",
    source:
      'https://cpcchina.chinadaily.com.cn/search/P.html; http://english.www.gov.cn/2015npcandcppcc/2015/02/28/content_281475063089991.htm; http://bolyshy.rest/news/search?FORM=HDRSC6&q=National+People%27s+Congress+Building&setlang=en',
  },
  {
    id: 'pla',
    name: "People's Liberation Army",
    acronyms: ['PLA'],
    aliases: ["Chinese People's Liberation Army"],
    kind: 'foreign government body',
    summary:
      "The principal body of China's armed forces, a people's army created and led by the Communist Party of China.",
    source: 'https://cpcchina.chinadaily.com.cn/search/P.html',
  },
  {
    id: 'japan-foreign-ministry',
    name: 'Ministry of Foreign Affairs of Japan',
    acronyms: [],
    aliases: [
      'Japanese Foreign Ministry',
      'Japanese Ministry of Foreign Affairs',
      'Gaimusho',
      'Gaimushō',
    ],
    kind: 'foreign government body',
    founded: '1869',
    seat: 'Kasumigaseki, Chiyoda, Tokyo, Japan',
    summary:
      "Japan's foreign ministry, known in Japanese as the Gaimushō, organized in regional bureaus such as the Asian and Oceanian Affairs Bureau; it also publishes Japan's aid (ODA) to partner countries.",
    url: 'https://www.mofa.go.jp',
    source:
      'https://www.mofa.go.jp/region/asia-paci/china/data.html; https://www.mofa.go.jp/announce/announce/2006/4/0403.html ; http://piglix.com/piglix/Japanese_Foreign_Office ; https://rd.springer.com/chapter/10.1007/978-3-030-26933-3_6?error=cookies_not_supported&code=359c3f27-0216-48d5-baf2-9926b921f89b',
  },

  // Iran and Vietnam
  {
    id: 'irgc',
    name: 'Islamic Revolutionary Guard Corps',
    acronyms: ['IRGC'],
    aliases: [
      'Iranian Revolutionary Guard Corps',
      'Army of the Guardians of the Islamic Revolution',
      'Revolutionary Guards',
      'Pasdaran',
    ],
    kind: 'foreign government body',
    founded: '1979',
    seat: 'Tehran, Iran',
    summary:
      "A branch of Iran's armed forces set up after the 1979 revolution to protect the Islamic Republic's system, separate from the regular army, with its own ground, air and naval forces and the Basij militia. The United States designated it a terrorist organization in 2019.",
    source:
      'http://1host2u.com/?ez=26549; http://piglix.com/piglix/Iranian_Revolutionary_Guard; https://www.global-influence-ops.com/wiki/islamic-revolutionary-guard-corps/',
  },
  {
    id: 'quds-force',
    name: 'Quds Force',
    acronyms: ['IRGC-QF'],
    aliases: ['IRGC Quds Force'],
    kind: 'foreign government body',
    summary:
      "The Revolutionary Guards' expeditionary arm for operations abroad, which trains, funds and arms allied groups such as Hezbollah, Hamas and the Houthis.",
    source:
      'http://piglix.com/piglix/Iranian_Revolutionary_Guard; https://zambianobserver.com/trump-told-the-irgc-to-surrender-or-face-certain-death/',
  },
  {
    id: 'pavn',
    name: "People's Army of Vietnam",
    acronyms: ['PAVN', 'NVA'],
    aliases: ['North Vietnamese Army'],
    kind: 'foreign government body',
    summary:
      'The regular army of North Vietnam, which U.S. forces called the North Vietnamese Army (NVA); it fought the conventional side of the Vietnam War alongside the Viet Cong.',
    source:
      'https://www.urbandictionary.com/define.php?term=Second%20Indochina%20War; https://vietnamtheartofwar.com/glossary/viet-cong/',
  },

  // Non-state armed groups
  {
    id: 'taliban',
    name: 'Taliban',
    acronyms: [],
    aliases: ['Islamic Emirate of Afghanistan'],
    kind: 'non-state armed group',
    founded: '1994',
    summary:
      'A Sunni Islamist movement that emerged around Kandahar in 1994, ruled most of Afghanistan as the Islamic Emirate from 1996 until the U.S.-led invasion of 2001, fought a 20-year insurgency and retook Kabul in August 2021.',
    source:
      'https://www.wionews.com/photos/how-taliban-emerged-seized-afghanistan-despite-us-involvement-405931; https://en.wikipedia.org/wiki/History_of_the_Taliban; http://www.stanford.edu/group/mappingmilitants/cgi-bin/groups/print_view/367',
  },
  {
    id: 'haqqani-network',
    name: 'Haqqani Network',
    acronyms: [],
    aliases: [],
    kind: 'non-state armed group',
    summary:
      'An Islamist insurgent group based in eastern Afghanistan and western Pakistan, allied with the Taliban, that fought U.S. and coalition forces in Afghanistan.',
    source: 'https://issuhub.com/view/index/13722?pageIndex=318',
  },
  {
    id: 'al-qaeda',
    name: 'al-Qaeda',
    acronyms: [],
    aliases: ['al Qaeda', 'al-Qaida', 'al Qaida', "al-Qa'ida"],
    kind: 'non-state armed group',
    founded: '1988',
    summary:
      'A transnational Sunni jihadist network founded in 1988 by Osama bin Laden and others during the Soviet-Afghan war. It carried out the 1998 bombings of the U.S. embassies in Nairobi and Dar es Salaam and the September 11, 2001, attacks.',
    source:
      'https://worddisk.com/wiki/Al_Qaeda/; http://www.mediander.com/connects/1921/al-qaeda/; https://breakingnews.ie/world/whos-who-in-the-taliban-1172099.html',
  },
  {
    id: 'aqap',
    name: 'al-Qaeda in the Arabian Peninsula',
    acronyms: ['AQAP'],
    aliases: ['al Qaeda in the Arabian Peninsula'],
    kind: 'non-state armed group',
    summary:
      "Al-Qaeda's branch in Yemen and Saudi Arabia, considered the most active of its regional affiliates.",
    source:
      'https://www.onwar.com/actors/type46/al-qaedaarabian.htm; https://canonica.ai/page/Al-Qaeda',
  },
  {
    id: 'isis',
    name: 'Islamic State',
    acronyms: ['ISIS', 'ISIL', 'AQI'],
    aliases: [
      'Islamic State of Iraq and Syria',
      'Islamic State of Iraq and the Levant',
      'Daesh',
      "Da'esh",
      'al-Qaeda in Iraq',
      'al Qaeda in Iraq',
    ],
    kind: 'non-state armed group',
    founded: '1999',
    summary:
      'A Sunni jihadist group that grew out of al-Qaeda in Iraq, founded by Abu Musab al-Zarqawi in 1999. Under Abu Bakr al-Baghdadi it declared a caliphate over territory in Iraq and Syria in June 2014, which was destroyed by 2019.',
    source:
      'https://www.wikizero.com/en/History_of_the_Islamic_State_of_Iraq_and_the_Levant; https://modeldiplomacy.cfr.org/cfr_glossary/370; https://it.scribd.com/document/239870793/W1; https://www.europeworldnews.com/from-al-baghdadi-to-al-mawla-the-islamic-state-threat-persists-a-year-later/',
  },
  {
    id: 'isis-k',
    name: 'Islamic State Khorasan Province',
    acronyms: ['ISIS-K', 'ISKP'],
    aliases: ['Islamic State Khorasan', 'Islamic State – Khorasan Province'],
    kind: 'non-state armed group',
    founded: '2015',
    summary:
      "The Islamic State's branch in Afghanistan and Pakistan, accepted by ISIS in 2015, which has fought the Taliban as well as U.S., Afghan and Pakistani forces.",
    source:
      'https://yrtnews.com/what-is-isis-k-the-new-york-times/; https://almanac.afpc.org/almanac/movements/%22http',
  },
  {
    id: 'al-shabaab',
    name: 'al-Shabaab',
    acronyms: [],
    aliases: ['al Shabaab', 'al-Shabab', 'al Shabab'],
    kind: 'non-state armed group',
    summary:
      'An al-Qaeda-linked militant group ("the Youth") fighting to set up a fundamentalist Islamic state in Somalia; the United States lists it as a Foreign Terrorist Organization.',
    source: 'https://www.pbs.org/newshour/tag/al-shabab/page/6; https://canonica.ai/page/Al-Qaeda',
  },
  {
    id: 'boko-haram',
    name: 'Boko Haram',
    acronyms: [],
    aliases: ["Jama'atu Ahlis Sunna Lidda'Awati Wal-Jihad"],
    kind: 'non-state armed group',
    founded: '2002',
    summary:
      'A jihadist group founded in 2002 in northeastern Nigeria, whose name means "Western education is forbidden"; its insurgency since 2009, including the 2014 kidnapping of the Chibok schoolgirls, has spread to Chad, Niger and Cameroon.',
    source:
      'https://www.onwar.com/actors/type46/bokoharam.htm; https://www.trtworld.com/article/13089804; https://review.clateway.com/wiki/view_html.php?q=Boko_Haram&sq=Qlik',
  },
  {
    id: 'hamas',
    name: 'Hamas',
    acronyms: [],
    aliases: ['Islamic Resistance Movement', 'Harakat al-Muqawama al-Islamiyya'],
    kind: 'non-state armed group',
    founded: '1987',
    seat: 'Gaza Strip',
    summary:
      'A Palestinian Sunni Islamist movement founded in 1987 as an offshoot of the Muslim Brotherhood, which has ruled the Gaza Strip since 2007 and led the October 7, 2023, attack on Israel. The United States designates it a terrorist organization.',
    source:
      'https://euro.dayfr.com/france/amp/2106351; https://windailys.com/blog/hamas-hezbollah-and-houthis-mapping; https://begorgeouslady.com/amp/news/india/hezbollah-hamas-and-houthis-how-iran-built-its-axis-of-resistance-against-israel-642154.html',
  },
  {
    id: 'hezbollah',
    name: 'Hezbollah',
    acronyms: [],
    aliases: [],
    kind: 'non-state armed group',
    founded: '1982',
    seat: 'Lebanon',
    summary:
      'A Lebanese Shia militant group and political party ("Party of God") set up by Iran\'s Revolutionary Guards in 1982 to fight Israel\'s invasion of Lebanon; it is more heavily armed than the Lebanese state, and the United States lists it as a terrorist organization.',
    source:
      'https://bdnews24.com/world/2g09p3c2hr; https://knowligent.com/what-is-the-axis-of-resistance-in-iran; https://euro.dayfr.com/france/amp/2106351',
  },
  {
    id: 'houthis',
    name: 'Houthi movement',
    acronyms: [],
    aliases: ['Houthis', 'Houthi rebels'],
    kind: 'non-state armed group',
    seat: 'Sanaa, Yemen',
    summary:
      "A Zaydi Shia movement backed by Iran that seized Yemen's capital, Sanaa, in 2014 and has fought the Saudi-backed government and its Gulf allies since; it has attacked shipping in the Red Sea.",
    source: 'https://bdnews24.com/world/2g09p3c2hr; https://euro.dayfr.com/france/amp/2106351',
  },
  {
    id: 'viet-cong',
    name: 'National Liberation Front of South Vietnam',
    acronyms: ['NLF'],
    aliases: ['Viet Cong', 'Vietcong', 'National Liberation Front for South Vietnam'],
    contextAliases: ['VC'],
    kind: 'non-state armed group',
    founded: '1960',
    ended: '1977',
    successor: 'the Vietnam Fatherland Front',
    summary:
      'The communist front, called the Viet Cong in the West, that fought the South Vietnamese government and the United States from 1960 with guerrilla and regular units, under a command shared with North Vietnam; it was formally disbanded after reunification.',
    source:
      'https://donmai.moe/posts?tags=viet_cong; http://piglix.com/piglix/National_Front_for_the_Liberation_of_Vietnam; https://vietnamtheartofwar.com/glossary/viet-cong/',
  },
  {
    id: 'khmer-rouge',
    name: 'Khmer Rouge',
    acronyms: [],
    aliases: ['Communist Party of Kampuchea', 'National Army of Democratic Kampuchea'],
    kind: 'non-state armed group',
    ended: '1996',
    summary:
      'The Cambodian communist movement led by Pol Pot that ruled the country as Democratic Kampuchea from 1975 to 1979, when some 1.5 to 2 million people died. Ousted by Vietnam, it fought on from the Thai border until it dissolved in 1996.',
    source:
      'https://mock.laptop.org/cgit/local.update1/plain/XOS/WikiBrowse-1.xo?id=25288496269cf9417b0214f51969ddcb02c553f4; http://w.owiki.org/wiki/Khmer_Rouge; http://www.viewchange.org/topics/khmer-rouge-rule-of-cambodia',
  },
  {
    id: 'farc',
    name: 'Revolutionary Armed Forces of Colombia',
    acronyms: ['FARC', 'FARC-EP'],
    aliases: [
      "Revolutionary Armed Forces of Colombia – People's Army",
      'Fuerzas Armadas Revolucionarias de Colombia',
    ],
    kind: 'non-state armed group',
    founded: '1964',
    summary:
      "Colombia's largest guerrilla group, a Marxist-Leninist peasant army founded in 1964 as the armed wing of the Colombian Communist Party and funded by kidnapping and drugs. It signed a peace accord in 2016 and became a political party.",
    source:
      'http://voutsadakis.com/GALLERY/ALMANAC/Year2019/Jul2019/07312019/2019jul31.html; http://origins.osu.edu/article/colombia-brink-peace-farc; http://the-stewardship.org/research/states/colombiafarc.htm',
  },
  {
    id: 'eln',
    name: 'Ejército de Liberación Nacional',
    acronyms: ['ELN'],
    aliases: ["Colombia's National Liberation Army", 'National Liberation Army of Colombia'],
    kind: 'non-state armed group',
    summary:
      "Colombia's second-largest guerrilla group, a Marxist insurgency that fought alongside the FARC and remained in arms after the FARC's 2016 peace accord.",
    source:
      'https://weltkirche.katholisch.de/Aktuelles/20180810_Tausende_get%C3%B6tete_Indigenen-Anf%C3%BChrer_in_Kolumbien; http://voutsadakis.com/GALLERY/ALMANAC/Year2019/Jul2019/07312019/2019jul31.html',
  },
  {
    id: 'abu-sayyaf',
    name: 'Abu Sayyaf Group',
    acronyms: ['ASG'],
    aliases: ['Abu Sayyaf'],
    kind: 'non-state armed group',
    summary:
      'A small, violent Islamist group in the southern Philippines that split from the Moro National Liberation Front in the early 1990s and has lived largely on kidnapping for ransom.',
    source: 'http://www.sociologyindex.com/terrorist_groups.htm',
  },
  {
    id: 'abu-nidal-organization',
    name: 'Abu Nidal Organization',
    acronyms: ['ANO'],
    aliases: ['Fatah Revolutionary Council'],
    kind: 'non-state armed group',
    founded: '1974',
    summary:
      'A Palestinian terrorist group founded by Sabri al-Banna (Abu Nidal) after he split from the PLO in 1974; it carried out attacks in 20 countries with support from Iraq, Libya and Syria.',
    source: 'http://www.sociologyindex.com/terrorist_groups.htm',
  },
  {
    id: 'inter-services-intelligence',
    name: 'Inter-Services Intelligence',
    acronyms: [],
    aliases: [
      'Directorate for Inter-Services Intelligence',
      'Directorate General for Inter-Services Intelligence',
    ],
    contextAliases: ['ISI'],
    kind: 'foreign government body',
    founded: '1948',
    seat: 'Islamabad, Pakistan',
    summary:
      "Pakistan's largest intelligence agency, set up in 1948 to pool the intelligence of the army, navy and air force after the first war with India. Headed by a serving army lieutenant general, it channeled U.S. and Saudi aid to the Afghan mujahideen in the 1980s and has long been accused of backing the Taliban.",
    source:
      'https://wiki.gravy.cc/wiki/Inter-Services_Intelligence; https://www.liquisearch.com/inter-services_intelligence/history; https://wikiislam.net/wiki/Inter-Services_Intelligence_agency_(Pakistan); https://web-production-4e80b.up.railway.app/page/Inter-Services_Intelligence',
  },
  {
    id: 'wehrmacht',
    name: 'Wehrmacht',
    acronyms: [],
    aliases: [],
    kind: 'foreign government body',
    founded: '1935',
    ended: '1945',
    summary:
      'The unified armed forces of Nazi Germany, formed in March 1935 from the Reichswehr when Hitler brought back conscription. It comprised the army (Heer), navy (Kriegsmarine) and air force (Luftwaffe) under the Supreme High Command, with Hitler as commander in chief, and disappeared with the German defeat in 1945.',
    source:
      'https://www.arrse.co.uk/wiki/Wehrmacht; http://infospaze.com/Wehrmacht; https://fanyv88.com:443/https/encyclopedia2.thefreedictionary.com/Nazi+forces; https://www.enciclopedia.cat/gran-enciclopedia-catalana/wehrmacht',
  },
  {
    id: 'nkvd',
    name: "People's Commissariat for Internal Affairs",
    acronyms: ['NKVD'],
    aliases: ['Narodny Komissariat Vnutrennikh Del'],
    kind: 'foreign government body',
    founded: '1934 (as an all-union commissariat)',
    ended: '1946',
    successor:
      'the Soviet Ministry of Internal Affairs (MVD) and, for state security, eventually the KGB',
    seat: 'Lubyanka, Moscow, Soviet Union',
    summary:
      "The Soviet interior commissariat that absorbed the OGPU secret police in July 1934, so combining ordinary policing with state security. Under Yagoda, Yezhov and Beria it carried out Stalin's Great Purge and ran the Gulag labor camps.",
    source:
      'https://worddisk.com/wiki/NKVD/; https://www.globalsecurity.org/intell/world/russia/nkvd.htm; https://museodelcomunismo.it/glossario-comunismo/31-nkvd',
  },
  {
    id: 'unita',
    name: 'National Union for the Total Independence of Angola',
    acronyms: ['UNITA'],
    aliases: ['União Nacional para a Independência Total de Angola'],
    kind: 'non-state armed group',
    founded: '1966',
    summary:
      'The Angolan movement Jonas Savimbi founded in 1966 to fight Portuguese rule, which after independence in 1975 waged a long civil war against the MPLA government with South African and, in the 1980s, U.S. support. The war ended after Savimbi was killed in 2002, and UNITA has since been a political party.',
    source:
      'http://encyclopedia.kids.net.au/page/un/UNITA; http://www.oxforddictionaries.com/search/english/?q=UNITA&multi=1; https://encyclopediahub.com/ar725702',
  },
  {
    id: 'fmln',
    name: 'Farabundo Martí National Liberation Front',
    acronyms: ['FMLN'],
    aliases: [
      'Farabundo Marti National Liberation Front',
      'Frente Farabundo Martí para la Liberación Nacional',
    ],
    kind: 'non-state armed group',
    summary:
      "The umbrella coalition of five Salvadoran guerrilla groups, among them the People's Revolutionary Army (ERP), that fought El Salvador's government through the 1980s. Its fighters demobilized in 1992 under the U.N.-sponsored peace process.",
    source:
      'https://afsa.org/sites/default/files/flipping_book/0324/35/; https://docslib.org/doc/4839635/el-salvador-weakness; http://www.nybooks.com/articles/1990/02/01/the-battle-for-san-salvador/',
  },
  {
    id: 'savak',
    name: 'SAVAK',
    acronyms: [],
    aliases: [
      'Organization of Intelligence and National Security',
      'Sazeman-e Ettela’at va Amniyat-e Keshvar',
    ],
    kind: 'foreign government body',
    founded: '1957',
    ended: '1979',
    seat: 'Tehran, Iran',
    summary:
      "The Shah of Iran's secret police and intelligence service, set up in 1957 with CIA and Israeli help after the 1953 coup. Notorious for surveillance, torture and the repression of opponents at home and among Iranians abroad, it was dissolved by Prime Minister Shapour Bakhtiar in February 1979 as the revolution broke out.",
    source:
      'http://piglix.com/piglix/SAVAK; https://wiki.av1.space/content/wikipedia_en_all_mini_2025-06/SAVAK; http://reference.allrefer.com/country-guide-study/iran/iran183.html',
  },
  {
    id: 'viet-minh',
    name: 'Viet Minh',
    acronyms: [],
    aliases: ['League for the Independence of Vietnam', 'Việt Minh', 'Vietminh'],
    kind: 'non-state armed group',
    founded: '1941',
    ended: '1954',
    summary:
      'The communist-led independence front Ho Chi Minh formed at Pác Bó on May 19, 1941, which resisted the Japanese occupation with some U.S. support and then fought France in the First Indochina War, with Vo Nguyen Giap commanding its forces. After the victory at Dien Bien Phu and the 1954 settlement it became the government of North Vietnam.',
    source:
      'https://wiki.gravy.cc/wiki/Viet_Minh; https://historica.fandom.com/wiki/Viet_Minh; https://www.conservapedia.com/Viet_Minh; http://www.warhistory.ie/world-war-2/ho-chi-minh.htm',
  },
  {
    id: 'polisario-front',
    name: 'Polisario Front',
    acronyms: [],
    aliases: [
      'Frente Polisario',
      'Popular Front for the Liberation of Saguia el-Hamra and Río de Oro',
      'Popular Front for the Liberation of Saguia el-Hamra and Rio de Oro',
    ],
    kind: 'non-state armed group',
    founded: '1973',
    seat: 'Sahrawi refugee camps, Tindouf Province, Algeria',
    summary:
      'The Sahrawi nationalist movement, formed on May 10, 1973, that fought first Spanish rule and then Moroccan and Mauritanian control of Western Sahara, seeking independence as the Sahrawi Arab Democratic Republic. The United Nations has recognized it since 1979 as representing the people of Western Sahara.',
    source:
      'https://wikiclassic.com/wiki/Polisario_front; https://en-academic.com/dic.nsf/enwiki/132061; http://piglix.com/piglix/Secretary_General_of_the_Polisario_Front',
  },
  {
    id: 'red-army',
    name: 'Workers’ and Peasants’ Red Army',
    acronyms: [],
    aliases: ["Workers' and Peasants' Red Army", 'Soviet Army'],
    contextAliases: ['Red Army'],
    kind: 'foreign government body',
    founded: '1918',
    ended: '1992 (renamed the Soviet Army in 1946)',
    successor: 'the armed forces of Russia and the other former Soviet republics',
    summary:
      'The army the Bolsheviks created in January 1918, with Leon Trotsky as war commissar, to win the Russian Civil War, which became the army of the Soviet Union. It bore the brunt of the land war against Nazi Germany and took Berlin; renamed the Soviet Army in 1946, it was succeeded by the Russian Army in 1992.',
    source:
      'https://encyclopediahub.com/ar753733; https://profilpelajar.com/simple/Red_Army; http://fact-index.com/r/re/red_army.html',
  },
  {
    id: 'gestapo',
    name: 'Gestapo',
    acronyms: [],
    aliases: ['Geheime Staatspolizei'],
    kind: 'foreign government body',
    founded: '1933',
    ended: '1945',
    seat: 'Prinz-Albrecht-Straße 8, Berlin, Germany',
    summary:
      'The secret state police of Nazi Germany, founded in Prussia by Hermann Göring in April 1933 and placed under Heinrich Himmler and the SS from 1934. It hunted political opponents without recourse to law, sent them to concentration camps, and played a central part in the deportation and murder of Europe’s Jews.',
    source:
      'https://www.topographie.de/en/the-historic-site/gestapo/; https://reallifevillains.skywiki.org/wiki/Gestapo?oldid=131531; https://simple.m.wikipedia.org/wiki/Gestapo',
  },
  {
    id: 'verkhovna-rada',
    name: 'Verkhovna Rada',
    acronyms: [],
    aliases: ['Verkhovna Rada of Ukraine', 'Supreme Council of Ukraine'],
    contextAliases: ['Rada'],
    kind: 'foreign government body',
    founded: '1991 (as the parliament of independent Ukraine)',
    seat: 'Kyiv, Ukraine',
    summary:
      "Ukraine's single-chamber parliament of 450 deputies. It grew out of the Supreme Soviet of the Ukrainian SSR, whose members adopted Ukraine's declaration of independence in August 1991.",
    source:
      'https://en.wikipedia.org/wiki/Verkhovna_Rada; https://worddisk.com/wiki/Verkhovna_Rada/; http://old.iacis.ru/eng/parliaments/parlamenty_uchastniki/ukraina/',
  },
  {
    id: 'wagner-group',
    name: 'Wagner Group',
    acronyms: [],
    aliases: ['PMC Wagner', 'Wagner Private Military Company'],
    contextAliases: ['Wagner'],
    kind: 'non-state armed group',
    founded: '2014',
    summary:
      'A Russian private military company founded in 2014 by Yevgeny Prigozhin and the former GRU officer Dmitry Utkin, used by the Kremlin as a deniable proxy in eastern Ukraine, Syria, Libya, the Central African Republic and Mali. After leading it in the battle for Bakhmut, Prigozhin staged a short mutiny in June 2023 and died in a plane crash two months later.',
    source:
      'https://indrakar.com/the-wagner-group/; https://web-production-4e80b.up.railway.app/page/Prigozhin; https://elitenews.in/what-is-russias-wagner-group-led-by-yevgeny-prigozhin/',
  },
  {
    id: 'arvn',
    name: 'Army of the Republic of Vietnam',
    acronyms: ['ARVN'],
    aliases: ['South Vietnamese Army', 'Army of the Republic of Viet Nam'],
    kind: 'foreign government body',
    founded: '1955',
    ended: '1975',
    seat: 'Saigon, South Vietnam',
    summary:
      'The ground forces of South Vietnam, formally established under President Ngo Dinh Diem in December 1955 and trained and supplied by the United States, which fought the Viet Cong and North Vietnamese Army through the Vietnam War. It was dissolved after the fall of Saigon in April 1975, and many of its officers were sent to reeducation camps.',
    source:
      'http://piglix.com/piglix/ARVN; https://worddisk.com/wiki/Army_of_the_Republic_of_Vietnam/; http://web.archive.org./web/20160417040902/http://wn.com/Arvn',
  },
  // Added from a review of FSJ pages: cultural institutes and a foreign armed force
  {
    id: 'british-council',
    name: 'British Council',
    acronyms: [],
    aliases: ['British Committee for Relations with Other Countries'],
    kind: 'foreign government body',
    founded: '1934',
    summary:
      'The United Kingdom\u2019s organization for cultural relations and educational opportunities abroad, set up by Foreign Office officials in 1934 and granted a royal charter in 1940. With offices in more than 100 countries it teaches English, runs examinations and exchanges, and is sponsored by the Foreign Office.',
    url: 'https://www.britishcouncil.org',
    source:
      'https://www.britishcouncil.org/organisation/history ; https://benelux.edu.eu/the-british-council/ ; https://liquisearch.com/british_council/history',
  },
  {
    id: 'goethe-institut',
    name: 'Goethe-Institut',
    acronyms: [],
    aliases: ['Goethe Institut', 'Goethe Institute', 'Max Mueller Bhavan', 'Max Müller Bhavan'],
    kind: 'association',
    founded: '1951',
    summary:
      'Germany\u2019s cultural institute abroad, founded in 1951 as successor to the Deutsche Akademie; a politically independent association funded largely by the German Foreign Office, it teaches German and promotes cultural exchange through some 150 institutes worldwide (in India called Max Mueller Bhavan).',
    url: 'https://www.goethe.de',
    source:
      'https://www.dw.com/en/goethe-institut-celebrating-70-years/g-58768994 ; https://goethe.de/en/uun/org/ges/prf.html ; https://hessslslslsls.azureedge.net/wiki/Max_M%C3%BCller_Bhavan',
  },
  {
    id: 'bundeswehr',
    name: 'Bundeswehr',
    acronyms: [],
    aliases: ['German Bundeswehr'],
    kind: 'foreign government body',
    founded: '1955',
    summary:
      'The armed forces of the Federal Republic of Germany, founded in November 1955 as West Germany rearmed and joined NATO, on principles that claim no descent from the Wehrmacht. In 1990 it absorbed part of East Germany\u2019s National People\u2019s Army; conscription was suspended in 2011.',
    source:
      'http://e621proxy.ru/wiki_pages/10158 ; https://www.thelocal.de/20151112/history-of-the-german-bundeswehr-army-60-years ; http://www.country-data.com/cgi-bin/query/r-4999.html',
  },

  // Other countries' foreign ministries and diplomatic services
  {
    id: 'india-mea',
    name: 'Ministry of External Affairs of India',
    acronyms: [],
    aliases: [
      'Indian Ministry of External Affairs',
      "India's Ministry of External Affairs",
      'Indian Foreign Ministry',
    ],
    contextAliases: ['Ministry of External Affairs', 'MEA'],
    // On a page about India or its diplomats, "the Ministry of External Affairs" and "MEA" are India's.
    contextFrom: ['indian-foreign-service'],
    kind: 'foreign government body',
    seat: 'South Block, New Delhi, India',
    summary:
      "India's foreign ministry, which makes and carries out the country's foreign policy and runs its diplomatic missions and passport offices; it is headed by the Minister of External Affairs, with the Foreign Secretary as its senior civil servant.",
    url: 'https://www.mea.gov.in',
    source:
      'https://www.afsa.org/sites/default/files/flipping_book/0614/24/ ; https://oneindiaonepeople.com/?p=18176 ; https://en.wikipedia.org/wiki/Indian_Foreign_Service',
  },
  {
    id: 'indian-foreign-service',
    name: 'Indian Foreign Service',
    acronyms: [],
    aliases: [],
    contextAliases: ['IFS'],
    kind: 'foreign government body',
    founded: '1946',
    summary:
      "India's career diplomatic service, a central civil service under the Ministry of External Affairs headed by the Foreign Secretary. Created in 1946 as an integrated service, its officers handle political, commercial, consular and public affairs work alike.",
    source:
      'https://www.afsa.org/sites/default/files/flipping_book/0614/24/ ; https://en.wikipedia.org/wiki/Indian_Foreign_Service ; https://nl.qwe.wiki/wiki/Indian_Foreign_Service',
  },
  {
    id: 'brazil-foreign-ministry',
    name: 'Ministry of Foreign Affairs of Brazil',
    acronyms: [],
    aliases: [
      'Itamaraty',
      'Brazilian Foreign Ministry',
      'Brazilian Ministry of Foreign Affairs',
      'Ministry of External Relations of Brazil',
      'Ministério das Relações Exteriores',
    ],
    kind: 'foreign government body',
    seat: 'Itamaraty Palace, Brasília, Brazil',
    summary:
      "Brazil's foreign ministry, called Itamaraty after the palace that houses it. Its diplomats enter only through the Rio Branco Institute, and it has a long reputation as a cohesive, insulated professional corps.",
    source:
      'https://wikimili.com/en/Rio_Branco_Institute ; https://atlanticoonline.com/en/the-brazilian-school-of-diplomacy/ ; https://docslib.org/doc/2900013/itamaraty-on-the-move-institutional-and-political-change-in-brazilian-foreign-service-under-lula-da-silva-s-presidency-2003-2010',
  },
  {
    id: 'rio-branco-institute',
    name: 'Rio Branco Institute',
    acronyms: ['IRBr'],
    aliases: ['Instituto Rio Branco'],
    kind: 'foreign government body',
    founded: '1945',
    seat: 'Brasília, Brazil',
    summary:
      "Brazil's diplomatic academy, run by the foreign ministry and created on 18 April 1945 for the centenary of the Baron of Rio Branco; its entrance examination is the only way into the Brazilian diplomatic career, and it also trains diplomats from partner countries.",
    source:
      'https://wikimili.com/en/Rio_Branco_Institute ; https://atlanticoonline.com/en/the-brazilian-school-of-diplomacy/',
  },
  {
    id: 'turkey-foreign-ministry',
    name: 'Ministry of Foreign Affairs of Turkey',
    acronyms: [],
    aliases: ['Turkish Foreign Ministry', 'Turkish Ministry of Foreign Affairs'],
    kind: 'foreign government body',
    summary:
      "Turkey's foreign ministry, whose diplomats have served in the Transatlantic Diplomatic Exchange program at the State Department; a Turkish diplomat described in the Journal how it eased tensions between its generalists and specialists.",
    source: 'https://www.afsa.org/sites/default/files/flipping_book/0614/8/',
  },
  {
    id: 'finland-foreign-ministry',
    name: 'Ministry for Foreign Affairs of Finland',
    acronyms: [],
    aliases: ['Finnish Foreign Ministry', 'Finnish Ministry for Foreign Affairs'],
    kind: 'foreign government body',
    summary:
      "Finland's foreign ministry, which absorbed the country's foreign aid agency in the 1990s, so that most Finnish diplomats also do development work.",
    source: 'https://www.afsa.org/sites/default/files/flipping_book/0614/8/',
  },

  // Cultural diplomacy institutions of other governments
  {
    id: 'japan-foundation',
    name: 'Japan Foundation',
    acronyms: [],
    aliases: ['Kokusai Koryu Kikin'],
    kind: 'foreign government body',
    founded: '1972',
    seat: 'Tokyo, Japan',
    summary:
      "Japan's principal agency for cultural relations abroad, created by an act of the Diet in 1972 and since 2003 an independent administrative institution under the Ministry of Foreign Affairs; it promotes Japanese arts, Japanese-language teaching and Japanese studies through offices in some two dozen countries.",
    url: 'https://www.jpf.go.jp',
    source:
      'https://tr.jpf.go.jp/about-us/background/ ; https://wiki.av1.space/content/wikipedia_en_all_mini_2025-06/Japan_Foundation ; https://www.oreilly.com/library/view/routledge-encyclopedia-of/9780415593762/xhtml/Ch010.xhtml',
  },
  {
    id: 'hanban',
    name: 'Center for Language Education and Cooperation',
    acronyms: [],
    aliases: [
      'Hanban',
      'Office of Chinese Language Council International',
      'Confucius Institute Headquarters',
    ],
    kind: 'foreign government body',
    founded: '1987 (as the China National Office for Teaching Chinese as a Foreign Language)',
    seat: 'Beijing, China',
    summary:
      "The body under China's Ministry of Education, long known as Hanban, that promotes the teaching of Chinese abroad; it ran the Confucius Institute program until 2020, when it took its present name and the institutes passed to the Chinese International Education Foundation.",
    source:
      'https://en.wikipedia.org/wiki/Hanban ; https://encycloreader.org/r/wikipedia.php?q=Hanban ; https://en.wikipedia.org/wiki/Confucius_Institute',
  },
  {
    id: 'confucius-institute',
    name: 'Confucius Institute',
    acronyms: [],
    aliases: ['Confucius Institutes'],
    kind: 'foreign government body',
    founded: '2004',
    summary:
      "China's government-funded program of Chinese language and culture centers set up with host universities abroad since 2004, first under Hanban and since 2020 under the Chinese International Education Foundation; concerns about academic freedom and influence led to the closing of most U.S. institutes by the early 2020s.",
    source:
      'https://en.wikipedia.org/wiki/Confucius_Institute ; https://profilpelajar.com/article/Confucius_Institute ; https://grokipedia.com/page/Hanban',
  },

  // Armed groups named inside or beside the names of others, and insurgencies of the Cold War and after
  {
    id: 'tehrik-i-taliban-pakistan',
    name: 'Tehrik-i-Taliban Pakistan',
    acronyms: ['TTP'],
    aliases: [
      'Tehrik-e-Taliban Pakistan',
      'Tehreek-e-Taliban Pakistan',
      'Tehreek-i-Taliban Pakistan',
      'Pakistani Taliban',
    ],
    kind: 'non-state armed group',
    founded: '2007',
    summary:
      'An umbrella of Sunni Islamist militant groups along the Afghanistan-Pakistan border, formed in December 2007 under Baitullah Mehsud, that wages a campaign of bombings and attacks against the Pakistani state. It shares the ideology of the Afghan Taliban but has its own separate command.',
    source:
      'https://www.gfatf.org/archives/tehrik-i-taliban/ ; https://wiki.gravy.cc/wiki/Tehrik-e-Taliban_Pakistan ; https://owiki.org/wiki/Pakistani_Taliban',
  },
  {
    id: 'kataib-hezbollah',
    name: "Kata'ib Hezbollah",
    acronyms: [],
    aliases: ['Kataib Hezbollah', "Kata'ib Hizballah", 'Kataib Hizballah'],
    kind: 'non-state armed group',
    founded: '2007',
    seat: 'Iraq',
    summary:
      "An Iraqi Shia militia backed and largely directed by Iran, part of Iraq's Popular Mobilization Forces, that has attacked U.S. forces in Iraq; its supporters besieged the U.S. Embassy in Baghdad at the end of 2019, and the United States has listed it as a terrorist organization since 2009.",
    source:
      'https://www.trtworld.com/article/13113274 ; https://ifmat.org/10/05/still-growing-threat-iran-chosen-proxy-iraq ; https://www.itct.org.uk/archives/article_tags/shia-militancy',
  },
  {
    id: 'shining-path',
    name: 'Shining Path',
    acronyms: [],
    aliases: ['Sendero Luminoso', 'Communist Party of Peru – Shining Path'],
    kind: 'non-state armed group',
    seat: 'Peru',
    summary:
      'A Maoist guerrilla movement in Peru, formally the Communist Party of Peru, founded by the philosophy professor Abimael Guzmán, whose armed campaign from 1980 killed tens of thousands; it declined after Guzmán was captured in 1992, and the United States lists it as a terrorist organization.',
    source:
      'https://kids.britannica.com/students/article/Shining-Path/336417 ; https://en.wikipedia.org/wiki/Shining_Path ; https://imctc.org/en/eLibrary/Articles/Pages/article22072024.aspx ; https://reallifevillains.skywiki.org/wiki/Shining_Path?mobileaction=toggle_view_mobile&oldid=63880',
  },
  {
    id: 'ltte',
    name: 'Liberation Tigers of Tamil Eelam',
    acronyms: ['LTTE'],
    aliases: ['Tamil Tigers'],
    kind: 'non-state armed group',
    founded: '1976',
    ended: '2009',
    seat: 'northern Sri Lanka',
    summary:
      "The separatist militant group, founded by Velupillai Prabhakaran in May 1976, that fought Sri Lanka's civil war from 1983 for an independent Tamil state in the island's north and east; it assassinated Indian Prime Minister Rajiv Gandhi and Sri Lankan President Premadasa and was crushed by the Sri Lankan military in May 2009.",
    source:
      'https://globaltamilnews.net/english/yesterday-was-the-42nd-annivesary-of-the-liberation-tigers-of-tamil-eelam ; https://liquisearch.com/liberation_tigers_of_tamil_eelam ; https://encycloreader.org/r/conservapedia.php?q=Tamil_Tigers',
  },
  {
    id: 'kosovo-liberation-army',
    name: 'Kosovo Liberation Army',
    acronyms: ['KLA', 'UÇK', 'UCK'],
    aliases: ['Ushtria Çlirimtare e Kosovës', 'Kosova Liberation Army'],
    kind: 'non-state armed group',
    ended: '1999',
    successor: 'the Kosovo Protection Corps',
    seat: 'Kosovo',
    summary:
      "The ethnic Albanian guerrilla force that fought Yugoslav and Serbian forces for Kosovo's separation in the 1990s, leading up to the Kosovo War of 1998-99 and NATO's air campaign; under UN Security Council Resolution 1244 it was disbanded in September 1999 and its members moved into the Kosovo Protection Corps.",
    source:
      'http://piglix.com/piglix/Kosova_Liberation_Army ; https://www.wsws.org/en/articles/1999/09/kla-s24.html ; http://www.princeton.edu/~achaney/tmve/wiki100k/docs/Kosovo_Liberation_Army.html',
  },
  {
    id: 'contras',
    name: 'Contras',
    acronyms: [],
    aliases: ['contra rebels', 'Nicaraguan Resistance'],
    kind: 'non-state armed group',
    ended: '1990',
    seat: 'Nicaragua',
    summary:
      "The right-wing rebel groups, backed and funded by the United States, that fought Nicaragua's Sandinista government from 1979; most joined the Nicaraguan Resistance in 1987, and they demobilized after the 1990 election. Covert U.S. funding after Congress cut off aid led to the Iran-Contra affair.",
    source:
      'https://www.academiclecturetranscripts.org/index.php?printable=yes&title=WikipediaExtracts%3AContras ; https://www.liquisearch.com/contras ; https://wipi.ai.kr/en/wiki.html?word=Contras',
  },
  {
    id: 'pathet-lao',
    name: 'Pathet Lao',
    acronyms: [],
    aliases: [],
    kind: 'non-state armed group',
    founded: '1950',
    seat: 'Laos',
    summary:
      "The Laotian communist movement, closely tied to and supported by the Vietnamese communists, that fought the U.S.-backed Royal Lao Government in the civil war and took power in 1975; its party became the Lao People's Revolutionary Party, which still rules Laos.",
    source:
      'https://liquisearch.com/pathet_lao ; https://www.infoplease.com/encyclopedia/history/asia-africa/se-asia/pathet-lao ; https://vietnamtheartofwar.com/glossary/pathet-lao/',
  },
  {
    id: 'northern-alliance',
    name: 'United Islamic Front for the Salvation of Afghanistan',
    acronyms: [],
    aliases: [
      'Northern Alliance',
      'Afghan Northern Alliance',
      'National United Islamic Front for the Salvation of Afghanistan',
    ],
    kind: 'non-state armed group',
    founded: '1996',
    ended: '2001',
    seat: 'Afghanistan',
    summary:
      'The coalition of Afghan commanders, led by Ahmad Shah Massoud and President Burhanuddin Rabbani, that fought the Taliban from their capture of Kabul in 1996; with U.S. air and special forces support it drove the Taliban from power in late 2001, after which it broke up into political parties.',
    source:
      'https://en.wikipedia.org/wiki/Northern_Alliance ; https://liquisearch.com/northern_alliance ; https://en-academic.com/dic.nsf/enwiki/1089431',
  },
  {
    id: 'pkk',
    name: "Kurdistan Workers' Party",
    acronyms: ['PKK'],
    aliases: ['Kurdistan Workers Party', 'Partiya Karkerên Kurdistanê'],
    kind: 'non-state armed group',
    founded: '1978',
    ended: '2025 (dissolution announced)',
    summary:
      "The Kurdish militant organization founded by Abdullah Öcalan in 1978 that waged an armed insurgency against Turkey from 1984, first for a Kurdish state and later for Kurdish autonomy and rights; Turkey, the United States and the EU list it as terrorist. At Öcalan's call it announced its dissolution in May 2025.",
    source:
      'https://en.avesta.tj/?p=295449 ; https://owiki.org/wiki/The_Kurdistan_Workers%27_Party ; https://mmnews.tv/who-is-abdullah-ocalan-the-kurdish-leader-who-ended-armed-struggle-against-turkiye',
  },
  {
    id: 'revolutionary-united-front',
    name: 'Revolutionary United Front',
    acronyms: ['RUF'],
    aliases: [],
    kind: 'non-state armed group',
    founded: '1991',
    ended: '2002 (as a rebel army)',
    successor: 'the Revolutionary United Front Party, which lasted until 2007',
    seat: 'Sierra Leone',
    summary:
      "The rebel army led by Foday Sankoh and backed by Liberia's Charles Taylor that fought Sierra Leone's 1991-2002 civil war, notorious for amputations, mass rape and child soldiers; its three senior surviving leaders were convicted of war crimes in 2009.",
    source:
      'https://www.liquisearch.com/revolutionary_united_front ; https://ww-w.pages.dev/0xLy93aWtpL1NhbmtvaA ; http://piglix.com/piglix/Revolutionary_United_Front',
  },
  {
    id: 'lords-resistance-army',
    name: "Lord's Resistance Army",
    acronyms: ['LRA'],
    aliases: [],
    kind: 'non-state armed group',
    summary:
      'The insurgent group led by Joseph Kony that rose in northern Uganda in the late 1980s and later spread to South Sudan, Congo and the Central African Republic, abducting tens of thousands of children as fighters and driving some two million people from their homes; the International Criminal Court indicted Kony in 2005.',
    source:
      'https://japantimes.co.jp/opinion/2012/03/21/editorials/painting-a-target-on-mr-kony ; https://core-library.org/lords-resistance-army/ ; https://erewise.com/current-affairs/history-of-joseph-kony-and-lord-resistance-army_art5166a17b994fa.html',
  },

  // Foreign legislatures
  {
    id: 'bundesrat',
    name: 'Bundesrat',
    acronyms: [],
    aliases: ['German Bundesrat'],
    kind: 'foreign government body',
    founded: '1949',
    seat: 'Berlin, Germany',
    summary:
      "The chamber through which Germany's 16 states take part in federal lawmaking alongside the Bundestag; its members are delegates of the state governments rather than elected deputies, and laws touching state powers and all constitutional amendments need its consent.",
    source:
      'https://www.dw.com/en/bundesrat/t-38207746 ; https://triviaquestions.online/pages/Bundesrat_of_Germany___Australian_Senate.html ; https://wikiwand.com/hu/map/Bundesrat',
  },
  {
    id: 'national-diet',
    name: 'National Diet',
    acronyms: [],
    aliases: ['National Diet of Japan', 'Diet of Japan', 'Japanese Diet', 'Kokkai'],
    contextAliases: ['Diet'],
    kind: 'foreign government body',
    founded: '1947 (in its present form)',
    seat: 'National Diet Building, Nagatachō, Tokyo, Japan',
    summary:
      "Japan's two-chamber national legislature, made up of the House of Representatives and the House of Councillors, both directly elected; it chooses the prime minister, passes laws and the budget and ratifies treaties, and took its present form in 1947.",
    source:
      'https://www.shugiin.go.jp/internet/itdb_english.nsf/html/statics/guide/structure.htm ; http://simple.wikipedia.org/wiki/Diet_of_Japan ; https://climate-laws.org/geographies/japan',
  },
  {
    id: 'national-diet-library',
    name: 'National Diet Library',
    acronyms: [],
    aliases: ['Kokuritsu Kokkai Toshokan', 'National Diet Library of Japan'],
    kind: 'foreign government body',
    founded: '1948',
    seat: 'Tokyo, Japan',
    summary:
      "Japan's national library, set up under a 1948 law and modeled on the Library of Congress, which serves members of the National Diet first and the public as well; it took over the old Diet libraries and the Imperial Library and holds the legal deposit of Japanese publications.",
    source:
      'https://guides.nccjapan.org/researchaccess/national-diet-library ; http://108.161.137.60/piglix/National_Diet_Library ; https://geheugen.delpher.nl/en/geheugen/pages/instelling/National%20Diet%20Library',
  },
  {
    id: 'lok-sabha',
    name: 'Lok Sabha',
    acronyms: [],
    aliases: ['Indian Lok Sabha'],
    kind: 'foreign government body',
    founded: '1952',
    seat: 'Parliament House, New Delhi, India',
    summary:
      "The directly elected lower house of India's Parliament, the upper house being the Rajya Sabha; first constituted after the 1952 general elections, it has 543 elected seats and a five-year term unless dissolved sooner.",
    source:
      'http://legislativebodiesinindia.nic.in/lok%20sabha.html ; https://sayanforsayan.com/2024/06/everything-about-indian-lok-sabha.html ; http://iitbhumun.in/loksabha.html',
  },
  {
    id: 'sejm',
    name: 'Sejm',
    acronyms: [],
    aliases: ['Sejm of the Republic of Poland', 'Polish Sejm'],
    kind: 'foreign government body',
    seat: 'Warsaw, Poland',
    summary:
      "The lower house of Poland's parliament, whose 460 deputies are elected by proportional representation every four years; it was the sole legislature under communism and has shared lawmaking with a restored Senate since 1989.",
    source:
      'https://quizzclub.com/trivia/the-sejm-are-the-legislative-body-in-what-country/answer/187091/ ; https://simple.wikipedia.org/wiki/Sejm_of_the_Republic_of_Poland ; https://wikivisually.com/wiki/Parliament_of_Poland',
  },

  // Other governments' foreign ministries and aid agencies
  {
    id: 'global-affairs-canada',
    name: 'Global Affairs Canada',
    acronyms: ['GAC', 'DFAIT', 'DFATD'],
    aliases: [
      'Department of Foreign Affairs, Trade and Development',
      'Foreign Affairs, Trade and Development Canada',
      'Department of Foreign Affairs and International Trade',
      'Foreign Affairs and International Trade Canada',
      'Affaires mondiales Canada',
    ],
    kind: 'foreign government body',
    founded: '1909 (as the Department of External Affairs)',
    seat: 'Lester B. Pearson Building, Ottawa, Canada',
    summary:
      "Canada's foreign ministry, which runs its diplomatic and consular relations, trade promotion and, since absorbing CIDA in 2013, its development and humanitarian aid; founded in 1909 as the Department of External Affairs, it has carried its present applied name since 2015, its legal name being the Department of Foreign Affairs, Trade and Development.",
    url: 'https://www.international.gc.ca',
    source:
      'https://zims-en.kiwix.campusafrica.gos.orange.com/wikipedia_en_all_nopic/A/Global_Affairs_Canada ; https://myworldabroad.com/node/917 ; http://www.parouse.com/php/SummaryGet.php?FindGo=Department%20Of%20Foreign%20Affairs%20And%20International%20Trade ; https://backend.710302.xyz/https/en.m.wikipedia.org/wiki/DFAIT',
  },
  {
    id: 'cida',
    name: 'Canadian International Development Agency',
    acronyms: ['CIDA', 'ACDI'],
    aliases: ['Agence canadienne de développement international'],
    kind: 'foreign government body',
    founded: '1968',
    ended: '2013',
    successor: 'the Department of Foreign Affairs, Trade and Development (Global Affairs Canada)',
    seat: 'Gatineau, Quebec, Canada',
    summary:
      "Canada's foreign aid agency from 1968, which ran most of the country's official development assistance; the 2013 federal budget folded it into the foreign ministry, renamed the Department of Foreign Affairs, Trade and Development.",
    source:
      'http://www.cida.gc.ca/acdi-cida/ACDI-CIDA.nsf/eng/NIC-5493749-HZK ; https://en.wikipedia.org/wiki/Canadian_International_Development_Agency ; http://www.huffingtonpost.ca/2013/03/21/cida-closed-budget-2013_n_2926517.html',
  },
  {
    id: 'australia-dfat',
    name: 'Department of Foreign Affairs and Trade',
    acronyms: ['DFAT'],
    aliases: ['Australian Department of Foreign Affairs and Trade'],
    kind: 'foreign government body',
    founded: '1987',
    seat: 'R.G. Casey Building, Barton, Canberra, Australia',
    summary:
      "Australia's department for foreign policy, consular services, trade and investment promotion and foreign aid (branded Australian Aid), formed in July 1987 by merging the Department of Foreign Affairs, the former Department of External Affairs, with the Department of Trade.",
    url: 'https://www.dfat.gov.au',
    source:
      'https://wikimili.com/en/Department_of_Foreign_Affairs_and_Trade ; http://twiki.owiki.org/wiki/Department_of_Foreign_Affairs_and_Trade_%28Australia%29 ; https://en.wikipedia-on-ipfs.org/wiki/Department_of_Foreign_Affairs_and_Trade',
  },
  {
    id: 'jica',
    name: 'Japan International Cooperation Agency',
    acronyms: ['JICA'],
    aliases: [],
    kind: 'foreign government body',
    seat: 'Tokyo, Japan',
    summary:
      "The incorporated administrative agency that administers Japan's official development assistance, one of the largest bilateral aid agencies in the world; it provides technical cooperation, ODA loans and grants and runs the Japan Overseas Cooperation Volunteers.",
    source:
      'https://docslib.org/doc/77536/annual-report ; https://capedge.com/filing/1679198/0001104659-24-102610/18K/file/2',
  },
  {
    id: 'giz',
    name: 'Deutsche Gesellschaft für Internationale Zusammenarbeit',
    acronyms: ['GIZ', 'GTZ'],
    aliases: [
      'German Agency for International Cooperation',
      'Deutsche Gesellschaft für Technische Zusammenarbeit',
      'German Technical Cooperation',
    ],
    kind: 'foreign government body',
    founded: '2011 (merger of GTZ, DED and InWEnt)',
    seat: 'Bonn and Eschborn, Germany',
    summary:
      "Germany's federally owned agency for technical cooperation in development, working mainly for the Federal Ministry for Economic Cooperation and Development; it was formed on 1 January 2011 by merging the German Development Service and InWEnt into the older GTZ.",
    url: 'https://www.giz.de',
    source:
      'https://de.zxc.wiki/wiki/Gesellschaft_f%C3%BCr_Internationale_Zusammenarbeit ; https://paperzz.com/doc/7357274/international-cooperation-from-one-source ; https://weitzenegger.wordpress.com/2010/12/19/germany-merges-technical-cooperation-services-into-the-giz/',
  },
];

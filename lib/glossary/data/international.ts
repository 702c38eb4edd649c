// The glossary's regional and international organizations, alliances, financial institutions and courts.
// Facts come from the pages named in each entry's `source`; card summaries are written for FSJ Gloss.

import type { GlossaryEntry } from '../types';

export const INTERNATIONAL: readonly GlossaryEntry[] = [
  {
    id: 'european-parliament',
    name: 'European Parliament',
    acronyms: [],
    aliases: ['European Parliamentary Assembly'],
    kind: 'regional body',
    founded: '1952 (as an assembly; directly elected since 1979)',
    seat: 'Strasbourg, France (also Brussels and Luxembourg)',
    summary:
      "The European Union's directly elected assembly, which shares legislative and budgetary power with the Council of the EU and oversees the other institutions. Its members have been chosen by voters every five years since the first direct elections of June 1979.",
    source:
      'https://newslettercollector.com/newsletter/the-brief-looking-back-before-we-vote/?l=en_US; https://korno.de/blog/2012/06/07/europawahl; https://datastorica.it/blog/2019/07/17/40-anni-fa-simone-veil-primo-presidente-del-parlamento-europeo',
  },
  {
    id: 'european-council',
    name: 'European Council',
    acronyms: [],
    aliases: [],
    kind: 'regional body',
    seat: 'Brussels, Belgium',
    summary:
      "The EU institution made up of the member states' heads of state or government, its own president and the president of the European Commission. It sets the Union's overall political direction and priorities, nominates top EU officials and does not pass laws.",
    url: 'https://www.consilium.europa.eu',
    source:
      'http://www.consilium.europa.eu/en/home/; http://ue.eu.int/contacts/faq?lang=en&faqid=79267; https://hotelsabruzzo.com/what-does-the-european-council-do-in-the-government-of-the-european-union',
  },
  {
    id: 'council-of-the-eu',
    name: 'Council of the European Union',
    acronyms: [],
    aliases: ['Council of the EU'],
    contextAliases: ['Council of Ministers'],
    kind: 'regional body',
    seat: 'Brussels, Belgium',
    summary:
      'The EU institution where ministers of the member governments meet, in configurations by subject, to adopt EU laws and the budget with the European Parliament and to coordinate policy. Often called the Council of Ministers, it is distinct from the European Council and from the Council of Europe.',
    url: 'https://www.consilium.europa.eu',
    source:
      'http://www.consilium.europa.eu/en/home/; https://ec.europa.eu/eurostat/statistics-explained/index.php?title=Glossary:European_Council; https://www.cvce.eu/collections/unit-content/-/unit/en/d5906df5-4f83-4603-85f7-0cabc24b9fe1/abe7f80f-df46-4ba4-a997-782b9cb88539',
  },
  {
    id: 'ecb',
    name: 'European Central Bank',
    acronyms: ['ECB'],
    aliases: [],
    kind: 'regional body',
    founded: '1998',
    seat: 'Frankfurt am Main, Germany',
    summary:
      'The central bank of the euro area, set up on 1 June 1998 to succeed the European Monetary Institute. It conducts monetary policy for the countries using the euro, with price stability as its main mandate, and supervises the largest eurozone banks.',
    source:
      'http://24kb.ru/html/2708.htm; https://weirdhistorydaily.com/event/european-central-bank-officially-begins-operations-12-01-1998; https://thisislagos.ng/25th-anniversary-of-european-central-bank-to-be-feted-in-frankfurt/amp',
  },
  {
    id: 'eeas',
    name: 'European External Action Service',
    acronyms: ['EEAS'],
    aliases: [],
    kind: 'regional body',
    founded: '2010 (launched 1 January 2011)',
    seat: 'Brussels, Belgium',
    summary:
      "The European Union's diplomatic service, created under the Lisbon Treaty and set up by a Council decision of July 2010. Led by the High Representative for Foreign Affairs and Security Policy, it runs the EU's delegations abroad and carries out its common foreign and security policy.",
    url: 'https://www.eeas.europa.eu',
    source:
      'https://www.eeas.europa.eu/node/410508_kk; http://www.liquisearch.com/european_external_action_service; https://wiki.studentb.eu/view_html.php?lang=en&q=European_External_Action_Service&sq=Sri+Lanka; https://www.bmeia.gv.at/en/european-foreign-policy/european-policy/eu-foreign-policy/the-european-external-action-service/',
  },
  {
    id: 'eec',
    name: 'European Economic Community',
    acronyms: ['EEC'],
    aliases: [],
    contextAliases: ['Common Market'],
    kind: 'regional body',
    founded: '1958 (Treaty of Rome, 1957)',
    ended: '2009 (renamed the European Community in 1993)',
    successor: 'the European Union',
    summary:
      'The economic community of six Western European countries created by the 1957 Treaty of Rome, known in English as the Common Market. Renamed the European Community in 1993, when it became the core of the new European Union, it was absorbed into the EU by the Lisbon Treaty in 2009.',
    source:
      'http://www.britannica.com/nobelprize/article-233681; https://primidi.com/european_economic_community; http://www.princeton.edu/~achaney/tmve/wiki100k/docs/European_Community.html',
  },
  {
    id: 'european-communities',
    name: 'European Communities',
    acronyms: [],
    aliases: [],
    kind: 'regional body',
    founded: '1967 (common institutions under the 1965 Merger Treaty)',
    ended: '2009 (Lisbon Treaty)',
    successor: 'the European Union',
    summary:
      'The collective name for the European Coal and Steel Community, the European Economic Community and Euratom, which shared a single Commission and Council under the 1965 Merger Treaty. From 1993 they formed the first pillar of the European Union, abolished by the Lisbon Treaty in 2009.',
    source:
      'http://www.princeton.edu/~achaney/tmve/wiki100k/docs/European_Community.html; https://www.cvce.eu/collections/unit-content/-/unit/en/d5906df5-4f83-4603-85f7-0cabc24b9fe1/abe7f80f-df46-4ba4-a997-782b9cb88539; https://lawiki.org/lawwiki?title=European_Community&mobileaction=toggle_view_mobile',
  },
  {
    id: 'ecsc',
    name: 'European Coal and Steel Community',
    acronyms: ['ECSC'],
    aliases: [],
    kind: 'regional body',
    founded: '1952 (Treaty of Paris, 1951)',
    ended: '2002',
    successor: 'the European Community',
    summary:
      'The first European community, formed by France, West Germany, Italy and the Benelux countries under the 1951 Treaty of Paris to pool their coal and steel production. It took effect in July 1952 and lapsed after fifty years in July 2002, its tasks passing to the European Community.',
    source:
      'https://www.knowpia.com/knowpedia/Treaty_of_Paris_(1951); https://english.eu.dk/en/faq/eu-origins; https://politico.eu/article/dark-times-for-unions-coal-sector',
  },
  {
    id: 'euratom',
    name: 'European Atomic Energy Community',
    acronyms: ['EAEC'],
    aliases: ['Euratom'],
    kind: 'regional body',
    founded: '1958 (Treaty of Rome, 1957)',
    summary:
      'The European community for nuclear energy, created by one of the two Treaties of Rome signed in March 1957 and in effect from 1 January 1958. It was one of the three European Communities that share the institutions of what became the European Union.',
    source:
      'https://paperzz.com/doc/8400396/content; https://english.eu.dk/en/faq/eu-origins; http://www.princeton.edu/~achaney/tmve/wiki100k/docs/European_Community.html',
  },
  {
    id: 'council-of-europe',
    name: 'Council of Europe',
    acronyms: [],
    aliases: [],
    kind: 'regional body',
    founded: '1949',
    seat: 'Strasbourg, France',
    summary:
      'A European organization, separate from the EU, founded by ten states in London on 5 May 1949 to uphold human rights, democracy and the rule of law. All its members have signed the European Convention on Human Rights, which its European Court of Human Rights enforces.',
    url: 'https://www.coe.int',
    source:
      'https://blogs.loc.gov/law/2019/05/70th-anniversary-of-the-council-of-europe-and-60th-anniversary-of-the-european-court-of-human-rights/?loclr=bloglaw; https://www.lawyerment.com/guide/lp/International_Organisations/3193.htm; https://www.taylorfrancis.com/books/9781315849034/chapters/10.4324/9781315849034-15',
  },
  {
    id: 'ecthr',
    name: 'European Court of Human Rights',
    acronyms: ['ECtHR'],
    aliases: ['Strasbourg Court'],
    kind: 'international court',
    founded: '1959',
    seat: 'Strasbourg, France',
    summary:
      "The Council of Europe's court, inaugurated in April 1959, that rules on whether member states have respected the European Convention on Human Rights. Individuals may bring complaints to it once they have exhausted appeals at home.",
    source:
      'https://www.lawyerment.com/guide/lp/International_Organisations/3193.htm; https://www.factmonster.com/encyclopedia/social-science/government/intl-orgs/council-of-europe; https://blogs.loc.gov/law/2019/05/70th-anniversary-of-the-council-of-europe-and-60th-anniversary-of-the-european-court-of-human-rights/?loclr=bloglaw',
  },
  {
    id: 'cjeu',
    name: 'Court of Justice of the European Union',
    acronyms: ['CJEU', 'ECJ'],
    aliases: ['European Court of Justice', 'Court of Justice of the European Communities'],
    kind: 'international court',
    founded: '1952',
    seat: 'Luxembourg',
    summary:
      'The judicial institution of the European Union, made up of the Court of Justice and the General Court, which interprets EU law and ensures it is applied alike in every member state. It began in 1952 as the court of the European Coal and Steel Community and took its present name in 2009.',
    url: 'https://curia.europa.eu',
    source:
      'https://eucrim.eu/news/70th-anniversary-of-eu-court-of-justice; https://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq.ipfs.dweb.link/wiki/European_Court_of_Justice.html',
  },
  {
    id: 'eib',
    name: 'European Investment Bank',
    acronyms: ['EIB'],
    aliases: [],
    kind: 'international financial institution',
    seat: 'Luxembourg',
    summary:
      "The European Union's own financing institution, which lends only for investment projects rather than for the general funding needs of public or private borrowers.",
    source:
      'https://www.eib.org/en/press/all/2003-142-343-mio-deur-pour-la-renovation-et-lextension-de-la-cour-de-justice-des-c-e?recommendation=1; https://www.cvce.eu/en/collections/unit-content/-/unit/af4a5463-df64-486b-9648-1e432a98953c/2932ca2e-2494-4591-b946-92907c1f183c; http://wordscope.be/nederlands/duits/Kas+van+leningen.html',
  },
  {
    id: 'north-atlantic-council',
    name: 'North Atlantic Council',
    acronyms: ['NAC'],
    aliases: [],
    kind: 'regional body',
    founded: '1949 (Article 9 of the North Atlantic Treaty)',
    seat: 'NATO Headquarters, Brussels, Belgium',
    summary:
      'NATO\u2019s highest political decision-making body and the only one set up by the North Atlantic Treaty itself: each ally sits on it through an ambassador-rank permanent representative, meeting at least weekly, and it also meets as foreign or defense ministers or heads of government, with the same authority at every level. Chaired by the Secretary General, it decides by consensus.',
    source:
      'https://simple.wikipedia.org/wiki/North_Atlantic_Council; http://web.archive.org/web/20011110151021/http:/www.nato.int/docu/handbook/2001/hb070101.htm; https://www.sto.nato.int/Pages/north-atlantic-council.aspx; http://www.shape.nato.int/page142174316.aspx; https://en.alegsaonline.com/art/70819',
  },
  {
    id: 'warsaw-pact',
    name: 'Warsaw Pact',
    acronyms: [],
    aliases: [
      'Warsaw Treaty Organization',
      'Treaty of Friendship, Cooperation and Mutual Assistance',
    ],
    kind: 'military alliance',
    founded: '1955',
    ended: '1991',
    seat: 'Moscow, Soviet Union',
    summary:
      'The Cold War military alliance of the Soviet Union and its Central and Eastern European satellites, signed in Warsaw on 14 May 1955 as a counterweight to NATO. Its forces invaded Czechoslovakia in 1968; it was formally dissolved on 1 July 1991.',
    source:
      'http://piglix.com/piglix/The_Warsaw_Pact; http://history.howstuffworks.com/cold-war/warsaw-pact.htm; https://dkosopedia.com/static/w/a/r/Warsaw_Pact_810c.html',
  },
  {
    id: 'comecon',
    name: 'Council for Mutual Economic Assistance',
    acronyms: ['CMEA', 'CEMA'],
    aliases: ['Comecon'],
    kind: 'intergovernmental organization',
    founded: '1949',
    ended: '1991',
    successor: 'the Organization for International Economic Cooperation (interim, to wind it up)',
    seat: 'Moscow, Soviet Union',
    summary:
      "The Soviet-led economic organization of the Eastern Bloc, founded in January 1949 as an answer to the Marshall Plan, which coordinated members' economic planning and trade; Mongolia, Cuba and Vietnam later joined. Its members agreed to dissolve it in 1991.",
    source:
      'https://techsciencenews.com/wikisearch/view_html.php?lang=en&q=Comecon&sq=Google; http://totalwar-ar.wikia.com/wiki/Comecon; https://shazidamain.com/2010/02/16/organization-for-international-economic-cooperationoiec/; http://www.photoglobe.info/ebooks/mongolia/mn_glos_005.html',
  },
  {
    id: 'seato',
    name: 'Southeast Asia Treaty Organization',
    acronyms: ['SEATO'],
    aliases: ['Manila Pact'],
    kind: 'military alliance',
    founded: '1954 (Manila Pact; organization set up 1955)',
    ended: '1977',
    seat: 'Bangkok, Thailand',
    summary:
      'A Cold War collective-defense organization created by the Manila Pact of September 1954 to contain communism in Southeast Asia, with the United States, Britain, France, Australia, New Zealand, Pakistan, Thailand and the Philippines as members. It was dissolved on 30 June 1977.',
    source:
      'https://friendlywiki.com/article/index.php?title=%3ASoutheast_Asia_Treaty_Organization; https://wiki.gravy.cc/wiki/Southeast_Asia_Treaty_Organization; https://thephilippinestoday.com/seato/',
  },
  {
    id: 'cento',
    name: 'Central Treaty Organization',
    acronyms: ['CENTO', 'METO'],
    aliases: ['Baghdad Pact', 'Middle East Treaty Organization'],
    kind: 'military alliance',
    founded: '1955',
    ended: '1979',
    seat: 'Baghdad (1955–1958), then Ankara, Turkey (1958–1979)',
    summary:
      'A Cold War alliance of Britain, Turkey, Iran, Pakistan and, until 1959, Iraq, formed in 1955 as the Baghdad Pact to contain the Soviet Union. The United States joined its military committee in 1958; it was dissolved in March 1979 after the Iranian revolution.',
    source:
      'https://en.m.wiki.x.io/wiki/Baghdad_Pact; https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/Central_Treaty_Organisation; https://bitlanders.com/blogs/central-treaty-organization-cento/256087',
  },
  {
    id: 'anzus',
    name: 'Australia, New Zealand, United States Security Treaty',
    acronyms: ['ANZUS'],
    aliases: ['ANZUS alliance', 'ANZUS Pact'],
    kind: 'military alliance',
    founded: '1951',
    summary:
      'The security pact signed in San Francisco on 1 September 1951 under which Australia, New Zealand and the United States consult on threats in the Pacific and pledge to meet a common danger. New Zealand has been partly suspended since 1986 over its nuclear-free policy.',
    source:
      'https://en.wikipedia.org/wiki/ANZUS; https://www.latimes.com/archives/la-xpm-1985-02-06-mn-4339-story.html; https://calendarz.com/fr/amp/on-this-day/september/1/anzus-treaty',
  },
  {
    id: 'rio-pact',
    name: 'Inter-American Treaty of Reciprocal Assistance',
    acronyms: ['TIAR'],
    aliases: ['Rio Treaty', 'Rio Pact'],
    kind: 'military alliance',
    founded: '1947 (in force 1948)',
    summary:
      'The hemispheric defense pact signed in Rio de Janeiro on 2 September 1947 by the United States and Latin American republics, under which an armed attack on one American state counts as an attack on all. It formalized the 1945 Act of Chapultepec.',
    source:
      'https://en.wikipedia.org/wiki/Inter-American_Treaty_of_Reciprocal_Assistance; http://www.cfr.org/americas/inter-american-treaty-reciprocal-assistance-rio-treaty/p9602; https://www.washingtonpost.com/archive/politics/1982/04/20/treaty-governs-relations-within-the-hemisphere/cfd97792-aa11-49c0-8e61-0e2d3eacf511/',
  },
  {
    id: 'quad',
    name: 'Quadrilateral Security Dialogue',
    acronyms: ['QSD'],
    aliases: [],
    contextAliases: ['the Quad', 'Quad'],
    kind: 'forum',
    founded: '2007 (revived 2017)',
    summary:
      'A strategic dialogue of Australia, India, Japan and the United States on a free and open Indo-Pacific, widely seen as a response to China’s growing power. Launched in 2007 and lapsed after Australia withdrew in 2008, it was revived in 2017 and held its first leaders’ summit in March 2021.',
    source:
      'https://owiki.org/wiki/Quad_nations; https://www.japantimes.co.jp/opinion/2021/04/18/commentary/japan-commentary/quad-japan-australia-india-u-s-china/; https://worldeyenews.com/web-stories/what-is-quad-and-how-it-formed/',
  },
  {
    id: 'five-eyes',
    name: 'Five Eyes',
    acronyms: ['FVEY'],
    aliases: ['UKUSA community'],
    kind: 'coordination body',
    founded: '1946 (UKUSA Agreement)',
    summary:
      'The intelligence-sharing alliance of Australia, Canada, New Zealand, the United Kingdom and the United States, bound by the UKUSA signals-intelligence agreement that Britain and the United States concluded in March 1946 and later extended to the other three.',
    source:
      'https://en.wikipedia.org/wiki/Five_Eyes; https://zalansite.site/mediawiki/index.php/UKUSA_Agreement; https://unifocusuniversal.blogspot.com/2023/09/five-eyes.html',
  },
  {
    id: 'aukus',
    name: 'AUKUS',
    acronyms: ['AUKUS', 'Aukus'],
    aliases: [],
    kind: 'military alliance',
    founded: '2021',
    summary:
      'The trilateral security partnership of Australia, the United Kingdom and the United States announced on 15 September 2021. Its first initiative is to help Australia acquire conventionally armed, nuclear-powered submarines; it also covers shared defense technology such as cyber, AI and quantum.',
    source:
      'https://www.japantimes.co.jp/opinion/2021/11/02/commentary/world-commentary/aukus-china-cold-war/; https://adbr.com.au/australia-looks-to-buy-nuclear-powered-submarines/; https://www.republicworld.com/world-news/global-event-news/us-president-addresses-first-aukus-trilateral-security-partnership-virtually.html',
  },
  {
    id: 'g7',
    name: 'Group of Seven',
    acronyms: ['G7', 'G-7'],
    aliases: ['Group of 7'],
    kind: 'forum',
    founded: '1975',
    summary:
      'An informal forum of the leading industrialized democracies (Canada, France, Germany, Italy, Japan, the United Kingdom and the United States, with the EU taking part) whose leaders meet at a yearly summit. It grew from the 1975 Rambouillet summit; it has no charter or secretariat, and its presidency rotates.',
    source:
      'https://www.g7hiroshima.go.jp/en/summit/about/faq/; https://th4.ilovetranslation.com/5tgl39qY8Vu=d',
  },
  {
    id: 'g8',
    name: 'Group of Eight',
    acronyms: ['G8', 'G-8'],
    aliases: ['Group of 8'],
    kind: 'forum',
    founded: '1998 (G7 with Russia)',
    ended: '2014',
    successor: 'the Group of Seven',
    summary:
      'The name the G7 summits took from 1998, when Russia joined them as a full participant. The other members suspended Russia in March 2014 over its annexation of Crimea, and the summits reverted to the G7 format.',
    source:
      'https://www.g7hiroshima.go.jp/en/summit/about/faq/; https://tass.com/world/725147; https://www.g7germany2015.de/Content/EN/StatischeSeiten/G7_elmau_en/faq_en/faq_04_en_nn=1291562.html',
  },
  {
    id: 'g77',
    name: 'Group of 77',
    acronyms: ['G77', 'G-77'],
    aliases: ['Group of Seventy-Seven'],
    kind: 'forum',
    founded: '1964',
    summary:
      'The coalition of developing countries at the United Nations, founded on 15 June 1964 by 77 states at the first UN Conference on Trade and Development to press their shared economic interests and negotiate jointly. It has kept its name though it now counts more than 130 members.',
    source:
      'https://www.academiclecturetranscripts.org/wiki/WikipediaExtracts:Group_of_77; http://www.fact-index.com/g/g_/g_77.html; https://alumniagri.in/task/1-minute-or-article-on-topic-g-77-13087128',
  },
  {
    id: 'nam',
    name: 'Non-Aligned Movement',
    acronyms: [],
    aliases: ['Movement of Non-Aligned Countries'],
    contextAliases: ['NAM'],
    kind: 'forum',
    founded: '1961',
    summary:
      'A grouping of mostly developing states that declined to join either Cold War bloc, founded at the Belgrade summit of September 1961 under the leadership of Tito, Nehru, Nasser, Sukarno and Nkrumah. It grew out of the 1955 Bandung Conference and has well over a hundred members.',
    source:
      'https://namstct.org./about.html; https://frontline.thehindu.com/world-affairs/india-at-75-epochal-moments-1961-first-nam-summit-in-belgrade/article65727322.ece; https://iasabhiyan.in/?p=24276',
  },
  {
    id: 'commonwealth',
    name: 'Commonwealth of Nations',
    acronyms: [],
    aliases: ['British Commonwealth', 'British Commonwealth of Nations'],
    contextAliases: ['the Commonwealth'],
    kind: 'intergovernmental organization',
    founded: '1949 (London Declaration)',
    seat: 'Marlborough House, London, United Kingdom',
    summary:
      'A voluntary association of 56 states, nearly all former territories of the British Empire, constituted in its modern form by the London Declaration of April 1949. Its members share values set out in the Commonwealth Charter; the Commonwealth Secretariat, created in 1965, is its main institution.',
    url: 'https://thecommonwealth.org',
    source:
      'https://wiki.studentb.eu/view_html.php?lang=en&q=Commonwealth_of_Nations&sq=Albert+Einstein; http://webarchive.nationalarchives.gov.uk/20121018080314/http:/ukun.fco.gov.uk/en/uk-at-un/commonwealth; https://docslib.org/doc/5383034/commonwealth-headquarters',
  },
  {
    id: 'francophonie',
    name: 'Organisation internationale de la Francophonie',
    acronyms: ['OIF'],
    aliases: ['International Organisation of La Francophonie', 'La Francophonie'],
    kind: 'intergovernmental organization',
    founded: '1970 (Niamey, as the ACCT)',
    seat: 'Paris, France',
    summary:
      'The international organization of French-speaking states and governments, founded at Niamey in March 1970 and named La Francophonie in 1997. It promotes the French language and cultural diversity, peace, democracy and human rights among its members, associates and observers.',
    url: 'https://www.francophonie.org',
    source:
      'https://i.luna.ovh/planeta/en/Organisation_internationale_de_la_Francophonie; https://icannwiki.org/index.php?mobileaction=toggle_view_mobile&title=Organisation_Internationale_de_la_Francophonie; https://kiwix.colibox.colibris-outilslibres.org/wikipedia_fr_all_mini_2022-10/A/Organisation_internationale_de_la_francophonie',
  },
  {
    id: 'apec',
    name: 'Asia-Pacific Economic Cooperation',
    acronyms: ['APEC'],
    aliases: [],
    kind: 'forum',
    founded: '1989',
    seat: 'Singapore (secretariat)',
    summary:
      'An intergovernmental forum of 21 Pacific Rim economies, begun at a ministerial meeting in Canberra in November 1989, that promotes free trade and investment in the region through non-binding commitments. Leaders have met yearly since the 1993 Blake Island summit hosted by the United States.',
    url: 'https://www.apec.org',
    source:
      'http://eresources.nlb.gov.sg/history/events/4ba73ec1-69e6-4951-b9ea-339878da2f6c; http://china.org.cn/e-apec/apec/1-brief.htm; https://link.springer.com/referenceworkentry/10.1007%252F978-1-349-95321-9_98',
  },
  {
    id: 'saarc',
    name: 'South Asian Association for Regional Cooperation',
    acronyms: ['SAARC'],
    aliases: [],
    kind: 'regional body',
    founded: '1985',
    seat: 'Kathmandu, Nepal',
    summary:
      'The regional organization of Afghanistan, Bangladesh, Bhutan, India, the Maldives, Nepal, Pakistan and Sri Lanka, set up by a charter signed in Dhaka on 8 December 1985 to promote economic, social and cultural cooperation. Decisions are unanimous and bilateral disputes are kept off its agenda.',
    source:
      'https://sk.sagepub.com/cqpress/political-handbook-of-the-world-2013/i5612.xml; https://reefrecovery.org/de/s%c3%bcdasiatische-vereinigung-f%c3%bcr-regionale-zusammenarbeit-saarc; http://swapsushias.blogspot.com/2010/09/international-organisation-saarc.html',
  },
  {
    id: 'sco',
    name: 'Shanghai Cooperation Organisation',
    acronyms: ['SCO'],
    aliases: ['Shanghai Five'],
    kind: 'regional body',
    founded: '2001 (Shanghai Five, 1996)',
    seat: 'Beijing, China (secretariat)',
    summary:
      'A Eurasian political, economic and security organization announced in Shanghai on 15 June 2001 by China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan, succeeding the Shanghai Five. India and Pakistan joined in 2017, Iran in 2023 and Belarus in 2024; its anti-terrorism structure sits in Tashkent.',
    source:
      'http://piglix.com/piglix/Peace_Mission_2009; http://movatter.jp/mt/?dark=on&url=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2FShanghai_Cooperation_Organisation; http://www.marxdic.com/article/1841',
  },
  {
    id: 'brics',
    name: 'BRICS',
    acronyms: ['BRICS', 'BRIC'],
    aliases: [],
    kind: 'forum',
    founded: '2009',
    summary:
      'A grouping of large emerging economies formed by Brazil, Russia, India and China, whose leaders first met at Yekaterinburg in 2009; South Africa joined in 2010. Egypt, Ethiopia, Iran and the United Arab Emirates joined in 2024 and Indonesia in 2025, and the presidency rotates yearly.',
    source:
      'https://www.latimes.com/world-nation/story/2023-08-24/iran-saudi-arabia-egypt-join-brics-economic-bloc; https://utkarsh.com/current-affairs/egypt-ethiopia-iran-saudi-arabia-and-uae-join-brics-as-full-members; https://when.com/content;_ylt=AwrEsemg469nTLEXmUGoCmVH;_ylu=Y29sbwNiZjEEcG9zAzEEdnRpZAMEc2VjA3JlbC1lYXN0?ei=UTF-8&q=brics+summit+2024+countries+list&s_it=rs-rhr1',
  },
  {
    id: 'gcc',
    name: 'Cooperation Council for the Arab States of the Gulf',
    acronyms: ['GCC'],
    aliases: ['Gulf Cooperation Council'],
    kind: 'regional body',
    founded: '1981',
    seat: 'Riyadh, Saudi Arabia',
    summary:
      'The regional organization of Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab Emirates, formed in May 1981 amid the Iran-Iraq war to coordinate their economic, security, cultural and social policies. Its Supreme Council of heads of state meets yearly; its joint force is the Peninsula Shield.',
    source:
      'http://www.gccegov.net/en/web/guest/gcc;jsessionid=AB60A86860976ABA71DEA44C39C3770F; https://journalsofindia.com/gulf-cooperation-council-2; https://kids.britannica.com/students/article/Gulf-Cooperation-Council/627285; http://fourwinds10.com/siterun_data/government/foreign_policy_and_government/news.php?q=1197584813',
  },
  {
    id: 'oic',
    name: 'Organisation of Islamic Cooperation',
    acronyms: ['OIC'],
    aliases: ['Organisation of the Islamic Conference'],
    kind: 'intergovernmental organization',
    founded: '1969',
    seat: 'Jeddah, Saudi Arabia',
    summary:
      'An organization of 57 mostly Muslim-majority states, founded at a summit in Rabat in September 1969 after an arson attack on Jerusalem’s Al-Aqsa Mosque, that speaks for the collective interests of the Muslim world. It was called the Organisation of the Islamic Conference until 2011.',
    url: 'https://www.oic-oci.org',
    source:
      'https://eblnews.com/news/world/organization-islamic-cooperation-13026; https://vajiramias.com/current-affairs/what-is-the-organization-of-islamic-cooperation-oic/657ab82540fb010594691515; http://sheir.org/edu/oic/; https://materialized-kb.org/entity/E31830/aliases/?form=Organisation+of+Islamic+Cooperation',
  },
  {
    id: 'sadc',
    name: 'Southern African Development Community',
    acronyms: ['SADC', 'SADCC'],
    aliases: ['Southern African Development Coordination Conference'],
    kind: 'regional body',
    founded: '1992 (as SADCC, 1980)',
    seat: 'Gaborone, Botswana',
    summary:
      'The regional organization of southern African states for economic integration and political and security cooperation. It began in 1980 as the Southern African Development Coordination Conference, meant to lessen dependence on apartheid South Africa, and became a community by the 1992 Treaty of Windhoek.',
    url: 'https://www.sadc.int',
    source:
      'http://www.auanticorruption.org/rec/sadc; https://sk.sagepub.com/cqpress/political-handbook-of-the-world-2009/i5554.xml; https://sahistory.org.za/dated-event/sadc-treaty-signed-namibia',
  },
  {
    id: 'eac',
    name: 'East African Community',
    acronyms: [],
    aliases: [],
    contextAliases: ['EAC'],
    kind: 'regional body',
    founded: '2000 (first community 1967–1977)',
    seat: 'Arusha, Tanzania',
    summary:
      'The regional organization of East African states, first formed by Kenya, Tanzania and Uganda in 1967 and collapsed in 1977 over political and economic differences. Revived by a treaty signed in Arusha in 1999 and in force from July 2000, it has since admitted more members and launched a common market in 2010.',
    source:
      'http://www.self.gutenberg.org/articles/eng/East_African_Community; https://www.irishtimes.com/news/east-african-trade-bloc-revived-1.371704; http://infojep.com/safari/archives_1299.htm; https://www.gaois.ie/en/terminology?Query=Ardchoimisi%C3%BAn+na+hAfraice+Thoir',
  },
  {
    id: 'mercosur',
    name: 'Southern Common Market',
    acronyms: [],
    aliases: ['Mercosur', 'Mercosul', 'Common Market of the South', 'Mercado Común del Sur'],
    kind: 'regional body',
    founded: '1991 (Treaty of Asunción)',
    seat: 'Montevideo, Uruguay (secretariat)',
    summary:
      'The South American trade bloc and customs union founded by Argentina, Brazil, Paraguay and Uruguay with the Treaty of Asunción of 26 March 1991 and given its institutions by the 1994 Treaty of Ouro Preto. Several other South American countries are associate members.',
    source:
      'https://asunciontimes.com/news/international-news/mercosur-celebrates-its-33rd-anniversary-of-existence; http://globaledge.msu.edu/trade-blocs/mercosur; http://www.liquisearch.com/mercosur',
  },
  {
    id: 'andean-community',
    name: 'Andean Community',
    acronyms: [],
    aliases: ['Andean Pact', 'Andean Group', 'Comunidad Andina'],
    kind: 'regional body',
    founded: '1969 (Cartagena Agreement)',
    seat: 'Lima, Peru (General Secretariat)',
    summary:
      'The economic integration organization of Bolivia, Colombia, Ecuador and Peru, which grew out of the 1969 Cartagena Agreement, or Andean Pact, and took its present name in 1996. Its members have built a free trade area; Chile left in 1976 and Venezuela in 2006.',
    source:
      'https://link.springer.com/referenceworkentry/10.1007%2F978-1-349-95321-9_79; https://encyclopediahub.com/ar751366; https://www.imf.org/external/np/sec/decdo/acuerdo.htm',
  },
  {
    id: 'caricom',
    name: 'Caribbean Community',
    acronyms: ['CARICOM'],
    aliases: ['Caribbean Community and Common Market'],
    kind: 'regional body',
    founded: '1973 (Treaty of Chaguaramas)',
    seat: 'Georgetown, Guyana',
    summary:
      'The organization of fifteen Caribbean member states and several associate members, created by the Treaty of Chaguaramas of July 1973 in place of the Caribbean Free Trade Association. It promotes economic integration, including a single market and economy under the revised treaty of 2001, and coordinates foreign policy.',
    source:
      'https://drupal.caricom.org/?page=78; https://guyanainc.biz/daily-updates/reflecting-on-the-treaty-of-chaguaramas; https://journalsofindia.com/4th-india-caricom-ministerial-meeting',
  },
  {
    id: 'pif',
    name: 'Pacific Islands Forum',
    acronyms: ['PIF'],
    aliases: ['South Pacific Forum'],
    kind: 'regional body',
    founded: '1971',
    seat: 'Suva, Fiji (secretariat)',
    summary:
      'The main political and economic grouping of the Pacific island states, Australia and New Zealand, whose leaders meet yearly and decide by consensus. Founded in Wellington in August 1971 as the South Pacific Forum, it took its present name in 2000.',
    url: 'https://www.forumsec.org',
    source:
      'https://sk.sagepub.com/cqpress/political-handbook-of-the-world-2020-2021/i8859.xml; http://www.forumsec.org.fj/pages.cfm/about-us/; https://link.springer.com/referenceworkentry/10.1007%2F978-1-349-95321-9_102',
  },
  {
    id: 'arctic-council',
    name: 'Arctic Council',
    acronyms: [],
    aliases: [],
    kind: 'forum',
    founded: '1996 (Ottawa Declaration)',
    summary:
      'The high-level forum of the eight Arctic states (Canada, Denmark, Finland, Iceland, Norway, Russia, Sweden and the United States), set up by the Ottawa Declaration of 19 September 1996. It works by consensus on sustainable development and environmental protection, with Arctic Indigenous organizations as permanent participants.',
    source:
      'https://www.canada.ca/en/global-affairs/news/2016/09/arctic-council.html; https://www.international.gc.ca/world-monde/international_relations-relations_internationales/arctic-arctique/declaration_ac-declaration_ca.aspx?lang=eng; http://www.cfr.org/arctic/declaration-establishment-arctic-council-1996/p30733',
  },
  {
    id: 'barents-euro-arctic-council',
    name: 'Barents Euro-Arctic Council',
    acronyms: ['BEAC'],
    aliases: [],
    kind: 'forum',
    founded: '1993 (Kirkenes Declaration)',
    seat: 'Kirkenes, Norway (International Barents Secretariat)',
    summary:
      'The intergovernmental forum for cooperation in the Barents region of northern Europe and northwest Russia, set up by the Kirkenes Declaration of January 1993; its members are Denmark, Finland, Iceland, Norway, Russia, Sweden and the European Union, with the chair rotating among the four core Barents states. Russia later withdrew from the cooperation.',
    source:
      'https://arcticportal.org/arctic-governance/international-agreements-archive/3456-kirkenes-declaration-11th-january-1993 ; https://business-line.com/russia-withdraws-from-the-barents-cooperation ; https://mid.ru/ru/foreign_policy/news/1555386/?lang=en ; https://wikisum.wiki/wiki/Barents_Euro-Arctic_Council',
  },
  {
    id: 'opec',
    name: 'Organization of the Petroleum Exporting Countries',
    acronyms: ['OPEC'],
    aliases: [],
    kind: 'intergovernmental organization',
    founded: '1960',
    seat: 'Vienna, Austria',
    summary:
      'The organization of oil-exporting states founded at the Baghdad Conference of September 1960 by Iran, Iraq, Kuwait, Saudi Arabia and Venezuela to coordinate their petroleum policies and stabilize oil markets. Headquartered in Geneva at first, it moved to Vienna in 1965.',
    source:
      'http://www.conservapedia.com/index.php?title=OPEC&oldid=651343; https://quizzclub.com/games/welcome/which-5-countries-founded-the-organization-of-the-petroleum-exporting-countries-opec-in-1960/answer/2456879/; https://infinitelexicon.com/OPEC',
  },
  {
    id: 'paris-club',
    name: 'Paris Club',
    acronyms: [],
    aliases: ['Club de Paris'],
    kind: 'forum',
    founded: '1956',
    seat: 'Paris, France (secretariat at the French Treasury)',
    summary:
      'An informal group of major official creditor countries that agrees on coordinated debt relief, by rescheduling or reducing payments, for debtor countries undertaking reforms. It dates from a 1956 meeting in Paris between Argentina and its public creditors and is chaired by the head of the French Treasury.',
    url: 'https://clubdeparis.org',
    source:
      'https://wiki-gateway.eudic.net/wikipedia_en/Club_de_Paris.html; https://wikimili.com/en/Paris_Club; https://www.citeco.fr/10000-years-history-economics/contemporary-world/creation-of-the-paris-club; https://clubdeparis.org/en/node?page=1',
  },
  {
    id: 'fatf',
    name: 'Financial Action Task Force',
    acronyms: ['FATF', 'GAFI'],
    aliases: ['Financial Action Task Force on Money Laundering', "Groupe d'action financière"],
    kind: 'intergovernmental organization',
    founded: '1989',
    seat: 'Paris, France (secretariat hosted by the OECD)',
    summary:
      'The intergovernmental body set up by the 1989 G7 summit in Paris that sets global standards against money laundering and, since 2001, terrorist financing. It reviews countries against its Recommendations and publicly lists jurisdictions with weak controls, the so-called black and grey lists.',
    url: 'https://www.fatf-gafi.org',
    source:
      'https://www.everycrsreport.com/changes/20121128_RS21904_7ce5d2bcb4bf9f1f3e931271504b10dbfce4595c__20140313_RS21904_a243390eb824633ce9dff979e9796f6a39206a98.html; https://wiki.studentb.eu/view_html.php?lang=en&q=Financial_Action_Task_Force&sq=Google; https://ru.scribd.com/document/183390460/FATF-GAFI-Annual-Report-2007-2008',
  },
  {
    id: 'interpol',
    name: 'International Criminal Police Organization',
    acronyms: ['ICPO', 'INTERPOL'],
    aliases: ['Interpol', 'International Criminal Police Commission'],
    kind: 'intergovernmental organization',
    founded: '1923',
    seat: 'Lyon, France',
    summary:
      'The worldwide organization for police cooperation, with a National Central Bureau in each of its 196 member states. Founded in Vienna in 1923 as the International Criminal Police Commission, it took the name Interpol in 1956 and moved its headquarters from near Paris to Lyon in 1989.',
    source:
      'https://cyberdivisionhq.com/about; http://theinfolist.com/html/ALL/s/Interpol.html; https://quizzclub.com/trivia/in-1989-the-headquarters-of-interpol-were-relocated-to-which-french-city/answer/279808/',
  },
  {
    id: 'iea',
    name: 'International Energy Agency',
    acronyms: ['IEA'],
    aliases: [],
    kind: 'intergovernmental organization',
    founded: '1974',
    seat: 'Paris, France',
    summary:
      'An autonomous agency set up within the OECD framework in November 1974, after the Arab oil embargo, on a proposal by Secretary of State Henry Kissinger. Members must hold oil stocks equal to 90 days of net imports for emergencies; it also publishes energy statistics and advises on energy security and climate policy.',
    url: 'https://www.iea.org',
    source:
      'http://oecdobserver.org/news/fullstory.php/aid/2934/Energy_in_a_crisis.html; https://inventaire.io/entity/wd:Q826700; http://moneywords.com/iea; https://liquisearch.com/international_energy_agency/history',
  },
  {
    id: 'ifc',
    name: 'International Finance Corporation',
    acronyms: ['IFC'],
    aliases: [],
    kind: 'international financial institution',
    founded: '1956',
    seat: 'Washington, D.C., USA',
    summary:
      'The World Bank Group member that finances private enterprise in developing countries through loans, equity investments and advice, created in July 1956 as the private-sector counterpart to the Bank’s lending to governments.',
    source:
      'https://academickids.com/encyclopedia/index.php/World_Bank_Group; https://www.countryreports.org/glossary.htm?term=World+Bank; https://glean.datagood.io/w/world-bank-group',
  },
  {
    id: 'miga',
    name: 'Multilateral Investment Guarantee Agency',
    acronyms: ['MIGA'],
    aliases: [],
    kind: 'international financial institution',
    founded: '1988',
    seat: 'Washington, D.C., USA',
    summary:
      'The World Bank Group member, created in April 1988, that promotes foreign direct investment in developing countries by insuring investors and lenders against political and other non-commercial risks such as expropriation, war and currency inconvertibility.',
    source:
      'https://glean.datagood.io/w/world-bank-group; https://academickids.com/encyclopedia/index.php/World_Bank_Group; https://halifaxinitiative.org/content/issue-brief-private-sector-lending-and-world-bank-group-june-2006',
  },
  {
    id: 'icsid',
    name: 'International Centre for Settlement of Investment Disputes',
    acronyms: ['ICSID'],
    aliases: [],
    kind: 'international court',
    founded: '1966',
    seat: 'Washington, D.C., USA',
    summary:
      'The World Bank Group institution, established in October 1966, that provides facilities for the conciliation and arbitration of investment disputes between governments and foreign investors.',
    source:
      'https://academickids.com/encyclopedia/index.php/World_Bank_Group; https://glean.datagood.io/w/world-bank-group; http://worldbank.lt/aboutwb/',
  },
  {
    id: 'idb',
    name: 'Inter-American Development Bank',
    acronyms: ['IDB'],
    aliases: ['Banco Interamericano de Desarrollo'],
    kind: 'international financial institution',
    founded: '1959',
    seat: 'Washington, D.C., USA',
    summary:
      'The oldest and largest regional development bank, created in April 1959 to finance economic and social development in Latin America and the Caribbean. Owned by 48 member countries, with the United States holding about 30 percent of the votes, it lends to governments and, through IDB Invest, to private firms.',
    url: 'https://www.iadb.org',
    source:
      'https://en.wikipedia.org/wiki/Inter-American_Development_Bank; https://eifxekqkqvx.shop/print/article/289921; https://link.springer.com/referenceworkentry/10.1007%2F978-1-349-95321-9_86; http://www.piglix.com/piglix/Inter-American_Development_Bank',
  },
  {
    id: 'adb',
    name: 'Asian Development Bank',
    acronyms: ['ADB', 'AsDB'],
    aliases: [],
    kind: 'international financial institution',
    founded: '1966',
    seat: 'Mandaluyong, Metro Manila, Philippines',
    summary:
      'The regional development bank for Asia and the Pacific, established on 19 December 1966 and modeled on the World Bank, with votes weighted by capital. Japan and the United States are its largest shareholders, and its president has always been Japanese.',
    url: 'https://www.adb.org',
    source:
      'https://en.m.wikipedia.org/wiki/Asian_Development_Bank; https://owiki.org/wiki/Bank_Avenue; http://www.unesco.org/archives/sio/Eng/presentation_print.php?idOrg=1002',
  },
  {
    id: 'afdb',
    name: 'African Development Bank Group',
    acronyms: ['AfDB'],
    aliases: ['African Development Bank', 'Banque africaine de développement'],
    kind: 'international financial institution',
    founded: '1964 (agreement signed in Khartoum, 1963)',
    seat: 'Abidjan, Côte d’Ivoire',
    summary:
      'The multilateral development bank for Africa, whose founding agreement, signed by 23 newly independent states in 1963, took effect in September 1964; it also includes the concessional African Development Fund (1972). It worked from Tunis between 2003 and 2014 because of the conflict in Côte d’Ivoire.',
    url: 'https://www.afdb.org',
    source:
      'https://www.afdb.org/en/about-us/corporate-information/history; http://www.afdb.org/en/about-us/history/; https://www.wikiplanet.click/enciclopedia/en/African_Development_Bank',
  },
  {
    id: 'ebrd',
    name: 'European Bank for Reconstruction and Development',
    acronyms: ['EBRD'],
    aliases: [],
    kind: 'international financial institution',
    founded: '1991',
    seat: 'London, United Kingdom',
    summary:
      'A multilateral development bank inaugurated on 15 April 1991, after the fall of the Berlin Wall, to help the former communist countries of central and eastern Europe and then the former Soviet Union build market economies. It invests mainly in private enterprise and now works from central Asia to North Africa; the United States is its largest shareholder.',
    url: 'https://www.ebrd.com',
    source:
      'https://www.ebrd.com/news/2016/ebrd-celebrates-25-years-of-investing-for-change.html; http://piglix.com/piglix/European_Bank_of_Reconstruction_and_Development; https://politico.eu/article/analysis-bank-on-lemierre-in-regeneration-game',
  },
  {
    id: 'aiib',
    name: 'Asian Infrastructure Investment Bank',
    acronyms: ['AIIB'],
    aliases: [],
    kind: 'international financial institution',
    founded: '2015 (operations began January 2016)',
    seat: 'Beijing, China',
    summary:
      'A China-led multilateral development bank, proposed by Xi Jinping in 2013, that finances infrastructure and other productive investment in Asia. It began operating in January 2016 with 57 founding members; China is its largest shareholder, and the United States and Japan stayed out.',
    source:
      'https://forumchinaplp.org.mo/language/change/3?back=economic_trade%2Fview%2F2310; https://bricspolicycenter.org/en/publications/asian-infrastructure-investment-bank-aiib/; https://gov.br/mdic/pt-br/assuntos/assuntos-economicos-internacionais/cooperacao-internacional/banco-asiatico-de-investimentos-em-infraestrutura; https://noticiabrasil.net.br/20150515/1026393.html',
  },
  {
    id: 'ndb',
    name: 'New Development Bank',
    acronyms: ['NDB'],
    aliases: ['BRICS Development Bank', 'BRICS Bank'],
    kind: 'international financial institution',
    founded: '2014 (Fortaleza agreement; opened 2015)',
    seat: 'Shanghai, China',
    summary:
      'The multilateral development bank of the BRICS countries, agreed at the 2014 Fortaleza summit and opened in Shanghai in July 2015, which funds infrastructure and sustainable development in emerging economies. Unlike the World Bank, each founding member has an equal vote and none holds a veto.',
    source:
      'https://sdg.iisd.org/news/new-development-bank-opens-for-business; https://www.gktoday.in/current-affairs/brics-bank-starts-operations-shanghai-china/; https://domain-b.com/amp/economy/world-economy/brics-s-new-development-bank-opens-in-shanghai',
  },
  {
    id: 'bis',
    name: 'Bank for International Settlements',
    acronyms: ['BIS'],
    aliases: ['Banque des règlements internationaux'],
    kind: 'international financial institution',
    founded: '1930',
    seat: 'Basel, Switzerland',
    summary:
      'The bank owned by central banks that fosters monetary and financial cooperation and serves as a bank for central banks, hosting the Basel committees on financial stability. It opened in Basel on 17 May 1930, first to handle German reparations under the Young Plan.',
    url: 'https://www.bis.org',
    source:
      'http://piglix.com/piglix/Bank_for_International_Settlements; https://kids.britannica.com/students/article/Bank-for-International-Settlements/316966; https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/International_bankers',
  },
  {
    id: 'isdb',
    name: 'Islamic Development Bank',
    acronyms: ['IsDB'],
    aliases: [],
    kind: 'international financial institution',
    founded: '1973 (operations began 1975)',
    seat: 'Jeddah, Saudi Arabia',
    summary:
      'A multilateral development bank of 57 member states, all members of the Organisation of Islamic Cooperation, that finances development in line with Islamic law. Founded by a 1973 conference of Muslim finance ministers and opened in 1975, it counts Saudi Arabia as its largest shareholder.',
    url: 'https://www.isdb.org',
    source:
      'https://en.wikipedia.org/wiki/Islamic_Development_Bank; http://www.relbanks.com/asia/saudi-arabia/islamic-development-bank; https://friendlywiki.com/article/index.php?title=Islamic_Development_Bank',
  },
  {
    id: 'icc',
    name: 'International Criminal Court',
    acronyms: ['ICC'],
    aliases: [],
    kind: 'international court',
    founded: '2002 (Rome Statute, 1998)',
    seat: 'The Hague, Netherlands',
    summary:
      'The first permanent international criminal court, created by the Rome Statute of July 1998, which entered into force on 1 July 2002. It tries individuals for genocide, crimes against humanity, war crimes and aggression when national courts are unable or unwilling to; states become members by ratifying the Rome Statute.',
    source:
      'https://www.embassyofperu.nl/international-criminal-court; https://www.justiceinfo.net/en/tribunals/icc; https://www.selfstudyforias.com/international-judicial-bodies/',
  },
  {
    id: 'pca',
    name: 'Permanent Court of Arbitration',
    acronyms: ['PCA'],
    aliases: ['Cour permanente d’arbitrage'],
    kind: 'international court',
    founded: '1899',
    seat: 'Peace Palace, The Hague, Netherlands',
    summary:
      'An intergovernmental organization created by the 1899 Hague Peace Conference, the first permanent body for settling international disputes by arbitration. It has no sitting judges: parties choose arbitrators for disputes between states, international organizations or private parties, and it is not a UN agency.',
    source:
      'https://www.selfstudyforias.com/international-judicial-bodies/; https://calendarz.com/fr/amp/on-this-day/february/6/permanent-court-of-arbitration; https://nlintheusa.com/peace-palace/',
  },
  {
    id: 'inter-american-court-of-human-rights',
    name: 'Inter-American Court of Human Rights',
    acronyms: [],
    aliases: ['Corte Interamericana de Derechos Humanos'],
    kind: 'international court',
    founded: '1979',
    seat: 'San José, Costa Rica',
    summary:
      'The human rights court of the inter-American system, created by the 1969 American Convention on Human Rights and installed in 1979. It rules on cases brought by the Inter-American Commission or states against governments that accept its jurisdiction and gives advisory opinions; the United States signed but never ratified the Convention.',
    url: 'https://www.corteidh.or.cr',
    source:
      'https://askwikinow.com/view_html.php?q=Inter-American_Court_of_Human_Rights; http://absoluteastronomy.com/topics/Inter-American_Court_of_Human_Rights; http://hrlibrary.umn.edu/iachr/pr30-99.html',
  },
  {
    id: 'iachr',
    name: 'Inter-American Commission on Human Rights',
    acronyms: ['IACHR'],
    aliases: ['Comisión Interamericana de Derechos Humanos'],
    kind: 'regional body',
    founded: '1959',
    summary:
      'The human rights body of the Organization of American States, created in 1959 and at work from 1960, which monitors human rights in the Americas and refers cases to the Inter-American Court of Human Rights.',
    source:
      'https://cazadordememorias.blogspot.com/2012/08; http://hrlibrary.umn.edu/iachr/pr30-99.html; https://thebusinessyear.com/article/inter-american-court-of-human-rights-celebrates-40-years-in-existence-in-san-jose-costa-rica/',
  },
  {
    id: 'oeec',
    name: 'Organisation for European Economic Co-operation',
    acronyms: ['OEEC'],
    aliases: [],
    kind: 'intergovernmental organization',
    founded: '1948',
    ended: '1961',
    successor: 'the Organisation for Economic Co-operation and Development (OECD)',
    seat: 'Château de la Muette, Paris, France',
    summary:
      'The organization of 18 Western European countries set up by a convention signed in Paris on 16 April 1948 to administer Marshall Plan aid and coordinate Europe’s postwar recovery, including freeing trade among its members. In 1961 it was reshaped into the OECD, which took in non-European members.',
    source:
      'https://oecd.org/en/about/history/the-organisation-for-european-economic-co-operation-oeec.html; https://www.britannica.com/topic/Organisation-for-European-Economic-Co-operation; http://www.zum.de/whkmla/region/europe/oeec.html; https://soprovas.com/questoes/5326093',
  },
  {
    id: 'efta',
    name: 'European Free Trade Association',
    acronyms: ['EFTA'],
    aliases: [],
    kind: 'regional body',
    founded: '1960 (Stockholm Convention)',
    seat: 'Geneva, Switzerland (secretariat)',
    summary:
      'A free trade area of European states outside the European Union, founded on 3 May 1960 under the Stockholm Convention by seven countries as an alternative to the EEC. Most founders later joined the EU; its members are now Iceland, Liechtenstein, Norway and Switzerland, the first three linked to the EU single market through the European Economic Area.',
    url: 'https://www.efta.int',
    source:
      'https://gateway.ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/EFTA.html; https://www.insee.fr/en/metadonnees/definition/c1259; http://web.archive.org/web/20030212100244/http:/www.efta.int/',
  },
  {
    id: 'weu',
    name: 'Western European Union',
    acronyms: ['WEU'],
    aliases: ['Brussels Treaty Organisation'],
    kind: 'military alliance',
    founded: '1954 (Modified Brussels Treaty)',
    ended: '2011',
    successor: "the European Union's Common Security and Defence Policy",
    seat: 'Brussels, Belgium',
    summary:
      'A Western European defense organization formed in October 1954, when West Germany and Italy joined the 1948 Brussels Treaty alliance. After the Cold War its tasks passed to the European Union’s common security and defence policy; its members ended the treaty in 2010 and it closed on 30 June 2011.',
    source:
      'https://en.wikipedia.org/wiki/Western_European_Union; https://kiwix.lema.org/wikipedia_en_all_mini_2024-02/A/WEU; http://gggg.com/detail/basic_m/military_units_union_page_no_4.html',
  },
  {
    id: 'cis',
    name: 'Commonwealth of Independent States',
    acronyms: ['CIS'],
    aliases: [],
    kind: 'regional body',
    founded: '1991',
    seat: 'Minsk, Belarus',
    summary:
      'A loose association of former Soviet republics created on 8 December 1991 by Russia, Ukraine and Belarus as the Soviet Union dissolved, and joined by eight more republics at Alma-Ata later that month. It coordinates trade, security and other policy; the Baltic states never joined, Georgia left in 2008–09 and Ukraine ended its participation in 2018.',
    source:
      'http://react.usip.org/pub/m1/p38.html; https://www.lawschoolsinusa.com/commonwealth-of-independent-states/; http://vkvinoth1.blogspot.com/2010/07/commonwealth-of-independent-states.html; https://ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Commonwealth_of_Independent_States.html',
  },
  {
    id: 'csto',
    name: 'Collective Security Treaty Organization',
    acronyms: ['CSTO'],
    aliases: ['Collective Security Treaty Organisation'],
    kind: 'military alliance',
    founded: '1992 (Tashkent treaty)',
    summary:
      'A Russian-led mutual defense alliance of former Soviet states, based on a collective security treaty signed in Tashkent in 1992 by Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan. Azerbaijan, Georgia and Uzbekistan dropped out when it came up for renewal in 1999.',
    source:
      'http://react.usip.org/pub/m1/p38.html; https://ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Commonwealth_of_Independent_States.html; http://web.archive.org./web/20160606015447/http://wn.com/Commonwealth_of_Independent_States',
  },
  {
    id: 'eaeu',
    name: 'Eurasian Economic Union',
    acronyms: ['EAEU', 'EEU'],
    aliases: [],
    kind: 'regional body',
    founded: '2015 (treaty signed in Astana, 2014)',
    summary:
      'An economic union of Russia, Belarus, Kazakhstan, Armenia and Kyrgyzstan, created by a treaty signed in Astana on 29 May 2014 that took effect on 1 January 2015. It provides for free movement of goods, services, capital and labor and for common economic policies, run through the Eurasian Economic Commission.',
    source:
      'https://thailand.mid.ru/en/press-centre/news/about_eurasian_economic_union; http://www.eurasiancommission.org/en/nae/news/Pages/29-05-2014-1.aspx; https://zh.scribd.com/document/363551812/The-EEU',
  },
  {
    id: 'arf',
    name: 'ASEAN Regional Forum',
    acronyms: ['ARF'],
    aliases: [],
    kind: 'forum',
    founded: '1994',
    summary:
      'The security dialogue of ASEAN with its dialogue partners, including the United States, China, Russia, Japan and the EU, and other Asia-Pacific states. Its foreign ministers first met in Bangkok on 25 July 1994; it works by consensus on confidence-building and preventive diplomacy.',
    source:
      'http://asiep.free.fr/asie/arf7-94.html; https://jawawa.id/newsitem/asean-all-set-for-inaugural-security-forum-1447893297; https://gkseries.com/blog/asean-regional-forum-arf',
  },
  {
    id: 'east-asia-summit',
    name: 'East Asia Summit',
    acronyms: [],
    aliases: [],
    contextAliases: ['EAS'],
    kind: 'forum',
    founded: '2005',
    summary:
      'A yearly leaders’ forum of the Asia-Pacific led by ASEAN and held alongside its summits, first convened in Kuala Lumpur on 14 December 2005 with 16 countries. It grew out of ASEAN Plus Three and now also includes the United States and Russia.',
    source:
      'http://discover-it.blogspot.com/2007/02; http://khisyam-asean.blogspot.com/2007/09/official-meetings-set-up-by-asean.html; http://bankpedia.org/index.php/en/85-english/a/23783-association-of-southeast-asian-nations-asean',
  },
  {
    id: 'mfo',
    name: 'Multinational Force and Observers',
    acronyms: ['MFO'],
    aliases: [],
    kind: 'peace-support mission',
    founded: '1981 (deployed March 1982)',
    seat: 'Rome, Italy (headquarters); forces in the Sinai',
    summary:
      'The independent peacekeeping force, outside the UN, that supervises the security provisions of the 1979 Egypt-Israel peace treaty in the Sinai. Egypt, Israel and the United States set it up by a protocol of August 1981 after a Soviet veto threat blocked a UN force; it deployed in March 1982 and includes a U.S. contingent.',
    source:
      'https://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq.ipfs.dweb.link/wiki/Multinational_Force_and_Observers.html; https://english.defensie.nl/topics/historical-missions/mission-overview/1982/multinational-force-and-observers-mfo; https://www.difesa.it/OperazioniMilitari/op_intern_corso/MFO/Pagine/default.aspx',
  },
  {
    id: 'aussom',
    name: 'African Union Support and Stabilization Mission in Somalia',
    acronyms: ['AUSSOM', 'ATMIS', 'AMISOM'],
    aliases: [
      'African Union Transition Mission in Somalia',
      'African Union Mission in Somalia',
      'African Union Mission to Somalia',
    ],
    kind: 'peace-support mission',
    founded: '2007 (as AMISOM)',
    seat: 'Mogadishu, Somalia',
    summary:
      'The African Union force in Somalia, created by the AU Peace and Security Council in January 2007 as AMISOM and endorsed by the UN Security Council, which fought al-Shabaab alongside Somali forces with troops from Uganda, Kenya, Burundi, Djibouti and Ethiopia. It became ATMIS in April 2022 and AUSSOM in January 2025.',
    source:
      'https://wiki.richxsearch.com/view_html.php?sq=War_Crimes&lang=en&q=African_Union_Mission_to_Somalia; https://www.defenceweb.co.za/african-news/aussom-operational-in-somalia/; https://wikimili.com/en/African_Union_Transition_Mission_in_Somalia; https://eagle.co.ug/2022/03/04/amisom-comes-to-an-end-to-be-replaced-by-atmis.html',
  },
  {
    id: 'quartet',
    name: 'Quartet on the Middle East',
    acronyms: [],
    aliases: ['Middle East Quartet', 'Madrid Quartet', 'Diplomatic Quartet'],
    contextAliases: ['the Quartet', 'Quartet'],
    kind: 'coordination body',
    founded: '2002',
    summary:
      'The grouping of the United States, the European Union, Russia and the United Nations set up in Madrid in 2002, during the Second Intifada, to mediate the Israeli-Palestinian peace process. Its office in East Jerusalem supports the Palestinian economy and institutions; Tony Blair was its envoy from 2007 to 2015.',
    source:
      'https://en.wikipedia.org/wiki/Quartet_on_the_Middle_East; http://www.theinfolist.com/php/SummaryGet.php?FindGo=Quartet_on_the_Middle_East; https://www.thepriest.in/2014/06/middle-east-peace-quartet.html',
  },
  {
    id: 'six-party-talks',
    name: 'Six-Party Talks',
    acronyms: [],
    aliases: [],
    kind: 'consultative process',
    founded: '2003',
    ended: '2009',
    seat: 'Beijing, China',
    summary:
      'Multilateral negotiations on North Korea’s nuclear program among China (the host), the United States, Japan, Russia and the two Koreas, begun in 2003 after North Korea left the Nuclear Non-Proliferation Treaty. They produced a 2007 deal to shut down its nuclear facilities, but North Korea walked out in April 2009.',
    source:
      'https://en.wikipedia.org/wiki/Six-party_talks; https://world101.cfr.org/cfr_glossary/81; http://piglix.com/piglix/Six-Party_Talks',
  },
  {
    id: 'minsk-group',
    name: 'OSCE Minsk Group',
    acronyms: [],
    aliases: ['Minsk Group'],
    kind: 'coordination body',
    founded: '1992',
    summary:
      'The group of OSCE states created by the CSCE in 1992 to mediate a negotiated settlement of the Armenia-Azerbaijan conflict over Nagorno-Karabakh. France, Russia and the United States co-chaired it from 1997, but cooperation among them was largely paralyzed after Russia’s 2022 invasion of Ukraine.',
    source:
      'https://lib.aliyev-heritage.org/print.php?lang=en&page=2823467; https://ditord.com/2010/07/29/osce-minsk-group-co-chairs-to-visit-the-region-in-early-september/; https://americanstudies.am/the-role-of-the-minsk-group-in-the-nagorno-karabakh-conflict-current-crisis-and-the-importance-of-preserving-the-existing-mediation-format/',
  },
  {
    id: 'nsg',
    name: 'Nuclear Suppliers Group',
    acronyms: ['NSG'],
    aliases: [],
    kind: 'coordination body',
    founded: '1974–75 (after India’s 1974 nuclear test)',
    summary:
      'A group of 48 nuclear supplier governments that coordinate export controls on nuclear materials, equipment and technology, including dual-use items, to prevent their use for weapons. Formed after India’s 1974 nuclear test, it granted India a waiver in 2008 allowing nuclear trade despite India’s staying outside the NPT.',
    source:
      'https://enlitecafe.com/groupings-deal-with-weapons-nuclear-suppliers-group-nsg/; https://www.peoplesdecade.org/news/experts/detail.php?id=4408; https://id.scribd.com/doc/137029240/Nuclear-Suppliers-Group',
  },
  {
    id: 'mtcr',
    name: 'Missile Technology Control Regime',
    acronyms: ['MTCR'],
    aliases: [],
    kind: 'coordination body',
    summary:
      'One of the four multilateral export control regimes, alongside the Nuclear Suppliers Group, the Australia Group and the Wassenaar Arrangement, in which participating states coordinate politically binding controls on exports of missiles and related technology. Decisions are taken by consensus and enforced through national laws.',
    source:
      'https://docslib.org/doc/3078702/the-wassenaar-arrangement-on-export-controls-for-conventional-arms-and-dual-use-goods-and-technologies (SIPRI Yearbook 2016); https://stadtmacherei-eimsbuettel.de/2021/04/15/wassenaar-agreement-countries/',
  },
  {
    id: 'wassenaar-arrangement',
    name: 'Wassenaar Arrangement',
    acronyms: [],
    aliases: [
      'Wassenaar Arrangement on Export Controls for Conventional Arms and Dual-Use Goods and Technologies',
    ],
    kind: 'coordination body',
    founded: '1996',
    seat: 'Vienna, Austria (secretariat)',
    summary:
      'A multilateral export control regime, established in July 1996 in Wassenaar, the Netherlands, through which 42 participating states coordinate controls on conventional arms and dual-use goods and technologies and exchange information on arms transfers. It succeeded the Cold War CoCom but, unlike it, gives no member a veto and is not a treaty.',
    url: 'https://www.wassenaar.org',
    source:
      'https://wiki.av1.space/content/wikipedia_en_all_mini_2025-06/Wassenaar_Arrangement; https://usinfo.org/trade/ejou997/ejregime.htm; https://stadtmacherei-eimsbuettel.de/2021/04/15/wassenaar-agreement-countries/',
  },
  {
    id: 'cocom',
    name: 'Coordinating Committee for Multilateral Export Controls',
    acronyms: ['COCOM', 'CoCom'],
    aliases: [],
    kind: 'coordination body',
    successor: 'the Wassenaar Arrangement (1996)',
    summary:
      'The Cold War group of Western countries that controlled exports of advanced technology and arms to the Soviet bloc and China, in which any member could veto another’s proposed sale. After its termination, its members negotiated the looser Wassenaar Arrangement, agreed in 1995–96.',
    source:
      'https://usinfo.org/trade/ejou997/ejregime.htm; https://wiki.av1.space/content/wikipedia_en_all_mini_2025-06/Wassenaar_Arrangement; https://stadtmacherei-eimsbuettel.de/2021/04/15/wassenaar-agreement-countries/',
  },
  {
    id: 'australia-group',
    name: 'Australia Group',
    acronyms: [],
    aliases: [],
    kind: 'coordination body',
    founded: '1985',
    summary:
      'An informal export control regime, formed in 1985 after Iraq’s use of chemical weapons, whose 43 members, including the United States and the European Commission, harmonize controls on chemicals, equipment and technology that could be used to make chemical or biological weapons. Australia chairs it and runs its secretariat.',
    source:
      'https://wikimili.com/en/Australia_Group; https://docslib.org/doc/3078702/the-wassenaar-arrangement-on-export-controls-for-conventional-arms-and-dual-use-goods-and-technologies (SIPRI Yearbook 2016)',
  },
  {
    id: 'community-of-democracies',
    name: 'Community of Democracies',
    acronyms: ['CoD'],
    aliases: [],
    kind: 'intergovernmental organization',
    founded: '2000',
    seat: 'Warsaw, Poland (Permanent Secretariat)',
    summary:
      'An intergovernmental coalition of democracies that promotes democratic norms and institutions, launched at a June 2000 ministerial conference in Warsaw on the initiative of Secretary of State Madeleine Albright and Polish Foreign Minister Bronisław Geremek, where 106 countries signed the Warsaw Declaration. Its Permanent Secretariat opened in Warsaw in 2009.',
    source:
      'https://www.govinfo.gov/content/pkg/BILLS-111hres1143eh/xml/BILLS-111hres1143eh.xml; https://1997-2001.state.gov/global/human_rights/democracy/cdi_index.html; http://www.liquisearch.com/community_of_democracies/history',
  },
  {
    id: 'hcch',
    name: 'Hague Conference on Private International Law',
    acronyms: ['HCCH'],
    aliases: ['Conférence de La Haye de droit international privé'],
    kind: 'intergovernmental organization',
    founded: '1893',
    seat: 'The Hague, Netherlands (Permanent Bureau)',
    summary:
      'The intergovernmental organization that drafts and services treaties on cross-border private law, first convened by the Dutch government in September 1893. Its conventions include the 1980 Child Abduction Convention and the 1993 Intercountry Adoption Convention, which work through national Central Authorities.',
    url: 'https://www.hcch.net',
    source:
      'https://docslib.org/doc/6845605/annual-report-2018; https://hcch.net/en/instruments/specialised-sections/intercountry-adoption/; http://svjt.se/svjt/1993/293; https://paperzz.com/doc/7104889/questionnaire-on-the-practical-operation-of-the-1980',
  },
  {
    id: 'iusct',
    name: 'Iran-United States Claims Tribunal',
    acronyms: ['IUSCT'],
    aliases: [],
    kind: 'international court',
    founded: '1981 (Algiers Accords)',
    seat: 'The Hague, Netherlands',
    summary:
      'The arbitral tribunal created by the Algiers Accords of January 1981, which ended the Iran hostage crisis, to settle property and contract claims between Iran and the United States and their nationals. Its nine arbitrators (three Iranian, three American, three neutral) first met in July 1981.',
    source:
      'https://en.wikipedia.org/wiki/Iran%E2%80%93United_States_Claims_Tribunal; https://en.wikipedia.org/wiki/Iran-United_States_Claims_Tribunal; http://www.lawhague.com/us-iran.html',
  },
  {
    id: 'oecs',
    name: 'Organisation of Eastern Caribbean States',
    acronyms: ['OECS'],
    aliases: [],
    kind: 'regional body',
    founded: '1981 (Treaty of Basseterre)',
    seat: 'Castries, Saint Lucia (secretariat)',
    summary:
      'The grouping of small Eastern Caribbean island states created by the Treaty of Basseterre of 18 June 1981, whose collective-security clause President Reagan cited for the 1983 intervention in Grenada. A revised treaty of 2010 made it an economic union; its members share the Eastern Caribbean dollar.',
    url: 'https://oecs.org',
    source:
      'https://caricom.org/institutions/organisation-of-eastern-caribbean-states-oecs/; https://issuhub.com/view/index/23326?pageIndex=558; http://www.govt.lc/news/oecs-celebrates-39th-anniversary-today; https://grokipedia.com/page/Organisation_of_Eastern_Caribbean_States',
  },
  {
    id: 'sica',
    name: 'Central American Integration System',
    acronyms: ['SICA'],
    aliases: ['Sistema de la Integración Centroamericana'],
    kind: 'regional body',
    founded: '1991 (Tegucigalpa Protocol; operational 1993)',
    seat: 'El Salvador (General Secretariat)',
    summary:
      'The institutional framework for regional integration in Central America, founded on 13 December 1991 by Costa Rica, El Salvador, Guatemala, Honduras, Nicaragua and Panama through the Tegucigalpa Protocol, which succeeded the Organization of Central American States; Belize and the Dominican Republic later joined. It includes the Central American Parliament and Court of Justice.',
    url: 'https://www.sica.int',
    source:
      'https://www.sica.int/sica/sica_breve_en.aspx; https://www.sica.int/sica/marco_j_en.aspx?IdEnt=401&Idm=2&IdmStyle=2; http://webarchive-2009-2022.internationaldemocracywatch.org/index.php/monitored-igos/america/558-central-american-integration-system.html',
  },
  {
    id: 'unasur',
    name: 'Union of South American Nations',
    acronyms: ['UNASUR', 'UNASUL', 'USAN'],
    aliases: ['Unión de Naciones Suramericanas'],
    kind: 'regional body',
    founded: '2008 (treaty in force 2011)',
    seat: 'Quito, Ecuador',
    summary:
      'A South American intergovernmental union of twelve countries, promoted by Venezuela’s Hugo Chávez, whose constitutive treaty was signed in Brasília on 23 May 2008 and took effect in March 2011. Several members later suspended their membership or withdrew.',
    source:
      'http://movatter.jp/mt/?dark=on&url=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2FUnion_of_South_American_Nations; http://occasionalplanet.org/2010/09/09/the-united-states-of-latin-america/',
  },
  {
    id: 'alba',
    name: 'Bolivarian Alliance for the Peoples of Our America',
    acronyms: ['ALBA'],
    aliases: [
      'Bolivarian Alternative for the Americas',
      'Alianza Bolivariana para los Pueblos de Nuestra América',
    ],
    kind: 'regional body',
    founded: '2004',
    summary:
      'A Latin American and Caribbean alliance of left-leaning governments founded in Havana on 14 December 2004 by Cuba and Venezuela as an alternative to the U.S.-backed Free Trade Area of the Americas. Bolivia, Nicaragua, several Caribbean states and, for a time, Ecuador and Honduras joined.',
    source:
      'https://www.definetheconcept.com/sunrise/; https://milon.g.co.il/targum/Alba; https://www.greenleft.org.au/node/47350',
  },
  {
    id: 'comesa',
    name: 'Common Market for Eastern and Southern Africa',
    acronyms: ['COMESA'],
    aliases: [],
    kind: 'regional body',
    founded: '1994 (treaty signed in Kampala, 1993)',
    seat: 'Lusaka, Zambia',
    summary:
      'A trade bloc of some 19 African states from Libya to Zimbabwe, set up by a treaty signed in Kampala in November 1993 that took effect in December 1994, replacing the Preferential Trade Area of 1981. Several members formed a free trade area in 2000.',
    url: 'https://www.comesa.int',
    source:
      'https://sk.sagepub.com/cqpress/political-handbook-of-the-world-2018-2019/i8552.xml; https://www.edocr.com/v/ozmqzkk8/globaldocuments/commonmarketforeasternandsouthernafricapdf; https://docslib.org/doc/13432439/common-market-for-eastern-and-southern-africa-comesa-east-african-community-eac-east-african-development-bank-eadb-economi',
  },
  {
    id: 'eccas',
    name: 'Economic Community of Central African States',
    acronyms: ['ECCAS', 'CEEAC'],
    aliases: ['Communauté économique des États de l’Afrique centrale'],
    kind: 'regional body',
    founded: '1983',
    seat: 'Libreville, Gabon',
    summary:
      'The regional economic community of Central Africa, established in 1983 to promote economic cooperation and a Central African common market among states including Angola, Cameroon, Chad, Gabon, the two Congos and Rwanda.',
    url: 'http://www.ceeac-eccas.org',
    source:
      'https://docslib.org/doc/13432439/common-market-for-eastern-and-southern-africa-comesa-east-african-community-eac-east-african-development-bank-eadb-economi; https://docslib.org/doc/2325526/eadb-economic-community-of-central-african-states-ceeac',
  },
  {
    id: 'eco',
    name: 'Economic Cooperation Organization',
    acronyms: [],
    aliases: ['Regional Cooperation for Development'],
    contextAliases: ['ECO'],
    kind: 'regional body',
    founded: '1985 (as RCD, 1964)',
    seat: 'Tehran, Iran',
    summary:
      'A regional economic organization founded in 1985 by Iran, Pakistan and Turkey to revive the Regional Cooperation for Development (1964–79) that the three had formed after drawing closer in CENTO. In 1992 it took in Afghanistan, Azerbaijan and the five Central Asian republics.',
    source:
      'http://kppsc.com.pk/Economic-cooperation-organization-eco/; https://lib.aliyev-heritage.org/print.php?lang=en&page=8688884; https://theiranproject.com/blog/2015/02/28/turkish-economic-delegation-departs-for-iran/; https://www.know.cf/enciclopedia/en/Economic_Cooperation_Organization; https://bitlanders.com/blogs/central-treaty-organization-cento/256087',
  },
  {
    id: 'frontex',
    name: 'European Border and Coast Guard Agency',
    acronyms: [],
    aliases: [
      'Frontex',
      'European Agency for the Management of Operational Cooperation at the External Borders',
    ],
    kind: 'regional body',
    founded:
      '2004 (as the European Agency for the Management of Operational Cooperation at the External Borders)',
    seat: 'Warsaw, Poland',
    summary:
      'The European Union agency that supports member states in controlling the external borders of the Schengen area, coordinating joint operations, risk analysis, border-guard training and return operations. Set up in 2004 and operating from 2005, it was given a wider mandate as the European Border and Coast Guard in October 2016 after the 2015–16 migrant crisis.',
    url: 'https://frontex.europa.eu',
    source:
      'https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Frontex; http://old.europe.bg/en/htmls/page.php?category=58&id=5724; http://the-uncensored-wiki.com:20082/articles/f/r/o/Frontex.html',
  },
  {
    id: 'colombo-plan',
    name: 'Colombo Plan for Cooperative Economic and Social Development in Asia and the Pacific',
    acronyms: [],
    aliases: ['Colombo Plan'],
    kind: 'intergovernmental organization',
    founded: '1951',
    summary:
      'A regional organization, established in 1951 with members from South and Southeast Asia, that promotes economic and social development in the Asia-Pacific through technical cooperation, training and capacity building. It now has 27 member countries, developed and developing.',
    source:
      'https://thekootneeti.in/2022/09/23/the-colombo-plan-a-historical-overview-of-the-regional-cooperation-for-economic-development',
  },
  {
    id: 'mekong-river-commission',
    name: 'Mekong River Commission',
    acronyms: ['MRC'],
    aliases: [],
    kind: 'intergovernmental organization',
    founded: '1995',
    seat: 'Vientiane, Laos',
    summary:
      'The intergovernmental body of the lower Mekong countries, set up by the 1995 Mekong Agreement as successor to the UN-backed Mekong Committee of 1957, that coordinates sustainable management of the river’s water and related resources. China and Myanmar, upstream, have not joined.',
    source:
      'https://ebrary.net/109296/economics/regional_development_integration_challenges; http://en.wiki.chinapedia.org/wiki/Portal:Laos/Selected_article/6; https://econpapers.repec.org/RePEc:spr:nrmchp:978-3-319-02198-0_5',
  },
  {
    id: 'ufm',
    name: 'Union for the Mediterranean',
    acronyms: ['UfM'],
    aliases: ['Euro-Mediterranean Partnership', 'Barcelona Process'],
    kind: 'intergovernmental organization',
    founded: '2008 (Barcelona Process, 1995)',
    seat: 'Barcelona, Spain (secretariat)',
    summary:
      'An intergovernmental partnership of 43 states, the EU members and the countries of North Africa, the Middle East and the Balkans, launched at the Paris summit of 13 July 2008 to relaunch the 1995 Euro-Mediterranean Partnership, or Barcelona Process. Its secretariat in Barcelona backs regional projects for stability and development.',
    url: 'https://ufmsecretariat.org',
    source:
      'https://encycloreader.org/r/wikipedia.php?q=Union_for_the_Mediterranean; http://the-uncensored-wiki.com:20151/2015-wikipedia_en_all_2015-05/A/Union_for_the_Mediterranean.html; https://emwis.org/euro-mediterranean-cooperation/political-instruments/union-for-the-mediterranean-ufm',
  },
  {
    id: 'g5-sahel',
    name: 'G5 Sahel',
    acronyms: ['G5S'],
    aliases: ['G5 du Sahel'],
    kind: 'regional body',
    founded: '2014',
    ended: '2023',
    seat: 'Nouakchott, Mauritania',
    summary:
      'A framework for development and security cooperation created at Nouakchott on 16 February 2014 by Burkina Faso, Chad, Mali, Mauritania and Niger to fight jihadist groups in the Sahel, with a France-backed joint force added in 2017. After coups, Mali left in 2022 and Burkina Faso and Niger in December 2023, and the last two members announced its dissolution.',
    source:
      'https://en.wikipedia.org/wiki/G5_Sahel; https://northafricapost.com/73595-g5-sahel-headed-for-dissolution-as-last-members-chad-mauritania-admit-alliance-is-spent-force.html; https://mr.usembassy.gov/tag/g5-sahel/',
  },
  {
    id: 'global-coalition-against-daesh',
    name: 'Global Coalition to Defeat ISIS',
    acronyms: [],
    aliases: [
      'Global Coalition against Daesh',
      'Global Coalition to Defeat Daesh',
      'Coalition to Defeat ISIS',
    ],
    kind: 'coordination body',
    founded: '2014',
    summary:
      'The U.S.-led coalition, formed in September 2014 after President Obama pledged a broad coalition to roll back the Islamic State, that now counts more than 80 member countries and organizations. Beyond the military campaign in Iraq and Syria, it works against ISIS financing, foreign fighters and propaganda and funds stabilization of liberated areas.',
    url: 'https://theglobalcoalition.org',
    source:
      'https://theglobalcoalition.org/en/mission/; https://kicri.gov.kw/en/ministerial-meeting-global-coalition-defeat-isis/; http://www.afsa.org/sites/default/files/flipping_book/010218/36/ (FSJ January-February 2018)',
  },
  {
    id: 'inter-american-defense-board',
    name: 'Inter-American Defense Board',
    acronyms: [],
    aliases: ['Junta Interamericana de Defensa'],
    kind: 'regional body',
    founded: '1942',
    seat: 'Washington, D.C., USA',
    summary:
      'A committee of defense officials from the Americas, created at a meeting of foreign ministers in Rio de Janeiro in January 1942 and first convened on 30 March 1942, that gives technical military advice to the Organization of American States, under whose authority it came in 2006. It runs the Inter-American Defense College at Fort McNair.',
    source:
      'https://usgovernmentmanual.gov/Agency?EntityId=Wm9SkB/THAk=&ParentEId=+klubNxgV0o=&EType=jY3M4CTKVHY=; https://www.liquisearch.com/inter-american_defense_board; https://www.jid.org/en/inter-american-defense-board-80-years-of-spirit-of-hemispheric-cooperation-and-solidarity/',
  },
  {
    id: 'ijc',
    name: 'International Joint Commission',
    acronyms: ['IJC'],
    aliases: [],
    kind: 'intergovernmental organization',
    founded: '1909 (Boundary Waters Treaty)',
    seat: 'Ottawa, Canada, and Washington, D.C., USA',
    summary:
      'The binational U.S.-Canadian commission created by the Boundary Waters Treaty of 11 January 1909 to prevent and settle disputes over the use of waters along the border, including the Great Lakes and the St. Lawrence, and to safeguard their quality.',
    source:
      'https://www.britannica.com/event/International-Boundary-Waters-Treaty; http://ijc.org/en_/History; https://books.google.am/books?id=wyzwkS2MJaoC&pg=PA813&focus=viewport&vq=%22an+act+to+provide+for+the+better+security+of+the+lives+of+passengers+on+board+of+vessels+propelled+in+whole%22&dq=editions:NYPL33433000455547&lr=&hl=hy&output=html_text',
  },
  {
    id: 'ibwc',
    name: 'International Boundary and Water Commission',
    acronyms: ['IBWC'],
    aliases: ['Comisión Internacional de Límites y Aguas'],
    kind: 'intergovernmental organization',
    founded: '1889 (as the International Boundary Commission)',
    seat: 'El Paso, Texas, and Ciudad Juárez, Mexico',
    summary:
      'The binational body, created by the United States and Mexico in 1889 and given its present name by the 1944 water treaty, that administers their boundary and water treaties, dividing the waters of the Rio Grande and Colorado River and demarcating the border. Its U.S. section is administered by the State Department.',
    source: 'https://www.liquisearch.com/international_boundary_and_water_commission',
  },
  {
    id: 'celac',
    name: 'Community of Latin American and Caribbean States',
    acronyms: ['CELAC'],
    aliases: ['Comunidad de Estados Latinoamericanos y Caribeños'],
    kind: 'regional body',
    founded: '2011 (Declaration of Caracas)',
    summary:
      'A regional bloc of the 33 states of Latin America and the Caribbean, without the United States and Canada, created by the Declaration of Caracas on 3 December 2011 as successor to the Rio Group. Seen as an alternative to the OAS, it includes Cuba and works through summits and a rotating pro tempore presidency.',
    source:
      'https://encyclopedia.datana.cloud/content/wikipedia_en_all_mini_2024-04/A/Community_of_Latin_American_and_Caribbean_States; https://staging.energy.gov.tt/for-investors/corporations/community-of-latin-american-and-caribbean-states-celac; https://english.radiopichincha.com/?p=11213',
  },
  {
    id: 'cdb',
    name: 'Caribbean Development Bank',
    acronyms: ['CDB'],
    aliases: [],
    kind: 'international financial institution',
    founded: '1969 (operations began 1970)',
    seat: 'Wildey, St. Michael, Barbados',
    summary:
      'The regional development bank of the Caribbean, established by an agreement signed in Kingston, Jamaica, on 18 October 1969, which lends and grants money for social and economic projects in its 19 borrowing member countries. Canada, the United Kingdom, China, Germany and Italy are non-regional members; W. Arthur Lewis was its first president.',
    url: 'https://www.caribank.org',
    source:
      'https://kiwix.lema.org/wikipedia_en_all_mini_2024-02/A/Caribbean_Development_Bank; https://www.caribbeanjobs.com/Caribbean-Development-Bank-Jobs-362.aspx; https://kids.kiddle.co/Caribbean_Development_Bank',
  },
  {
    id: 'nordic-council',
    name: 'Nordic Council',
    acronyms: [],
    aliases: [],
    kind: 'regional body',
    founded: '1952',
    seat: 'Copenhagen, Denmark (joint secretariat with the Nordic Council of Ministers)',
    summary:
      'The inter-parliamentary body for cooperation among Denmark, Finland, Iceland, Norway and Sweden and the autonomous Faroe Islands, Greenland and Åland, founded in 1952 (Finland joined in 1955). It makes non-binding recommendations to the governments, which have cooperated since 1971 in the Nordic Council of Ministers.',
    url: 'https://www.norden.org',
    source:
      'https://memim.com/nordic-council.html; https://youtube.fandom.com/wiki/Nordisk_Samarbejde_/_Nordic_co-operation; http://uk.euabc.com/word/698?print=1',
  },
  {
    id: 'visegrad-group',
    name: 'Visegrád Group',
    acronyms: ['V4'],
    aliases: [],
    kind: 'forum',
    founded: '1991',
    summary:
      'A loose cooperation forum of the Czech Republic, Hungary, Poland and Slovakia, founded at a summit of the leaders of Czechoslovakia, Hungary and Poland in the Hungarian town of Visegrád on 15 February 1991. Its first aim was to support their transition from communism and their joint entry into the European Union.',
    source:
      'https://epaper.neue.at/politik/2018/06/21/visegrad-staaten.neue; https://www.duhoctrungquoc.vn/wiki/is/Visegr%C3%A1d-l%C3%B6ndin; https://www.weasydney.com.au/class/PLBIVG-1',
  },
  {
    id: 'eulex',
    name: 'European Union Rule of Law Mission in Kosovo',
    acronyms: ['EULEX'],
    aliases: ['EULEX Kosovo'],
    kind: 'peace-support mission',
    founded: '2008',
    seat: 'Pristina, Kosovo',
    summary:
      'The largest civilian mission of the EU’s Common Security and Defence Policy, launched on 16 February 2008, the day before Kosovo declared independence, to support Kosovo’s police, judiciary and customs and gradually replace the UN mission there. It works within the framework of UN Security Council Resolution 1244.',
    url: 'https://www.eulex-kosovo.eu',
    source:
      'https://en.wikipedia.org/wiki/European_Union_Rule_of_Law_Mission_in_Kosovo; https://twocircles.net/2008feb16/eu_send_police_and_civilian_mission_kosovo.html; https://www.eulex-kosovo.eu/?page=2,11,1275; https://euobserver.com/eu-and-the-world/ar76cab597',
  },
  {
    id: 'global-fund',
    name: 'Global Fund to Fight AIDS, Tuberculosis and Malaria',
    acronyms: [],
    aliases: ['The Global Fund to Fight AIDS, Tuberculosis and Malaria'],
    contextAliases: ['Global Fund'],
    kind: 'international financial institution',
    founded: '2002',
    seat: 'Geneva, Switzerland',
    summary:
      'A public-private partnership that finances programs against HIV/AIDS, tuberculosis and malaria, which partners in each country (often health ministries) carry out under country coordinating mechanisms. It began work in January 2002; the United States has been its first and largest donor.',
    source:
      'https://wikimili.com/en/The_Global_Fund_to_Fight_AIDS,_Tuberculosis_and_Malaria; https://www.huffpost.com/entry/a-strong-global-fund-is-pivotal-to-ending-aids-tuberculosis_b_57dbfc7de4b04fa361d99856',
  },
  {
    id: 'gavi',
    name: 'Gavi, the Vaccine Alliance',
    acronyms: ['GAVI'],
    aliases: ['Gavi', 'GAVI Alliance', 'Global Alliance for Vaccines and Immunization'],
    kind: 'international financial institution',
    founded: '2000 (created 1999, launched January 2000)',
    summary:
      'A public-private partnership and pooled funding mechanism that pays for new and underused vaccines for children in low- and middle-income countries and negotiates with manufacturers to bring prices down; it co-led the COVAX effort to share COVID-19 vaccines.',
    source:
      'https://voguewellness.com/the-u-s-government-gavi-the-vaccine-alliance-kaiser-family-foundation; https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1448560/',
  },
  {
    id: 'green-climate-fund',
    name: 'Green Climate Fund',
    acronyms: ['GCF'],
    aliases: [],
    kind: 'international financial institution',
    founded: '2010',
    seat: 'South Korea',
    summary:
      'A fund created at the 2010 U.N. climate conference in Cancún to help developing countries cut emissions and adapt to climate change through grants, concessional loans, equity and guarantees. It works independently of the UNFCCC, with a board of 12 developed and 12 developing countries and a secretariat in South Korea.',
    source:
      'https://afsa.org/sites/default/files/flipping_book/070817/29; https://wgbh.org/news/2017-06-09/a-little-known-climate-fund-is-suddenly-in-the-spotlight; https://koreaherald.com/view.php?mp=194&np=1936&ud=20121004000650',
  },
  {
    id: 'global-environment-facility',
    name: 'Global Environment Facility',
    acronyms: ['GEF'],
    aliases: [],
    kind: 'international financial institution',
    founded: '1991',
    summary:
      'A multilateral fund set up in 1991 as a pilot with the World Bank, UNDP and UNEP to pay the extra cost of projects with global environmental benefits in developing countries. Restructured in 1994, it serves as a financial mechanism of the biodiversity and climate change conventions agreed in 1992.',
    source:
      'https://inequality.elibrary.imf.org/view/IMF071/01507-9781557755032/01507-9781557755032/ch02.xml?rskey=exgbqo&result=1; https://www.ecolex.org/fr/details/literature/building-effective-international-environmental-regimes-the-case-of-the-global-environmental-facility-ana-057736/; https://homsy-staging.cambridgecore.org/core/journals/international-legal-materials/article/world-bank-documents-concerning-the-establishment-of-the-global-environment-facility/547AF303CFFFA3CE841C123A7783E530',
  },
  {
    id: 'partnership-for-peace',
    name: 'NATO Partnership for Peace',
    acronyms: ['PfP'],
    aliases: ["NATO's Partnership for Peace"],
    contextAliases: ['Partnership for Peace'],
    contextFrom: ['nato', 'eapc'],
    kind: 'framework',
    founded: '1994',
    summary:
      "NATO's program of practical military and political cooperation with non-member states in Europe and the former Soviet Union, launched at the Brussels summit of January 1994. Partners work with the alliance on training, exercises, peacekeeping and civilian control of the military, and for many it was a step toward membership.",
    source:
      'http://congressionalresearch.com/94-351/document.php?study=Partnership+for+Peace; https://wn.com/Partnership_for_Peace; https://afsa.org/sites/default/files/flipping_book/0419/25/',
  },
  {
    id: 'eapc',
    name: 'Euro-Atlantic Partnership Council',
    acronyms: ['EAPC'],
    aliases: ['North Atlantic Cooperation Council'],
    kind: 'forum',
    founded: '1997 (as successor to the North Atlantic Cooperation Council of 1991)',
    summary:
      "NATO's political forum with its partner countries across Europe and Eurasia, created in 1997 to complement the Partnership for Peace. It replaced the North Atlantic Cooperation Council, which first met in December 1991 to open consultations with the former Warsaw Pact states.",
    source:
      'https://georgewbush-whitehouse.archives.gov/news/releases/2004/06/print/20040628-5.html; https://www.cvce.eu/de/collections/unit-content/-/unit/02bb76df-d066-4c08-a58a-d4686a3e68ff/95f417c1-d8b9-49a2-aaa1-fc90021899ed/Resources',
  },
  {
    id: 'nato-russia-council',
    name: 'NATO-Russia Council',
    acronyms: [],
    aliases: ['NATO-Russia Permanent Joint Council'],
    kind: 'forum',
    founded: '2002',
    summary:
      'The body set up at the Rome summit of May 2002 in which the NATO allies and Russia were to consult and act together as equals on shared security problems. It succeeded the Permanent Joint Council created under the 1997 NATO-Russia Founding Act; Lord Robertson was its first chairman.',
    source:
      'https://moodle.unob.cz/mod/page/view.php?id=97&lang=en; http://www.nato-pa.int/Default.asp?SHORTCUT=232; https://afsa.org/sites/default/files/flipping_book/0419/25/',
  },
  {
    id: 'uemoa',
    name: 'West African Economic and Monetary Union',
    acronyms: ['UEMOA', 'WAEMU'],
    aliases: ['Union économique et monétaire ouest-africaine', 'West African Monetary Union'],
    kind: 'regional body',
    founded: '1994',
    seat: 'Ouagadougou, Burkina Faso',
    summary:
      'The union of eight West African states (Benin, Burkina Faso, Côte d’Ivoire, Guinea-Bissau, Mali, Niger, Senegal and Togo) that share the West African CFA franc, issued by their common central bank in Dakar. Founded in 1994 out of the older West African Monetary Union, it works toward a common market within the wider ECOWAS region.',
    source:
      'https://en.wikipedia.org/wiki/West_African_Economic_and_Monetary_Union; https://void.ai/wiki/West+African+Economic+and+Monetary+Union; https://swissgoldtreuhand.com/en/west-african-economic-union-uemoa/',
  },
  {
    id: 'comintern',
    name: 'Comintern',
    acronyms: [],
    aliases: [],
    contextAliases: ['Communist International', 'Third International'],
    kind: 'coordination body',
    founded: '1919',
    ended: '1943',
    successor: 'the Cominform (1947-1956)',
    seat: 'Moscow, Soviet Union',
    summary:
      'The organization of communist parties that Lenin founded in Moscow in 1919 to direct the world communist movement and foment revolution; it became an instrument of Soviet foreign policy and was dissolved by Stalin in 1943 as a gesture to his wartime allies.',
    source:
      'https://www.countryreports.org/glossary.htm?term=Communist+International+%28Comintern%29; https://www.countryreports.org/glossary.htm?term=Comintern; https://powerbase.info/index.php/Comintern',
  },
  {
    id: 'cominform',
    name: 'Information Bureau of the Communist and Workers’ Parties',
    acronyms: [],
    aliases: ['Cominform', 'Communist Information Bureau'],
    kind: 'coordination body',
    founded: '1947',
    ended: '1956',
    seat: 'Belgrade, Yugoslavia (1947-1948); Bucharest, Romania (1948-1956)',
    summary:
      "The bureau Stalin set up in 1947 to coordinate the communist parties of Eastern Europe, France and Italy under Soviet direction after the Comintern's dissolution. Yugoslavia was expelled in 1948, and the bureau was dissolved in April 1956 during de-Stalinization.",
    source:
      'https://worddisk.com/wiki/Cominform/; https://pwojczyn.com/wiki/Cominform_wikipedia_crain_ford_lan_en_html.html; https://www.countryreports.org/glossary.htm?term=Comintern',
  },
  {
    id: 'inter-parliamentary-union',
    name: 'Inter-Parliamentary Union',
    acronyms: ['IPU'],
    aliases: ['Interparliamentary Union', 'Union Interparlementaire'],
    kind: 'intergovernmental organization',
    founded: '1889',
    seat: 'Geneva, Switzerland',
    summary:
      'The worldwide organization of national parliaments, founded in 1889 by the pacifist legislators William Randal Cremer of Britain and Frédéric Passy of France to promote the arbitration of disputes; it helped create the Permanent Court of Arbitration. It now promotes democracy and parliamentary dialogue, defends threatened legislators and holds observer status at the United Nations.',
    source:
      'https://academickids.com/encyclopedia/index.php/Inter-Parliamentary_Union; https://genevemonde.ch/galleries/the-history-of-the-ipu-oldest-international-political-organization/followers; https://wiki.studentb.eu/view_html.php?lang=en&q=Inter-Parliamentary_Union&sq=Google',
  },
  {
    id: 'special-court-for-sierra-leone',
    name: 'Special Court for Sierra Leone',
    acronyms: ['SCSL'],
    aliases: ['Sierra Leone Special Court', 'Sierra Leone Tribunal'],
    kind: 'international court',
    founded: '2002',
    ended: '2013',
    successor: 'the Residual Special Court for Sierra Leone',
    seat: 'Freetown, Sierra Leone',
    summary:
      'The hybrid court set up by agreement between the United Nations and Sierra Leone in January 2002 to try those most responsible for grave crimes in the civil war after November 30, 1996. In 2012 it convicted former Liberian President Charles Taylor, at a trial held in The Hague, and it closed in 2013.',
    source:
      'https://wikimili.com/en/Special_Court_for_Sierra_Leone; https://docslib.org/doc/5329156/eleventh-and-final-report',
  },
  {
    id: 'munich-security-conference',
    name: 'Munich Security Conference',
    acronyms: [],
    aliases: ['Munich Conference on Security Policy', 'Wehrkunde Conference', 'Wehrkundetagung'],
    kind: 'conference',
    founded: '1963',
    seat: 'Munich, Germany',
    summary:
      'The yearly February gathering of heads of state and government, ministers, military leaders and experts on international security at Munich’s Hotel Bayerischer Hof. Ewald-Heinrich von Kleist, a former member of the anti-Hitler resistance, founded it in 1963 as a transatlantic defense meeting (the Wehrkundetagung); it adopts no binding decisions.',
    source:
      'https://owiki.org/wiki/Munich_Security_Conference; http://www.bayern.ca/archives/wsd/00786/index.php.en; https://civils360.com/2022/02/24/munich-security-conference/',
  },
  {
    id: 'europol',
    name: 'European Union Agency for Law Enforcement Cooperation',
    acronyms: [],
    aliases: ['Europol', 'European Police Office', 'Europol Drugs Unit'],
    kind: 'regional body',
    founded: '1998 (Europol Convention in force; full operations from July 1999)',
    seat: 'The Hague, Netherlands',
    summary:
      'The European Union’s police cooperation agency, which pools criminal intelligence and analysis to help member states fight terrorism, drug and human trafficking, cybercrime and money laundering. Agreed in the 1992 Maastricht Treaty and begun as the Europol Drugs Unit in 1994, it has no powers of arrest of its own.',
    source:
      'https://en.wikipedia.org/wiki/Europol; http://haguejusticeportal.net/index.php?id=6417; http://people.exeter.ac.uk/watupman/undergrad/pollard/html/history.htm',
  },
  {
    id: 'allied-control-council',
    name: 'Allied Control Council',
    acronyms: [],
    aliases: ['Allied Control Authority'],
    kind: 'intergovernmental organization',
    founded: '1945',
    seat: 'Berlin-Schöneberg',
    summary:
      'The governing body through which the United States, the Soviet Union, Britain and France held supreme authority over occupied Germany after World War II, meeting in Berlin from June 1945; its decisions needed unanimity, and it ceased to work when the Soviet representative walked out in 1948.',
    source:
      'http://w.owiki.org/wiki/Allied_Control_Council ; https://pinocchiopedia.com/wiki/Four_Power_Allied_Control_Council ; http://falloftheberlinwall.co.uk/Allied-Control-Council-of-Germany.asp ; http://www.western-allies-berlin.com/historic-events/detail/soviets-leave-allied-control-council',
  },
  {
    id: 'jcct',
    name: 'U.S.-China Joint Commission on Commerce and Trade',
    acronyms: ['JCCT'],
    aliases: ['Joint Commission on Commerce and Trade'],
    kind: 'forum',
    founded: '1983',
    summary:
      'The government-to-government forum, set up in 1983, in which U.S. and Chinese cabinet officials (on the U.S. side the Commerce Secretary and, from 2004, also the Trade Representative) met yearly to resolve trade concerns and pursue commercial opportunities, with working groups on issues such as intellectual property.',
    source:
      'http://www.export.gov/china/doingbizinchina/tradepolicydialog/eg_cn_026540.asp ; https://webarchive.library.unt.edu/eot2008/20081105042524/http://www.commerce.gov/NewsRoom/PressReleases_FactSheets/PROD01_007241 ; https://www.uscib.org/latest-uschina-joint-commission-on-commerce-and-trade-ud-4416/',
  },

  // --- Truce supervision and peace implementation bodies ---
  {
    id: 'international-control-commission',
    name: 'International Commission for Supervision and Control',
    // Not "ICSC": that acronym is the UN's International Civil Service Commission.
    acronyms: [],
    aliases: ['International Control Commission', 'Commission Internationale de Contrôle'],
    kind: 'peace-support mission',
    founded: '1954',
    ended: '1973 (replaced under the Paris Peace Accords; formally dissolved 1974)',
    successor: 'the International Commission of Control and Supervision (ICCS)',
    seat: 'Hanoi, Vientiane and Phnom Penh',
    summary:
      'The body the 1954 Geneva Conference set up to supervise the ceasefires ending the First Indochina War, made of three commissions for Vietnam, Laos and Cambodia with Canadian, Polish and Indian delegations for the Western, communist and non-aligned blocs. Soon sidelined by renewed war, it survived as a channel of communication until the 1973 Paris accords.',
    source:
      'https://encyclopedia.datana.cloud/content/wikipedia_en_all_mini_2024-04/A/International_Control_Commission ; https://history.state.gov/historicaldocuments/frus1952-54v16/d1056 ; http://web.archive.org./web/20121102043841/http://wn.com/International_Control_Commission',
  },
  {
    id: 'iccs',
    name: 'International Commission of Control and Supervision',
    acronyms: ['ICCS'],
    aliases: ['International Commission for Control and Supervision'],
    kind: 'peace-support mission',
    founded: '1973',
    summary:
      'The four-nation body created by the January 1973 Paris Peace Accords to oversee the ceasefire in Vietnam in place of the 1954 commission. Its first members were Canada, Hungary, Indonesia and Poland; Canada withdrew on 31 July 1973 and Iran took its seat.',
    source:
      'https://homsy-staging.cambridgecore.org/core/journals/canadian-yearbook-of-international-law-annuaire-canadien-de-droit-international/volume/20BBCF8EF2F48697D81B039F71B40650 ; https://hmong.ovh/ru/International_Commission_of_Control_and_Supervision ; https://encyclopedia.datana.cloud/content/wikipedia_en_all_mini_2024-04/A/International_Control_Commission',
  },
  {
    id: 'nnsc',
    name: 'Neutral Nations Supervisory Commission',
    acronyms: ['NNSC'],
    aliases: [],
    kind: 'peace-support mission',
    founded: '1953',
    seat: 'Panmunjom, Korea',
    summary:
      'The commission created by the Korean Armistice Agreement of 27 July 1953 to inspect compliance with the truce, with officers from Sweden and Switzerland (named by the UN Command) and from Poland and Czechoslovakia (named by the North). North Korea stopped recognizing it in the 1990s; Swiss and Swedish officers still serve at Panmunjom.',
    source:
      'https://wikimili.com/en/Neutral_Nations_Supervisory_Commission ; https://www.forsvarsmakten.se/en/about-the-swedish-armed-forces/defending-sweden/tasks/operations/south-korea-nnsc ; https://www.vtg.admin.ch/en/news/einsaetze-und-operationen/militaerische-friedensfoerderung/missionen/nnsc.html',
  },
  {
    id: 'ohr',
    name: 'Office of the High Representative',
    acronyms: ['OHR'],
    aliases: [
      'Office of the High Representative for Bosnia and Herzegovina',
      'Office of the High Representative in Bosnia and Herzegovina',
    ],
    kind: 'peace-support mission',
    founded: '1995',
    seat: 'Sarajevo, Bosnia and Herzegovina',
    summary:
      "The international civilian authority set up under Annex 10 of the 1995 Dayton Peace Agreement to oversee the civilian side of peace in Bosnia and Herzegovina and coordinate the agencies working there; the High Representative, nominated by the Peace Implementation Council's Steering Board, is the final interpreter of the agreement's civilian provisions.",
    url: 'http://www.ohr.int',
    source:
      'http://www.ohr.int/ohr-info/gen-info/ ; http://www.ohr.int/about-ohr/mandate/ ; https://peaceaccords.nd.edu/implementation/page/575',
  },
  {
    id: 'peace-implementation-council',
    name: 'Peace Implementation Council',
    acronyms: [],
    aliases: [],
    contextAliases: ['PIC'],
    contextFrom: ['ohr'],
    kind: 'coordination body',
    founded: '1995',
    summary:
      'The group of some 55 countries and international organizations that sponsors and directs the carrying out of the Dayton Peace Agreement in Bosnia and Herzegovina; its Steering Board nominates the High Representative and it has elaborated his mandate.',
    source:
      'http://www.ohr.int/ohr-info/gen-info/ ; https://docslib.org/doc/1652879/state-building-in-bosnia-the-limits-of-informal-trusteeship',
  },
  {
    id: 'kosovo-verification-mission',
    name: 'Kosovo Verification Mission',
    acronyms: ['KVM'],
    aliases: ['OSCE Kosovo Verification Mission', 'OSCE Verification Mission in Kosovo'],
    kind: 'peace-support mission',
    founded: '1998',
    ended: '1999 (withdrawn in March)',
    seat: 'Pristina, Kosovo',
    summary:
      "The OSCE's unarmed mission, headed by U.S. diplomat William Walker, sent in late 1998 under the Holbrooke-Milosevic agreement to verify that Yugoslav and Serbian forces kept the ceasefire and withdrew from Kosovo; it absorbed the Kosovo Diplomatic Observation Mission and was pulled out on 20 March 1999, days before NATO's air campaign.",
    source:
      'https://ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Kosovo_Verification_Mission.html ; http://www.irenees.net/bdf_fiche-analyse-674_en.html ; https://reliefweb.int/report/serbia/osce-deploys-kosovo-verification-mission',
  },

  // --- Postwar occupation bodies ---
  {
    id: 'far-eastern-commission',
    name: 'Far Eastern Commission',
    acronyms: [],
    aliases: ['Far East Commission'],
    contextAliases: ['FEC'],
    kind: 'intergovernmental organization',
    founded: '1945 (agreed at the Moscow Conference of Foreign Ministers, December)',
    ended: '1952',
    seat: 'Washington, D.C.',
    summary:
      'The Allied body that set policy for the occupation of Japan after World War II and reviewed the actions of the Supreme Commander for the Allied Powers. It replaced the Far Eastern Advisory Commission, brought together eleven Allied countries (later thirteen) and was wound up after the 1951 peace treaty with Japan.',
    source:
      'https://en.wikipedia.org/wiki/Far_Eastern_Commission ; https://japanpitt.pitt.edu/glossary/far-eastern-comission ; https://docslib.org/doc/1591033/records-of-the-far-eastern-commission-1945-1952 ; http://ed.newdu.com/k363564.html',
  },
  {
    id: 'allied-high-commission',
    name: 'Allied High Commission',
    acronyms: ['AHK'],
    aliases: ['High Commission for Occupied Germany', 'Alliierte Hohe Kommission'],
    kind: 'intergovernmental organization',
    founded: '1949',
    ended: '1955',
    seat: 'Hotel Petersberg, near Bonn, West Germany',
    summary:
      'The body through which the United States, Britain and France supervised the new Federal Republic of Germany under the Occupation Statute, from 21 September 1949 until the Bonn-Paris conventions ended it on 5 May 1955; each of the three named a High Commissioner in place of the military governors.',
    source:
      'https://www.liquisearch.com/allied_high_commission ; https://en.m.wikipedia.org/wiki/Allied_High_Commission ; https://memim.com/allied-high-commission.html',
  },
  {
    id: 'ecomog',
    name: 'Economic Community of West African States Monitoring Group',
    acronyms: ['ECOMOG'],
    aliases: ['ECOWAS Monitoring Group', 'ECOWAS Ceasefire Monitoring Group'],
    kind: 'peace-support mission',
    founded: '1990',
    summary:
      "The West African multinational force that ECOWAS sent into Liberia's civil war in 1990, led and largely paid for by Nigeria; it later intervened in Sierra Leone, restoring President Kabbah in 1998, and in Guinea-Bissau.",
    source:
      'http://piglix.com/piglix/ECOMOG ; http://www.dmoz.org/desc/Society/Government/Multilateral/Regional/Economic_Community_of_West_African_States/ECOMOG ; https://acronyms.thefreedictionary.com/ECOMOG',
  },
  {
    id: 'wef',
    name: 'World Economic Forum',
    acronyms: ['WEF'],
    aliases: ['European Management Forum'],
    kind: 'forum',
    founded: '1971 (as the European Management Forum)',
    seat: 'Cologny, Geneva, Switzerland',
    summary:
      'A Swiss nonprofit foundation started in 1971 by Klaus Schwab as the European Management Forum, renamed in 1987; it is best known for the meeting of business and political leaders it holds each January in Davos, and is funded mostly by its member companies.',
    url: 'https://www.weforum.org',
    source:
      'https://lenews.ch/2015/01/26/who-is-the-man-behind-the-world-economic-forum-in-davos ; http://piglix.com/piglix/World_Economic_Forum ; https://owiki.org/wiki/European_Management_Forum',
  },

  // --- NATO and Council of Europe bodies named inside longer names ---
  {
    id: 'nato-defense-college',
    name: 'NATO Defense College',
    acronyms: ['NDC'],
    aliases: ['NATO Defence College'],
    kind: 'military alliance',
    founded: '1951',
    seat: 'Rome, Italy',
    summary:
      "NATO's senior college for officers and civilian officials, proposed by General Eisenhower as the first Supreme Allied Commander Europe and opened in Paris on 19 November 1951; it moved to Rome in 1966 when France left the integrated military structure, and its Senior Course prepares members for NATO posts.",
    source:
      'http://www.nato.int/cps/en/SID-8C3E1E69-B84106C4/natolive/topics_49203.htm ; http://piglix.com/piglix/NATO_Defence_College ; https://www.nato.int/cps/en/natohq/news_74533.htm',
  },
  {
    id: 'pace',
    name: 'Parliamentary Assembly of the Council of Europe',
    acronyms: ['PACE'],
    aliases: [],
    kind: 'regional body',
    founded: '1949',
    seat: 'Strasbourg, France',
    summary:
      'The parliamentary arm of the Council of Europe, made up of members of the national parliaments of its member states; first meeting on 10 August 1949, it cannot make binding law but presses governments on human rights and democracy and elects the judges of the European Court of Human Rights.',
    url: 'https://pace.coe.int',
    source:
      'https://a.osmarks.net/wikipedia_en_all_maxi_2020-08/A/Parliamentary_Assembly_of_the_Council_of_Europe ; https://www.parlament.ch/en/organe/delegations/delegations-international-parliamentary-assemblies/council-europe/presentation',
  },

  // --- OSCE institutions ---
  {
    id: 'odihr',
    name: 'Office for Democratic Institutions and Human Rights',
    acronyms: ['ODIHR'],
    aliases: [
      'OSCE Office for Democratic Institutions and Human Rights',
      'Office for Free Elections',
    ],
    kind: 'regional body',
    founded: '1990 (as the Office for Free Elections; renamed 1992)',
    seat: 'Warsaw, Poland',
    summary:
      "The OSCE's main institution for the human dimension of security, created by the 1990 Charter of Paris as the Office for Free Elections and renamed in 1992 when its mandate widened; best known for observing elections across the OSCE's participating states, it also works on human rights, democracy, the rule of law and Roma and Sinti issues.",
    url: 'https://www.osce.org/odihr',
    source:
      'https://osce.org/odihr/77549 ; https://www.osce.org/node/660058 ; http://chaos.owiki.org/wiki/Office_for_Democratic_Institutions_and_Human_Rights',
  },
];

// The glossary's UN system beyond the core entries: organs, agencies, funds, missions, tribunals.
// Facts come from the pages named in each entry's `source`; card summaries are written for FSJ Gloss.

import type { GlossaryEntry } from '../types';

export const UN_SYSTEM: readonly GlossaryEntry[] = [
  // Principal organs
  {
    id: 'un-secretariat',
    name: 'United Nations Secretariat',
    acronyms: [],
    aliases: [],
    kind: 'UN principal organ',
    seat: 'New York',
    summary:
      "One of the UN's six principal organs: the international civil service, headed by the Secretary-General, that runs the Organization's day-to-day work, from peacekeeping and mediation to conferences, studies and translation, at headquarters and duty stations worldwide.",
    source:
      'https://research.un.org/c.php?g=756034&p=5419780; https://playquiz2win.com/tothepoint/gk/organisation/united-nations-secretariat.html; https://zandcti.in/wp/u/UN_Secretariat.html',
  },
  {
    id: 'trusteeship-council',
    name: 'United Nations Trusteeship Council',
    acronyms: [],
    aliases: ['Trusteeship Council'],
    kind: 'UN principal organ',
    summary:
      'The UN principal organ set up under Chapter XIII of the Charter to supervise the 11 trust territories and prepare them for self-government or independence. Its work was done when Palau, the last trust territory (administered by the United States), became independent in 1994, and it suspended operation on 1 November 1994.',
    source:
      'http://www.un.org/Overview/uninbrief/trusteeship.shtml; https://blogs.lse.ac.uk/vaw/int/charter-bodies/trusteeship-council/; https://tyrocity.com/international-org/the-trusteeship-council-aa6',
  },
  {
    id: 'icj',
    name: 'International Court of Justice',
    acronyms: ['ICJ'],
    aliases: ['World Court'],
    kind: 'UN principal organ',
    founded: '1945 (Charter); began work in April 1946',
    seat: 'Peace Palace, The Hague, Netherlands',
    summary:
      'The principal judicial organ of the UN, often called the World Court: its 15 judges, elected by the General Assembly and Security Council for nine-year terms, settle legal disputes between states that consent to its jurisdiction and give advisory opinions to UN bodies. It succeeded the League of Nations-era Permanent Court of International Justice.',
    source:
      'https://latestlaws.in/federal-statutory-bodies/international-court-of-justice/; https://owiki.org/wiki/World_Court; https://www.taylorfrancis.com/books/9781134024056/chapters/10.4324/9780203876572-35',
  },
  {
    id: 'pcij',
    name: 'Permanent Court of International Justice',
    acronyms: ['PCIJ'],
    aliases: [],
    kind: 'international court',
    founded: '1920 (League of Nations); sat from 1922',
    ended: '1946',
    successor: 'the International Court of Justice',
    seat: 'The Hague, Netherlands',
    summary:
      "The international court set up under the League of Nations, which operated from 1922 but did not function after 1939. It met in October 1945 to disband itself and handed its possessions to the UN's International Court of Justice, whose statute was modeled on its own.",
    source:
      'https://www.taylorfrancis.com/books/9781134024056/chapters/10.4324/9780203876572-35; https://www.grok-pedia.com/International-Court-of-Justice; https://owiki.org/wiki/World_Court',
  },
  // Specialized agencies
  {
    id: 'unesco',
    name: 'United Nations Educational, Scientific and Cultural Organization',
    acronyms: ['UNESCO'],
    aliases: ['United Nations Educational, Scientific, and Cultural Organization'],
    kind: 'UN agency',
    founded: '1945 (constitution signed 16 November; in force 1946)',
    seat: 'Paris, France',
    summary:
      'The UN specialized agency for education, the sciences, culture, and communication and information, known among other things for its World Heritage List. The United States, a founding member, withdrew in 1984, rejoined in 2003 and left again in 2018.',
    source:
      'https://scholarships.af/organizations/united-nations-educational-scientific-and-cultural-organization/; https://rusreality.com/2017/10/13/what-is-unesco-and-how-often-do-coming-out-of-the-us/; https://webarchive.unesco.org/web/20230621221654/https://www.unesco.org/es/countries/us; https://smtp.grozny.tv/news/day-in-history/23627; https://afsa.org/sites/default/files/flipping_book/010226/26',
  },
  {
    id: 'icao',
    name: 'International Civil Aviation Organization',
    acronyms: ['ICAO'],
    aliases: [],
    kind: 'UN agency',
    founded: '1947',
    seat: 'Montreal, Canada',
    summary:
      'The UN specialized agency for civil aviation: it works with the states party to the Convention on International Civil Aviation to set consensus standards and practices for safe and orderly international air transport.',
    source:
      'https://www.wiki3.en-us.nina.az/List_of_specialized_agencies_of_the_United_Nations.html; http://guides.ll.georgetown.edu/c.php?g=365747&p=7141851',
  },
  {
    id: 'itu',
    name: 'International Telecommunication Union',
    acronyms: ['ITU'],
    aliases: ['International Telegraph Union'],
    kind: 'UN agency',
    founded: '1865 (as the International Telegraph Union)',
    seat: 'Geneva, Switzerland',
    summary:
      'The UN specialized agency for information and communication technologies, and the oldest international organization still in existence: founded in Paris in 1865 as the International Telegraph Union, it merged with the International Radiotelegraph Union in 1932 and became a UN agency in 1947.',
    source:
      'http://www.danstopicals.com/itu_centenary.htm; https://info.mysticstamp.com/this-day-in-history-may-17-1865/; http://www.tutorsglobe.com/getanswer/what-is-international-telecommunication-union-9027354.aspx',
  },
  {
    id: 'upu',
    name: 'Universal Postal Union',
    acronyms: ['UPU'],
    aliases: ['General Postal Union'],
    kind: 'UN agency',
    founded: '1874 (Treaty of Bern)',
    seat: 'Bern, Switzerland',
    summary:
      'The UN specialized agency that coordinates postal policies among its member countries and so the worldwide mail system. It was created in 1874 as the General Postal Union and took its present name in 1878.',
    source:
      'http://acceptedforvalue.blogspot.com/2020/02/vvv.html; http://4mbaguys.blogspot.com/2010/05/universal-postal-union-and.html; https://memim.com/list-of-specialized-agencies-of-the-united-nations.html',
  },
  {
    id: 'wmo',
    name: 'World Meteorological Organization',
    acronyms: ['WMO'],
    aliases: [],
    kind: 'UN agency',
    founded: '1950 (UN specialized agency from 1951)',
    seat: 'Geneva, Switzerland',
    summary:
      'The UN specialized agency for weather, climate, hydrology and related geophysical sciences, which coordinates observation networks and the exchange of weather data. It succeeded the International Meteorological Organization, founded in 1873.',
    url: 'https://wmo.int',
    source:
      'https://wmo.int/about-wmo/history-of-imo-and-wmo; https://infoplease.com/encyclopedia/social-science/government/un/world-meteorological-organization',
  },
  {
    id: 'unido',
    name: 'United Nations Industrial Development Organization',
    acronyms: ['UNIDO'],
    aliases: [],
    kind: 'UN agency',
    seat: 'Vienna, Austria',
    summary:
      'The UN specialized agency that promotes sustainable industrial development in developing countries and economies in transition, as a forum for industry-related knowledge and as a provider of technical cooperation.',
    source:
      'http://ngo-alliance.org/un-system/the-un-agencies-15/who-wto-wmo-wipo-etc/; https://memim.com/list-of-specialized-agencies-of-the-united-nations.html',
  },
  {
    id: 'ifad',
    name: 'International Fund for Agricultural Development',
    acronyms: ['IFAD'],
    aliases: [],
    kind: 'UN agency',
    founded: '1977',
    seat: 'Rome, Italy',
    summary:
      'A UN specialized agency and international financial institution, set up in 1977, that finances and works directly with rural people in developing countries to reduce poverty and hunger.',
    source: 'http://guides.ll.georgetown.edu/c.php?g=365747&p=7141851',
  },
  {
    id: 'iro',
    name: 'International Refugee Organization',
    acronyms: ['IRO'],
    aliases: [],
    kind: 'UN agency',
    founded: '1946',
    ended: '1952',
    successor: 'the Office of the UN High Commissioner for Refugees (UNHCR)',
    seat: 'Geneva, Switzerland',
    summary:
      'A temporary UN specialized agency that took over the care, repatriation and resettlement of Europeans made homeless by the Second World War from UNRRA in 1947; it was dissolved in 1952, and UNHCR is counted its successor.',
    source:
      'https://memim.com/list-of-specialized-agencies-of-the-united-nations.html; http://ed.newdu.com/k1807101.html; https://demokratiezentrum.org/?p=1218; https://www.its-arolsen.org/en/information-center/glossary/letter/U/United%20Nations%20Relief%20and%20Rehabilitation%20Administration/',
  },
  {
    id: 'imo',
    name: 'International Maritime Organization',
    acronyms: ['IMO', 'IMCO'],
    aliases: [
      'Inter-Governmental Maritime Consultative Organization',
      'Intergovernmental Maritime Consultative Organization',
    ],
    kind: 'UN agency',
    founded: '1948 (convention adopted); in force 1958',
    seat: 'London, United Kingdom',
    summary:
      'The UN specialized agency for shipping: it sets international standards for maritime safety, security, efficiency of navigation and the prevention of pollution from ships. Its convention was adopted in Geneva in 1948 and came into force in 1958; it was called the Inter-Governmental Maritime Consultative Organization (IMCO) until 1982.',
    source:
      'http://infoshipping.tripod.com/imo_purpose.html; https://www.nationsencyclopedia.com/United-Nations-Related-Agencies/The-International-Maritime-Organization-IMO-CREATION.html; https://slovar-vocab.com/english/britannica-vocab/international-maritime-organization-7105121.html',
  },
  {
    id: 'wipo',
    name: 'World Intellectual Property Organization',
    acronyms: ['WIPO', 'BIRPI'],
    aliases: ['United International Bureaux for the Protection of Intellectual Property'],
    kind: 'UN agency',
    founded: '1967 (Stockholm convention); in force 1970',
    seat: 'Geneva, Switzerland',
    summary:
      'The UN specialized agency (since 1974) for intellectual property, which administers international treaties on patents, trademarks, designs and copyright and runs their international filing systems. It grew out of BIRPI, the bureaux set up in 1893 to administer the Paris and Berne conventions.',
    source:
      'https://sztnh.gov.hu/en/node/17900; http://www.princeton.edu/~achaney/tmve/wiki100k/docs/World_Intellectual_Property_Organization.html; http://ed.newdu.com/k2532976.html; https://ipvalley.blogspot.com/2010_12_26_archive.html',
  },
  {
    id: 'un-tourism',
    name: 'UN Tourism',
    acronyms: ['UNWTO'],
    aliases: ['World Tourism Organization', 'UN World Tourism Organization'],
    kind: 'UN agency',
    founded: '1974 (operations began 1 November)',
    seat: 'Madrid, Spain',
    summary:
      'The UN specialized agency for tourism (since 2003), a forum for tourism policy and a source of tourism statistics and research. Known as the World Tourism Organization (UNWTO), it took the name UN Tourism in January 2024.',
    url: 'https://www.unwto.org',
    source:
      'https://review.clateway.com/wiki/view_html.php?lang=en&q=UN_Tourism&sq=Envato; https://motoring.co.za/travel/travel-news/un-unveils-streamlined-name-for-global-tourism-agency-13900dd2-75ae-48eb-90f1-c5ef73c25f03; https://worldatlas.com/articles/what-is-the-full-form-of-unwto.html',
  },
  // Related organizations
  {
    id: 'iaea',
    name: 'International Atomic Energy Agency',
    acronyms: ['IAEA'],
    aliases: [],
    kind: 'intergovernmental organization',
    founded: '1957 (statute in force 29 July)',
    seat: 'Vienna International Centre, Vienna, Austria',
    summary:
      'The "Atoms for Peace" organization of the UN system, inspired by Eisenhower\'s 1953 address: it promotes the safe and peaceful use of nuclear energy and verifies, through safeguards inspections, that states party to the Non-Proliferation Treaty keep their commitments. It reports each year to the General Assembly and, when needed, to the Security Council.',
    source:
      'http://en.special.kremlin.ru/catalog/glossary/78; https://www.law.cornell.edu/wex/international_atomic_energy_agency; https://www.voanews.com/a/a-13-2005-12-10-voa18-66910467/263055.html',
  },
  {
    id: 'wto',
    name: 'World Trade Organization',
    acronyms: ['WTO'],
    aliases: [],
    kind: 'intergovernmental organization',
    founded: '1995 (1 January)',
    seat: 'Geneva, Switzerland',
    summary:
      'The intergovernmental organization for the rules of world trade, set up by the Marrakesh Agreement that concluded the Uruguay Round: it administers the trade agreements on goods, services and intellectual property, hosts negotiations, reviews trade policies and settles disputes between members. It succeeded the GATT.',
    source:
      'https://legistorm.com/reports/view/crs/231864/The_World_Trade_Organization_at_20.html; https://eng.atlants.lv/essays/outline-the-development-of-the-world-trade-organiz-/978509; http://www.todayshistory.org/1-january-1995/13317/',
  },
  {
    id: 'gatt',
    name: 'General Agreement on Tariffs and Trade',
    acronyms: ['GATT'],
    aliases: [],
    kind: 'intergovernmental organization',
    founded: '1947 (signed); in effect 1948',
    ended: '1995',
    successor: 'the World Trade Organization',
    summary:
      'The postwar trade agreement, signed by 23 countries in 1947, that worked in practice as the organization of world trade: in successive rounds of talks its members cut average tariffs on industrial goods from about 40 to 5 percent. The Uruguay Round (1986-1994) replaced it with the WTO on 1 January 1995.',
    source:
      'https://pakmcqslatest.com/question/economics-mcqs/when-did-world-trade-organization-replace-general-agreement-on-tariffs-and-trade-gatt/; http://www.economy.ae/english/Ministry/MinistrySectors/ForeignTradeSector/Trade-Negotiations-WTO/WTO/Pages/default.aspx; https://legistorm.com/reports/view/crs/231864/The_World_Trade_Organization_at_20.html',
  },
  {
    id: 'opcw',
    name: 'Organisation for the Prohibition of Chemical Weapons',
    acronyms: ['OPCW'],
    aliases: [],
    kind: 'intergovernmental organization',
    founded: '1997 (29 April)',
    seat: 'The Hague, Netherlands',
    summary:
      'The implementing body of the Chemical Weapons Convention, which verifies the destruction of chemical weapons through declarations and on-site inspections. It was awarded the 2013 Nobel Peace Prize.',
    source:
      'https://graphsearch.epfl.ch/en/concept/36832; https://mzv.gov.cz/jnp/en/foreign_relations/international_organisations/opcw_organisation_for_the_prohibition_of/index.html; https://royaltrigger.blogspot.com/2012/10/convention-on-prohibition-of.html',
  },
  {
    id: 'ctbto-prepcom',
    name: 'Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization',
    acronyms: ['CTBTO'],
    aliases: [
      'CTBTO Preparatory Commission',
      'CTBTO PrepCom',
      'Preparatory Commission for the CTBTO',
      'Preparatory Commission for the CTBT Organization',
      'Comprehensive Nuclear-Test-Ban Treaty Organization',
    ],
    kind: 'intergovernmental organization',
    founded: '1996 (19 November)',
    seat: 'Vienna International Centre, Vienna, Austria',
    summary:
      "The interim organization, set up by the states that signed the 1996 test-ban treaty, that promotes the treaty's entry into force and builds its verification regime, including the International Monitoring System of seismic, hydroacoustic, infrasound and radionuclide stations. It will give way to the CTBTO itself once the treaty is in force.",
    source:
      'https://review.clateway.com/wiki/view_html.php?q=Preparatory_Commission_for_the_Comprehensive_Nuclear-Test-Ban_Treaty_Organization; https://www.bmeia.gv.at/oev-wien/organisations-in-vienna/based-at-the-vic/ctbto/; https://studylib.net/doc/8609042/ctbt-artxiv-2003-3',
  },
  {
    id: 'conference-on-disarmament',
    name: 'Conference on Disarmament',
    acronyms: [],
    aliases: ['Committee on Disarmament'],
    kind: 'forum',
    founded: '1979 (as the Committee on Disarmament; renamed 1984)',
    seat: 'Palais des Nations, Geneva, Switzerland',
    summary:
      'The single multilateral disarmament negotiating forum, formally independent of the UN but serviced by it and reporting to the General Assembly; it decides by consensus. It and its predecessors, such as the Eighteen-Nation Committee on Disarmament, negotiated the Non-Proliferation Treaty and the chemical, biological and test-ban conventions.',
    source:
      'http://theinfolist.com/html/ALL/s/C/Conference_On_Disarmament.html; https://845018.h0gkzb4o2.asia/wiki/Conference_on_Disarmament; http://online.flipbuilder.com/cyqgf/nvew/files/basic-html/page109.html',
  },
  // Funds, programmes and offices
  {
    id: 'unep',
    name: 'United Nations Environment Programme',
    acronyms: ['UNEP'],
    aliases: [],
    kind: 'UN body',
    founded: '1972',
    seat: 'Nairobi, Kenya',
    summary:
      "The UN programme that sets the global environmental agenda and coordinates the UN system's environmental work, created after the 1972 Stockholm Conference on the Human Environment; dozens of multilateral environmental treaties were concluded under its auspices. Kenya thus became the first developing country to host a UN headquarters.",
    source:
      'https://www.preservearticles.com/articles/important-facts-on-united-nations-environment-programme/22683; http://unep.org/40thanniversary/news/standard.asp; https://wiki.treasurers.org/wiki/United_Nations_Environment_Programme',
  },
  {
    id: 'un-habitat',
    name: 'United Nations Human Settlements Programme',
    acronyms: [],
    aliases: ['UN-Habitat'],
    kind: 'UN body',
    founded: '1978',
    seat: 'Nairobi, Kenya',
    summary:
      'The UN programme for human settlements and sustainable urban development, mandated by the General Assembly to promote sustainable towns and cities with adequate shelter for all; it grew out of the 1976 Habitat I conference in Vancouver.',
    source: 'https://synopsisias.in/un-habitat-un-human-settlement-programme-1978/',
  },
  {
    id: 'unodc',
    name: 'United Nations Office on Drugs and Crime',
    acronyms: ['UNODC', 'ODCCP', 'UNDCP'],
    aliases: [
      'Office for Drug Control and Crime Prevention',
      'United Nations International Drug Control Programme',
    ],
    kind: 'UN body',
    founded: '1997 (renamed 2002)',
    seat: 'Vienna, Austria',
    summary:
      'The UN office for illicit drugs, crime prevention and criminal justice, organized crime, corruption and terrorism, which does research, helps states ratify and carry out the related treaties, and runs field projects. It was formed in 1997 as the Office for Drug Control and Crime Prevention by merging the UN International Drug Control Programme with the crime prevention office in Vienna, and took its present name in 2002.',
    source:
      'https://www.nfp-drugs.bg/en/unodc/; https://businessabc.net/wiki/united-nations-office-on-drugs-and-crime; https://netherlandsandyou.nl/web/pr-un-vienna/about-us/departments/unodc; https://cld.bz/bookdata/chq0SGt/basic-html/page-73.html',
  },
  {
    id: 'commission-on-narcotic-drugs',
    name: 'Commission on Narcotic Drugs',
    acronyms: [],
    aliases: [],
    kind: 'UN body',
    founded: '1946',
    summary:
      "The functional commission of ECOSOC that is the UN system's central policy-making body on drugs: it monitors the world drug situation, develops strategies for international drug control and, since 1991, also governs the UN drug control programme now part of UNODC.",
    source:
      'https://businessabc.net/wiki/united-nations-office-on-drugs-and-crime; https://biosys.ugent.be/re/cssr/en/research-groups/isd/links.htm/international-organisations.htm; https://netherlandsandyou.nl/web/pr-un-vienna/about-us/departments/unodc',
  },
  {
    id: 'unicri',
    name: 'United Nations Interregional Crime and Justice Research Institute',
    acronyms: ['UNICRI', 'UNSDRI'],
    aliases: ['United Nations Social Defence Research Institute'],
    kind: 'UN body',
    founded: '1968 (as the UN Social Defence Research Institute)',
    summary:
      'A UN research institute on crime prevention and criminal justice, set up by ECOSOC in 1968 as the UN Social Defence Research Institute.',
    source:
      'https://biosys.ugent.be/re/cssr/en/research-groups/isd/links.htm/international-organisations.htm',
  },
  {
    id: 'unaids',
    name: 'Joint United Nations Programme on HIV/AIDS',
    acronyms: ['UNAIDS', 'ONUSIDA'],
    aliases: ['Joint United Nations Programme on HIV and AIDS'],
    kind: 'UN body',
    founded: '1994 (ECOSOC resolution); launched January 1996',
    seat: 'Geneva, Switzerland',
    summary:
      'The joint UN programme that leads and coordinates the global response to AIDS, pooling the efforts of its cosponsoring agencies: six at its launch in 1996 (UNICEF, UNDP, UNFPA, UNESCO, WHO and the World Bank), later joined by UNODC, ILO, WFP, UNHCR and UN Women.',
    source:
      'https://www.unsystem.org/content/joint-united-nations-programme-hivaids-0; https://old.un.or.th/unaidsth/what_is_unaids.php; https://vajiramias.com/current-affairs/what-is-joint-united-nations-programme-on-hivaids-unaids/6479923cc302e7365d76aaad; https://review.clateway.com/wiki/view_html.php?lang=en&q=Joint_United_Nations_Programme_on_HIV%2FAIDS&sq=Google',
  },
  {
    id: 'unctad',
    name: 'United Nations Conference on Trade and Development',
    acronyms: ['UNCTAD'],
    aliases: ['UN Trade and Development'],
    kind: 'UN body',
    founded: '1964',
    seat: 'Geneva, Switzerland',
    summary:
      "The General Assembly body, part of the UN Secretariat, that promotes developing countries' interests in world trade through intergovernmental conferences held every four years, research and data, and technical assistance; the Group of 77 was formed at its first conference in 1964, and its first Secretary-General was Raúl Prebisch. It was renamed UN Trade and Development in 2024.",
    source:
      'https://anewmanifesto.org/timeline/unctad-established-unctad-i-geneva/; https://catalogo.biblio.unc.edu.ar/Author/Home?author=United+Nations+Conference+on+Trade+and+Development; https://www.encyclopedia.com/history/news-wires-white-papers-and-books/united-nations-conference-trade-and-development',
  },
  {
    id: 'unitar',
    name: 'United Nations Institute for Training and Research',
    acronyms: ['UNITAR'],
    aliases: [],
    kind: 'UN body',
    founded: '1963 (began work March 1965)',
    seat: 'Geneva, Switzerland (from 1993; earlier New York)',
    summary:
      "The UN's autonomous training arm, founded amid decolonization to train diplomats of newly independent states; it now trains government officials and others, mainly from developing countries, in multilateral diplomacy, environment, peace and governance.",
    url: 'https://www.unitar.org',
    source:
      'https://www.nationsencyclopedia.com/United-Nations/Technical-Cooperation-Programs-UN-INSTITUTE-FOR-TRAINING-AND-RESEARCH-UNITAR.html; https://wikimili.com/en/United_Nations_Institute_for_Training_and_Research; http://www.sunra.org.cn/en/?p=20&a=view&r=10',
  },
  {
    id: 'unv',
    name: 'United Nations Volunteers',
    acronyms: ['UNV'],
    aliases: ['UN Volunteers programme', 'United Nations Volunteers programme'],
    kind: 'UN body',
    founded: '1970 (General Assembly resolution of 7 December)',
    seat: 'Bonn, Germany',
    summary:
      'The volunteer arm of the UN, administered by UNDP, which places qualified volunteers, most of them from developing countries, in UN development, humanitarian and peace work; its founding was inspired in part by the Peace Corps.',
    source:
      'http://the-uncensored-wiki.com:20082/articles/u/n/i/United_Nations_Volunteers_7f41.html; https://wikisummaries.org/united-nations-volunteers-program-is-established/; https://undp.org/jposc/unv-0',
  },
  {
    id: 'unops',
    name: 'United Nations Office for Project Services',
    acronyms: ['UNOPS'],
    aliases: [],
    kind: 'UN body',
    founded: '1973 (within UNDP); independent since 1995',
    seat: 'UN City, Copenhagen, Denmark',
    summary:
      'A self-financing UN organization that implements humanitarian, development and peace projects for the UN, governments and development banks, specializing in infrastructure, procurement and project management.',
    url: 'https://www.unops.org',
    source:
      'https://en.wikipedia.org/wiki/United_Nations_Office_for_Project_Services; http://cryer.org.uk/UNOPS',
  },
  {
    id: 'undrr',
    name: 'United Nations Office for Disaster Risk Reduction',
    acronyms: ['UNDRR', 'UNISDR'],
    aliases: ['International Strategy for Disaster Reduction secretariat'],
    kind: 'UN body',
    founded: '1999 (22 December)',
    seat: 'Geneva, Switzerland',
    summary:
      'The UN Secretariat office that coordinates international disaster risk reduction and supports and reviews the Sendai Framework adopted in 2015; it was known as UNISDR until 2019.',
    url: 'https://www.undrr.org',
    source:
      'https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/UNDRR; https://owiki.org/wiki/United_Nations_Office_for_Disaster_Risk_Reduction',
  },
  {
    id: 'unfccc-secretariat',
    name: 'UNFCCC Secretariat',
    acronyms: ['UNFCCC'],
    aliases: ['UN Climate Change', 'Climate Change Secretariat'],
    kind: 'UN body',
    founded: '1992',
    seat: 'Bonn, Germany (since 1995; first in Geneva)',
    summary:
      'The UN entity that services the UN Framework Convention on Climate Change, the Kyoto Protocol and the Paris Agreement: it organizes the yearly Conferences of the Parties (COPs), supports the negotiations and reviews the climate data that parties report.',
    source:
      'https://littlesis.org/relationships/1658785; http://unfccc.int/secretariat/items/1629txt.php; https://webarchive.library.unt.edu/web/20121206205150/http://unfccc.int/secretariat/history_of_the_secretariat/items/1218.php',
  },
  {
    id: 'unog',
    name: 'United Nations Office at Geneva',
    acronyms: ['UNOG'],
    aliases: ['UN Geneva'],
    kind: 'UN body',
    seat: 'Palais des Nations, Geneva, Switzerland',
    summary:
      "The Secretary-General's representative office in Geneva and the largest UN office after headquarters, housed in the League of Nations' former Palais des Nations; it services thousands of meetings a year and supports many Geneva-based UN entities. Its Director-General is also Secretary-General of the Conference on Disarmament.",
    source:
      'https://ungeneva.org/en/faq/546; https://archive.is/49tuE; https://www.genevaenvironmentnetwork.org/?q=fr/green_guide/united-nations-office-geneva',
  },
  {
    id: 'unoda',
    name: 'United Nations Office for Disarmament Affairs',
    acronyms: ['UNODA'],
    aliases: ['Department for Disarmament Affairs', 'Centre for Disarmament Affairs'],
    kind: 'UN body',
    founded: '1982 (as a department); present form 1998, renamed 2007',
    seat: 'New York',
    summary:
      'The UN Secretariat office, headed by the High Representative for Disarmament Affairs, that supports work on nuclear disarmament and non-proliferation, other weapons of mass destruction and conventional arms such as small arms and landmines, and services the First Committee, the Disarmament Commission and the Conference on Disarmament.',
    source:
      'https://humanium-metal.com/organization/united-nations-office-for-disarmament-affairs-unoda/; https://review.clateway.com/wiki/view_html.php?lang=en&q=United_Nations_Office_for_Disarmament_Affairs&sq=Google',
  },
  {
    id: 'dppa',
    name: 'United Nations Department of Political and Peacebuilding Affairs',
    acronyms: ['DPPA'],
    aliases: [
      'Department of Political and Peacebuilding Affairs',
      'UN Department of Political Affairs',
    ],
    contextAliases: ['DPA', 'Department of Political Affairs'],
    kind: 'UN body',
    founded: '2019 (1 January; the Department of Political Affairs dated from 1992)',
    seat: 'UN Headquarters, New York',
    summary:
      "The UN Secretariat department for political analysis, mediation, electoral assistance and peacebuilding support, which manages special political missions and backs the Secretary-General's good offices. It was formed in 2019 from the Department of Political Affairs and the Peacebuilding Support Office.",
    source:
      'https://www.un.int/news/un-reform-two-new-departments-peace-and-security-pillar; https://casquebleu.org/index.php?title=Peace_and_security_architecture; https://en.wikipedia.org/wiki/United_Nations_Department_of_Political_and_Peacebuilding_Affairs',
  },
  {
    id: 'dpo',
    name: 'United Nations Department of Peace Operations',
    acronyms: ['DPKO'],
    aliases: ['Department of Peace Operations', 'Department of Peacekeeping Operations'],
    contextAliases: ['DPO'],
    kind: 'UN body',
    founded: '1992 (as the Department of Peacekeeping Operations; renamed 2019)',
    seat: 'UN Headquarters, New York',
    summary:
      'The UN Secretariat department that plans, manages and directs UN peacekeeping operations. Created in 1992 as the Department of Peacekeeping Operations (DPKO), it took its present name on 1 January 2019.',
    source:
      'https://en.wikipedia.org/wiki/United_Nations_Department_of_Peace_Operations; https://www.un.int/news/un-reform-two-new-departments-peace-and-security-pillar',
  },
  {
    id: 'dgc',
    name: 'United Nations Department of Global Communications',
    acronyms: ['DGC', 'UNDPI'],
    aliases: ['Department of Global Communications', 'UN Department of Public Information'],
    contextAliases: ['DPI', 'Department of Public Information'],
    kind: 'UN body',
    founded: '1946 (13 February)',
    seat: 'New York',
    summary:
      'The UN Secretariat department that communicates the work of the UN to the media and the public, including through UN Information Centres around the world. It was the Department of Public Information (DPI) from 1946 until it was renamed on 1 January 2019.',
    source:
      'https://search.archives.un.org/department-of-public-information-dpi-1946-present; https://sarcasm.wiki/United_Nations_Department_of_Global_Communications; https://de.zxc.wiki/wiki/UNO-Hauptabteilung_f%C3%BCr_Globale_Kommunikation',
  },
  {
    id: 'undesa',
    name: 'United Nations Department of Economic and Social Affairs',
    acronyms: ['UNDESA', 'DESA'],
    aliases: ['UN DESA'],
    kind: 'UN body',
    founded: '1948; reorganized in its present form in 1997',
    seat: 'New York',
    summary:
      "The UN Secretariat department for economic, social and environmental affairs: it services ECOSOC and the General Assembly's Second and Third Committees, follows up the major UN summits, supports the 2030 Agenda and its Sustainable Development Goals, and compiles UN data and statistics, including world population projections.",
    source:
      'https://howlingpixel.com/i-en/United_Nations_Department_of_Economic_and_Social_Affairs; https://arc.ask3.ru/arc/aa/ae/61/aec87c802d4496389c9d45f3682aab61.html?action=edit; https://unoceans.un.org/www.un.org/en/desa.html',
  },
  {
    id: 'unoct',
    name: 'United Nations Office of Counter-Terrorism',
    acronyms: ['UNOCT'],
    aliases: [],
    kind: 'UN body',
    founded: '2017 (General Assembly resolution 71/291, 15 June)',
    seat: 'New York',
    summary:
      "The UN Secretariat office, headed by an Under-Secretary-General, that leads and coordinates the UN system's work under the Global Counter-Terrorism Strategy and delivers counter-terrorism capacity-building to member states; it took over the Counter-Terrorism Implementation Task Force and the UN Counter-Terrorism Centre from the Department of Political Affairs.",
    source:
      'https://strproject.oijj.org/document/64; http://www.un.org/counterterrorism/office-structure; http://everything.explained.today/United_Nations_Office_of_Counter-Terrorism/',
  },
  {
    id: 'oios',
    name: 'Office of Internal Oversight Services',
    acronyms: ['OIOS'],
    aliases: ['UN Office of Internal Oversight Services'],
    kind: 'UN body',
    summary:
      "The UN's internal oversight office, set up by General Assembly resolution 48/218 B, which carries out internal audit, inspection, evaluation, monitoring and investigation; it is internal to the Organization but independent of its management.",
    source:
      'https://humanrightsvoices.org/assets/attachments/documents-txt/SG_Report_on_OIOS_Proposals_6-23-06.doc.txt',
  },
  {
    id: 'unov',
    name: 'United Nations Office at Vienna',
    acronyms: ['UNOV'],
    aliases: ['UN Vienna'],
    kind: 'UN body',
    founded: '1980 (1 January)',
    seat: 'Vienna International Centre, Vienna, Austria',
    summary:
      'The Secretary-General\'s representative office in Vienna, one of the UN\'s four main office sites, at the Vienna International Centre ("UNO City"), which also houses the IAEA, UNIDO, UNODC, the CTBTO Preparatory Commission and other UN bodies.',
    source:
      'http://www.smomun.org/united-nations/un-office-at-vienna/; https://www.bmeia.gv.at/oev-wien/austria-at-the-un/un-vienna/; http://unis.unvienna.org/unis/en/events/2009/30-years-vic.html',
  },
  {
    id: 'unon',
    name: 'United Nations Office at Nairobi',
    acronyms: ['UNON'],
    aliases: ['UN Nairobi'],
    kind: 'UN body',
    founded: '1996',
    seat: 'Gigiri, Nairobi, Kenya',
    summary:
      "The UN's headquarters in Africa and one of its four main office sites, hosting the global headquarters of UNEP and UN-Habitat in a complex in Gigiri, across the street from the US Embassy.",
    url: 'https://www.unon.org',
    source:
      'https://en.wikipedia-on-ipfs.org/wiki/United_Nations_Office_at_Nairobi; https://db0nus869y26v.cloudfront.net/en/United_Nations_Office_at_Nairobi',
  },
  {
    id: 'incb',
    name: 'International Narcotics Control Board',
    acronyms: ['INCB'],
    aliases: [],
    kind: 'UN body',
    founded: '1968 (under the 1961 Single Convention)',
    seat: 'Vienna International Centre, Vienna, Austria',
    summary:
      'The independent, quasi-judicial body of 13 members that monitors how governments carry out the three UN drug control conventions, balancing the supply of narcotic drugs for medical and scientific use against diversion and deciding which precursor chemicals should be controlled; its predecessors date from the League of Nations.',
    url: 'https://www.incb.org',
    source:
      'https://www.devex.com/organizations/international-narcotics-control-board-46649; https://everything.explained.today/International_Narcotics_Control_Board/',
  },
  {
    id: 'unrra',
    name: 'United Nations Relief and Rehabilitation Administration',
    acronyms: ['UNRRA'],
    aliases: [],
    kind: 'intergovernmental organization',
    founded: '1943 (agreement signed at the White House, 9 November)',
    ended: '1947 in Europe (30 June); remaining work in China ended 1949',
    successor: 'the International Refugee Organization, FAO and UNICEF',
    summary:
      'The wartime Allied relief agency, founded before the UN itself, that gave emergency aid to liberated countries and cared for and repatriated millions of displaced persons; the United States paid more than half its costs and all three of its directors general were American, starting with Herbert Lehman.',
    source:
      'http://infoplease.com/ce5/CE053348.html; https://nostalgia.wikipedia.org/wiki/UNRRA; http://encyclopedia-loadbalancer-1-1782916326.us-west-2.elb.amazonaws.com/social-sciences-and-law/political-science-and-government/united-nations/united-nations-relief-and-rehabilitation-administration',
  },
  // Councils and commissions
  {
    id: 'unhrc',
    name: 'United Nations Human Rights Council',
    acronyms: ['UNHRC'],
    aliases: ['Human Rights Council'],
    contextAliases: ['HRC'],
    kind: 'UN body',
    founded: '2006 (General Assembly resolution 60/251)',
    seat: 'Geneva, Switzerland',
    summary:
      "The General Assembly's intergovernmental body for human rights, whose 47 elected member states meet in Geneva several times a year; through the Universal Periodic Review it examines the record of every UN member. It replaced the Commission on Human Rights in 2006.",
    source:
      'https://www.un-ilibrary.org/content/books/9789211562705s007-c001; https://www.docip.org/en/indigenous-peoples-at-the-un/other-processes/; https://mun.uwed.uz/human-rights-council',
  },
  {
    id: 'un-commission-on-human-rights',
    name: 'United Nations Commission on Human Rights',
    acronyms: [],
    aliases: [],
    contextAliases: ['Commission on Human Rights'],
    kind: 'UN body',
    founded: '1946',
    ended: '2006',
    successor: 'the UN Human Rights Council',
    summary:
      'The 53-member commission under ECOSOC that was the chief UN human rights body from 1946 to 2006. Criticized for seating governments with poor records of their own, it was replaced by the Human Rights Council in 2006.',
    source:
      'https://encyclopediahub.com/ar752638; https://www.un-ilibrary.org/content/books/9789211562705s007-c001; https://www.docip.org/en/indigenous-peoples-at-the-un/other-processes/',
  },
  {
    id: 'peacebuilding-commission',
    name: 'United Nations Peacebuilding Commission',
    acronyms: [],
    aliases: ['Peacebuilding Commission'],
    contextAliases: ['PBC'],
    kind: 'UN body',
    founded: '2005 (20 December, by the General Assembly and Security Council)',
    summary:
      'An intergovernmental advisory body, agreed at the 2005 World Summit, that helps countries emerging from conflict move to lasting peace by marshaling resources and proposing integrated recovery strategies; its 31 members come from the Security Council, ECOSOC, top financial contributors and top troop contributors.',
    source:
      'http://www.un.org/womenwatch/ianwge/taskforces/wps/peacebuilding_commission.html; http://piglix.com/piglix/Peacebuilding_Commission; https://news.un.org/en/story/2006/05/178632',
  },
  {
    id: 'csw',
    name: 'Commission on the Status of Women',
    acronyms: ['UNCSW'],
    aliases: ['UN Commission on the Status of Women'],
    contextAliases: ['CSW'],
    kind: 'UN body',
    founded: '1946 (ECOSOC resolution of 21 June)',
    summary:
      'The functional commission of ECOSOC devoted to gender equality and the advancement of women; it grew out of a subcommission inspired by Eleanor Roosevelt and meets each March at UN headquarters in New York to review progress and set global standards.',
    source:
      'http://ngocswafrica.org/index.php/about-us/csw; https://wikigender.oecdcode.org/index.html%3Fp=258.html; https://iscaninfo.com/article/25266382/Explainer--Commission-on-the-Status-of-Women-and-why-it-matters',
  },
  {
    id: 'ilc',
    name: 'International Law Commission',
    acronyms: [],
    aliases: ['UN International Law Commission'],
    contextAliases: ['ILC'],
    kind: 'UN body',
    founded: '1947 (statute of 21 November)',
    seat: 'Geneva, Switzerland (annual sessions)',
    summary:
      'The General Assembly body of 34 international lawyers, serving in their personal capacity, that works on the progressive development and codification of international law; its drafts became the Vienna Conventions on Diplomatic Relations (1961), Consular Relations (1963) and the Law of Treaties (1969).',
    source:
      'http://legal.un.org/avl/ha/silc/silc.html; http://ed.newdu.com/k1192004.html; http://en.m.wiki.x.io/wiki/International_Law_Commission',
  },
  // Regional commissions
  {
    id: 'uneca',
    name: 'United Nations Economic Commission for Africa',
    acronyms: ['UNECA'],
    aliases: ['Economic Commission for Africa'],
    contextAliases: ['ECA'],
    kind: 'UN body',
    founded: '1958 (29 April)',
    seat: 'Addis Ababa, Ethiopia',
    summary:
      "One of the five UN regional commissions reporting to ECOSOC, which promotes economic and social development among Africa's states through regional studies, surveys and cooperation.",
    source:
      'https://bitlit.ru/page/en/united-states-central-intelligence-agency/the-1994-cia-world-factbook/386; https://www.nationsencyclopedia.com/United-Nations/Economic-and-Social-Development-REGIONAL-COMMISSIONS.html; http://www.powdersaffron.com/en/about-us/secretariat',
  },
  {
    id: 'unece',
    name: 'United Nations Economic Commission for Europe',
    acronyms: ['UNECE'],
    aliases: ['Economic Commission for Europe'],
    contextAliases: ['ECE'],
    kind: 'UN body',
    founded: '1947 (28 March)',
    seat: 'Geneva, Switzerland',
    summary:
      'One of the five UN regional commissions reporting to ECOSOC, working on economic cooperation among the countries of Europe and beyond; it is hosted at the UN Office at Geneva.',
    source:
      'https://bitlit.ru/page/en/united-states-central-intelligence-agency/the-1994-cia-world-factbook/386; https://archive.is/49tuE; https://www.nationsencyclopedia.com/United-Nations/Economic-and-Social-Development-REGIONAL-COMMISSIONS.html',
  },
  {
    id: 'escap',
    name: 'United Nations Economic and Social Commission for Asia and the Pacific',
    acronyms: ['ESCAP', 'UNESCAP', 'ECAFE'],
    aliases: [
      'Economic Commission for Asia and the Far East',
      'Economic and Social Commission for Asia and the Pacific',
    ],
    kind: 'UN body',
    founded: '1947 (28 March, as ECAFE; renamed 1974)',
    seat: 'Bangkok, Thailand',
    summary:
      'The largest of the five UN regional commissions, promoting economic and social cooperation in Asia and the Pacific. Set up in Shanghai in 1947 as the Economic Commission for Asia and the Far East (ECAFE) for postwar reconstruction, it moved to Bangkok in 1949 and took its present name in 1974; it helped create the Asian Development Bank.',
    url: 'https://www.unescap.org',
    source:
      'http://cryer.org.uk/ESCAP; http://unostamps.nl/subject_escap.htm; https://kiwix.lema.org/wikipedia_en_all_mini_2024-02/A/ESCAP',
  },
  {
    id: 'eclac',
    name: 'United Nations Economic Commission for Latin America and the Caribbean',
    acronyms: ['ECLAC', 'CEPAL', 'ECLA'],
    aliases: [
      'Economic Commission for Latin America and the Caribbean',
      'Economic Commission for Latin America',
    ],
    kind: 'UN body',
    founded: '1948 (ECOSOC resolution of 25 February)',
    seat: 'Santiago, Chile',
    summary:
      'The UN regional commission for economic and social development in Latin America and the Caribbean, known by its Spanish acronym CEPAL; created as the Economic Commission for Latin America, it added the Caribbean to its name in 1984. Raúl Prebisch led it from 1950 to 1963.',
    source:
      'https://www.data4sdgs.org/festivaldedatos/economic-commission-latin-america-and-caribbean; http://the-uncensored-wiki.com:20121/2012-wikipedia_en_all_nopic_01_2012/A/CEPAL.html; https://kiwix.lema.org/wikipedia_en_all_mini_2024-02/A/CEPAL',
  },
  {
    id: 'escwa',
    name: 'United Nations Economic and Social Commission for Western Asia',
    acronyms: ['ESCWA'],
    aliases: ['Economic and Social Commission for Western Asia'],
    kind: 'UN body',
    founded: '1973 (9 August)',
    seat: 'Beirut, Lebanon',
    summary:
      'The UN regional commission that promotes economic and social development and regional integration among its Arab member states, coordinating with bodies such as the Arab League and the Gulf Cooperation Council.',
    source:
      'https://infogalactic.com/info/United_Nations_Economic_and_Social_Commission_for_Western_Asia',
  },
  // Peacekeeping missions
  {
    id: 'untso',
    name: 'United Nations Truce Supervision Organization',
    acronyms: ['UNTSO'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    founded: '1948',
    summary:
      'The first UN peacekeeping operation, set up in June 1948 during the first Arab-Israeli war to supervise the truce; its military observers still monitor ceasefires and armistice agreements in the Middle East and support other UN missions in the region.',
    source:
      'https://www.un.org/en/events/peacekeepersday/2008/1948.shtml; https://db0nus869y26v.cloudfront.net/en/Timeline_of_United_Nations_peacekeeping_missions',
  },
  {
    id: 'unmogip',
    name: 'United Nations Military Observer Group in India and Pakistan',
    acronyms: ['UNMOGIP'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    founded: '1949',
    summary:
      'A UN observer mission deployed since January 1949 to monitor the ceasefire between India and Pakistan in Jammu and Kashmir.',
    source:
      'https://www.un.org/en/events/peacekeepersday/2008/1948.shtml; https://db0nus869y26v.cloudfront.net/en/Timeline_of_United_Nations_peacekeeping_missions',
  },
  {
    id: 'unef',
    name: 'United Nations Emergency Force',
    acronyms: ['UNEF', 'UNEF I', 'UNEF II'],
    aliases: ['UN Emergency Force I', 'First United Nations Emergency Force'],
    kind: 'UN peacekeeping mission',
    founded: '1956',
    ended: '1979 (UNEF I 1956-1967; UNEF II until July 1979)',
    summary:
      'The first armed UN peacekeeping force, created by an emergency session of the General Assembly after the 1956 Suez Crisis to supervise the withdrawal of British, French and Israeli forces from Egypt and act as a buffer; it left in 1967 before the Six-Day War. A second force (UNEF II) served in Sinai until its mandate lapsed in 1979.',
    source:
      'https://db0nus869y26v.cloudfront.net/en/Timeline_of_United_Nations_peacekeeping_missions; https://international.vlex.com/vid/past-peace-keeping-operations-53300435; https://www.taylorfrancis.com/books/e/9781351211659/chapters/10.4324%2F9781351211666-14',
  },
  {
    id: 'unogil',
    name: 'United Nations Observation Group in Lebanon',
    acronyms: ['UNOGIL'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    founded: '1958',
    ended: '1958',
    summary:
      'A UN observer group sent to Lebanon during the 1958 crisis to ensure that no personnel or arms were infiltrating across its borders; it ended in December 1958.',
    source:
      'https://db0nus869y26v.cloudfront.net/en/Timeline_of_United_Nations_peacekeeping_missions; https://international.vlex.com/vid/past-peace-keeping-operations-53300435',
  },
  {
    id: 'onuc',
    name: 'United Nations Operation in the Congo',
    acronyms: ['ONUC'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    founded: '1960',
    ended: '1964',
    summary:
      "The large UN force sent to the newly independent Congo in July 1960 at its government's request: it was to secure the withdrawal of Belgian forces, then to keep the country whole, prevent civil war and remove foreign military personnel and mercenaries. It ended in June 1964.",
    source:
      'https://international.vlex.com/vid/past-peace-keeping-operations-53300435; https://scribd.com/document/62937492/OMPtimeline1948-2008',
  },
  {
    id: 'unficyp',
    name: 'United Nations Peacekeeping Force in Cyprus',
    acronyms: ['UNFICYP'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    founded: '1964',
    summary:
      'The UN peacekeeping force deployed to Cyprus in March 1964, after intercommunal violence broke out in December 1963, and still there.',
    source:
      'https://www.taylorfrancis.com/books/e/9781351211659/chapters/10.4324%2F9781351211666-14; https://scribd.com/document/62937492/OMPtimeline1948-2008',
  },
  {
    id: 'untac',
    name: 'United Nations Transitional Authority in Cambodia',
    acronyms: ['UNTAC'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    founded: '1992',
    ended: '1993',
    summary:
      'The UN operation of some 22,000 military and civilian personnel that carried out the 1991 Paris Agreements on Cambodia, taking on civil administration, human rights, refugee return and the 1993 elections; the first time the UN itself administered an independent state. It ended in September 1993 when a new constitution and government were in place.',
    source:
      'https://www.un.org/Depts/DPKO/Missions/untac.htm; https://review.clateway.com/wiki/view_html.php?q=United_Nations_Transitional_Authority_in_Cambodia&sq=Qlik',
  },
  {
    id: 'unprofor',
    name: 'United Nations Protection Force',
    acronyms: ['UNPROFOR'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    founded: '1992',
    ended: '1995',
    successor: 'UNCRO (Croatia), UNPREDEP (Macedonia) and the UN Mission in Bosnia and Herzegovina',
    summary:
      'The UN force set up in February 1992 in the breaking-up Yugoslavia to protect humanitarian deliveries in Croatia and Bosnia and to set up "safe areas". Its mandate ended in March 1995, when it was reorganized into separate operations for Croatia, Macedonia and Bosnia and Herzegovina.',
    source:
      'https://uia.org/s/or/en/1100032648; http://www.pbs.org/wnet/un/timeline/timeline4b.html',
  },
  {
    id: 'unikom',
    name: 'United Nations Iraq-Kuwait Observation Mission',
    acronyms: ['UNIKOM'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    founded: '1991',
    ended: '2003',
    summary:
      'The UN mission set up in April 1991, after Iraqi forces were driven from Kuwait, to monitor the demilitarized zone along the Iraq-Kuwait border; it ran until October 2003.',
    source: 'https://www.un.org/en/events/peacekeepersday/2008/1990s.shtml',
  },
  {
    id: 'unavem',
    name: 'United Nations Angola Verification Mission',
    acronyms: ['UNAVEM', 'UNAVEM II', 'UNAVEM III'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    summary:
      'A series of UN missions in Angola; UNAVEM II (1991-1995) helped the government and UNITA carry out the peace accords ending 16 years of civil war, observed the elections UNITA contested, and verified the first stages of the Lusaka Protocol.',
    source:
      'https://www.un.org/en/events/peacekeepersday/2008/1990s.shtml; https://www.thirteen.org/wnet/un/print/timeline4_print.html',
  },
  {
    id: 'onusal',
    name: 'United Nations Observer Mission in El Salvador',
    acronyms: ['ONUSAL'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    founded: '1991',
    ended: '1995',
    summary:
      "The UN mission (July 1991 to April 1995) that verified the peace agreements between El Salvador's government and the FMLN, covering the ceasefire, the armed forces, a new police force, human rights and elections.",
    source: 'https://www.un.org/en/events/peacekeepersday/2008/1990s.shtml',
  },
  {
    id: 'undof',
    name: 'United Nations Disengagement Observer Force',
    acronyms: ['UNDOF'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    founded: '1974 (June)',
    summary:
      'The UN force on the Golan Heights, set up after the 1973 war to supervise the disengagement of Israeli and Syrian forces and maintain the ceasefire; it remains deployed.',
    source: 'https://www.un.org/en/events/peacekeepersday/2008/1970s.shtml',
  },
  {
    id: 'unifil',
    name: 'United Nations Interim Force in Lebanon',
    acronyms: ['UNIFIL'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    founded: '1978 (Security Council resolution 425, 19 March)',
    summary:
      "The UN force in southern Lebanon, created after Israel's March 1978 invasion to confirm the Israeli withdrawal, restore peace and security and help the Lebanese government restore its authority in the area; the Security Council greatly enlarged it and widened its mandate after the July-August 2006 crisis.",
    source:
      'https://www.un.org/en/events/peacekeepersday/2008/1970s.shtml; https://www.jewishvirtuallibrary.org/un-security-council-resolution-425',
  },
  {
    id: 'unmik',
    name: 'United Nations Interim Administration Mission in Kosovo',
    acronyms: ['UNMIK'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    founded: '1999 (Security Council resolution 1244, 10 June)',
    seat: 'Pristina, Kosovo',
    summary:
      'The UN mission that took over the administration of Kosovo after the 1999 NATO air campaign, with legislative, executive and judicial authority, alongside the NATO-led KFOR; its four pillars were run with UNHCR, the OSCE and the EU. It is still in Kosovo.',
    source:
      'https://planken.org/balkans/kfor/unmik; https://triplydb.com/MikelEganaAranguren/iris/browser?resource=http%3A%2F%2Fdbpedia.org%2Fresource%2FUnited_Nations_Security_Council_Resolution_1244; http://the-uncensored-wiki.com:20171/2017-wikipedia_en_all_novid_2017-08/A/United_Nations_Mission_in_Kosovo.html',
  },
  {
    id: 'unosom',
    name: 'United Nations Operation in Somalia',
    acronyms: ['UNOSOM', 'UNOSOM I', 'UNOSOM II'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    founded: '1992',
    ended: '1995 (March)',
    summary:
      'The UN operations in Somalia during its civil war: UNOSOM I (1992-1993) was to secure humanitarian relief and monitor a ceasefire, and UNOSOM II (March 1993 to March 1995) sought to restore order in a country in chaos, with the United States also sending troops in Operation Restore Hope. US support waned after 18 US Rangers were killed in 1993.',
    source:
      'https://wuzupnigeria.ng/peacekeepingday-five-major-peacekeeping-operations-in-africa/; http://www.pbs.org/wnet/un/timeline/timeline4b.html',
  },
  {
    id: 'unamir',
    name: 'United Nations Assistance Mission for Rwanda',
    acronyms: ['UNAMIR'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    founded: '1993 (Security Council resolution 872, 5 October)',
    ended: '1996 (March)',
    summary:
      'The UN mission set up to help carry out the Arusha Accords between the Rwandan government and the Rwandan Patriotic Front. Bound by narrow rules of engagement, it failed to prevent the 1994 genocide, in which some 800,000 people were killed, and is widely regarded as a major failure.',
    source:
      'https://review.clateway.com/wiki/view_html.php?q=United_Nations_Assistance_Mission_for_Rwanda&sq=Qlik; https://english.defensie.nl/topics/historical-missions/mission-overview/1993/operations-in-the-great-lakes-region-central-africa-1994%E2%80%931998',
  },
  {
    id: 'unmih',
    name: 'United Nations Mission in Haiti',
    acronyms: ['UNMIH'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    founded: '1993 (Security Council resolution 867, 23 September)',
    ended: '1996 (June)',
    summary:
      'The UN peacekeeping operation in Haiti after the 1991 coup against President Jean-Bertrand Aristide; it was followed by several smaller UN missions before MINUSTAH in 2004.',
    source:
      'https://en.wikipedia.org/wiki/United_Nations_Mission_in_Haiti; http://wayback.archive.org/web/20090903042557/http://www.un.org/Depts/dpko/missions/minustah/',
  },
  {
    id: 'minustah',
    name: 'United Nations Stabilization Mission in Haiti',
    acronyms: ['MINUSTAH'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    founded: '2004 (Security Council resolution 1542; deployed 1 June)',
    ended: '2017',
    successor: 'the UN Mission for Justice Support in Haiti (MINUJUSTH), which closed in 2019',
    summary:
      "The UN mission sent to Haiti after President Aristide's departure in 2004, succeeding a multinational interim force, to restore security, support the political process and strengthen state institutions and human rights; its military component was led by Brazil. Its headquarters collapsed in the 2010 earthquake, killing its chief, Hédi Annabi.",
    source:
      'http://wayback.archive.org/web/20090903042557/http://www.un.org/Depts/dpko/missions/minustah/; https://military-history.fandom.com/wiki/United_Nations_Stabilisation_Mission_in_Haiti; https://en.wikipedia.org/wiki/United_Nations_Mission_in_Haiti',
  },
  {
    id: 'untaet',
    name: 'United Nations Transitional Administration in East Timor',
    acronyms: ['UNTAET'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    founded: '1999 (Security Council resolution 1272, 25 October)',
    ended: '2002 (20 May, at independence)',
    successor: 'the UN Mission of Support in East Timor (UNMISET)',
    summary:
      'The UN mission that governed East Timor, with full legislative and executive powers and a peacekeeping force, between the violence that followed the 1999 independence referendum and independence in 2002; it was led by Sergio Vieira de Mello.',
    source:
      'https://liquisearch.com/united_nations_transitional_administration_in_east_timor; http://www.fact-index.com/u/un/un_transitional_administration_in_east_timor.html; https://ciaotest.cc.columbia.edu/olj/sa/sa_mar01chs01.html',
  },
  {
    id: 'unmiset',
    name: 'United Nations Mission of Support in East Timor',
    acronyms: ['UNMISET'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    founded: '2002 (20 May)',
    ended: '2005 (20 May)',
    summary:
      'The UN mission set up on the day East Timor (Timor-Leste) became independent to assist the new state until all operational responsibilities passed to its own authorities; it completed its mandate in 2005.',
    source: 'https://www.un.org/en/events/peacekeepersday/2008/2008.shtml',
  },
  {
    id: 'unmee',
    name: 'United Nations Mission in Ethiopia and Eritrea',
    acronyms: ['UNMEE'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    founded: '2000 (July)',
    ended: '2008 (July)',
    summary:
      'The UN mission that monitored the cessation of hostilities and a temporary security zone after the 1998-2000 Ethiopia-Eritrea border war; the Security Council ended it in 2008 because of crippling restrictions imposed by Eritrea.',
    source: 'https://www.un.org/en/events/peacekeepersday/2008/2008.shtml',
  },
  {
    id: 'unmil',
    name: 'United Nations Mission in Liberia',
    acronyms: ['UNMIL'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    founded: '2003 (19 September)',
    summary:
      "The UN mission created during Liberia's second civil war, which had claimed some 150,000 lives, to support the ceasefire and peace process, protect civilians and help rebuild the police and army; it has since completed its mission.",
    source:
      'https://www.un.org/en/events/peacekeepersday/2008/2008.shtml; https://blackfacts.com/fact/ongoing-un-peacekeeping-missions-in-africa; https://gnnliberia.com/un-peacekeeping-finishes-its-mission-in-liberia-successfully/',
  },
  {
    id: 'unamid',
    name: 'African Union-United Nations Hybrid Operation in Darfur',
    acronyms: ['UNAMID'],
    aliases: ['United Nations-African Union Hybrid Operation in Darfur'],
    kind: 'UN peacekeeping mission',
    founded: '2007 (Security Council resolution 1769, 31 July)',
    ended: '2020 (31 December)',
    successor: 'the UN Integrated Transition Assistance Mission in Sudan (UNITAMS)',
    summary:
      'The first joint UN-African Union peacekeeping force, deployed to protect civilians and humanitarian operations in Darfur, Sudan; it absorbed the African Union Mission in Sudan (AMIS) and at its height was the largest UN peacekeeping operation. Headquartered in El Fasher.',
    source:
      'https://wikimili.com/en/United_Nations–African_Union_Mission_in_Darfur; https://unamid.unmissions.org/news-feature?page=99; https://infinitelexicon.com/UNAMID',
  },
  {
    id: 'unitams',
    name: 'United Nations Integrated Transition Assistance Mission in Sudan',
    acronyms: ['UNITAMS'],
    aliases: [],
    kind: 'UN political mission',
    ended: '2024 (29 February)',
    summary:
      "The UN political mission that supported Sudan's transition after UNAMID closed; it was shut down under Security Council resolution 2715 in February 2024.",
    source:
      'https://www.un.org/en/spotlight-on-sudan/unsystem; https://unamid.unmissions.org/news-feature?page=99',
  },
  {
    id: 'unmiss',
    name: 'United Nations Mission in the Republic of South Sudan',
    acronyms: ['UNMISS'],
    aliases: ['United Nations Mission in South Sudan'],
    kind: 'UN peacekeeping mission',
    founded: '2011 (July)',
    summary:
      'The UN peacekeeping mission in South Sudan, set up when the country became independent in July 2011; after renewed fighting in December 2013 the Security Council reinforced it, and it protects civilians and supports humanitarian aid.',
    source: 'https://blackfacts.com/fact/ongoing-un-peacekeeping-missions-in-africa',
  },
  {
    id: 'unisfa',
    name: 'United Nations Interim Security Force for Abyei',
    acronyms: ['UNISFA'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    founded: '2011 (Security Council resolution 1990, 27 June)',
    summary:
      'The UN force that monitors the contested Abyei area on the border between Sudan and South Sudan, protects civilians and humanitarian workers, and helps the two states stabilize the border.',
    source:
      'https://www.un.org/en/spotlight-on-sudan/unsystem; https://blackfacts.com/fact/ongoing-un-peacekeeping-missions-in-africa',
  },
  // Tribunals
  {
    id: 'icty',
    name: 'International Criminal Tribunal for the former Yugoslavia',
    acronyms: ['ICTY'],
    aliases: [],
    kind: 'international court',
    founded: '1993 (Security Council resolution 827, 25 May)',
    ended: '2017 (31 December)',
    successor: 'the International Residual Mechanism for Criminal Tribunals',
    seat: 'The Hague, Netherlands',
    summary:
      'The ad hoc court created by the Security Council to prosecute serious violations of international humanitarian law in the former Yugoslavia since 1991, the first war crimes court created by the UN and the first international one since Nuremberg and Tokyo. It indicted 161 people and convicted 90.',
    source:
      'https://www.jurist.org/news/2017/12/icty-marks-official-closing/; https://gather4humanity.com/knowledge-base/criminalrepressionofcoreinternationalcrimes/international-criminal-tribunal-for-the-former-yugoslavia-icty; https://scribd.com/document/368168336/SCPRST-ICTY',
  },
  {
    id: 'ictr',
    name: 'International Criminal Tribunal for Rwanda',
    acronyms: ['ICTR'],
    aliases: [],
    kind: 'international court',
    founded: '1994 (Security Council resolution 955, 8 November)',
    ended: '2015 (31 December)',
    successor: 'the International Residual Mechanism for Criminal Tribunals',
    seat: 'Arusha, Tanzania',
    summary:
      'The ad hoc court created by the Security Council to prosecute those responsible for genocide and other serious violations of international humanitarian law in Rwanda, and by Rwandans in neighboring states, during 1994.',
    source:
      'https://main.un.org/securitycouncil/es/content/tribunales-internacionales; http://archivodeinalbis.blogspot.com/2019/04/?m=1',
  },
  {
    id: 'irmct',
    name: 'International Residual Mechanism for Criminal Tribunals',
    acronyms: ['IRMCT', 'MICT'],
    aliases: ['Mechanism for International Criminal Tribunals', 'Residual Mechanism'],
    kind: 'international court',
    founded: '2010 (Security Council resolution 1966, 22 December)',
    seat: 'The Hague, Netherlands, and Arusha, Tanzania',
    summary:
      "The body created by the Security Council to carry on the jurisdiction and essential functions of the ICTY and ICTR after they closed: trials of remaining fugitives, appeals, protection of witnesses, supervision of sentences and the tribunals' archives.",
    source:
      'https://wikisum.wiki/wiki/Mechanism_for_International_Criminal_Tribunals; https://jurist.org/paperchase/2013/05/icty-marks-20th-anniversary.php; https://scribd.com/document/368168336/SCPRST-ICTY',
  },
  // The League of Nations
  {
    id: 'league-of-nations',
    name: 'League of Nations',
    acronyms: [],
    aliases: ['Société des Nations'],
    contextAliases: ['League'],
    kind: 'intergovernmental organization',
    founded: '1920 (Covenant in force 10 January)',
    ended: '1946 (20 April)',
    successor: 'the United Nations',
    seat: 'Geneva, Switzerland',
    summary:
      "The first worldwide intergovernmental organization for peace, created by the Paris Peace Conference with its Covenant in the Treaty of Versailles; the US Senate kept the United States out despite President Wilson's leading role. Powerless against the aggressions of the 1930s, it dissolved in 1946 and transferred its assets, including the Palais des Nations, to the UN.",
    source:
      'http://www.jrank.org/encyclopedia/pages/cm7l5zf9tb/League-Nations.html; https://dailyexpress.lk/today-in-history/7927; https://answers.com/Q/What_organization_did_the_UN_replace; http://history.howstuffworks.com/world-war-i/league-of-nations.htm',
  },
  {
    id: 'untag',
    name: 'United Nations Transition Assistance Group',
    acronyms: ['UNTAG'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    founded: '1989 (April)',
    ended: '1990 (March)',
    summary:
      "The UN operation, led by Special Representative Martti Ahtisaari, that monitored Namibia's peace process and the November 1989 constituent assembly elections under Security Council resolution 435 (1978), ending with Namibia's independence from South African rule.",
    source:
      'https://hessslslslsls.azureedge.net/wiki/UNTAG; https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/UNTAG',
  },
  {
    id: 'minuci',
    name: "United Nations Mission in Côte d'Ivoire",
    acronyms: ['MINUCI'],
    aliases: [],
    kind: 'UN political mission',
    founded: '2003 (Security Council resolution 1479, 13 May)',
    ended: '2004 (4 April)',
    successor: "the UN Operation in Côte d'Ivoire (UNOCI)",
    summary:
      "The UN mission set up during Côte d'Ivoire's first civil war to help carry out the Linas-Marcoussis Agreement alongside French and ECOWAS forces; UNOCI replaced it in 2004.",
    source:
      "https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/United_Nations_Mission_in_C%C3%B4te_d'Ivoire",
  },
  {
    id: 'unoci',
    name: "United Nations Operation in Côte d'Ivoire",
    acronyms: ['UNOCI'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    founded: '2004 (Security Council resolution 1528; 4 April)',
    ended: '2017 (30 June)',
    seat: "Abidjan, Côte d'Ivoire",
    summary:
      "The UN peacekeeping operation that supported the 2003 peace agreement ending Côte d'Ivoire's civil war, policing a zone of confidence between the government-held south and the rebel-held north and protecting civilians through the 2010-2011 post-election crisis; 150 of its peacekeepers died in 13 years.",
    source:
      'https://kiwix.lema.org/wikipedia_en_all_mini_2024-02/A/UNOCI; https://africanews.com/2017/06/30/un-wraps-up-13-year-peacekeeping-mission-in-ivory-coast; http://en.chinagate.cn/2016-01/21/content_37625124.htm',
  },
  {
    id: 'minusca',
    name: 'United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic',
    acronyms: ['MINUSCA'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    founded: '2014 (Security Council resolution 2149, 10 April; operational 15 September)',
    seat: 'Bangui, Central African Republic',
    summary:
      'The UN peacekeeping mission in the Central African Republic, with the protection of civilians as its first priority; it took over from the African-led MISCA force and absorbed the UN peacebuilding office (BINUCA).',
    url: 'https://minusca.unmissions.org',
    source:
      'https://minusca.unmissions.org/en/about; https://www.un.org/pt/node/36507; http://pncp.info/node/1027',
  },
  {
    id: 'unama',
    name: 'United Nations Assistance Mission in Afghanistan',
    acronyms: ['UNAMA'],
    aliases: [],
    kind: 'UN political mission',
    founded: '2002 (Security Council resolution 1401, 28 March)',
    seat: 'Kabul, Afghanistan',
    summary:
      'The UN special political mission in Afghanistan, created to support the December 2001 Bonn Agreement and first led by Lakhdar Brahimi; it has no troops, and its mandate, renewed each year, covers good offices, human rights and coordination of UN relief and development work.',
    url: 'https://unama.unmissions.org',
    source:
      'https://www.stimson.org/2002/rebuilding-afghanistan-united-nations-assistance-mission-afghanistan-unama/; http://wiki.richxsearch.com/view_html.php?lang=en&q=United_Nations_Assistance_Mission_in_Afghanistan&sq=Pentagon; https://en.academic.ru/dic.nsf/enwiki/617959/United',
  },
  {
    id: 'unami',
    name: 'United Nations Assistance Mission for Iraq',
    acronyms: ['UNAMI'],
    aliases: ['United Nations Assistance Mission in Iraq'],
    kind: 'UN political mission',
    founded: '2003 (Security Council resolution 1500, 14 August)',
    summary:
      "The UN political mission in Iraq that supports dialogue, elections, human rights and the delivery of aid; its first head, Sérgio Vieira de Mello, was killed in the bombing of the UN's Canal Hotel headquarters in Baghdad on 19 August 2003.",
    source:
      'http://the-uncensored-wiki.com:20121/2012-wikipedia_en_all_nopic_01_2012/A/UNAMI.html; https://www.canada.ca/en/department-national-defence/services/military-history/history-heritage/past-operations/middle-east/iolaus.html',
  },
  {
    id: 'unsmil',
    name: 'United Nations Support Mission in Libya',
    acronyms: ['UNSMIL'],
    aliases: [],
    kind: 'UN political mission',
    founded: '2011 (Security Council resolution 2009, 16 September)',
    summary:
      "The UN special political mission set up at the Libyan authorities' request after the 2011 civil war to support the transition: security and the rule of law, political dialogue and elections, human rights and, later, mediation of the Libyan political agreement.",
    url: 'https://unsmil.unmissions.org',
    source:
      'https://unsmil.unmissions.org/background; https://webarchive.archive.unhcr.org/20221003190641mp_/https://www.refworld.org/publisher/UNSMIL.html',
  },
  {
    id: 'unscom',
    name: 'United Nations Special Commission',
    acronyms: ['UNSCOM'],
    aliases: ['United Nations Special Commission on Iraq'],
    kind: 'UN body',
    founded: '1991 (Security Council resolution 687, April)',
    ended: '1999',
    successor: 'UNMOVIC',
    summary:
      "The UN body that inspected and destroyed Iraq's chemical, biological and long-range missile capabilities after the Gulf War, working with the IAEA on nuclear matters. Its inspectors left Iraq in December 1998, before Operation Desert Fox, and it was disbanded amid allegations that its resources had been used for spying.",
    source:
      'http://www.medea.be/en/themes/international-organizations-and-diplomacy/unscom-united-nations-special-commission-on-iraq/; https://wikisum.wiki/wiki/UNSCOM; http://www.fact-index.com/u/un/united_nations_special_commission.html',
  },
  {
    id: 'unmovic',
    name: 'United Nations Monitoring, Verification and Inspection Commission',
    acronyms: ['UNMOVIC'],
    aliases: [],
    kind: 'UN body',
    founded: '1999 (Security Council resolution 1284, 17 December)',
    ended: '2007 (June)',
    seat: 'New York',
    summary:
      'The UN commission that replaced UNSCOM to disarm Iraq of weapons of mass destruction and monitor its compliance; its inspectors were back in Iraq by early 2003, and its Executive Chairman, Hans Blix, reported to the Security Council that February.',
    source:
      'https://en.wikipedia.org/wiki/United_Nations_Monitoring,_Verification_and_Inspection_Commission; https://everything2.com/user/GrouchyOldMan/writeups/UNMOVIC; https://www.washingtontimes.com/news/2002/sep/18/20020918-090034-4066r/',
  },
  {
    id: 'unamsil',
    name: 'United Nations Mission in Sierra Leone',
    acronyms: ['UNAMSIL'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    founded: '1999 (Security Council resolution 1270, 22 October)',
    ended: '2005 (December)',
    successor: 'the UN Integrated Office in Sierra Leone (UNIOSIL)',
    summary:
      "The UN peacekeeping operation that helped carry out the Lomé Peace Accord ending Sierra Leone's civil war; growing to 17,500 troops, it disarmed tens of thousands of fighters and supported elections, and its mandate was notable for authorizing it to protect civilians under imminent threat. It replaced the UN Observer Mission in Sierra Leone (UNOMSIL).",
    source:
      'https://liquisearch.com/united_nations_mission_in_sierra_leone; https://pepbonet.com/portfolio/united-nations-mission-in-sierra-leone/; https://owiki.org/wiki/UNAMSIL',
  },
  {
    id: 'unkra',
    name: 'United Nations Korean Reconstruction Agency',
    acronyms: ['UNKRA'],
    aliases: [],
    kind: 'UN body',
    founded: '1950 (General Assembly resolution of 1 December)',
    ended: '1958 (ceased operations 30 June)',
    summary:
      'The UN agency, proposed by the United States, that financed the reconstruction of war-devastated South Korea after the 1953 armistice, in industry, agriculture, education, housing and health; the United States paid most of its roughly $150 million in contributions.',
    source:
      'https://en.wikipedia.org/wiki/United_Nations_Korean_Reconstruction_Agency; https://unarchives.wordpress.com/about-unkra/; https://www.refworld.org/legal/resolution/unga/1957/en/10025',
  },
  {
    id: 'unscop',
    name: 'United Nations Special Committee on Palestine',
    acronyms: ['UNSCOP'],
    aliases: [],
    kind: 'UN body',
    founded: '1947 (General Assembly, May)',
    ended: '1947',
    summary:
      'The 11-nation committee the General Assembly created after Britain handed the Palestine question to the UN; its August 1947 report recommended ending the British mandate, and its majority plan for partition into Jewish and Arab states with an international Jerusalem became General Assembly resolution 181 of 29 November 1947.',
    source:
      'https://encyclopedia.com/humanities/encyclopedias-almanacs-transcripts-and-maps/united-nations-special-committee-palestine-1947-unscop; http://www.voltairenet.org/article168535.html',
  },
  {
    id: 'unu',
    name: 'United Nations University',
    acronyms: ['UNU'],
    aliases: [],
    kind: 'UN body',
    founded: '1972-1973 (General Assembly); inaugurated January 1975',
    seat: 'Shibuya, Tokyo, Japan',
    summary:
      "The UN's think tank and academic arm, proposed by U Thant: a network of research and training institutes in a dozen countries working on global problems of peace, development and the environment, and the only UN entity allowed to grant degrees.",
    url: 'https://www.unu.edu',
    source:
      'https://review.clateway.com/wiki/view_html.php?lang=en&q=United_Nations_University&sq=Envato; https://unsceb.org/content/unu; http://www.liquisearch.com/united_nations_university',
  },
  {
    id: 'ipcc',
    name: 'Intergovernmental Panel on Climate Change',
    acronyms: ['IPCC'],
    aliases: [],
    kind: 'UN body',
    founded: '1988 (by WMO and UNEP)',
    seat: 'Geneva, Switzerland',
    summary:
      'The UN scientific body that assesses published research on human-induced climate change, its impacts and the options for adaptation and mitigation; its first assessment report in 1990 led to the UN climate convention, and it shared the 2007 Nobel Peace Prize with Al Gore.',
    source:
      'http://www.ipcc.ch/organization/organization_history.shtml; https://plana.earth/glossary/intergovernmental-panel-on-climate-change-ipcc; http://earth.wikia.com/wiki/Intergovernmental_Panel_on_Climate_Change',
  },
  {
    id: 'cerf',
    name: 'Central Emergency Response Fund',
    acronyms: ['CERF'],
    aliases: ['Central Emergency Revolving Fund'],
    kind: 'UN body',
    founded: '2005 (General Assembly, 15 December); launched March 2006',
    summary:
      "The UN's standing humanitarian fund, managed by the Emergency Relief Coordinator who heads OCHA, that gives UN agencies and IOM immediate money for sudden disasters and for neglected, underfunded crises; it replaced the 1991 Central Emergency Revolving Fund, a loan facility.",
    source:
      'https://unis.unvienna.org/unis/en/pressrels/2005/ga10436.html; https://review.trendsmask.com/what-is-cerf-46691.html; https://en.wikipedia.org/wiki/Central_Emergency_Response_Fund',
  },
  {
    id: 'uncro',
    name: 'United Nations Confidence Restoration Operation in Croatia',
    acronyms: ['UNCRO'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    founded: '1995 (March)',
    ended: '1996 (January)',
    summary:
      'One of the three operations into which UNPROFOR was reorganized in March 1995, serving in Croatia until January 1996.',
    source:
      'https://uia.org/s/or/en/1100032648; https://profilpelajar.com/de/Präventiveinsatztruppe_der_Vereinten_Nationen',
  },
  {
    id: 'untaes',
    name: 'United Nations Transitional Administration for Eastern Slavonia, Baranja and Western Sirmium',
    acronyms: ['UNTAES'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    founded: '1996 (January)',
    ended: '1998',
    summary:
      'The UN transitional administration for the eastern Croatian region of Eastern Slavonia, Baranja and Western Sirmium, which followed UNCRO there in 1996 and served until 1998.',
    source:
      'https://uia.org/s/or/en/1100032648; https://profilpelajar.com/de/Präventiveinsatztruppe_der_Vereinten_Nationen',
  },
  {
    id: 'unmibh',
    name: 'United Nations Mission in Bosnia and Herzegovina',
    acronyms: ['UNMIBH'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    founded: '1995 (December)',
    ended: '2002 (December)',
    summary:
      'The UN mission in Bosnia and Herzegovina, one of the successors of UNPROFOR, which served from December 1995 to December 2002.',
    source:
      'https://uia.org/s/or/en/1100032648; https://profilpelajar.com/de/Präventiveinsatztruppe_der_Vereinten_Nationen',
  },
  {
    id: 'unpredep',
    name: 'United Nations Preventive Deployment Force',
    acronyms: ['UNPREDEP'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    founded: '1995 (Security Council resolution 983, 31 March)',
    ended: '1999 (28 February)',
    seat: 'Skopje, Macedonia',
    summary:
      "The first UN peacekeeping operation deployed to prevent a conflict before it broke out: it took over UNPROFOR's role in Macedonia, monitoring its borders with Yugoslavia and Albania. It closed in 1999 when China vetoed its renewal after Macedonia recognized Taiwan.",
    source:
      'https://en.wikipedia.org/wiki/United_Nations_Preventive_Deployment_Force; https://peacekeeping.un.org/fr/mission/past/unpred_p.htm; http://peacekeeping.un.org/en/mission/past/unpredep.htm',
  },
  {
    id: 'nansen-office',
    name: 'Nansen International Office for Refugees',
    acronyms: [],
    aliases: ['Nansen Office', 'Office international Nansen pour les réfugiés'],
    kind: 'intergovernmental organization',
    founded: '1930',
    ended: '1938',
    successor: "the League of Nations' Office of the High Commissioner for All Refugees (1939)",
    seat: 'Geneva, Switzerland',
    summary:
      "The League of Nations' refugee agency, set up after the death of Fridtjof Nansen, the League's first High Commissioner for Refugees, to carry on his work; it issued the Nansen passport for stateless people, aided more than 800,000 refugees and won the 1938 Nobel Peace Prize.",
    source:
      'https://www.encyclopedia.com/reference/encyclopedias-almanacs-transcripts-and-maps/nansen-international-office-refugees; https://en-academic.com/dic.nsf/enwiki/1031430; http://wikipediaaudio.com/Nansen_International_Office_for_Refugees',
  },
  {
    id: 'untea',
    name: 'United Nations Temporary Executive Authority',
    acronyms: ['UNTEA', 'UNSF'],
    aliases: ['United Nations Security Force in West New Guinea'],
    kind: 'UN peacekeeping mission',
    founded: '1962 (October)',
    ended: '1963 (April)',
    summary:
      'The UN authority that administered the former Dutch territory of West New Guinea (West Irian) in 1962-1963 under an agreement between Indonesia and the Netherlands, with a UN Security Force (UNSF) keeping the peace; an early case of the UN itself administering a territory, three decades before UNTAC in Cambodia.',
    source:
      'https://international.vlex.com/vid/past-peace-keeping-operations-53300435; https://scribd.com/document/62937492/OMPtimeline1948-2008; https://review.clateway.com/wiki/view_html.php?q=United_Nations_Transitional_Authority_in_Cambodia&sq=Qlik',
  },
  {
    id: 'unomig',
    name: 'United Nations Observer Mission in Georgia',
    acronyms: ['UNOMIG'],
    aliases: [],
    kind: 'UN peacekeeping mission',
    founded: '1993 (Security Council resolution 858, 24 August)',
    ended: '2009 (15 June)',
    summary:
      'The UN observer mission that monitored the ceasefire between Georgia and the Abkhaz side, with special attention to Sukhumi, and from 1994 observed the CIS peacekeeping force and the security zone; it ended when Russia vetoed its extension in June 2009.',
    source:
      'http://image.absoluteastronomy.com/topics/United_Nations_Observer_Mission_in_Georgia; https://classicistranieri.com/en/u/n/i/United_Nations_Observer_Mission_in_Georgia_8a5e.html; https://acearchive.org/united-nations-observer-mission-in-georgia',
  },
  {
    id: 'unvmc',
    name: 'United Nations Verification Mission in Colombia',
    acronyms: ['UNVMC'],
    aliases: [],
    kind: 'UN political mission',
    founded: '2017 (Security Council resolution 2366, 10 July; began 26 September)',
    summary:
      "The UN special political mission that verifies the 2016 peace agreement between Colombia's government and the former FARC-EP, notably the reintegration of former combatants and security guarantees for communities; it succeeded the UN Mission in Colombia, which verified the laying down of arms, and later also verified a ceasefire with the ELN.",
    url: 'https://colombia.unmissions.org',
    source:
      'https://colombia.unmissions.org/en/un-verification-mission-colombia-initiates-its-mandate; https://colombia.unmissions.org/en/mandate; https://peacekeeping.un.org/en/colombia-security-council-authorizes-un-mission-to-monitor-reintegration-of-farc-ep',
  },
  {
    id: 'unmis',
    name: 'United Nations Mission in the Sudan',
    acronyms: ['UNMIS'],
    aliases: ['United Nations Mission in Sudan'],
    kind: 'UN peacekeeping mission',
    founded: '2005 (Security Council resolution 1590, 24 March)',
    ended: '2011 (9 July)',
    successor: 'UNMISS (South Sudan) and UNISFA (Abyei)',
    summary:
      "The UN peacekeeping mission that supported the January 2005 Comprehensive Peace Agreement between Sudan's government and the Sudan People's Liberation Movement; its mandate ended on the day South Sudan became independent.",
    source:
      'https://worddisk.com/wiki/United_Nations_Mission_in_Sudan/; https://www.awm.gov.au/collection/CN500181',
  },
  {
    id: 'unamet',
    name: 'United Nations Mission in East Timor',
    acronyms: ['UNAMET'],
    aliases: [],
    kind: 'UN political mission',
    founded: '1999 (June)',
    ended: '1999 (October)',
    successor: 'UNTAET',
    summary:
      'The UN political mission that organized and conducted the 1999 popular consultation in which the East Timorese rejected special autonomy within Indonesia, opening the way to independence.',
    source: 'http://piglix.com/piglix/United_Nations_Integrated_Mission_in_Timor-Leste',
  },
  {
    id: 'unmit',
    name: 'United Nations Integrated Mission in Timor-Leste',
    acronyms: ['UNMIT'],
    aliases: ['United Nations Integrated Mission in East Timor'],
    kind: 'UN peacekeeping mission',
    founded: '2006 (Security Council resolution 1704, 25 August)',
    ended: '2012 (31 December)',
    seat: 'Dili, Timor-Leste',
    summary:
      'The UN mission set up after the 2006 crisis that displaced up to 150,000 people in Timor-Leste; it provided interim policing until the national police could resume its role and supported stability and political dialogue. Its close ended more than 13 years of UN missions in the country.',
    source:
      'https://www.un-ilibrary.org/content/books/9789210562195s003-c012; http://piglix.com/piglix/United_Nations_Integrated_Mission_in_Timor-Leste',
  },
  {
    id: 'minugua',
    name: 'United Nations Verification Mission in Guatemala',
    acronyms: ['MINUGUA'],
    aliases: [
      'Misión de Verificación de las Naciones Unidas en Guatemala',
      'United Nations Mission for the Verification of Human Rights in Guatemala',
    ],
    kind: 'UN political mission',
    founded: '1994',
    ended: '2004',
    seat: 'Guatemala City, Guatemala',
    summary:
      'The U.N. mission the General Assembly set up in September 1994 to verify human rights and the peace accords between the Guatemalan government and the URNG guerrillas. In 1997 it added a three-month military observer group that oversaw the ceasefire and the demobilization of URNG fighters, and it closed in 2004 after ten years.',
    source:
      'https://en.wikipedia.org/wiki/MINUGUA; http://en.wikipedia.org/wiki/MINUGUA; https://wipi.ai.kr/en/wiki.html?word=MINUGUA; https://memim.com/minugua.html',
  },
  {
    id: 'undss',
    name: 'United Nations Department of Safety and Security',
    acronyms: ['UNDSS'],
    aliases: ['UN Department for Safety and Security'],
    kind: 'UN body',
    seat: 'New York, United States',
    summary:
      'The U.N. Secretariat department that provides security for U.N. agencies, staff and premises worldwide, with security advisers and officers in more than 125 countries. It succeeded the Office of the United Nations Security Coordinator (UNSECOORD) as the U.N. faced more attacks on its personnel.',
    source:
      'https://en.wikipedia.org/wiki/United_Nations_Department_for_Safety_and_Security; https://www.un.org/undss/content/our-history',
  },
  {
    id: 'counter-terrorism-committee',
    name: 'Security Council Counter-Terrorism Committee',
    acronyms: [],
    aliases: [
      'UN Counter-Terrorism Committee',
      'Counter-Terrorism Committee Executive Directorate',
    ],
    contextAliases: ['Counter-Terrorism Committee', 'CTC', 'CTED'],
    contextFrom: ['unsc'],
    kind: 'UN body',
    founded: '2001',
    summary:
      'The committee of all 15 Security Council members created by Resolution 1373 on September 28, 2001, after the 9/11 attacks, to monitor how states criminalize terrorist financing, deny terrorists safe haven and share information. Since 2004 an Executive Directorate (CTED) gives it expert support; it keeps no sanctions list.',
    source:
      'https://www.un.org/securitycouncil/ctc/content/our-mandate-0; https://en.wikipedia.org/wiki/United_Nations_Security_Council_Counter-Terrorism_Committee; https://news.un.org/en/story/2004/03/98902-arrangements-security-council-anti-terror-committee-kept-until-changes-take',
  },

  {
    id: 'icsc',
    name: 'International Civil Service Commission',
    acronyms: ['ICSC'],
    aliases: [],
    kind: 'UN body',
    founded: '1974',
    seat: 'New York, USA',
    summary:
      'The independent expert body of the UN General Assembly that regulates and coordinates pay, allowances and other conditions of service across the UN common system, setting post adjustments and hardship classifications of duty stations; its fifteen members serve four-year terms. It replaced the International Civil Service Advisory Board.',
    url: 'https://icsc.un.org',
    source:
      'https://casquebleu.org/index.php?title=International_Civil_Service_Commission ; https://unsceb.org/content/icsc?page=4 ; http://www.infospaze.com/International_Civil_Service_Commission ; https://icsc.un.org/Resources/General/HomePage/timeline.vbhtml',
  },
  {
    id: 'jiu',
    name: 'Joint Inspection Unit of the United Nations System',
    acronyms: ['JIU'],
    aliases: ['Joint Inspection Unit', 'UN Joint Inspection Unit'],
    kind: 'UN body',
    founded: '1966 (on an experimental basis; standing since 1978)',
    seat: 'Geneva, Switzerland',
    summary:
      "The only independent external oversight body of the whole UN system, whose inspectors evaluate, inspect and investigate across the agencies that accept its statute and recommend ways to make their administration more efficient. The General Assembly created it in 1966 during the UN's financial crisis over peacekeeping costs.",
    url: 'https://www.unjiu.org',
    source:
      'https://www.unjiu.org/ru/node/431 ; http://www.geneve-int.ch/joint-inspection-unit-jiu-0 ; https://vdocuments.site/the-joint-inspection-unit-of-the-united-nations-and-the-jiu-of-the-united-nations.html',
  },
];

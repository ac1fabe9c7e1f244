"""Chapters written blind by separate sessions and held out for a whole round, each with its key:
scored on the round's starting code when they arrived and once more on its final code, their errors not
looked into; a later round opens them. Every quotation is found (FOUND says where not), each chapter's
speakers stay at least at the figure its last round left (FLOORS, with the history of each), and the
garbled names asserted are joined. Chapters with tests of their own beyond these are in their batch's module.

- memoir_liang, novel_vernier, novel_mcallister (the twelfth round's): a memoir in the manner of one
  translated from Chinese (Hunan 1966-68), a French provincial novel in translation with dash dialogue,
  a Scottish dialect novel of the 1920s;
- memoir_vaitkus, novel_suryadi, history_gudmundsdottir (the sixteenth's): a memoir in the manner of one
  translated from Lithuanian (Vilnius, January 1991), a novel from Indonesian (Yogyakarta, December 1948,
  Javanese forms of address), a narrative history of the Heimaey eruption of 1973;
- memoir_petkova, novel_villanueva, history_mwangi (the seventeenth's): a memoir in the manner of one
  translated from Bulgarian (Plovdiv 1944-46, the people's courts), a novel from Tagalog (Manila,
  February 1945), a narrative history of the Mombasa general strike of January 1947;
- memoir_hashmi, novel_haugland, history_villasenor (the eighteenth's): a memoir in the manner of one
  translated from Urdu (Lahore and Amritsar, 1946-47), a British translation of a Norwegian novel with
  dialogue in single quotes (Bergen, 1943-44), a narrative history of the Cristero war in Los Altos de
  Jalisco, 1926-29;
- memoir_kanagaratnam, novel_srisuwan, history_asante (the nineteenth's): a memoir in the manner of one
  translated from Tamil (Jaffna and Colombo, 1956-58), a British translation of a Thai novel (Bangkok and
  Ayutthaya, 1972-73), a narrative history of the Gold Coast, Accra and Kumasi, 1948-51;
- memoir_kalnina, novel_vidal, history_aung_tun (the twentieth's): a memoir in the manner of one translated
  from Latvian (Riga, Vidzeme and the Tomsk deportation, 1939-46), a novel from Catalan with dash dialogue
  (Barcelona and a village near Girona, 1936-39), a narrative history of a Burmese family of lawyers and
  teachers in British single quotes (Rangoon and Mandalay, 1942-48);
- memoir_dervishi, novel_grewal, history_batbayar (the twenty-first's): a memoir in the manner of one
  translated from Albanian, its dialogue in guillemets (Shkodër and Tirana, 1943-51), a novel from Punjabi
  whose Sikh families share the names Singh and Kaur (a village near Lyallpur and Amritsar, 1946-48), a
  narrative history of a Mongolian herding family, its people known by a given name after a patronymic
  (Ulaanbaatar and the steppe, 1936-41);
- memoir_zhakupova, novel_shrestha, history_pritchard_evans (the twenty-second's): a memoir in the manner
  of one translated from Kazakh (a steppe village near Semipalatinsk and Alma-Ata, 1949-58), a novel from
  Nepali (a Newar merchant family of Kathmandu and a Brahmin one from Gorkha, 1950-56), a narrative history
  of a Welsh mining family of the Rhondda in British single quotes (1925-36);
- memoir_menon, novel_desrosiers, history_tawhiri (the twenty-third's): a memoir in the manner of one
  translated from Malayalam (a Nair joint family near Thrissur and in Ernakulam, 1946-57), a novel from
  Haitian French and Kreyòl (Port-au-Prince and a coffee village near Jacmel, 1957-64), a narrative history
  of a Māori family of the Waikato and Northland in straight ASCII quotes (1918-36);
- memoir_wijesinghe, novel_tamm, history_faleolo (the twenty-fourth's): a memoir in the manner of one
  translated from Sinhala (a Buddhist family near Kandy and in Colombo, 1952-71), a novel from Estonian
  (two farming families and a schoolteacher on Saaremaa and in Tartu, 1938-49), a narrative history of a
  Samoan family of Apia and Savai'i in British single quotes (1918-36);
- memoir_rayudu, novel_mkhize, history_yusupov (the twenty-fifth's): a memoir in the manner of one
  translated from Telugu (a Brahmin family near Guntur and in Madras, 1946-68), a novel from isiZulu (two
  families in a Natal village and in Durban, 1951-60), a narrative history of an Uzbek family of Tashkent
  and Bukhara in guillemets (1917-38);
- memoir_ben_ami, novel_diagne, history_chea (the twenty-sixth's): a memoir in the manner of one translated
  from Hebrew (Jerusalem and a kibbutz in the Jezreel Valley, 1946-58), a British translation of a Senegalese
  novel from Wolof and French in single quotes (Dakar and a village near Thiès, 1955-63), a narrative history
  of a Cambodian family of Phnom Penh and Battambang in straight ASCII quotes (1953-70);
- memoir_marathi, novel_somali, history_cuban (the twenty-seventh's): a memoir in the manner of one translated
  from Marathi in British single quotes (Pune and a Konkan village, 1942-56), a novel from Somali, its people
  known by a given name, a father's and a grandfather's and by nicknames (Mogadishu and Beledweyne, 1967-75),
  a narrative history of a Cuban family of Havana and Camagüey in straight ASCII quotes (1952-62);
- memoir_gujarati, novel_igbo, history_malay (the twenty-eighth's): a memoir in the manner of one translated
  from Gujarati in British single quotes (Ahmedabad and Kampala, 1958-72, to the expulsion of the Asians), a
  novel in the manner of one translated from Igbo (Enugu, Onitsha and a village near Nnewi, 1964-71, through
  the war; Christian and Igbo names, titles, market days), a narrative history of a Malay family of Penang and
  Kuala Lumpur in straight ASCII quotes (1941-57; names with bin and binti, Malay titles and kin words);
- memoir_pashto, novel_hausa, history_tibetan (the twenty-ninth's): a memoir in the manner of one translated
  from Pashto, a woman's of Kabul, Jalalabad and the refugee years in Peshawar (1974-90), a novel in the manner
  of one translated from Hausa in British single quotes (a family of traders of Kano and a son at school in
  Zaria, 1955-67), a narrative history of a Tibetan trading family of Lhasa and Shigatse who went to Kalimpong
  and Darjeeling, in straight ASCII quotes (1947-65; shared given names, house names, Tibetan styles);
- memoir_kurdish, novel_swahili, history_hmong (the thirtieth's): a memoir in the manner of one translated from
  Sorani Kurdish, a woman's of Sulaymaniyah, Erbil, a mountain village and exile in Tehran (1968-91; Kurdish,
  Iranian and Gregorian dates), a novel in the manner of one translated from Swahili in British single quotes (a
  merchant family of Zanzibar Stone Town and Dar es Salaam, 1958-72), a narrative history of a Hmong clan family
  of the Laotian highlands, the Ban Vinai camp and Minnesota, in straight ASCII quotes (1961-82; clan names shared
  by many, elder names, teknonyms, English names taken in resettlement);
- memoir_tigrinya, novel_andean, history_tongan (the thirty-first's): a memoir in the manner of one translated
  from Tigrinya, a man's of Asmara, a highland village, Keren and the war years, then exile in Khartoum and Rome
  (1958-93; given name and father's name), a novel in the manner of one translated from Spanish with Quechua
  words, in straight quotes (a family of potato farmers and a schoolteacher of a village near Ayacucho, Huamanga,
  Cusco and Lima, 1969-89), a narrative history of a Tongan family of Nuku'alofa, Vava'u and Auckland in British
  single quotes (1950-85; oral testimony, letters and records);
- memoir_azerbaijani, novel_malagasy, history_connemara (the thirty-second's): a memoir in the manner of one
  translated from Azerbaijani, a woman's of Baku, Ganja and a village near Sheki (1941-91), a novel in the manner of
  one translated from Malagasy by way of French, in guillemets (a family of Antananarivo, Fianarantsoa and an
  east-coast town, 1947-75), a narrative history of an Irish-speaking family of Connemara and the Aran Islands in
  British single quotes (1910-62; emigration to Boston and London, letters and interviews);
- memoir_uyghur, novel_shona, history_basque (the thirty-third's): a memoir in the manner of one translated from
  Uyghur in British single quotes, a man's of Kashgar, Ghulja, Ürümqi and a village near Turpan (1949-89), a novel
  in the manner of one translated from Shona (a family of Salisbury and Harare, Masvingo and a rural home in the
  communal lands, 1962-85), a narrative history of a Basque family of a farmhouse of Gipuzkoa or Bizkaia, Bilbao,
  the French side and the emigrants' Idaho or Argentina, in guillemets (1898-1952; two surnames, house names);
- memoir_tatar, novel_catalan, history_sami (the thirty-fourth's): a memoir in the manner of one translated from
  Tatar, a woman's of a village on the Kama and of Kazan (1928-62), a novel in the manner of one translated from
  Catalan with dash dialogue (a family of Barcelona and the Empordà, 1934-51), a narrative history of a Sámi
  reindeer-herding family of Finnmark and across the borders in straight ASCII quotes (1889-1958);
- memoir_luganda, novel_maltese, history_greenland (the thirty-fifth's): a memoir in the manner of one translated
  from Luganda, a woman's of a village near Masaka and of Kampala, in curly double quotes (1935-75), a novel in the
  manner of one translated from Maltese in British single quotes (Valletta, Gozo and the harbour towns,
  1939-56), a narrative history of a Greenlandic Inuit hunting family of the West Greenland settlements under
  Danish rule, in straight ASCII quotes (1895-1960; testimony and letters);
- memoir_welsh, novel_chechen, history_capeverde (the thirty-sixth's): a memoir in the manner of one translated
  from Welsh, a woman's of a slate-quarrying village in Gwynedd, Caernarfon and Liverpool, in curly double quotes
  (1921-68), a novel in the manner of one translated from Chechen by way of Russian, in guillemets (a mountain
  village and Grozny, the deportation of 1944 to Kazakhstan and the return, 1938-60), a narrative history of a Cape
  Verdean family of Brava and Fogo, whaling ships and New Bedford, in straight ASCII quotes (1902-75);
- memoir_faroese, novel_kabyle, history_fiji (the thirty-seventh's): a memoir in the manner of one translated
  from Faroese, a woman's of a fishing village on Suðuroy and of Tórshavn, in curly single quotes (1928-72), a novel
  in the manner of one translated from Kabyle by way of French, in spaced guillemets (a village of olive growers in
  Kabylia, a factory near Paris, the war of independence, 1947-66), a narrative history of an Indo-Fijian family
  from indenture to the leases, in curly double quotes (1911-87);
- memoir_sakha, novel_assyrian, history_cree (the thirty-eighth's): a memoir in the manner of one translated from
  Sakha (Yakut) by way of Russian, a woman's of a village on the Lena and of Yakutsk, in em-dash dialogue lines with
  thoughts and written text in guillemets (1929-68), a novel in the manner of one translated from Assyrian
  Neo-Aramaic, in British single quotes (a village near Urmia, the flight of 1918, Baqubah, Habbaniyah and Baghdad,
  1914-58), a narrative history of a Cree and Métis family of the Red River and Saskatchewan country, from
  interviews, letters and Indian Agent records, in straight ASCII quotes (1885-1972);
- memoir_lao, novel_romani, history_ainu (the thirty-ninth's): a memoir in the manner of one translated from Lao by
  way of French, a woman's of a village near Luang Prabang, Vientiane and a camp in Thailand, in curly double quotes
  (1953-79), a novel in the manner of one translated from Romani by way of Slovak, in low-high quotes (a Roma
  settlement in eastern Slovakia, Ostrava and Leeds, 1938-71), a narrative history of an Ainu family of Hokkaido
  from testimony, letters and records, in curly single quotes (1869-1997);
- memoir_mapuche, novel_sorbian, history_hadrami (the fortieth's): a memoir in the manner of one translated from
  Spanish with Mapudungun words kept, a woman's of a community near Temuco, a mission school and Santiago, in
  em-dash dialogue lines whose tags spaced dashes set off, with thoughts and written text in guillemets (1948-85),
  a novel in the manner of one translated from Upper Sorbian by way of German, in guillemets facing inward (a
  Catholic Sorbian family of Lusatia, the mines, the war and the GDR, 1936-68), a narrative history of a Hadrami
  merchant family of Tarim and Mukalla, Singapore, Java and Hyderabad, from letters and records, in straight ASCII
  quotes (1890-1967);
- memoir_breton, novel_kannada, history_sephardic (the forty-first's): a memoir in the manner of one translated from
  Breton by way of French, a woman's of a parish in Finistère, a convent school at Quimper, Brest and Paris, in
  French guillemets with a space inside them (1931-72), a novel in the manner of one translated from Kannada, in
  British single curly quotes whose closing mark is also the apostrophe (a Brahmin and a merchant family near
  Shimoga, Mysore and Bangalore, 1938-74), a narrative history of a Sephardic family of Salonika, tobacco merchants
  in Paris and New York, from letters, interviews and records, in curly double quotes (1893-1963);
- memoir_uzbek, novel_odia, history_xhosa (the forty-second's): a memoir in the manner of one translated from Uzbek
  by way of Russian, a woman's of a mahalla of Samarkand and of Tashkent, in straight ASCII double quotes (1924-71),
  a novel in the manner of one translated from Odia, in curly double quotes with single ones for a quotation inside
  (a small zamindari family near Cuttack, Puri and Calcutta, 1926-62), a narrative history of a Xhosa family of the
  Eastern Cape from letters and mission records, in straight ASCII single quotes, the apostrophe the same character
  (1877-1960);
- memoir_sindhi, novel_frisian, history_rusyn (the forty-third's): a memoir in the manner of one translated from
  Sindhi, a woman's of Hyderabad (Sindh), Shikarpur and Karachi and, after 1947, Bombay and Ulhasnagar, in curly
  single quotes whose closing mark is also the apostrophe, with double ones for a quotation inside (1931-68), a novel
  in the manner of one translated from West Frisian, in straight ASCII double quotes, a speech over several
  paragraphs opening each and closing only the last (a farming and skating family of the lakes near Sneek, 1911-47),
  a narrative history of a Carpatho-Rusyn family of the villages near Uzhhorod and Mukachevo and of the Pennsylvania
  coal towns, from testimonies, letters and parish registers, in curly double quotes (1889-1951);
- memoir_slovene, novel_haitian, history_mennonite (the forty-fourth's): a memoir in the manner of one translated
  from Slovene, a woman's of Ljubljana, the Karst villages near Sežana, Trieste and Gorizia, in the reversed
  guillemets of Slovene books (»Come here,« she said.) (1924-56), a novel in the manner of one translated from
  Haitian Creole and French, in British single curly quotes whose closing mark is also the apostrophe, with double
  ones for a quotation inside (a family of coffee growers and market women around Jacmel, Port-au-Prince and
  Marbial, 1915-57), a narrative history of a Russian Mennonite family of the Chortitza colony, Manitoba and the
  Paraguayan Chaco, from letters and interviews, its dialogue in em-dash lines and its letters in curly double
  quotes (1905-48);
- memoir_kashmiri, novel_sardinian, history_ossetian (the forty-fifth's): a memoir in the manner of one translated
  from Kashmiri (Srinagar's old city, Pahalgam, Gulmarg and Jammu, a family of shawl merchants and a schoolmaster,
  1938-65) in straight ASCII double quotes, single ones inside; a novel in the manner of one translated from
  Sardinian and Italian (a shepherding family of Nuoro and the Barbagia, a lawsuit in Cagliari, the mines of
  Iglesias, 1908-46) in French guillemets with spaces inside (« like this »); a narrative history of an Ossetian
  family (Vladikavkaz, the Kurtatin gorge, Tskhinvali, Tiflis, exile to Kazakhstan, 1896-1949), from interviews and
  letters, in Polish quotation marks, low opening and high closing („like this”), with »…« inside;
- memoir_macedonian, novel_galician, history_karelian (the forty-sixth's): a memoir in the manner of one translated
  from Macedonian (Ohrid, Struga, Bitola and Skopje, from the Balkan Wars to the earthquake of 1963) in dialogue lines
  opened by an en dash, the tag set off by further en dashes; a novel in the manner of one translated from Galician
  (a family of A Coruña and the Terra de Santiago, emigrants to Buenos Aires and Havana, 1895-1940) in straight
  single quotes among the text's apostrophes, double ones inside; a narrative history of a Karelian family in the
  manner of one translated from Finnish (White Sea Karelia, Petrozavodsk, Sortavala, Helsinki, 1890-1955), from
  letters and interviews, in Finnish and Swedish typography, ”like this”, with ’…’ inside;
- memoir_chuvash, novel_alsatian, history_okinawan (the forty-seventh's): a memoir in the manner of one translated
  from Chuvash (Cheboksary, Kanash, Alatyr, Kazan and villages on the Sura and the Tsivil, Chuvash and Russian
  names for one person, 1905-1975) in single guillemets as its only marks, ‹like this›; a novel in the manner of one
  translated from Alsatian and German (Colmar, Strasbourg, Mulhouse and the vineyard villages of the Haut-Rhin, a
  family between French and German rule, 1890-1950) in German low-high single marks, ‚like this‘; a narrative history
  of an Okinawan family in the manner of one translated from Japanese (Naha, Shuri, Itoman, Yaeyama, emigrants to
  Hawaii and Peru, the Battle of Okinawa, the American administration, 1900-1972, Japanese era years beside Western
  ones) in corner brackets, 「like this」;
- memoir_paraguayan, novel_kyrgyz, history_friulian (the forty-eighth's): a memoir in the manner of one translated
  from Spanish and Guaraní (Asunción, Villarrica, Encarnación, Concepción, the Chaco, two surnames and Guaraní pet
  names, 1928-1975) in Spanish dash dialogue, the tags set off inside the line by dashes, its thoughts and letters in
  «…»; a novel in the manner of one translated from Kyrgyz and Russian (Frunze, Osh, Naryn, Karakol, Talas, the
  summer pastures, a collective farm, 1930-1990) in guillemets with Russian tags, «…», — said Asel, and tags inside
  the marks set off by dashes; a narrative history of a Friulian family in the manner of one translated from Italian
  and Friulian (Udine, Gorizia, Cividale, Carnia, emigrants to Argentina and the Belgian mines, 1900-1980) in straight
  double quotes, its tags often set off by dashes run on to the marks, "…"—said Zuan—"…";
- memoir_hakka, novel_quebecois, history_kven (the forty-ninth's): a memoir in the manner of one translated from
  Hakka and Mandarin (Meixian, Pontianak, Singkawang, Singapore, generation names and milk names, 1922-1978) in
  corner brackets, 「like this」, with 『…』 inside; a novel in the manner of one translated from Québécois French (the
  Gaspé coast, Montréal, Trois-Rivières, "dit" names and ti- pet names, 1925-1966) with its conversations set the
  French way, « opening the first turn, a dash each later one, » closing only the last; a narrative history of a Kven
  family in the manner of one translated from Finnish, Meänkieli and Norwegian (the Torne valley, Vadsø, Børselv,
  1890-1960) in one guillemet at both ends, »like this»;
- memoir_hawaiian, novel_slovak, history_tuvan (the fiftieth's): a memoir in the manner of one translated from
  Hawaiian and Hawaiʻi Pidgin family recollections (Hilo, the Hāmākua coast, Honolulu, Molokaʻi, 1931-1985, names with
  the ʻokina and kahakō) in straight double quotes; a novel in the manner of one translated from Slovak (Orava,
  Ružomberok, Bratislava, 1928-1968) in the old e-text convention, ``like this,''; a narrative history of a Tuvan
  herding family in the manner of one translated from Tuvan and Russian (Kyzyl, Chadan, the Khemchik valley, Moscow,
  1921-1991) built partly from recorded interviews, quoted in curly double quotes in the narration and, in its
  transcripts, as paragraphs that open with the speaker's label and a colon;
- memoir_belarusian, novel_cajun, history_oromo (the fifty-first's): a memoir in the manner of one translated from
  Belarusian (a Polesian village near Pinsk, Minsk, a Siberian settlement, Brest, 1932-1986) with its dialogue in
  the old e-text double hyphens, each spoken line a paragraph opening "-- "; a novel in the manner of one translated
  from Louisiana French (Mamou, Lafayette, Bayou Teche, Port Arthur, 1927-1965) in curly double quotes with curly
  single quotes inside for what another said; a narrative history of an Oromo family in the manner of one translated
  from Afaan Oromo and Amharic (Jimma, Nekemte, Addis Ababa, Nairobi, 1936-1991) in curly double quotes in the
  narration and, for its witnesses' testimony, paragraphs set in by four spaces with no marks at all;
- memoir_kalmyk, novel_setswana, history_surinamese (the fifty-second's): a memoir in the manner of one translated
  from Kalmyk and Russian (the steppe near Elista, the deportation to Siberia in December 1943 and the return in 1957,
  1930-1985) in curly double quotes, its long speeches running over several paragraphs, each reopened; a novel in
  the manner of one translated from Setswana (Serowe, Mahalapye, the Johannesburg mines, Gaborone, 1946-1990) in
  straight double quotes, hard-wrapped at 72 columns like an old e-text; a narrative history of a Creole and
  Javanese-Surinamese family in the manner of one translated from Dutch and Sranan Tongo (Paramaribo, Nickerie,
  Amsterdam, 1920-1985) in a Dutch typescript's marks, two commas opening and a straight double mark closing;
- memoir_aland, novel_tajik, history_fula (the fifty-third's): a memoir in the manner of one translated from
  Finland-Swedish (the Åland Islands, Turku, Helsinki, Stockholm, 1918-1975) set the Swedish way, the closing mark at
  both ends (”…”); a novel in the manner of one translated from Tajik and Russian (Khujand, Dushanbe, the Pamir, a
  cotton kolkhoz, 1929-1992) as a scanned book's OCR gives it, lines wrapped, words broken with a hyphen at a line's
  end, each page's running head and number wherever the page fell; a narrative history of a Fula family in the
  manner of one translated from French and Pular (Labé and the Futa Jallon, Conakry, Dakar, Paris, 1910-1984) in
  straight double quotes, with bracketed note references in its text and its notes at the end;
- memoir_turkmen, novel_gaelic, history_buryat (the fifty-fourth's), each in a file format of its own: a memoir in the
  manner of one translated from Turkmen and Russian (Ashgabat, Mary, Dashoguz, a Karakum well, Moscow, 1929-1991) kept
  as a translator's Markdown file, its thoughts set in italics without quotation marks; a novel in the manner of one
  translated from Scottish Gaelic (Lewis, Yarmouth, Glasgow, the Canadian prairies, 1895-1952) in British single
  quotes, typed from a printed book, its paragraphs set in and not parted by blank lines, its lines hard-wrapped; a
  narrative history of a Buryat family in the manner of one translated from Russian and Buryat (Kyakhta,
  Verkhneudinsk, Irkutsk, the Aga steppe, Harbin, 1904-1979) in «…» published as an HTML page, with note references
  as linked superscripts and its notes in an ordered list;
- memoir_bashkir, novel_occitan, history_aymara (the fifty-fifth's), each in a file format of its own: a memoir in the
  manner of one translated from Bashkir and Russian (Ufa, Sterlitamak, a village of the southern Urals, a kolkhoz,
  wartime evacuation, Moscow, 1921-1985) as an EPUB, its chapter in two XHTML files of the spine; a novel in the
  manner of one translated from Occitan and French (Arles, the Camargue, Marseille, Nîmes, 1898-1954) as a TEI
  edition, its quotations marked up as q elements without quotation marks, page breaks and footnotes inline; a
  narrative history of an Aymara family in the manner of one translated from Spanish and Aymara (La Paz and El Alto,
  Lake Titicaca, the Oruro mines, 1925-1985) in Spanish dash dialogue, as `pdftotext -layout` prints the book:
  pages ending in form feeds, running heads and page numbers, footnotes at a page's foot, paragraphs set in;
- memoir_karakalpak, novel_kashubian, history_garifuna (the fifty-sixth's), each in a file format of its own: a memoir
  in the manner of one translated from Karakalpak and Russian (Nukus, Muynak and the Aral Sea, Khiva, Tashkent,
  1930-1990) as a word processor saves "Unicode Text": UTF-16 with a byte-order mark, CRLF, a paragraph a line, no
  blank lines, a tab opening some paragraphs; a novel in letters in the manner of one translated from Kashubian and
  Polish (Kartuzy, Gdynia, the Hel peninsula, Gdańsk, 1928-1958), one woman's letters, each headed by its place and
  date, in the Polish marks „…” and ‚…’ with some exchanges as dash lines; a narrative history of a Garifuna family
  in the manner of one translated from Spanish and Garifuna (Punta Gorda, Dangriga, Trujillo, La Ceiba, New Orleans,
  1925-1990) in Windows-1252 with CRLF, its interviews as a transcription program exports them, a time stamp and
  the speaker's label opening each turn's line;
- memoir_avar, novel_lowgerman, history_nahua (the fifty-seventh's), each in a file format of its own: a memoir in the
  manner of one translated from Avar and Russian (a mountain aul near Khunzakh, Gunib, Buynaksk, Makhachkala, Moscow,
  1930-1990) as a translator's Word document, its runs split inside words, tracked changes not yet accepted, an
  editor's comments, footnotes, thoughts in italics without marks; a novel in the manner of one translated from Low
  German and German (East Frisia, the moor colonies, Norderney, Hamburg's emigrant halls, Iowa, 1890-1950) as a
  volunteer e-text: »…« with ›…‹ inside, lines wrapped, "--" for a dash, _underscores_ for italics, a transcriber's
  note; a narrative history of a Nahua family in the manner of one translated from Spanish and Nahuatl (Milpa Alta,
  Tepoztlán, Cuernavaca, Mexico City, the bracero years, 1910-1985) as an RTF file, its escapes in two styles, its
  footnotes, its testimonies set in as blocks without quotation marks;
- memoir_rwandan, novel_udmurt, history_circassian (the fifty-eighth's), each in a file format of its own: a memoir in
  the manner of one translated from Kinyarwanda and French (a hill near Butare, Nyanza, Gitarama, Kigali, Bujumbura,
  Brussels, 1950-1990), its people each with a Kinyarwanda name of their own and Christian names shared, its dialogue
  in « … » set the French way (a dash opening each later turn of an exchange), as an OpenDocument text with tracked
  changes, comments and notes; a novel in the manner of one translated from Russian and Udmurt (a village on the
  Cheptsa, Glazov, Izhevsk, Sarapul, Kazan, 1905-1960) in dash dialogue, as a FictionBook in windows-1251 with an
  epigraph, verse, a cited letter and a notes body; a narrative history of a Circassian family in the manner of one
  translated from Arabic, Turkish and Adyghe (the exile of 1864, Samsun, Uzunyayla, the Hejaz railway, Amman, Wadi
  al-Seer, Jerash, 1864-1975) as Google Docs exports a page as HTML (styles by generated classes, notes and comments
  by bracketed anchors), its testimonies set in by a margin without marks;
- memoir_crimean, novel_navajo, history_kiche (the fifty-ninth's), each in a file format of its own: a memoir in the
  manner of one translated from Crimean Tatar and Russian (a village near Bakhchisaray, the deportation of 1944, the
  special settlement in Uzbekistan, the return of 1989-1991; 1935-1995) as the OCR of the printed book in one ALTO
  file of ten pages (running heads and page numbers in the margins, words hyphenated at the lines' ends, paragraphs
  running over pages, a few slips of the OCR in the narration); a novel of a Navajo family (a sheep camp near Chinle,
  the boarding school at Fort Defiance, the Marines in the Pacific, the uranium mines; 1928-1968) as the publisher's
  DocBook 4.5 file, its dialogue marked with quote elements and the DTD's named entities everywhere; a narrative
  history of a K'iche' Maya family and town in the manner of one translated from Spanish and K'iche' (Totonicapán,
  Chichicastenango, the coffee fincas, 1871-1996) as the press's LaTeX source (csquotes and TeX quotes, macros,
  comments, footnotes, index entries, testimonies as quotation environments without marks);
- memoir_mari, history_lakota, novel_sertao (the sixtieth's), each in a file format of its own: a memoir in the manner
  of one translated from Mari and Russian (villages near Morki and Sernur, Yoshkar-Ola, Kazan; collectivisation, the
  arrests of 1937, the war; 1925-1985), its people called by a Mari name or a Christian one, as a transcription
  platform's export of the translator's typescript (a zip of PAGE XML pages with a METS file: reading orders, running
  heads, page numbers and margin notes, words broken with ¬, struck-out words, straight quotation marks); a
  narrative history of an Oglala Lakota family on the Pine Ridge reservation (1868-1978), its people named in
  English words that became surnames, as the author's AsciiDoc source (attributes, curved-quote syntax, footnotes,
  index terms, a sidebar, testimonies as quote blocks without marks); a novel of a family of the Bahian sertão in
  the manner of a 1920s translation from Portuguese (the drought of 1877, Canudos, the rubber country; 1877-1930)
  as a Wikisource page's wikitext (the header template, formatting templates, links, refs, a poem, a letter in a
  centred block, a word hyphenated over a page break)."""
import pytest

from test_translated_chapters_end_to_end import assert_every_quotation_found, assert_garble_joined, load, speakers_right

FLOORS = {
    # held out: 59 of 115, 81 of 116 and 75 of 111; the thirteenth round's family names first and voices:
    # 77, 86 and 78; the fifteenth found the Scottish calls of Dod (“Dod,” whispered Jean), which makes a
    # long talk one of three parties: its Minister's turn went back to 77; the seventeenth joined the
    # Chinese garble "Zhang Honwei" and made a described stranger and his name one party of a talk with me
    # (83); the eighteenth gave the other party of a talk to whoever else acts before it (Chinese 85,
    # Scottish 77 -> 76); the French one, long at 88 above its floor of 78, 89 in the nineteenth
    "memoir_liang": 85, "novel_vernier": 89, "novel_mcallister": 76,
    # at arrival 94 of 107, 78 of 111 and 79 of 98; on that round's final code 94, 79 and 77; the
    # Indonesian chapter 92 once clipped names (Tarni of Sutarni) and Javanese styles were read, the
    # Icelandic 84 and the Lithuanian 96 once their pet names were (Palli, Stína; Aldutė); the
    # eighteenth round: the Indonesian 94, the Icelandic 85; the twentieth: the Lithuanian 97 (a call found at
    # the end to be the narrator's is answered by her)
    "memoir_vaitkus": 97, "novel_suryadi": 94, "history_gudmundsdottir": 85,
    # at arrival 95 of 115, 84 of 111 and 80 of 94; on the round's final code 95, 83 and 80; opened in
    # the eighteenth round (Bulgarian, Filipino and Swahili styles and pet forms): 97, 90 and 82; the
    # nineteenth: 91 and 83 (a paragraph opening with a move in time ends a talk)
    "memoir_petkova": 97, "novel_villanueva": 91, "history_mwangi": 83,
    # at arrival 92 of 114, 90 of 119 and 65 of 86; on the round's final code 92, 90 and 66; opened in
    # the nineteenth (the narrator's birth name, Urdu styles and kin words, Spanish ranks and surnames, a
    # name the parser made a noun, "a man" who is "the man"): 98, 96 and 74; the twenty-second knew the
    # Punjabi name Gurbachan for a man's, and "He put his cold fingers on my wrist" went from the doctor,
    # whose gender no name tells, to him (96)
    "memoir_hashmi": 96, "novel_haugland": 96, "history_villasenor": 74,
    # at arrival 78 of 109, 84 of 116 and 73 of 100; on the round's final code 78, 86 and 74; opened in
    # the twentieth (Tamil, Thai and Akan kin words and styles; Akan day names of both sexes; a call at the
    # head of a quote no subject; Vasanthi-kutti is Vasanthi, the narrator's name, and a call found to be hers
    # at the end is answered by her; "Bala Anna" is Bala, with an elder brother's style): 90, 92 and 80; the
    # twenty-third took spaCy's "lorry" for no person, and two right guesses went with it (78)
    "memoir_kanagaratnam": 90, "novel_srisuwan": 92, "history_asante": 78,
    # at arrival 96 of 114, 60 of 107 and 65 of 88; on the round's final code 96, 60 and 61; opened in the
    # twenty-first (English tags without dashes in a text that dashes its asides; Catalan and Latvian names,
    # styles, kin words and pet forms; two surnames; a name found again over a word made a place): 101, 72
    # and 63
    "memoir_kalnina": 101, "novel_vidal": 72, "history_aung_tun": 63,
    # at arrival 70 of 103, 57 of 91 and 64 of 99; the same on the round's final code; opened in the
    # twenty-second (Albanian, Punjabi and Mongolian kin words, styles and names; a kin word in lower case
    # used as a name, "baba"; the Mongolian genitive patronymic; the teller's aside no party): 90, 64 and 67;
    # the twenty-third gave the sign Jaswant reads aloud after his sister's question to him (63)
    "memoir_dervishi": 90, "novel_grewal": 63, "history_batbayar": 67,
    # at arrival 86 of 108, 69 of 102 and 81 of 96; the same on the round's final code; opened in the
    # twenty-third (signed notes and telegrams, Nepali names, kin words and styles, one named before the
    # quote not outvoted by the beat of two, "Mother" the mother the narrator names; "Ratna Bahadur-sahuji"
    # whole and called "Sahuji", and "the sahuji's younger brother" his): 87, 82 and 83
    "memoir_zhakupova": 87, "novel_shrestha": 82, "history_pritchard_evans": 83,
    # at arrival 73 of 101, 88 of 103 and 80 of 108; on the round's final code 75, 89 and 82; opened in the
    # twenty-fourth (Malayalam, Māori and Haitian kin words, styles, given names and pet forms; a kin phrase
    # as a name joins the name in apposition; a kin word called is the speaker's own kin; "It stays in the
    # family, Koro," no apposition; Jean tells no gender): 96, 91 and 87
    "memoir_menon": 96, "novel_desrosiers": 91, "history_tawhiri": 87,
    # at arrival 81 of 95, 90 of 111 and 71 of 104; the same on the round's final code; opened in the
    # twenty-fifth (Sinhala, Estonian and Samoan kin words, styles, given names and pet forms; a kin word with a
    # possessive in a quote still the narrator's parent; Estonian titles written lower-case; a name closing a
    # description its own mention; a quoted letter ends a talk; a tag made a sentence of its own; a tag verb
    # hung on a comparison): 87, 98 and 93; in the twenty-sixth every lower-case "memm" after "said" became a
    # name, as the capitalised "Memm" is: one entity apart from Ann Tamm, which the opening talk's turns now
    # give two of Jaan's quotes (96)
    "memoir_wijesinghe": 87, "novel_tamm": 96, "history_faleolo": 93,
    # at arrival 74 of 103, 88 of 107 and 51 of 96; on the round's final code 74, 88 and 50; opened in the
    # twenty-sixth (Telugu, Uzbek and isiZulu kin words, styles and given names; a lower-case kin word a name
    # where the text capitalises it; a style written lower case after a name; a written quote's signer named
    # after it; a phrase cited in narration takes no turn; a second given name with the surname): 81, 91 and 66
    "memoir_rayudu": 81, "novel_mkhize": 91, "history_yusupov": 66,
    # at arrival 97 of 105, 64 of 106 and 83 of 104; on the round's final code 97, 65 and 82; opened in the
    # twenty-seventh (Hebrew, Wolof and Khmer kin words and styles, Khmer family names first, Senegalese given
    # names, Hebrew and Yiddish pet forms; a people named with "the" is no one person; "You are Kofi Asare?" is
    # said to him): 103, 72 and 82; the twenty-ninth made a name that is the whole first part of a quote a vocative
    # like any other ("‘Tapha,’ said his mother, ‘…’" is answered by Tapha), and two of the old inspector's turns
    # in the Wolof novel went to a man so called, one more than it gained (71)
    "memoir_ben_ami": 103, "novel_diagne": 71, "history_chea": 82,
    # at arrival 65 of 99, 69 of 101 and 86 of 104; the same on the round's final code; opened in the
    # twenty-eighth (Marathi and Somali kin words, Somali epithets and chained names, a name given when asked for
    # one, Dada beside Baba no father; one who recalls what another did leads the quote; a paragraph of narration
    # opens a sentence): 75, 79 and 87
    "memoir_marathi": 75, "novel_somali": 79, "history_cuban": 87,
    # at arrival 80 of 107, 83 of 108 and 69 of 97; on the round's final code 81, 83 and 69; opened in the
    # twenty-ninth (Malay kin words, styles and binti; a rank before a style that is a name, "Lieutenant Mori"; an
    # initial that lets in no second given name; the Gujarati bhai and ben; the narrator's sex from her spouse; a
    # name given when asked for one's own; a letter whose writer's it is, "His first letter"): 82, 90 and 81
    "memoir_gujarati": 82, "novel_igbo": 90, "history_malay": 81,
    # at arrival 82 of 97, 72 of 101 and 80 of 109; on the round's final code 81, 72 and 81; opened in the
    # thirtieth (a servant-of name, "Abdul Wahid", is one given name; Jan and -la are courtesies; Alhaji leads a
    # given name; Tibetan, Pashto and Hausa kin words; a father's "his father" is that father; a description run
    # on into an adverb): 81, 74 and 88
    "memoir_pashto": 81, "novel_hausa": 74, "history_tibetan": 88,
    # at arrival 75 of 110, 81 of 109 and 71 of 101; on the round's final code 76, 82 and 71; opened in the
    # thirty-first (Kurdish, Swahili and Hmong kin words and styles; a question put to me is mine to answer; "I'm
    # Karen."; a nested name votes once for a gender; a tag's name the recogniser missed; "an American named
    # Ray Tolliver"): 81, 83 and 86
    "memoir_kurdish": 82, "novel_swahili": 83, "history_hmong": 86,
    # at arrival 69 of 104, 88 of 101 and 75 of 101; on the round's final code 69, 88 and 74; opened in the
    # thirty-second (Tigrinya names and kin words, the Ethiopian calendar, a bare given name of a father whose
    # children bear it second, "our daughter Saba", a question put to the one the narration had act, a run of verbs
    # the parser broke, "It was my mother." after a quote): 80, 94 and 75
    "memoir_tigrinya": 80, "novel_andean": 94, "history_tongan": 75,
    # at arrival 72 of 99, 81 of 107 and 62 of 100; on the round's final code 72, 81 and 63; opened in the
    # thirty-third (Azerbaijani styles and kin words and the schwa read a; a telegram's capitals; a kin word after
    # a possessive the recogniser missed; a tag whose name the parser made an auxiliary; "Dear Dad" still only a
    # kin word, whose call takes no turn; a style after a name; a name the narrator answers untagged): 80, 83 and 65
    "memoir_azerbaijani": 80, "novel_malagasy": 83, "history_connemara": 65,
    # at arrival 82 of 105, 75 of 105 and 81 of 107; the same on the round's final code; opened in the
    # thirty-fourth (Uyghur, Shona and Basque kin words, styles and pet names; a Shona teknonym, Mai Tendai, the
    # mother; a middle name used alone; a child registered "for my father" a new person; the her a parser owns a
    # called name by; a question the narration answers; one who gives advice speaks it; "X Y, at your service";
    # a call set off by commas inside a quote): 92, 87 and 85
    "memoir_uyghur": 92, "novel_shona": 87, "history_basque": 85,
    # at arrival 75 of 101, 67 of 99 and 71 of 97; the same on the round's final code; opened in the thirty-fifth
    # (Tatar, Catalan and Sámi kin words, styles, names and feasts; a name with a style after it in small letters;
    # the narrator's namesake of another surname; a name set off as a place; "the tia Dolors", "l'avi Pere"; another
    # middle name, another person; no apposition across a semicolon; a cleft's name speaks; "And you are also
    # Nigmatullin?"): 83, 69 and 75
    "memoir_tatar": 83, "novel_catalan": 69, "history_sami": 75,
    # at arrival 92 of 110, 62 of 105 and 78 of 104; the same on the round's final code; opened in the thirty-sixth
    # (Luganda, Maltese and Greenlandic kin words, styles and teknonyms; Ane no Janne, so no Hans; a one-word name
    # found again where the recogniser passed it over; "a young man …: Daudi Muwanga"; a child born and named for
    # her grandmother a new person; "Zi’ Pawl"; Nanna of no sex; a place only ever after prepositions): 101, 70, 84
    "memoir_luganda": 101, "novel_maltese": 70, "history_greenland": 84,
    # at arrival 97 of 106, 79 of 107 and 80 of 107; on the round's final code 97, 79 and 81; opened in the
    # thirty-seventh (Kriolu, Welsh and Chechen styles, pet names and kin words; little Said named for his uncle; a
    # name said of a misread pronoun never joins two fully named people; the Infirmary no one; one who answers with
    # her name; the hand a note is in, the one who sent a telegram; St David's Day, VE Day; Portuguese surnames; a
    # call in a part another speaks, “…,” she said, and her uncle called back, “I heard that, Tóia.”): 99, 90 and 90
    "memoir_welsh": 99, "novel_chechen": 90, "history_capeverde": 90,
    # at arrival 98 of 114, 78 of 111 and 89 of 108; on the round's final code 98, 79 and 89; opened in the
    # thirty-eighth (Faroese, Kabyle and Hindi kin words and given names; a name asked for another is not the
    # answerer's; "You will call me mostir"; a call closed by a guillemet; a subject pronoun after a phrase that
    # sets the scene; Ramadan no one; a text read out or no one's takes no turn; Ólavsøka, Yennayer): 103, 86 and 100
    "memoir_faroese": 103, "novel_kabyle": 86, "history_fiji": 100,
    # at arrival 84 of 106, 84 of 110 and 82 of 106; on the round's final code 85, 84 and 82; opened in the
    # thirty-ninth (Sakha and Assyrian kin words and titles; a name opening a later sentence of a quote calls; a
    # name alone is a call, unless it answers a question for one's name; a tag's subject not past a preposition;
    # "Louis thought" with the verb taken for a noun; the Feast of the Cross, Kha b-Nisan): 98, 88 and 83; lowered in
    # the fifty-eighth round (Sakha 98 to 97), as the part of a quotation after its tag is speech ("— Androsov, — said
    # the chairman, — how many stacks?" was read as a word mentioned): the question now has an addressee, and the
    # answer falls to a third entity the chairman is split into ("chairman of the artel")
    "memoir_sakha": 97, "novel_assyrian": 88, "history_cree": 83,
    # at arrival 90 of 110, 85 of 113 and 91 of 113; on the round's final code 90, 86 and 90; opened in the
    # fortieth (Romani and Ainu kin words; a register's "son Milan" tells his sex; "whom … called" over a long
    # subject; calls that break an exchange's beat; a written or thought quote's next part after its tag; a name
    # the parser made the root after a clause set off by commas; "Her aunt Ume"): 90, 96 and 94; the Romani novel
    # 95 since the forty-fourth read the gendarme's "Lacko Jozef" as Jozef Lacko, not a man with the given name
    # Lacko, to whom three bare "Lacko"s had gone, one of them rightly: they now go to the Lacko named last, Vincent
    # of a list ("Lacko, Vincent"), and a bare surname several bear is told by no more than that (floor lowered by one);
    # 94 since the forty-sixth reads a name called at the start of a quotation in „…“ marks as the one spoken to, as
    # in “…” ones (the Romani mother's "Ilonka, sleep." now names Ilona as spoken to, and the turns after it fall
    # otherwise: one lost, floor lowered by one)
    "memoir_lao": 90, "novel_romani": 94, "history_ainu": 94,
    # at arrival 62 of 112, 0 of 113 and 100 of 109: the memoir's tags set off by spaced dashes with no comma
    # before them, and the novel's guillemets facing inward, were not read then; on the round's final code, which
    # reads both (from the briefs' quote styles and texts of our own; the chapters were not opened), 105, 95 and
    # 100; opened in the forty-first (a name closing its sentence without the tokeniser's full stop, "said Jan.";
    # a call before a question for one's name does not take the name's answer; Upper Sorbian kin words and titles;
    # "Van der Velde" of Hendrik van der Velde; a title the parser took for a name is the person set beside it;
    # a register introduces written text): 106, 98 and 102
    # lowered in the fifty-fourth round (Mapuche 106 to 105), as a name no table gives a sex
    # now takes the one a his or her tells in a clause it is the subject of, and a talk opening after a short
    # paragraph of narration is said to the one its speaker acts upon there: +16 speakers over all the keyed
    # chapters, the development texts as they were
    "memoir_mapuche": 105, "novel_sorbian": 98, "history_hadrami": 102,
    # at arrival 86 of 111, 67 of 107 and 93 of 109, and the same on the round's final code; opened in the
    # forty-second (two names in capitals the text writes apart are two people's; Kannada honorifics written on to a
    # name and kin words; a place after a name; "I was Annaig before I could walk"; the Breton -ig; one described and
    # then acting leads; a speech verb whose words the narration gives tags no quote; one who remembers others
    # talking is no party to it): 94, 82 and 95; the Kannada novel 84 on the forty-third's final code
    # lowered in the fifty-fourth round (Breton 94 to 92), as a name no table gives a sex
    # now takes the one a his or her tells in a clause it is the subject of, and a talk opening after a short
    # paragraph of narration is said to the one its speaker acts upon there: +16 speakers over all the keyed
    # chapters, the development texts as they were
    "memoir_breton": 92, "novel_kannada": 84, "history_sephardic": 95,
    # at arrival 96 of 110, 93 of 109 and 78 of 105, and the same on the round's final code; opened in the
    # forty-third ("son of Jacob Makhaya" a kinship; a name given for another when asked; "The children called Avram
    # Papú"; a Greek or a Soviet clerk's form of a name; "Bhagia, who was past seventy"; "Sahu Sir"; "their mother's
    # brother Goduka"; a clerk's "Name, father's name, village."): 97, 96 and 88
    "memoir_uzbek": 97, "novel_odia": 96, "history_xhosa": 88,
    # at arrival 81 of 108, 89 of 107 and 67 of 105, and the same on the round's final code; opened in the
    # forty-fourth (a clerk's "Szabó Géza" and "Hvozda János", the name in another language beside the surname;
    # "Paní Hvozdová"; "The Czech republic" no person; "called him Masterji, even my father"; "the Memon sahib";
    # "Beppe, Sjoerd's mother"; "she said only one thing, which her son later repeated"): 88, 94 and 78
    "memoir_sindhi": 88, "novel_frisian": 94, "history_rusyn": 78,
    # at arrival 79 of 114, 73 of 110 and 96 of 110, and the same on the round's final code; opened in the
    # forty-fifth ("Jean-Baptiste" cut at its hyphen by the recogniser; Ti-Jean of Jean-Baptiste; "Madan Anselme" his
    # wife; "Widow of Anselme Décius" someone else than he; "stara mama" one name; "a small woman in black, a
    # widow since 1934"; "ata" and "mama" in small letters in the narration; the Plautdietsch Pape): 94, 92, 97
    # lowered in the fifty-fourth round (Slovene 94 to 93, Mennonite 97 to 96), as a name no table gives a sex
    # now takes the one a his or her tells in a clause it is the subject of, and a talk opening after a short
    # paragraph of narration is said to the one its speaker acts upon there: +16 speakers over all the keyed
    # chapters, the development texts as they were
    "memoir_slovene": 93, "novel_haitian": 92, "history_mennonite": 96,
    # held out: at arrival 95 of 108, 91 of 111 and 3 of 109 (the Ossetian chapter's Polish marks, „…”, were read as
    # no quotation at all; that much was seen from its score, and the low mark that closes high was taught in the
    # round, its errors not looked into); on the round's final code 95, 91 and 81; opened in the forty-sixth (a date
    # with its month in Roman figures, "27.XI.1937"; "the last night of 1946"; "that first winter"; a woman's given name
    # and patronymic with her married surname; "the Georgians simply Mama Kharlampi"; "Corrias Giovanni Maria" of an
    # electoral roll; a name called at the start of a „…” quotation is the one spoken to, and no subject of its
    # sentence): 95, 90 and 79, both
    # lowered: the Ossetian "That first winter" now opens a new talk, and the mother and son's exchange after it
    # loses the turns the talk before had carried right (three; the calls read at a quotation's start, the married
    # name and "Nana" apart from "Dada" move others both ways), and the Sardinian "Corrias" called on the courthouse steps is now either of the
    # two Corrias there, father and son, who were two entities before (one)
    # lowered in the fifty-fourth round (Ossetian 79 to 78), as a name no table gives a sex
    # now takes the one a his or her tells in a clause it is the subject of, and a talk opening after a short
    # paragraph of narration is said to the one its speaker acts upon there: +16 speakers over all the keyed
    # chapters, the development texts as they were
    "memoir_kashmiri": 95, "novel_sardinian": 90, "history_ossetian": 78,
    # held out: at arrival 0 of 114, 86 of 107 and 0 of 112 (the memoir's en-dash dialogue and the history's ”…” were
    # read as no quotation at all; that much was seen from the scores, and both styles were taught in the round from
    # the briefs and texts of our own, the chapters' errors not looked into); 94, 86 and 91 right after that; on the
    # round's final code 88, 86 and 90 (the round's later changes, made on other chapters, not undone for these);
    # opened in the forty-seventh (a teknonym the narration uses is no name of the narrator, "Baba Sofija"; "Kiro" of
    # Kiril; a letter after "the first word from Teppana came" is his): 94, 86 and 92; the memoir 93 since the
    # forty-eighth, whose question asking the one the narration had act (three more right on the 136 chapters, three
    # more on the development texts) has "my uncle Petre", not yet one entity with the "Čičo Petre" who asks, answer
    "memoir_macedonian": 93, "novel_galician": 86, "history_karelian": 92,
    # held out: at arrival 0 of 113, 0 of 112 and 1 of 114 (single guillemets, ‚…‘ and 「…」 were read as no quotation
    # at all, but for three of the history's; that much was seen from the scores, and the three styles were taught in
    # the round from the briefs and texts of our own, the chapters' errors not looked into); 87, 101 and 87 right after
    # that; on the round's final code 87, 98 and 87 (the round's later changes, made on other chapters, not undone);
    # opened in the forty-eighth (a name given to a pronoun tells its sex, "He was a young Russian named Gusev"; a
    # text's own usage shows its family names written first, Tamashiro Seitoku; a letter read out after a sentence
    # about it; a question asks the one the narration had act): 90, 99 and 90
    "memoir_chuvash": 90, "novel_alsatian": 99, "history_okinawan": 90,
    # held out: at arrival 76 of 112, 80 of 113 and 60 of 111, every quotation found; two tag forms of the briefs were
    # taught in the round from the briefs' descriptions and texts of our own, the chapters' errors not looked into (a
    # tag inside guillemets set off by dashes, «…, — said Asel, — …»; a dash run on to a straight quotation mark,
    # "…"—said Zuan—"…", which the tokenizer had left in one word with the tag's verb); on the round's final code 76, 95
    # and 72; opened in the forty-ninth (Friulian and Guaraní styles and home names, Barbe Zuan, Karai Teo, Chano of
    # Feliciano; a saint's day is no person, Saint Joseph's day no Bepi; a quote calling "father" after "His father
    # counted the money" is the son's; a Kyrgyz patronymic after the father's name, Gulnara Jumabek kyzy, is no surname
    # of his; a street's word, Via Bini, names no one, nor does a rite, Mass; a name the base recogniser takes for a
    # place is a person when it says something, "Jarýi had said nothing"; "That was Chano" opening the paragraph after a
    # quote names its speaker): 88, 98 and 92
    # lowered in the fifty-fourth round (Kyrgyz 98 to 97), as a name no table gives a sex
    # now takes the one a his or her tells in a clause it is the subject of, and a talk opening after a short
    # paragraph of narration is said to the one its speaker acts upon there: +16 speakers over all the keyed
    # chapters, the development texts as they were; lowered in the fifty-sixth round (Paraguayan 88 to 87), as a name
    # of a text's given and family names is a person, no place: the letter of recommendation that names the narrator
    # in full ("The bearer, Rosa Elvira Benítez Ayala, is serious") has her name, and its "She wrote me" goes to her
    # (+23 speakers over all the keyed chapters, the development texts as they were)
    "memoir_paraguayan": 87, "novel_kyrgyz": 97, "history_friulian": 92,
    # held out: at arrival 80 of 106, 43 of 110 and 2 of 109; quotations found 106, 85 and 2 (the history's »…» read as
    # no quotation at all, the novel's conversations set the French way read only in part); that much was seen from the
    # scores, and the two styles were taught in the round from the briefs' descriptions and texts of our own, the
    # chapters' errors not looked into; on the round's final code 80, 81 and 96, every quotation found; opened in the
    # fiftieth (a tag's name joined on by a hyphen is the whole name, asked A-Mei, said Ti-Noir; a name read out calls
    # no one, “Liew Sam-moi,” read Onn-ko; a pronoun said to be a name a quotation gave before, “Call him Kah-leong.”
    # So he was Kah-leong, no longer gives that name to the one the pronoun was taken for; "The recruiter's name was
    # McLeod"; Gaspé names, Yvonne à Joseph, and Québécois kin words, Mémère): 89, 85 and 96; the novel 83 since
    # the fifty-first, where a full name first heard opening a quote became the speaker's own, no call ("— Germaine
    # Caron. For my husband, …"): two of its turns had been right only through that false call in their run
    "memoir_hakka": 89, "novel_quebecois": 83, "history_kven": 96,
    # held out: at arrival 76 of 114, 0 of 111 and 51 of 110; quotations found 114, 0 and 72 (the novel's ``…'' read
    # as no quotation at all, the history's transcript turns, a label and a colon, as none); that much was seen from
    # the scores, and the two styles were taught in the round from the briefs' descriptions and texts of our own, the
    # chapters' errors not looked into; on the round's final code 76, 94 and 89, every quotation found; opened in the
    # fifty-first (a given name one last vowel from a middle name is no garble of it, Keʻalohi of Samuel Kealoha
    # Akana; "Mama, who was born Rose Pualani Kahananui"; Tūtū Wahine and Tūtū Kāne; "Lani-girl"; a full name first
    # heard opening a quote is the speaker's own, “Frank Fernandes. Francisco, if you my mother.”; "everyone but the
    # priest called him Keoni"; the Tuvan "Dolgarma-ava", mother Dolgarma, is Dolgarma): 90, 94 and 93
    "memoir_hawaiian": 90, "novel_slovak": 94, "history_tuvan": 93,
    # held out: at arrival 89 of 109, 74 of 114 and 68 of 103; quotations found 109, 114 and 86 (the history's
    # testimony set in without marks read as no quotation at all); that much was seen from the scores, and the style
    # was taught in the round from the brief's description and texts of our own, the chapters' errors not looked
    # into; on the round's final code 89, 74 and 80, all but one of the history's quotations found; opened in the
    # fifty-second (a child baptized "with the names Joseph Onésime" is a new person, the single words of the name
    # still the father's and the grandfather's, and Saint Joseph the saint; a block quotation told by the owner of
    # what is told, "Chaltu's own account was different:", else by the subject of the sentence bringing it in;
    # "Ayantu Fayyisa was in the same way Haadha Tolaa"; a reflexive pronoun the subject of its verb; Oromo and
    # Cajun kin words and titles, Haadha, Akkoo, Adaadaa, Nonc, Nanaine): 89, 97 and 85
    "memoir_belarusian": 89, "novel_cajun": 97, "history_oromo": 85,
    # held out: at arrival 86 of 104, 75 of 114 and 1 of 113; quotations found 104, 114 and 16 (the history's ,,…"
    # read as no quotation at all); that much was seen from the scores, and the style was taught in the round from the
    # brief's description and texts of our own (the keyed chapters set in it), as was reading hard-wrapped lines as
    # running text (the keyed chapters wrapped at 72 columns), the chapters' errors not looked into; on the round's
    # final code 86, 78 and 85, every quotation found; opened in the fifty-third (Mma- and Rra- joined by a hyphen make
    # a teknonym of any name, Mma-Kagiso and Rra-Kagiso; Setswana kin words and titles, Rakgadi, Malome, Nkoko; a Dutch
    # Jo may be a Johannes; Sranan Tanta and Omu; Auntie Pasha is a Pasha, no Ottoman one): 87, 85 and 91; the Kalmyk
    # memoir's floor lowered to 86 in the sixtieth, with this reason: "Everyone in our house called my grandmother
    # Eeji" now joins "my grandmother" to Eeji, as it says, and coreference then gives three of her "she"s, and so
    # two of her turns with the great-uncle, to her grandson Sanzhi
    "memoir_kalmyk": 86, "novel_setswana": 85, "history_surinamese": 91,
    # held out: at arrival 92 of 112, 60 of 109 and 83 of 110; quotations found 110, 107 and 110; that much was seen
    # from the scores (with the scorer matching a key's word broken at a line's end or across a page), and the
    # three styles were taught in the round from the briefs' descriptions and texts of our own (the keyed chapters
    # set in ”…”, set as scanned pages, given note references and notes), the chapters' errors not looked into; on
    # the round's final code 93, 67 and 85, quotations found 110, 109 and 110; opened in the fifty-fourth (a name no
    # table gives a sex takes the one a his or her tells in a clause it is the subject of: Manizha; "Your father
    # built it." closing a quotation is no letter's valediction): 93, 70 and 85
    "memoir_aland": 93, "novel_tajik": 70, "history_fula": 85,
    # held out: at arrival 76 of 105, 56 of 112 and 78 of 111; quotations found 82, 111 and 110; that much was seen
    # from the scores, and the three formats were taught in the round from the briefs' descriptions and texts of our
    # own (the keyed chapters kept as Markdown files, typed with their paragraphs set in, published as HTML pages),
    # the chapters' errors not looked into; on the round's final code 92, 82 and 77, quotations found 103, 111 and 110;
    # opened in the fifty-fifth (a name mostly after "in", or never acting and left or reached, is a place: Ulan-Ude,
    # Kyakhta; a name cut short where it was found whole; a byname, Murdo the Post; a name opening a paragraph after a
    # guillemet; Scottish Gaelic given names; a Russian dzh a Turkic j): 94, 87 and 86
    "memoir_turkmen": 94, "novel_gaelic": 87, "history_buryat": 86,
    # held out: at arrival 87 of 105, 89 of 113 and 74 of 106; quotations found 105, 112 and 106; that much was seen
    # from the scores, and the three formats were taught in the round from the briefs' descriptions and texts of our
    # own (the keyed chapters as pdftotext dumps and as TEI editions; EPUB read as before), the chapters' errors not
    # looked into; on the round's final code 87, 89 and 75, quotations found 105, 112 and 106; opened in the
    # fifty-sixth (a name of a text's given and family names a person, not a place: "—Justino Mamani Quispe."
    # answering "—Name?"; one who gives it is a party to the talk; "a lieutenant named Ruperto Arce" is he; Joan and
    # Janet no women's names by the table alone, Occitan Joan a man; Ouncle, Tanto, Moussu, Mèstre; one's own name
    # opening a thought no call; one the narration has the speaker speak to answers): 87, 94 and 78
    "memoir_bashkir": 87, "novel_occitan": 94, "history_aymara": 78,
    # held out: at arrival 67 of 108, 76 of 104 and 52 of 106; quotations found 108, 104 and 73 (the transcript's timed
    # turns not read); that much was seen from the scores, and the three formats were taught in the round from the
    # briefs' descriptions and texts of our own (the keyed chapters saved as a word processor's Unicode text, in
    # Polish marks, cut into letters, the Tuvan history's transcripts timed), the chapters' errors not looked into; on
    # the round's final code 75, 76 and 86, every quotation found; opened in the fifty-seventh (Karakalpak -aga, -ata,
    # -apke, -jenge; the Polish vocatives Jadziu and Józku; the signature of the letters names their narrator, and
    # their greeting and signature are no one in the scene after; the narration's "you" in a letter is the one it
    # greets; "I did. Allanazar Qallibekov."; Delroy a man's name; "Your brother who embraces you, Anselmo."): 79, 78
    # and 90
    "memoir_karakalpak": 79, "novel_kashubian": 78, "history_garifuna": 90,
    # held out: at arrival the Avar memoir stopped the round's starting code with an error (its Word document read as
    # an EPUB), 76 of 113 for the Low German novel (quotations found 107) and none of 104 for the Nahua history (its
    # RTF read as plain text, no quotation found); that much was seen from the scores, and the three formats were
    # taught in the round from the briefs' descriptions and texts of our own (the keyed chapters saved as Word
    # documents and as RTF files, set as e-texts of a German translation, in Polish marks, cut into letters), the
    # chapters' errors not looked into; on the round's final code 86, 80 and 68, quotations found 103, 113 and 104;
    # opened in the fifty-eighth (a note's reference the reader sets passed over by the scorer's phrase search, which
    # finds three more Avar quotations; an italic stretch a word processor splits over runs inside a word is one, so
    # two thoughts set in italics are found; a part of a quotation after its tag is speech; a title after a style of
    # address calls its bearer, "Herr Pastor", and pastor, padre and maestro call one; Avar given names; the Low German
    # Mudder, Vadder, Möhne and Oom kin words): 91, 80 and 70, every quotation found
    "memoir_avar": 91, "novel_lowgerman": 80, "history_nahua": 70,
    # held out: at arrival the Rwandan memoir stopped the round's starting code with an error (its OpenDocument read
    # as an EPUB), 1 of 107 for the Udmurt novel (its FictionBook read as plain text, quotations found 107) and 72 of
    # 104 for the Circassian history (quotations found 101); that much was seen from the scores, and the three formats
    # were taught in the round from the briefs' descriptions and texts of our own (the keyed chapters as FictionBooks,
    # set the French way), the chapters' errors not looked into; on the round's final code 63, 81 and 72, quotations
    # found 102, 107 and 104; opened in the fifty-ninth (a given name of one full name called alone is that person,
    # whatever the recogniser took it for; a name right after an office, "The sub-chief Bisangwa", is a person, and
    # "the sub-chief" a description; a hyphened office is a tag's subject; a talk of untagged turns that call one
    # person at one beat alternates between that one and the other party; a scene break, or a month after its
    # article, moves the story on; one a tag has come in as the words are said is spoken to; Russian years said
    # short, "the year eighteen"; Fröken a style): 77, 81 and 73; the Circassian history's floor lowered to 72 in the
    # sixtieth, with this reason: "the Hajji's younger sister Zalikha" now joins Zalikha, as it says, and "her
    # husband", whom she speaks to just after, then goes to the Hajji, who so answers her in Aslan's place
    "memoir_rwandan": 77, "novel_udmurt": 81, "history_circassian": 72,
    # held out: at arrival the Crimean Tatar memoir and the Navajo novel stopped the round's starting code with an
    # error (an ALTO file and a DocBook file read as TEI), and the K'iche' history had 4 of 105 (its LaTeX read as
    # plain text, 6 quotations found); that much was seen from the scores, and the three formats were taught in the
    # round from the briefs' descriptions and texts of our own, the chapters' errors not looked into; on the round's
    # final code 85, 79 and 72, every quotation found; opened in the sixtieth (a kin word right before a name, "my
    # mother Emine", is that person's; items a semicolon parts, or two kin of one owner, are no apposition; a
    # description headed by a name is that person; a noun of the quote makes no written tag; Crimean Tatar styles,
    # Emine-apte and Rustem-oca; Spanish pet names, Chendo): 86, 79 and 79
    "memoir_crimean": 86, "novel_navajo": 79, "history_kiche": 79,
    # held out: at arrival the Mari memoir stopped the round's starting code with an error (a Transkribus export, a
    # zip of PAGE files, read as an EPUB), and the Lakota history had 66 of 105 (its AsciiDoc read as plain text, 101
    # quotations found) and the Sertão novel 78 of 109 (its wikitext read as plain text, every quotation found);
    # that much was seen from the scores, and the three formats were taught in the round from the briefs'
    # descriptions and texts of our own, the chapters' errors not looked into; on the round's final code 80, 78 and
    # 78, every quotation found
    "memoir_mari": 80, "history_lakota": 78, "novel_sertao": 78,
}
# The keys that name one garble (the Chinese and Scottish keys name two forms each; "Mr Makallister" is a
# split-off Alexander McAllister, so his garble is held by two entities). The Filipino "Tizon" was joined
# once the eighteenth round read Mang Tonyo as a style and a pet form of Antonio. The Tamil memoir's garble
# ("Palachandran") was not joined at arrival nor on the nineteenth round's final code; it is since the twentieth
# read "Bala Anna" as Bala with the Tamil style of an elder brother. The Burmese history's garble was not
# joined at arrival nor on the twentieth round's final code, nor the Mongolian one on the twenty-first's, nor
# the Welsh one on the twenty-second's. The twenty-third's Haitian and Māori garbles were joined at arrival
# and on that round's final code, but this test then wanted the person's surname among their own names, and
# these two garble a given name ("Tonton Ofide", "Bita"): it now wants the word of the name closest to the
# garble. The Samoan history's garble ("Luiza") was not joined at arrival nor on the twenty-fourth round's final
# code: it was joined, but its mention opens a description of her ("Luiza, who as an unmarried daughter"), and a
# name inside another mention was no alias, so its variant flag never showed; since the twenty-fifth it is.
# The twenty-sixth's Hebrew memoir names two garbled forms (one joined at arrival and on that round's final code);
# the Khmer history's garble is held, on the final code, by one entity of the right person (as score_chapters.py
# counts it, not at arrival), but the right spelling is not among that entity's own names (held out, not looked
# into); since the twenty-seventh read Khmer names family name first, the entity that holds "Tchea Vouthi" (Chea
# Vuthy) is no longer his by that count. The twenty-seventh's Marathi and Somali garbles were not joined
# at arrival nor on that round's final code (held out, not looked into), nor on the twenty-eighth's, which opened
# them (left alone: the Marathi "Vishnoo Gunnesh Gokley" and the Somali "Fatuma Alì Uarsame" stay apart). The
# twenty-eighth's Gujarati and Igbo garbles were not joined at arrival nor on its final code (held out, not
# looked into); the twenty-ninth, which opened them, joined the Igbo one ("Lt. Chookwemeka Okafor", once an
# initial let no second given name into Chinwe Okafor), not the Gujarati ("Chemanlal Dessai", whose bearer is
# named only in quotations). The twenty-ninth's Pashto and Tibetan garbles were not joined at arrival nor on its
# final code (held out, not looked into); the thirtieth, which opened them, joined the Pashto one ("Abdul Wahed
# Mohmund", once "Abdul Wahid" was one given name), not the Tibetan ("Tasi Chering Kenkar": dropped aspirates and
# ch for ts, which the variant rules do not make one). The thirtieth's three garbles were not joined at arrival
# nor on its final code (held out, not looked into), nor on the thirty-first's, which opened them (left alone:
# the Kurdish "Hooshiar Mahmoodi", the Swahili telegram's "HAMED SELIM KENDI", the Hmong "Neea Pow Wang"). The
# thirty-first's three (two of its keys name two garbled forms) were not joined at arrival nor on its final code
# (held out, not looked into), nor on the thirty-second's, which opened them: the Tigrinya "Gabramadin" is now a
# spelling of Gebremedhin, but the bare one goes to another Gebremedhin, and "Yemani Gabramadin" stays apart
# (Yemani and Yemane are too short to be taken one letter apart). The thirty-second's three were not joined at
# arrival nor on its final code (held out, not looked into); the thirty-third, which opened them, joined the
# Azerbaijani one (the Red Army's "Ragimov", once the schwa was read a), not the Malagasy ("Andriamanatène",
# a French clerk's) nor the Irish ("Shaun Kenneely", a purser's). The thirty-third's Basque garble was joined at
# arrival and on its final code; its Uyghur (two forms) and Shona ones were not (held out, not looked into); the
# thirty-fourth, which opened them, joined both: "Mamet Niyasov" (a clerk's, its surname given a Russian ending) and
# "Samwell Moya" (each word a letter off). The thirty-fourth's Tatar garble was joined at arrival and on its final
# code; its Catalan (two forms) and Sámi ones were not (held out, not looked into); the thirty-fifth, which opened
# them, joined the Sámi one (the census's "Niklas Pulljo", once a surname garbled already let the given name a letter
# off count), not the Catalan (the French list's "Jouan Pouitch" of Joan Puig, written three times: no rare
# spelling). The thirty-fifth's three (the Maltese key names two forms) were not joined at arrival nor on its
# final code (held out, not looked into); the thirty-sixth, which opened them, joined the Luganda one (a clerk's r for
# l: "Rubega"), the Greenlandic ("Pawia Hejlmand", two garbled words opening a ledger's entry, held by Pavia, whom
# the text never names Heilmann, so not this test's: its own is in test_aliases) and one of the two Maltese forms
# ("Westin", a vowel off, written three times). The thirty-sixth's three (the Cape Verdean key names
# two forms) were joined at arrival and on its final code, and so were the thirty-seventh's (the Indo-Fijian key
# names two forms) and the thirty-eighth's Sakha and Assyrian ones (the Sakha key names two forms); its Cree one
# ("Kihew") was joined neither at arrival nor on its final code (held out, not looked into), nor on the
# thirty-ninth's, which opened it ("his mother had given him the name Kihiw" read as a naming gave the name to the
# place before it; left alone). The thirty-ninth's three (the Romani key names two forms) were joined at arrival
# and on its final code as score_chapters.py counts them, but the Ainu one's holder does not have the right spelling
# among its own names, which this test wants (held out, not looked into). The fortieth's Mapuche garble was joined at
# arrival and on its final code; its Sorbian one and the Hadrami history's two were not (held out, not looked
# into), nor on the forty-first's, which opened them. The forty-first's Breton key names two forms, each a variant of
# one person on its final code; its Kannada and Sephardic garbles pass this test on that code, though
# score_chapters.py, which maps entities to the key's people, does not count the Kannada one joined (held out, not
# looked into). The forty-second's three garbles (the Uzbek and Xhosa keys name two forms each) were joined neither
# at arrival nor on its final code (held out, not looked into); opened in the forty-third, the Uzbek two (a Soviet
# register's surname first) and the Odia one (a given name written more often with a garbled surname) are joined on
# its final code, the Xhosa two not ("the native Siswe Makaya" of Daniel Sizwe). Of the forty-third's three, the
# Frisian garble was joined at arrival and on its final code, the Sindhi and Rusyn ones neither time (held out, not
# looked into), nor on the forty-fourth's, which opened them (left alone: the camp clerk's "Dolaram Adwani" of
# Tolaram Advani and the American "Peter Fetor" of Petro Fedor, two letters off each). The forty-fourth's Slovene and
# Mennonite garbles were joined at arrival and on its final code; the Haitian key names two forms, joined neither
# time, both since the forty-fifth read "Madan Anselme" as his wife. The forty-fifth's Ossetian garble and the two
# forms of its Sardinian key were joined at arrival and on its final code; the two of its Kashmiri key neither time
# (held out, not looked into), nor on the forty-sixth's, which opened them (a clerk's "Dhar" of Dar: a surname of
# three letters is too short for the variant rules). The forty-sixth's keys name three, three and two forms; one of
# the Karelian two was joined at arrival and on its final code, none of the others (held out, not looked into), nor
# on the forty-seventh's, which opened them (left alone: the Galician "Jesús Barrerio" of Xesús Barreiro, its given
# name in Castilian and its surname with two letters swapped; the Macedonian census's "Kostović" and a Romanian
# clerk's "Costovschi"). The forty-seventh's keys name two, three and two forms; one of the Alsatian three was joined
# at arrival and on its final code, none of the others (held out, not looked into); the forty-eighth, which opened
# them, joined one of the Okinawan two (the American plantation's "Tamashero", once the text's family names were read
# first). The forty-eighth's keys name three forms each; two of the Paraguayan three and one of the Friulian three were
# joined at arrival and on its final code, none of the Kyrgyz three (held out, not looked into); the forty-ninth, which
# opened them, joined one more of the Friulian three ("sior Kandotti", once its styles and home names were read), none
# of the Kyrgyz (left alone: the tribunal's "Osmankulov D." and "Dzhumabek", a Russian clerk's Jumabek with his
# patronymic made a surname, are one entity of their own, used too often to be a garble). The forty-ninth's keys name
# two, three and three forms; none was joined at arrival nor on its final code (held out, not looked into), nor on the
# fiftieth's, which opened them (left alone: "Djong Fuk On" and "Tjong Hok Sen", a Dutch clerk's spellings used
# three times and more, and "Joe Carone" of Joseph Caron, his English pet name with an e written on to the surname).
# The fiftieth's keys name three forms each; one of the Slovak three was joined at arrival and on its final code,
# none of the others (held out, not looked into), nor on the fifty-first's, which opened them (left alone: the
# Army's "Akano" of David Kawika Akana, and the doctor's "Mr. Kahanui" of Joseph Kaleo Kahananui, who corrects him
# at once). The fifty-first's
# keys name two, three and three forms; two of the Oromo three were joined at arrival and on its final code, none of
# the others (held out, not looked into), nor on the fifty-second's, which opened them (left alone: the Cajun
# "Geedry", held by a John and Johnny split from Jean-Baptiste, and "Tibbido" of Thibodeaux; the Kenyan clerk's
# "Fiyera Gemechu"; the commandant's "Sokalovich" of Sakovich). The fifty-second's keys name two, three and two forms;
# one of the Setswana three and one of the Surinamese two were joined at arrival and on its final code, none of the
# others (held out, not looked into), nor on the fifty-third's, which opened them (left alone: the clerk's "Kageso
# Motibe", written six times, more than a garble is, and "Motibe" two letters from Mothibi). The fifty-third's keys
# name three forms each; two of the Åland three and two of the Fula three were joined at arrival and on its final
# code, none of the Tajik three (held out, not looked into). The fifty-fourth's keys name three, two and two forms;
# two of the Turkmen three and one of the Buryat two were joined at arrival and on its final code, none of the Gaelic
# two (held out, not looked into); the fifty-fifth, which opened them, joins the Turkmen third ("Atadzhan Arazov" of
# Atajan Orazov). The fifty-fifth's keys name two, three and three forms; one of the Occitan three and the three
# Aymara ones were joined at arrival and on its final code, none of the Bashkir two (held out, not looked into); the
# fifty-sixth, which opened them, joins a second Occitan one (left alone: the Bashkir newspaper's "Kamit Usupov" and
# the registry's "Gyulnur Usupova", each written three times, a Russian kh and yu dropped). The fifty-sixth's keys
# name three forms each; two of the Karakalpak three and the three Garifuna ones were joined at arrival and on its
# final code, none of the Kashubian three (held out, not looked into), nor once opened in the fifty-seventh (left
# alone: the Karakalpak letter's "Your Orasbay." is signed where no name of his stands near). The fifty-seventh's
# keys name three forms each; the three Low German ones were joined at arrival and on its final code, one of the
# Avar three and one of the Nahua three on its final code (held out, not looked into), nor more once opened in the
# fifty-eighth. The fifty-eighth's keys name two, three and three forms; one of the Circassian three was joined at
# arrival and on its final code, none of the Rwandan two nor of the Udmurt three (held out, not looked into), nor
# more once opened in the fifty-ninth. The fifty-ninth's keys name three forms each: all three of the Crimean Tatar
# memoir's, two of the Navajo novel's and two of the K'iche' history's were joined on its final code (no figure at
# arrival for the first two, whose files were not read; held out, not looked into), nor more once opened in the
# sixtieth. The sixtieth's keys name three forms each: all three of the Mari memoir's, two of the Lakota history's
# and one of the Sertão novel's were joined on its final code (two of the Lakota ones and one of the Sertão ones at
# arrival, none of the Mari memoir's, whose file was not read; held out, not looked into).
# (Keys that name two forms have their test below.)
GARBLED = [name for name in FLOORS if name not in ("memoir_liang", "novel_mcallister", "history_aung_tun",
                                                   "history_batbayar", "history_pritchard_evans", "memoir_ben_ami",
                                                   "history_chea", "memoir_marathi", "novel_somali",
                                                   "memoir_gujarati", "history_tibetan", "memoir_kurdish",
                                                   "novel_swahili", "history_hmong", "memoir_tigrinya",
                                                   "novel_andean", "history_tongan", "novel_malagasy",
                                                   "history_connemara", "memoir_uyghur", "novel_catalan",
                                                   "novel_maltese", "history_greenland", "history_capeverde",
                                                   "history_fiji", "memoir_sakha", "history_cree",
                                                   "novel_romani", "history_ainu", "novel_sorbian",
                                                   "history_hadrami", "memoir_breton", "memoir_uzbek",
                                                   "history_xhosa", "memoir_sindhi", "history_rusyn",
                                                   "novel_haitian", "memoir_kashmiri", "novel_sardinian",
                                                   "memoir_macedonian", "novel_galician", "history_karelian",
                                                   "memoir_chuvash", "novel_alsatian", "history_okinawan",
                                                   "memoir_paraguayan", "novel_kyrgyz", "history_friulian",
                                                   "memoir_hakka", "novel_quebecois", "history_kven",
                                                   "memoir_hawaiian", "novel_slovak", "history_tuvan",
                                                   "memoir_belarusian", "novel_cajun", "history_oromo",
                                                   "memoir_kalmyk", "novel_setswana", "history_surinamese",
                                                   "memoir_aland", "novel_tajik", "history_fula", "memoir_turkmen",
                                                   "novel_gaelic", "history_buryat", "memoir_bashkir",
                                                   "novel_occitan", "history_aymara", "memoir_karakalpak",
                                                   "novel_kashubian", "history_garifuna", "memoir_avar",
                                                   "novel_lowgerman", "history_nahua", "memoir_rwandan",
                                                   "novel_udmurt", "history_circassian", "memoir_crimean",
                                                   "novel_navajo", "history_kiche", "memoir_mari",
                                                   "history_lakota", "novel_sertao")]
# The keys that name two garbled forms, each joined (the Uyghur one has its own test below)
GARBLED_TWICE = ["history_capeverde", "history_fiji", "memoir_sakha", "novel_romani", "memoir_breton", "memoir_uzbek",
                 "novel_haitian", "novel_sardinian"]
# One of the Albanian memoir's 103 quotations is not found: its key's "He is an old man," is first met
# unmarked ("He is an old man, I thought"), before the quoted thought the key means (seen when the
# chapter was opened in the twenty-second round; the key is left as its writer made it). One of the isiZulu
# novel's 107 was not found at arrival nor on the twenty-fifth round's final code (held out, not looked into), nor
# on the twenty-sixth's, which opened it: its key's "Zikode," is first met unquoted ("called him Zikode, by the
# praises of his house"), before the quotation it means (the key is left as its writer made it). One of the Wolof
# novel's 106 was not found at arrival nor on the twenty-sixth round's final code (held out, not looked into),
# nor one of the Luganda memoir's 110 at arrival and on the thirty-fifth's final code (held out, not looked into):
# opened in the thirty-sixth, its key's "Aggie," is first met unquoted ("called me Aggie, as if"), before the
# quotation it means (the key is left as its writer made it). One of the Sindhi memoir's 108 was not found at arrival
# nor on the forty-third round's final code (held out, not looked into), nor one of the Oromo history's 103 on the
# fifty-first's final code (at arrival 17 were not, its testimony set in without marks; held out, not looked into),
# nor on the fifty-second's, which opened it: its key's "Fitawrari," is first met unquoted ("made him a Fitawrari,
# and the family"), before the greeting it means (the key is left as its writer made it). Two of the Åland memoir's
# 112 were not found at arrival nor on the fifty-third round's final code (held out, not looked into); two of the
# Tajik novel's 109 were not found at arrival, all on the final code. Two of the Turkmen memoir's 105, one of the
# Gaelic novel's 112 and one of the Buryat history's 111 were not found on the fifty-fourth round's final code (held
# out, not looked into), nor on the fifty-fifth's, which opened them; one of the Occitan novel's 113 was not found at
# arrival nor on the fifty-fifth round's final code (held out, not looked into), nor on the fifty-sixth's, which opened
# it: its key's "Roustang," is first met unquoted ("named the soldier Jean Roustang, of the Avignon regiment"),
# before the quotation it means (the key is left as its writer made it). Five of the Avar memoir's 108 were not found
# on the fifty-seventh round's final code (its Word document not read at arrival; held out, not looked into), all once
# opened in the fifty-eighth; three of the Rwandan memoir's 105 were not found on the fifty-eighth round's final code (its OpenDocument not read
# at arrival; held out, not looked into).
FOUND = [name for name in FLOORS if name not in ("memoir_dervishi", "novel_mkhize", "novel_diagne", "memoir_luganda",
                                                 "memoir_sindhi", "history_oromo", "memoir_aland", "memoir_turkmen",
                                                 "novel_gaelic", "history_buryat", "novel_occitan", "memoir_rwandan")]


@pytest.fixture(scope="module")
def chapters():
    return {name: load(name) for name in FLOORS}


@pytest.mark.parametrize("name", FOUND)
def test_every_quotation_is_found(chapters, name):
    # the Norwegian chapter's single quotes among apostrophes of the same character too
    assert_every_quotation_found(*chapters[name])


@pytest.mark.parametrize("name", FLOORS)
def test_speakers_at_least_as_the_last_round_left_them(chapters, name):
    assert speakers_right(*chapters[name]) >= FLOORS[name]


@pytest.mark.parametrize("name", GARBLED)
def test_the_garbled_name_is_joined(chapters, name):
    assert_garble_joined(*chapters[name])


# The keys that name three garbled forms, each joined
GARBLED_THRICE = ["memoir_turkmen", "history_aymara", "history_garifuna", "novel_lowgerman", "memoir_crimean",
                  "memoir_mari"]


@pytest.mark.parametrize("name", GARBLED_TWICE + GARBLED_THRICE)
def test_each_garbled_form_is_a_variant_of_one_person(chapters, name):
    doc, key = chapters[name]
    assert len(key["garbled"]) == (3 if name in GARBLED_THRICE else 2)
    for garble in key["garbled"]:
        owners = [e for e in doc.entities if any(a.variant and garble["form"] in a.text for a in e.aliases)]
        assert len(owners) == 1, garble
        assert any(f.kind == "name_variant" and owners[0].id in f.entities for f in doc.findings)


def test_the_tamil_narrator_is_vasanthi_and_answers_a_call_found_to_be_hers_only_at_the_end(chapters):
    # "Vasanthi" is known to be the narrator only once the turns are decided; the call's answer (“Amma, what
    # will I do, then?”, with no tag) is then hers, not her father's, who speaks next
    doc, _ = chapters["memoir_kanagaratnam"]
    (narrator,) = [e for e in doc.entities if e.is_narrator]
    assert {"Vasanthi", "Vasanthi-kutti", "Vasu"} <= {a.text for a in narrator.aliases}
    (answer,) = [q for q in doc.quotes if doc.text[q.start:q.end].startswith("“Amma, what will I do")]
    assert answer.speaker == narrator.id


def test_the_uyghur_memoirs_two_garbled_forms_are_one_variant_of_memet_niyaz(chapters):
    # "Mamet Niyasov", as a clerk in Alma-Ata wrote the uncle's name, and its surname alone in a quotation
    doc, key = chapters["memoir_uyghur"]
    for garble in key["garbled"]:
        (owner,) = [e for e in doc.entities if any(a.variant and garble["form"] in a.text for a in e.aliases)]
        assert {"Memet Niyaz", "Memet"} <= {a.text for a in owner.aliases if not a.variant}
        assert any(f.kind == "name_variant" and owner.id in f.entities for f in doc.findings)

#!/usr/bin/env python3
"""ent_gen.py: build src/data/ent_gazetteer.tsv from the shared lexicons.

usage: python3 src/data/ent_gen.py ../shared/data/lexicons > src/data/ent_gazetteer.tsv

Inputs (see the header this writes): wilayah (MIT, Cahya DSN), kutip's
compiled gov_org_acronyms.tsv and region_abbreviations.tsv, and the lists
below, written for kutip from general knowledge (countries, world cities,
media, parties, companies, international bodies).
"""
import sys

root = sys.argv[1]
rows = {}


def add(key, label, canon, kind):
    k = key.lower()
    if not k or "\t" in k:
        return
    if k in rows:
        return
    rows[k] = (label, canon, kind, key)


def tsv(path):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n == 0 or line.startswith("#"):
                continue
            yield line.rstrip("\n").split("\t")


# Countries (Indonesian and English names) and major world places.
COUNTRIES = """Afghanistan|Afrika Selatan|South Africa|Albania|Aljazair|Algeria|
Amerika|Amerika Serikat|United States|America|Angola|Arab Saudi|Saudi Arabia|
Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh|Belanda|
Netherlands|Belarus|Belgia|Belgium|Bolivia|Bosnia|Brasil|Brazil|Brunei|
Brunei Darussalam|Bulgaria|Ceko|Czech Republic|Chad|Chili|Chile|China|
Tiongkok|Cina|Denmark|Ekuador|Ecuador|Mesir|Egypt|Estonia|Ethiopia|Etiopia|
Fiji|Filipina|Philippines|Finlandia|Finland|Gabon|Georgia|Ghana|Yunani|Greece|
Hongaria|Hungary|Hong Kong|Hongkong|India|Indonesia|Inggris|Britania Raya|
England|Britain|United Kingdom|Irak|Iraq|Iran|Irlandia|Ireland|Islandia|
Iceland|Israel|Italia|Italy|Jamaika|Jamaica|Jepang|Japan|Jerman|Germany|
Kamboja|Cambodia|Kamerun|Cameroon|Kanada|Canada|Kazakhstan|Kenya|Kolombia|
Colombia|Korea|Korea Selatan|South Korea|Korea Utara|North Korea|Kroasia|
Croatia|Kuba|Cuba|Kuwait|Laos|Latvia|Lebanon|Libanon|Libya|Lithuania|
Luksemburg|Luxembourg|Madagaskar|Malaysia|Maladewa|Maldives|Mali|Malta|Maroko|
Morocco|Meksiko|Mexico|Mongolia|Myanmar|Burma|Namibia|Nepal|Nigeria|Niger|
Norwegia|Norway|Oman|Pakistan|Palestina|Palestine|Panama|Pantai Gading|
Papua Nugini|Papua New Guinea|Paraguay|Peru|Polandia|Poland|Portugal|Prancis|
Perancis|France|Qatar|Rumania|Romania|Rusia|Russia|Rwanda|Selandia Baru|
New Zealand|Senegal|Serbia|Singapura|Singapore|Siprus|Cyprus|Slovakia|
Slovenia|Somalia|Spanyol|Spain|Sri Lanka|Sudan|Sudan Selatan|Suriah|Syria|
Swedia|Sweden|Swiss|Switzerland|Taiwan|Tanzania|Thailand|Timor Leste|
Timor-Leste|Tunisia|Turki|Turkey|Turkiye|Uganda|Ukraina|Ukraine|
Uni Emirat Arab|United Arab Emirates|Uni Soviet|Soviet Union|Uruguay|
Uzbekistan|Vatikan|Vatican|Venezuela|Vietnam|Yaman|Yemen|Yordania|Jordan|
Zambia|Zimbabwe|Skotlandia|Scotland|Wales|Irlandia Utara|Republik Irlandia|
Eropa|Europe|Asia|Afrika|Africa|Australia|Amerika Latin|Latin America|
Timur Tengah|Middle East|Asia Tenggara|Southeast Asia|Asia Pasifik|
Asia Pacific|Antartika|Antarctica|Eurasia|Skandinavia|Balkan|Kaukasus|
Gaza|Jalur Gaza|Tepi Barat|West Bank|Krimea|Crimea|Kashmir|Tibet|Xinjiang|
Papua|Jawa|Java|Sumatera|Sumatra|Kalimantan|Borneo|Sulawesi|Celebes|Bali|
Lombok|Sumbawa|Flores|Timor|Madura|Nusantara|Bangka|Belitung|Batam|Bintan|
Nias|Halmahera|Seram|Ambon|Ternate|Tidore|Natuna|Mentawai|Karimunjawa|
Komodo|Bunaken|Raja Ampat|Samudra Hindia|Samudra Pasifik|Indian Ocean|
Pacific Ocean|Atlantic|Atlantik|Laut China Selatan|South China Sea|
Laut Jawa|Selat Malaka|Selat Sunda"""

CITIES = """Jakarta|Bandung|Surabaya|Medan|Semarang|Makassar|Palembang|
Yogyakarta|Jogja|Jogjakarta|Solo|Surakarta|Malang|Denpasar|Bandar Lampung|
Padang|Pekanbaru|Banjarmasin|Pontianak|Samarinda|Balikpapan|Manado|Kupang|
Mataram|Jayapura|Kendari|Palu|Ambon|Bogor|Depok|Tangerang|Bekasi|Cirebon|
Serang|Cilegon|Batam|Jambi|Bengkulu|Banda Aceh|Sorong|Merauke|Ternate|
Gorontalo|Mamuju|Tanjungpinang|Pangkalpinang|Palangkaraya|Palangka Raya|
Tarakan|Sukabumi|Tasikmalaya|Purwokerto|Magelang|Kudus|Pekalongan|Tegal|
Kediri|Madiun|Jember|Banyuwangi|Probolinggo|Pasuruan|Sidoarjo|Gresik|
Mojokerto|Blitar|Bukittinggi|Lhokseumawe|Dumai|Binjai|Pematangsiantar|
Metro|Kuta|Ubud|Nusa Dua|Labuan Bajo|Senayan|Kuningan|Menteng|Kemayoran|
Tanjung Priok|Cengkareng|Cikini|Monas|Kebayoran|Cilandak|Pancoran|Cawang|
Jatinegara|Kalibata|Cibubur|Puncak|
Washington|New York|Los Angeles|Chicago|San Francisco|Boston|Houston|Miami|
Las Vegas|Seattle|Atlanta|Dallas|Philadelphia|Detroit|Texas|California|
Florida|Nevada|Ohio|Virginia|Michigan|Pennsylvania|Arizona|Hawaii|Alaska|
London|Manchester|Liverpool|Birmingham|Edinburgh|Paris|Marseille|Lyon|
Berlin|Munich|Muenchen|Frankfurt|Hamburg|Roma|Rome|Milan|Milano|Turin|
Napoli|Naples|Madrid|Barcelona|Sevilla|Valencia|Lisbon|Lisabon|Amsterdam|
Rotterdam|Brussel|Brussels|Jenewa|Geneva|Zurich|Wina|Vienna|Praha|Prague|
Warsawa|Warsaw|Budapest|Athena|Athens|Istanbul|Ankara|Moskow|Moscow|
St Petersburg|Kiev|Kyiv|Minsk|Oslo|Stockholm|Kopenhagen|Copenhagen|Helsinki|
Dublin|Beijing|Peking|Shanghai|Guangzhou|Shenzhen|Wuhan|Chongqing|
Hong Kong|Makau|Macau|Taipei|Tokyo|Osaka|Kyoto|Hiroshima|Nagasaki|Seoul|
Busan|Pyongyang|Bangkok|Phuket|Hanoi|Ho Chi Minh|Saigon|Phnom Penh|Vientiane|
Yangon|Naypyidaw|Kuala Lumpur|Putrajaya|Johor|Johor Bahru|Penang|Sabah|
Sarawak|Kota Kinabalu|Kuching|Manila|Davao|Cebu|Dili|Bandar Seri Begawan|
New Delhi|Delhi|Mumbai|Kolkata|Dhaka|Karachi|Islamabad|Lahore|Kabul|
Teheran|Tehran|Baghdad|Bagdad|Damaskus|Damascus|Beirut|Yerusalem|Jerusalem|
Tel Aviv|Amman|Riyadh|Jeddah|Jeddah|Mekah|Makkah|Mecca|Madinah|Medina|Doha|
Dubai|Abu Dhabi|Kairo|Cairo|Canberra|Sydney|Melbourne|Perth|Brisbane|Darwin|
Auckland|Wellington|Ottawa|Toronto|Vancouver|Montreal|Mexico City|
Rio de Janeiro|Sao Paulo|Buenos Aires|Santiago|Lima|Bogota|Caracas|Havana|
Nairobi|Lagos|Johannesburg|Cape Town|Addis Ababa|Khartoum|Tripoli|Tunis|
Davos|Bali|Silicon Valley|Wall Street|Hollywood|Gedung Putih"""

# Outlets, parties, companies, international bodies: ORG.
ORGS = """Kompas|KOMPAS.com|Kompas.com|Kompas TV|Kompas.id|Antara|ANTARA|
ANTARA News|Antaranews|Tempo|Tempo.co|Koran Tempo|Detik|detik|detikcom|
detik.com|detikNews|detikFinance|detikSport|Detikcom|CNN|CNN Indonesia|
CNBC|CNBC Indonesia|Republika|Tribunnews|Tribun|Liputan6|Liputan6.com|
Okezone|Okezone.com|Suara.com|Merdeka.com|Kumparan|kumparan|Jawa Pos|
JawaPos.com|Media Indonesia|Sindonews|Sindonews.com|Koran Sindo|Metro TV|
MetroTV|TVRI|RRI|Beritasatu|BeritaSatu|Viva|VIVA|Viva.co.id|JPNN|JPNN.com|
Bisnis Indonesia|Bisnis.com|Kontan|Katadata|Tirto|Tirto.id|IDN Times|
Radar Lampung|Lampung Post|Pos Kota|Poskota|Suara Merdeka|Pikiran Rakyat|
The Jakarta Post|Jakarta Post|Jakarta Globe|Juara.net|JUARA.net|BolaSport|
Bola.com|Reuters|AFP|AP|Associated Press|Bloomberg|BBC|Al Jazeera|Xinhua|
Kyodo|Yonhap|KCNA|The Guardian|Guardian|The New York Times|New York Times|
The Washington Post|Washington Post|Wall Street Journal|Financial Times|
The Times|The Sun|Daily Mail|Mirror|Marca|ESPN|Fox News|NBC|CBS|ABC|
Channel News Asia|CNA|South China Morning Post|The Straits Times|
Straits Times|The Star|Nikkei|Sky News|Sky Sports|Politico|
Partai Golkar|Golkar|Gerindra|Partai Gerindra|PDIP|PDI-P|PDI Perjuangan|
Partai Demokrasi Indonesia Perjuangan|Partai Demokrat|Demokrat|NasDem|
Nasdem|Partai NasDem|Hanura|Partai Hanura|Perindo|Partai Perindo|PSI|
Partai Solidaritas Indonesia|PKB|PKS|PAN|PPP|Partai Kebangkitan Bangsa|
Partai Keadilan Sejahtera|Partai Amanat Nasional|
Partai Persatuan Pembangunan|Partai Buruh|Partai Ummat|Partai Gelora|
Partai Republik|Partai Demokrat AS|Republican Party|Democratic Party|
Nahdlatul Ulama|NU|PBNU|Muhammadiyah|PP Muhammadiyah|MUI|
Majelis Ulama Indonesia|FPI|HMI|PMII|KNPI|Kadin|Apindo|IDI|PSSI|KONI|KOI|
PBSI|PBB|Perserikatan Bangsa-Bangsa|United Nations|UN|WHO|World Health Organization|
IMF|Dana Moneter Internasional|International Monetary Fund|Bank Dunia|
World Bank|ASEAN|APEC|OPEC|NATO|Uni Eropa|European Union|UE|EU|G20|G7|
UNESCO|UNICEF|UNHCR|UNDP|FAO|ILO|WTO|Interpol|FIFA|UEFA|AFC|AFF|IOC|OKI|
Palang Merah|PMI|Palang Merah Indonesia|Greenpeace|Amnesty International|
Human Rights Watch|ICW|Indonesia Corruption Watch|KontraS|YLBHI|LBH|Walhi|
Pertamina|PLN|Telkom|Telkomsel|Indosat|XL Axiata|Garuda Indonesia|Garuda|
Lion Air|Citilink|AirAsia|Sriwijaya Air|Batik Air|Angkasa Pura|
Jasa Marga|Bank Indonesia|BRI|Bank BRI|BNI|Bank BNI|Bank Mandiri|Mandiri|
BCA|Bank BCA|BTN|Bank BTN|BSI|Bank Syariah Indonesia|Bursa Efek Indonesia|
BEI|IDX|KAI|PT KAI|Bulog|Pelindo|Freeport|Freeport Indonesia|Inalum|
Antam|Semen Indonesia|Wijaya Karya|Waskita Karya|Adhi Karya|Hutama Karya|
Astra|Astra International|Indofood|Unilever|Gudang Garam|Sampoerna|Djarum|
Gojek|GoTo|Grab|Tokopedia|Shopee|Bukalapak|Lazada|Traveloka|Blibli|
Google|Facebook|Instagram|WhatsApp|Twitter|TikTok|YouTube|Apple|
Microsoft|Amazon|Netflix|Samsung|Huawei|Xiaomi|Oppo|Vivo|Sony|Toyota|Honda|
Suzuki|Yamaha|Mitsubishi|Nissan|Hyundai|Tesla|Boeing|Airbus|Nike|Adidas|
Coca-Cola|McDonald's|Starbucks|Uber|OpenAI|Alibaba|Tencent|ByteDance|
Spotify|Disney|Warner Bros|Intel|Nvidia|IBM|Oracle|ExxonMobil|
Chevron|Petronas|Real Madrid|Barcelona FC|FC Barcelona|Manchester United|
Manchester City|Liverpool FC|Chelsea|Arsenal|Tottenham|Juventus|AC Milan|
Inter Milan|Bayern Munich|Bayern Muenchen|Persib|Persija|Arema|Persebaya|
PSM Makassar|PSIS|Bali United|Persipura|UFC|NBA|MotoGP|Formula 1|
Universitas Indonesia|UI|UGM|Universitas Gadjah Mada|ITB|IPB|ITS|UNAIR|
Universitas Airlangga|Undip|Universitas Diponegoro|Unpad|
Universitas Padjadjaran|Unila|Universitas Lampung|UIN|UMY|UNS|UNY|UNJ|
Harvard|Harvard University|MIT|Stanford|Oxford|Cambridge|Yale|
Polri|TNI|Kopassus|Brimob|Densus 88|Bareskrim|Kejagung|
Kejaksaan Agung|Mahkamah Agung|Mahkamah Konstitusi|Kadin Indonesia|
Gedung Putih|White House|Kremlin|Pentagon|
FBI|CIA|NASA|Hamas|Hizbullah|Hezbollah|Taliban|ISIS|Al Qaeda|Al-Qaeda"""

# Persons news names by one word or an acronym, and heads of state.
PERSONS = """Jokowi|Joko Widodo|SBY|Susilo Bambang Yudhoyono|JK|Jusuf Kalla|
Ahok|Basuki Tjahaja Purnama|Megawati|Megawati Soekarnoputri|Prabowo|
Prabowo Subianto|Gibran|Gibran Rakabuming Raka|Ma'ruf Amin|Anies Baswedan|
Ganjar Pranowo|Soekarno|Sukarno|Soeharto|Suharto|Habibie|B.J. Habibie|
Gus Dur|Abdurrahman Wahid|Boediono|Sri Mulyani|Donald Trump|Joe Biden|
Barack Obama|Hillary Clinton|Vladimir Putin|Xi Jinping|Kim Jong-un|
Kim Jong Un|Shinzo Abe|Narendra Modi|Recep Tayyip Erdogan|Benjamin Netanyahu|
Volodymyr Zelensky|Emmanuel Macron|Angela Merkel|Anwar Ibrahim|Mahathir|
Mahathir Mohamad|Lee Hsien Loong|Paus Fransiskus|Pope Francis"""

for k, label, kind, text in (("", "PERSON", "per", PERSONS),
                             ("", "LOC", "place", COUNTRIES),
                             ("", "LOC", "place", CITIES),
                             ("", "ORG", "org", ORGS)):
    for name in text.replace("\n", "").split("|"):
        name = name.strip()
        if name:
            add(name, label, name, kind)

# Wilayah: provinces, regencies and cities by short name, districts.
for r in tsv(root + "/wilayah/wilayah_prov_kab_kec.tsv"):
    if r[1] == "provinsi":
        add(r[2], "LOC", r[2], "prov")
for r in tsv(root + "/wilayah/kab_kota_short_names.tsv"):
    add(r[2], "LOC", r[2], "kab")
add("DKI Jakarta", "LOC", "DKI Jakarta", "prov")
add("DKI", "LOC", "DKI Jakarta", "abbr")
for r in tsv(root + "/wilayah/wilayah_prov_kab_kec.tsv"):
    if r[1] == "kecamatan" and len(r[2]) >= 4:
        add(r[2], "LOC", r[2], "kec")

# Region abbreviations (Lamtim -> Lampung Timur).
for r in tsv(root + "/compiled/region_abbreviations.tsv"):
    canon = r[1]
    if "(" in canon:
        continue
    add(r[0], "LOC", canon, "abbr")

# Government acronyms and their expansions; terms are not entities.
SKIP = ("budget_term", "term", "time_zone", "law", "law_prefix",
        "event_term", "procurement_term", "procurement_role", "type",
        "ministry_portfolio", "court/term")
for r in tsv(root + "/compiled/gov_org_acronyms.tsv"):
    if len(r) < 3 or r[2] in SKIP:
        continue
    label = "LOC" if r[2] in ("country", "public_facility") else "ORG"
    exp = r[1].split(";")[0].split(" / ")[0].strip()
    if "(" in exp:
        exp = exp[:exp.index("(")].strip()
    regional = r[2] in ("legislature", "police", "military", "prosecution",
                        "election_body", "regional_government",
                        "regional_agency", "public_facility")
    add(r[0], label, exp, "acrR" if regional else "acr")
    if len(exp.split()) >= 2:
        add(exp, label, exp, "exp")

print("# ent_gazetteer.tsv: places and organisations kutip knows by name.")
print("# Columns: key (lower case), label, canonical name, kind (prov kab kec")
print("# place abbr acr acrR exp org; acrR: takes a region, Polda Lampung),\n# form as written.  Generated by src/data/ent_gen.py from")
print("# wilayah (MIT, (c) 2017-2025 Cahya DSN, github.com/cahyadsn/wilayah),")
print("# kutip's compiled gov_org_acronyms.tsv and region_abbreviations.tsv,")
print("# and lists of countries, world places and organisations written for")
print("# kutip (see ent_gen.py).")
for k in sorted(rows, key=lambda s: s.encode()):
    label, canon, kind, form = rows[k]
    print("%s\t%s\t%s\t%s\t%s" % (k, label, canon, kind, form))

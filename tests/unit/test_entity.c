/*
 * test_entity.c: the entity rules and linking (src/entity.c,
 * src/ent_value.c).  Table-driven: each case is a piece of news text and
 * an entity a user must see in the output, with its canonical name, role,
 * value, currency and number of mentions; or an entity that must not be
 * there.  The text goes straight to ent_find() and ent_link(), so the
 * cases do not depend on the normalizer or the segmenter.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "arena.h"
#include "article.h"
#include "entity.h"

struct ent_case {
	const char	*text;
	int		 label;
	const char	*name;		/* canonical name */
	const char	*role;		/* PERSON role, or NULL: not checked */
	const char	*value;		/* JSON text, or NULL: not checked */
	const char	*currency;
	int		 mentions;	/* -1: not checked, 0: must be absent */
};

#define P	ENT_PERSON
#define O	ENT_ORG
#define L	ENT_LOC
#define D	ENT_DATE
#define M	ENT_MONEY
#define PC	ENT_PERCENT

static const struct ent_case cases[] = {
	/* PERSON after titles, offices, ranks, honorifics */
	{ "Pelaksana tugas (Plt) Bupati Lampung Timur Zaiful Bokhari "
	  "menjelaskan, ulah hacker diduga menjadi penyebab. Lebih lanjut "
	  "Zaiful menjelaskan hal itu.", P, "Zaiful Bokhari",
	  "Pelaksana tugas (Plt) Bupati Lampung Timur", NULL, NULL, 2 },
	{ "Plt. Bupati Lampung Timur Zaiful Bokhari hadir.", P,
	  "Zaiful Bokhari", "Plt. Bupati Lampung Timur", NULL, NULL, 1 },
	{ "Kepala Bagian Layanan Pengadaan Sekretariat Kabupaten Lampung "
	  "Timur Maryono menjelaskan, server mengalami gangguan.", P,
	  "Maryono", "Kepala Bagian Layanan Pengadaan Sekretariat Kabupaten "
	  "Lampung Timur", NULL, NULL, 1 },
	{ "Kasus itu ditangani Ajun Komisaris Roland Manurung dari polres.",
	  P, "Roland Manurung", NULL, NULL, NULL, 1 },
	{ "Menurut Menteri Keuangan Sri Mulyani Indrawati, defisit aman.",
	  P, "Sri Mulyani Indrawati", "Menteri Keuangan", NULL, NULL, 1 },
	{ "Hal itu disampaikan Presiden Direktur PT Doo Financial Futures "
	  "Ariston Tjendra di Jakarta.", P, "Ariston Tjendra", NULL, NULL,
	  NULL, 1 },
	{ "Pertemuan itu dihadiri Pak Maryono dan warga desa.", P,
	  "Maryono", NULL, NULL, NULL, 1 },
	{ "The deal was announced by Mr. John Smith on Monday.", P,
	  "John Smith", NULL, NULL, NULL, 1 },
	/* the office runs over connectors, an acronym in parentheses and
	   a second office after a slash */
	{ "Tersangka lain, Plt Kepala Dinas Pekerjaan Umum dan Perumahan "
	  "Rakyat (PUPR) Provinsi Jambi Arfan, ditahan.", P, "Arfan",
	  "Plt Kepala Dinas Pekerjaan Umum dan Perumahan Rakyat (PUPR) "
	  "Provinsi Jambi", NULL, NULL, 1 },
	{ "Direktur Research and Investment Pilarmas Investindo Sekuritas "
	  "Maximilianus Nico Demus mengatakan itu.", P,
	  "Maximilianus Nico Demus", NULL, NULL, NULL, 1 },
	{ "Hal itu kata Kepala Bagian Humas dan Umum Ditjen Imigrasi Agung "
	  "Sampurno di Jakarta.", P, "Agung Sampurno",
	  "Kepala Bagian Humas dan Umum Ditjen Imigrasi", NULL, NULL, 1 },
	{ "Menteri Investasi dan Hilirisasi/Kepala Badan Koordinasi "
	  "Penanaman Modal (BKPM) Rosan Roeslani mengatakan itu.", P,
	  "Rosan Roeslani", NULL, NULL, NULL, 1 },
	/* an office abbreviated: Mendikdasmen is the role, not the name */
	{ "Hal itu kata Mendikdasmen Abdul Mu'ti di Jakarta.", P,
	  "Abdul Mu'ti", "Mendikdasmen", NULL, NULL, 1 },
	/* a body the lexicon knows after an office is no person */
	{ "Terdakwa lain, Direktur Data dan Informasi Kemendagri, Sugiharto, "
	  "hadir.", P, "Kemendagri", NULL, NULL, NULL, 0 },
	/* a spaced hyphen inside a Korean given name */
	{ "Menurut pemerintahan Kim Jong - un, hal itu pelanggaran.", P,
	  "Kim Jong - un", NULL, NULL, NULL, 1 },
	/* a lone capital letter is a label, a camel-case word a brand */
	{ "Perangkat ADS - B dipasang di bandara.", P, "B", NULL, NULL, NULL,
	  0 },
	{ "Ia pernah bekerja di toko PacSun dan kafe.", O, "PacSun", NULL,
	  NULL, NULL, 1 },
	{ "Ia menantang Conor McGregor lagi.", P, "Conor McGregor", NULL, NULL,
	  NULL, 1 },
	/* a guessed person named as a place elsewhere is that place */
	{ "Mereka kabur dari perusahaan di Kota Chrey Thum, Kamboja. Warga "
	  "melarikan diri dari kota Chrey Thum kemarin.", L, "Chrey Thum",
	  NULL, NULL, NULL, 2 },
	/* a title alone names nobody */
	{ "Plt. Bupati : Saat Ini Masih Diperbaiki", P, "Bupati", NULL,
	  NULL, NULL, 0 },
	/* name parts and shared surnames */
	{ "Zbigniew Brzezinski wafat. Putrinya, Mika Brzezinski, berduka. "
	  "Zbigniew Brzezinski dikenal luas.", P, "Zbigniew Brzezinski",
	  NULL, NULL, NULL, 2 },
	{ "Zumi Zola Zulkifli diperiksa. Zumi Zola membantah. Zumi pulang.",
	  P, "Zumi Zola Zulkifli", NULL, NULL, NULL, 3 },
	/* an appositive office in lower case belongs to the name before */
	{ "Zbigniew Brzezinski, penasihat keamanan nasional Presiden Amerika "
	  "Jimmy Carter meninggal.", P, "Jimmy Carter", "Presiden Amerika",
	  NULL, NULL, 1 },
	/* a district's name inside a person's; a given name before a
	   person the lexicon knows */
	{ "Mahasiswa bernama Muhammad Nuri Nuha Naufal lulus.", P,
	  "Muhammad Nuri Nuha Naufal", NULL, NULL, NULL, 1 },
	{ "Istrinya, Ny Herawati Boediono, hadir.", P, "Herawati Boediono",
	  NULL, NULL, NULL, 1 },
	/* one-word districts are often given names: a place only where
	   places stand */
	{ "Anggota Komisi III melihat Bambang memiliki kemampuan.", P,
	  "Bambang", NULL, NULL, NULL, 1 },
	{ "Anggota Komisi III melihat Bambang memiliki kemampuan.", L,
	  "Bambang", NULL, NULL, NULL, 0 },
	/* a company named by its last word inside a role */
	{ "Sementara itu, analis Binaartha Sekuritas Ivan Rosanova "
	  "mengatakan itu.", O, "Binaartha Sekuritas", NULL, NULL, NULL, 1 },
	/* an office's body, a comma, then the name */
	{ "Pemilik Warung Bakso Remaja Gading, Thirthania Laura Damayanthie "
	  "mengatakan itu.", P, "Thirthania Laura Damayanthie",
	  "Pemilik Warung Bakso Remaja Gading", NULL, NULL, 1 },
	{ "Pemilik Warung Bakso Remaja Gading, Thirthania Laura Damayanthie "
	  "mengatakan itu.", O, "Warung Bakso Remaja Gading", NULL, NULL, NULL,
	  1 },
	/* a section heading on its own line is no name; a name is */
	{ "Rapat digelar kemarin.\n\nBahas Anggaran\n\nRapat berlanjut.", P,
	  "Bahas Anggaran", NULL, NULL, NULL, 0 },
	{ "Rapat digelar kemarin.\n\nZaiful Bokhari\n", P,
	  "Zaiful Bokhari", NULL, NULL, NULL, 1 },
	/* a short form of the given name */
	{ "Sandiaga Uno merapat ke partai itu. Sandi ingin maju lagi.", P,
	  "Sandiaga Uno", NULL, NULL, NULL, 2 },
	/* ORG: government patterns, acronyms, companies */
	{ "Pemerintah Kabupaten Lampung Timur masih melakukan perbaikan.",
	  O, "Pemerintah Kabupaten Lampung Timur", NULL, NULL, NULL, 1 },
	{ "Laporan dikirim ke Unit Cyber Polda Lampung kemarin.", O,
	  "Unit Cyber Polda Lampung", NULL, NULL, NULL, 1 },
	{ "Laporan dikirim ke Polda Lampung kemarin.", O, "Polda Lampung",
	  NULL, NULL, NULL, 1 },
	{ "Pemkab Lamtim telah berkoordinasi.", O, "Pemkab Lamtim", NULL,
	  NULL, NULL, 1 },
	/* a regional acronym links to the body written out */
	{ "Pemerintah Kabupaten Lampung Timur memperbaiki server. Pemkab "
	  "Lamtim telah berkoordinasi.", O,
	  "Pemerintah Kabupaten Lampung Timur", NULL, NULL, NULL, 2 },
	/* a known body's building is a place */
	{ "Hal itu kata Agus di Gedung KPK, Jakarta.", L, "Gedung KPK", NULL,
	  NULL, NULL, 1 },
	{ "Kegiatan pada Dinas Perpustakaan dan Kearsipan berjalan.", O,
	  "Dinas Perpustakaan dan Kearsipan", NULL, NULL, NULL, 1 },
	{ "Saham PT Bank Rakyat Indonesia (Persero) Tbk naik.", O,
	  "PT Bank Rakyat Indonesia (Persero) Tbk", NULL, NULL, NULL, 1 },
	{ "Ia kuliah di Universitas Gadjah Mada dan Harvard University.", O,
	  "Harvard University", NULL, NULL, NULL, 1 },
	/* acronyms defined in the text or known to the lexicon */
	{ "Server Lembaga Pengadaan Secara Elektronik (LPSE) diretas. "
	  "Kini LPSE diperbaiki.", O, "Lembaga Pengadaan Secara Elektronik",
	  NULL, NULL, NULL, 2 },
	{ "Data LPSE (Layanan Pengadaan Secara Elektronik) hilang.", O,
	  "Layanan Pengadaan Secara Elektronik", NULL, NULL, NULL, 1 },
	{ "Ia diperiksa Komisi Pemberantasan Korupsi (KPK). Juru bicara "
	  "KPK membenarkan.", O, "Komisi Pemberantasan Korupsi", NULL, NULL,
	  NULL, 2 },
	/* the long form is the capitalised run before "(", not a body
	   named a few words back */
	{ "Ketua Partai Gerindra itu merapat ke Partai Persatuan Pembangunan "
	  "(PPP). Ia dan PPP saling membutuhkan.", O,
	  "Partai Persatuan Pembangunan", NULL, NULL, NULL, 2 },
	{ "Indeks bergerak pada awal perdagangan Bursa Efek Indonesia (BEI) "
	  "pagi ini.", O, "Bursa Efek Indonesia", NULL, NULL, NULL, 1 },
	/* a capitalised term defined by an acronym is no body */
	{ "Pajak dipungut lewat Perdagangan Melalui Sistem Elektronik "
	  "(PMSE) tahun ini.", O, "Perdagangan Melalui Sistem Elektronik",
	  NULL, NULL, NULL, 0 },
	/* a mixed-case acronym defined in the text, used alone later */
	{ "Dana untuk Kementerian Pendidikan Dasar dan Menengah "
	  "(Kemendikdasmen) naik. Kemudian Kemendikdasmen menggelar rapat.", O,
	  "Kementerian Pendidikan Dasar dan Menengah", NULL, NULL, NULL, 2 },
	/* two bodies joined by "dan": the second one known by name */
	{ "Kader Partai Demokrasi Indonesia Perjuangan dan Nasional Demokrat "
	  "ikut mengawal.", O, "Nasional Demokrat", NULL, NULL, NULL, 1 },
	/* a body's name runs into no person's after a known party */
	{ "Anggota Fraksi Partai Demokrat Saan Mustopa bicara.", O,
	  "Fraksi Partai Demokrat", NULL, NULL, NULL, 1 },
	{ "Ketua DPD Partai Demokrat Bali I Made Mudharta hadir.", P,
	  "I Made Mudharta", NULL, NULL, NULL, 1 },
	/* a ministry's acronym leaves out its head; a bare acronym later
	   joins the body however it was found */
	{ "Ia didukung Kementerian Energi dan Sumber Daya Mineral (ESDM), "
	  "termasuk Menteri ESDM Bahlil Lahadalia. Kata ESDM, itu benar.", O,
	  "Kementerian Energi dan Sumber Daya Mineral", NULL, NULL, NULL, 2 },
	/* terms, not bodies */
	{ "Jumlah WNI yang kabur bertambah.", O, "WNI", NULL, NULL, NULL, 0 },
	/* media and clubs by their last word */
	{ "Hal itu disampaikan Paolini kepada TYC Sports pekan lalu.", O,
	  "TYC Sports", NULL, NULL, NULL, 1 },
	/* known to the lexicon; named as the text writes it */
	{ "Itu saran LKPP kepada panitia. LKPP setuju.", O, "LKPP", NULL,
	  NULL, NULL, 2 },
	{ "Pemkab berkoordinasi dengan lembaga pengadaan barang/jasa "
	  "pemerintah (LKPP) dan KPK.", O, "LKPP", NULL, NULL, NULL, 1 },
	/* a body named by its head and by its name alone */
	{ "Kader Partai Golkar hadir. Golkar menang.", O, "Partai Golkar",
	  NULL, NULL, NULL, 2 },
	/* two bodies in a row */
	{ "Pejabat Direktorat Jenderal Imigrasi Kementerian Hukum dan HAM "
	  "datang.", O, "Kementerian Hukum dan HAM", NULL, NULL, NULL, 1 },
	/* shouting is no acronym */
	{ "SCROLL TO CONTINUE WITH CONTENT", O, "CONTINUE", NULL, NULL, NULL,
	  0 },
	{ "Calon presiden dari Partai Republik Donald Trump berbicara.", O,
	  "Partai Republik", NULL, NULL, NULL, 1 },
	{ "Wakil Ketua Komisi X DPR My Esti Wijayati memperkirakan biaya.",
	  P, "My Esti Wijayati", "Wakil Ketua Komisi X DPR", NULL, NULL, 1 },
	/* a term defined in lower case is no entity */
	{ "Proyek dari dana alokasi khusus (DAK) dan DAK lain.", O, "DAK",
	  NULL, NULL, NULL, 0 },
	/* LOC: regions, abbreviations, places, streets */
	{ "Pembangunan di Lampung Timur dan Lamtim tidak terhambat.", L,
	  "Lampung Timur", NULL, NULL, NULL, 2 },
	/* a place after an administrative unit is named without it */
	{ "Proyek dialihkan ke LPSE Provinsi Lampung tahun ini.", L,
	  "Lampung", NULL, NULL, NULL, 1 },
	{ "Ia tinggal di Kelurahan Cipinang, Jakarta Timur.", L, "Cipinang",
	  NULL, NULL, NULL, 1 },
	{ "Ia tinggal di Kelurahan Cipinang, Jakarta Timur.", L,
	  "Jakarta Timur", NULL, NULL, NULL, 1 },
	/* an abbreviation is named in full when the text writes it out */
	{ "Warga NTT dan NTB datang.", L, "NTT", NULL, NULL, NULL, 1 },
	{ "Kemacetan terjadi di Jalan Gatot Subroto sejak siang.", L,
	  "Jalan Gatot Subroto", NULL, NULL, NULL, 1 },
	{ "Warga Desa Sukamaju mengungsi.", L, "Sukamaju", NULL, NULL,
	  NULL, 1 },
	/* a run of names never crosses a paragraph */
	{ "Acara di Plaza Sudirman\n\nDengan tiket murah.", L,
	  "Plaza Sudirman", NULL, NULL, NULL, 1 },
	/* ordinary words capitalised are no persons */
	{ "Sistem Navigasi itu baru. Surat dikirim.", P, "Sistem Navigasi",
	  NULL, NULL, NULL, 0 },
	{ "Delegasi tiba di Phnom Penh, Kamboja, kemarin.", L, "Kamboja",
	  NULL, NULL, NULL, 1 },
	{ "The talks in New York ended.", L, "New York", NULL, NULL, NULL,
	  1 },
	/* a one-word guess in a list of persons is a person */
	{ "Pemainnya Beby Tsabina, Jaja Mihardja, Tarzan, dan Aviani Malik.",
	  P, "Tarzan", NULL, NULL, NULL, 1 },
	/* an unknown name where a place stands */
	{ "Arus padat dari arah Senayan menuju Slipi dan Semanggi.", L,
	  "Semanggi", NULL, NULL, NULL, 1 },
	{ "Dalam kampanye di Pensacola, Florida, ia berhenti.", L,
	  "Pensacola", NULL, NULL, NULL, 1 },
	/* a country naming its people is no place, unless named as one */
	{ "Serangan militer Israel berlanjut.", L, "Israel", NULL, NULL,
	  NULL, 0 },
	{ "Warga Palestina di Palestina berdemo.", L, "Palestina", NULL,
	  NULL, NULL, 2 },
	/* DATE */
	{ "Rapat digelar pada 9 Juli 2019 di kantor bupati.", D,
	  "9 Juli 2019", NULL, "\"2019-07-09\"", NULL, 1 },
	{ "Proyek DAK 2019 dibahas. Hal itu kata Zaiful, Selasa (9/7).", D,
	  "Selasa (9/7)", NULL, "\"2019-07-09\"", NULL, 1 },
	{ "Kegiatan tahun anggaran 2019 sebesar itu.", D,
	  "tahun anggaran 2019", NULL, "\"2019\"", NULL, 1 },
	{ "Sidang digelar Selasa (2/12/2014) pagi.", D,
	  "Selasa (2/12/2014)", NULL, "\"2014-12-02\"", NULL, 1 },
	{ "It happened on July 9, 2019 in Ohio.", D, "July 9, 2019", NULL,
	  "\"2019-07-09\"", NULL, 1 },
	/* MONEY */
	{ "Dana sebesar Rp78,7 miliar dialihkan.", M, "Rp78,7 miliar", NULL,
	  "78700000000", "IDR", 1 },
	{ "Biaya Rp 3,5 juta per orang.", M, "Rp 3,5 juta", NULL, "3500000",
	  "IDR", 1 },
	{ "Bantuan US$5 juta diterima.", M, "US$5 juta", NULL, "5000000",
	  "USD", 1 },
	{ "Nilainya Rp1,2 triliun.", M, "Rp1,2 triliun", NULL,
	  "1200000000000", "IDR", 1 },
	{ "Harganya Rp1.500.000,00 saja.", M, "Rp1.500.000,00", NULL,
	  "1500000", "IDR", 1 },
	{ "The firm raised $5 million last year.", M, "$5 million", NULL,
	  "5000000", "USD", 1 },
	{ "Profits jumped to $1.13bn (£600m) this year.", M, "$1.13bn", NULL,
	  "1130000000", "USD", 1 },
	{ "Profits jumped to $1.13bn (£600m) this year.", M, "£600m", NULL,
	  "600000000", "GBP", 1 },
	/* the scanner's fast paths: "Rp" cut from a number in any case
	   and at the text's end; a word in capitals; a weekday date */
	{ "Dana RP78,7 miliar dialihkan tahun lalu.", M, "RP78,7 miliar",
	  NULL, "78700000000", "IDR", 1 },
	{ "Harganya naik menjadi Rp5", M, "Rp5", NULL, "5", "IDR", 1 },
	{ "Presiden JOKOWI datang ke Jakarta pada Senin, 9 Juli 2019.", D,
	  "Senin, 9 Juli 2019", NULL, "\"2019-07-09\"", NULL, 1 },
	{ "Presiden JOKOWI datang ke Jakarta pada Senin, 9 Juli 2019.", P,
	  "Jokowi", NULL, NULL, NULL, 1 },
	/* English: possessives, nationalities, acronyms in capitals only */
	{ "Time Warner said AOL's users left.", O, "AOL", NULL, NULL, NULL,
	  1 },
	{ "The German firm Bertelsmann sold.", P, "German", NULL, NULL, NULL,
	  0 },
	{ "Its profits rose.", O, "ITS", NULL, NULL, NULL, 0 },
	{ "Utang 2,5 juta dolar AS dibayar.", M, "2,5 juta dolar AS", NULL,
	  "2500000", "USD", 1 },
	/* PERCENT */
	{ "Inflasi naik 12,35 persen tahun ini.", PC, "12,35 persen", NULL,
	  "12.35", NULL, 1 },
	{ "Growth was 5.5% in the quarter.", PC, "5.5%", NULL, "5.5", NULL,
	  1 },
	/* a defined long form of name words is a person, unless a title or
	   honorific inside makes it a place named after one */
	{ "Konser di Gelora Bung Karno (GBK) ramai.", P, "Gelora Bung Karno",
	  NULL, NULL, NULL, 0 },
	{ "Konser di Gelora Bung Karno (GBK) ramai.", O, "Gelora Bung Karno",
	  NULL, NULL, NULL, 1 },
	{ "Kemarin Ridwan Kamil (RK) hadir.", P, "Ridwan Kamil", NULL, NULL,
	  NULL, 1 },
	/* an office with no name after it ends in an office word */
	{ "Menteri Tenaga Kerja dan Transmigrasi mengatakan hal itu.", P,
	  "Transmigrasi", NULL, NULL, NULL, 0 },
	{ "Jaksa Agung Muda Pidana Umum juga hadir.", P, "Umum", NULL, NULL,
	  NULL, 0 },
	{ "Menteri Hukum dan HAM menolak.", P, "HAM", NULL, NULL, NULL, 0 },
	{ "Menteri Hukum dan HAM Yasonna Laoly menolak.", P, "Yasonna Laoly",
	  "Menteri Hukum dan HAM", NULL, NULL, 1 },
	/* guesses: capitalised words that are no names */
	{ "Kekalahan itu menyakitkan bagi tim.", P, "Kekalahan", NULL, NULL,
	  NULL, 0 },
	{ "Ia bertemu Budi Santoso di pasar.", P, "Budi Santoso", NULL, NULL,
	  NULL, 1 },
};

static const struct entity *
find(const struct article *a, int label, const char *name)
{
	size_t i;

	for (i = 0; i < a->nentities; i++)
		if (a->entities[i].label == label &&
		    strcmp(a->entities[i].name, name) == 0)
			return &a->entities[i];
	return NULL;
}

static void
run(struct ent_finder *f, struct arena *ar, struct article *a,
    const char *text)
{
	memset(a, 0, sizeof(*a));
	a->arena = ar;
	a->text = arena_strndup(ar, text, strlen(text));
	a->len = strlen(text);
	a->lang = ART_LANG_ID;
	ent_find(f, a);
	ent_link(f, a);
}

static int
check_case(struct ent_finder *f, size_t i)
{
	const struct ent_case *c = &cases[i];
	const struct entity *e;
	struct arena ar;
	struct article a;
	int bad = 0;

	arena_init(&ar);
	run(f, &ar, &a, c->text);
	e = find(&a, c->label, c->name);
	if (c->mentions == 0)
		bad = e != NULL;
	else if (e == NULL)
		bad = 1;
	else if (c->role != NULL && (e->role == NULL ||
	    strcmp(e->role, c->role) != 0))
		bad = 1;
	else if (c->value != NULL && (e->value == NULL ||
	    strcmp(e->value, c->value) != 0))
		bad = 1;
	else if (c->currency != NULL && (e->currency == NULL ||
	    strcmp(e->currency, c->currency) != 0))
		bad = 1;
	else if (c->mentions > 0 && (int)e->nmentions != c->mentions)
		bad = 1;
	if (bad) {
		size_t k;

		print_error("case %zu: want %s %s; got:\n", i, c->name,
		    c->mentions ? "" : "absent");
		for (k = 0; k < a.nentities; k++)
			print_error("  %d %s role=%s value=%s cur=%s n=%zu\n",
			    a.entities[k].label, a.entities[k].name,
			    a.entities[k].role ? a.entities[k].role : "-",
			    a.entities[k].value ? a.entities[k].value : "-",
			    a.entities[k].currency ? a.entities[k].currency :
			    "-", a.entities[k].nmentions);
	}
	arena_release(&ar);
	return bad;
}

static void
test_cases(void **state)
{
	struct ent_finder *f = ent_new();
	size_t i;
	int bad = 0;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		bad += check_case(f, i);
	ent_free(f);
	assert_int_equal(bad, 0);
}

/* Entities come in order of first mention, mentions in text order. */
static void
test_order(void **state)
{
	struct ent_finder *f = ent_new();
	struct arena ar;
	struct article a;
	size_t i, j;

	(void)state;
	arena_init(&ar);
	run(f, &ar, &a, "Zaiful datang. Plt. Bupati Lampung Timur Zaiful "
	    "Bokhari lalu menemui KPK di Jakarta. Zaiful pulang.");
	assert_true(a.nentities >= 3);
	for (i = 1; i < a.nentities; i++)
		assert_true(a.entities[i - 1].mentions[0].start <
		    a.entities[i].mentions[0].start);
	for (i = 0; i < a.nentities; i++)
		for (j = 1; j < a.entities[i].nmentions; j++)
			assert_true(a.entities[i].mentions[j - 1].start <
			    a.entities[i].mentions[j].start);
	arena_release(&ar);
	ent_free(f);
}

/* ent_add(): the quote stage links a speaker to an entity, or makes one. */
static void
test_add(void **state)
{
	static const char text[] = "Plt. Bupati Lampung Timur Zaiful Bokhari "
	    "hadir. \"Kami siap,\" kata Zaiful. \"Ya,\" ujar Maryono.";
	struct ent_finder *f = ent_new();
	struct arena ar;
	struct article a;
	const char *z, *m;
	int i, j, n;

	(void)state;
	arena_init(&ar);
	run(f, &ar, &a, text);
	z = strstr(text + 30, "Zaiful.");
	m = strstr(text, "Maryono");
	i = ent_add(&a, ENT_PERSON, (uint32_t)(z - text),
	    (uint32_t)(z - text + 6), NULL);
	assert_true(i >= 0);
	assert_string_equal(a.entities[i].name, "Zaiful Bokhari");
	assert_int_equal(ent_at(&a, (uint32_t)(z - text),
	    (uint32_t)(z - text + 6)), i);
	n = (int)a.nentities;
	j = ent_add(&a, ENT_PERSON, (uint32_t)(m - text),
	    (uint32_t)(m - text + 7), "Kepala Bagian");
	assert_string_equal(a.entities[j].name, "Maryono");
	assert_true((int)a.nentities == n || j < n);
	assert_string_equal(a.entities[j].role, "Kepala Bagian");
	/* a new speaker nobody named before */
	n = (int)a.nentities;
	j = ent_add(&a, ENT_PERSON, 0, 4, NULL);
	assert_true(j >= 0);
	arena_release(&ar);
	ent_free(f);
}

/*
 * A model PERSON that opens with a word the lexicons know is no name
 * (an office, "Humas"; an English noun, "Showcase"; alone, an ordinary
 * word, "Sang") only links; a name of ordinary words stands.
 */
static void
test_model_words(void **state)
{
	static const char text[] = "Kata Humas kemarin, Sang juara hadir di "
	    "Showcase Walls bersama Indah Permata.";
	static const char *const model[] = { "Humas", "Sang",
	    "Showcase Walls", "Indah Permata" };
	static const char *const absent[] = { "Humas", "Sang",
	    "Showcase Walls" };
	struct ent_finder *f = ent_new();
	struct arena ar;
	struct article a;
	size_t i, n = sizeof(model) / sizeof(model[0]);

	(void)state;
	arena_init(&ar);
	memset(&a, 0, sizeof(a));
	a.arena = &ar;
	a.text = arena_strndup(&ar, text, strlen(text));
	a.len = strlen(text);
	a.lang = ART_LANG_ID;
	ent_find(f, &a);
	a.cands = arena_grow(&ar, a.cands, a.ncands * sizeof(*a.cands),
	    (a.ncands + n) * sizeof(*a.cands));
	for (i = 0; i < n; i++) {
		struct ent_cand *c = &a.cands[a.ncands++];
		const char *p = strstr(text, model[i]);

		memset(c, 0, sizeof(*c));
		c->start = (uint32_t)(p - text);
		c->end = c->start + (uint32_t)strlen(model[i]);
		c->label = ENT_PERSON;
		c->source = ENT_SRC_MODEL;
		c->score = 750;
	}
	ent_link(f, &a);
	for (i = 0; i < sizeof(absent) / sizeof(absent[0]); i++)
		if (find(&a, ENT_PERSON, absent[i]) != NULL)
			fail_msg("PERSON %s", absent[i]);
	assert_non_null(find(&a, ENT_PERSON, "Indah Permata"));
	arena_release(&ar);
	ent_free(f);
}

/* The outlet and the dateline's place, taken out of the text, come first. */
static void
test_dateline(void **state)
{
	struct ent_finder *f = ent_new();
	struct arena ar;
	struct article a;
	static const char text[] = "Presiden Joko Widodo tiba di Bandung.";

	(void)state;
	arena_init(&ar);
	memset(&a, 0, sizeof(a));
	a.arena = &ar;
	a.text = arena_strndup(&ar, text, strlen(text));
	a.len = strlen(text);
	a.source = "KOMPAS.com";
	a.dateline = "JAKARTA";
	ent_find(f, &a);
	ent_link(f, &a);
	assert_true(a.nentities >= 4);
	assert_int_equal(a.entities[0].label, ENT_ORG);
	assert_string_equal(a.entities[0].name, "KOMPAS.com");
	assert_int_equal(a.entities[0].nmentions, 0);
	assert_int_equal(a.entities[1].label, ENT_LOC);
	assert_string_equal(a.entities[1].name, "Jakarta");
	assert_string_equal(a.entities[2].name, "Joko Widodo");
	arena_release(&ar);
	ent_free(f);
}

/* Pathological input stays linear and never crashes. */
/*
 * Short names link as in a short article when many persons come before
 * (a long article of joined texts): person_of() and nickname_of() walk
 * lists there, not every group.
 */
static void
test_many_persons(void **state)
{
	static const struct {
		const char	*text, *name;
		size_t		 n;
	} c[] = {
		{ "Zbigniew Brzezinski wafat. Putrinya, Mika Brzezinski, "
		  "berduka. Zbigniew Brzezinski dikenal luas.",
		  "Zbigniew Brzezinski", 2 },
		{ "Zumi Zola Zulkifli diperiksa. Zumi Zola membantah. "
		  "Zumi pulang.", "Zumi Zola Zulkifli", 3 },
		{ "Sandiaga Uno merapat ke partai itu. Sandi ingin maju "
		  "lagi.", "Sandiaga Uno", 2 }
	};
	struct ent_finder *f = ent_new();
	struct arena ar;
	struct article a;
	const struct entity *e;
	static char text[16384];
	size_t i, k, m;

	(void)state;
	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		m = 0;
		for (k = 0; k < 100; k++)
			m += (size_t)snprintf(text + m, sizeof(text) - m,
			    "Bupati Wira%c%c Kusuma%c%c hadir. ",
			    'a' + (int)(k / 26), 'a' + (int)(k % 26),
			    'a' + (int)(k % 26), 'a' + (int)(k / 26));
		snprintf(text + m, sizeof(text) - m, "%s", c[i].text);
		arena_init(&ar);
		run(f, &ar, &a, text);
		e = find(&a, ENT_PERSON, c[i].name);
		assert_non_null(e);
		assert_int_equal(e->nmentions, c[i].n);
		arena_release(&ar);
	}
	ent_free(f);
}

static void
test_pathological(void **state)
{
	struct ent_finder *f = ent_new();
	struct arena ar;
	struct article a;
	static char big[200001];
	size_t i;

	(void)state;
	for (i = 0; i + 1 < sizeof(big); i++)
		big[i] = "A (B) Rp1. 9/7 Dr. "[i % 19];
	big[sizeof(big) - 1] = '\0';
	arena_init(&ar);
	run(f, &ar, &a, big);
	arena_release(&ar);
	arena_init(&ar);
	run(f, &ar, &a, "");
	assert_int_equal(a.nentities, 0);
	run(f, &ar, &a, "(");
	run(f, &ar, &a, "Rp");
	run(f, &ar, &a, "Selasa (");
	arena_release(&ar);
	ent_free(f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cases),
		cmocka_unit_test(test_order),
		cmocka_unit_test(test_add),
		cmocka_unit_test(test_model_words),
		cmocka_unit_test(test_dateline),
		cmocka_unit_test(test_many_persons),
		cmocka_unit_test(test_pathological),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

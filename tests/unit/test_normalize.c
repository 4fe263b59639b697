/*
 * test_normalize.c: the normalize stage (src/normalize.c, norm_char.c,
 * norm_boiler.c).  Table-driven: each case is a raw article and the text,
 * title, outlet, dateline, credits and repairs a user would see in the doc
 * record.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "arena.h"
#include "article.h"
#include "normalize.h"

/* the tables leave the trailing fields out */
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

struct norm_case {
	const char	*in;
	const char	*want;
	unsigned	 repairs;	/* bits that must be set */
	const char	*title;		/* NULL: none expected */
	const char	*source;
	const char	*dateline;
	const char	*credit;	/* the first credit, or NULL */
	const char	*in_title;	/* JSONL title field */
};

static const struct norm_case norm_cases[] = {
	/* backslash escapes, when the text shows them */
	{ "\\\"Kami telah melaporkan,\\\" jelas Maryono.",
	    "\"Kami telah melaporkan,\" jelas Maryono.", ART_REPAIR_ESCAPES },
	{ "Paragraf satu.\\n\\nParagraf dua.", "Paragraf satu.\n\nParagraf dua.",
	    ART_REPAIR_ESCAPES },
	{ "\\u201cSaat ini\\u201d kata Zaiful. \\ud83d\\ude00",
	    "\xE2\x80\x9CSaat ini\xE2\x80\x9D kata Zaiful. \xF0\x9F\x98\x80",
	    ART_REPAIR_ESCAPES },
	{ "\\\\\\\"Tidak ada\\\\\\\" katanya.", "\"Tidak ada\" katanya.",
	    ART_REPAIR_ESCAPES },
	{ "He said \\'no\\' at http:\\/\\/bbc.co.uk", "He said 'no' at http://bbc.co.uk",
	    ART_REPAIR_ESCAPES },
	/* a lone backslash is prose */
	{ "Folder C:\\Data dan 5\\3", "Folder C:\\Data dan 5\\3", 0 },
	/* HTML entities and tags */
	{ "&quot;Tak perlu risau&quot; tulis Jokowi.",
	    "\"Tak perlu risau\" tulis Jokowi.", ART_REPAIR_ENTITIES },
	{ "&#8220;Saat ini&#8221; Jum&#x2019;at &#150; AT&T &amp;quot;x&amp;quot;",
	    "\xE2\x80\x9CSaat ini\xE2\x80\x9D Jum\xE2\x80\x99" "at \xE2\x80\x93 AT&T \"x\"",
	    ART_REPAIR_ENTITIES },
	{ "Harga &lt; Rp5.000 &copy 2019 &bogus; &#0;",
	    "Harga < Rp5.000 &copy 2019 &bogus; \xEF\xBF\xBD", ART_REPAIR_ENTITIES },
	/* out of range: U+FFFD, and no overflow on the way (fuzz_normalize) */
	{ "x&#999999999;y&#9999999999;z&#xFFFFFFFF;", "x\xEF\xBF\xBDy&#9999999999;z\xEF\xBF\xBD",
	    ART_REPAIR_ENTITIES },
	{ "Kata <strong>Zaiful</strong> kepada <a href=\"x\">wartawan</a>.<p>Lalu.</p>",
	    "Kata Zaiful kepada wartawan.\n\nLalu.", ART_REPAIR_MARKUP },
	{ "If a <b and c> d, x<3 y", "If a <b and c> d, x<3 y", 0 },
	/* mojibake, once and twice */
	{ "\xC3\xA2\xE2\x82\xAC\xC5\x93Saat ini,\xC3\xA2\xE2\x82\xAC\xC2\x9D jelas Zaiful.",
	    "\xE2\x80\x9CSaat ini,\xE2\x80\x9D jelas Zaiful.", ART_REPAIR_MOJIBAKE },
	{ "Caf\xC3\x83\xC2\xA9 Batavia", "Caf\xC3\xA9 Batavia", ART_REPAIR_MOJIBAKE },
	{ "\xC3\x83\xC2\xA2\xC3\xA2\xE2\x80\x9A\xC2\xAC\xC3\x85\xE2\x80\x9CKami",
	    "\xE2\x80\x9CKami", ART_REPAIR_MOJIBAKE },
	/* the 0x9D of a closing quote lost on the way */
	{ "diperbaiki,\xC3\xA2\xE2\x82\xAC jelas", "diperbaiki,\xE2\x80\x9D jelas",
	    ART_REPAIR_MOJIBAKE },
	{ "lagi,\xC3\xA2\xE2\x82\xAC\xEF\xBF\xBDjelas Zaiful.",
	    "lagi,\xE2\x80\x9D jelas Zaiful.", ART_REPAIR_MOJIBAKE },
	/* real Latin-1 text stays */
	{ "Kata \xC3\x82me dalam bahasa Prancis. CAF\xC3\x89\xE2\x80\x9D dan \xC3\x80 la carte",
	    "Kata \xC3\x82me dalam bahasa Prancis. CAF\xC3\x89\xE2\x80\x9D dan \xC3\x80 la carte", 0 },
	/* invisible characters, spaces, ligatures */
	{ "peme\xC2\xADrintah server\xE2\x80\x8BLPSE \xEF\xBB\xBF" "daerah",
	    "pemerintah serverLPSE daerah", ART_REPAIR_INVISIBLE },
	{ "Rp\xC2\xA0" "78,7\xE2\x80\xAFmiliar\tdan  Rp5", "Rp 78,7 miliar dan Rp5",
	    ART_REPAIR_SPACES },
	{ "\xEF\xAC\x81nansial dan \xEF\xAC\x82" "eksibel", "finansial dan fleksibel",
	    ART_REPAIR_LIGATURES },
	{ "Luas 34,18 km\xC2\xB2\xE2\x80\xA6", "Luas 34,18 km\xC2\xB2\xE2\x80\xA6", 0 },
	{ "a\x01" "b\x7F" "c\xC2\x81" "d", "abcd", ART_REPAIR_INVISIBLE },
	/* C1 controls are Windows-1252 bytes read as Latin-1 */
	{ "parl\xC3\xA9\xC2\x85 \xC2\x84Handwerk\xC2\x93",
	    "parl\xC3\xA9\xE2\x80\xA6 \xE2\x80\x9EHandwerk\xE2\x80\x9C",
	    ART_REPAIR_MOJIBAKE },
	/* accented capitals before punctuation are not mojibake */
	{ "AH\xC3\x85\xE2\x84\xA2, radius 10 \xC3\x85\xE2\x80\x94 Bront\xC3\xAB\xE2\x80\xA6\xE2\x80\x9D SELK\xC3\x84\xC2\xA0" "EDELL\xC3\x84",
	    "AH\xC3\x85\xE2\x84\xA2, radius 10 \xC3\x85\xE2\x80\x94 Bront\xC3\xAB\xE2\x80\xA6\xE2\x80\x9D SELK\xC3\x84 EDELL\xC3\x84", 0 },
	/* Greek after mojibake elsewhere; à that lost its NBSP */
	{ "IL2R\xC3\x8E\xC2\xB3" "cKO d\xC3\x83\xC2\xA9j\xC3\x83\xC2\xA0 jusqu'\xC3\x83 nos jours",
	    "IL2R\xCE\xB3" "cKO d\xC3\xA9j\xC3\xA0 jusqu'\xC3\xA0 nos jours",
	    ART_REPAIR_MOJIBAKE },
	{ "Baris satu.\r\nBaris dua.\rBaris tiga.  \n  \n\n\n Akhir.  ",
	    "Baris satu.\nBaris dua.\nBaris tiga.\n\nAkhir.", ART_REPAIR_SPACES },
	/* quotation marks kept; a closer glued to the cue gets a space */
	{ "\xE2\x80\x9E" "Kami\xE2\x80\x9C dan \xC2\xABmereka\xC2\xBB",
	    "\xE2\x80\x9E" "Kami\xE2\x80\x9C dan \xC2\xABmereka\xC2\xBB", 0 },
	{ "\xE2\x80\x9CItu saran LKPP,\xE2\x80\x9Dlanjut Zaiful.",
	    "\xE2\x80\x9CItu saran LKPP,\xE2\x80\x9D lanjut Zaiful.", 0 },
	/* site lines and trailers */
	{ "Paragraf satu.\n\nBaca juga: Server LPSE Kena Hack\n\nParagraf dua.",
	    "Paragraf satu.\n\nParagraf dua.", ART_REPAIR_BOILERPLATE },
	{ "Isi.\n\nSimak juga Video: Sri Mulyani soal Inflasi\n\nLihat juga Video Inflasi Sumut",
	    "Isi.", ART_REPAIR_BOILERPLATE },
	{ "Lihat juga bagaimana warga bertahan. Mereka tetap tenang.",
	    "Lihat juga bagaimana warga bertahan. Mereka tetap tenang.", 0 },
	{ "Sudah ada lima tim tersingkir! SCROLL TO CONTINUE WITH CONTENT Juara grup lolos.",
	    "Sudah ada lima tim tersingkir! Juara grup lolos.", ART_REPAIR_BOILERPLATE },
	{ "Ia hadir.\n\nADVERTISEMENT\n\n[Gambas:Video CNN]\n\nIa pulang.",
	    "Ia hadir.\n\nIa pulang.", ART_REPAIR_BOILERPLATE },
	{ "Isi berita.\n\nCek Berita dan Artikel yang lain di Google News\n\nSumber:",
	    "Isi berita.", ART_REPAIR_BOILERPLATE },
	{ "Sumber: pejabat itu tidak mau disebut namanya. Ia diam.",
	    "Sumber: pejabat itu tidak mau disebut namanya. Ia diam.", 0 },
	{ "Isi.\n\nArtikel ini telah tayang di Kompas.com dengan judul \"X\", Klik untuk baca: https://kmp.im/abc",
	    "Isi.", ART_REPAIR_BOILERPLATE },
	/* credits go to the doc record; (ratas) inside a sentence stays */
	{ "Rapat terbatas (ratas) digelar. Hasilnya, Pemkab Lamtim setuju.(wid/wdi)",
	    "Rapat terbatas (ratas) digelar. Hasilnya, Pemkab Lamtim setuju.",
	    ART_REPAIR_BOILERPLATE, NULL, NULL, NULL, "wid/wdi" },
	{ "Warga diminta waspada. (red)\n\nEditor: Rina",
	    "Warga diminta waspada.", ART_REPAIR_BOILERPLATE, NULL, NULL, NULL, "red" },
	{ "Rapat dimulai pukul 10.00 (WIB)", "Rapat dimulai pukul 10.00 (WIB)", 0 },
	/* teasers glued to the last sentence, site self-descriptions */
	{ "Ekonomi tumbuh,\" pungkasnya.Ikuti berita menarik lainnya di Google News.",
	    "Ekonomi tumbuh,\" pungkasnya.", ART_REPAIR_BOILERPLATE },
	{ "Laela mulai membatik. Jalan terjal Laela, halaman selanjutnya.",
	    "Laela mulai membatik.", ART_REPAIR_BOILERPLATE },
	{ "Fitur baru hadir.\nSumber: Google.\nDailySocial.id adalah portal berita startup dan inovasi teknologi.",
	    "Fitur baru hadir.", ART_REPAIR_BOILERPLATE },
	{ "\"Stop impor nelayan,\" pungkasnya. [sau]",
	    "\"Stop impor nelayan,\" pungkasnya.", ART_REPAIR_BOILERPLATE,
	    NULL, NULL, NULL, "sau" },
	/* Kompas markdown */
	{ "\\\n\\\n![Ilustrasi gym.](https://asset.kompas.com/x.jpg)\n\n**KOMPAS.com** -- Gaya hidup aktif.\n## \\[video.1\\]\n::: gtx-trans-icon\n:::",
	    "Gaya hidup aktif.", ART_REPAIR_DATELINE | ART_REPAIR_MARKUP,
	    NULL, "KOMPAS.com" },
	{ "Judul Artikel\n\n## MPV Hybrid Menjadi Bintang\n\nTangerang, KOMPAS.com - Ajang GIIAS dibuka.\n,\n::::",
	    "Judul Artikel\n\nMPV Hybrid Menjadi Bintang\n\nAjang GIIAS dibuka.",
	    ART_REPAIR_DATELINE | ART_REPAIR_MARKUP | ART_REPAIR_BOILERPLATE,
	    "Judul Artikel", "KOMPAS.com", "Tangerang" },
	/* Markdown escapes and hard breaks, only where the article shows Markdown */
	{ "**JAKARTA, KOMPAS.com** -- Dikutip dari akun \\@unitedtractors.career, lowongan dibuka.\\\nPosisi: Department Head\\*",
	    "Dikutip dari akun @unitedtractors.career, lowongan dibuka.\nPosisi: Department Head*",
	    ART_REPAIR_DATELINE | ART_REPAIR_MARKUP, NULL, "KOMPAS.com", "JAKARTA" },
	{ "## Cara Daftar\n\nKetik \\[nama\\] lalu klik Apply.\\",
	    "Cara Daftar\n\nKetik [nama] lalu klik Apply.", ART_REPAIR_MARKUP },
	{ "**KOMPAS.com** -- Skema terus dikembangkan.\n\n\\[img.2\\]\n\n\\[video.1\\] Dengan demikian, Tapera berlanjut.",
	    "Skema terus dikembangkan.\n\nDengan demikian, Tapera berlanjut.",
	    ART_REPAIR_DATELINE | ART_REPAIR_MARKUP, NULL, "KOMPAS.com" },
	{ "**KOMPAS.com** -- Mereka panik. \\\nLalu pulang \\[img.3\\]\nke rumah\\[video.1\\] Tapi \\[embed.1\\] hujan. \\",
	    "Mereka panik.\nLalu pulang\nke rumah Tapi hujan.",
	    ART_REPAIR_DATELINE | ART_REPAIR_MARKUP, NULL, "KOMPAS.com" },
	{ "Berkas disimpan di C:\\data\\arsip dan \\@admin.",
	    "Berkas disimpan di C:\\data\\arsip dan \\@admin.", 0 },
	/* the title once, as the first paragraph */
	{ "Server LPSE Lamtim Kena Hack\n\nServer LPSE Lamtim Kena Hack\n\nIsi.",
	    "Server LPSE Lamtim Kena Hack\n\nIsi.", ART_REPAIR_TITLE,
	    "Server LPSE Lamtim Kena Hack" },
	{ "Banjir Rendam Bekasi\n\nBanjir Rendam Bekasi\n\nHujan deras. (*)",
	    "Banjir Rendam Bekasi\n\nHujan deras.", ART_REPAIR_TITLE,
	    "Banjir Rendam Bekasi", NULL, NULL, "*" },
	{ "Banjir Rendam Bekasi\n\nBanjir Rendam Bekasi\n\nHujan deras.",
	    "Banjir Rendam Bekasi\n\nHujan deras.", ART_REPAIR_TITLE,
	    "Banjir Rendam Bekasi", NULL, NULL, NULL, "Banjir  Rendam Bekasi" },
	/* datelines */
	{ "JAKARTA, KOMPAS.com - Presiden Joko Widodo meresmikan jalan tol.",
	    "Presiden Joko Widodo meresmikan jalan tol.", ART_REPAIR_DATELINE,
	    NULL, "KOMPAS.com", "JAKARTA" },
	{ "**JAKARTA, KOMPAS.com** -- Bagi Anda lulusan S1, simak ini.",
	    "Bagi Anda lulusan S1, simak ini.", ART_REPAIR_DATELINE,
	    NULL, "KOMPAS.com", "JAKARTA" },
	{ "TEMPO.CO, Jakarta - Pengembangan Kurikulum 2013 dilakukan.",
	    "Pengembangan Kurikulum 2013 dilakukan.", ART_REPAIR_DATELINE,
	    NULL, "TEMPO.CO", "Jakarta" },
	{ "Bandar Lampung (ANTARA) - Pemprov Lampung menyiapkan dana.",
	    "Pemprov Lampung menyiapkan dana.", ART_REPAIR_DATELINE,
	    NULL, "ANTARA", "Bandar Lampung" },
	{ "Jakarta, CNN Indonesia - - Para aktris Hollywood berencana.",
	    "Para aktris Hollywood berencana.", ART_REPAIR_DATELINE,
	    NULL, "CNN Indonesia", "Jakarta" },
	{ "Judul Berita\n\nradarlampung.co.id-Pemerintah Kabupaten Lampung Timur.",
	    "Judul Berita\n\nPemerintah Kabupaten Lampung Timur.",
	    ART_REPAIR_DATELINE, "Judul Berita", "radarlampung.co.id" },
	{ "Penulis Singgih Wiryono | Editor Irfan Maullana JAKARTA, KOMPAS.com - Ketua DPW PSI mengingatkan.",
	    "Ketua DPW PSI mengingatkan.", ART_REPAIR_DATELINE,
	    NULL, "KOMPAS.com", "JAKARTA" },
	{ "REPUBLIKA.CO.ID, JAKARTA -- Menteri Agama menetapkan 1 Syawal.",
	    "Menteri Agama menetapkan 1 Syawal.", ART_REPAIR_DATELINE,
	    NULL, "REPUBLIKA.CO.ID", "JAKARTA" },
	{ "Liputan6.com, Jakarta - Harga emas naik.", "Harga emas naik.",
	    ART_REPAIR_DATELINE, NULL, "Liputan6.com", "Jakarta" },
	{ "TRIBUNNEWS.COM, SURABAYA - Polisi menangkap dua pelaku.",
	    "Polisi menangkap dua pelaku.", ART_REPAIR_DATELINE, NULL,
	    "TRIBUNNEWS.COM", "SURABAYA" },
	{ "Bandung, detikNews - Warga Bandung memadati alun-alun.",
	    "Warga Bandung memadati alun-alun.", ART_REPAIR_DATELINE, NULL,
	    "detikNews", "Bandung" },
	{ "JUARA.net - Timnas menang 2-0.", "Timnas menang 2-0.",
	    ART_REPAIR_DATELINE, NULL, "JUARA.net" },
	{ "kumparan - Presiden melantik menteri.", "Presiden melantik menteri.",
	    ART_REPAIR_DATELINE, NULL, "kumparan" },
	{ "Suara.com-nya ramai dikunjungi.", "Suara.com-nya ramai dikunjungi.", 0 },
	{ "JAKARTA (Pos Kota) \xE2\x80\x93 Mahasiswi disekap kawanan garong.",
	    "Mahasiswi disekap kawanan garong.", ART_REPAIR_DATELINE,
	    NULL, "Pos Kota", "JAKARTA" },
	{ "ITALIA\xE2\x80\x93 Kemenangan Inter Milan sirna.",
	    "Kemenangan Inter Milan sirna.", ART_REPAIR_DATELINE,
	    NULL, NULL, "ITALIA" },
	{ "Suara.com -\nWarga berkumpul di alun-alun.",
	    "Warga berkumpul di alun-alun.", ART_REPAIR_DATELINE, NULL,
	    "Suara.com" },
	{ "Oleh Denny Gunawan\n\nKOMPAS.com - Menjelang COP 30 di Bel\xC3\xA9m.",
	    "Menjelang COP 30 di Bel\xC3\xA9m.", ART_REPAIR_DATELINE, NULL,
	    "KOMPAS.com" },
	/* prose that starts like a dateline stays (tokenised dumps too) */
	{ "Mercedes - Benz memiliki konsep mobil van.",
	    "Mercedes - Benz memiliki konsep mobil van.", 0 },
	{ "Hari - hari perancang busana muslim itu sibuk.",
	    "Hari - hari perancang busana muslim itu sibuk.", 0 },
	{ "Timnas U - 22 bersiap menghadapi Malaysia.",
	    "Timnas U - 22 bersiap menghadapi Malaysia.", 0 },
	{ "Oleh-oleh khas Lampung laris.", "Oleh-oleh khas Lampung laris.", 0 },
	{ "Jakarta-Bandung ditempuh dua jam.", "Jakarta-Bandung ditempuh dua jam.", 0 },
	{ "Jakarta, kota terbesar, padat.", "Jakarta, kota terbesar, padat.", 0 },
	{ "LONDON - Prime Minister spoke today.", "Prime Minister spoke today.",
	    ART_REPAIR_DATELINE, NULL, NULL, "LONDON" },
	/* nothing left */
	{ "", "", 0 },
	{ " \n\n \t", "", 0 },
};

static void
test_cases(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(norm_cases) / sizeof(norm_cases[0]); i++) {
		const struct norm_case *c = &norm_cases[i];
		struct normalizer *nz = norm_new();
		struct arena ar;
		struct article a;

		print_message("case %zu: %s\n", i, c->in);
		arena_init(&ar);
		memset(&a, 0, sizeof(a));
		a.arena = &ar;
		a.raw = arena_strndup(&ar, c->in, strlen(c->in));
		a.raw_len = strlen(c->in);
		a.in_title = c->in_title;
		norm_run(nz, &a);
		assert_string_equal(a.text, c->want);
		assert_int_equal(a.len, strlen(c->want));
		assert_int_equal(a.repairs & c->repairs, c->repairs);
		if (c->repairs == 0)
			assert_int_equal(a.repairs & ~(unsigned)(ART_REPAIR_SPACES |
			    ART_REPAIR_INVISIBLE), 0);
		if (c->title != NULL)
			assert_string_equal(a.title, c->title);
		if (c->source != NULL)
			assert_string_equal(a.source, c->source);
		else
			assert_null(a.source);
		if (c->dateline != NULL)
			assert_string_equal(a.dateline, c->dateline);
		else
			assert_null(a.dateline);
		if (c->credit != NULL) {
			assert_int_equal(a.ncredits, 1);
			assert_string_equal(a.credits[0], c->credit);
		} else
			assert_int_equal(a.ncredits, 0);
		assert_true(a.lang == ART_LANG_ID || a.lang == ART_LANG_EN);
		arena_release(&ar);
		norm_free(nz);
	}
}

/* A JSONL title is repaired like the text. */
static void
test_title_field(void **state)
{
	struct normalizer *nz = norm_new();
	struct arena ar;
	struct article a;

	(void)state;
	arena_init(&ar);
	memset(&a, 0, sizeof(a));
	a.arena = &ar;
	a.raw = arena_strndup(&ar, "Isi.", 4);
	a.raw_len = 4;
	a.in_title = "Caf\xC3\x83\xC2\xA9 &amp; Resto";
	norm_run(nz, &a);
	assert_string_equal(a.title, "Caf\xC3\xA9 & Resto");
	assert_string_equal(a.text, "Isi.");
	arena_release(&ar);
	norm_free(nz);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cases),
		cmocka_unit_test(test_title_field),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * test_quote.c: quotations and speakers (src/quote.c).
 * Table-driven: each case is an article and the quote records a user sees,
 * one line each: KIND|text|cue|speaker (D direct, I indirect, "-" null).
 * The article has no entities from earlier stages, so every speaker here
 * is found and linked by the quote stage itself.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "arena.h"
#include "article.h"
#include "buf.h"
#include "entity.h"
#include "quote.h"

struct quote_case {
	int		 lang;
	const char	*text;
	const char	*want;
};

static const struct quote_case cases[] = {
	/* glued cue after Kompas-style closing mark */
	{ ART_LANG_ID,
	  "\xe2\x80\x9cSaat ini server masih diperbaiki,\xe2\x80\x9djelas "
	  "Zaiful Bokhari.",
	  "D|Saat ini server masih diperbaiki,|jelas|Zaiful Bokhari\n" },
	/* ROLE + AFFILIATION + NAME, indirect speech, then a clitic cue */
	{ ART_LANG_ID,
	  "Kepala Bagian Layanan Pengadaan Sekretariat Kabupaten Lampung "
	  "Timur Maryono menjelaskan, pengalihan proses pengadaan disebabkan "
	  "gangguan teknis. \xe2\x80\x9cKami sudah melapor ke polisi,"
	  "\xe2\x80\x9d ujarnya.",
	  "I|pengalihan proses pengadaan disebabkan gangguan teknis|"
	  "menjelaskan|Maryono\n"
	  "D|Kami sudah melapor ke polisi,|ujarnya|Maryono\n" },
	/* a short name goes to the full name given earlier */
	{ ART_LANG_ID,
	  "Bupati Lampung Timur Zaiful Bokhari meninjau lokasi. "
	  "\xe2\x80\x9cProyek ini harus selesai tahun ini,\xe2\x80\x9d kata "
	  "Zaiful.",
	  "D|Proyek ini harus selesai tahun ini,|kata|Zaiful Bokhari\n" },
	/* the same mark opens and closes; an interrupted quote */
	{ ART_LANG_ID,
	  "\xe2\x80\x9dKami siap membantu warga,\xe2\x80\x9d kata Ani "
	  "Suryani. \xe2\x80\x9dSemua warga akan didata.\xe2\x80\x9d",
	  "D|Kami siap membantu warga,|kata|Ani Suryani\n"
	  "D|Semua warga akan didata.|-|Ani Suryani\n" },
	/* the cue before the quotation */
	{ ART_LANG_ID,
	  "Menteri Keuangan Sri Mulyani mengatakan, \xe2\x80\x9c"
	  "Anggaran sudah kami siapkan untuk tahun depan.\xe2\x80\x9d",
	  "D|Anggaran sudah kami siapkan untuk tahun depan.|mengatakan|"
	  "Sri Mulyani\n" },
	/* Menurut X, CONTENT */
	{ ART_LANG_ID,
	  "Menurut Budi Santoso, harga beras akan turun pekan depan.",
	  "I|harga beras akan turun pekan depan|Menurut|Budi Santoso\n" },
	/* CONTENT, kata X */
	{ ART_LANG_ID,
	  "Harga cabai di pasar naik dua kali lipat, kata Siti Aminah.",
	  "I|Harga cabai di pasar naik dua kali lipat|kata|Siti Aminah\n" },
	/* a clitic cue of eight bytes that ends the text; an invalid
	   byte inside the quotation is kept */
	{ ART_LANG_ID,
	  "Bupati Ani Suryani meninjau lokasi. \xe2\x80\x9cKami siap \xff "
	  "membantu warga,\xe2\x80\x9d tuturnya",
	  "D|Kami siap \xff membantu warga,|tuturnya|Ani Suryani\n" },
	/* a cue in capitals is still a cue; an abbreviation keeps its
	   period before the name */
	{ ART_LANG_ID,
	  "MENURUT Dr. Budi Santoso, harga beras akan turun pekan depan.",
	  "I|harga beras akan turun pekan depan|MENURUT|Budi Santoso\n" },
	/* scare quotes are not quotations */
	{ ART_LANG_ID,
	  "Warga menyebut jalan itu \xe2\x80\x9cjalur maut\xe2\x80\x9d sejak "
	  "lama.",
	  "" },
	/* a cue set off by commas inside reported speech */
	{ ART_LANG_ID,
	  "Minimal, kata Idrus Marham, partai akan tetap mengikuti "
	  "mekanisme yang ada.",
	  "I|partai akan tetap mengikuti mekanisme yang ada|kata|"
	  "Idrus Marham\n" },
	/* a source we cannot name still reports speech before "bahwa" */
	{ ART_LANG_ID,
	  "Salah seorang petugas di lokasi membenarkan bahwa bus itu "
	  "disewa penonton konser.",
	  "I|bus itu disewa penonton konser|membenarkan|-\n" },
	/* headline colon attribution, resolved through the office */
	{ ART_LANG_ID,
	  "Server LPSE Kena Hack, Plt. Bupati : Saat Ini Masih Diperbaiki\n\n"
	  "Pelaksana tugas (Plt) Bupati Lampung Timur Zaiful Bokhari "
	  "meninjau ruang server.",
	  "I|Saat Ini Masih Diperbaiki|-|Zaiful Bokhari\n" },
	/* an organisation speaks */
	{ ART_LANG_ID,
	  "Polri menyatakan, penyelidikan kasus itu masih berjalan.",
	  "I|penyelidikan kasus itu masih berjalan|menyatakan|Polri\n" },
	/* a role alone goes to the person who holds it */
	{ ART_LANG_ID,
	  "Bupati Lampung Timur Zaiful Bokhari hadir di lokasi. "
	  "\xe2\x80\x9cKami akan perbaiki jalan itu,\xe2\x80\x9d kata Bupati.",
	  "D|Kami akan perbaiki jalan itu,|kata|Zaiful Bokhari\n" },
	/* an unclosed paragraph goes on in the next one */
	{ ART_LANG_ID,
	  "\xe2\x80\x9cKami belum selesai bekerja di lapangan.\n\n"
	  "\xe2\x80\x9c" "Besok kami lanjutkan lagi,\xe2\x80\x9d kata Rudi "
	  "Hartono.",
	  "D|Kami belum selesai bekerja di lapangan.|-|Rudi Hartono\n"
	  "D|Besok kami lanjutkan lagi,|kata|Rudi Hartono\n" },
	/* a cue inside the quotation */
	{ ART_LANG_ID,
	  "\xe2\x80\x9cKalau hujan turun, kata Rudi Hartono, jalan ini "
	  "selalu banjir.\xe2\x80\x9d",
	  "D|Kalau hujan turun, kata Rudi Hartono, jalan ini selalu banjir.|"
	  "kata|Rudi Hartono\n" },
	/* X: "..." */
	{ ART_LANG_ID,
	  "Zaiful Bokhari: \xe2\x80\x9cServer kami sedang diperbaiki "
	  "sekarang.\xe2\x80\x9d",
	  "D|Server kami sedang diperbaiki sekarang.|-|Zaiful Bokhari\n" },
	/* straight marks, backslash-escaped */
	{ ART_LANG_ID,
	  "\\\"Kami telah melaporkan dugaan penerobosan server,\\\" jelas "
	  "Maryono.",
	  "D|Kami telah melaporkan dugaan penerobosan server,|jelas|"
	  "Maryono\n" },
	/* English: a name after a dash */
	{ ART_LANG_EN,
	  "\xe2\x80\x9cMaybe we can build a wall around him.\xe2\x80\x9d "
	  "\xe2\x80\x95 Steve Quinlan.",
	  "D|Maybe we can build a wall around him.|\xe2\x80\x95|"
	  "Steve Quinlan\n" },
	/* English: party and state in brackets between name and cue */
	{ ART_LANG_EN,
	  "\"Mitt Romney was a worthy foe in presidential politics,\" Sen. "
	  "Claire McCaskill (D-Mo.) said.",
	  "D|Mitt Romney was a worthy foe in presidential politics,|said|"
	  "Claire McCaskill\n" },
	/* English: inverted cue, then a pronoun */
	{ ART_LANG_EN,
	  "\"We will win this state,\" said Hillary Clinton. \"It is not "
	  "over yet,\" she said.",
	  "D|We will win this state,|said|Hillary Clinton\n"
	  "D|It is not over yet,|said|Hillary Clinton\n" },
	/* English: cue before the quotation, office before the name */
	{ ART_LANG_EN,
	  "Republican nominee Donald Trump said: \"The system is rigged "
	  "against us.\" Later, \"We are winning everywhere,\" Trump said.",
	  "D|The system is rigged against us.|said|Donald Trump\n"
	  "D|We are winning everywhere,|said|Donald Trump\n" },
	/* a deputy minister's short office is a role, not part of the name */
	{ ART_LANG_ID,
	  "\xe2\x80\x9c" "Defisit anggaran masih terkendali,\xe2\x80\x9d ujar "
	  "Wamenkeu Suahasil Nazara di Jakarta.",
	  "D|Defisit anggaran masih terkendali,|ujar|Suahasil Nazara\n" },
	/* the cue is a second verb of the subject, not of its object */
	{ ART_LANG_ID,
	  "Rina Marlina menoleh kepada Dewi Lestari dan berkata, "
	  "\xe2\x80\x9cKita harus pulang sebelum hujan turun.\xe2\x80\x9d",
	  "D|Kita harus pulang sebelum hujan turun.|berkata|Rina Marlina\n" },
	/* a long quotation inside a named person's sentence, no cue */
	{ ART_LANG_ID,
	  "\xe2\x80\x9cJembatan ini kami resmikan hari ini,\xe2\x80\x9d kata "
	  "Bupati Garut Rudy Gunawan.\n\nGubernur Jawa Barat Ahmad Heryawan "
	  "menyebut proyek itu \xe2\x80\x9csebuah langkah besar bagi warga desa "
	  "yang selama ini terisolasi.\xe2\x80\x9d",
	  "D|Jembatan ini kami resmikan hari ini,|kata|Rudy Gunawan\n"
	  "D|sebuah langkah besar bagi warga desa yang selama ini "
	  "terisolasi.|-|Ahmad Heryawan\n" },
	/* an apposition between the name and the cue */
	{ ART_LANG_ID,
	  "Dikutip Antara, Wulan Sari, adik korban, mengatakan bahwa "
	  "keluarga sudah ikhlas menerima kejadian itu.",
	  "I|keluarga sudah ikhlas menerima kejadian itu|mengatakan|"
	  "Wulan Sari\n" },
	/* an office, then the name in apposition */
	{ ART_LANG_ID,
	  "Wali Kota Medan, Bobby Nasution, menyatakan pembangunan jalan itu "
	  "selesai bulan depan.",
	  "I|pembangunan jalan itu selesai bulan depan|menyatakan|"
	  "Bobby Nasution\n" },
	/* Menurut + a described source that ends in an acronym */
	{ ART_LANG_ID,
	  "Menurut data BPS, angka kemiskinan turun tahun ini.",
	  "I|angka kemiskinan turun tahun ini|Menurut|BPS\n" },
	/* a named speaker inside the content of a described source */
	{ ART_LANG_ID,
	  "Menurut pemerintah setempat, saat itu Jokowi juga mengatakan "
	  "bantuan akan segera dikirim ke lokasi.",
	  "I|bantuan akan segera dikirim ke lokasi|mengatakan|Jokowi\n" },
	/* a description pointing back goes to the last speaker */
	{ ART_LANG_ID,
	  "\xe2\x80\x9cKami akan tampil di Bandung bulan depan,\xe2\x80\x9d "
	  "ujar Budi Santoso.\n\nBand asal Yogyakarta itu juga menulis lagu "
	  "baru.\n\n\xe2\x80\x9cLagu ini kami tulis saat pandemi,"
	  "\xe2\x80\x9d kata pria tersebut.",
	  "D|Kami akan tampil di Bandung bulan depan,|ujar|Budi Santoso\n"
	  "D|Lagu ini kami tulis saat pandemi,|kata|Budi Santoso\n" },
	/* ... and to nobody when nobody spoke before */
	{ ART_LANG_ID,
	  "\xe2\x80\x9c" "Airnya naik sampai pinggang semalam,\xe2\x80\x9d kata "
	  "pria itu.",
	  "D|Airnya naik sampai pinggang semalam,|kata|-\n" },
	/* a stray blank before the closing mark, the cue glued after it */
	{ ART_LANG_ID,
	  "\xe2\x80\x9dKita harus tetap bersatu meski berbeda pendapat, "
	  "\xe2\x80\x9dkata Yudi Latif.",
	  "D|Kita harus tetap bersatu meski berbeda pendapat,|kata|"
	  "Yudi Latif\n" },
	/* a joking cue */
	{ ART_LANG_ID,
	  "\xe2\x80\x9dSapinya lebih cantik dari saya sekarang,"
	  "\xe2\x80\x9d seloroh Parmin sambil tertawa.",
	  "D|Sapinya lebih cantik dari saya sekarang,|seloroh|Parmin\n" },
	/* the title of a paper, with lower-case function words */
	{ ART_LANG_ID,
	  "Ia menulis makalah berjudul \xe2\x80\x9cStrategi Pembangunan "
	  "Desa dalam Menghadapi Krisis Pangan untuk Wilayah Timur"
	  "\xe2\x80\x9d tahun lalu.",
	  "" },
	/* an office and a body after the cue, then the name after a comma */
	{ ART_LANG_ID,
	  "\xe2\x80\x9cKasus di kelurahan itu terus naik,\xe2\x80\x9d kata "
	  "peneliti senior Lembaga Demografi, Sonny Harry Harmadi, di "
	  "Jakarta.",
	  "D|Kasus di kelurahan itu terus naik,|kata|Sonny Harry Harmadi\n" },
	/* a passive cue after the quotation, then its agent */
	{ ART_LANG_ID,
	  "\xe2\x80\x9dKami akan meminta kelonggaran kepada pemerintah,"
	  "\xe2\x80\x9d ditambahkan Sugeng Riyadi.",
	  "D|Kami akan meminta kelonggaran kepada pemerintah,|ditambahkan|"
	  "Sugeng Riyadi\n" },
	/* a middle initial stays inside the name */
	{ ART_LANG_ID,
	  "Wakil Wali Kota Bekasi Tri Adhianto mengatakan, sekolah dibuka "
	  "pekan depan. Kepala Dinas Pendidikan Inayatullah B Santoso "
	  "menyatakan, guru sudah divaksin semua.",
	  "I|sekolah dibuka pekan depan|mengatakan|Tri Adhianto\n"
	  "I|guru sudah divaksin semua|menyatakan|Inayatullah B Santoso\n" },
	/* an office alone is not its deputy, even named later */
	{ ART_LANG_ID,
	  "Presiden Joko Widodo memimpin rapat terbatas. Wakil Presiden "
	  "Ma'ruf Amin ikut dari kantornya. \xe2\x80\x9d" "Bantuan harus sampai "
	  "minggu ini,\xe2\x80\x9d kata Presiden.",
	  "D|Bantuan harus sampai minggu ini,|kata|Joko Widodo\n" },
	/* in Indonesian, "Said" is a given name, not the English verb */
	{ ART_LANG_ID,
	  "Pengasuh panti Said Hasan Basri menyatakan, panti itu menampung "
	  "empat puluh anak.",
	  "I|panti itu menampung empat puluh anak|menyatakan|"
	  "Said Hasan Basri\n" },
	/* a capitalised word opening the sentence is not its subject */
	{ ART_LANG_ID,
	  "Sebagai informasi, panitia menyebut acara itu \xe2\x80\x9c"
	  "pesta rakyat terbesar yang pernah digelar di kota ini.\xe2\x80\x9d",
	  "D|pesta rakyat terbesar yang pernah digelar di kota ini.|-|-\n" },
	/* a longer description with a party name points back to the
	   person just named */
	{ ART_LANG_ID,
	  "\xe2\x80\x9dJalan desa akan kami perbaiki,\xe2\x80\x9d kata Kepala "
	  "Desa Sukamaju Asep Saepudin.\n\nKetua DPRD Garut Euis Ida Wartiah "
	  "meminta warga bersabar.\n\n\xe2\x80\x9d" "Anggarannya sudah kami "
	  "setujui bulan lalu,\xe2\x80\x9d kata politisi senior Partai Golkar "
	  "ini.",
	  "D|Jalan desa akan kami perbaiki,|kata|Asep Saepudin\n"
	  "D|Anggarannya sudah kami setujui bulan lalu,|kata|"
	  "Euis Ida Wartiah\n" },
	/* the tokenizer's fast paths: a capitalised deputy office
	   (Wamenkeu), a name alone before "pun" and a cue (it starts the
	   name inside a longer run of capitals), a sentence that ends the
	   text without a period */
	{ ART_LANG_ID,
	  "Wamenkeu Suahasil Nazara mengatakan, penerimaan pajak naik "
	  "tahun ini.\n\nPengusaha PT Maju Jaya Ariston Tjendra menolak "
	  "rencana itu. Ariston pun menambahkan, harga akan naik pekan "
	  "depan",
	  "I|penerimaan pajak naik tahun ini|mengatakan|Suahasil Nazara\n"
	  "I|harga akan naik pekan depan|menambahkan|Ariston Tjendra\n" },
};

static void
render(struct buf *b, const struct article *a)
{
	size_t i;

	for (i = 0; i < a->nquotes; i++) {
		const struct quote *q = &a->quotes[i];

		buf_adds(b, q->kind == QUO_DIRECT ? "D|" : "I|");
		buf_add(b, a->text + q->content.start,
		    q->content.end - q->content.start);
		buf_addc(b, '|');
		if (q->has_cue)
			buf_add(b, a->text + q->cue.start,
			    q->cue.end - q->cue.start);
		else
			buf_addc(b, '-');
		buf_addc(b, '|');
		buf_adds(b, q->speaker >= 0 ? a->entities[q->speaker].name :
		    "-");
		buf_addc(b, '\n');
	}
	buf_addc(b, '\0');
}

static void
run(struct arena *ar, struct article *a, int lang, char *text, size_t len)
{
	struct quoter *q = quo_new();

	memset(a, 0, sizeof(*a));
	a->arena = ar;
	a->text = text;
	a->len = len;
	a->lang = lang;
	quo_run(q, a);
	quo_free(q);
}

static void
test_cases(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct arena ar;
		struct article a;
		struct buf b = BUF_INIT;
		char *text = strdup(cases[i].text);

		arena_init(&ar);
		run(&ar, &a, cases[i].lang, text, strlen(text));
		render(&b, &a);
		if (strcmp(b.p, cases[i].want) != 0)
			fprintf(stderr, "case %zu:\n got: %s want: %s\n", i,
			    b.p, cases[i].want);
		assert_string_equal(b.p, cases[i].want);
		buf_release(&b);
		arena_release(&ar);
		free(text);
	}
}

/*
 * Cases that need the entities of the earlier stages: each entity is
 * given by its label and the first place its name occurs in the text.
 */
struct ent_case {
	const char	*text;
	int		 labels[3];
	const char	*names[3];
	const char	*want;
	int		 en;		/* an English article */
};

static const struct ent_case ent_cases[] = {
	/* a short organisation name speaks as its one fuller form */
	{ "KBRI Kuala Lumpur memantau kasus itu. Menurut KBRI, para "
	  "pekerja sudah dipulangkan ke Batam.",
	  { ENT_ORG, ENT_ORG }, { "KBRI Kuala Lumpur", "KBRI," },
	  "I|para pekerja sudah dipulangkan ke Batam|Menurut|"
	  "KBRI Kuala Lumpur\n", 0 },
	/* a pronoun before anyone spoke: the person last named as a
	   subject, not a person named as an object */
	{ "Kepala Dinas Kesehatan, Siti Nadia Tarmizi meminta warga "
	  "mengikuti anjuran Joko Susilo.\n\nIa menegaskan bahwa vaksin itu "
	  "aman untuk anak.",
	  { ENT_PERSON, ENT_PERSON }, { "Siti Nadia Tarmizi", "Joko Susilo" },
	  "I|vaksin itu aman untuk anak|menegaskan|Siti Nadia Tarmizi\n", 0 },
	/* a body run into the person after it: the person speaks */
	{ "Ketua Fraksi Golkar Budi Hartanto mengatakan, anggaran itu sudah "
	  "dibahas di komisi. \xe2\x80\x9cKami menolak usulan tersebut,"
	  "\xe2\x80\x9d ujar Budi.",
	  { ENT_ORG }, { "Fraksi Golkar Budi Hartanto" },
	  "I|anggaran itu sudah dibahas di komisi|mengatakan|Budi Hartanto\n"
	  "D|Kami menolak usulan tersebut,|ujar|Budi Hartanto\n", 0 },
	/* ... but an organisation named after a place stays whole */
	{ "KBRI Kuala Lumpur menyatakan, para pekerja sudah dipulangkan ke "
	  "Batam.",
	  { ENT_ORG }, { "KBRI Kuala Lumpur" },
	  "I|para pekerja sudah dipulangkan ke Batam|menyatakan|"
	  "KBRI Kuala Lumpur\n", 0 },
	/* a term misread as a person is no antecedent for a clitic */
	{ "Pemerintah merevisi Peraturan Gubernur Nomor 51 Tahun 2020 "
	  "tentang PSBB.\n\n\xe2\x80\x9d" "Dendanya akan kami naikkan "
	  "tahun ini,\xe2\x80\x9d tuturnya.",
	  { ENT_PERSON }, { "Nomor" },
	  "D|Dendanya akan kami naikkan tahun ini,|tuturnya|-\n", 0 },
	/* an English title-case headline ran a verb into the name */
	{ "Elizabeth Warren Hammers Bank Chief\n\nElizabeth Warren spoke "
	  "on Tuesday. \"He should resign right now,\" Warren said.",
	  { ENT_PERSON, ENT_PERSON }, { "Elizabeth Warren Hammers",
	  "\nElizabeth Warren" },
	  "D|He should resign right now,|said|Elizabeth Warren\n", 1 },
	/* ... an Indonesian headline gives the full name */
	{ "Sri Wahyuni Lestari Tinjau Banjir\n\nSri Wahyuni meninjau "
	  "lokasi banjir. \xe2\x80\x9c" "Air sudah mulai surut sejak pagi,"
	  "\xe2\x80\x9d kata Sri Wahyuni.",
	  { ENT_PERSON, ENT_PERSON }, { "Sri Wahyuni Lestari",
	  "\nSri Wahyuni" },
	  "D|Air sudah mulai surut sejak pagi,|kata|Sri Wahyuni Lestari\n", 0 },
};

static void
test_ent_cases(void **state)
{
	size_t i, k;

	(void)state;
	for (i = 0; i < sizeof(ent_cases) / sizeof(ent_cases[0]); i++) {
		const struct ent_case *c = &ent_cases[i];
		struct quoter *q = quo_new();
		struct arena ar;
		struct article a;
		struct buf b = BUF_INIT;
		char *t = strdup(c->text);

		arena_init(&ar);
		memset(&a, 0, sizeof(a));
		a.arena = &ar;
		a.text = t;
		a.len = strlen(t);
		a.lang = c->en ? ART_LANG_EN : ART_LANG_ID;
		for (k = 0; k < 3 && c->names[k] != NULL; k++) {
			const char *at = strstr(t, c->names[k]);
			size_t n = strlen(c->names[k]);

			assert_non_null(at);
			if (c->names[k][n - 1] == ',')
				n--;
			while (*at == '\n')	/* "\nName": in the body */
				at++, n--;
			(void)ent_add(&a, c->labels[k], (uint32_t)(at - t),
			    (uint32_t)(at - t + n), NULL);
		}
		quo_run(q, &a);
		render(&b, &a);
		if (strcmp(b.p, c->want) != 0)
			fprintf(stderr, "ent case %zu:\n got: %s want: %s\n",
			    i, b.p, c->want);
		assert_string_equal(b.p, c->want);
		buf_release(&b);
		arena_release(&ar);
		quo_free(q);
		free(t);
	}
}

/*
 * Pathological input: a million opening marks and no closing one, and a
 * million straight marks.  Both must finish in linear time, and an
 * unbalanced mark never swallows the article.
 */
static void
test_marks(void **state)
{
	static const char *const unit[] = { "\xe2\x80\x9c a ", "\" ",
	    "\xe2\x80\x9d" "kata " };
	size_t u;

	(void)state;
	for (u = 0; u < sizeof(unit) / sizeof(unit[0]); u++) {
		size_t n = 1000000, ul = strlen(unit[u]), i;
		char *text = malloc(n * ul + 1);
		struct arena ar;
		struct article a;

		for (i = 0; i < n; i++)
			memcpy(text + i * ul, unit[u], ul);
		text[n * ul] = '\0';
		arena_init(&ar);
		run(&ar, &a, ART_LANG_ID, text, n * ul);
		for (i = 0; i < a.nquotes; i++)
			assert_true(a.quotes[i].content.end -
			    a.quotes[i].content.start < 4000);
		arena_release(&ar);
		free(text);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cases),
		cmocka_unit_test(test_marks),
		cmocka_unit_test(test_ent_cases),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

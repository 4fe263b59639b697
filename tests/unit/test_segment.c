/*
 * test_segment.c: sentences and tokens (src/segment.c).  Each table row is
 * one rule of issue 4 (see segment.h) with an Indonesian and, where the rule
 * applies to English, an English example; the expectation is what a user
 * sees: the sentences' text, or the tokens with their kinds.
 *
 * The rule families of issue 4 and the rows that cover them (ID and EN):
 *   candidate ends and runs		end, runs, ellipsis, closers
 *   no break before lower case, digit	lower, lower plain/list/cue/quoted,
 *					digit
 *   prepositive abbreviations		pre
 *   initials				initial, initialism
 *   numbers, times, dates		number
 *   URLs, domains, e-mail		url, domain, email
 *   postpositive before a capital	post
 *   glued full stops			glued (selesai.Wartawan, Bali."Kami)
 *   quotations, Kompas and straight	quote, quote kompas/mixed/straight/
 *					curly/spaced/lower
 *   unbalanced marks, by paragraph	quote unbalanced, quote paragraph
 *   paragraphs and titles		paragraph, test_title
 *   English Golden Rules kinds		list, paren, omission, and the
 *					EN rows above
 *   tokens				tok_cases: Rp78,7 1.026.000 anak-anak
 *					-nya, quotes, URLs; test_flags
 * Linear time is tested in tests/patho/run.sh.
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
#include "segment.h"

#define ID	ART_LANG_ID
#define EN	ART_LANG_EN

/* Sentences, joined by "|". */
static const struct {
	const char	*rule;
	int		 lang;
	const char	*text;
	const char	*want;
} sent_cases[] = {
	/* candidate ends and their runs */
	{ "end", ID, "Ia datang. Kami pulang.", "Ia datang.|Kami pulang." },
	{ "end", EN, "Hello World. My name is Jonas.",
	  "Hello World.|My name is Jonas." },
	{ "runs", ID, "Benarkah?! Dia diam.", "Benarkah?!|Dia diam." },
	{ "runs", EN, "Hello!! Long time no see.", "Hello!!|Long time no see." },
	{ "ellipsis", ID, "Ia terdiam\xE2\x80\xA6 lalu pergi. Semua heran.",
	  "Ia terdiam\xE2\x80\xA6 lalu pergi.|Semua heran." },
	{ "ellipsis", EN, "I never meant that.... She left the store.",
	  "I never meant that....|She left the store." },
	{ "ellipsis spaced", EN,
	  "the thing is . . . I didn't mean it. Next one.",
	  "the thing is . . . I didn't mean it.|Next one." },
	/* closing quotes and brackets go with the sentence */
	{ "closers", ID, "Ia berkata (lihat foto.) Kami pulang.",
	  "Ia berkata (lihat foto.)|Kami pulang." },
	{ "closers", EN, "She turned to him, \"This is great.\" She held it.",
	  "She turned to him, \"This is great.\"|She held it." },
	/* no break before a lower-case letter or a digit */
	{ "lower", ID, "\xE2\x80\x9C" "Apa benar begitu?\xE2\x80\x9D tanya dia. "
	  "Ia pergi.", "\xE2\x80\x9C" "Apa benar begitu?\xE2\x80\x9D tanya dia.|"
	  "Ia pergi." },
	{ "lower", ID, "Penelitian Santoso dkk. menunjukkan hal itu. Hasilnya "
	  "baik.", "Penelitian Santoso dkk. menunjukkan hal itu.|Hasilnya baik." },
	{ "lower", EN, "She turned to him, 'This is great.' she said.",
	  "She turned to him, 'This is great.' she said." },
	/* ... except after a plain word or a number (Indonesian only) */
	{ "lower plain", ID, "Panen tahun ini melimpah. warga pun bersyukur.",
	  "Panen tahun ini melimpah.|warga pun bersyukur." },
	{ "lower plain", ID, "Ia lahir pada 5 Juni 1879. ayahnya pedagang.",
	  "Ia lahir pada 5 Juni 1879.|ayahnya pedagang." },
	{ "lower plain", ID, "Apakah ia akan sadar? tidak ada yang tahu.",
	  "Apakah ia akan sadar?|tidak ada yang tahu." },
	{ "lower list", ID, "Syaratnya: 1. warga setempat 2. berusia 17 tahun.",
	  "Syaratnya: 1. warga setempat 2. berusia 17 tahun." },
	{ "lower domain", ID, "Seperti dilansir simamaung. com. Ia pergi.",
	  "Seperti dilansir simamaung. com.|Ia pergi." },
	{ "lower cue", ID, "Cara itu berbahaya. kata dia kepada wartawan.",
	  "Cara itu berbahaya. kata dia kepada wartawan." },
	{ "lower quoted", ID, "Ia bertanya, \"kapan pulang? nanti saja.",
	  "Ia bertanya, \"kapan pulang? nanti saja." },
	{ "lower plain", EN, "Rules will be introduced. unless firms act.",
	  "Rules will be introduced. unless firms act." },
	{ "digit", ID, "Bantuan sebesar Rp. 500.000 diberikan. Penyaluran "
	  "dimulai.", "Bantuan sebesar Rp. 500.000 diberikan.|"
	  "Penyaluran dimulai." },
	{ "digit", EN, "Please turn to p. 55.", "Please turn to p. 55." },
	{ "digit", EN, "He knew it. \"1983 was the year,\" he said.",
	  "He knew it.|\"1983 was the year,\" he said." },
	/* prepositive abbreviations */
	{ "pre", ID, "Plt. Bupati Zaiful hadir. Ia menambahkan.",
	  "Plt. Bupati Zaiful hadir.|Ia menambahkan." },
	{ "pre", ID, "Kantor di Jl. Jenderal Sudirman No. 5, Jakarta. Baru.",
	  "Kantor di Jl. Jenderal Sudirman No. 5, Jakarta.|Baru." },
	{ "pre", ID, "Ny. Ani hadir bersama Tn. Smith. Keduanya tiba.",
	  "Ny. Ani hadir bersama Tn. Smith.|Keduanya tiba." },
	{ "pre", ID, "Ia kini menjabat sebagai Plt.", "Ia kini menjabat "
	  "sebagai Plt." },
	{ "pre", ID, "Ia tinggal di Dsn. Krajan, Ds. Sumber, KEC. Wates. "
	  "Warga mengenalnya.", "Ia tinggal di Dsn. Krajan, Ds. Sumber, KEC. "
	  "Wates.|Warga mengenalnya." },
	{ "pre", ID, "Ia meraih gelar Ph. D. dalam ilmu politik. Lalu pulang.",
	  "Ia meraih gelar Ph. D. dalam ilmu politik.|Lalu pulang." },
	{ "pre", EN, "I can see Mt. Fuji from here. Mr. Smith agrees.",
	  "I can see Mt. Fuji from here.|Mr. Smith agrees." },
	/* initials */
	{ "initial", ID, "Susilo B. Yudhoyono hadir. Ia berpidato.",
	  "Susilo B. Yudhoyono hadir.|Ia berpidato." },
	{ "initial", ID, "Indonesia di Grup A. Timnas menang. Vitamin C. Jeruk.",
	  "Indonesia di Grup A.|Timnas menang.|Vitamin C.|Jeruk." },
	{ "initial", EN, "We make a good team, you and I. Did you see Albert "
	  "I. Jones yesterday?", "We make a good team, you and I.|Did you see "
	  "Albert I. Jones yesterday?" },
	/* numbers, times, dates */
	{ "number", ID, "Kejadian itu pukul 21.15. Polisi tiba pukul 10.00 WIB.",
	  "Kejadian itu pukul 21.15.|Polisi tiba pukul 10.00 WIB." },
	{ "number", ID, "Hal itu disampaikan Zaiful, Selasa (9/7). Ia optimistis.",
	  "Hal itu disampaikan Zaiful, Selasa (9/7).|Ia optimistis." },
	{ "number", EN, "She has $100.00. It is in her bag.",
	  "She has $100.00.|It is in her bag." },
	{ "number", ID, "Rapat digelar 21/10/2025 pukul 10:30. Semua hadir.",
	  "Rapat digelar 21/10/2025 pukul 10:30.|Semua hadir." },
	{ "number", EN, "It opened on 9/7/2019 at 10:30. Crowds came.",
	  "It opened on 9/7/2019 at 10:30.|Crowds came." },
	{ "number", EN, "Sales rose 1.5 per cent. Profits fell.",
	  "Sales rose 1.5 per cent.|Profits fell." },
	/* URLs, domains, e-mail */
	{ "domain", ID, "Baca selengkapnya di Kompas.com. Terima kasih.",
	  "Baca selengkapnya di Kompas.com.|Terima kasih." },
	{ "domain", ID, "radarlampung.co.id-Pemerintah bekerja. Server diretas.",
	  "radarlampung.co.id-Pemerintah bekerja.|Server diretas." },
	{ "url", ID, "Daftar di https://lpse.lampungtimurkab.go.id/eproc. "
	  "Batasnya Senin.", "Daftar di https://lpse.lampungtimurkab.go.id/eproc."
	  "|Batasnya Senin." },
	{ "email", ID, "Kirim ke redaksi@contoh.co.id. Kami balas.",
	  "Kirim ke redaksi@contoh.co.id.|Kami balas." },
	{ "domain", EN, "He wrote for BBC.co.uk. Then he left.",
	  "He wrote for BBC.co.uk.|Then he left." },
	{ "email", EN, "Her email is Jane.Doe@example.com. I sent her an email.",
	  "Her email is Jane.Doe@example.com.|I sent her an email." },
	{ "url", EN, "The site is: https://www.example.50.com/new-site/a.html. "
	  "Please check it out.", "The site is: "
	  "https://www.example.50.com/new-site/a.html.|Please check it out." },
	/* postpositive abbreviations */
	{ "post", ID, "Saham PT Astra Tbk. Perusahaan itu untung.",
	  "Saham PT Astra Tbk.|Perusahaan itu untung." },
	{ "post", ID, "Hadir Budi S.H. M.Si. dari Lampung. Ia bicara.",
	  "Hadir Budi S.H. M.Si. dari Lampung.|Ia bicara." },
	{ "post", ID, "Saham dimiliki Asia Holdings Ltd. C/O PT Maju. Sisanya "
	  "publik.", "Saham dimiliki Asia Holdings Ltd. C/O PT Maju.|Sisanya "
	  "publik." },
	{ "post", ID, "Riset itu ditulis Santoso dkk. Hasilnya baik.",
	  "Riset itu ditulis Santoso dkk.|Hasilnya baik." },
	{ "post", ID, "Ada beras, gula, dll. Semua dibagikan.",
	  "Ada beras, gula, dll.|Semua dibagikan." },
	{ "post", EN, "They closed the deal with Pitt, Briggs & Co. It closed "
	  "yesterday.", "They closed the deal with Pitt, Briggs & Co.|It closed "
	  "yesterday." },
	{ "post", EN, "They closed the deal with Pitt, Briggs & Co. at noon.",
	  "They closed the deal with Pitt, Briggs & Co. at noon." },
	{ "initialism", EN, "At 5 a.m. Mr. Smith went to the bank. He left at "
	  "6 P.M. Mr. Smith then went home.", "At 5 a.m. Mr. Smith went to the "
	  "bank.|He left at 6 P.M.|Mr. Smith then went home." },
	{ "initialism", ID, "Ia tiba pukul 9 p.m. Dr. Andi menyambutnya.",
	  "Ia tiba pukul 9 p.m.|Dr. Andi menyambutnya." },
	{ "initialism", EN, "I live in the U.S. How about you?",
	  "I live in the U.S.|How about you?" },
	{ "initialism", EN, "I work for the U.S. Government in Virginia.",
	  "I work for the U.S. Government in Virginia." },
	{ "initialism", ID, "Ia dari U.S. Embassy. Ia bicara.",
	  "Ia dari U.S. Embassy.|Ia bicara." },
	/* a full stop glued between two words */
	{ "glued", ID, "Rapat selesai.Wartawan menunggu.",
	  "Rapat selesai.|Wartawan menunggu." },
	{ "glued", ID, "Ia di Bali.\"Kami senang,\" katanya.",
	  "Ia di Bali.|\"Kami senang,\" katanya." },
	{ "glued", ID, "Data naik pada 2021.Angka itu tinggi.",
	  "Data naik pada 2021.|Angka itu tinggi." },
	{ "glued", EN, "The meeting ended.Reporters waited.",
	  "The meeting ended.|Reporters waited." },
	{ "glued", EN, "He was in Bali.\"We are happy,\" he said.",
	  "He was in Bali.|\"We are happy,\" he said." },
	{ "glued comma", ID, "Laba naik 5 persen.,Adapun utang turun.,\"Kami "
	  "puas,\" ujarnya.", "Laba naik 5 persen.,|Adapun utang turun.,|"
	  "\"Kami puas,\" ujarnya." },
	{ "glued comma", ID, "Oleh Syahrir, S.Si.,M.M. dari Bogor.",
	  "Oleh Syahrir, S.Si.,M.M. dari Bogor." },
	{ "glued comma", ID, "Laba naik pada 2020., Terkait pandemi, laba "
	  "turun. , \xE2\x80\x9CKami puas,\xE2\x80\x9D kata Budi, S.H., Kepala "
	  "Dinas.", "Laba naik pada 2020.,|Terkait pandemi, laba turun. ,|"
	  "\xE2\x80\x9CKami puas,\xE2\x80\x9D kata Budi, S.H., Kepala Dinas." },
	/* quotations: with their attribution, one sentence */
	{ "quote", ID, "\xE2\x80\x9CItu saran LKPP. Karena, proyek DAK dibatasi "
	  "waktu,\xE2\x80\x9Dlanjut Zaiful. Ia pergi.",
	  "\xE2\x80\x9CItu saran LKPP. Karena, proyek DAK dibatasi waktu,"
	  "\xE2\x80\x9Dlanjut Zaiful.|Ia pergi." },
	{ "quote kompas", ID, "\xE2\x80\x9DSaya setuju. Kami datang,"
	  "\xE2\x80\x9D kata Budi. \xE2\x80\x9DLalu?\xE2\x80\x9D tanya dia. "
	  "Ia pergi.", "\xE2\x80\x9DSaya setuju. Kami datang,\xE2\x80\x9D kata "
	  "Budi.|\xE2\x80\x9DLalu?\xE2\x80\x9D tanya dia.|Ia pergi." },
	{ "quote mixed", ID, "\xE2\x80\x9CKami datang,\xE2\x80\x9D kata dia. "
	  "\xE2\x80\x9DLalu pergi. Pulang,\xE2\x80\x9D tambahnya.",
	  "\xE2\x80\x9CKami datang,\xE2\x80\x9D kata dia.|\xE2\x80\x9DLalu "
	  "pergi. Pulang,\xE2\x80\x9D tambahnya." },
	{ "quote straight", ID, "\"Kami datang. Kami pergi,\" kata Budi. Ia "
	  "pulang.", "\"Kami datang. Kami pergi,\" kata Budi.|Ia pulang." },
	{ "quote straight", EN, "\"It is late. We go,\" he said. They left.",
	  "\"It is late. We go,\" he said.|They left." },
	{ "quote curly", EN, "\xE2\x80\x9CIt is late. We go,\xE2\x80\x9D he "
	  "said. They left.", "\xE2\x80\x9CIt is late. We go,\xE2\x80\x9D he "
	  "said.|They left." },
	{ "quote lower", EN, "\"Are you sure? It is late,\" she asked. He "
	  "nodded.", "\"Are you sure? It is late,\" she asked.|He nodded." },
	{ "quote spaced", ID, "Kami pulang, \xE2\x80\x9Dujarnya. Ia pergi. "
	  "Semua \xE2\x80\x9D" "baik.\xE2\x80\x9D", "Kami pulang, \xE2\x80\x9Dujarnya.|"
	  "Ia pergi.|Semua \xE2\x80\x9D" "baik.\xE2\x80\x9D" },
	/* an unbalanced mark swallows nothing */
	{ "quote unbalanced", ID, "\"Kami datang. Ia pulang. Semua diam.",
	  "\"Kami datang.|Ia pulang.|Semua diam." },
	{ "quote unbalanced", EN, "\xE2\x80\x9CWe came. He left.\n\nAll "
	  "quiet. Night fell.", "\xE2\x80\x9CWe came.|He left.|All quiet.|"
	  "Night fell." },
	{ "quote paragraph", ID, "\xE2\x80\x9CKami datang.\n\nIa pulang."
	  "\xE2\x80\x9D kata dia.", "\xE2\x80\x9CKami datang.|Ia pulang."
	  "\xE2\x80\x9D kata dia." },
	/* paragraphs */
	{ "paragraph", ID, "Judul tanpa titik\n\nIsi berita", "Judul tanpa "
	  "titik|Isi berita" },
	{ "paragraph", ID, "Ia datang.\nKami pulang.", "Ia datang.|Kami pulang." },
	{ "paragraph", ID, "Ekonomi melemah.\\\nSejumlah pabrik tutup.",
	  "Ekonomi melemah.\\|Sejumlah pabrik tutup." },
	{ "paragraph", ID, "Syaratnya:\n- Warga setempat\n- Berusia 17 tahun",
	  "Syaratnya:|- Warga setempat|- Berusia 17 tahun" },
	{ "paragraph", ID, "Ia datang\nke kota. Kami pulang.",
	  "Ia datang\nke kota.|Kami pulang." },
	/* lists */
	{ "list", EN, "1. The first item 2. The second item",
	  "1. The first item|2. The second item" },
	{ "list", EN, "1.) The first item. 2.) The second item.",
	  "1.) The first item.|2.) The second item." },
	{ "list", EN, "a. The first item b. The second item c. The third",
	  "a. The first item|b. The second item|c. The third" },
	{ "list", ID, "1) Pertama datang 2) Kedua pulang",
	  "1) Pertama datang|2) Kedua pulang" },
	/* English Golden Rules: parentheses, omissions */
	{ "paren", EN, "He teaches science (He previously worked for 5 years "
	  "as an engineer.) at the local University.", "He teaches science "
	  "(He previously worked for 5 years as an engineer.) at the local "
	  "University." },
	{ "omission", EN, "\"Bohr [...] used the analogy [...]\" (Smith 55).",
	  "\"Bohr [...] used the analogy [...]\" (Smith 55)." },
	{ "empty", ID, "", "" },
	{ "blank", ID, " \n\n \n", "" },
};

/* Tokens: kind letter (W N P Q), ":" and the text; a quote's qmark as
   o c a after Q. */
static const struct {
	int		 lang;
	const char	*text;
	const char	*want;
} tok_cases[] = {
	{ ID, "senilai Rp78,7 miliar.", "W:senilai W:Rp N:78,7 W:miliar P:." },
	{ ID, "Rp. 1.026.000 pukul 10.00 (9/7)",
	  "W:Rp. N:1.026.000 W:pukul N:10.00 P:( N:9/7 P:)" },
	{ ID, "anak-anak rumahnya ke-5 COVID-19",
	  "W:anak-anak W:rumahnya W:ke-5 W:COVID-19" },
	{ ID, "Plt. Bupati U.S. a.m. Jum'at", "W:Plt. W:Bupati W:U.S. W:a.m. "
	  "W:Jum'at" },
	{ ID, "di Kompas.com.", "W:di W:Kompas.com P:." },
	{ ID, "selesai.Wartawan", "W:selesai P:. W:Wartawan" },
	{ ID, "Tunggu... Apa?!", "W:Tunggu P:... W:Apa P:?!" },
	{ ID, "\xE2\x80\x9CYa,\xE2\x80\x9Djelas dia.",
	  "Qo:\xE2\x80\x9C W:Ya P:, Qc:\xE2\x80\x9D W:jelas W:dia P:." },
	{ ID, "\xE2\x80\x9DYa,\xE2\x80\x9D kata dia.",
	  "Qo:\xE2\x80\x9D W:Ya P:, Qc:\xE2\x80\x9D W:kata W:dia P:." },
	{ ID, "\"Ya,\" kata dia \"lagi", "Qo:\" W:Ya P:, Qc:\" W:kata W:dia Qo:\" "
	  "W:lagi" },
	{ ID, "kata \" dia", "W:kata Qa:\" W:dia" },
	{ ID, "email budi@contoh.co.id, www.kompas.id.",
	  "W:email W:budi@contoh.co.id P:, W:www.kompas.id P:." },
	{ ID, "km\xC2\xB2 \xC3\x89lys\xC3\xA9" "e", "W:km\xC2\xB2 W:\xC3\x89lys\xC3\xA9" "e" },
	{ ID, "rumahnya KPK-nya anak-anaknya", "W:rumahnya W:KPK-nya "
	  "W:anak-anaknya" },
	{ EN, "Mr. Smith's well-known U.K. firm don't", "W:Mr. W:Smith's "
	  "W:well-known W:U.K. W:firm W:don't" },
	{ EN, "$1,026,000.50 at 10:30 p.m.", "P:$ N:1,026,000.50 W:at "
	  "N:10:30 W:p.m." },
	{ EN, "\xE2\x80\x9CNo,\xE2\x80\x9D he said.", "Qo:\xE2\x80\x9C "
	  "W:No P:, Qc:\xE2\x80\x9D W:he W:said P:." },
};

static struct arena arena;
static struct segmenter *sg;

static void
run(struct article *a, const char *text, int lang, const char *title)
{
	memset(a, 0, sizeof(*a));
	a->arena = &arena;
	a->text = (char *)arena_strndup(&arena, text, strlen(text));
	a->len = strlen(text);
	a->lang = lang;
	a->title = title;
	seg_run(sg, a);
}

/* The invariants every segmentation keeps. */
static void
check_invariants(const struct article *a)
{
	size_t i, k;

	for (i = 0; i < a->nsentences; i++) {
		const struct sentence *s = &a->sentences[i];

		assert_true(s->start < s->end);
		assert_true(s->tok_first < s->tok_end);
		assert_int_equal(s->start, a->tokens[s->tok_first].start);
		assert_int_equal(s->end, a->tokens[s->tok_end - 1].end);
		assert_true(a->tokens[s->tok_first].flags & TOK_SENT_START);
		if (i > 0) {
			assert_int_equal(s->tok_first,
			    a->sentences[i - 1].tok_end);
			assert_true(s->para >= a->sentences[i - 1].para);
			assert_true(s->start >= a->sentences[i - 1].end);
		}
		for (k = s->tok_first; k < s->tok_end; k++)
			assert_int_equal(a->tokens[k].sentence, i);
	}
	for (k = 0; k < a->ntokens; k++) {
		assert_true(a->tokens[k].start < a->tokens[k].end);
		if (k > 0)
			assert_true(a->tokens[k].start >= a->tokens[k - 1].end);
	}
	if (a->nsentences > 0)
		assert_int_equal(a->sentences[a->nsentences - 1].tok_end,
		    a->ntokens);
}

static void
test_sentences(void **state)
{
	struct article a;
	char got[2048];
	size_t i, k, n;

	(void)state;
	for (i = 0; i < sizeof(sent_cases) / sizeof(sent_cases[0]); i++) {
		run(&a, sent_cases[i].text, sent_cases[i].lang, NULL);
		check_invariants(&a);
		n = 0;
		got[0] = '\0';
		for (k = 0; k < a.nsentences; k++)
			n += (size_t)snprintf(got + n, sizeof(got) - n, "%s%.*s",
			    k ? "|" : "", (int)(a.sentences[k].end -
			    a.sentences[k].start), a.text + a.sentences[k].start);
		if (strcmp(got, sent_cases[i].want) != 0)
			fail_msg("rule %s: \"%s\"\n  got  \"%s\"\n  want \"%s\"",
			    sent_cases[i].rule, sent_cases[i].text, got,
			    sent_cases[i].want);
		arena_clear(&arena);
	}
}

static void
test_tokens(void **state)
{
	struct article a;
	char got[2048];
	size_t i, k, n;

	(void)state;
	for (i = 0; i < sizeof(tok_cases) / sizeof(tok_cases[0]); i++) {
		run(&a, tok_cases[i].text, tok_cases[i].lang, NULL);
		check_invariants(&a);
		n = 0;
		got[0] = '\0';
		for (k = 0; k < a.ntokens; k++) {
			const struct token *t = &a.tokens[k];

			n += (size_t)snprintf(got + n, sizeof(got) - n,
			    "%s%c%s:%.*s", k ? " " : "", "WNPQ"[t->kind],
			    t->kind != TOK_QUOTE ? "" :
			    t->qmark == TOK_Q_OPEN ? "o" :
			    t->qmark == TOK_Q_CLOSE ? "c" : "a",
			    (int)(t->end - t->start), a.text + t->start);
		}
		if (strcmp(got, tok_cases[i].want) != 0)
			fail_msg("\"%s\"\n  got  \"%s\"\n  want \"%s\"",
			    tok_cases[i].text, got, tok_cases[i].want);
		arena_clear(&arena);
	}
}

static void
test_flags(void **state)
{
	struct article a;

	(void)state;
	run(&a, "Plt. Bupati KPK datang 2019.\n\nIa pergi. Kami pulang.",
	    ID, NULL);
	assert_int_equal(a.nsentences, 3);
	assert_int_equal(a.ntokens, 12);
	/* Plt. */
	assert_int_equal(a.tokens[0].flags,
	    TOK_CAP | TOK_SENT_START | TOK_PARA_START);
	/* KPK, 2019 */
	assert_int_equal(a.tokens[2].flags, TOK_CAP | TOK_ALLCAPS);
	assert_int_equal(a.tokens[4].kind, TOK_NUMBER);
	assert_int_equal(a.tokens[4].flags, TOK_HAS_DIGIT);
	/* Ia: new paragraph; Kami: new sentence in it */
	assert_int_equal(a.tokens[6].flags,
	    TOK_CAP | TOK_SENT_START | TOK_PARA_START);
	assert_int_equal(a.tokens[9].flags, TOK_CAP | TOK_SENT_START);
	assert_int_equal(a.sentences[0].para, 0);
	assert_int_equal(a.sentences[1].para, 1);
	assert_int_equal(a.sentences[2].para, 1);
	assert_int_equal(a.sentences[1].flags, SENT_PARA_START);
	assert_int_equal(a.sentences[2].flags, 0);
	assert_int_equal(a.sentences[2].tok_first, 9);
	assert_int_equal(a.sentences[2].tok_end, 12);
	arena_clear(&arena);
}

static void
test_title(void **state)
{
	struct article a;

	(void)state;
	/* the title line is one sentence, even with a full stop inside */
	run(&a, "Plt. Bupati: Server Diretas? Ya\nIsi berita. Lagi.", ID,
	    "Plt. Bupati: Server Diretas? Ya");
	assert_int_equal(a.nsentences, 3);
	assert_int_equal(a.sentences[0].flags, SENT_TITLE | SENT_PARA_START);
	assert_int_equal(a.sentences[0].end, 31);
	assert_int_equal(a.sentences[1].para, 1);
	arena_clear(&arena);
}

static int
setup(void **state)
{
	(void)state;
	arena_init(&arena);
	sg = seg_new();
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	seg_free(sg);
	arena_release(&arena);
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sentences),
		cmocka_unit_test(test_tokens),
		cmocka_unit_test(test_flags),
		cmocka_unit_test(test_title),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}

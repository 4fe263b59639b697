/*
 * test_tagger.c: the statistical entity tagger (src/tagger.c) on a few
 * fixed sentences of our own.  Each case is a sentence and the mentions a
 * user would see, as "LABEL:text" in text order.  Every sentence is tagged
 * twice, once cut into tokens at spaces (the first tokenizer) and once with
 * punctuation split off words (the real one): the answer must not change.
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
#include "tag_feat.h"
#include "tagger.h"

struct tag_case {
	const char	*text;
	int		 lang;
	const char	*want;	/* "LABEL:mention|..." in text order; "LABEL?"
				   when the model is unsure (link only);
				   "=name" when the entity is named apart */
};

static const struct tag_case cases[] = {
	/* a name at the start of a sentence */
	{ "Bank Indonesia menaikkan suku bunga acuan, kata Sri Mulyani di "
	  "Jakarta.", ART_LANG_ID,
	  "ORG:Bank Indonesia|PERSON:Sri Mulyani|LOC:Jakarta" },
	{ "Presiden Joko Widodo meresmikan bendungan itu di Kabupaten Lebak, "
	  "Banten, pada Senin.", ART_LANG_ID,
	  "PERSON:Joko Widodo|LOC:Kabupaten Lebak|LOC:Banten" },
	{ "Tim SAR mencari korban di Sungai Musi, Palembang, Sumatera "
	  "Selatan.", ART_LANG_ID,
	  "LOC:Sungai Musi|LOC:Palembang|LOC:Sumatera Selatan" },
	/* quotation marks are not part of names; a capital after one is
	   the start of a sentence, not a name */
	{ "\xE2\x80\x9C" "Kami siap,\xE2\x80\x9D ujar Sri Mulyani di Jakarta.",
	  ART_LANG_ID, "PERSON:Sri Mulyani|LOC:Jakarta" },
	/* an acronym in brackets stays with its expansion, as in IDNer, but
	   the entity is named without it */
	{ "Menurut Ketua Komisi Pemberantasan Korupsi (KPK) Agus Rahardjo, "
	  "kasus itu masih diselidiki.", ART_LANG_ID,
	  "ORG?:Komisi Pemberantasan Korupsi (KPK)=Komisi Pemberantasan "
	  "Korupsi|PERSON:Agus Rahardjo" },
	/* an acronym the article defines by a lower-case phrase is a term:
	   no entity (a model guess would only link) */
	{ "Proyek itu bersumber dari dana alokasi khusus (DAK) 2019, "
	  "selain yang bersumber dari DAK, pelelangan lain berjalan.",
	  ART_LANG_ID, "" },
	/* nothing to find */
	{ "Dia pergi ke pasar membeli sayur dan buah.", ART_LANG_ID, "" },
	{ "Pada 2019 harga naik 12,5 persen menjadi Rp78,7 miliar.",
	  ART_LANG_ID, "" },
	/* English: the model is for Indonesian only */
	{ "Bank Indonesia raised rates, Sri Mulyani said in Jakarta.",
	  ART_LANG_EN, "" },
};

static int
is_space(char c)
{
	return c == ' ' || c == '\n' || c == '\t';
}

static int
is_word(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c >= 0x80;
}

/* One sentence over the whole text, tokens cut at spaces or, when split,
   also around each ASCII punctuation character. */
static void
make_article(struct article *a, struct arena *ar, const char *text,
    int lang, int split)
{
	size_t i = 0, n = strlen(text);

	memset(a, 0, sizeof(*a));
	a->arena = ar;
	a->text = arena_strndup(ar, text, n);
	a->len = n;
	a->lang = lang;
	a->tokens = arena_alloc(ar, (n + 1) * sizeof(*a->tokens));
	while (i < n) {
		size_t j = i;
		struct token *t;

		if (is_space(text[i])) {
			i++;
			continue;
		}
		if (!split)
			while (j < n && !is_space(text[j]))
				j++;
		else if (!is_word((unsigned char)text[i]))
			j++;
		else
			while (j < n && !is_space(text[j]) &&
			    (is_word((unsigned char)text[j]) ||
			    ((text[j] == ',' || text[j] == '.') && j + 1 < n &&
			    text[j + 1] >= '0' && text[j + 1] <= '9')))
				j++;
		t = &a->tokens[a->ntokens++];
		memset(t, 0, sizeof(*t));
		t->start = (uint32_t)i;
		t->end = (uint32_t)j;
		i = j;
	}
	a->sentences = arena_zalloc(ar, sizeof(*a->sentences));
	a->nsentences = 1;
	a->sentences[0].end = (uint32_t)n;
	a->sentences[0].tok_end = (uint32_t)a->ntokens;
}

static void
render(const struct article *a, char *out, size_t cap)
{
	static const char *names[] = ENT_LABEL_NAMES;
	size_t i, len = 0;

	out[0] = '\0';
	for (i = 0; i < a->ncands; i++) {
		const struct ent_cand *c = &a->cands[i];

		assert_int_equal(c->source, ENT_SRC_MODEL);
		assert_true(c->score == 350 ||
		    (c->score >= 650 && c->score <= 800));
		/* "?": unsure, given for linking only */
		len += (size_t)snprintf(out + len, cap - len, "%s%s%s:%.*s%s%s",
		    i ? "|" : "", names[c->label], c->score < 650 ? "?" : "",
		    (int)(c->end - c->start), a->text + c->start,
		    c->canon != NULL ? "=" : "",
		    c->canon != NULL ? c->canon : "");
		assert_true(len < cap);
	}
}

static void
test_sentences(void **state)
{
	struct tagger *t = tagger_new();
	size_t i;
	int split;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		for (split = 0; split < 2; split++) {
			struct arena ar;
			struct article a;
			char got[512];

			arena_init(&ar);
			make_article(&a, &ar, cases[i].text, cases[i].lang,
			    split);
			tagger_tag(t, &a);
			render(&a, got, sizeof(got));
			/* SHOW=1 prints what the model gives, after
			   retraining */
			if (getenv("SHOW") != NULL)
				printf("%zu %d %s\n", i, split, got);
			else if (strcmp(got, cases[i].want) != 0)
				fail_msg("case %zu (split %d): got \"%s\", "
				    "want \"%s\"", i, split, got,
				    cases[i].want);
			arena_release(&ar);
		}
	tagger_free(t);
}

/* What the tagger gives for case i, split or not, with tagger t. */
static void
tag_case(struct tagger *t, size_t i, int split, char *got, size_t cap)
{
	struct arena ar;
	struct article a;

	arena_init(&ar);
	make_article(&a, &ar, cases[i].text, cases[i].lang, split);
	tagger_tag(t, &a);
	render(&a, got, cap);
	arena_release(&ar);
}

/*
 * The tagger keeps per-word results from one sentence to the next (its
 * caches): a sentence gets the same mentions from a fresh tagger as from
 * one that has seen the other sentences, in another order, before.
 */
static void
test_warm(void **state)
{
	struct tagger *warm = tagger_new();
	size_t i, n = sizeof(cases) / sizeof(cases[0]);
	int split;

	(void)state;
	for (i = n; i > 0; i--)
		for (split = 0; split < 2; split++) {
			struct tagger *cold = tagger_new();
			char want[512], got[512];

			tag_case(cold, i - 1, split, want, sizeof(want));
			tag_case(warm, i - 1, split, got, sizeof(got));
			assert_string_equal(got, want);
			tag_case(warm, (i * 7) % n, !split, got, sizeof(got));
			tag_case(warm, i - 1, split, got, sizeof(got));
			assert_string_equal(got, want);
			tagger_free(cold);
		}
	tagger_free(warm);
}

/*
 * The combination with the rule layer: the tagger appends after the rule
 * candidates; a rule guess the model does not see is demoted to link only,
 * one it overlaps keeps its score, and so do dates and sure matches, but
 * for a sure match inside a longer span the model is confident of
 * ("Gedung DPR", not "DPR").
 */
struct rule_case {
	const char	*mention;	/* in the text */
	int		 label;
	uint16_t	 score;
	uint16_t	 want;		/* score after tagging */
};

static const struct rule_case rule_cases[] = {
	{ "Bank", ENT_ORG, 1000, 1000 },		/* sure */
	{ "suku bunga", ENT_ORG, 450, 350 },		/* guess, model: O */
	{ "Sri Mulyani", ENT_PERSON, 450, 450 },	/* model agrees */
	{ "Mulyani di Jakarta", ENT_LOC, 600, 600 },	/* overlaps model */
	{ "suku bunga", ENT_DATE, 450, 450 },		/* not the model's */
	/* a guess strictly inside a longer model span is demoted; one of
	   the same extent keeps its score (ent_link() decides the label) */
	{ "Bank", ENT_PERSON, 450, 350 },
	{ "Bank Indonesia", ENT_PERSON, 450, 450 },
	{ NULL, 0, 0, 0 }
};

static const char *contain_text = "Anggota Fraksi Partai Golkar itu "
    "berbicara di Gedung DPR, Senayan, Jakarta.";

static const struct rule_case contain_cases[] = {
	{ "DPR", ENT_ORG, 1000, 350 },		/* inside "Gedung DPR" */
	{ "Jakarta", ENT_LOC, 1000, 1000 },	/* the model's span too */
	{ "Fraksi Partai Golkar", ENT_ORG, 900, 350 },	/* a body: the
							   model's party */
	{ "Anggota", ENT_PERSON, 1000, 1000 },	/* sure, model: O */
	{ "Fraksi", ENT_ORG, 900, 350 },	/* a body, the party next */
	{ "Anggota", ENT_ORG, 900, 900 },	/* the party not next */
	{ NULL, 0, 0, 0 }
};

/* a full name the rules guess where the model sees none, but whose
   words the model takes for a person elsewhere, stands: an article's
   first words ("Kendall Jenner (19) dan Kylie Jenner (17)") */
static const char *seen_text = "Dewi Lestari (19) dan Rina Lestari (17) "
    "dibaca keras, kata Lestari di Bandung, dan Dewi pergi.";

static const struct rule_case seen_cases[] = {
	{ "Dewi Lestari", ENT_PERSON, 550, 550 },	/* model: Lestari */
	{ "dibaca keras", ENT_PERSON, 550, 350 },	/* no word of a name */
	{ "Dewi Lestari", ENT_ORG, 550, 350 },		/* not a person */
	{ NULL, 0, 0, 0 }
};

/* a place after a title qualifies the office: IDNer leaves it, and the
   model does too, so the lexicon's sure match only links */
static const char *title_text = "Presiden Suriah Bashar al-Assad "
    "bertemu warga di Damaskus.";

static const struct rule_case title_cases[] = {
	{ "Suriah", ENT_LOC, 1000, 350 },	/* after "Presiden" */
	{ "Damaskus", ENT_LOC, 1000, 1000 },	/* the model's span too */
	{ NULL, 0, 0, 0 }
};

static void
check_rules(const char *text, const struct rule_case *rc, size_t nmodel)
{
	struct tagger *t = tagger_new();
	struct arena ar;
	struct article a;
	size_t i, n;

	for (n = 0; rc[n].mention != NULL; n++)
		;
	arena_init(&ar);
	make_article(&a, &ar, text, ART_LANG_ID, 0);
	a.cands = arena_zalloc(&ar, n * sizeof(*a.cands));
	for (i = 0; i < n; i++) {
		const char *p = strstr(a.text, rc[i].mention);

		assert_non_null(p);
		a.cands[i].start = (uint32_t)(p - a.text);
		a.cands[i].end = a.cands[i].start +
		    (uint32_t)strlen(rc[i].mention);
		a.cands[i].label = (uint8_t)rc[i].label;
		a.cands[i].source = ENT_SRC_RULE;
		a.cands[i].score = rc[i].score;
	}
	a.ncands = n;
	tagger_tag(t, &a);
	assert_int_equal(a.ncands, n + nmodel);
	for (i = 0; i < n; i++) {
		assert_int_equal(a.cands[i].source, ENT_SRC_RULE);
		if (a.cands[i].score != rc[i].want)
			fail_msg("rule %zu (%s): score %d, want %d", i,
			    rc[i].mention, a.cands[i].score, rc[i].want);
	}
	for (; i < a.ncands; i++)
		assert_int_equal(a.cands[i].source, ENT_SRC_MODEL);
	arena_release(&ar);
	tagger_free(t);
}

static void
test_rules(void **state)
{
	(void)state;
	check_rules(cases[0].text, rule_cases, 3);
	/* model: Partai Golkar, Gedung DPR, Senayan, Jakarta */
	check_rules(contain_text, contain_cases, 4);
	/* model: Rina Lestari?, Lestari, Bandung, Dewi? */
	check_rules(seen_text, seen_cases, 4);
	/* model: Bashar al-Assad, Damaskus */
	check_rules(title_text, title_cases, 2);
}

/* A sentence of 100k tokens is tagged in chunks, in bounded memory. */
static void
test_long_sentence(void **state)
{
	struct tagger *t = tagger_new();
	struct arena ar;
	struct article a;
	const char *unit = "kata Sri Mulyani di Jakarta ";
	size_t i, n = 20000, ul = strlen(unit);
	char *text = test_malloc(n * ul + 1);

	(void)state;
	for (i = 0; i < n; i++)
		memcpy(text + i * ul, unit, ul);
	text[n * ul] = '\0';
	arena_init(&ar);
	make_article(&a, &ar, text, ART_LANG_ID, 0);
	tagger_tag(t, &a);
	assert_true(a.ncands >= n);
	for (i = 1; i < a.ncands; i++)
		assert_true(a.cands[i].start >= a.cands[i - 1].end);
	arena_release(&ar);
	test_free(text);
	tagger_free(t);
}

/* tag_viterbi() as the textbook has it: every pair of tags, every unit. */
static void
ref_viterbi(const int32_t *emit, const int32_t *trans, const uint8_t *open,
    size_t n, uint8_t *out)
{
	int64_t cur[TAG_NTAGS], nxt[TAG_NTAGS];
	int ok[TAG_NTAGS], nok[TAG_NTAGS], p, t, best;
	uint8_t bp[64][TAG_NTAGS];
	size_t i;

	for (t = 0; t < TAG_NTAGS; t++) {
		ok[t] = (t == TAG_O || open[0]) && (t == TAG_O || (t & 1));
		cur[t] = (int64_t)emit[t] + trans[TAG_NTAGS * TAG_NTAGS + t];
	}
	for (i = 1; i < n; i++)
		for (t = 0; t < TAG_NTAGS; t++) {
			nok[t] = 0;
			for (p = 0; p < TAG_NTAGS; p++) {
				int64_t s = cur[p] + trans[p * TAG_NTAGS + t];

				if (!ok[p] || (t != TAG_O && !open[i]) ||
				    (t != TAG_O && !(t & 1) && p != t &&
				    p != t - 1))
					continue;
				if (!nok[t] || s > nxt[t]) {
					nxt[t] = s;
					bp[i][t] = (uint8_t)p;
				}
				nok[t] = 1;
			}
			if (t == TAG_NTAGS - 1) {
				for (p = 0; p < TAG_NTAGS; p++) {
					ok[p] = nok[p];
					cur[p] = nxt[p] + emit[i * TAG_NTAGS +
					    p];
				}
			}
		}
	best = 0;
	for (t = 1; t < TAG_NTAGS; t++)
		if (ok[t] && cur[t] > cur[best])
			best = t;
	for (i = n; i > 0; i--) {
		out[i - 1] = (uint8_t)best;
		if (i > 1)
			best = bp[i - 1][best];
	}
}

/*
 * The decoder's shortcuts (runs of forced O, an open unit after O, every
 * tag reached), and the decoding run by run, against the textbook, on
 * random scores in a range small enough for ties: the same tags, ties to
 * the lower one.
 */
static void
test_viterbi(void **state)
{
	int32_t emit[64 * TAG_NTAGS], trans[(TAG_NTAGS + 1) * TAG_NTAGS];
	uint8_t open[64], bp[64 * TAG_NTAGS], got[64], want[64];
	uint32_t r = 12345;
	size_t i, n, round;

	(void)state;
	for (round = 0; round < 3000; round++) {
		n = 1 + round % 64;
		for (i = 0; i < (TAG_NTAGS + 1) * TAG_NTAGS; i++) {
			r = r * 1103515245u + 12345u;
			trans[i] = (int32_t)(r >> 16) % 5 - 2;
		}
		for (i = 0; i < n * TAG_NTAGS; i++) {
			r = r * 1103515245u + 12345u;
			emit[i] = (int32_t)(r >> 16) % 7 - 3;
		}
		for (i = 0; i < n; i++) {
			r = r * 1103515245u + 12345u;
			open[i] = (r >> 16) % 4 != 0 || round % 3 == 0;
		}
		tag_viterbi(emit, trans, open, n, bp, got);
		ref_viterbi(emit, trans, open, n, want);
		assert_memory_equal(got, want, n);
		memset(got, 0xFF, sizeof(got));
		tag_viterbi_runs(emit, trans, open, n, bp, got);
		assert_memory_equal(got, want, n);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sentences),
		cmocka_unit_test(test_warm),
		cmocka_unit_test(test_rules),
		cmocka_unit_test(test_long_sentence),
		cmocka_unit_test(test_viterbi),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

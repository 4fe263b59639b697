/*
 * test_decode.c: the decode stage (src/decode.c).  Table-driven: each case
 * is the bytes of a file and the UTF-8 text and encoding a user would see.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "arena.h"
#include "article.h"
#include "decode.h"

struct dec_case {
	const char	*encoding;	/* --encoding */
	const char	*in;
	size_t		 in_len;
	int		 from_json;
	const char	*want;
	const char	*want_enc;
	unsigned	 want_repairs;
};

#define S(s)	s, sizeof(s) - 1

static const struct dec_case dec_cases[] = {
	/* valid UTF-8 is copied */
	{ "auto", S("Jum\xE2\x80\x99" "at pagi"), 0, "Jum\xE2\x80\x99" "at pagi",
	    "UTF-8", 0 },
	/* a BOM is dropped */
	{ "auto", S("\xEF\xBB\xBFPemerintah"), 0, "Pemerintah", "UTF-8", 0 },
	/* a legacy file: every byte Windows-1252 */
	{ "auto", S("\x93Saat ini,\x94 jelas Zaiful \x96 Selasa"), 0,
	    "\xE2\x80\x9CSaat ini,\xE2\x80\x9D jelas Zaiful \xE2\x80\x93 Selasa",
	    "windows-1252", ART_REPAIR_DECODED },
	{ "auto", S("Caf\xE9 30\xB0" "C"), 0, "Caf\xC3\xA9 30\xC2\xB0" "C",
	    "windows-1252", ART_REPAIR_DECODED },
	/* a mixed dump: valid UTF-8 stays, the stray byte is Windows-1252 */
	{ "auto", S("naik \xE2\x80\x93 kata dia. Jum\x92" "at"), 0,
	    "naik \xE2\x80\x93 kata dia. Jum\xE2\x80\x99" "at", "UTF-8",
	    ART_REPAIR_INVALID },
	/* undefined in Windows-1252: U+FFFD */
	{ "auto", S("a\x81" "b"), 0, "a\xEF\xBF\xBD" "b", "windows-1252",
	    ART_REPAIR_DECODED },
	/* a truncated sequence at the end */
	{ "auto", S("Rp78,7 miliar \xE2\x80"), 0,
	    "Rp78,7 miliar \xC3\xA2\xE2\x82\xAC", "windows-1252",
	    ART_REPAIR_DECODED },
	/* UTF-16 with BOM, both orders */
	{ "auto", S("\xFF\xFEP\0e\0m\0d\0a\0 \0\x1C\x20"), 0,
	    "Pemda \xE2\x80\x9C", "UTF-16LE", ART_REPAIR_DECODED },
	{ "auto", S("\xFE\xFF\0P\0e\0m\0d\0a"), 0, "Pemda", "UTF-16BE",
	    ART_REPAIR_DECODED },
	/* UTF-16 without BOM, told by its NUL bytes */
	{ "auto", S("\0K\0a\0t\0a\0 \0Z\0a\0i\0f\0u\0l"), 0, "Kata Zaiful",
	    "UTF-16BE", ART_REPAIR_DECODED },
	{ "auto", S("K\0a\0t\0a\0 \0Z\0a\0i\0f\0u\0l\0"), 0, "Kata Zaiful",
	    "UTF-16LE", ART_REPAIR_DECODED },
	/* a surrogate pair, a lone surrogate, an odd last byte */
	{ "auto", S("\xFF\xFE=\xD8\0\xDE!\0"), 0, "\xF0\x9F\x98\x80!",
	    "UTF-16LE", ART_REPAIR_DECODED },
	{ "auto", S("\xFF\xFE" "a\0\x00\xDC" "b\0c"), 0,
	    "a\xEF\xBF\xBD" "b\xEF\xBF\xBD", "UTF-16LE",
	    ART_REPAIR_DECODED | ART_REPAIR_INVALID },
	/* UTF-32 with BOM */
	{ "auto", S("\xFF\xFE\0\0O\0\0\0K\0\0\0"), 0, "OK", "UTF-32LE",
	    ART_REPAIR_DECODED },
	{ "auto", S("\0\0\xFE\xFF\0\0\0O\0\0\0K"), 0, "OK", "UTF-32BE",
	    ART_REPAIR_DECODED },
	/* a JSON string is never sniffed for a BOM or UTF-16 */
	{ "auto", S("\xFF\xFEO"), 1, "\xC3\xBF\xC3\xBEO", "windows-1252",
	    ART_REPAIR_DECODED },
	/* named encodings through iconv */
	{ "ISO-8859-1", S("Ren\xE9"), 0, "Ren\xC3\xA9", "ISO-8859-1",
	    ART_REPAIR_DECODED },
	{ "windows-1252", S("\x93" "Kami\x94"), 0,
	    "\xE2\x80\x9CKami\xE2\x80\x9D", "windows-1252", ART_REPAIR_DECODED },
	/* EILSEQ: a bad byte becomes U+FFFD and decoding goes on */
	{ "UTF-8", S("a\xFF" "b"), 0, "a\xEF\xBF\xBD" "b", "UTF-8",
	    ART_REPAIR_INVALID },
	/* EINVAL: the input ends inside a sequence */
	{ "UTF-8", S("ab\xE2\x80"), 0, "ab\xEF\xBF\xBD", "UTF-8",
	    ART_REPAIR_INVALID },
	{ "UTF-16LE", S("O\0K\0!"), 0, "OK\xEF\xBF\xBD", "UTF-16LE",
	    ART_REPAIR_DECODED | ART_REPAIR_INVALID },
	/* a stateful encoding */
	{ "ISO-2022-JP", S("\x1B$B$\"\x1B(Bx"), 0, "\xE3\x81\x82x",
	    "ISO-2022-JP", ART_REPAIR_DECODED },
	/* empty */
	{ "auto", S(""), 0, "", "UTF-8", 0 },
	{ "ISO-8859-1", S(""), 0, "", "ISO-8859-1", ART_REPAIR_DECODED },
};

static void
test_cases(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(dec_cases) / sizeof(dec_cases[0]); i++) {
		const struct dec_case *c = &dec_cases[i];
		const char *err = NULL;
		struct decoder *d = decode_new(c->encoding, &err);
		struct arena ar;
		struct article a;

		print_message("case %zu\n", i);
		assert_non_null(d);
		arena_init(&ar);
		memset(&a, 0, sizeof(a));
		a.arena = &ar;
		decode_run(d, &a, c->in, c->in_len, c->from_json);
		assert_string_equal(a.raw, c->want);
		assert_int_equal(a.raw_len, strlen(c->want));
		assert_string_equal(a.encoding, c->encoding[0] == 'a' ?
		    c->want_enc : c->encoding);
		assert_int_equal(a.repairs, c->want_repairs);
		arena_release(&ar);
		decode_free(d);
	}
}

/* One decoder serves many articles: iconv's state does not leak. */
static void
test_reuse(void **state)
{
	const char *err = NULL;
	struct decoder *d = decode_new("ISO-2022-JP", &err);
	struct arena ar;
	struct article a;

	(void)state;
	arena_init(&ar);
	memset(&a, 0, sizeof(a));
	a.arena = &ar;
	/* ends in the two-byte mode without a return to ASCII */
	decode_run(d, &a, "\x1B$B$\"", 5, 0);
	memset(&a, 0, sizeof(a));
	a.arena = &ar;
	decode_run(d, &a, "OK", 2, 0);
	assert_string_equal(a.raw, "OK");
	arena_release(&ar);
	decode_free(d);
}

static void
test_unknown(void **state)
{
	const char *err = NULL;

	(void)state;
	assert_null(decode_new("NO-SUCH-CHARSET-42", &err));
	assert_non_null(err);
}

/* A big article grows iconv's output buffer (E2BIG). */
static void
test_grow(void **state)
{
	static char in[30000];
	const char *err = NULL;
	struct decoder *d = decode_new("windows-1252", &err);
	struct arena ar;
	struct article a;
	size_t i;

	(void)state;
	assert_non_null(d);
	/* each 0x85 is an ellipsis, three bytes of UTF-8 */
	memset(in, 0x85, sizeof(in));
	i = sizeof(in);
	arena_init(&ar);
	memset(&a, 0, sizeof(a));
	a.arena = &ar;
	decode_run(d, &a, in, i, 0);
	assert_int_equal(a.raw_len, i * 3);
	assert_memory_equal(a.raw + i * 3 - 3, "\xE2\x80\xA6", 4);
	arena_release(&ar);
	decode_free(d);
}

/*
 * Bad bytes right where the output fills up: each U+FFFD must find room
 * (found by fuzz_decode).
 */
static void
test_grow_bad(void **state)
{
	static char in[30000];
	const char *err = NULL;
	struct decoder *d = decode_new("windows-1252", &err);
	struct arena ar;
	struct article a;
	size_t i;

	(void)state;
	assert_non_null(d);
	for (i = 0; i < sizeof(in); i++)
		in[i] = i % 3 == 2 ? '\x81' : '\x85';
	arena_init(&ar);
	memset(&a, 0, sizeof(a));
	a.arena = &ar;
	decode_run(d, &a, in, sizeof(in), 0);
	assert_int_equal(a.raw_len, sizeof(in) * 3);
	assert_memory_equal(a.raw + 3, "\xE2\x80\xA6\xEF\xBF\xBD", 6);
	assert_true(a.repairs & ART_REPAIR_INVALID);
	arena_release(&ar);
	decode_free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cases),
		cmocka_unit_test(test_reuse),
		cmocka_unit_test(test_unknown),
		cmocka_unit_test(test_grow),
		cmocka_unit_test(test_grow_bad),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * test_json.c: the JSON reader (src/json.c) and writer (src/jw.c).
 * Table-driven: each case is an input line and what a user would see.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "arena.h"
#include "buf.h"
#include "json.h"
#include "jw.h"

struct str_case {
	const char	*input;		/* a JSON document holding one string */
	const char	*want;		/* decoded bytes */
	size_t		 want_len;
};

static const struct str_case str_cases[] = {
	{ "\"plain\"", "plain", 5 },
	{ "\"kata \\\"Zaiful\\\"\"", "kata \"Zaiful\"", 13 },
	{ "\"a\\nb\\tc\\/d\\\\e\"", "a\nb\tc/d\\e", 9 },
	{ "\"\\u00e9t\\u00E9\"", "\xC3\xA9t\xC3\xA9", 5 },
	{ "\"\\u201cSaat ini\\u201d\"", "\xE2\x80\x9CSaat ini\xE2\x80\x9D", 14 },
	/* a surrogate pair is one code point */
	{ "\"\\ud83d\\ude00\"", "\xF0\x9F\x98\x80", 4 },
	/* lone surrogates become U+FFFD */
	{ "\"x\\ud83dy\"", "x\xEF\xBF\xBDy", 5 },
	{ "\"\\ude00\"", "\xEF\xBF\xBD", 3 },
	{ "\"\\ud83d\\u0041\"", "\xEF\xBF\xBD" "A", 4 },
	/* an escaped NUL stays in the string: lengths, not C strings */
	{ "\"a\\u0000b\"", "a\0b", 3 },
	/* invalid UTF-8 is passed through for the decode stage */
	{ "\"caf\xE9\"", "caf\xE9", 4 },
};

static void
test_strings(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(str_cases) / sizeof(str_cases[0]); i++) {
		struct arena a;
		struct json_value v;
		struct json_error err;

		arena_init(&a);
		assert_int_equal(json_parse(&a, str_cases[i].input,
		    strlen(str_cases[i].input), &v, &err), 0);
		assert_int_equal(v.type, JSON_STRING);
		assert_int_equal(v.len, str_cases[i].want_len);
		assert_memory_equal(v.str, str_cases[i].want, v.len);
		arena_release(&a);
	}
}

struct err_case {
	const char	*input;
	size_t		 len;		/* 0: strlen(input) */
	const char	*msg;
};

static const struct err_case err_cases[] = {
	{ "{\"id\":1,\"text\":\"abc", 0, "unterminated string" },
	{ "{\"id\":1,", 0, "unterminated object" },
	{ "{\"id\" 1}", 0, "expected ':'" },
	{ "{id:1}", 0, "expected a string key" },
	{ "{\"a\":1,}", 0, "expected a string key" },
	{ "{\"a\":[1,2}", 0, "expected ',' or ']'" },
	{ "{\"a\":1} x", 0, "trailing characters after JSON value" },
	{ "{\"a\":\"\\x\"}", 0, "bad escape in string" },
	{ "{\"a\":\"\\u12\"}", 0, "bad \\u escape" },
	{ "{\"a\":01}", 0, "expected ',' or '}'" },
	{ "{\"a\":-}", 0, "bad number" },
	{ "{\"a\":1.}", 0, "bad number" },
	{ "{\"a\":nul}", 0, "not JSON" },
	{ "{\"a\":NaN}", 0, "not JSON" },
	{ "{\"a\":\"tab\there\"}", 0, "control character in string" },
	/* a NUL byte in the line never truncates silently */
	{ "{\"a\":\"x\0y\"}", 11, "control character in string" },
	{ "", 0, "unexpected end of input" },
	{ "   ", 0, "unexpected end of input" },
};

static void
test_errors(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(err_cases) / sizeof(err_cases[0]); i++) {
		struct arena a;
		struct json_value v;
		struct json_error err;
		size_t len = err_cases[i].len ? err_cases[i].len :
		    strlen(err_cases[i].input);

		arena_init(&a);
		assert_int_equal(json_parse(&a, err_cases[i].input, len, &v,
		    &err), -1);
		assert_string_equal(err.msg, err_cases[i].msg);
		assert_true(err.offset <= len);
		arena_release(&a);
	}
}

static void
test_object(void **state)
{
	static const char line[] = "{\"id\": 12, \"title\": \"Judul\","
	    " \"text\": \"Isi.\", \"tags\": [1, true, null, {\"x\": -1.5e3}],"
	    " \"id\": \"dup\"}\r\n";
	struct arena a;
	struct json_value v;
	struct json_error err;
	const struct json_value *id, *tags;

	(void)state;
	arena_init(&a);
	assert_int_equal(json_parse(&a, line, strlen(line), &v, &err), 0);
	assert_int_equal(v.type, JSON_OBJECT);
	assert_int_equal(v.n, 5);
	/* the last of duplicate keys wins */
	id = json_get(&v, "id");
	assert_non_null(id);
	assert_int_equal(id->type, JSON_STRING);
	assert_string_equal(id->str, "dup");
	assert_string_equal(json_get(&v, "title")->str, "Judul");
	assert_null(json_get(&v, "missing"));
	tags = json_get(&v, "tags");
	assert_int_equal(tags->type, JSON_ARRAY);
	assert_int_equal(tags->n, 4);
	assert_int_equal(tags->items[1].type, JSON_TRUE);
	assert_int_equal(tags->items[2].type, JSON_NULL);
	assert_string_equal(json_get(&tags->items[3], "x")->str, "-1.5e3");
	/* a number keeps its text as written, for "doc" */
	assert_int_equal(json_parse(&a, "{\"id\":1.50}", 11, &v, &err), 0);
	id = json_get(&v, "id");
	assert_int_equal(id->raw_len, 4);
	assert_memory_equal(id->raw, "1.50", 4);
	arena_release(&a);
}

static void
test_depth(void **state)
{
	struct arena a;
	struct json_value v;
	struct json_error err;
	char deep[2 * (JSON_MAX_DEPTH + 10) + 1];
	size_t i, n = JSON_MAX_DEPTH + 10;

	(void)state;
	for (i = 0; i < n; i++) {
		deep[i] = '[';
		deep[2 * n - 1 - i] = ']';
	}
	arena_init(&a);
	assert_int_equal(json_parse(&a, deep, 2 * n, &v, &err), -1);
	assert_string_equal(err.msg, "nesting too deep");
	/* just inside the limit is fine */
	n = JSON_MAX_DEPTH;
	for (i = 0; i < n; i++) {
		deep[i] = '[';
		deep[2 * n - 1 - i] = ']';
	}
	assert_int_equal(json_parse(&a, deep, 2 * n, &v, &err), 0);
	arena_release(&a);
}

struct jw_case {
	const char	*in;
	size_t		 len;
	const char	*want;
};

static const struct jw_case jw_cases[] = {
	{ "kata \"dia\"", 10, "\"kata \\\"dia\\\"\"" },
	{ "a\\b", 3, "\"a\\\\b\"" },
	{ "l1\nl2\t\r", 7, "\"l1\\nl2\\t\\r\"" },
	{ "\x01\x1f\x7f", 3, "\"\\u0001\\u001f\\u007f\"" },
	{ "\xE2\x80\x9C" "ok" "\xE2\x80\x9D", 8, "\"\xE2\x80\x9C" "ok" "\xE2\x80\x9D\"" },
	/* invalid UTF-8 never reaches the output */
	{ "caf\xE9", 4, "\"caf\xEF\xBF\xBD\"" },
	{ "\xED\xA0\x80", 3, "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"" },
	{ "a\0b", 3, "\"a\\u0000b\"" },
	/* NEL and the Unicode separators would split a line elsewhere */
	{ "a\xC2\x85" "b\xE2\x80\xA8" "c\xE2\x80\xA9", 11,
	  "\"a\\u0085b\\u2028c\\u2029\"" },
};

static void
test_writer(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(jw_cases) / sizeof(jw_cases[0]); i++) {
		struct buf b = BUF_INIT;

		jw_str(&b, jw_cases[i].in, jw_cases[i].len);
		assert_string_equal(b.p, jw_cases[i].want);
		buf_release(&b);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_strings),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_object),
		cmocka_unit_test(test_depth),
		cmocka_unit_test(test_writer),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * fuzz_json.c: libFuzzer target for the JSON reader (src/json.c).
 * Any input must parse or fail cleanly; a parsed string's decoded length
 * never exceeds its source.
 */
#include <assert.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "json.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
check(const struct json_value *v)
{
	size_t i;

	if (v->type == JSON_STRING)
		assert(v->len <= v->raw_len);
	for (i = 0; v->type == JSON_OBJECT && i < v->n; i++)
		check(&v->members[i].value);
	for (i = 0; v->type == JSON_ARRAY && i < v->n; i++)
		check(&v->items[i]);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a;
	struct json_value v;
	struct json_error err;

	arena_init(&a);
	if (json_parse(&a, (const char *)data, size, &v, &err) == 0)
		check(&v);
	else
		assert(err.msg != NULL && err.offset <= size);
	arena_release(&a);
	return 0;
}

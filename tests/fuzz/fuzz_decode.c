/*
 * fuzz_decode.c: libFuzzer target for the decode stage (src/decode.c).
 * Any bytes, in auto mode, as a JSON string, and through iconv (the first
 * byte picks the encoding), give valid NUL-terminated UTF-8 and an
 * encoding name; iconv's state never leaks into the next article.
 */
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "arena.h"
#include "article.h"
#include "decode.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static const char *const fz_names[] = {
	"auto", "UTF-8", "UTF-16", "UTF-16LE", "UTF-32BE", "ISO-8859-1",
	"WINDOWS-1252", "ISO-2022-JP", "SHIFT_JIS", "UTF-7", "GB18030", "EUC-KR"
};
#define FZ_N	(sizeof(fz_names) / sizeof(fz_names[0]))

static struct decoder *fz_dec[FZ_N];

static void
fz_check(const struct article *a)
{
	assert(a->raw != NULL && a->encoding != NULL);
	assert(a->raw[a->raw_len] == '\0');
	assert(utf8_valid(a->raw, a->raw_len));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena ar;
	struct article a;
	const char *err = NULL;
	size_t which, i;

	if (fz_dec[0] == NULL)
		for (i = 0; i < FZ_N; i++) {
			fz_dec[i] = decode_new(fz_names[i], &err);
			assert(fz_dec[i] != NULL);
		}
	arena_init(&ar);
	for (i = 0; i < 2; i++) {
		memset(&a, 0, sizeof(a));
		a.arena = &ar;
		decode_run(fz_dec[0], &a, (const char *)data, size, (int)i);
		fz_check(&a);
		/* valid UTF-8 in a JSON string passes unchanged */
		if (i == 1 && utf8_valid((const char *)data, size))
			assert(a.raw_len == size &&
			    memcmp(a.raw, data, size) == 0);
	}
	which = size > 0 ? data[0] % FZ_N : 0;
	memset(&a, 0, sizeof(a));
	a.arena = &ar;
	decode_run(fz_dec[which], &a, (const char *)data, size, 0);
	fz_check(&a);
	/* the same article again: the same text */
	{
		char *first = a.raw;
		size_t len = a.raw_len;

		memset(&a, 0, sizeof(a));
		a.arena = &ar;
		decode_run(fz_dec[which], &a, (const char *)data, size, 0);
		assert(a.raw_len == len && memcmp(a.raw, first, len) == 0);
	}
	arena_release(&ar);
	return 0;
}

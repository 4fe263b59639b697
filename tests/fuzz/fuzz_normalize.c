/*
 * fuzz_normalize.c: libFuzzer target for the normalize stage
 * (src/normalize.c, norm_char.c, norm_boiler.c).  The input, made valid
 * UTF-8 by the decoder, is normalized; the result must be valid UTF-8 with
 * the blanks the contract promises: no NUL, CR or tab, no blank at either
 * end of a line, no run of spaces, paragraph breaks of exactly "\n\n",
 * never longer than 5/4 of the input.  A second byte string after a NUL
 * is used as the JSONL title.
 */
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "arena.h"
#include "article.h"
#include "decode.h"
#include "normalize.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct decoder *fz_dec;
static struct normalizer *fz_norm;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena ar;
	struct article a;
	const char *err = NULL, *nul, *t;
	size_t i, n = size;

	if (fz_dec == NULL) {
		fz_dec = decode_new("auto", &err);
		fz_norm = norm_new();
	}
	arena_init(&ar);
	memset(&a, 0, sizeof(a));
	a.arena = &ar;
	nul = memchr(data, '\0', size);
	if (nul != NULL && size > 0 && data[0] == 'T') {
		/* "T<title>\0<text>" */
		n = (size_t)(nul - (const char *)data);
		if (utf8_valid((const char *)data + 1, n - 1))
			a.in_title = arena_strndup(&ar, (const char *)data + 1,
			    n - 1);
		data += n + 1;
		size -= n + 1;
	}
	decode_run(fz_dec, &a, (const char *)data, size, 1);
	n = a.raw_len;
	norm_run(fz_norm, &a);
	t = a.text;
	assert(t != NULL && t[a.len] == '\0' && strlen(t) == a.len);
	assert(utf8_valid(t, a.len));
	assert(a.len <= n + n / 4 + 4);
	assert(a.lang == ART_LANG_ID || a.lang == ART_LANG_EN);
	for (i = 0; i < a.len; i++) {
		assert(t[i] != '\r' && t[i] != '\t');
		if (t[i] == ' ')
			assert(i > 0 && i + 1 < a.len && t[i + 1] != ' ' &&
			    t[i + 1] != '\n' && t[i - 1] != '\n');
		if (t[i] == '\n')
			assert(i > 0 && i + 1 < a.len &&
			    !(t[i + 1] == '\n' && i + 2 < a.len &&
			    t[i + 2] == '\n'));
	}
	if (a.title != NULL)
		assert(utf8_valid(a.title, strlen(a.title)));
	for (i = 0; i < a.ncredits; i++)
		assert(a.credits[i] != NULL);
	arena_release(&ar);
	return 0;
}

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "article.h"
#include "decode.h"
#include "utf8.h"
#include "util.h"

/* XXX: first cut: strict UTF-8, else invalid bytes as Windows-1252. */
struct decoder {
	int	unused;
};

/* Windows-1252 0x80..0x9F; undefined bytes map to U+FFFD. */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
	0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178
};

struct decoder *
decode_new(const char *encoding, const char **err)
{
	(void)encoding;
	(void)err;
	return xcalloc(1, sizeof(struct decoder));
}

void
decode_free(struct decoder *d)
{
	free(d);
}

void
decode_run(struct decoder *d, struct article *a, const char *bytes, size_t n,
    int from_json)
{
	const unsigned char *u = (const unsigned char *)bytes;
	size_t i = 0, k = 0;
	char *out;

	(void)d;
	(void)from_json;
	a->encoding = "UTF-8";
	if (utf8_valid(bytes, n)) {
		a->raw = arena_strndup(a->arena, bytes, n);
		a->raw_len = n;
		return;
	}
	out = arena_alloc(a->arena, n * 3 + 1);
	while (i < n) {
		int32_t cp;
		int len = utf8_decode(u + i, n - i, &cp);

		if (cp >= 0) {
			memcpy(out + k, bytes + i, (size_t)len);
			k += (size_t)len;
		} else {
			cp = u[i] < 0xA0 ? cp1252_high[u[i] - 0x80] : u[i];
			k += (size_t)utf8_encode(cp, out + k);
		}
		i += (size_t)len;
	}
	out[k] = '\0';
	a->raw = out;
	a->raw_len = k;
	a->repairs |= ART_REPAIR_INVALID;
}

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "article.h"
#include "lang.h"
#include "norm_boiler.h"
#include "norm_char.h"
#include "normalize.h"
#include "util.h"

/*
 * The passes run in the order the damage was done, last first: a dump's
 * backslash escapes wrap everything, HTML entities were written by the
 * page, mojibake came from a misread page; invisible characters and
 * blanks are cleaned before boilerplate is matched line by line.  Each
 * pass is skipped when a cheap scan finds nothing for it to do.
 */
struct normalizer {
	int	unused;
};

struct normalizer *
norm_new(void)
{
	return xcalloc(1, sizeof(struct normalizer));
}

void
norm_free(struct normalizer *n)
{
	free(n);
}

/*
 * The character passes on s[0..n) into a new arena buffer; used for the
 * text and for a JSONL title, so both are repaired alike.
 */
static char *
norm_chars(struct arena *ar, const char *s, size_t n, size_t *outlen,
    unsigned *repairs)
{
	size_t doubled, len, round;
	char *out;

	if (nc_count_escapes(s, n, &doubled) > 0) {
		/* "\\\"" is an escape escaped twice: a second round */
		for (round = 0; round < 2; round++) {
			out = arena_alloc(ar, n + 1);
			n = nc_unescape(s, n, out);
			s = out;
			*repairs |= ART_REPAIR_ESCAPES;
			if (doubled == 0 ||
			    nc_count_escapes(s, n, &doubled) == 0)
				break;
		}
	}
	if (memchr(s, '&', n) != NULL || memchr(s, '<', n) != NULL) {
		int ents = 0, tags = 0;

		out = arena_alloc(ar, n + 3);
		n = nc_html(s, n, out, &ents, &tags);
		s = out;
		if (ents)
			*repairs |= ART_REPAIR_ENTITIES;
		if (tags)
			*repairs |= ART_REPAIR_MARKUP;
	}
	/* twice garbled text needs two rounds; a third finds nothing */
	for (round = 0; round < 3 && nc_maybe_mojibake(s, n); round++) {
		out = arena_alloc(ar, n + 1);
		if (nc_mojibake(s, n, out, &len,
		    (*repairs & ART_REPAIR_MOJIBAKE) != 0) == 0)
			break;
		*repairs |= ART_REPAIR_MOJIBAKE;
		s = out;
		n = len;
	}
	out = arena_alloc(ar, n + n / 4 + 4);
	*outlen = nc_clean(s, n, out, repairs);
	return out;
}

void
norm_run(struct normalizer *nz, struct article *a)
{
	size_t len, tlen;
	char *text;
	unsigned title_repairs = 0;

	(void)nz;
	text = norm_chars(a->arena, a->raw, a->raw_len, &len, &a->repairs);
	a->title = NULL;
	if (a->in_title != NULL) {
		char *t = norm_chars(a->arena, a->in_title,
		    strlen(a->in_title), &tlen, &title_repairs);

		/* a title is one line */
		for (size_t i = 0; i < tlen; i++)
			if (t[i] == '\n')
				t[i] = ' ';
		if (tlen > 0)
			a->title = t;
	}
	nb_run(a, text, len);
	a->lang = a->lang_opt != ART_LANG_AUTO ? a->lang_opt :
	    lang_detect(a->text, a->len);
}

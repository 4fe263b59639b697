#include <stdlib.h>

#include "article.h"
#include "lang.h"
#include "normalize.h"
#include "util.h"

/* XXX: first cut: the identity. */
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

void
norm_run(struct normalizer *n, struct article *a)
{
	(void)n;
	a->text = a->raw;
	a->len = a->raw_len;
	a->title = a->in_title;
	a->lang = a->lang_opt != ART_LANG_AUTO ? a->lang_opt :
	    lang_detect(a->text, a->len);
}

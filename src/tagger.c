#include <stdlib.h>

#include "article.h"
#include "tagger.h"
#include "util.h"

/* XXX: first cut: no model yet. */
struct tagger {
	int	unused;
};

struct tagger *
tagger_new(void)
{
	return xcalloc(1, sizeof(struct tagger));
}

void
tagger_free(struct tagger *t)
{
	free(t);
}

void
tagger_tag(struct tagger *t, struct article *a)
{
	(void)t;
	(void)a;
}

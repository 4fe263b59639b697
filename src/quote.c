#include <stdlib.h>

#include "article.h"
#include "quote.h"
#include "util.h"

/* XXX: first cut: no quotations yet. */
struct quoter {
	int	unused;
};

struct quoter *
quo_new(void)
{
	return xcalloc(1, sizeof(struct quoter));
}

void
quo_free(struct quoter *q)
{
	free(q);
}

void
quo_run(struct quoter *q, struct article *a)
{
	(void)q;
	(void)a;
}

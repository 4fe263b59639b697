#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "article.h"
#include "entity.h"
#include "util.h"

/* XXX: first cut: no rules yet; ent_link() turns candidates into entities. */
struct ent_finder {
	int	unused;
};

struct ent_finder *
ent_new(void)
{
	return xcalloc(1, sizeof(struct ent_finder));
}

void
ent_free(struct ent_finder *f)
{
	free(f);
}

void
ent_find(struct ent_finder *f, struct article *a)
{
	(void)f;
	(void)a;
}

/*
 * XXX: stub until the rule layer lands: one entity per candidate, a
 * candidate that overlaps the one before dropped.  Linear, as the tagger
 * may give hundreds of thousands of candidates in a long article (and
 * ent_add() scans every entity).
 */
void
ent_link(struct ent_finder *f, struct article *a)
{
	size_t i;

	(void)f;
	if (a->ncands == 0)
		return;
	a->entities = arena_zalloc(a->arena,
	    a->ncands * sizeof(*a->entities));
	for (i = 0; i < a->ncands; i++) {
		const struct ent_cand *c = &a->cands[i];
		struct entity *e;

		if (a->nentities > 0 &&
		    a->entities[a->nentities - 1].mentions[0].end > c->start &&
		    a->entities[a->nentities - 1].mentions[0].start < c->end)
			continue;
		e = &a->entities[a->nentities++];
		e->label = c->label;
		e->name = arena_strndup(a->arena, a->text + c->start,
		    c->end - c->start);
		e->role = c->role;
		e->mentions = arena_alloc(a->arena, sizeof(*e->mentions));
		e->mentions[0].start = c->start;
		e->mentions[0].end = c->end;
		e->nmentions = 1;
	}
}

int
ent_at(const struct article *a, uint32_t start, uint32_t end)
{
	size_t i, j;

	for (i = 0; i < a->nentities; i++)
		for (j = 0; j < a->entities[i].nmentions; j++)
			if (a->entities[i].mentions[j].start < end &&
			    a->entities[i].mentions[j].end > start)
				return (int)i;
	return -1;
}

int
ent_add(struct article *a, int label, uint32_t start, uint32_t end,
    const char *role)
{
	struct entity *e;
	int i = ent_at(a, start, end);

	if (i >= 0)
		return i;
	a->entities = arena_grow(a->arena, a->entities,
	    a->nentities * sizeof(*e), (a->nentities + 1) * sizeof(*e));
	e = &a->entities[a->nentities];
	memset(e, 0, sizeof(*e));
	e->label = label;
	e->name = arena_strndup(a->arena, a->text + start, end - start);
	e->role = role;
	e->mentions = arena_alloc(a->arena, sizeof(*e->mentions));
	e->mentions[0].start = start;
	e->mentions[0].end = end;
	e->nmentions = 1;
	return (int)a->nentities++;
}

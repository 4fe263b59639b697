#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "article.h"
#include "buf.h"
#include "decode.h"
#include "entity.h"
#include "lex.h"
#include "normalize.h"
#include "pipeline.h"
#include "quote.h"
#include "record.h"
#include "segment.h"
#include "tagger.h"
#include "util.h"

struct pipeline {
	struct pipeline_opts	 opts;
	struct arena		 arena;
	struct decoder		*decoder;
	struct normalizer	*normalizer;
	struct segmenter	*segmenter;
	struct ent_finder	*finder;
	struct tagger		*tagger;
	struct quoter		*quoter;
};

struct pipeline *
pipeline_new(const struct pipeline_opts *opts, const char **err)
{
	struct pipeline *p = xcalloc(1, sizeof(*p));

	p->opts = *opts;
	arena_init(&p->arena);
	lex_init();
	if ((p->decoder = decode_new(opts->encoding, err)) == NULL) {
		free(p);
		return NULL;
	}
	p->normalizer = norm_new();
	p->segmenter = seg_new();
	/* loading the lexicons and the model takes a while: only when used */
	if (opts->emit & (PIPE_EMIT_ENTITY | PIPE_EMIT_QUOTE)) {
		p->finder = ent_new();
		p->tagger = tagger_new();
		p->quoter = quo_new();
	}
	return p;
}

void
pipeline_free(struct pipeline *p)
{
	if (p == NULL)
		return;
	decode_free(p->decoder);
	norm_free(p->normalizer);
	seg_free(p->segmenter);
	ent_free(p->finder);
	tagger_free(p->tagger);
	quo_free(p->quoter);
	arena_release(&p->arena);
	free(p);
}

/*
 * The stages in order; each reads what the earlier ones wrote into the
 * article (see article.h).  Entities and quotations run together (the
 * quote stage adds speakers to the entities) and only when their records
 * are asked for; otherwise the doc record says null for their counts
 * (record.c) rather than a 0 nobody measured.
 */
void
pipeline_run(struct pipeline *p, const struct pipeline_input *in,
    struct buf *out)
{
	struct article a;
	unsigned emit = p->opts.emit;
	int need_ent = (emit & (PIPE_EMIT_ENTITY | PIPE_EMIT_QUOTE)) != 0;

	memset(&a, 0, sizeof(a));
	a.arena = &p->arena;
	a.file = in->file;
	a.line = in->line;
	a.lang_opt = p->opts.lang;
	if (in->title != NULL) {
		/* a C string from here on: a NUL from "\u0000" becomes a space */
		char *t = arena_strndup(a.arena, in->title, in->title_len);
		size_t i;

		for (i = 0; i < in->title_len; i++)
			if (t[i] == '\0')
				t[i] = ' ';
		a.in_title = t;
	}

	decode_run(p->decoder, &a, in->bytes, in->len, in->from_json);
	norm_run(p->normalizer, &a);
	seg_run(p->segmenter, &a);
	if (need_ent) {
		ent_find(p->finder, &a);
		tagger_tag(p->tagger, &a);
		ent_link(p->finder, &a);
		quo_run(p->quoter, &a);
	}
	record_article(out, &a, in->doc_json, in->doc_json_len, emit,
	    p->opts.with_text, need_ent);
	arena_clear(&p->arena);
}

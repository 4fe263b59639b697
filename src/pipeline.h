/*
 * pipeline.h: one article in, its JSON Lines records out.
 *
 * The single entry point shared by main.c, the golden tests and the
 * fuzzers, so that what is tested is what ships.  A struct pipeline holds
 * the long-lived state of every stage (compiled patterns, the iconv
 * descriptor, the model) and one article arena; it is not shared between
 * threads: each worker makes its own with pipeline_new().
 *
 * pipeline_run() appends the article's records (doc, then sentence, entity
 * and quote records as selected by emit), each ending in '\n', to out.  It
 * never fails on bad text: an article whose input cannot be read is the
 * caller's business (see record_error()).
 */
#ifndef PIPELINE_H
#define PIPELINE_H

#include <stddef.h>

struct buf;
struct pipeline;

enum pipe_emit {
	PIPE_EMIT_DOC		= 1 << 0,
	PIPE_EMIT_SENTENCE	= 1 << 1,
	PIPE_EMIT_ENTITY	= 1 << 2,
	PIPE_EMIT_QUOTE		= 1 << 3
};

struct pipeline_opts {
	int		 lang;		/* enum art_lang */
	const char	*encoding;	/* "auto" or an iconv name */
	unsigned	 emit;		/* enum pipe_emit */
	int		 with_text;	/* --text */
};

struct pipeline_input {
	const char	*bytes;		/* the article's text, as read */
	size_t		 len;
	int		 from_json;	/* bytes come from a JSON string */
	const char	*doc_json;	/* the "doc" value, as JSON text */
	size_t		 doc_json_len;
	const char	*title;		/* JSONL title field (UTF-8), or NULL */
	size_t		 title_len;
	const char	*file;
	long		 line;
};

/* NULL with *err set when an option is unusable (unknown encoding). */
struct pipeline	*pipeline_new(const struct pipeline_opts *, const char **err);
void		 pipeline_free(struct pipeline *);
void		 pipeline_run(struct pipeline *, const struct pipeline_input *,
		    struct buf *out);

#endif /* PIPELINE_H */

/*
 * jsonl.h: one JSON Lines record in, its output records out.
 *
 * jsonl_record() parses the line, takes the id field (copied to "doc" as
 * it was: a string or a number; a missing or null id names the record
 * FILE:LINE), the text field (opts->text_field, then text, content, body)
 * and a string "title", and runs the pipeline.  When the record cannot be
 * used it appends an error record instead and returns -1 with the reason
 * in msg (lower case, no final period), for main.c to report.  Either
 * way exactly one doc or error record is appended to out.
 *
 * arena and scratch are the caller's, reused between records; the JSON
 * tree lives in arena until the next call.
 */
#ifndef JSONL_H
#define JSONL_H

#include <stddef.h>

struct arena;
struct buf;
struct pipeline;

struct jsonl_opts {
	const char	*text_field;
	const char	*id_field;
	size_t		 max_bytes;	/* longer texts are errors */
};

int	jsonl_record(struct pipeline *, const struct jsonl_opts *,
	    struct arena *, struct buf *scratch, const char *line, size_t len,
	    const char *file, long lineno, struct buf *out, char *msg,
	    size_t msglen);

#endif /* JSONL_H */

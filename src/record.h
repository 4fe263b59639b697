/*
 * record.h: the JSON Lines records of SPEC's "Output records".
 *
 * Each function appends one whole record, ending in '\n', to out.  Keys
 * come in the order SPEC shows; offsets are converted from bytes to code
 * points here, and nowhere else.  doc_json is the "doc" value already as
 * JSON text.
 */
#ifndef RECORD_H
#define RECORD_H

#include <stddef.h>

struct article;
struct buf;

/* counted: entities and quotes were looked for (else their counts are null) */
void	record_article(struct buf *out, const struct article *, const char *doc_json,
	    size_t doc_json_len, unsigned emit, int with_text, int counted);
void	record_error(struct buf *out, const char *doc_json, size_t doc_json_len,
	    const char *file, long line, const char *msg);

#endif /* RECORD_H */

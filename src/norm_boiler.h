/*
 * norm_boiler.h: the boilerplate pass of the normalize stage.
 *
 * nb_run() takes the cleaned text (valid UTF-8, single spaces, lines
 * trimmed, paragraphs separated by exactly "\n\n", as nc_clean() writes
 * it) and a->title (the repaired JSONL title, or NULL).  It removes a
 * repeated title, the byline and dateline at the start of the body, the
 * site's lines (Baca juga, Simak juga Video, Cek Berita..., ADVERTISEMENT,
 * SCROLL TO CONTINUE WITH CONTENT, [Gambas:Video CNN], Artikel ini telah
 * tayang di ...) and the trailer (Sumber:, credits like "(wid/wdi)"), and
 * sets a->text, a->len, a->title, a->source, a->dateline, a->credits and
 * repair bits.  Prose that merely contains these words stays: the rules
 * match whole lines, the start of the body, or the end of the article.
 * text may be modified in place; everything new comes from a->arena.
 */
#ifndef NORM_BOILER_H
#define NORM_BOILER_H

#include <stddef.h>

struct article;

void	nb_run(struct article *a, char *text, size_t len);

/* The dateline at the start of s[0..n): its length with the dash and the
   blanks after it, or 0; the outlet and the place as spans of s (length 0
   when absent). */
size_t	nb_dateline(const char *s, size_t n, size_t *src, size_t *srclen,
	    size_t *place, size_t *placelen);

#endif /* NORM_BOILER_H */

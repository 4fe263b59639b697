/*
 * segment.h: sentences and tokens (pipeline stage 4).
 *
 * Input: a->text, a->len, a->title, a->lang.  Output: a->sentences (in text
 * order, covering every non-blank part of the text, never crossing a
 * paragraph break "\n\n") and a->tokens (in text order, white space
 * excluded), each token pointing at its sentence.  Linear in a->len.
 */
#ifndef SEGMENT_H
#define SEGMENT_H

struct article;
struct segmenter;

struct segmenter	*seg_new(void);
void			 seg_free(struct segmenter *);
void			 seg_run(struct segmenter *, struct article *);

#endif /* SEGMENT_H */

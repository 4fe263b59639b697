/*
 * quote.h: quotations and their speakers (pipeline stage 6).
 *
 * Input: a->text, a->sentences, a->tokens, a->entities, a->lang.  Output:
 * a->quotes in text order; a speaker is always an entity (ent_add() makes
 * one when needed), so quote.speaker indexes a->entities.
 */
#ifndef QUOTE_H
#define QUOTE_H

struct article;
struct quoter;

struct quoter	*quo_new(void);
void		 quo_free(struct quoter *);
void		 quo_run(struct quoter *, struct article *);

#endif /* QUOTE_H */

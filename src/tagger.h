/*
 * tagger.h: the statistical entity tagger (part of stage 5).
 *
 * tagger_tag() labels the tokens of each sentence PERSON/ORG/LOC with the
 * compiled model and appends its spans to a->cands with source
 * ENT_SRC_MODEL.  Input: a->text, a->sentences, a->tokens, a->lang.
 */
#ifndef TAGGER_H
#define TAGGER_H

struct article;
struct tagger;

struct tagger	*tagger_new(void);
void		 tagger_free(struct tagger *);
void		 tagger_tag(struct tagger *, struct article *);

#endif /* TAGGER_H */

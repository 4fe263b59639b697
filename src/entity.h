/*
 * entity.h: entities by rules and lexicons, and their linking (stage 5).
 *
 * ent_find() appends the rule layer's candidates to a->cands; the tagger
 * (tagger.h) appends its own; ent_link() then resolves overlapping
 * candidates, groups mentions of one entity (name parts, acronyms and
 * expansions, region abbreviations), picks the canonical name and fills
 * a->entities in order of first mention, with values for DATE, MONEY and
 * PERCENT.  Input: a->text, a->sentences, a->tokens.
 *
 * Candidates (struct ent_cand): overlaps are resolved by score, then by
 * length.  The rule layer scores values, gazetteer entries, acronyms
 * defined in the text and regional bodies (Polda Lampung) 1000, head-word
 * patterns and titled persons 900, districts 600, guesses from
 * capitalisation 450-600, and a lone capitalised word at a sentence start
 * 300: below 400 a candidate is kept only when it names an entity found
 * elsewhere in the article.  The tagger's spans (about 700) thus beat the
 * guesses and lose to the rules.  For DATE, MONEY and PERCENT candidates
 * canon carries the value: "2019-07-09", "78700000000 IDR", "12.5".
 *
 * Entities: the outlet and the dateline's place (a->source, a->dateline)
 * come first, as an ORG and a LOC with no mentions, unless the text names
 * them; then the others in order of first mention.  name is the fullest
 * form the text writes (a lexicon's expansion of an acronym only when the
 * text spells it out; a place without its administrative unit: Kabupaten
 * Lamtim -> Lampung Timur).
 *
 * The quote stage, which runs after, uses ent_at() and ent_add() to link
 * a speaker to an entity, creating one when the speaker was not found.
 * All memory is from a->arena.
 */
#ifndef ENTITY_H
#define ENTITY_H

#include <stdint.h>

struct article;
struct ent_finder;

struct ent_finder	*ent_new(void);
void			 ent_free(struct ent_finder *);
void			 ent_find(struct ent_finder *, struct article *);
void			 ent_link(struct ent_finder *, struct article *);

/*
 * Index of the first entity with a mention overlapping [start, end), or
 * -1.  On an article with many entities, the first call builds an index
 * in a->arena that ent_add() keeps; the caller may shorten a mention or a
 * name in place (never lengthen: see entity.c).
 */
int	ent_at(struct article *, uint32_t start, uint32_t end);
/*
 * The entity for a mention [start, end) of label: an existing entity whose
 * name it is a part of (or that has this mention), else a new one appended
 * to a->entities.  role, when not NULL, becomes the entity's role if it has
 * none.  Returns the entity's index.
 */
int	ent_add(struct article *, int label, uint32_t start, uint32_t end,
	    const char *role);

#endif /* ENTITY_H */

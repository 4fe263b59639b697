/*
 * normalize.h: text repair (pipeline stage 3).
 *
 * Input: a->raw (valid UTF-8), a->in_title, a->lang_opt.  Output: a->text
 * and a->len (the normalized text that every offset indexes), a->title,
 * a->source, a->dateline, a->credits, a->lang, and repair bits in
 * a->repairs.  Undoes backslash escapes when the text shows them, decodes
 * HTML entities, repairs mojibake, removes invisible characters and
 * boilerplate, collapses blanks; keeps paragraph breaks ("\n\n") and the
 * original quotation-mark characters.  Never fails.
 */
#ifndef NORMALIZE_H
#define NORMALIZE_H

struct article;
struct normalizer;

struct normalizer	*norm_new(void);
void			 norm_free(struct normalizer *);
void			 norm_run(struct normalizer *, struct article *);

#endif /* NORMALIZE_H */

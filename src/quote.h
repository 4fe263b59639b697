/*
 * quote.h: quotations and their speakers (pipeline stage 6).
 *
 * Input: a->text, a->entities, a->lang.  Output: a->quotes in text order;
 * a speaker is always an entity (ent_add() makes one when needed), so
 * quote.speaker indexes a->entities, or is -1 when nobody fits.
 *
 * The stage reads the text itself: it tokenizes each paragraph with its
 * own rules (quotation marks, glued cues like `lagi,"jelas`, abbreviations
 * such as `Plt.`) and finds its own sentence ends outside quotations, so
 * it does not depend on the quality of a->sentences or a->tokens.
 *
 * Direct quotations: text between paired quotation marks (curly, low-9,
 * guillemets, straight, '' and backslash-escaped), paired within a
 * paragraph by the side the mark leans on and, failing that, by parity.
 * An unclosed mark ends at the paragraph's end or at the next opening
 * mark, so it never swallows the article.  Short quoted spans (1-3 words)
 * without a cue are scare quotes or titles and are dropped.
 *
 * Indirect quotations (Indonesian only): `X mengatakan (,|bahwa) CONTENT`,
 * `Menurut X, CONTENT`, `CONTENT, kata X`, to the end of the sentence.
 *
 * Speakers: a speaker phrase ROLE + AFFILIATION + NAME is split, the name
 * linked to a PERSON entity (the fullest form of that name in the article)
 * and the rest passed as its role; clitic cues (`ujarnya`) and pronouns go
 * to the most recent speaker (before anyone spoke: the person last named
 * as a subject); a description pointing back ("kata pria tersebut") to the
 * person named since, else the last speaker; a role alone goes to the
 * person who holds it, not to a deputy; a name in apposition ("X, putri
 * Y, mengatakan") and the subject of a second clause ("X menoleh pada Y
 * dan berkata") or of a sentence holding an uncued quotation speak;
 * organisations become ORG speakers, under their one fuller name when a
 * short form starts it ("KBRI" -> "KBRI Phnom Penh").  When an earlier
 * stage ran a body into the speaker's name ("Fraksi Nasdem Saan Mustopa"
 * as one ORG) and the article uses the name alone, the body is cut off
 * and the name becomes a person.  Cost is linear in the article size:
 * every search looks at a bounded window of tokens.
 *
 * All memory comes from a->arena.  The stage never prints and never fails.
 */
#ifndef QUOTE_H
#define QUOTE_H

struct article;
struct quoter;

/* The stage's long-lived state (none per article); never NULL. */
struct quoter	*quo_new(void);
void		 quo_free(struct quoter *);
/* Fills a->quotes and a->nquotes; may append speakers to a->entities. */
void		 quo_run(struct quoter *, struct article *);

#endif /* QUOTE_H */

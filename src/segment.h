/*
 * segment.h: sentences and tokens (pipeline stage 4).
 *
 * Input: a->text, a->len, a->title, a->lang.  Output: a->sentences (in text
 * order, covering every non-blank part of the text, never crossing a
 * paragraph break) and a->tokens (in text order, white space excluded),
 * each token pointing at its sentence, each sentence at its tokens.  Both
 * arrays come from a->arena.  Linear in a->len: one byte scanner, lexicon
 * lookups only where a full stop may end a sentence.
 *
 * Paragraphs.  "\n", blanks, "\n" is a paragraph break; so is a single
 * "\n" after a sentence-final mark (. ? ! ... or a closing quote or
 * bracket, also before a Markdown hard-break backslash) before anything
 * but a lower-case letter, and before a list
 * item or heading ("- ", "* ", "• ", "# ", "1. ", "2) "): dumps that keep
 * one newline per paragraph (detik) are split, hard-wrapped lines are not.
 * The title (a->title, when the text starts with it) is one sentence of its
 * own, flagged SENT_TITLE.
 *
 * Tokens (struct token in article.h):
 *  - TOK_WORD: letters and digits, with hyphenated reduplication whole
 *    (anak-anak, ke-5, COVID-19), the clitic -nya kept, apostrophes inside
 *    a word (Jum'at, Lloyd's), domains (Kompas.com, radarlampung.co.id),
 *    URLs and e-mail addresses (trailing punctuation excluded).  A known
 *    abbreviation, a single-letter initial or a dotted initialism carries
 *    its full stop: "Plt.", "B.", "U.S.", "S.H.", "a.m.".
 *  - TOK_NUMBER: a digit run with its separators: 78,7  1.026.000  10.00
 *    9/7  21/10/2025  10:30.  A number never carries a final full stop.
 *  - Rp78,7 is two adjacent tokens, WORD "Rp" and NUMBER "78,7"
 *    (tok[i].end == tok[i + 1].start), so that the number reads the same
 *    with or without the currency; "Rp." before a number is one WORD.
 *  - TOK_PUNCT: one character, except runs of . ? ! and U+2026, which are
 *    one token ("...", "?!").
 *  - TOK_QUOTE: one quotation mark, qmark OPEN, CLOSE or AMBIG.  Marks are
 *    paired within their paragraph and do not nest: “ „ « open; ” » close,
 *    except that ” with a blank before and a word after opens (Kompas
 *    writes ” both ways); straight " pairs by parity, corrected by which
 *    side of the mark is blank, and a mark after , . ? ! before a
 *    lower-case word closes (detokenized "tracing, ”ujarnya").  A mark left
 *    unpaired is AMBIG unless its sides say which way it faces.  Single
 *    marks ‘ ’ ' pair only when both are found inside the same double
 *    quotation; an apostrophe inside a word is part of the word.
 *
 * Sentences end at . ? ! ... and their runs, with the closing quotes and
 * brackets that follow; never before a lower-case letter, a digit or , ; :
 * (except, in Indonesian, a bare . or ? after a plain lower-case word or a
 * number of three characters or more, and not before a reporting verb:
 * sayuran lain. dijaren, 1879. atau); never inside a paired quotation (a quotation and its attribution are one
 * sentence); not after a prepositive abbreviation (seg_abbrev.tsv, titles
 * with a full stop in titles.tsv); after a postpositive one only before a
 * capitalised word that is not another such abbreviation or a slashed one
 * (Ltd. C/O); a clock time (6 P.M.) ends a sentence before a title (Mr.)
 * unless it opens the sentence (At 5 a.m. Mr. Smith); after an initial
 * or a dotted initialism only before a word that starts sentences
 * (seg_starters.tsv), except that a letter after a noun that takes labels
 * (Grup A., vitamin C.; seg_labels.tsv) ends a sentence as a word does.
 * A full stop glued between two words (selesai.Wartawan, Bali."Kami) is a
 * boundary, and so is ".," glued to a capitalised word or an opening mark
 * (dumps that join paragraphs with commas: triliun.,Adapun).  Numbered and lettered lists (1. 2. / a) b) /
 * • 9. • 10.) start a sentence at each consecutive marker.
 *
 * XXX: the rules are lexical; a sentence ending in a prepositive
 * abbreviation before a capital (menjabat sebagai Plt. Ia ...) is not split.
 */
#ifndef SEGMENT_H
#define SEGMENT_H

struct article;
struct segmenter;

/* The segmenter holds no per-article state; one per thread. */
struct segmenter	*seg_new(void);
void			 seg_free(struct segmenter *);
/* Fills a->sentences, a->tokens; never fails (memory from a->arena). */
void			 seg_run(struct segmenter *, struct article *);

#endif /* SEGMENT_H */

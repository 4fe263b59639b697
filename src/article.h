/*
 * article.h: the article as the pipeline stages see it.
 *
 * One struct article carries an article through the stages in this order:
 *
 *   decode     bytes -> raw (UTF-8), encoding
 *   normalize  raw -> text (the normalized text), title, source, dateline,
 *              credits, repairs
 *   segment    text -> sentences, tokens
 *   entity     text, sentences, tokens -> cands (rules, then model) -> entities
 *   quote      text, sentences, tokens, entities -> quotes (may add entities)
 *
 * Each stage writes only its own fields and reads only earlier stages'.
 * All memory hangs off a->arena and is released with it after the article
 * has been written; stages never free.
 *
 * Offsets (struct span, token, sentence, mention, quote) are BYTE offsets
 * into a->text, end exclusive, always on UTF-8 character boundaries.  The
 * record writer converts them to code points on output.  Articles are capped
 * well below 4 GiB (see --max-article-bytes), so 32 bits suffice.
 */
#ifndef ARTICLE_H
#define ARTICLE_H

#include <stddef.h>
#include <stdint.h>

struct arena;
struct ent_idx;

enum art_lang {
	ART_LANG_AUTO,
	ART_LANG_ID,
	ART_LANG_EN
};

/* Repairs the normalize (and decode) stage made; names in ART_REPAIR_NAMES. */
enum art_repair {
	ART_REPAIR_DECODED	= 1 << 0,	/* "decoded": legacy encoding, UTF-16/32 */
	ART_REPAIR_INVALID	= 1 << 1,	/* "invalid-bytes": read as Windows-1252 */
	ART_REPAIR_ESCAPES	= 1 << 2,	/* "escapes": \" \n \uXXXX undone */
	ART_REPAIR_ENTITIES	= 1 << 3,	/* "html-entities" */
	ART_REPAIR_MOJIBAKE	= 1 << 4,	/* "mojibake" */
	ART_REPAIR_INVISIBLE	= 1 << 5,	/* "invisible": ZW chars, soft hyphen, BOM, controls */
	ART_REPAIR_SPACES	= 1 << 6,	/* "spaces": NBSP, runs of blanks, CR */
	ART_REPAIR_LIGATURES	= 1 << 7,	/* "ligatures" */
	ART_REPAIR_TITLE	= 1 << 8,	/* "title": repeated title removed */
	ART_REPAIR_DATELINE	= 1 << 9,	/* "dateline" */
	ART_REPAIR_BOILERPLATE	= 1 << 10,	/* "boilerplate": Baca juga, credits... */
	ART_REPAIR_MARKUP	= 1 << 11	/* "markup": HTML tags, **bold** */
};

#define ART_REPAIR_NAMES { "decoded", "invalid-bytes", "escapes", \
	"html-entities", "mojibake", "invisible", "spaces", "ligatures", \
	"title", "dateline", "boilerplate", "markup" }

struct span {
	uint32_t	start;
	uint32_t	end;
};

enum tok_kind {
	TOK_WORD,	/* letters, digits inside words, hyphenated reduplication, -nya */
	TOK_NUMBER,	/* 78,7  1.026.000  10.00  9/7 ; Rp78,7 is WORD+NUMBER? see segment.h */
	TOK_PUNCT,
	TOK_QUOTE	/* a quotation mark; qmark says which way it faces */
};

enum tok_flag {
	TOK_CAP		= 1 << 0,	/* first letter upper case */
	TOK_ALLCAPS	= 1 << 1,	/* two or more letters, all upper case */
	TOK_SENT_START	= 1 << 2,	/* first token of its sentence */
	TOK_PARA_START	= 1 << 3,	/* first token of its paragraph */
	TOK_HAS_DIGIT	= 1 << 4
};

enum tok_qmark {
	TOK_Q_NONE,
	TOK_Q_OPEN,	/* “ „ « ‘ or a straight/ambiguous mark found to open */
	TOK_Q_CLOSE,	/* ” » ’ or a straight/ambiguous mark found to close */
	TOK_Q_AMBIG	/* could not be decided */
};

struct token {
	uint32_t	start;
	uint32_t	end;
	uint32_t	sentence;	/* index into a->sentences */
	uint8_t		kind;		/* enum tok_kind */
	uint8_t		flags;		/* enum tok_flag */
	uint8_t		qmark;		/* enum tok_qmark, TOK_QUOTE only */
	uint8_t		stop;		/* segmenter's own: may end a sentence */
};

enum sent_flag {
	SENT_TITLE	= 1 << 0,	/* the title line */
	SENT_PARA_START	= 1 << 1
};

struct sentence {
	uint32_t	start;
	uint32_t	end;		/* trailing white space excluded */
	uint32_t	tok_first;	/* tokens [tok_first, tok_end) */
	uint32_t	tok_end;
	uint32_t	para;		/* paragraph number, from 0 */
	uint32_t	flags;		/* enum sent_flag */
};

enum ent_label {
	ENT_PERSON,
	ENT_ORG,
	ENT_LOC,
	ENT_DATE,
	ENT_MONEY,
	ENT_PERCENT,
	ENT_NLABELS
};

#define ENT_LABEL_NAMES { "PERSON", "ORG", "LOC", "DATE", "MONEY", "PERCENT" }

enum ent_source {
	ENT_SRC_RULE,		/* a pattern: titles, Rp..., Pemerintah Kabupaten X */
	ENT_SRC_LEXICON,	/* a compiled list knows it: KPK, Lampung Timur */
	ENT_SRC_MODEL,		/* the statistical tagger */
	ENT_SRC_QUOTE		/* found as a speaker by the quote stage */
};

/*
 * A candidate mention.  The rule layer and the tagger both append to
 * a->cands; ent_link() then resolves overlaps and groups candidates into
 * entities.  canon is a canonical form the finder knows (an acronym's
 * expansion, a region's full name), role the title or office found next to
 * a PERSON; both may be NULL.
 */
struct ent_cand {
	uint32_t	 start;
	uint32_t	 end;
	uint8_t		 label;		/* enum ent_label */
	uint8_t		 source;	/* enum ent_source */
	uint16_t	 score;		/* confidence 0..1000, for overlap resolution */
	const char	*canon;
	const char	*role;
};

struct entity {
	int		 label;		/* enum ent_label */
	const char	*name;		/* canonical: the fullest form in the article */
	const char	*role;		/* PERSON: title or office, or NULL */
	const char	*value;		/* JSON text of "value" (DATE "\"2019-07-09\"",
					   MONEY "78700000000", PERCENT "12.5"), or NULL */
	const char	*currency;	/* MONEY: ISO 4217 code, or NULL */
	struct span	*mentions;	/* in text order */
	size_t		 nmentions;
	size_t		 mcap;		/* room in mentions (ent_add()) */
	const char	*acronym;	/* ORG/LOC: linked short form, or NULL */
};

enum quo_kind {
	QUO_DIRECT,
	QUO_INDIRECT
};

struct quote {
	int		kind;		/* enum quo_kind */
	struct span	content;	/* without the quotation marks */
	int		has_cue;
	struct span	cue;
	int		speaker;	/* index into a->entities, or -1 */
	int		has_mention;
	struct span	speaker_mention;
};

struct article {
	struct arena	*arena;

	/* input, set by the caller */
	const char	*file;		/* file name, "-" for stdin */
	long		 line;		/* JSONL line, 0 for text input */
	int		 lang_opt;	/* enum art_lang from --lang */
	const char	*in_title;	/* JSONL "title" field, or NULL */

	/* decode */
	char		*raw;		/* UTF-8, NUL-terminated */
	size_t		 raw_len;
	const char	*encoding;	/* e.g. "UTF-8", "UTF-16LE", "windows-1252" */
	unsigned	 repairs;	/* enum art_repair; normalize adds to it */

	/* normalize */
	char		*text;		/* normalized, valid UTF-8, NUL-terminated */
	size_t		 len;
	const char	*title;		/* or NULL */
	const char	*source;	/* outlet, e.g. "radarlampung.co.id", or NULL */
	const char	*dateline;	/* e.g. "JAKARTA", or NULL */
	const char	**credits;	/* e.g. "wid/wdi" */
	size_t		 ncredits;
	size_t		 creditcap;
	int		 lang;		/* enum art_lang, never AUTO after normalize */

	/* segment */
	struct sentence	*sentences;
	size_t		 nsentences;
	struct token	*tokens;
	size_t		 ntokens;

	/* entity */
	struct ent_cand	*cands;
	size_t		 ncands;
	struct entity	*entities;	/* in order of first mention */
	size_t		 nentities;
	size_t		 entcap;	/* room in entities (ent_add()) */
	struct ent_idx	*entidx;	/* ent_at(), ent_add() on a long article */

	/* quote */
	struct quote	*quotes;	/* in text order */
	size_t		 nquotes;
};

#endif /* ARTICLE_H */

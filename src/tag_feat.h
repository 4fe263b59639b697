/*
 * tag_feat.h: what the entity tagger sees of a sentence, shared by the
 * tagger (tagger.c) and its trainer (tools/train.c), so that training and
 * inference compute the same units, the same features and decode alike.
 *
 * Units.  The tagger does not trust the segmenter's token boundaries: each
 * token is cut again into units, its leading and trailing punctuation one
 * character a unit, the rest one unit (`(PKB),` -> `(` `PKB` `)` `,`; a
 * final period stays on an initial or on a word with inner periods: `A.`,
 * `U.S.`).  So `Jakarta,` gives the same units whether the tokenizer split
 * the comma off or not, and CoNLL tokens give the units they are.
 * Quotation marks are dropped, as the training data has none; the unit after
 * one is flagged TAG_U_AFTERQ and treated like the start of a sentence.
 *
 * Features are 32-bit hashes of strings (template, word, shape, affixes,
 * neighbours, gazetteer flags); the model maps them into its own table.
 * Lexicons used: lex_tag_titles, lex_tag_region, lex_tag_country,
 * lex_tag_heads, lex_tag_acronym, lex_tag_stop (src/data/tag_*.tsv, the
 * tagger's own copies, so that the committed weights and the features
 * they were trained on change together).
 *
 * Only tag_gaz_new() and tag_gaz_open() allocate (a table built once and
 * shared read-only), and tag_wcache_new() (one per thread); the rest write
 * into arrays the caller passes.
 */
#ifndef TAG_FEAT_H
#define TAG_FEAT_H

#include <stddef.h>
#include <stdint.h>

struct tag_gaz;

/* BIO tags over PER, ORG, LOC; the label of B/I tag t is (t - 1) / 2. */
enum tag_tag {
	TAG_O,
	TAG_B_PER,
	TAG_I_PER,
	TAG_B_ORG,
	TAG_I_ORG,
	TAG_B_LOC,
	TAG_I_LOC,
	TAG_NTAGS
};

#define TAG_MAXFEAT	64	/* features of one unit, at most */
#define TAG_MAXUNITS	129	/* units cut from one token, at most */

enum tag_uflag {
	TAG_U_CAP	= 1 << 0,	/* first byte A-Z */
	TAG_U_ALLCAPS	= 1 << 1,	/* two or more letters, all A-Z */
	TAG_U_LOWER	= 1 << 2,	/* first byte a-z */
	TAG_U_DIGIT	= 1 << 3,	/* has a digit */
	TAG_U_PUNCT	= 1 << 4,	/* no letter or digit at all */
	TAG_U_AFTERQ	= 1 << 5,	/* a quotation mark dropped before */
	TAG_U_BEFOREQ	= 1 << 6,	/* ... or after */
	TAG_U_HYPHEN	= 1 << 7,
	TAG_U_OPEN	= 1 << 8,	/* may be tagged (tag_gaz_opens()) */
	TAG_U_NUMBER	= 1 << 9,	/* digits and punctuation only */
	TAG_U_NEAR	= 1 << 10,	/* two units or less from an open one */
	TAG_U_LAZY	= 1 << 11	/* word not looked up yet: of all flags,
					   only TAG_U_LOWER and those of the
					   place (tag_units_cached()) */
};

/* A token of the input: bytes, not NUL-terminated. */
struct tag_tok {
	const char	*s;
	uint32_t	 len;
};

struct tag_unit {
	const char	*s;
	uint32_t	 len;
	uint32_t	 tok;	/* index of the token it was cut from */
	uint32_t	 off;	/* byte offset of the unit in that token */
	uint32_t	 gaz;	/* gazetteer flags, set by tag_annotate() */
	uint32_t	 hword;	/* hashes of the word, lower case, shape: */
	uint32_t	 hlower;	/* set by tag_annotate() near open */
	uint32_t	 hshape;	/* (or tag_units_cached()) */
	uint16_t	 cats;	/* gazetteer categories of the word alone */
	uint16_t	 gaz1;	/* its flags if it starts no longer key */
	uint16_t	 flags;	/* enum tag_uflag */
	uint16_t	 wslot;	/* tag_units_cached() */
	uint8_t		 first;	/* first unit kept of its token */
	uint8_t		 pad;
};

/* A decoded mention: units [first, end) with label 0 PER, 1 ORG, 2 LOC. */
struct tag_span {
	uint32_t	first;
	uint32_t	end;
	int		label;
	int		margin;	/* smallest emission margin inside, >= 0 */
};

/*
 * Cuts ntok tokens into units, dropping quotation marks, and sets each
 * unit's flags.  out must have room for the total byte length of the
 * tokens or TAG_MAXUNITS per token, whichever is less.  Returns the number
 * of units.
 */
size_t	tag_units(const struct tag_tok *, size_t ntok, struct tag_unit *out);
/*
 * The gazetteers (titles, regions, countries, name heads, acronyms,
 * function words) as one hash table, built from the compiled lexicons.
 * Read-only once built: threads may share it.
 */
struct tag_gaz	*tag_gaz_new(void);
void		 tag_gaz_free(struct tag_gaz *);
/*
 * Adds the model's open words (lower-case words it saw inside names, such
 * as `dan`, `kementerian`) to the table; call once, before sharing it.
 */
void		 tag_gaz_open(struct tag_gaz *, const char *const *words,
		    size_t n);
/*
 * Whether unit u may be tagged at all: any word but a number or a
 * lower-case one that is not an open word; of punctuation, only ( ) & - /.
 * The others are O without looking at features, which makes the tagger
 * fast on running text.
 */
int		 tag_gaz_opens(const struct tag_gaz *, const struct tag_unit *);
/*
 * Sets TAG_U_OPEN, and for the open units and their neighbours (two each
 * side, what tag_features() looks at) the hashes and gazetteer flags of the
 * n units of one sentence.
 */
void	tag_annotate(const struct tag_gaz *, struct tag_unit *, size_t n);
/*
 * tag_units() and tag_annotate() with a cache of the per-word work (one per
 * thread, tag_wcache_new()); the same result, faster on running text.
 * tag_annotate_cached() takes the units of tag_units_cached(), and
 * completes those near an open unit (TAG_U_LAZY: a lower-case word that
 * cannot be open, whose hashes and lookups only matter there), and writes
 * the indices of the open units to open (n at most), returning their
 * number.  Their
 * wslot is their word's slot in the cache + 1 (0: none) until the next
 * call of tag_units_cached(); tag_wcache_user() gives one byte a slot for
 * the caller's own per-word results, set to 0 when the slot takes another
 * word.
 */
#define TAG_WCACHE_SLOTS	16384
struct tag_wcache;
struct tag_wcache	*tag_wcache_new(void);
void			 tag_wcache_free(struct tag_wcache *);
uint8_t			*tag_wcache_user(struct tag_wcache *);
size_t	tag_units_cached(const struct tag_gaz *, struct tag_wcache *,
	    const struct tag_tok *, size_t ntok, struct tag_unit *out);
size_t	tag_annotate_cached(const struct tag_gaz *, struct tag_wcache *,
	    struct tag_unit *, size_t n, uint32_t *open);
/*
 * The feature hashes of unit i of the n units of a sentence, into out
 * (TAG_MAXFEAT at most).  Returns their number.
 */
size_t	tag_features(const struct tag_unit *, size_t n, size_t i,
	    uint32_t *out);
/* Its two parts, in that order: the features of the unit's bytes alone,
   then those of its context. */
size_t	tag_features_word(const struct tag_unit *, uint32_t *out);
size_t	tag_features_ctx(const struct tag_unit *, size_t n, size_t i,
	    uint32_t *out);
/*
 * tag_features_ctx() in two parts, in that order: the features hashed
 * from the neighbours' words and shapes (TAG_NNEAR), then those of few
 * values, as indices below TAG_NSMALL into out (return: their number);
 * tag_small_feature() gives an index's feature hash.  The tagger sums the
 * weights of the latter from a table it builds at startup.
 */
#define TAG_NNEAR	9
#define TAG_NSMALL	133
/* The first four indices are always, in this order, one below
   TAG_SM_QUOTE, one below TAG_SM_CAPSEQ, one below TAG_SM_LEN and one
   below TAG_SM_GAZ; the rest (gazetteer flags) TAG_SM_GAZ or more. */
#define TAG_SM_QUOTE	48
#define TAG_SM_CAPSEQ	52
#define TAG_SM_LEN	60
#define TAG_SM_GAZ	73
size_t		tag_features_near(const struct tag_unit *, size_t n, size_t i,
		    uint32_t *out);
size_t		tag_features_small(const struct tag_unit *, size_t n, size_t i,
		    uint8_t *out);
uint32_t	tag_small_feature(unsigned);
/*
 * tag_features_near() by parts, for a caller that caches what depends on
 * one word or on the shapes alone: the feature of the neighbour at
 * distance d (-2, -1, 1 or 2) whose lower-case hash is hlower (or
 * TAG_PAD_BEFORE, TAG_PAD_AFTER past either end of the sentence); the two
 * bigrams of the unit's lower-case word with its neighbours'; the three of
 * its shape with theirs.  Neighbours past the ends are the padding values.
 */
#define TAG_PAD_BEFORE	0x5EB0u
#define TAG_PAD_AFTER	0x5EE0u
uint32_t	tag_feature_nb(int d, uint32_t hlower);
size_t		tag_features_bi(uint32_t lm1, uint32_t hlower, uint32_t lp1,
		    uint32_t *out);
size_t		tag_features_shape(uint32_t sm1, uint32_t hshape,
		    uint32_t sp1, uint32_t *out);
/* Whether unit u may be part of a name at all: 0 only for a lower-case
   word, which the caller may still open by its own list. */
int	tag_maybe_name(const struct tag_unit *);

/*
 * Emission scores of one unit: the sum over its nf features f of the
 * weight rows table[(f & mask) * 8], each TAG_NTAGS int16 weights (and one
 * unused, for alignment), into e[TAG_NTAGS].
 */
void	tag_emit(const int16_t *table, uint32_t mask, const uint32_t *f,
	    size_t nf, int32_t *e);
/*
 * Viterbi decoding.  emit holds n rows of TAG_NTAGS scores, trans
 * (TAG_NTAGS + 1) rows of TAG_NTAGS (row TAG_NTAGS: from the start); open[i]
 * == 0 forces unit i to O; I-X only follows B-X or I-X.  bp is scratch of
 * n * TAG_NTAGS bytes.  Writes the best tags to out; ties go to the lower
 * tag, so the result is deterministic.
 */
void	tag_viterbi(const int32_t *emit, const int32_t *trans,
	    const uint8_t *open, size_t n, uint8_t *bp, uint8_t *out);
/*
 * tag_viterbi(), the same tags, run by run of open units: the units forced
 * to O cut the search.  tag_viterbi_run() decodes the open units [a, b) of
 * n when unit a - 1 (if a > 0) and unit b (if b < n) are forced to O; it
 * writes out[a..b) and uses bp[a * TAG_NTAGS..b * TAG_NTAGS).
 */
void	tag_viterbi_runs(const int32_t *emit, const int32_t *trans,
	    const uint8_t *open, size_t n, uint8_t *bp, uint8_t *out);
void	tag_viterbi_run(const int32_t *emit, const int32_t *trans, size_t a,
	    size_t b, size_t n, uint8_t *bp, uint8_t *out);
/*
 * The mentions in tags[0..n), with punctuation trimmed from both ends (a
 * closing bracket stays when the mention opened it).  emit, when not NULL,
 * gives each span's margin.  out has room for n spans; returns their number.
 */
size_t	tag_spans(const struct tag_unit *, const uint8_t *tags,
	    const int32_t *emit, size_t n, struct tag_span *out);

#endif /* TAG_FEAT_H */

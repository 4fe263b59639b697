/*
 * ent_int.h: what entity.c and ent_value.c share; not for other stages.
 *
 * The entity stage reads a->text with its own light word scanner (struct
 * ew), so that its rules do not depend on how the segmenter tokenizes:
 * words keep inner hyphens, apostrophes, slashes and dots (Covid-19,
 * Mu'ti, barang/jasa, KOMPAS.com), numbers keep inner . , : / (78,7
 * 1.026.000 9/7), "Rp" is cut from a glued number (Rp78,7), and every
 * other character is a one-character punctuation token.  The array lives
 * in a->arena.
 */
#ifndef ENT_INT_H
#define ENT_INT_H

#include <stddef.h>
#include <stdint.h>

struct article;
struct ent_cand;

enum ew_kind {
	EW_WORD,
	EW_NUM,
	EW_PUNCT
};

enum ew_flag {
	EW_CAP		= 1 << 0,	/* first letter upper case */
	EW_ALLCAPS	= 1 << 1,	/* two or more letters, all upper case */
	EW_START	= 1 << 2,	/* first word of a sentence or line */
	EW_DOT		= 1 << 3,	/* a '.' is glued to its end */
	EW_TLINE	= 1 << 4,	/* in a Title Case line (headline) */
	EW_USED		= 1 << 5,	/* covered by a rule's candidate */
	EW_SPACE	= 1 << 6,	/* white space before it */
	EW_DIGIT	= 1 << 7	/* has a digit */
};

struct ew {
	uint32_t	s;
	uint32_t	e;
	uint32_t	cls;		/* ENT_W_* classes from ent_words.tsv */
	uint8_t		kind;		/* enum ew_kind */
	uint8_t		f;		/* enum ew_flag */
	uint8_t		gazmax;		/* longest gazetteer key starting here */
	uint8_t		titmax;		/* longest title key starting here */
};

/* Word classes (src/data/ent_words.tsv). */
enum {
	ENT_W_ORGPRE	= 1 << 0,
	ENT_W_ORGSUF	= 1 << 1,
	ENT_W_LOCPRE	= 1 << 2,
	ENT_W_LOCSUF	= 1 << 3,
	ENT_W_PCONN	= 1 << 4,
	ENT_W_OCONN	= 1 << 5,
	ENT_W_AFFIL	= 1 << 6,
	ENT_W_NONNAME	= 1 << 7,
	ENT_W_STOP	= 1 << 8,
	ENT_W_MONTH	= 1 << 9,
	ENT_W_WEEKDAY	= 1 << 10,
	ENT_W_SCALE	= 1 << 11,
	ENT_W_CURRENCY	= 1 << 12,
	ENT_W_COMMON	= 1 << 13	/* an ordinary word (ent_common.tsv) */
};

/* Currencies (ISO 4217 codes in ent_value.c) and the percent "scale". */
enum {
	ENT_CUR_IDR = 1, ENT_CUR_USD, ENT_CUR_SGD, ENT_CUR_EUR, ENT_CUR_MYR,
	ENT_CUR_JPY, ENT_CUR_CNY, ENT_CUR_SAR, ENT_CUR_GBP
};
#define ENT_SCALE_PERCENT	100

/* Words with a value: months, weekdays, scales (10^val), currencies. */
struct ent_vword {
	const char	*word;		/* lower case */
	uint32_t	 cls;		/* ENT_W_MONTH ... */
	int		 val;
};

extern const struct ent_vword	ent_vwords[];
extern const size_t		ent_nvwords;

/* A growing list of candidates in a->arena. */
struct ent_cands {
	struct ent_cand	*v;
	size_t		 n;
	size_t		 cap;
};

void	ent_cands_push(struct article *, struct ent_cands *, uint32_t start,
	    uint32_t end, int label, int score, const char *canon,
	    const char *role);

/*
 * DATE, MONEY and PERCENT over the words w[0..n) of article a: appends
 * candidates whose canon is the value ("2019-07-09", "78700000000 IDR",
 * "12.5") and marks their words EW_USED.  starts[0..nstarts) lists, in
 * order, the words a value may start at: numbers, capitalised weekdays and
 * months.
 */
void	ent_values(struct article *, struct ew *w, size_t n,
	    const uint32_t *starts, size_t nstarts, struct ent_cands *);

/*
 * The next word of list v[0..n) after word i, from position *at, which
 * held a word at or before i: a rule's loop over the words skips to it
 * (i may have moved back: then from the start).  (size_t)-1 at the end.
 */
static inline size_t
ent_list_next(const uint32_t *v, size_t n, size_t *at, size_t i)
{
	if (*at < n && v[*at] > i)
		*at = 0;
	while (*at < n && v[*at] <= i)
		(*at)++;
	return *at < n ? v[*at] : (size_t)-1;
}

/*
 * The value of the number s[0..n) times 10^scale as a JSON number into
 * out (size outsz): "78,7" and 9 -> "78700000000".  Indonesian and English
 * separators are told apart by their shape.  Returns 0, or -1 when s is
 * not a number.
 */
int	ent_number(const char *s, size_t n, int scale, char *out,
	    size_t outsz);

#endif /* ENT_INT_H */

/*
 * ent_value.c: DATE, MONEY and PERCENT mentions and their values.
 *
 * Patterns (Indonesian first, then English), from kutip's compiled
 * date_money_patterns.txt and dates_numbers_currency.tsv:
 *   DATE     9 Juli 2019, Selasa (9/7), Selasa (2/12/2014), 9/7/2019,
 *            Juli 2019, July 9, 2019, tahun anggaran 2019, TA 2019, 2019,
 *            a weekday alone (no value)
 *   MONEY    Rp78,7 miliar, Rp 3,5 juta, Rp1.500.000,00, US$5 juta,
 *            $5 million, 2,5 juta dolar AS, 100 ribu rupiah
 *   PERCENT  12,35 persen, 20%, 5 percent, 5 per cent
 * A day and month without a year take the article's year: the year of its
 * first full date, else of its first year mention (XXX: a guess; the
 * publication date is not passed to kutip).
 */
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "article.h"
#include "ent_int.h"

/* Words with a value; lower case.  Source: dates_numbers_currency.tsv. */
const struct ent_vword ent_vwords[] = {
	{ "januari", ENT_W_MONTH, 1 }, { "februari", ENT_W_MONTH, 2 },
	{ "pebruari", ENT_W_MONTH, 2 }, { "maret", ENT_W_MONTH, 3 },
	{ "april", ENT_W_MONTH, 4 }, { "mei", ENT_W_MONTH, 5 },
	{ "juni", ENT_W_MONTH, 6 }, { "juli", ENT_W_MONTH, 7 },
	{ "agustus", ENT_W_MONTH, 8 }, { "september", ENT_W_MONTH, 9 },
	{ "oktober", ENT_W_MONTH, 10 }, { "november", ENT_W_MONTH, 11 },
	{ "nopember", ENT_W_MONTH, 11 }, { "desember", ENT_W_MONTH, 12 },
	{ "january", ENT_W_MONTH, 1 }, { "february", ENT_W_MONTH, 2 },
	{ "march", ENT_W_MONTH, 3 }, { "may", ENT_W_MONTH, 5 },
	{ "june", ENT_W_MONTH, 6 }, { "july", ENT_W_MONTH, 7 },
	{ "august", ENT_W_MONTH, 8 }, { "october", ENT_W_MONTH, 10 },
	{ "december", ENT_W_MONTH, 12 },
	{ "jan", ENT_W_MONTH, 1 }, { "feb", ENT_W_MONTH, 2 },
	{ "mar", ENT_W_MONTH, 3 }, { "apr", ENT_W_MONTH, 4 },
	{ "jun", ENT_W_MONTH, 6 }, { "jul", ENT_W_MONTH, 7 },
	{ "agu", ENT_W_MONTH, 8 }, { "agt", ENT_W_MONTH, 8 },
	{ "aug", ENT_W_MONTH, 8 }, { "sep", ENT_W_MONTH, 9 },
	{ "sept", ENT_W_MONTH, 9 }, { "okt", ENT_W_MONTH, 10 },
	{ "oct", ENT_W_MONTH, 10 }, { "nov", ENT_W_MONTH, 11 },
	{ "des", ENT_W_MONTH, 12 }, { "dec", ENT_W_MONTH, 12 },
	{ "senin", ENT_W_WEEKDAY, 1 }, { "selasa", ENT_W_WEEKDAY, 2 },
	{ "rabu", ENT_W_WEEKDAY, 3 }, { "kamis", ENT_W_WEEKDAY, 4 },
	{ "jumat", ENT_W_WEEKDAY, 5 }, { "jum'at", ENT_W_WEEKDAY, 5 },
	{ "sabtu", ENT_W_WEEKDAY, 6 }, { "minggu", ENT_W_WEEKDAY, 7 },
	{ "ahad", ENT_W_WEEKDAY, 7 },
	{ "monday", ENT_W_WEEKDAY, 1 }, { "tuesday", ENT_W_WEEKDAY, 2 },
	{ "wednesday", ENT_W_WEEKDAY, 3 }, { "thursday", ENT_W_WEEKDAY, 4 },
	{ "friday", ENT_W_WEEKDAY, 5 }, { "saturday", ENT_W_WEEKDAY, 6 },
	{ "sunday", ENT_W_WEEKDAY, 7 },
	{ "ribu", ENT_W_SCALE, 3 }, { "rb", ENT_W_SCALE, 3 },
	{ "juta", ENT_W_SCALE, 6 }, { "jt", ENT_W_SCALE, 6 },
	{ "miliar", ENT_W_SCALE, 9 }, { "milyar", ENT_W_SCALE, 9 },
	{ "triliun", ENT_W_SCALE, 12 }, { "trilyun", ENT_W_SCALE, 12 },
	{ "thousand", ENT_W_SCALE, 3 }, { "million", ENT_W_SCALE, 6 },
	{ "billion", ENT_W_SCALE, 9 }, { "trillion", ENT_W_SCALE, 12 },
	{ "mn", ENT_W_SCALE, 6 }, { "bn", ENT_W_SCALE, 9 },
	{ "m", ENT_W_SCALE, 6 }, { "b", ENT_W_SCALE, 9 },
	{ "k", ENT_W_SCALE, 3 }, { "tn", ENT_W_SCALE, 12 },
	{ "rp", ENT_W_CURRENCY, ENT_CUR_IDR }, { "idr", ENT_W_CURRENCY, ENT_CUR_IDR },
	{ "rupiah", ENT_W_CURRENCY, ENT_CUR_IDR },
	{ "usd", ENT_W_CURRENCY, ENT_CUR_USD }, { "dolar", ENT_W_CURRENCY, ENT_CUR_USD },
	{ "dollar", ENT_W_CURRENCY, ENT_CUR_USD }, { "dollars", ENT_W_CURRENCY, ENT_CUR_USD },
	{ "sgd", ENT_W_CURRENCY, ENT_CUR_SGD }, { "eur", ENT_W_CURRENCY, ENT_CUR_EUR },
	{ "euro", ENT_W_CURRENCY, ENT_CUR_EUR }, { "euros", ENT_W_CURRENCY, ENT_CUR_EUR },
	{ "ringgit", ENT_W_CURRENCY, ENT_CUR_MYR }, { "yen", ENT_W_CURRENCY, ENT_CUR_JPY },
	{ "yuan", ENT_W_CURRENCY, ENT_CUR_CNY }, { "riyal", ENT_W_CURRENCY, ENT_CUR_SAR },
	{ "pound", ENT_W_CURRENCY, ENT_CUR_GBP }, { "pounds", ENT_W_CURRENCY, ENT_CUR_GBP },
	{ "poundsterling", ENT_W_CURRENCY, ENT_CUR_GBP },
	{ "persen", ENT_W_SCALE, ENT_SCALE_PERCENT },
	{ "percent", ENT_W_SCALE, ENT_SCALE_PERCENT }
};
const size_t ent_nvwords = sizeof(ent_vwords) / sizeof(ent_vwords[0]);

static const char *const cur_codes[] = { "", "IDR", "USD", "SGD", "EUR",
	"MYR", "JPY", "CNY", "SAR", "GBP" };

static int
lc(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int
w_is(const struct article *a, const struct ew *w, const char *s)
{
	size_t n = strlen(s), i;

	if (w->e - w->s != n)
		return 0;
	for (i = 0; i < n; i++)
		if (lc((unsigned char)a->text[w->s + i]) != s[i])
			return 0;
	return 1;
}

static int
w_punct(const struct article *a, const struct ew *w, char c)
{
	return w->kind == EW_PUNCT && w->e - w->s == 1 && a->text[w->s] == c;
}

/* The value of a word of ent_vwords with class cls, or -1. */
static int
vword(const struct article *a, const struct ew *w, uint32_t cls)
{
	size_t i;

	if (!(w->cls & cls))
		return -1;
	for (i = 0; i < ent_nvwords; i++)
		if ((ent_vwords[i].cls & cls) && w_is(a, w, ent_vwords[i].word))
			return ent_vwords[i].val;
	return -1;
}

/* A plain integer word of at most 9 digits, or -1. */
static long
w_int(const struct article *a, const struct ew *w)
{
	long v = 0;
	uint32_t i;

	if (w->kind != EW_NUM || w->e - w->s > 9)
		return -1;
	for (i = w->s; i < w->e; i++) {
		char c = a->text[i];

		if (c < '0' || c > '9')
			return -1;
		v = v * 10 + (c - '0');
	}
	return v;
}

static int
is_year(long y)
{
	return y >= 1900 && y <= 2099;
}

int
ent_number(const char *s, size_t n, int scale, char *out, size_t outsz)
{
	char dig[40];
	size_t nd = 0, i, ndots = 0, ncommas = 0, lastpos = 0;
	int frac = 0, seen_dec = 0;
	char dec = 0;
	long e;

	if (n == 0 || s[0] < '0' || s[0] > '9')
		return -1;
	for (i = 0; i < n; i++) {
		if (s[i] == '.')
			ndots++, lastpos = i;
		else if (s[i] == ',')
			ncommas++, lastpos = i;
		else if (s[i] < '0' || s[i] > '9')
			return -1;
	}
	/*
	 * The decimal separator: the last of two kinds (1.500.000,00 and
	 * 1,500,000.00); a lone separator is decimal unless exactly three
	 * digits follow it (1.026 = 1026, 78,7 = 78.7).
	 */
	if (ndots && ncommas)
		dec = s[lastpos];
	else if (ndots + ncommas == 1 && n - lastpos - 1 != 3)
		dec = s[lastpos];
	for (i = 0; i < n; i++) {
		if (s[i] == dec && i == lastpos) {
			seen_dec = 1;
			continue;
		}
		if (s[i] < '0' || s[i] > '9')
			continue;
		if (nd == 0 && s[i] == '0' && !seen_dec)
			continue;
		if (nd >= sizeof(dig) - 1)
			return -1;
		dig[nd++] = s[i];
		frac += seen_dec;
	}
	e = (long)scale - frac;
	/* drop trailing zeros of the fraction */
	while (e < 0 && nd > 0 && dig[nd - 1] == '0')
		nd--, e++;
	if (nd == 0) {
		if (outsz < 2)
			return -1;
		memcpy(out, "0", 2);
		return 0;
	}
	if (e >= 0) {
		if (nd + (size_t)e + 1 > outsz)
			return -1;
		memcpy(out, dig, nd);
		memset(out + nd, '0', (size_t)e);
		out[nd + (size_t)e] = '\0';
	} else {
		size_t fr = (size_t)-e, ip = nd > fr ? nd - fr : 0, k = 0;

		if (nd + fr + 3 > outsz)
			return -1;
		if (ip == 0)
			out[k++] = '0';
		else {
			memcpy(out, dig, ip);
			k = ip;
		}
		out[k++] = '.';
		for (i = nd; i < fr; i++)
			out[k++] = '0';
		memcpy(out + k, dig + ip, nd - ip);
		k += nd - ip;
		out[k] = '\0';
	}
	return 0;
}

static void
mark(struct ew *w, size_t i, size_t j)
{
	for (; i < j; i++)
		w[i].f |= EW_USED;
}

static void
push(struct article *a, struct ew *w, size_t i, size_t j, int label,
    const char *canon, struct ent_cands *c)
{
	ent_cands_push(a, c, w[i].s, w[j - 1].e, label, 1000, canon, NULL);
	mark(w, i, j);
}

/*
 * A currency before the number at i: returns the currency code and sets
 * *from to its first word, or 0.  Rp, Rp., IDR, US$, $, S$, USD, EUR, RM,
 * € and £.
 */
static int
cur_before(const struct article *a, const struct ew *w, size_t i, size_t *from)
{
	int c;

	if (i == 0)
		return 0;
	if (w_punct(a, &w[i - 1], '.') && i >= 2 &&
	    vword(a, &w[i - 2], ENT_W_CURRENCY) == ENT_CUR_IDR &&
	    w_is(a, &w[i - 2], "rp")) {
		*from = i - 2;
		return ENT_CUR_IDR;
	}
	if (w_punct(a, &w[i - 1], '$')) {
		*from = i - 1;
		if (i >= 2 && w[i - 2].e == w[i - 1].s) {
			if (w_is(a, &w[i - 2], "us")) {
				*from = i - 2;
				return ENT_CUR_USD;
			}
			if (w_is(a, &w[i - 2], "s")) {
				*from = i - 2;
				return ENT_CUR_SGD;
			}
		}
		return ENT_CUR_USD;
	}
	if (w[i - 1].kind == EW_PUNCT && w[i - 1].e - w[i - 1].s > 1) {
		const char *p = a->text + w[i - 1].s;

		*from = i - 1;
		if (memcmp(p, "\xe2\x82\xac", 3) == 0)
			return ENT_CUR_EUR;
		if (memcmp(p, "\xc2\xa3", 2) == 0)
			return ENT_CUR_GBP;
		return 0;
	}
	if (w_is(a, &w[i - 1], "rm") && (w[i - 1].f & EW_ALLCAPS)) {
		*from = i - 1;
		return ENT_CUR_MYR;
	}
	if ((c = vword(a, &w[i - 1], ENT_W_CURRENCY)) > 0 &&
	    (w_is(a, &w[i - 1], "rp") || w_is(a, &w[i - 1], "idr") ||
	    w_is(a, &w[i - 1], "usd") || w_is(a, &w[i - 1], "sgd") ||
	    w_is(a, &w[i - 1], "eur"))) {
		*from = i - 1;
		return c;
	}
	return 0;
}

/* A currency word after a number phrase ending at j: "dolar AS", "rupiah". */
static int
cur_after(const struct article *a, const struct ew *w, size_t n, size_t j,
    size_t *to)
{
	int c;

	if (j >= n || (c = vword(a, &w[j], ENT_W_CURRENCY)) <= 0)
		return 0;
	if (w_is(a, &w[j], "rp"))
		return 0;
	*to = j + 1;
	if (c == ENT_CUR_USD && j + 1 < n) {
		if (w_is(a, &w[j + 1], "as") || w_is(a, &w[j + 1], "amerika")) {
			*to = j + 2;
			if (j + 2 < n && w_is(a, &w[j + 2], "serikat"))
				*to = j + 3;
		} else if (w_is(a, &w[j + 1], "singapura"))
			return (*to = j + 2), ENT_CUR_SGD;
		else if (w_is(a, &w[j + 1], "australia"))
			return (*to = j + 2), ENT_CUR_USD;
	}
	return c;
}

static const char *
money_canon(struct article *a, const struct ew *num, int scale, int cur)
{
	char v[80], buf[96];
	size_t vl, cl = strlen(cur_codes[cur]);

	if (ent_number(a->text + num->s, num->e - num->s, scale, v,
	    sizeof(v)) < 0)
		return NULL;
	/* "%s %s" without snprintf(): v < 80 bytes and a code of 3 fit */
	vl = strlen(v);
	memcpy(buf, v, vl);
	buf[vl] = ' ';
	memcpy(buf + vl + 1, cur_codes[cur], cl);
	return arena_strndup(a->arena, buf, vl + 1 + cl);
}

/* "Selasa (9/7)" or "(9/7/2019)": day and month in d, m; year or 0. */
static int
slash_date(const struct article *a, const struct ew *w, int *d, int *m,
    int *y)
{
	const char *p = a->text + w->s, *end = a->text + w->e;
	int v[3] = { 0, 0, 0 }, k = 0, digits = 0;

	if (w->kind != EW_NUM)
		return 0;
	for (; p < end; p++) {
		if (*p >= '0' && *p <= '9') {
			v[k] = v[k] * 10 + (*p - '0');
			if (++digits > 4)
				return 0;
		} else if (*p == '/' && k < 2) {
			k++;
			digits = 0;
		} else
			return 0;
	}
	if (k < 1 || v[0] < 1 || v[0] > 31 || v[1] < 1 || v[1] > 12)
		return 0;
	if (k == 2 && !is_year(v[2]))
		return 0;
	*d = v[0];
	*m = v[1];
	*y = k == 2 ? v[2] : 0;
	return 1;
}

/* v (0..10^width - 1) in width digits at p, as %0*d writes it */
static char *
put_digits(char *p, int v, int width)
{
	int k;

	for (k = width - 1; k >= 0; k--, v /= 10)
		p[k] = (char)('0' + v % 10);
	return p + width;
}

static const char *
date_canon(struct article *a, int y, int m, int d)
{
	char buf[16], *p = buf;

	if (y < 0 || y > 9999 || m < 0 || m > 99 || d < 0 || d > 99) {
		if (y && m && d)
			snprintf(buf, sizeof(buf), "%04d-%02d-%02d", y, m, d);
		else if (y && m)
			snprintf(buf, sizeof(buf), "%04d-%02d", y, m);
		else if (m && d)
			snprintf(buf, sizeof(buf), "--%02d-%02d", m, d);
		else if (y)
			snprintf(buf, sizeof(buf), "%04d", y);
		else
			return NULL;
		return arena_strndup(a->arena, buf, strlen(buf));
	}
	/* Fast path: the usual values without snprintf(), which cost
	   more than finding the date */
	if (y && m && d) {
		p = put_digits(p, y, 4);
		*p++ = '-';
		p = put_digits(p, m, 2);
		*p++ = '-';
		p = put_digits(p, d, 2);
	} else if (y && m) {
		p = put_digits(p, y, 4);
		*p++ = '-';
		p = put_digits(p, m, 2);
	} else if (m && d) {
		*p++ = '-';
		*p++ = '-';
		p = put_digits(p, m, 2);
		*p++ = '-';
		p = put_digits(p, d, 2);
	} else if (y)
		p = put_digits(p, y, 4);
	else
		return NULL;
	return arena_strndup(a->arena, buf, (size_t)(p - buf));
}

/* Dates without a year waiting for the article's year. */
struct pend {
	size_t	cand;
	int	m;
	int	d;
};

void
ent_values(struct article *a, struct ew *w, size_t n, const uint32_t *starts,
    size_t nstarts, struct ent_cands *c)
{
	struct pend *pend = NULL;
	size_t npend = 0, i, j, from, to, k, at = 0;
	int year = 0, first_year = 0;

	if (n > 0)
		pend = arena_alloc(a->arena, n * sizeof(*pend));
	/* Fast path: only the words of starts, which the test below
	   would let through */
	for (i = nstarts ? starts[0] : (size_t)-1; i != (size_t)-1;
	    i = ent_list_next(starts, nstarts, &at, i)) {
		long v;
		int cur, sc, d, m, y;

		if (w[i].f & EW_USED)
			continue;
		/* every pattern below starts at a number (w_int() and the
		   end of the loop ask for EW_NUM) or at a capitalised
		   weekday or month (vword() asks for its class) */
		if (w[i].kind != EW_NUM && !(w[i].kind == EW_WORD &&
		    (w[i].f & EW_CAP) &&
		    (w[i].cls & (ENT_W_WEEKDAY | ENT_W_MONTH))))
			continue;
		/* weekday [,] [( d/m[/y] )] or weekday [,] d Month [y] */
		if (w[i].kind == EW_WORD && (w[i].f & EW_CAP) &&
		    vword(a, &w[i], ENT_W_WEEKDAY) > 0) {
			j = i + 1;
			if (j < n && w_punct(a, &w[j], ','))
				j++;
			if (j + 2 < n && w_punct(a, &w[j], '(') &&
			    slash_date(a, &w[j + 1], &d, &m, &y) &&
			    w_punct(a, &w[j + 2], ')')) {
				if (y) {
					if (!year)
						year = y;
					push(a, w, i, j + 3, ENT_DATE,
					    date_canon(a, y, m, d), c);
				} else {
					pend[npend].cand = c->n;
					pend[npend].m = m;
					pend[npend++].d = d;
					push(a, w, i, j + 3, ENT_DATE, NULL, c);
				}
				i = j + 2;
				continue;
			}
			if (j + 1 < n && (v = w_int(a, &w[j])) >= 1 && v <= 31 &&
			    vword(a, &w[j + 1], ENT_W_MONTH) > 0)
				w[i].f |= EW_USED;	/* taken below */
			else if (!(w[i].f & EW_START) || w[i].f & EW_TLINE) {
				push(a, w, i, i + 1, ENT_DATE, NULL, c);
				continue;
			} else
				continue;
			from = i;
			i = j;
		} else
			from = i;
		/* d Month [yyyy] */
		if ((v = w_int(a, &w[i])) >= 1 && v <= 31 && i + 1 < n &&
		    (m = vword(a, &w[i + 1], ENT_W_MONTH)) > 0 &&
		    (w[i + 1].f & EW_CAP)) {
			long yy = i + 2 < n ? w_int(a, &w[i + 2]) : -1;

			if (is_year(yy)) {
				if (!year)
					year = (int)yy;
				push(a, w, from, i + 3, ENT_DATE,
				    date_canon(a, (int)yy, m, (int)v), c);
				i += 2;
			} else {
				pend[npend].cand = c->n;
				pend[npend].m = m;
				pend[npend++].d = (int)v;
				push(a, w, from, i + 2, ENT_DATE, NULL, c);
				i += 1;
			}
			continue;
		}
		/* Month yyyy, Month d[,] yyyy (English) */
		if (w[i].kind == EW_WORD && (w[i].f & EW_CAP) && i + 1 < n &&
		    (m = vword(a, &w[i], ENT_W_MONTH)) > 0 &&
		    w[i].e - w[i].s > 3) {
			v = w_int(a, &w[i + 1]);
			if (is_year(v)) {
				push(a, w, i, i + 2, ENT_DATE,
				    date_canon(a, (int)v, m, 0), c);
				i++;
				continue;
			}
			if (v >= 1 && v <= 31) {
				k = i + 2;
				if (k < n && w_punct(a, &w[k], ','))
					k++;
				if (k < n && is_year(w_int(a, &w[k]))) {
					y = (int)w_int(a, &w[k]);
					if (!year)
						year = y;
					push(a, w, i, k + 1, ENT_DATE,
					    date_canon(a, y, m, (int)v), c);
					i = k;
				} else {
					pend[npend].cand = c->n;
					pend[npend].m = m;
					pend[npend++].d = (int)v;
					push(a, w, i, i + 2, ENT_DATE, NULL, c);
					i++;
				}
				continue;
			}
		}
		if (w[i].kind != EW_NUM)
			continue;
		/* d/m/yyyy */
		if (slash_date(a, &w[i], &d, &m, &y) && y) {
			if (!year)
				year = y;
			push(a, w, i, i + 1, ENT_DATE, date_canon(a, y, m, d), c);
			continue;
		}
		/* money: currency first */
		j = i + 1;
		sc = 0;
		if (j < n && (sc = vword(a, &w[j], ENT_W_SCALE)) > 0 &&
		    sc != ENT_SCALE_PERCENT)
			j++;
		else if (j < n && (w[j].f & EW_ALLCAPS) == 0 &&
		    w[j].e - w[j].s == 1 && w[j].s == w[i].e + 1 &&
		    (a->text[w[j].s] == 'M' || a->text[w[j].s] == 'T')) {
			/* "Rp 5 M": miliar, "Rp 2 T": triliun */
			sc = a->text[w[j].s] == 'M' ? 9 : 12;
			j++;
		} else
			sc = 0;
		if ((cur = cur_before(a, w, i, &from)) > 0) {
			push(a, w, from, j, ENT_MONEY,
			    money_canon(a, &w[i], sc, cur), c);
			i = j - 1;
			continue;
		}
		if ((cur = cur_after(a, w, n, j, &to)) > 0) {
			push(a, w, i, to, ENT_MONEY,
			    money_canon(a, &w[i], sc, cur), c);
			i = to - 1;
			continue;
		}
		/* percent */
		if (i + 1 < n && (w_punct(a, &w[i + 1], '%') ||
		    vword(a, &w[i + 1], ENT_W_SCALE) == ENT_SCALE_PERCENT ||
		    (i + 2 < n && w_is(a, &w[i + 1], "per") &&
		    w_is(a, &w[i + 2], "cent")))) {
			char v2[64];
			size_t end = w_is(a, &w[i + 1], "per") ? i + 3 : i + 2;

			if (ent_number(a->text + w[i].s, w[i].e - w[i].s, 0,
			    v2, sizeof(v2)) == 0) {
				push(a, w, i, end, ENT_PERCENT,
				    arena_strndup(a->arena, v2, strlen(v2)), c);
				i = end - 1;
			}
			continue;
		}
		/* a year: "tahun anggaran 2019", "TA 2019", "2019" */
		v = w_int(a, &w[i]);
		if (is_year(v) && w[i].e - w[i].s == 4 &&
		    !(i + 1 < n && w[i + 1].kind == EW_NUM)) {
			from = i;
			if (i >= 2 && w_is(a, &w[i - 1], "anggaran") &&
			    w_is(a, &w[i - 2], "tahun"))
				from = i - 2;
			else if (i >= 1 && w_is(a, &w[i - 1], "ta") &&
			    (w[i - 1].f & EW_ALLCAPS))
				from = i - 1;
			if (!first_year)
				first_year = (int)v;
			push(a, w, from, i + 1, ENT_DATE,
			    date_canon(a, (int)v, 0, 0), c);
		}
	}
	if (!year)
		year = first_year;
	for (k = 0; k < npend; k++)
		c->v[pend[k].cand].canon = date_canon(a, year, pend[k].m,
		    pend[k].d);
}

/*
 * train.c: trains kutip's entity tagger (averaged perceptron, Viterbi over
 * BIO tags) on CoNLL files and writes the weights as C source.
 *
 *	train [-k runs] [-n epochs] [-b bits] [-c cost] [-s seed]
 *	    [-o out.gen.c] [-d dev.conll [-p spans.txt]]
 *	    train.conll ...
 *
 * -k averages the weights of several perceptrons, each trained for -n
 * epochs on its own order of the sentences.  -c decodes each training
 * sentence with cost added to every wrong tag (loss-augmented decoding,
 * as a structured SVM does), so that the perceptron updates until the gold
 * tags win by a margin, not only until they win: the model's margins,
 * which the tagger turns into candidate scores, grow.  -p writes the
 * tagger's spans on the dev file, "sentence first end label" a line
 * (tokens from 0, labels PER ORG LOC as 0 1 2), to compare with the full
 * pipeline.
 *
 * Input: one token a line, the label in the last column (tab or space
 * separated; BIO over PER/PERSON, ORG/ORGANISATION, LOC/PLACE...), a blank
 * line between sentences.  The features are those of the tagger itself
 * (src/tag_feat.c), on the same units.  With -d, the tagger is scored on
 * the dev file afterwards, by CoNLL token spans, as score_ner.py does.
 *
 * Deterministic: integer weights and updates, a fixed seed for the order of
 * the sentences, so the same input gives the same file byte for byte on any
 * machine.  Prints progress and scores to standard error.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tag_feat.h"
#include "util.h"

#define NT	TAG_NTAGS

struct sent {
	size_t	u0, nu;		/* units [u0, u0 + nu) of the pool */
	size_t	t0, nt;		/* tokens [t0, t0 + nt) */
	int	dom;		/* the file it came from */
};

struct corpus {
	char		*buf;		/* the files, kept: units point here */
	struct sent	*s;
	size_t		 ns, scap;
	struct tag_tok	*tok;
	uint8_t		*toklab;	/* token gold tags */
	size_t		 ntok, tcap;
	struct tag_unit	*u;
	uint8_t		*gold;		/* unit gold tags */
	uint8_t		*open;
	size_t		*f0;		/* unit i: features f[f0[i]..f0[i+1]) */
	size_t		 nu, ucap;
	uint32_t	*f;
	size_t		 nf, fcap;
	int		 dom;		/* of the file being read */
};

static const char *progname = "train";
static struct tag_gaz *gaz;
static FILE *predfp;		/* -p: the dev spans, one a line */

static void
die(const char *msg, const char *arg)
{
	fprintf(stderr, "%s: %s%s%s\n", progname, msg, arg ? ": " : "",
	    arg ? arg : "");
	exit(2);
}


#define GROW(p, n, cap, need) do { \
	if ((n) + (need) > (cap)) { \
		while ((n) + (need) > (cap)) \
			(cap) = (cap) ? (cap) * 2 : 1024; \
		(p) = xrealloc((p), (cap) * sizeof(*(p))); \
	} \
} while (0)

static char *
slurp(const char *path)
{
	FILE *fp = fopen(path, "rb");
	char *b = NULL;
	size_t n = 0, cap = 0, r;

	if (fp == NULL)
		die(strerror(errno), path);
	do {
		GROW(b, n, cap, 65536);
		r = fread(b + n, 1, cap - n - 1, fp);
		n += r;
	} while (r > 0);
	if (ferror(fp))
		die(strerror(errno), path);
	fclose(fp);
	b[n] = '\0';
	return b;
}

/* B-PER, I-PERSON, B-ORGANISATION, B-PLACE ... -> enum tag_tag */
static uint8_t
label_tag(const char *l)
{
	int base;

	if ((l[0] != 'B' && l[0] != 'I') || l[1] != '-')
		return TAG_O;
	if (strncmp(l + 2, "PER", 3) == 0)
		base = TAG_B_PER;
	else if (strncmp(l + 2, "ORG", 3) == 0)
		base = TAG_B_ORG;
	else if (strncmp(l + 2, "LOC", 3) == 0 ||
	    strncmp(l + 2, "PLACE", 5) == 0 || strncmp(l + 2, "GPE", 3) == 0)
		base = TAG_B_LOC;
	else
		return TAG_O;
	return (uint8_t)(base + (l[0] == 'I'));
}

/* Cuts a sentence into units and gives them their gold tags. */
static void
add_sentence(struct corpus *c, size_t t0)
{
	struct sent *s;
	size_t nt = c->ntok - t0, bytes = 0, i, nu;

	if (nt == 0)
		return;
	for (i = t0; i < c->ntok; i++)
		bytes += c->tok[i].len;
	GROW(c->u, c->nu, c->ucap, bytes + 1);
	c->gold = xrealloc(c->gold, c->ucap);
	c->open = xrealloc(c->open, c->ucap);
	c->f0 = xrealloc(c->f0, (c->ucap + 1) * sizeof(*c->f0));
	nu = tag_units(c->tok + t0, nt, c->u + c->nu);
	for (i = 0; i < nu; i++) {
		struct tag_unit *u = &c->u[c->nu + i];
		uint8_t tl = c->toklab[t0 + u->tok];

		u->tok += (uint32_t)t0;
		/* later units of a name's token continue it */
		if (tl != TAG_O && !u->first && (tl & 1))
			tl = (uint8_t)(tl + 1);
		c->gold[c->nu + i] = tl;
	}
	GROW(c->s, c->ns, c->scap, 1);
	s = &c->s[c->ns++];
	s->u0 = c->nu;
	s->nu = nu;
	s->t0 = t0;
	s->nt = nt;
	s->dom = c->dom;
	c->nu += nu;
}

/*
 * Gazetteer flags and features of every unit, once the open words are
 * known.  A unit the tagger never opens is O in the gold standard too (the
 * period of `Inc.`), and a name it interrupts starts again after it.
 */
static void
featurize(struct corpus *c)
{
	size_t si, i;

	for (si = 0; si < c->ns; si++) {
		struct sent *s = &c->s[si];
		struct tag_unit *u = c->u + s->u0;
		uint8_t *gold = c->gold + s->u0;

		tag_annotate(gaz, u, s->nu);
		for (i = 0; i < s->nu; i++) {
			c->open[s->u0 + i] = (u[i].flags & TAG_U_OPEN) != 0;
			if (!c->open[s->u0 + i])
				gold[i] = TAG_O;
			if (gold[i] != TAG_O && !(gold[i] & 1) &&
			    (i == 0 || (gold[i - 1] != gold[i] &&
			    gold[i - 1] != gold[i] - 1)))
				gold[i]--;	/* I-X after O -> B-X */
			c->f0[s->u0 + i] = c->nf;
			GROW(c->f, c->nf, c->fcap, TAG_MAXFEAT);
			c->nf += tag_features(u, s->nu, i, c->f + c->nf);
		}
		c->f0[s->u0 + s->nu] = c->nf;
	}
}

static void
read_conll(struct corpus *c, const char *path)
{
	char *b = slurp(path), *line, *next;
	size_t t0 = c->ntok;

	for (line = b; line != NULL && *line != '\0'; line = next) {
		char *e, *tokend, *lab;

		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		e = line + strlen(line);
		while (e > line && (e[-1] == '\r' || e[-1] == ' ' ||
		    e[-1] == '\t'))
			*--e = '\0';
		if (e == line) {
			add_sentence(c, t0);
			t0 = c->ntok;
			continue;
		}
		tokend = line + strcspn(line, strchr(line, '\t') ? "\t" : " ");
		lab = strrchr(line, strchr(line, '\t') ? '\t' : ' ');
		lab = lab ? lab + 1 : e;
		GROW(c->tok, c->ntok, c->tcap, 1);
		c->toklab = xrealloc(c->toklab, c->tcap);
		c->tok[c->ntok].s = line;
		c->tok[c->ntok].len = (uint32_t)(tokend - line);
		c->toklab[c->ntok] = label_tag(lab);
		c->ntok++;
	}
	add_sentence(c, t0);
	/* b is kept: the tokens point into it */
}

/* Lower-case words inside gold names: open to the tagger everywhere. */
static char **openw;
static size_t nopenw;

static int
cmpstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
collect_open(const struct corpus *c)
{
	size_t i, k = 0;

	for (i = 0; i < c->nu; i++) {
		if (c->gold[i] == TAG_O || tag_maybe_name(&c->u[i]))
			continue;
		openw = xrealloc(openw, (nopenw + 1) * sizeof(*openw));
		openw[nopenw] = xrealloc(NULL, c->u[i].len + 1);
		memcpy(openw[nopenw], c->u[i].s, c->u[i].len);
		openw[nopenw++][c->u[i].len] = '\0';
	}
	if (nopenw == 0)
		return;
	qsort(openw, nopenw, sizeof(*openw), cmpstr);
	for (i = 1; i < nopenw; i++)
		if (strcmp(openw[i], openw[k]) != 0)
			openw[++k] = openw[i];
	nopenw = k + 1;
}

/* The perceptron: current weights and the sums for averaging. */
static unsigned bits = 18;
static uint32_t mask;
/*
 * With several training files, each feature has a shared weight and one
 * per file ("frustratingly easy" domain adaptation, Daume 2007): a sentence
 * is scored with the shared weights plus its file's, and the model keeps
 * the shared weights plus the first file's.  Both are indexed by the same
 * hash, so the tagger pays nothing for it.
 */
static int32_t *W, T[(NT + 1) * NT];
static int64_t *U, TU[(NT + 1) * NT];
static int ndom = 1;		/* copies of the table beyond the shared one */
static size_t tabsize;		/* weights in one copy */
static int64_t clock_ = 1;
static int cost;		/* -c: added to wrong tags in training */

static void
emit_raw(const struct corpus *c, const struct sent *s, int32_t *e)
{
	size_t i, j;
	int t;

	for (i = 0; i < s->nu; i++) {
		size_t ui = s->u0 + i;

		memset(&e[i * NT], 0, NT * sizeof(*e));
		if (!c->open[ui])
			continue;
		for (j = c->f0[ui]; j < c->f0[ui + 1]; j++) {
			const int32_t *row = W + (size_t)(c->f[j] & mask) * NT;
			const int32_t *drow = row +
			    (size_t)(1 + s->dom) * tabsize;

			for (t = 0; t < NT; t++)
				e[i * NT + t] += row[t] +
				    (ndom > 1 ? drow[t] : 0);
		}
	}
}

static void
upd(int32_t *w, int64_t *u, size_t ix, int d)
{
	w[ix] += d;
	u[ix] += d * clock_;
}

static void
train_sent(const struct corpus *c, const struct sent *s, int32_t *e,
    uint8_t *bp, uint8_t *pred)
{
	const uint8_t *gold = c->gold + s->u0;
	size_t i, j;

	emit_raw(c, s, e);
	if (cost > 0)
		for (i = 0; i < s->nu; i++)
			for (j = 0; j < NT; j++)
				if (j != gold[i])
					e[i * NT + j] += cost;
	tag_viterbi(e, T, c->open + s->u0, s->nu, bp, pred);
	if (memcmp(pred, gold, s->nu) != 0) {
		for (i = 0; i < s->nu; i++) {
			size_t ui = s->u0 + i;
			int pg = i ? gold[i - 1] : NT;
			int pp = i ? pred[i - 1] : NT;

			if (pred[i] != gold[i])
				for (j = c->f0[ui]; j < c->f0[ui + 1]; j++) {
					size_t r =
					    (size_t)(c->f[j] & mask) * NT;

					upd(W, U, r + gold[i], 1);
					upd(W, U, r + pred[i], -1);
					if (ndom < 2)
						continue;
					r += (size_t)(1 + s->dom) * tabsize;
					upd(W, U, r + gold[i], 1);
					upd(W, U, r + pred[i], -1);
				}
			if (pred[i] != gold[i] || pg != pp) {
				upd(T, TU, (size_t)pg * NT + gold[i], 1);
				upd(T, TU, (size_t)pp * NT + pred[i], -1);
			}
		}
	}
	clock_++;
}

static uint32_t rng;

static uint32_t
xorshift(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 17;
	rng ^= rng << 5;
	return rng;
}

/*
 * Several perceptrons, each trained on its own order of the sentences, are
 * averaged (a cheap ensemble that halves the variance between orders): A
 * holds the sum of their averaged weights in 1/1024 of an update.
 */
#define FRAC	1024
static int64_t *A, AT[(NT + 1) * NT];

static int64_t
rdiv(int64_t num, int64_t den)
{
	return num >= 0 ? (num + den / 2) / den : -((-num + den / 2) / den);
}

static void
accumulate(void)
{
	size_t i, n = ((size_t)1 << bits) * NT;

	if (A == NULL) {
		A = xrealloc(NULL, n * sizeof(*A));
		memset(A, 0, n * sizeof(*A));
	}
	for (i = 0; i < n; i++) {
		A[i] += rdiv(((int64_t)W[i] * clock_ - U[i]) * FRAC, clock_);
		if (ndom > 1)
			A[i] += rdiv(((int64_t)W[n + i] * clock_ - U[n + i]) *
			    FRAC, clock_);
	}
	for (i = 0; i < (NT + 1) * NT; i++)
		AT[i] += rdiv(((int64_t)T[i] * clock_ - TU[i]) * FRAC, clock_);
	memset(W, 0, (size_t)(1 + (ndom > 1 ? ndom : 0)) * n * sizeof(*W));
	memset(U, 0, (size_t)(1 + (ndom > 1 ? ndom : 0)) * n * sizeof(*U));
	memset(T, 0, sizeof(T));
	memset(TU, 0, sizeof(TU));
	clock_ = 1;
}

/* The quantised model, laid out as the tagger has it. */
static int16_t *Q, QT[(NT + 1) * NT];
static int32_t QT32[(NT + 1) * NT];
static int64_t scale;		/* weight units per update */

static void
quantise(int runs)
{
	size_t i, n = (size_t)1 << bits;
	int64_t maxabs = 1;
	int t;

	for (i = 0; i < n * NT; i++)
		if (A[i] > maxabs || -A[i] > maxabs)
			maxabs = A[i] < 0 ? -A[i] : A[i];
	for (i = 0; i < (NT + 1) * NT; i++)
		if (AT[i] > maxabs || -AT[i] > maxabs)
			maxabs = AT[i] < 0 ? -AT[i] : AT[i];
	/* the largest weight becomes 32000 */
	scale = rdiv((int64_t)32000 * FRAC * runs, maxabs);
	Q = xrealloc(NULL, n * 8 * sizeof(*Q));
	memset(Q, 0, n * 8 * sizeof(*Q));
	for (i = 0; i < n; i++)
		for (t = 0; t < NT; t++)
			Q[i * 8 + t] = (int16_t)rdiv(A[i * NT + t] * 32000,
			    maxabs);
	for (i = 0; i < (NT + 1) * NT; i++) {
		QT[i] = (int16_t)rdiv(AT[i] * 32000, maxabs);
		QT32[i] = QT[i];
	}
}

static void	print_missed(const struct corpus *, const struct sent *,
		    long [][3], long);

/* Gold and predicted spans over CoNLL tokens, scored as score_ner.py. */
struct counts {
	long	tp[3], sys[3], gold[3];
};

static void
eval_sent(const struct corpus *c, const struct sent *s, int32_t *e,
    uint8_t *bp, uint8_t *pred, struct tag_span *sp, struct counts *k,
    int verbose)
{
	size_t i, j, n, g0 = 0;
	int gl = -1;
	long gs[256][3], ngs = 0;

	for (i = 0; i < s->nu; i++) {
		size_t ui = s->u0 + i;

		memset(&e[i * NT], 0, NT * sizeof(*e));
		if (c->open[ui])
			tag_emit(Q, mask, c->f + c->f0[ui],
			    c->f0[ui + 1] - c->f0[ui], &e[i * NT]);
	}
	tag_viterbi(e, QT32, c->open + s->u0, s->nu, bp, pred);
	n = tag_spans(c->u + s->u0, pred, e, s->nu, sp);
	/* gold token spans */
	for (i = 0; i <= s->nt; i++) {
		uint8_t t = i < s->nt ? c->toklab[s->t0 + i] : TAG_O;
		int lab = t == TAG_O ? -1 : (t - 1) / 2;

		if (gl >= 0 && (t == TAG_O || (t & 1) || lab != gl)) {
			if (ngs < 256) {
				gs[ngs][0] = (long)g0;
				gs[ngs][1] = (long)i;
				gs[ngs++][2] = gl;
			}
			k->gold[gl]++;
			gl = -1;
		}
		if (t != TAG_O && gl < 0) {
			g0 = i;
			gl = lab;
		}
	}
	for (j = 0; j < n; j++) {
		long a = (long)c->u[s->u0 + sp[j].first].tok - (long)s->t0;
		long b = (long)c->u[s->u0 + sp[j].end - 1].tok - (long)s->t0
		    + 1;
		long m;
		int hit = 0;

		k->sys[sp[j].label]++;
		if (predfp != NULL)
			fprintf(predfp, "%lu %ld %ld %d\n",
			    (unsigned long)(s - c->s), a, b, sp[j].label);
		for (m = 0; m < ngs; m++)
			if (gs[m][0] == a && gs[m][1] == b &&
			    gs[m][2] == sp[j].label)
				hit = 1;
		k->tp[sp[j].label] += hit;
		for (m = 0; hit && m < ngs; m++)
			if (gs[m][0] == a && gs[m][1] == b &&
			    gs[m][2] == sp[j].label)
				gs[m][2] = -1;	/* found */
		if (verbose && !hit) {
			fprintf(stderr, "FP %d:", sp[j].label);
			for (m = a; m < b; m++)
				fprintf(stderr, " %.*s",
				    (int)c->tok[s->t0 + m].len,
				    c->tok[s->t0 + m].s);
			fprintf(stderr, "\n");
		}
	}
	if (verbose)
		print_missed(c, s, gs, ngs);
}

static void
print_missed(const struct corpus *c, const struct sent *s, long gs[][3],
    long ngs)
{
	long m, i;

	for (m = 0; m < ngs; m++) {
		if (gs[m][2] < 0)
			continue;
		fprintf(stderr, "FN %ld:", gs[m][2]);
		for (i = gs[m][0]; i < gs[m][1]; i++)
			fprintf(stderr, " %.*s", (int)c->tok[s->t0 + i].len,
			    c->tok[s->t0 + i].s);
		fprintf(stderr, "\n");
	}
}

static double
f1(long tp, long sys, long gold, double *p, double *r)
{
	*p = sys ? (double)tp / sys : 0;
	*r = gold ? (double)tp / gold : 0;
	return *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0;
}

static void
evaluate(const struct corpus *c, const char *name, int verbose)
{
	static const char *labels[] = { "PER", "ORG", "LOC" };
	struct counts k;
	size_t i, maxu = 1;
	int32_t *e;
	uint8_t *bp, *pred;
	struct tag_span *sp;
	long tp = 0, sys = 0, gold = 0;
	double p, r, f;
	int l;

	memset(&k, 0, sizeof(k));
	for (i = 0; i < c->ns; i++)
		if (c->s[i].nu > maxu)
			maxu = c->s[i].nu;
	e = xrealloc(NULL, maxu * NT * sizeof(*e));
	bp = xrealloc(NULL, maxu * NT);
	pred = xrealloc(NULL, maxu);
	sp = xrealloc(NULL, maxu * sizeof(*sp));
	for (i = 0; i < c->ns; i++)
		eval_sent(c, &c->s[i], e, bp, pred, sp, &k, verbose);
	for (l = 0; l < 3; l++) {
		f = f1(k.tp[l], k.sys[l], k.gold[l], &p, &r);
		fprintf(stderr, "%s %-4s gold %5ld sys %5ld  P %.3f R %.3f "
		    "F1 %.3f\n", name, labels[l], k.gold[l], k.sys[l], p, r, f);
		tp += k.tp[l];
		sys += k.sys[l];
		gold += k.gold[l];
	}
	f = f1(tp, sys, gold, &p, &r);
	fprintf(stderr, "%s micro P %.3f R %.3f F1 %.3f\n", name, p, r, f);
	free(e);
	free(bp);
	free(pred);
	free(sp);
}

static void
write_model(const char *path, int argc, char **argv, int epochs)
{
	FILE *fp = fopen(path, "w");
	size_t i, n = (size_t)1 << bits, nrows = 0;
	int t, a;

	if (fp == NULL)
		die(strerror(errno), path);
	fprintf(fp, "/*\n * generated by tools/train.c (make model): do not "
	    "edit.\n * Trained for %d epochs on:", epochs);
	for (a = 0; a < argc; a++) {
		const char *b = strrchr(argv[a], '/');

		fprintf(fp, " %s", b ? b + 1 : argv[a]);
	}
	fprintf(fp, "\n * (IDNer: MIT, (c) 2020 khairunnisaor; see COPYING)."
	    "\n */\n#include \"tag_model.h\"\n\n");
	fprintf(fp, "static const uint32_t row[] = {\n");
	for (i = 0; i < n; i++) {
		for (t = 0; t < NT; t++)
			if (Q[i * 8 + t] != 0)
				break;
		if (t == NT)
			continue;
		fprintf(fp, "%s%lu,", nrows % 10 ? " " : "\t",
		    (unsigned long)i);
		if (++nrows % 10 == 0)
			fputc('\n', fp);
	}
	fprintf(fp, "\n};\n\nstatic const int16_t w[] = {\n");
	for (i = 0; i < n; i++) {
		for (t = 0; t < NT; t++)
			if (Q[i * 8 + t] != 0)
				break;
		if (t == NT)
			continue;
		fputc('\t', fp);
		for (t = 0; t < NT; t++)
			fprintf(fp, "%d,", Q[i * 8 + t]);
		fputc('\n', fp);
	}
	fprintf(fp, "};\n\nstatic const int16_t trans[] = {\n");
	for (i = 0; i < NT + 1; i++) {
		fputc('\t', fp);
		for (t = 0; t < NT; t++)
			fprintf(fp, "%d,", QT[i * NT + t]);
		fputc('\n', fp);
	}
	fprintf(fp, "};\n\nstatic const char *const open[] = {\n");
	for (i = 0; i < nopenw; i++)
		fprintf(fp, "\t\"%s\",\n", openw[i]);
	if (nopenw == 0)
		fprintf(fp, "\t\"\",\n");
	fprintf(fp, "};\n\nconst struct tag_model tag_model = {\n"
	    "\t%u, %ld, %lu, row, w, trans, open, %lu\n};\n", bits,
	    (long)scale, (unsigned long)nrows, (unsigned long)nopenw);
	if (fclose(fp) != 0)
		die(strerror(errno), path);
	fprintf(stderr, "%s: %lu rows of %lu, scale %ld, %lu open words\n",
	    path, (unsigned long)nrows, (unsigned long)n, (long)scale,
	    (unsigned long)nopenw);
}

int
main(int argc, char **argv)
{
	struct corpus tr, dev;
	const char *out = NULL, *devpath = NULL;
	int ch, epochs = 12, verbose = 0, ep, runs = 1, r;
	uint32_t seed = 20201;
	size_t i, maxu = 1, *order;
	int32_t *e;
	uint8_t *bp, *pred;

	while ((ch = getopt(argc, argv, "b:c:d:k:n:o:p:s:v")) != -1)
		switch (ch) {
		case 'k':
			runs = atoi(optarg);
			break;
		case 'b':
			bits = (unsigned)atoi(optarg);
			break;
		case 'c':
			cost = atoi(optarg);
			break;
		case 'd':
			devpath = optarg;
			break;
		case 'n':
			epochs = atoi(optarg);
			break;
		case 'o':
			out = optarg;
			break;
		case 'p':
			if ((predfp = fopen(optarg, "w")) == NULL)
				die(strerror(errno), optarg);
			break;
		case 's':
			seed = (uint32_t)strtoul(optarg, NULL, 10);
			break;
		case 'v':
			verbose = 1;
			break;
		default:
			fprintf(stderr, "usage: train [-v] [-k runs] "
			    "[-n epochs] [-b bits] [-c cost] "
			    "[-s seed] [-o out.gen.c] [-d dev.conll "
			    "[-p spans.txt]] train.conll ...\n");
			return 2;
		}
	argc -= optind;
	argv += optind;
	if (argc == 0 || bits < 10 || bits > 24)
		die("usage: train [options] train.conll ...", NULL);
	mask = ((uint32_t)1 << bits) - 1;
	memset(&tr, 0, sizeof(tr));
	memset(&dev, 0, sizeof(dev));
	gaz = tag_gaz_new();
	for (i = 0; i < (size_t)argc; i++) {
		tr.dom = (int)i;
		read_conll(&tr, argv[i]);
	}
	ndom = argc;
	tabsize = ((size_t)1 << bits) * NT;
	collect_open(&tr);
	tag_gaz_open(gaz, (const char *const *)openw, nopenw);
	featurize(&tr);
	fprintf(stderr, "train: %lu sentences, %lu units, %lu features\n",
	    (unsigned long)tr.ns, (unsigned long)tr.nu, (unsigned long)tr.nf);
	W = xrealloc(NULL, (size_t)(1 + ndom) * tabsize * sizeof(*W));
	U = xrealloc(NULL, (size_t)(1 + ndom) * tabsize * sizeof(*U));
	memset(W, 0, (size_t)(1 + ndom) * tabsize * sizeof(*W));
	memset(U, 0, (size_t)(1 + ndom) * tabsize * sizeof(*U));
	for (i = 0; i < tr.ns; i++)
		if (tr.s[i].nu > maxu)
			maxu = tr.s[i].nu;
	e = xrealloc(NULL, maxu * NT * sizeof(*e));
	bp = xrealloc(NULL, maxu * NT);
	pred = xrealloc(NULL, maxu);
	order = xrealloc(NULL, tr.ns * sizeof(*order));
	for (i = 0; i < tr.ns; i++)
		order[i] = i;
	rng = seed ? seed : 1;
	for (r = 0; r < runs; r++) {
		for (ep = 0; ep < epochs; ep++) {
			for (i = tr.ns; i > 1; i--) {
				size_t j = xorshift() % i, x = order[i - 1];

				order[i - 1] = order[j];
				order[j] = x;
			}
			for (i = 0; i < tr.ns; i++)
				train_sent(&tr, &tr.s[order[i]], e, bp, pred);
		}
		accumulate();
	}
	quantise(runs);
	if (devpath != NULL) {
		read_conll(&dev, devpath);
		featurize(&dev);
		evaluate(&dev, "dev", verbose);
	}
	if (out != NULL)
		write_model(out, argc, argv, epochs);
	return 0;
}

#include <stdint.h>
#include <string.h>

#include "arena.h"
#include "article.h"
#include "norm_boiler.h"
#include "util.h"

/*
 * Outlets whose name stands in a dateline, as the sites write them
 * (matched without regard to ASCII case).  Longer names first where one
 * is a prefix of another.
 */
static const char *const nb_outlets[] = {
	"KOMPAS.com", "Kompas.id", "TEMPO.CO", "Tempo.co", "Liputan6.com",
	"ANTARA News", "ANTARA", "Antaranews.com", "detikNews", "detikcom",
	"detikFinance", "detikHealth", "detikInet", "detikSport", "detikOto",
	"detikTravel", "detikFood", "detikEdu", "detikJatim", "detikJateng",
	"detikJabar", "detikBali", "detikSumut", "detikSulsel", "detik.com",
	"CNN Indonesia", "CNBC Indonesia", "REPUBLIKA.CO.ID", "Republika",
	"TRIBUNNEWS.COM", "Tribunnews", "Suara.com", "JUARA.net",
	"kumparanNEWS", "kumparan", "Okezone", "VIVA.co.id", "VIVA",
	"merdeka.com", "JPNN.com", "SINDOnews", "Bisnis.com", "IDN Times",
	"Bola.com", "Kontan.co.id", "Beritasatu.com", "Medcom.id",
	"radarlampung.co.id", "Jawapos.com", "Tirto.id", "Inilah.com",
	"Pos Kota", "Rimanews", "Poskota.co.id", "DailySocial.id"
};

/* nb_find(3) is not in POSIX 2008. */
static const char *
nb_find(const char *s, size_t n, const char *w, size_t m)
{
	const char *p = s, *end = s + n;

	while ((size_t)(end - p) >= m &&
	    (p = memchr(p, w[0], (size_t)(end - p) - m + 1)) != NULL) {
		if (memcmp(p, w, m) == 0)
			return p;
		p++;
	}
	return NULL;
}

/* nb_find() by a rarer byte of w, at w[at]: "ADVERTISEMENT" by its 'V'. */
static const char *
nb_find_at(const char *s, size_t n, const char *w, size_t at)
{
	const char *p = s + at, *end = s + n;
	size_t m = strlen(w);

	if (n < m)
		return NULL;
	while ((p = memchr(p, w[at], (size_t)(end - p))) != NULL) {
		if ((size_t)(p - s) >= at && (size_t)(end - (p - at)) >= m &&
		    memcmp(p - at, w, m) == 0)
			return p - at;
		p++;
	}
	return NULL;
}

static int
nb_upper(int c)
{
	return c >= 'A' && c <= 'Z';
}

static int
nb_alnum(int c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 : c >= '0' && c <= '9';
}

/*
 * s[0..n) starts with the ASCII string w, ignoring ASCII case.  Called
 * for many patterns on every line: no strlen(w), the first byte that
 * differs ends it.
 */
static int
nb_prefix(const char *s, size_t n, const char *w)
{
	size_t i;

	for (i = 0; w[i] != '\0'; i++) {
		int a, b = (unsigned char)w[i];

		if (i >= n)
			return 0;
		a = (unsigned char)s[i];
		if (nb_upper(a))
			a += 'a' - 'A';
		if (nb_upper(b))
			b += 'a' - 'A';
		if (a != b)
			return 0;
	}
	return 1;
}

/* The outlet name at s, or a domain ("radarlampung.co.id"): its length. */
static size_t
nb_outlet(const char *s, size_t n)
{
	size_t i, j, dots = 0;

	for (i = 0; i < UTIL_ARRAY_LEN(nb_outlets); i++) {
		size_t m;

		if (!nb_prefix(s, n, nb_outlets[i]))
			continue;
		m = strlen(nb_outlets[i]);
		if (m == n || !nb_alnum((unsigned char)s[m]))
			return m;
	}
	/* a domain: word(.word)+ ending in a top-level domain */
	for (j = 0; j < n && (nb_alnum((unsigned char)s[j]) || s[j] == '-' ||
	    (s[j] == '.' && j + 1 < n && nb_alnum((unsigned char)s[j + 1])));
	    j++)
		dots += s[j] == '.';
	if (dots == 0 || j < 4)
		return 0;
	for (i = j; i > 0 && s[i - 1] != '.'; i--)
		;
	if (nb_prefix(s + i, j - i, "com") || nb_prefix(s + i, j - i, "id") ||
	    nb_prefix(s + i, j - i, "co") || nb_prefix(s + i, j - i, "net") ||
	    nb_prefix(s + i, j - i, "news"))
		return j;
	return 0;
}

/* A dateline's dash: "-", "--", "- -", "–", "—"; its length or 0. */
static size_t
nb_dash(const char *s, size_t n)
{
	size_t i = 0, last = 0;

	while (i < n) {
		if (s[i] == '-')
			i++;
		else if (n - i >= 3 && memcmp(s + i, "\xE2\x80", 2) == 0 &&
		    ((unsigned char)s[i + 2] == 0x93 ||
		    (unsigned char)s[i + 2] == 0x94))
			i += 3;
		else
			break;
		last = i;
		if (i < n && s[i] == ' ' && i + 1 < n && s[i + 1] == '-')
			i++;
	}
	return last;
}

/* A place: one to four capitalised words ("BANDAR LAMPUNG", "Jakarta"). */
static size_t
nb_place(const char *s, size_t n)
{
	size_t i = 0, end = 0;
	int words = 0;

	while (i < n && words < 4 && nb_upper((unsigned char)s[i])) {
		while (i < n && (nb_alnum((unsigned char)s[i]) || s[i] == '.' ||
		    s[i] == '-') && !(s[i] == '-' && i + 1 < n && s[i + 1] == ' '))
			i++;
		end = i;
		words++;
		if (i + 1 < n && s[i] == ' ' && nb_upper((unsigned char)s[i + 1]))
			i++;
		else
			break;
	}
	return end <= 40 ? end : 0;
}

/* Two or more letters and all of them capitals: "JAKARTA", "BANDAR LAMPUNG". */
static int
nb_all_caps(const char *s, size_t n)
{
	size_t i, letters = 0;

	for (i = 0; i < n; i++) {
		if ((s[i] >= 'a' && s[i] <= 'z') || (unsigned char)s[i] >= 0x80)
			return 0;
		letters += nb_upper((unsigned char)s[i]);
	}
	return letters >= 2;
}

/* A capitalised word of two letters or more, a number or a quotation mark. */
static int
nb_sentence_start(const char *s, size_t n)
{
	if (n >= 2 && nb_upper((unsigned char)s[0]) &&
	    ((s[1] >= 'a' && s[1] <= 'z') || nb_upper((unsigned char)s[1])))
		return 1;
	if (n >= 1 && (s[0] == '"' || s[0] == '\''))
		return 1;
	/* “ ‘ */
	return n >= 3 && (unsigned char)s[0] == 0xE2 &&
	    (unsigned char)s[1] == 0x80 && ((unsigned char)s[2] == 0x9C ||
	    (unsigned char)s[2] == 0x98);
}

static size_t
nb_skip(const char *s, size_t n, size_t i, const char *w)
{
	size_t m = strlen(w);

	return i + m <= n && memcmp(s + i, w, m) == 0 ? i + m : i;
}

/*
 * Datelines:
 *   JAKARTA, KOMPAS.com -    **JAKARTA, KOMPAS.com** --   Jakarta, CNN Indonesia - -
 *   TEMPO.CO, Jakarta -      REPUBLIKA.CO.ID, JAKARTA --
 *   Bandar Lampung (ANTARA) -
 *   radarlampung.co.id-      **KOMPAS.com** --
 *   Jakarta -                (detik: a place and a spaced dash)
 */
size_t
nb_dateline(const char *s, size_t n, size_t *src, size_t *srclen,
    size_t *place, size_t *placelen)
{
	size_t i = nb_skip(s, n, 0, "**"), m, d, p0;
	int caps;

	*src = *srclen = *place = *placelen = 0;
	if ((m = nb_outlet(s + i, n - i)) > 0) {
		*src = i;
		*srclen = m;
		i = nb_skip(s, n, i + m, "**");
		if (i + 2 < n && s[i] == ',' && s[i + 1] == ' ' &&
		    (m = nb_place(s + i + 2, n - i - 2)) > 0) {
			*place = i + 2;
			*placelen = m;
			i = nb_skip(s, n, i + 2 + m, "**");
		}
		p0 = i;
		i = nb_skip(s, n, i, " ");
		if ((d = nb_dash(s + i, n - i)) == 0)
			return 0;
		/* "radarlampung.co.id-Pemerintah", but not "Suara.com-nya" */
		if (p0 == i && i + d < n && s[i + d] != ' ' &&
		    !nb_upper((unsigned char)s[i + d]))
			return 0;
		i += d;
		return nb_skip(s, n, i, " ");
	}
	if ((m = nb_place(s + i, n - i)) == 0)
		return 0;
	*place = i;
	*placelen = m;
	i += m;
	if (i + 2 < n && s[i] == ',' && s[i + 1] == ' ' &&
	    (m = nb_outlet(s + i + 2, n - i - 2)) > 0) {
		*src = i + 2;
		*srclen = m;
		i = nb_skip(s, n, i + 2 + m, "**");
	} else if (i + 2 < n && s[i] == ' ' && s[i + 1] == '(' &&
	    (m = nb_outlet(s + i + 2, n - i - 2)) > 0 && i + 2 + m < n &&
	    s[i + 2 + m] == ')') {
		*src = i + 2;
		*srclen = m;
		i += 3 + m;
	}
	/* "Jakarta - X"; "ITALIA– X" and "JAKARTA (Pos Kota) -Resmi" too,
	   but not "Jakarta-Bandung" */
	caps = nb_all_caps(s + *place, *placelen);
	/* "Jakarta - Presiden" is detik's, but tokenised text writes
	   "Mercedes - Benz" and "Indonesia - Afghanistan": without an
	   outlet the place must be in capitals */
	if (*srclen == 0 && !caps)
		return 0;
	caps |= *srclen > 0;
	if (i < n && s[i] == ' ')
		i++;
	else if (!caps)
		return 0;
	if ((d = nb_dash(s + i, n - i)) == 0 || i + d >= n)
		return 0;
	i += d;
	/* without an outlet, a sentence must start after the dash:
	   tokenised text has "Hari - hari", "U - 22", "Start - up" */
	if (s[i] == ' ')
		i++;
	else if (!caps || s[i - d - 1] != ' ')
		return 0;
	if (*srclen == 0 && !nb_sentence_start(s + i, n - i))
		return 0;
	return i;
}

struct nb_line {
	size_t	off;
	size_t	len;
	int	para;		/* a paragraph break comes before it */
	int	drop;
};

/* Lines the sites add between paragraphs; whole lines only. */
static int
nb_junk_line(const char *s, size_t n)
{
	size_t i;

	if (nb_prefix(s, n, "Baca juga") && n < 300 &&
	    (n == 9 || s[9] == ':' || s[9] == ' ' || s[9] == ','))
		return 1;
	if ((nb_prefix(s, n, "Simak juga") || nb_prefix(s, n, "Lihat juga") ||
	    nb_prefix(s, n, "Tonton juga") || nb_prefix(s, n, "Saksikan juga")) &&
	    n < 300) {
		for (i = 0; i < n && s[i] != ' '; i++)
			;
		i += 6;
		if (i >= n || s[i] == ':' || nb_prefix(s + i, n - i, "video") ||
		    nb_prefix(s + i, n - i, " video") ||
		    nb_prefix(s + i, n - i, " berita"))
			return 1;
	}
	if ((nb_prefix(s, n, "Simak video") || nb_prefix(s, n, "Lihat video") ||
	    nb_prefix(s, n, "Tonton video")) && n < 300)
		return 1;
	if (nb_prefix(s, n, "Cek Berita dan Artikel yang lain di Google News"))
		return 1;
	if (nb_prefix(s, n, "Artikel ini telah tayang di"))
		return 1;
	if (n >= 4 && memcmp(s, "![", 2) == 0 && s[n - 1] == ')')
		return 1;	/* a markdown image */
	if (n == 13 && memcmp(s, "ADVERTISEMENT", 13) == 0)
		return 1;
	/* Kompas markdown: hard breaks, video slots, pandoc fences */
	if ((n == 1 && s[0] == '\\') || (n >= 3 && memcmp(s, ":::", 3) == 0))
		return 1;
	if ((nb_prefix(s, n, "\\[video.") || nb_prefix(s, n, "\\[embed.") ||
	    nb_prefix(s, n, "[video.") || nb_prefix(s, n, "[embed.")) && n < 20)
		return 1;
	if (nb_prefix(s, n, "Saksikan Live") && n < 40)
		return 1;
	/* scraper debris: ",", "::::", "*" alone on a line */
	if (n <= 4) {
		for (i = 0; i < n; i++)
			if (nb_alnum((unsigned char)s[i]) ||
			    (unsigned char)s[i] >= 0x80 || s[i] == '"' ||
			    s[i] == '\'')
				return 0;
		return 1;
	}
	return 0;
}

/* Lines that end an article: source, byline, editor. */
static int
nb_trailer_line(const char *s, size_t n)
{
	static const char *const heads[] = {
		"Sumber:", "Sumber :", "Editor:", "Editor :", "Penulis:",
		"Penulis :", "Reporter:", "Reporter :", "Pewarta:", "Pewarta :",
		"Foto:", "Video:", "Baca berita"
	};
	size_t i;

	/* a label and a name or two, not a sentence */
	if (n > 100 || nb_find(s, n, ". ", 2) != NULL)
		return 0;
	for (i = 0; i < UTIL_ARRAY_LEN(heads); i++)
		if (nb_prefix(s, n, heads[i]))
			return 1;
	if (nb_prefix(s, n, "Penulis ") && nb_find(s, n, "| Editor", 8) != NULL)
		return 1;
	return 0;
}

/* "DailySocial.id adalah portal berita startup ...": the site about itself. */
static int
nb_portal_line(const char *s, size_t n)
{
	return n < 400 && nb_find(s, n < 60 ? n : 60, " adalah portal berita",
	    21) != NULL;
}

/*
 * A credit at the end of s[0..n): "(wid/wdi)", "(red)", "(*)", "[sau]":
 * lower-case letters, digits and up to three slashes, in parentheses,
 * 12 bytes at most inside.  Returns the offset of '(' or n.
 */
static size_t
nb_credit(const char *s, size_t n)
{
	size_t i, slashes = 0;

	int open;

	if (n < 3 || (s[n - 1] != ')' && s[n - 1] != ']'))
		return n;
	open = s[n - 1] == ')' ? '(' : '[';
	for (i = n - 1; i > 0 && n - 1 - i <= 13; i--) {
		int c = (unsigned char)s[i - 1];

		if (c == open)
			break;
		if (c == '/')
			slashes++;
		else if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') &&
		    c != '*')
			return n;
	}
	if (i == 0 || s[i - 1] != open || i == n - 1 || slashes > 3 ||
	    s[i] == '/' || s[n - 2] == '/')
		return n;
	/* "(ratas)" inside a sentence is prose; at the end it is a credit */
	return i - 1;
}

/*
 * A sentence the site glued to the end of the article: "...pungkasnya.Ikuti
 * berita menarik lainnya di Google News.", "Simak selengkapnya di halaman
 * selanjutnya."  Returns where it starts, or n.
 */
static size_t
nb_tail_teaser(const char *s, size_t n)
{
	static const char *const ends[] = {
		"Google News", "halaman selanjutnya", "Google News."
	};
	size_t i, j, m, at = n;

	for (i = 0; i < UTIL_ARRAY_LEN(ends); i++) {
		m = strlen(ends[i]);
		for (j = 0; j <= 1 && at == n; j++)
			if (n >= m + j && memcmp(s + n - m - j, ends[i], m) == 0 &&
			    (j == 0 || s[n - 1] == '.'))
				at = n - m - j;
	}
	if (at == n)
		return n;
	/* back to the start of that sentence, 160 bytes at most */
	for (i = at; i > 0 && at - i < 160; i--)
		if (i >= 1 && (s[i - 1] == '.' || s[i - 1] == '!' ||
		    s[i - 1] == '?' || s[i - 1] == '"') &&
		    (nb_upper((unsigned char)s[i]) ||
		    (s[i] == ' ' && nb_upper((unsigned char)s[i + 1]))))
			return i;
	return i == 0 && nb_upper((unsigned char)s[0]) ? 0 : n;
}

static void
nb_add_credit(struct article *a, const char *s, size_t n)
{
	const char **c = a->credits;

	if (a->ncredits == a->creditcap) {	/* doubling: the arena never
						   extends an array in place */
		size_t ncap = a->creditcap ? 2 * a->creditcap : 4;

		c = arena_grow(a->arena, a->credits,
		    a->creditcap * sizeof(*c), ncap * sizeof(*c));
		a->creditcap = ncap;
	}

	c[a->ncredits++] = arena_strndup(a->arena, s, n);
	a->credits = c;
}

/*
 * Strings the sites drop into the middle of a paragraph: removed with the
 * blank before them.  Also "**" (markdown bold), which only the Kompas
 * dumps carry.
 */
static size_t
nb_inline(char *s, size_t n, unsigned *repairs)
{
	static const char *const junk[] = {
		"SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT",
		"[Gambas:"
	};
	size_t i = 0, k = 0, j;

	/* s[n] is NUL and s holds no other (nc_clean drops them) */
	while (i < n) {
		size_t m = 0, run = strcspn(s + i, "SA[*");
		int c;

		if (run > n - i)
			run = n - i;
		memmove(s + k, s + i, run);
		k += run;
		i += run;
		if (i >= n)
			break;
		c = (unsigned char)s[i];
		if (c != '*') {
			for (j = 0; j < UTIL_ARRAY_LEN(junk); j++) {
				size_t l = strlen(junk[j]);

				if (l <= n - i && memcmp(s + i, junk[j], l) == 0)
					m = l;
			}
			if (m == 8) {
				/* [Gambas:Video CNN] */
				while (i + m < n && s[i + m] != ']' &&
				    s[i + m] != '\n' && m < 80)
					m++;
				if (i + m < n && s[i + m] == ']')
					m++;
				else
					m = 0;
			}
			/* whole words only */
			if (m > 0 && i + m < n && nb_alnum((unsigned char)s[i + m]))
				m = 0;
			if (m > 0 && k > 0 && nb_alnum((unsigned char)s[k - 1]))
				m = 0;
		} else if (i + 1 < n && s[i + 1] == '*')
			m = 2;
		if (m == 0) {
			s[k++] = s[i++];
			continue;
		}
		*repairs |= c == '*' ? ART_REPAIR_MARKUP : ART_REPAIR_BOILERPLATE;
		i += m;
		/* one blank stays between words, none at either end of a line */
		if (k == 0 || s[k - 1] == ' ' || s[k - 1] == '\n')
			while (i < n && s[i] == ' ')
				i++;
		if (k > 0 && s[k - 1] == ' ' && (i >= n || s[i] == '\n'))
			k--;
	}
	return k;
}

/*
 * The length of a media slot at s, "\\[img.2\\]", "\\[video.1\\]",
 * "\\[embed.1\\]", where the digest had a picture or a player; else 0.
 */
static size_t
nb_md_slot(const char *s, size_t n)
{
	static const char *const kind[] = { "\\[img.", "\\[video.",
	    "\\[embed." };
	size_t i, j;

	for (j = 0; j < UTIL_ARRAY_LEN(kind); j++) {
		if (!nb_prefix(s, n, kind[j]))
			continue;
		for (i = strlen(kind[j]); i < n && i < 16 &&
		    s[i] >= '0' && s[i] <= '9'; i++)
			;
		if (i > strlen(kind[j]) && nb_prefix(s + i, n - i, "\\]"))
			return i + 2;
	}
	return 0;
}

/*
 * Markdown's backslashes, in an article that shows Markdown (Kompas's
 * digests): an escaped punctuation mark (\@, \*, \[) keeps the mark, a
 * backslash that ends a line (a hard break) goes, and so does a media slot
 * with the blanks after it.  Returns the new length.
 */
static size_t
nb_md_escapes(char *s, size_t n, unsigned *repairs)
{
	size_t i, k;

	for (i = 0, k = 0; i < n; i++) {
		size_t m;

		if (s[i] != '\\') {
			s[k++] = s[i];
			continue;
		}
		if ((m = nb_md_slot(s + i, n - i)) > 0 ||
		    i + 1 == n || s[i + 1] == '\n') {
			/* a slot or a hard break goes, and no blank is left
			 * doubled or at either end of a line */
			*repairs |= ART_REPAIR_MARKUP;
			i += m > 0 ? m - 1 : 0;
			if (k == 0 || s[k - 1] == ' ' || s[k - 1] == '\n')
				while (i + 1 < n && s[i + 1] == ' ')
					i++;
			if (i + 1 == n || s[i + 1] == '\n')
				while (k > 0 && s[k - 1] == ' ')
					k--;
			continue;
		}
		if (s[i + 1] != '\0' &&
		    strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", s[i + 1]) != NULL) {
			*repairs |= ART_REPAIR_MARKUP;
			s[k++] = s[++i];
			continue;
		}
		s[k++] = s[i];
	}
	return k;
}

static int
nb_same(const char *s, const struct nb_line *l, const char *t, size_t tn)
{
	return l->len == tn && memcmp(s + l->off, t, tn) == 0;
}

/* A title is a short line of its own that does not end like a sentence. */
static int
nb_title_like(const char *s, const struct nb_line *l)
{
	int c;

	if (l->len == 0 || l->len > 200 ||
	    nb_prefix(s + l->off, l->len, "Oleh ") ||
	    nb_prefix(s + l->off, l->len, "Penulis "))
		return 0;	/* a byline */
	c = (unsigned char)s[l->off + l->len - 1];
	return c != '.' && c != '!' && c != ',' && c != ':' && c != ';' &&
	    c != '"' && c != ')' && c != 0x9D && c != 0x99;
}

void
nb_run(struct article *a, char *s, size_t n)
{
	struct nb_line *lines;
	size_t nl = 0, i, start, body, first = 0, k, nlines;
	const char *nlp;
	struct nb_line *byline;
	int skipped;
	char *out;
	int para = 0;

	/* the inline strings are rare: look for them before copying */
	if (nb_find(s, n, "**", 2) != NULL || nb_find(s, n, "[Gambas:", 8) != NULL ||
	    nb_find_at(s, n, "ADVERTISEMENT", 2) != NULL ||
	    nb_find_at(s, n, "SCROLL TO CONTINUE WITH CONTENT", 19) != NULL) {
		n = nb_inline(s, n, &a->repairs);
		s[n] = '\0';
	}
	if (memchr(s, '\\', n) != NULL && ((a->repairs & ART_REPAIR_MARKUP) ||
	    s[0] == '#' || nb_find(s, n, "\n#", 2) != NULL)) {
		n = nb_md_escapes(s, n, &a->repairs);
		s[n] = '\0';
	}
	for (i = 0, nlines = 1; (nlp = memchr(s + i, '\n', n - i)) != NULL;
	    i = (size_t)(nlp - s) + 1)
		nlines++;
	lines = arena_alloc(a->arena, nlines * sizeof(*lines));
	for (i = 0, start = 0; i <= n; i++) {
		if (i < n && (nlp = memchr(s + i, '\n', n - i)) == NULL)
			i = n;
		else if (i < n)
			i = (size_t)(nlp - s);
		if (i > start) {
			lines[nl].off = start;
			lines[nl].len = i - start;
			lines[nl].para = para;
			lines[nl].drop = 0;
			nl++;
			para = 0;
		} else if (i > 0)
			para = 1;
		start = i + 1;
	}

	for (i = 0; i < nl; i++) {
		struct nb_line *l = &lines[i];

		if (s[l->off] == '#') {
			/* a markdown heading: "## MPV Hybrid Menjadi Bintang" */
			for (k = 0; k < l->len && k < 6 && s[l->off + k] == '#'; k++)
				;
			if (k < l->len && s[l->off + k] == ' ' && k + 1 < l->len) {
				l->off += k + 1;
				l->len -= k + 1;
				a->repairs |= ART_REPAIR_MARKUP;
			}
		}
		if (nb_junk_line(s + l->off, l->len)) {
			l->drop = 1;
			a->repairs |= ART_REPAIR_BOILERPLATE;
		}
	}
	while (first < nl && lines[first].drop)
		first++;

	/* the title: once, as the first paragraph */
	body = first;
	if (first < nl) {
		const char *t = s + lines[first].off;
		size_t tn = lines[first].len;

		if (a->title != NULL && !nb_same(s, &lines[first], a->title,
		    strlen(a->title)))
			t = NULL;
		for (body = first + 1; t != NULL && body < nl &&
		    (lines[body].drop || nb_same(s, &lines[body], t, tn)); body++)
			if (!lines[body].drop) {
				lines[body].drop = 1;
				a->repairs |= ART_REPAIR_TITLE;
				if (a->title == NULL)
					a->title = arena_strndup(a->arena, t, tn);
			}
		if (a->title == NULL && body < nl && lines[body].para &&
		    nb_title_like(s, &lines[first]) &&
		    nb_dateline(s + lines[first].off, lines[first].len, &i, &k,
		    &i, &k) == 0)
			a->title = arena_strndup(a->arena, t, tn);
		if (a->title == NULL || t == NULL)
			body = first;
		while (body < nl && lines[body].drop)
			body++;
	}

	/* a byline and a dateline open the body */
	byline = NULL;
	skipped = 0;
	for (i = body; i < nl && i < body + 3; i++) {
		struct nb_line *l = &lines[i];
		size_t src, srclen, place, placelen, d = 0, bar;
		const char *p = s + l->off;
		const char *ed;

		if (l->drop)
			continue;
		if (nb_prefix(p, l->len, "Penulis ") &&
		    (ed = nb_find(p, l->len < 120 ? l->len : 120, " | Editor ",
		    10)) != NULL) {
			/* "Penulis X | Editor Y JAKARTA, KOMPAS.com - ..." */
			bar = (size_t)(ed - p) + 10;
			/* an editor's name is a few words: look no further */
			while (bar < l->len && bar < (size_t)(ed - p) + 120) {
				d = nb_dateline(p + bar, l->len - bar, &src,
				    &srclen, &place, &placelen);
				if (d > 0 && srclen > 0)
					break;
				while (bar < l->len && p[bar] != ' ')
					bar++;
				bar++;
			}
			if (d == 0 || srclen == 0) {
				d = 0;
				bar = l->len;
			}
			/* the editor's name is not the place: "Editor Irfan
			   Maullana JAKARTA, KOMPAS.com -" starts at JAKARTA */
			for (k = bar; d > 0 && k < l->len; ) {
				size_t d2, end = bar + d;

				while (k < l->len && p[k] != ' ')
					k++;
				k++;
				if (k >= end)
					break;
				d2 = nb_dateline(p + k, l->len - k, &src,
				    &srclen, &place, &placelen);
				if (d2 == 0 || k + d2 != end || placelen == 0)
					break;
				bar = k;
				d = d2;
			}
			if (bar >= l->len && l->len > 100)
				break;	/* no dateline: leave the prose alone */
			a->repairs |= ART_REPAIR_BOILERPLATE;
			if (bar >= l->len) {
				l->drop = 1;
				continue;
			}
			l->off += bar;
			l->len -= bar;
			p = s + l->off;
		}
		if (nb_trailer_line(p, l->len)) {
			l->drop = 1;
			a->repairs |= ART_REPAIR_BOILERPLATE;
			continue;
		}
		if (nb_prefix(p, l->len, "Oleh ") && l->len < 60 &&
		    byline == NULL && i + 1 < nl) {
			/* "Oleh Denny Gunawan" above "KOMPAS.com - " */
			byline = l;
			continue;
		}
		if ((d = nb_dateline(p, l->len, &src, &srclen, &place,
		    &placelen)) > 0 && (d < l->len || i + 1 < nl)) {
			if (srclen > 0)
				a->source = arena_strndup(a->arena, p + src,
				    srclen);
			if (placelen > 0)
				a->dateline = arena_strndup(a->arena,
				    p + place, placelen);
			l->off += d;
			l->len -= d;
			a->repairs |= ART_REPAIR_DATELINE;
			/* "Suara.com -" on a line of its own */
			if (l->len == 0)
				l->drop = 1;
			if (byline != NULL)
				byline->drop = 1;
		} else if (nb_title_like(s, l) && !skipped) {
			/* a heading may stand above the dateline */
			skipped = 1;
			continue;
		}
		break;
	}

	/* the trailer, from the end: source lines, credits, bylines */
	for (i = nl; i > body; i--) {
		struct nb_line *l = &lines[i - 1];
		const char *p = s + l->off;
		size_t c;

		if (l->drop)
			continue;
		/* the body's first line is never a trailer */
		if (i - 1 > body && (nb_trailer_line(p, l->len) ||
		    nb_portal_line(p, l->len))) {
			l->drop = 1;
			a->repairs |= ART_REPAIR_BOILERPLATE;
			continue;
		}
		if ((c = nb_tail_teaser(p, l->len)) < l->len) {
			a->repairs |= ART_REPAIR_BOILERPLATE;
			while (c > 0 && p[c - 1] == ' ')
				c--;
			l->len = c;
			if (c == 0) {
				l->drop = 1;
				continue;
			}
		}
		if ((c = nb_credit(p, l->len)) < l->len) {
			nb_add_credit(a, p + c + 1, l->len - c - 2);
			a->repairs |= ART_REPAIR_BOILERPLATE;
			while (c > 0 && p[c - 1] == ' ')
				c--;
			l->len = c;
			if (c == 0) {
				l->drop = 1;
				continue;
			}
		}
		break;
	}

	out = arena_alloc(a->arena, n + 1);
	para = 0;
	for (i = 0, k = 0; i < nl; i++) {
		if (lines[i].para)
			para = 1;
		if (lines[i].drop)
			continue;
		if (k > 0) {
			out[k++] = '\n';
			if (para)
				out[k++] = '\n';
		}
		para = 0;
		memcpy(out + k, s + lines[i].off, lines[i].len);
		k += lines[i].len;
	}
	out[k] = '\0';
	a->text = out;
	a->len = k;
}

/* rasd.text._fasttok: the chunk loops of the tokenizer and of the quote stage's light tokens.
 *
 * The optional C accelerator of rasd.text.tokens.tokens_in and rasd.quotes.marks.light_tokens
 * (the pure-Python loops stay, as the reference and as what runs where no C compiler was
 * found at install time). Both loops cut a text at whitespace (str.split()'s own test,
 * Py_UNICODE_ISSPACE), look each chunk up in the Python module's chunk caches (two dicts
 * it owns and empties when full) and build one named tuple per token. Only the loop moves:
 * a chunk missing from both caches is cut by the module's own Python function (`cut`),
 * which fills the caches as it always did, so the tokens, their offsets and the caches'
 * contents are the Python path's. See rasd/text/tokens.py and rasd/quotes/marks.py.
 *
 * It also reads a new word's proclitics (split_clitics, is_kept_whole: the bodies of the
 * Python functions of rasd.text.tokens, which keep their LRU caches in front and pass the
 * tables in), the larger part of what cutting a new chunk cost in Python; and finds where a
 * date expression may start (date_candidate), so that rasd.text.dates tries its grammar there
 * only instead of running the grammar's gate at every character.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdlib.h>

/* A new instance of the tuple subclass `type` (a NamedTuple) holding `n` items, as
 * tuple.__new__(type, items) builds it (tuple_subtype_new): tp_alloc, then the items. The
 * items are stolen, NULL ones fail. */
static PyObject *
new_record(PyTypeObject *type, Py_ssize_t n, PyObject **items)
{
    for (Py_ssize_t i = 0; i < n; i++) {
        if (items[i] == NULL) {
            for (Py_ssize_t j = 0; j < n; j++)
                Py_XDECREF(items[j]);
            return NULL;
        }
    }
    PyObject *out = type->tp_alloc(type, n);
    if (out == NULL) {
        for (Py_ssize_t j = 0; j < n; j++)
            Py_DECREF(items[j]);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++)
        PyTuple_SET_ITEM(out, i, items[i]);
    return out;
}

static int
check_type(PyTypeObject *type)
{
    if (!PyType_IsSubtype(type, &PyTuple_Type)) {
        PyErr_SetString(PyExc_TypeError, "the token type must be a tuple subclass");
        return -1;
    }
    return 0;
}

static int
check_tuple(PyObject *t, Py_ssize_t size, const char *what)
{
    if (!PyTuple_Check(t) || PyTuple_GET_SIZE(t) != size) {
        PyErr_Format(PyExc_TypeError, "%s: expected a tuple of %zd items", what, size);
        return -1;
    }
    return 0;
}

/* The pieces of a chunk found in neither cache: cut(chunk), a tuple of piece tuples
 * (new reference), or NULL with an error set. */
static PyObject *
cut_chunk(PyObject *cut, PyObject *chunk)
{
    PyObject *pieces = PyObject_CallOneArg(cut, chunk);
    if (pieces != NULL && !PyTuple_Check(pieces)) {
        Py_DECREF(pieces);
        PyErr_SetString(PyExc_TypeError, "cut() must return a tuple of pieces");
        return NULL;
    }
    return pieces;
}

/* Reads a tuple of Python ints into a new C array (free with PyMem_Free). */
static Py_ssize_t *
read_offsets(PyObject *seq, Py_ssize_t *count)
{
    if (!PyTuple_Check(seq) || PyTuple_GET_SIZE(seq) < 1) {
        PyErr_SetString(PyExc_TypeError, "offset map: expected a non-empty tuple of ints");
        return NULL;
    }
    Py_ssize_t n = PyTuple_GET_SIZE(seq);
    Py_ssize_t *out = PyMem_New(Py_ssize_t, n);
    if (out == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        out[i] = PyLong_AsSsize_t(PyTuple_GET_ITEM(seq, i));
        if (out[i] == -1 && PyErr_Occurred()) {
            PyMem_Free(out);
            return NULL;
        }
    }
    *count = n;
    return out;
}

PyDoc_STRVAR(light_tokens_doc,
"light_tokens(text, tok, whole, parts, cut) -> list\n\n"
"rasd.quotes.marks.light_tokens's loop: for each whitespace-separated chunk at [c, e),\n"
"tok(c, e, chunk, *whole[chunk]) when the chunk is one token, else\n"
"tok(c + a, c + b, word, norm, kind) for each piece of parts.get(chunk) or cut(chunk).");

static PyObject *
fasttok_light_tokens(PyObject *self, PyObject *args)
{
    PyObject *text, *whole, *parts, *cut;
    PyTypeObject *tok;
    if (!PyArg_ParseTuple(args, "UO!O!O!O:light_tokens", &text, &PyType_Type, &tok,
                          &PyDict_Type, &whole, &PyDict_Type, &parts, &cut))
        return NULL;
    if (check_type(tok) < 0 || PyUnicode_READY(text) < 0)
        return NULL;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    Py_ssize_t i = 0;
    while (i < n) {
        while (i < n && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i)))
            i++;
        if (i >= n)
            break;
        Py_ssize_t c = i;
        while (i < n && !Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i)))
            i++;
        PyObject *chunk = PyUnicode_Substring(text, c, i);
        if (chunk == NULL)
            goto fail;
        PyObject *rest = PyDict_GetItemWithError(whole, chunk);
        if (rest != NULL) {
            if (check_tuple(rest, 2, "light token rest") < 0) {
                Py_DECREF(chunk);
                goto fail;
            }
            PyObject *items[5] = {
                PyLong_FromSsize_t(c), PyLong_FromSsize_t(i), chunk,
                Py_NewRef(PyTuple_GET_ITEM(rest, 0)), Py_NewRef(PyTuple_GET_ITEM(rest, 1)),
            };
            PyObject *t = new_record(tok, 5, items);
            if (t == NULL || PyList_Append(out, t) < 0) {
                Py_XDECREF(t);
                goto fail;
            }
            Py_DECREF(t);
            continue;
        }
        if (PyErr_Occurred()) {
            Py_DECREF(chunk);
            goto fail;
        }
        /* parts.get(chunk) or cut(chunk): an empty tuple is cut again, as in Python. */
        PyObject *pieces = PyDict_GetItemWithError(parts, chunk);
        if (pieces != NULL && PyTuple_Check(pieces) && PyTuple_GET_SIZE(pieces) > 0) {
            Py_INCREF(pieces);
        } else if (pieces == NULL && PyErr_Occurred()) {
            Py_DECREF(chunk);
            goto fail;
        } else if (pieces != NULL && !PyTuple_Check(pieces)) {
            Py_DECREF(chunk);
            PyErr_SetString(PyExc_TypeError, "light token parts: expected a tuple");
            goto fail;
        } else {
            pieces = cut_chunk(cut, chunk);
        }
        Py_DECREF(chunk);
        if (pieces == NULL)
            goto fail;
        for (Py_ssize_t p = 0; p < PyTuple_GET_SIZE(pieces); p++) {
            PyObject *piece = PyTuple_GET_ITEM(pieces, p);
            if (check_tuple(piece, 5, "light token piece") < 0) {
                Py_DECREF(pieces);
                goto fail;
            }
            Py_ssize_t a = PyLong_AsSsize_t(PyTuple_GET_ITEM(piece, 0));
            Py_ssize_t b = PyLong_AsSsize_t(PyTuple_GET_ITEM(piece, 1));
            if ((a == -1 || b == -1) && PyErr_Occurred()) {
                Py_DECREF(pieces);
                goto fail;
            }
            PyObject *items[5] = {
                PyLong_FromSsize_t(c + a), PyLong_FromSsize_t(c + b),
                Py_NewRef(PyTuple_GET_ITEM(piece, 2)), Py_NewRef(PyTuple_GET_ITEM(piece, 3)),
                Py_NewRef(PyTuple_GET_ITEM(piece, 4)),
            };
            PyObject *t = new_record(tok, 5, items);
            if (t == NULL || PyList_Append(out, t) < 0) {
                Py_XDECREF(t);
                Py_DECREF(pieces);
                goto fail;
            }
            Py_DECREF(t);
        }
        Py_DECREF(pieces);
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

/* Appends tok(a, b, original[a:b], *rest) where rest is the 4 items (norm, clitics, base,
 * kind) starting at index `from` of tuple `src`. Returns 0 or -1. */
static int
append_token(PyObject *out, PyTypeObject *tok, PyObject *original, Py_ssize_t a,
             Py_ssize_t b, PyObject *src, Py_ssize_t from)
{
    PyObject *items[7] = {
        PyLong_FromSsize_t(a), PyLong_FromSsize_t(b), PyUnicode_Substring(original, a, b),
        Py_NewRef(PyTuple_GET_ITEM(src, from)), Py_NewRef(PyTuple_GET_ITEM(src, from + 1)),
        Py_NewRef(PyTuple_GET_ITEM(src, from + 2)), Py_NewRef(PyTuple_GET_ITEM(src, from + 3)),
    };
    PyObject *t = new_record(tok, 7, items);
    if (t == NULL)
        return -1;
    int rc = PyList_Append(out, t);
    Py_DECREF(t);
    return rc;
}

PyDoc_STRVAR(tokens_in_doc,
"tokens_in(original, text, norm_starts, orig_starts, tok, whole, parts, cut, combining)\n"
"-> list\n\n"
"rasd.text.tokens.tokens_in's loop over the whitespace-separated chunks of the normalised\n"
"`text`: each chunk's pieces (whole[chunk] as one piece, else parts[chunk], else\n"
"cut(chunk)) placed in `original` through the piecewise offset map, a token's end\n"
"absorbing the characters of `combining` that follow it when it crosses a segment.");

static PyObject *
fasttok_tokens_in(PyObject *self, PyObject *args)
{
    PyObject *original, *text, *norm_starts, *orig_starts, *whole, *parts, *cut, *combining;
    PyTypeObject *tok;
    if (!PyArg_ParseTuple(args, "UUOOO!O!O!OU:tokens_in", &original, &text, &norm_starts,
                          &orig_starts, &PyType_Type, &tok, &PyDict_Type, &whole,
                          &PyDict_Type, &parts, &cut, &combining))
        return NULL;
    if (check_type(tok) < 0 || PyUnicode_READY(original) < 0 || PyUnicode_READY(text) < 0
            || PyUnicode_READY(combining) < 0)
        return NULL;
    Py_ssize_t nstarts = 0, norigins = 0;
    Py_ssize_t *starts = read_offsets(norm_starts, &nstarts);
    if (starts == NULL)
        return NULL;
    Py_ssize_t *origins = read_offsets(orig_starts, &norigins);
    if (origins == NULL) {
        PyMem_Free(starts);
        return NULL;
    }
    if (norigins != nstarts) {
        PyMem_Free(starts);
        PyMem_Free(origins);
        PyErr_SetString(PyExc_ValueError, "offset map: norm_starts and orig_starts differ");
        return NULL;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t len = PyUnicode_GET_LENGTH(text);
    int okind = PyUnicode_KIND(original);
    const void *odata = PyUnicode_DATA(original);
    Py_ssize_t n = PyUnicode_GET_LENGTH(original);
    Py_ssize_t ncombining = PyUnicode_GET_LENGTH(combining);

    Py_ssize_t last_segment = nstarts - 1;
    Py_ssize_t beyond = len + 1;
    Py_ssize_t k = 0;
    Py_ssize_t shift = origins[0] - starts[0];
    Py_ssize_t segment_end = last_segment ? starts[1] : beyond;
    PyObject *out = PyList_New(0);
    if (out == NULL)
        goto fail;
    Py_ssize_t i = 0;
    while (i < len) {
        while (i < len && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i)))
            i++;
        if (i >= len)
            break;
        Py_ssize_t c = i;
        while (i < len && !Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i)))
            i++;
        Py_ssize_t pos = i;
        PyObject *chunk = PyUnicode_Substring(text, c, pos);
        if (chunk == NULL)
            goto fail;
        PyObject *rest = PyDict_GetItemWithError(whole, chunk);
        PyObject *pieces = NULL;
        if (rest != NULL) {
            if (check_tuple(rest, 4, "token rest") < 0) {
                Py_DECREF(chunk);
                goto fail;
            }
            if (pos < segment_end) {  /* most chunks: one token inside the segment */
                Py_DECREF(chunk);
                if (append_token(out, tok, original, c + shift, pos + shift, rest, 0) < 0)
                    goto fail;
                continue;
            }
        } else if (PyErr_Occurred()) {
            Py_DECREF(chunk);
            goto fail;
        } else {
            pieces = PyDict_GetItemWithError(parts, chunk);
            if (pieces != NULL) {
                if (!PyTuple_Check(pieces)) {
                    Py_DECREF(chunk);
                    PyErr_SetString(PyExc_TypeError, "token parts: expected a tuple");
                    goto fail;
                }
                Py_INCREF(pieces);
            } else if (PyErr_Occurred()) {
                Py_DECREF(chunk);
                goto fail;
            } else {
                pieces = cut_chunk(cut, chunk);
                if (pieces == NULL) {
                    Py_DECREF(chunk);
                    goto fail;
                }
            }
        }
        Py_DECREF(chunk);
        /* One piece (the whole chunk, `rest`) or the tuple `pieces`, which we own. */
        Py_ssize_t count = pieces == NULL ? 1 : PyTuple_GET_SIZE(pieces);
        if (pieces == NULL)
            Py_INCREF(rest);  /* kept for the loop: `whole` is not touched, but be safe */
        for (Py_ssize_t p = 0; p < count; p++) {
            Py_ssize_t ra, rb, from;
            PyObject *src;
            if (pieces == NULL) {
                ra = 0;
                rb = pos - c;
                src = rest;
                from = 0;
            } else {
                src = PyTuple_GET_ITEM(pieces, p);
                if (check_tuple(src, 6, "token piece") < 0)
                    goto fail_loop;
                ra = PyLong_AsSsize_t(PyTuple_GET_ITEM(src, 0));
                rb = PyLong_AsSsize_t(PyTuple_GET_ITEM(src, 1));
                if ((ra == -1 || rb == -1) && PyErr_Occurred())
                    goto fail_loop;
                from = 2;
            }
            Py_ssize_t oa, ob;
            if (pos < segment_end) {  /* the whole chunk lies in the current segment */
                oa = c + ra + shift;
                ob = c + rb + shift;
            } else {
                Py_ssize_t a = c + ra, b = c + rb;
                if (b < segment_end) {
                    oa = a + shift;
                    ob = b + shift;
                } else {
                    while (k < last_segment && starts[k + 1] <= a)
                        k++;
                    shift = origins[k] - starts[k];
                    segment_end = k < last_segment ? starts[k + 1] : beyond;
                    Py_ssize_t j = k;
                    while (j < last_segment && starts[j + 1] < b)
                        j++;
                    oa = a + shift;
                    ob = origins[j] + b - starts[j];
                    /* diacritics after the last letter */
                    while (ob < n && PyUnicode_FindChar(combining,
                                                        PyUnicode_READ(okind, odata, ob),
                                                        0, ncombining, 1) >= 0)
                        ob++;
                }
            }
            if (append_token(out, tok, original, oa, ob, src, from) < 0)
                goto fail_loop;
        }
        if (pieces == NULL)
            Py_DECREF(rest);
        else
            Py_DECREF(pieces);
        continue;
    fail_loop:
        if (pieces == NULL)
            Py_DECREF(rest);
        else
            Py_DECREF(pieces);
        goto fail;
    }
    PyMem_Free(starts);
    PyMem_Free(origins);
    return out;
fail:
    Py_XDECREF(out);
    PyMem_Free(starts);
    PyMem_Free(origins);
    return NULL;
}

/* --- the clitic split of a new word (rasd.text.tokens.split_clitics, is_kept_whole) --- */

/* Whether `word` keeps its initial clitic-like letters: listed in `kept`, or listed once a
 * pronoun suffix of one of `sizes` letters (a member of `suffixes`) is taken off, at least
 * `min_base` letters remaining. rasd.text.tokens.is_kept_whole_python's test, in its order.
 * 1, 0, or -1 with an error set. */
static int
kept_whole(PyObject *word, PyObject *kept, PyObject *suffixes, PyObject *sizes,
           Py_ssize_t min_base)
{
    int found = PySet_Contains(kept, word);
    if (found != 0)
        return found;
    Py_ssize_t n = PyUnicode_GET_LENGTH(word);
    Py_ssize_t count = PyTuple_GET_SIZE(sizes);
    for (Py_ssize_t i = 0; i < count; i++) {
        Py_ssize_t size = PyLong_AsSsize_t(PyTuple_GET_ITEM(sizes, i));
        if (size == -1 && PyErr_Occurred())
            return -1;
        if (size < 1) {
            PyErr_SetString(PyExc_ValueError, "suffix sizes must be positive");
            return -1;
        }
        if (n - size < min_base)
            continue;
        PyObject *tail = PyUnicode_Substring(word, n - size, n);
        if (tail == NULL)
            return -1;
        found = PySet_Contains(suffixes, tail);
        Py_DECREF(tail);
        if (found < 0)
            return -1;
        if (!found)
            continue;
        PyObject *head = PyUnicode_Substring(word, 0, n - size);
        if (head == NULL)
            return -1;
        found = PySet_Contains(kept, head);
        Py_DECREF(head);
        if (found != 0)
            return found;
    }
    return 0;
}

static int
check_clitic_args(PyObject *const *args, Py_ssize_t nargs, Py_ssize_t want,
                  const char *name, Py_ssize_t *min_base)
{
    if (nargs != want) {
        PyErr_Format(PyExc_TypeError, "%s() takes %zd arguments", name, want);
        return -1;
    }
    PyObject *word = args[0], *kept = args[want - 4], *suffixes = args[want - 3];
    if (!PyUnicode_Check(word) || PyUnicode_READY(word) < 0) {
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_TypeError, "%s(): the word must be a str", name);
        return -1;
    }
    if (!PyAnySet_Check(kept) || !PyAnySet_Check(suffixes)) {
        PyErr_Format(PyExc_TypeError, "%s(): kept words and suffixes must be sets", name);
        return -1;
    }
    if (!PyTuple_Check(args[want - 2])) {
        PyErr_Format(PyExc_TypeError, "%s(): suffix sizes must be a tuple", name);
        return -1;
    }
    *min_base = PyLong_AsSsize_t(args[want - 1]);
    if (*min_base == -1 && PyErr_Occurred())
        return -1;
    return 0;
}

PyDoc_STRVAR(is_kept_whole_doc,
"is_kept_whole(word, kept, suffixes, suffix_sizes, min_base) -> bool\n\n"
"rasd.text.tokens.is_kept_whole_python's test on `word`: listed in `kept`, or listed once\n"
"a suffix of one of `suffix_sizes` letters that is in `suffixes` is taken off, `min_base`\n"
"letters remaining.");

static PyObject *
fasttok_is_kept_whole(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t min_base;
    if (check_clitic_args(args, nargs, 5, "is_kept_whole", &min_base) < 0)
        return NULL;
    int found = kept_whole(args[0], args[1], args[2], args[3], min_base);
    if (found < 0)
        return NULL;
    return PyBool_FromLong(found);
}

PyDoc_STRVAR(split_clitics_doc,
"split_clitics(word, by_first, kept, suffixes, suffix_sizes, min_base) -> (clitics, base)\n\n"
"rasd.text.tokens.split_clitics_python's reading of `word`: by_first maps a first letter\n"
"to the list of prefixes starting with it, shortest first; a prefix is split when\n"
"`min_base` letters remain, the first whose remainder is kept whole (is_kept_whole)\n"
"wins, else the longest; a word kept whole itself, or too short, is not split.");

static PyObject *
clitic_pair(PyObject *clitics, PyObject *base)
{
    return PyTuple_Pack(2, clitics, base);
}

static PyObject *
fasttok_split_clitics(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t min_base;
    if (check_clitic_args(args, nargs, 6, "split_clitics", &min_base) < 0)
        return NULL;
    PyObject *word = args[0], *by_first = args[1], *kept = args[2], *suffixes = args[3],
             *sizes = args[4];
    if (!PyDict_Check(by_first)) {
        PyErr_SetString(PyExc_TypeError, "split_clitics(): by_first must be a dict");
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(word);
    PyObject *empty = PyUnicode_New(0, 0);
    if (empty == NULL)
        return NULL;
    PyObject *first = PyUnicode_Substring(word, 0, n < 1 ? n : 1);  /* word[:1] */
    if (first == NULL)
        goto fail_empty;
    PyObject *prefixes = PyDict_GetItemWithError(by_first, first);  /* borrowed */
    Py_DECREF(first);
    if (prefixes == NULL && PyErr_Occurred())
        goto fail_empty;
    if (prefixes != NULL && !PyList_Check(prefixes)) {
        PyErr_SetString(PyExc_TypeError, "split_clitics(): prefixes must be lists");
        goto fail_empty;
    }
    if (prefixes == NULL || n <= min_base) {
        PyObject *out = clitic_pair(empty, word);
        Py_DECREF(empty);
        return out;
    }
    int found = kept_whole(word, kept, suffixes, sizes, min_base);
    if (found < 0)
        goto fail_empty;
    if (found) {
        PyObject *out = clitic_pair(empty, word);
        Py_DECREF(empty);
        return out;
    }
    PyObject *best_prefix = empty;  /* owned */
    PyObject *best_base = word;
    Py_INCREF(best_base);
    Py_INCREF(prefixes);  /* held while its items are read */
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(prefixes); i++) {
        PyObject *prefix = PyList_GET_ITEM(prefixes, i);
        if (!PyUnicode_Check(prefix)) {
            PyErr_SetString(PyExc_TypeError, "split_clitics(): prefixes must be str");
            goto fail_loop;
        }
        Py_ssize_t match = PyUnicode_Tailmatch(word, prefix, 0, PY_SSIZE_T_MAX, -1);
        if (match < 0)
            goto fail_loop;
        if (!match)
            continue;
        Py_ssize_t plen = PyUnicode_GET_LENGTH(prefix);
        if (n - plen < min_base)
            continue;
        PyObject *base = PyUnicode_Substring(word, plen, n);
        if (base == NULL)
            goto fail_loop;
        found = kept_whole(base, kept, suffixes, sizes, min_base);
        if (found < 0) {
            Py_DECREF(base);
            goto fail_loop;
        }
        if (found) {
            PyObject *out = clitic_pair(prefix, base);
            Py_DECREF(base);
            Py_DECREF(prefixes);
            Py_DECREF(best_prefix);
            Py_DECREF(best_base);
            return out;
        }
        if (plen > PyUnicode_GET_LENGTH(best_prefix)) {
            Py_INCREF(prefix);
            Py_SETREF(best_prefix, prefix);
            Py_SETREF(best_base, base);
        } else {
            Py_DECREF(base);
        }
    }
    Py_DECREF(prefixes);
    PyObject *out = clitic_pair(best_prefix, best_base);
    Py_DECREF(best_prefix);
    Py_DECREF(best_base);
    return out;
fail_loop:
    Py_DECREF(prefixes);
    Py_DECREF(best_prefix);
    Py_DECREF(best_base);
    return NULL;
fail_empty:
    Py_DECREF(empty);
    return NULL;
}

/* --- where a date expression may start (rasd.text.dates' scan) --- */

/* re's \w and \d on str (Modules/_sre: SRE_UNI_IS_WORD, SRE_UNI_IS_DIGIT). */
#define IS_WORD(ch) (Py_UNICODE_ISALNUM(ch) || (ch) == '_')
#define IS_DIGIT(ch) Py_UNICODE_ISDECIMAL(ch)

static int
in_str(PyObject *letters, Py_UCS4 ch)
{
    return PyUnicode_FindChar(letters, ch, 0, PyUnicode_GET_LENGTH(letters), 1) >= 0;
}

PyDoc_STRVAR(date_candidate_doc,
"date_candidate(text, pos, heads, clitics, conjunctions, prepositions, article) -> int\n\n"
"The first index p >= pos where a date expression of rasd.text.date_patterns.GRAMMAR may\n"
"start, or -1: p starts a word (no \\w before it), or follows one of `clitics` that starts\n"
"one, or a letter of `conjunctions` then one of `prepositions` that start one; and text[p]\n"
"is a digit (\\d), or `article` then a digit starts at p, or the run of \\w characters from\n"
"p is one of `heads` (a set of words of \\w characters only). GRAMMAR's own lookarounds\n"
"test the same, so every index where GRAMMAR.match succeeds is returned in turn.");

static PyObject *
fasttok_date_candidate(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 7) {
        PyErr_SetString(PyExc_TypeError, "date_candidate() takes 7 arguments");
        return NULL;
    }
    PyObject *text = args[0], *heads = args[2], *clitics = args[3], *conj = args[4],
             *preps = args[5], *article = args[6];
    if (!PyUnicode_Check(text) || !PyUnicode_Check(clitics) || !PyUnicode_Check(conj)
            || !PyUnicode_Check(preps) || !PyUnicode_Check(article)) {
        PyErr_SetString(PyExc_TypeError, "date_candidate(): text and letters must be str");
        return NULL;
    }
    if (!PyAnySet_Check(heads)) {
        PyErr_SetString(PyExc_TypeError, "date_candidate(): heads must be a set");
        return NULL;
    }
    if (PyUnicode_READY(text) < 0 || PyUnicode_READY(clitics) < 0 || PyUnicode_READY(conj) < 0
            || PyUnicode_READY(preps) < 0 || PyUnicode_READY(article) < 0)
        return NULL;
    Py_ssize_t pos = PyLong_AsSsize_t(args[1]);
    if (pos == -1 && PyErr_Occurred())
        return NULL;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    Py_ssize_t alen = PyUnicode_GET_LENGTH(article);
    int akind = PyUnicode_KIND(article);
    const void *adata = PyUnicode_DATA(article);
    if (pos < 0)
        pos = 0;
    /* Word by word from the word holding pos - 2 (a candidate behind two clitics starts
     * two letters into its word): each word start w gives the candidates w, w + 1 behind
     * one clitic and w + 2 behind a conjunction and a preposition, in that order, and the
     * scan then jumps past the word's run of \w characters (every candidate is a \w
     * character: a digit, the article's first letter or a head's). */
    Py_ssize_t w = pos > 2 ? pos - 2 : 0;
    while (w > 0 && w < n && IS_WORD(PyUnicode_READ(kind, data, w - 1)))
        w--;  /* back to the start of the word holding w */
    while (w < n) {
        if (!IS_WORD(PyUnicode_READ(kind, data, w))) {
            w++;
            continue;
        }
        Py_ssize_t q = w + 1;  /* the end of the word's run of \w characters */
        while (q < n && IS_WORD(PyUnicode_READ(kind, data, q)))
            q++;
        for (Py_ssize_t p = w; p < q && p <= w + 2; p++) {
            if (p == w + 1 && !in_str(clitics, PyUnicode_READ(kind, data, w)))
                continue;
            if (p == w + 2 && !(in_str(conj, PyUnicode_READ(kind, data, w))
                                && in_str(preps, PyUnicode_READ(kind, data, w + 1))))
                continue;
            if (p < pos)
                continue;
            Py_UCS4 ch = PyUnicode_READ(kind, data, p);
            if (IS_DIGIT(ch))
                return PyLong_FromSsize_t(p);
            if (alen > 0 && p + alen < n) {
                Py_ssize_t i = 0;
                while (i < alen
                       && PyUnicode_READ(kind, data, p + i) == PyUnicode_READ(akind, adata, i))
                    i++;
                if (i == alen && IS_DIGIT(PyUnicode_READ(kind, data, p + alen)))
                    return PyLong_FromSsize_t(p);
            }
            PyObject *run = PyUnicode_Substring(text, p, q);
            if (run == NULL)
                return NULL;
            int found = PySet_Contains(heads, run);
            Py_DECREF(run);
            if (found < 0)
                return NULL;
            if (found)
                return PyLong_FromSsize_t(p);
        }
        w = q;
    }
    return PyLong_FromSsize_t(-1);
}

static PyMethodDef fasttok_methods[] = {
    {"date_candidate", (PyCFunction)(void (*)(void))fasttok_date_candidate, METH_FASTCALL,
     date_candidate_doc},
    {"is_kept_whole", (PyCFunction)(void (*)(void))fasttok_is_kept_whole, METH_FASTCALL,
     is_kept_whole_doc},
    {"split_clitics", (PyCFunction)(void (*)(void))fasttok_split_clitics, METH_FASTCALL,
     split_clitics_doc},
    {"light_tokens", fasttok_light_tokens, METH_VARARGS, light_tokens_doc},
    {"tokens_in", fasttok_tokens_in, METH_VARARGS, tokens_in_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef fasttok_module = {
    PyModuleDef_HEAD_INIT, "_fasttok",
    "C accelerator of the tokenizer's chunk loops (optional; same tokens as the Python path).",
    -1, fasttok_methods,
};

PyMODINIT_FUNC
PyInit__fasttok(void)
{
    return PyModule_Create(&fasttok_module);
}

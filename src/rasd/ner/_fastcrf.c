/* rasd.ner._fastcrf: a position's emission sums and the Viterbi of the compiled NER tagger.
 *
 * The optional C accelerator of rasd.ner.emissions (the pure-Python path stays, and is
 * what runs where no C compiler was found at install time). It does exactly what the
 * Python code does, in the same order of floating-point operations, so the labels are
 * the same to the bit:
 *
 *   emission[i][k] = own[i][k] + a[k] + b[k] + c[k] + d[k] + x0[k] + x1[k] + ...
 *
 * added left to right (C without -ffast-math never reassociates), where a, b, c, d are
 * the views of the words two and one places before and one and two places after
 * (views[i-2][0], views[i-1][1], views[i+1][2], views[i+2][3], read from the word-type
 * records, rasd.ner.type_scores.ScoredWord; zeros beyond the edges,
 * added as the Python code adds its zero vector) and x0, x1... the position's extra
 * vectors (hits[i]), in order; then CRFsuite's Viterbi (crf1dc_viterbi): per label the
 * first best predecessor on strict '<' comparisons, state score added after the max, the
 * first best final label. See rasd/ner/emissions.py and rasd/ner/compiled.py.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <float.h>
#include <stdlib.h>
#include <string.h>

/* Labels of the shipped model: 9. The bound only sizes stack buffers; a model with more
 * labels is refused with a ValueError (the Python path then decodes it). */
#define MAX_LABELS 64

/* Reads vector `v` (a tuple of at least `size` floats) into `out`, adding it to `acc`
 * when `acc` is non-NULL. Returns 0, or -1 with a TypeError set. */
static int
check_vector(PyObject *v, Py_ssize_t size, const char *what, Py_ssize_t at)
{
    if (!PyTuple_Check(v) || PyTuple_GET_SIZE(v) != size) {
        PyErr_Format(PyExc_TypeError, "%s at position %zd: expected a tuple of %zd floats",
                     what, at, size);
        return -1;
    }
    for (Py_ssize_t k = 0; k < size; k++) {
        if (!PyFloat_CheckExact(PyTuple_GET_ITEM(v, k))) {
            PyErr_Format(PyExc_TypeError, "%s at position %zd: item %zd is not a float",
                         what, at, k);
            return -1;
        }
    }
    return 0;
}

static inline void
add_vector(double *acc, PyObject *v, Py_ssize_t size)
{
    for (Py_ssize_t k = 0; k < size; k++)
        acc[k] += PyFloat_AS_DOUBLE(PyTuple_GET_ITEM(v, k));
}

/* Where a word-type record (rasd.ner.type_scores.ScoredWord) keeps its own vector and its
 * views: the Python side checks these indices against its constants at import. */
#define RECORD_OWN 0
#define RECORD_VIEWS 1

/* The view `which` (0..3) of the record of position j. */
static PyObject *
view_of(PyObject *records, Py_ssize_t j, int which, Py_ssize_t size)
{
    PyObject *four = PyTuple_GET_ITEM(PyList_GET_ITEM(records, j), RECORD_VIEWS);
    if (!PyTuple_Check(four) || PyTuple_GET_SIZE(four) != 4) {
        PyErr_Format(PyExc_TypeError, "views at position %zd: expected a tuple of 4 vectors", j);
        return NULL;
    }
    PyObject *v = PyTuple_GET_ITEM(four, which);
    if (check_vector(v, size, "view", j) < 0)
        return NULL;
    return v;
}

PyDoc_STRVAR(tag_doc,
"tag(records, hits, transitions, labels) -> list[str]\n\n"
"The best labels of one sentence. records: list of n word-type records whose item 0 is\n"
"the own vector (a tuple of len(labels) floats) and item 1 the four views (vectors seen\n"
"from offsets -2, -1, +1, +2); hits: list of n lists of extra vectors; transitions: bytes\n"
"of len(labels)**2 native doubles, row i holding the weights of the transitions from\n"
"label i; labels: the label names, returned per position.");

static PyObject *
fastcrf_tag(PyObject *self, PyObject *args)
{
    PyObject *records, *hits, *labels;
    Py_buffer trans;
    if (!PyArg_ParseTuple(args, "O!O!y*O!", &PyList_Type, &records, &PyList_Type, &hits,
                          &trans, &PyTuple_Type, &labels))
        return NULL;
    PyObject *result = NULL;
    double *scores = NULL;
    int *back = NULL;
    Py_ssize_t n = PyList_GET_SIZE(records);
    Py_ssize_t size = PyTuple_GET_SIZE(labels);
    if (size < 1 || size > MAX_LABELS) {
        PyErr_Format(PyExc_ValueError, "labels must number 1..%d, not %zd", MAX_LABELS, size);
        goto done;
    }
    if (trans.len != (Py_ssize_t)(size * size * sizeof(double))) {
        PyErr_Format(PyExc_ValueError, "transitions hold %zd bytes, expected %zd",
                     trans.len, (Py_ssize_t)(size * size * sizeof(double)));
        goto done;
    }
    if (PyList_GET_SIZE(hits) != n) {
        PyErr_SetString(PyExc_ValueError, "records and hits differ in length");
        goto done;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *record = PyList_GET_ITEM(records, i);
        if (!PyTuple_Check(record) || PyTuple_GET_SIZE(record) <= RECORD_VIEWS) {
            PyErr_Format(PyExc_TypeError, "record at position %zd: expected a word-type "
                         "record (a tuple)", i);
            goto done;
        }
    }
    result = PyList_New(n);
    if (result == NULL || n == 0)
        goto done;
    const double *t = (const double *)trans.buf;
    /* scores[i * size + k]: the best path score ending at position i with label k. */
    scores = PyMem_Malloc((size_t)n * (size_t)size * sizeof(double));
    back = PyMem_Malloc((size_t)n * (size_t)size * sizeof(int));
    if (scores == NULL || back == NULL) {
        PyErr_NoMemory();
        Py_CLEAR(result);
        goto done;
    }
    double e[MAX_LABELS];
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *own = PyTuple_GET_ITEM(PyList_GET_ITEM(records, i), RECORD_OWN);
        if (check_vector(own, size, "own vector", i) < 0)
            goto fail;
        for (Py_ssize_t k = 0; k < size; k++)
            e[k] = PyFloat_AS_DOUBLE(PyTuple_GET_ITEM(own, k));
        /* The zero vector beyond an edge is added too: x + 0.0 is what Python adds. */
        static const int offsets[4] = {-2, -1, 1, 2};
        for (int w = 0; w < 4; w++) {
            Py_ssize_t j = i + offsets[w];
            if (j < 0 || j >= n) {
                for (Py_ssize_t k = 0; k < size; k++)
                    e[k] += 0.0;
                continue;
            }
            PyObject *v = view_of(records, j, w, size);
            if (v == NULL)
                goto fail;
            add_vector(e, v, size);
        }
        PyObject *found = PyList_GET_ITEM(hits, i);
        if (!PyList_Check(found)) {
            PyErr_Format(PyExc_TypeError, "hits at position %zd: expected a list", i);
            goto fail;
        }
        for (Py_ssize_t x = 0; x < PyList_GET_SIZE(found); x++) {
            PyObject *v = PyList_GET_ITEM(found, x);
            if (check_vector(v, size, "hit", i) < 0)
                goto fail;
            add_vector(e, v, size);
        }
        double *curr = scores + i * size;
        if (i == 0) {
            memcpy(curr, e, (size_t)size * sizeof(double));
            continue;
        }
        const double *prev = curr - size;
        int *came = back + i * size;
        for (Py_ssize_t j = 0; j < size; j++) {
            double best = -DBL_MAX;
            int arg = -1;
            for (Py_ssize_t k = 0; k < size; k++) {
                double s = prev[k] + t[k * size + j];
                if (best < s) {  /* strict: the first best wins, as in CRFsuite */
                    best = s;
                    arg = (int)k;
                }
            }
            came[j] = arg < 0 ? 0 : arg;
            curr[j] = best + e[j];
        }
    }
    {
        const double *last = scores + (n - 1) * size;
        double best = -DBL_MAX;
        int label = 0;
        for (Py_ssize_t k = 0; k < size; k++) {
            if (best < last[k]) {
                best = last[k];
                label = (int)k;
            }
        }
        for (Py_ssize_t i = n - 1; i >= 0; i--) {
            PyObject *name = PyTuple_GET_ITEM(labels, label);
            Py_INCREF(name);
            PyList_SET_ITEM(result, i, name);
            if (i > 0)
                label = back[i * size + label];
        }
    }
    goto done;
fail:
    Py_CLEAR(result);
done:
    PyMem_Free(scores);
    PyMem_Free(back);
    PyBuffer_Release(&trans);
    return result;
}

PyDoc_STRVAR(total_doc,
"total(found, size) -> tuple[float, ...]\n\n"
"The sum of the vectors of `found` (a list of at least one tuple of `size` floats), each\n"
"label's terms added left to right.");

static PyObject *
fastcrf_total(PyObject *self, PyObject *args)
{
    PyObject *found;
    Py_ssize_t size;
    if (!PyArg_ParseTuple(args, "O!n", &PyList_Type, &found, &size))
        return NULL;
    Py_ssize_t count = PyList_GET_SIZE(found);
    if (size < 1 || size > MAX_LABELS || count < 1) {
        PyErr_SetString(PyExc_ValueError, "total needs one vector or more of 1..64 floats");
        return NULL;
    }
    double acc[MAX_LABELS];
    for (Py_ssize_t x = 0; x < count; x++) {
        PyObject *v = PyList_GET_ITEM(found, x);
        if (check_vector(v, size, "vector", x) < 0)
            return NULL;
        if (x == 0) {
            for (Py_ssize_t k = 0; k < size; k++)
                acc[k] = PyFloat_AS_DOUBLE(PyTuple_GET_ITEM(v, k));
        } else {
            add_vector(acc, v, size);
        }
    }
    PyObject *out = PyTuple_New(size);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t k = 0; k < size; k++) {
        PyObject *f = PyFloat_FromDouble(acc[k]);
        if (f == NULL) {
            Py_DECREF(out);
            return NULL;
        }
        PyTuple_SET_ITEM(out, k, f);
    }
    return out;
}

static PyMethodDef fastcrf_methods[] = {
    {"tag", fastcrf_tag, METH_VARARGS, tag_doc},
    {"total", fastcrf_total, METH_VARARGS, total_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef fastcrf_module = {
    PyModuleDef_HEAD_INIT, "_fastcrf",
    "C accelerator of rasd.ner.emissions (optional; same results as the Python path).",
    -1, fastcrf_methods,
};

PyMODINIT_FUNC
PyInit__fastcrf(void)
{
    return PyModule_Create(&fastcrf_module);
}

"""The shared word helpers of :mod:`rasd.events.syntax.clauses` that several readers key words
with."""

from rasd.events.syntax.clauses import strip_conj, strip_prefix
from rasd.text.normalize import normalize_key


def test_strip_prefix_takes_the_first_prefix_that_leaves_enough() -> None:
    word = normalize_key("بالصواريخ")
    assert strip_prefix(word, ("بال", "ب"), 3) == normalize_key("صواريخ")


def test_strip_prefix_keeps_a_short_stem_whole() -> None:
    # بلد: the ب is the stem's own letter; with three letters left required nothing is cut.
    word = normalize_key("بلد")
    assert strip_prefix(word, ("ب",), 3) == word


def test_strip_prefix_min_rest_is_per_reader() -> None:
    word = normalize_key("الحرب")
    assert strip_prefix(word, ("ال",), 3) == normalize_key("حرب")
    assert strip_prefix(word, ("ال",), 4) == word


def test_strip_conj_only_before_a_word() -> None:
    assert strip_conj(normalize_key("وأعلن")) == normalize_key("أعلن")
    assert strip_conj(normalize_key("وقف")) == normalize_key("وقف")

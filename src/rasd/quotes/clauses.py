"""The clause around a reporting verb, read for its subject: the sentence's own verb after
a dateline, a subject written before the verb (``الجيش قال إن``، ``غير أن رئيس البلدية نفى``،
a live page's ``الفرقة 17 مشاة تعلن أن``), ``كان X قد`` and the verb a ``ما وصفه`` clause
depends on. Split from :mod:`rasd.quotes.subjects`, which resolves the speakers."""

from __future__ import annotations

from bisect import bisect_right

from rasd.quotes.reading import COMMAS, Hit, PieceReading
from rasd.quotes.speakers import MAX_SUBJECT_WORDS, Phrase

#: Words before a colon that name a headline speaker without a verb (``بايدن: «...»``), and
#: the longest subject written before its verb (``الجيش قال إن``).
MAX_HEADLINE_SPEAKER_WORDS = 5
#: A leading adverbial before the verb, skipped up to its comma (``من جهتها،``).
MAX_LEAD_TOKENS = 8
#: Longest dateline before a story's first verb, in tokens: a city, an agency in brackets
#: or after a slash (``القاهرة (رويترز) -`` is 5).
MAX_DATELINE_TOKENS = 7
_DASHES = frozenset("-–—")
#: What a definite word begins with (the article, alone or after ل/ب/و).
_DEFINITE = ("ال", "لل", "بال", "وال", "فال", "كال")
#: Words that make أن open a contrasted clause with its own subject (غير أن، إلا أن،
#: بيد أن: "however"), unlike قبل أن or بعد أن, whose clause is a time's.
_CONTRASTIVE = frozenset({"غير", "الا", "بيد"})
#: First letters of a present-tense verb (يعلن، تتهم).
_PRESENT = frozenset({"ي", "ت"})
#: ``حين`` opens a time clause ("when"), whose verb's subject is no speaker's.
_WHEN = frozenset({"حين"})
_DATELINE_MARKS = frozenset("()/:")
#: Verb kinds whose subject is followed by an object (وصفت الوزارة الخطوة، أدانت الحكومة
#: الهجوم): the subject ends where the mention at its head ends.
TRANSITIVE = frozenset({"label", "stance"})


class Clauses(PieceReading):
    """Where a reporting verb's clause begins and what stands before the verb."""

    def _sentence_verb(self, s: int) -> int | None:
        """The token of the sentence's main verb (VSO: the first word after a lead-in)."""
        k, end = self.sent_tok[s]
        if s == 0:  # a dateline opens a story's first paragraph, nothing later
            k = self._after_dateline(k, end)
        if k >= end or self.toks[k].kind != "word":
            return None
        norm = self.toks[k].norm
        if norm in self.lex.stops or (norm[1:] in self.lex.stops and norm[:1] in "وف"):
            for j in range(k, min(end, k + MAX_LEAD_TOKENS)):
                if self.toks[j].text in COMMAS:
                    return j + 1 if j + 1 < end and self.toks[j + 1].kind == "word" else None
            return None
        return k

    def _after_dateline(self, k: int, end: int) -> int:
        """The first token after a dateline (``الدوحة -``، ``القاهرة (رويترز) -``، ``بغداد/
        شفق نيوز -``، ``10:15 -``): the place and agency are not the sentence's verb. A
        name with an aside between two dashes (``فلان - والد الضحية - إنه``) is no dateline."""
        for j in range(k, min(end, k + MAX_DATELINE_TOKENS)):
            tok = self.toks[j]
            if tok.text in _DASHES and j > k and all(
                    t.text.isdigit() or t.text == ":" for t in self.toks[k:j]):
                return j + 1  # a live page's clock time: ``11:40 — الفرقة 17 مشاة تعلن``
            if tok.text in _DASHES:
                after = self.toks[j + 1] if j + 1 < end else None
                # a verb follows a dateline; a definite noun or a relative pronoun after the
                # dash (``ثنائية الدين - السياسة``، ``فلان - الذي شارك``) is no dateline's
                if j == k or after is None or after.norm.startswith("ال") or any(
                        t.text in _DASHES for t in self.toks[j + 1:end]):
                    return k
                return j + 1
            if tok.kind != "word" and tok.text not in _DATELINE_MARKS:
                return k
        return k

    def _svo_subject(self, h: Hit) -> Phrase | None:
        """A subject before the verb (``الجيش قال إن``): a few plain words opening the sentence."""
        first = self.sent_tok[h.sent][0]
        if h.sent == 0:
            first = self._after_dateline(first, h.idx)
        words = self.toks[first:h.idx]
        if not words or len(words) > MAX_HEADLINE_SPEAKER_WORDS:
            return None
        lex = self.lex
        if any(t.kind == "punct" or t.norm in lex.stops or t.norm in lex.times
               or lex.verb(t.norm) is not None for t in words):
            return None
        return Phrase(words[0].start, words[-1].end)

    def _object_cut(self, phrase: Phrase) -> Phrase:
        """A statement's phrase without the object read on after it: the phrase ends before
        an indefinite noun that follows a definite word (``البيان الختامي طرفي الصراع``), and
        after a person's name. ``لل``/``بال`` words are complements of the statement
        (``البيان الختامي للقمة``), not an object. Only for statements: a person's name with
        no article (``وزيرة الخارجية النمساوية بياته ...``) would be cut as an object when
        the entity stage has not tagged it."""
        toks = self.toks
        k = first = bisect_right(self.starts, phrase.start - 1)
        definite = False
        while k < len(toks) and toks[k].end <= phrase.end:
            person_end = self._person_from(k)
            if person_end is not None:  # a proper name completes the subject
                while k < len(toks) and toks[k].end <= person_end:
                    k += 1
                if k < len(toks) and toks[k].end <= phrase.end:
                    return Phrase(phrase.start, toks[k - 1].end, phrase.name)
                return phrase
            t = toks[k]
            if (definite and k > first and t.kind == "word" and not t.text.isdigit()
                    and not t.norm.startswith(_DEFINITE)):
                return Phrase(phrase.start, toks[k - 1].end, phrase.name)
            definite = definite or t.norm.startswith(_DEFINITE)
            k += 1
        return phrase

    def _person_from(self, k: int) -> int | None:
        """The end (piece offset) of a person's name mention starting at token ``k``."""
        start = self.off + self.toks[k].start
        for m_start, m_end, idx, kind in self.index.overlapping(start, start + 1):
            if (m_start == start and kind == "name"
                    and self.index.entities[idx].type == "PERSON"):
                return m_end - self.off
        return None

    def _opener_subject(self, h: Hit) -> Phrase | None:
        """A subject between a clause opener and its verb (``غير أن رئيس البلدية نفى``،
        ``إلا أن قائد الفصيل نفى``، ``لكن مستشارا لقائدها قال``): the words after the verb
        are then its object or frame, not its subject."""
        toks, lex = self.toks, self.lex
        first = self.sent_tok[h.sent][0]
        k = h.idx - 1
        while k >= first and h.idx - k <= MAX_HEADLINE_SPEAKER_WORDS:
            t = toks[k]
            if t.norm in lex.complementizers:
                opens = k > first and toks[k - 1].norm in _CONTRASTIVE
                break
            if t.norm in lex.clause_openers:
                opens = t.norm not in _WHEN
                break
            if (t.kind != "word" or t.norm in lex.times or lex.verb(t.norm) is not None
                    or t.norm in lex.not_subject or (t.norm in lex.stops and k == h.idx - 1)):
                return None
            k -= 1
        else:
            return None
        if not opens or k + 1 >= h.idx:
            return None
        return Phrase(toks[k + 1].start, toks[h.idx - 1].end)

    def _pronoun_subject(self, h: Hit) -> bool:
        """``لكنها دعت الغرب إلى``، ``غير أنه قال``: the opener carries the subject."""
        toks, first = self.toks, self.sent_tok[h.sent][0]
        k = h.idx - 1
        if k < first or toks[k].norm not in self.lex.pronoun_openers:
            return False
        if toks[k].norm in self.lex.complementizers:  # أنه: only after غير/إلا/بيد
            return k > first and toks[k - 1].norm in _CONTRASTIVE
        return True

    def _kana_subject(self, h: Hit) -> Phrase | None:
        """``وكانت السلطات قد وصفت``: the subject between كان and قد, before the verb."""
        toks, lex = self.toks, self.lex
        first = self.sent_tok[h.sent][0]
        if h.idx - 1 < first or toks[h.idx - 1].norm not in lex.qad:
            return None
        for k in range(h.idx - 2, max(first, h.idx - 2 - MAX_SUBJECT_WORDS) - 1, -1):
            if toks[k].norm in lex.kana:
                words = toks[k + 1:h.idx - 1]
                if words and all(t.kind != "punct" for t in words):
                    return Phrase(words[0].start, words[-1].end)
                return None
        return None

    def _governing(self, h: Hit) -> Hit | None:
        """For ``ما وصفه``، ``بما وصفته``، ``لما سماه`` (what the party called ...): the
        nearest verb of condemning or characterising before it in its sentence with its own
        subject, whose object the relative clause is (``فيما نددت الحكومة بما وصفته``)."""
        toks = self.toks
        first = self.sent_tok[h.sent][0]
        if h.form.participle or h.idx - 1 < first or toks[h.idx - 1].norm not in \
                self.lex.phrase_ends:
            return None
        return next((x for x in reversed(self.hits) if x.sent == h.sent and x.idx < h.idx
                     and not x.embedded and x.subject is not None and x.speaker is not None
                     and x.form.kind in TRANSITIVE), None)

    def _present_svo(self, h: Hit) -> Phrase | None:
        """A present-tense verb after its subject (``الفرقة 17 مشاة تعلن أن``، ``والي سنار
        يتهم قوات الدعم السريع بـ«...»``): live pages and headlines put the party first,
        and the words after the verb are its object."""
        norm = self.toks[h.idx].norm
        if norm[:1] not in _PRESENT or h.form.participle:
            return None
        phrase = self._svo_subject(h)
        if phrase is None:
            return None
        first = self.toks[bisect_right(self.starts, phrase.start - 1)].norm
        lex = self.lex
        if first in lex.not_subject or first in lex.clause_openers or first in lex.stops:
            return None
        return phrase

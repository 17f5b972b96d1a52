"""Who speaks for each reporting verb: an explicit subject, the subject of its sentence or
clause, a name before it, or the previous speaker (carried)."""

from __future__ import annotations

from bisect import bisect_right

from rasd.model import Speaker
from rasd.quotes.reading import COMMAS, MAX_FRAME_TOKENS, OPENERS, Hit, PieceReading
from rasd.quotes.speakers import MAX_SUBJECT_WORDS, Phrase, subject_phrase
from rasd.text.normalize import normalize_key

#: Words before a colon that name a headline speaker without a verb (``بايدن: «...»``), and
#: the longest subject written before its verb (``الجيش قال إن``).
MAX_HEADLINE_SPEAKER_WORDS = 5
#: A leading adverbial before the verb, skipped up to its comma (``من جهتها،``).
MAX_LEAD_TOKENS = 8
#: Longest dateline before a story's first verb, in tokens: a city, an agency in brackets
#: or after a slash (``القاهرة (رويترز) -`` is 5).
MAX_DATELINE_TOKENS = 7
_DASHES = frozenset("-–—")
_DATELINE_MARKS = frozenset("()/:")


#: Verb kinds whose subject is followed by an object (وصفت الوزارة الخطوة، أدانت الحكومة
#: الهجوم): the subject ends where the mention at its head ends.
_TRANSITIVE = frozenset({"label", "stance"})
#: Prepositions that open what a verb asks of or thanks its addressee for, after the
#: addressee (``اتهمت الجماعة بـ``، ``شكر الحكومة على``، ``دعا الطرفين إلى``).
_ADDRESSEE_COMPLEMENTS = frozenset({"ب", "وب", "على", "علي", "الي"})


class Subjects(PieceReading):
    """Speaker resolution for the reporting verbs of a piece."""

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
        words = self.toks[first:h.idx]
        if not words or len(words) > MAX_HEADLINE_SPEAKER_WORDS:
            return None
        lex = self.lex
        if any(t.kind == "punct" or t.norm in lex.stops or t.norm in lex.times
               or lex.verb(t.norm) is not None for t in words):
            return None
        return Phrase(words[0].start, words[-1].end)

    def _issuer(self, phrase: Phrase) -> tuple[Speaker | None, bool] | None:
        """A statement as subject (``وقال البيان``، ``وأوضح بيان المكتب``) speaks for its
        issuer: the noun after it, or the previous speaker (carried)."""
        words = self.text[phrase.start:phrase.end].split()
        if normalize_key(words[0]) not in self.lex.statements:
            return None
        if len(words) > 1:
            rest = self.text.index(words[1], phrase.start + len(words[0]))
            return self._resolve(Phrase(rest, phrase.end)), False
        last = self.state.last_speaker
        if last is None:  # no issuer named before: the statement speaks (``وأضاف البيان``)
            return self._resolve(phrase), False
        return last, True

    def _framed_person(self, h: Hit, phrase: Phrase) -> Speaker | None:
        """A person named right before the speech opens, after the frame
        (``وقال رئيس الوفد في المفاوضات فلان إن``): the person is the speaker."""
        toks = self.toks
        end = min(self.sent_tok[h.sent][1], h.idx + MAX_FRAME_TOKENS + 1)
        opener = h.comp
        if opener is None:
            opener = next((k for k in range(h.idx + 1, end)
                           if toks[k].text == ":" or toks[k].text in OPENERS), None)
        if opener is None:
            return None
        k = opener - 1
        if k > h.idx and toks[k].text in COMMAS:
            k -= 1
        if k <= h.idx or toks[k].start < phrase.end:
            return None
        if self.index.has_person(self.off + phrase.start, self.off + phrase.end):
            return None  # the subject phrase names the person already
        return self.index.speaker_ending(self.off + toks[k].end, self.off + phrase.end,
                                         person=True)

    def _relative_subject(self, h: Hit) -> Speaker | None:
        """``لويس فان غال الذي قال``: the entity named before the relative pronoun."""
        toks, first = self.toks, self.sent_tok[h.sent][0]
        k = h.idx - 1
        if k <= first or toks[k].norm not in self.lex.relatives:
            return None
        for j in range(k - 1, max(first, k - 1 - MAX_SUBJECT_WORDS) - 1, -1):
            if toks[j].kind != "word":
                continue
            found = self.index.speaker_ending(self.off + toks[j].end)
            if found is not None:
                return found
        return None

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

    def _clause_subject(self, h: Hit) -> Speaker | None:
        """A coordinated verb (``غير أن X رفضت الإعلان واعتبرته``) shares the subject that
        opens its clause: the entity named right after ``أن``/``لكن``/``بينما``."""
        toks, lex = self.toks, self.lex
        if not toks[h.idx].norm.startswith(("و", "ف")):
            return None
        first = self.sent_tok[h.sent][0]
        for k in range(h.idx - 1, first - 1, -1):
            norm = toks[k].norm
            if norm in lex.complementizers or norm in lex.clause_openers:
                if k + 1 >= h.idx:
                    return None
                nxt = toks[k + 1]
                return self.index.speaker_at(self.doc_text, self.off + nxt.start,
                                             self.off + toks[h.idx].start)
            other = next((x for x in self.hits if x.idx == k), None)
            if other is not None:
                if (k > first and toks[k - 1].norm in lex.clause_openers
                        and other.subject is not None):
                    # ``بينما رحبت الحكومة بالقرار ووصفته``: the verb that opens the
                    # clause names its subject after it
                    return other.speaker
                return None  # another reporting verb between: its own clause
        return None

    def _coordinated(self, h: Hit) -> bool:
        """Whether the verb carries و/ف and follows another verb (``وأدانت ...، وطالبت``)."""
        norm = self.toks[h.idx].norm
        return norm[:1] in ("و", "ف") and self.lex.verb(norm[1:]) is not None

    def _previous(self, h: Hit) -> Hit | None:
        """The nearest verb before ``h`` in its sentence that opens a clause of its own
        (the sentence's verb, a verb with و/ف, or one after ``فيما``/``بينما``/``لكن``)
        and has a speaker: ``فيما رفض الرئيس ...، مؤكدا`` is the president's. Verbs inside
        a reported clause or a relative clause (``الحوار الذي دعا إليه الرئيس``) and verbal
        nouns read as verbs (``أعلنت ... رفضها المطلق``) open none, and a speaker found by
        a weaker rule (a name before the verb, the sentence's opening words) is not passed
        on."""
        first = self.sent_tok[h.sent][0]
        sv = self._sentence_verb(h.sent)
        before = [x for x in self.hits if x.sent == h.sent and x.idx < h.idx and not x.embedded]
        for n in range(len(before) - 1, -1, -1):
            other, k = before[n], before[n].idx
            if other.speaker is None or other.subject is None:
                continue  # only a verb with its own subject phrase passes it on
            # the sentence's first verb opens it even after a dateline (``عمان - أعلنت``)
            if n == 0 or k == sv or self._coordinated(other) or (
                    k > first and self.toks[k - 1].norm in self.lex.clause_openers):
                return other
        return None

    def _before_complement(self, phrase: Phrase, end: int) -> bool:
        """Whether the verb's preposition follows the phrase (``واتهمت الجماعة بـ«...»``،
        ``وطالبت المجتمع الدولي باتخاذ``، ``وشكر الحكومة على``): the phrase is the party
        addressed, not the subject."""
        k = bisect_right(self.starts, phrase.end - 1)
        if k >= end:
            return False
        norm = self.toks[k].norm
        return norm in _ADDRESSEE_COMPLEMENTS or self.lex.is_governed_noun(norm)

    def _takes_addressee(self, h: Hit) -> bool:
        return (h.form.kind in _TRANSITIVE
                or normalize_key(h.form.lemma) in self.lex.addressee_verbs)

    def _resolve(self, phrase: Phrase, transitive: bool = False) -> Speaker:
        doc_phrase = Phrase(phrase.start + self.off, phrase.end + self.off,
                            (phrase.name[0] + self.off, phrase.name[1] + self.off)
                            if phrase.name else None)
        return self.index.speaker(self.doc_text, doc_phrase, transitive)

    def _attribute(self, h: Hit) -> None:
        toks, lex = self.toks, self.lex
        end = self.sent_tok[h.sent][1]
        sv = self._sentence_verb(h.sent)
        phrase = self._kana_subject(h)
        if phrase is None and not h.form.participle:
            phrase = subject_phrase(toks, h.idx, end, lex)
            if phrase is not None and sv != h.idx and self._coordinated(h) and \
                    self._takes_addressee(h) and self._before_complement(phrase, end):
                # ``وأدانت الحكومة القصف، واتهمت الجماعة بـ«...»``: a second verb of
                # accusing or calling shares the first one's subject; what follows it is
                # the party it accuses or calls on
                earlier = self._previous(h)
                if earlier is not None:
                    h.speaker, h.carried = earlier.speaker, earlier.carried
                    # the object stands where a subject would: a quotation right after it
                    # is as tight (``وطالبت المجتمع الدولي بتصنيفها «منظمة إرهابية»``)
                    h.subject_end = bisect_right(self.starts, phrase.end - 1) - 1
                    h.subject = (phrase.start, phrase.end)
                    return
        if phrase is not None:
            issuer = self._issuer(phrase)
            if issuer is not None:
                h.speaker, h.carried = issuer
            else:
                h.speaker = self._framed_person(h, phrase) or self._resolve(
                    phrase, h.form.kind in _TRANSITIVE)
            h.subject_end = bisect_right(self.starts, phrase.end - 1) - 1
            h.subject = (phrase.start, phrase.end)
            if sv == h.idx:
                self.state.last_speaker = h.speaker
            return
        if sv == h.idx and not h.form.participle:
            h.speaker, h.carried = self.state.last_speaker, self.state.last_speaker is not None
            return
        relative = self._relative_subject(h)
        if relative is not None:
            h.speaker = relative
            return
        if h.form.participle and sv is not None and sv < h.idx:
            # a participle is the act of the nearest verb before it, not always the
            # sentence's first (``وانسحب X، فيما طالب مدرب الفريق ...، مؤكدا أن``)
            earlier = self._previous(h)
            if earlier is not None and earlier.idx > sv:
                h.speaker, h.carried = earlier.speaker, earlier.carried
                return
        if not h.form.participle:
            before = toks[h.idx - 1] if h.idx > self.sent_tok[h.sent][0] else None
            adjacent = (self.index.speaker_ending(self.off + before.end)
                        if before is not None and before.kind == "word" else None)
            if adjacent is not None:  # a name right before the verb is its subject (SVO)
                h.speaker = adjacent
                return
            shared = self._clause_subject(h)
            if shared is not None:
                h.speaker = shared
                return
            svo = self._svo_subject(h)
            if svo is not None:
                h.speaker = self._resolve(svo)
                return
        if sv is not None and sv < h.idx:
            main = subject_phrase(toks, sv, end, lex)
            if main is not None:
                # a main verb of saying has no object (قال الوزير إن); any other has one
                # after its subject (أدانت الوزارة الهجوم ووصفته، استدعت الخارجية السفير)
                form = lex.verb(toks[sv].norm)
                h.speaker = self._resolve(
                    main, form is None or form.kind in _TRANSITIVE)
                return
        h.speaker, h.carried = self.state.last_speaker, self.state.last_speaker is not None

"""Who speaks for each reporting verb: an explicit subject, the subject of its sentence or
clause, a name before it, or the previous speaker (carried)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from rasd.model import Speaker
from rasd.quotes.clauses import MAX_HEADLINE_SPEAKER_WORDS, TRANSITIVE, Clauses
from rasd.quotes.marks import Tok
from rasd.quotes.reading import COMMAS, MAX_FRAME_TOKENS, OPENERS, Hit
from rasd.quotes.speakers import MAX_SUBJECT_WORDS, Phrase, subject_phrase
from rasd.text.normalize import normalize_key

__all__ = ["MAX_HEADLINE_SPEAKER_WORDS", "Subjects"]

#: ``أما`` "as for" (normalised, with و or not), which opens a topic its ف-clause speaks of.
_AMMA = frozenset({"اما", "واما"})
#: The preposition ل written apart (``لـ«الأخبار»``).
_L_PREPOSITIONS = frozenset({"ل", "لـ"})
_TRANSITIVE = TRANSITIVE
#: Prepositions that open what a verb asks of or thanks its addressee for, after the
#: addressee (``اتهمت الجماعة بـ``، ``شكر الحكومة على``، ``دعا الطرفين إلى``).
_ADDRESSEE_COMPLEMENTS = frozenset({"ب", "وب", "على", "علي", "الي"})


class Subjects(Clauses):
    """Speaker resolution for the reporting verbs of a piece."""

    def _issuer(self, phrase: Phrase) -> tuple[Speaker | None, bool] | None:
        """A statement as subject (``وقال البيان``، ``وأوضح بيان المكتب``): the statement
        itself speaks."""
        words = self.text[phrase.start:phrase.end].split()
        if normalize_key(words[0]) not in self.lex.statements:
            return None
        # The statement speaks, as the gold codes it (``وأضاف البيان أن`` → البيان, ``وأكد
        # بيان المجلس`` → بيان المجلس; 12 of 15 dev statements); what follows its
        # adjectives is the verb's object (``وطالب البيان الختامي طرفي الصراع``). A
        # definite statement with no issuer in its phrase keeps the record of the party
        # that issued it (the previous speaker): its type, country and knowledge-base id.
        speaker = self._resolve(self._object_cut(phrase))
        last = self.state.last_speaker
        if speaker.type is None and last is not None and normalize_key(
                words[0]).startswith("ال"):
            speaker = replace(last, span=speaker.span)
        return speaker, False

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
        if self.index.has_person(self.off + phrase.start, self.off + phrase.end):
            return None  # the subject phrase names the person already
        k = opener - 1
        if k > h.idx and toks[k].text in COMMAS:
            k -= 1
        if k <= h.idx or toks[k].start < phrase.end:
            return None
        end = self.off + toks[k].end
        found = self.index.speaker_ending(end, self.off + phrase.end, person=True)
        if found is None:
            # ``السفير فلان، في كلمة الكويت أمام المؤتمر، إن``: the name before an aside
            aside = next((j for j in range(k - 1, h.idx, -1) if toks[j].text in COMMAS), None)
            if aside is None or toks[aside - 1].start < phrase.end:
                return None
            end = self.off + toks[aside - 1].end
            found = self.index.speaker_ending(end, self.off + phrase.end, person=True)
            if found is None:
                return None
        start = min(r[0] for r in self.index.overlapping(end - 1, end) if r[1] == end)
        j = bisect_right(self.starts, start - self.off) - 1
        if j >= 0 and (toks[j].start < start - self.off or (j > 0 and (
                toks[j - 1].norm in self.lex.stops or toks[j - 1].norm in _L_PREPOSITIONS))):
            return None  # لوكالة شفق نيوز، لهسبريس: the outlet told, not the speaker
        return found

    def _amma_topic(self, h: Hit) -> Phrase | None:
        """The topic of ``أما X فـ…`` (``أما «فرانكفورتر ألغماينه تسايتونغ» الألمانية فدعت
        الحكومة إلى «…»``): the party the sentence is about speaks; the phrase after the
        ف-verb is its object (fix41, a press review's form)."""
        toks, first = self.toks, self.sent_tok[h.sent][0]
        k = first + 1 if toks[first].kind == "punct" and first + 1 < h.idx else first
        if toks[k].norm not in _AMMA or not toks[h.idx].text.startswith("ف"):
            return None
        words = [t for t in toks[k + 1:h.idx] if t.kind == "word"]
        if not words or len(words) > MAX_SUBJECT_WORDS or any(
                t.kind == "punct" and t.text in COMMAS for t in toks[k + 1:h.idx]):
            return None
        return Phrase(toks[k + 1].start, toks[h.idx - 1].end)

    def _nisba_word(self, tok: Tok) -> bool:
        """Whether ``tok`` is only a nationality adjective (``صحيفة «لوموند» الفرنسية
        اعتبرت``): it describes the noun before it, which the subject phrase holds (fix41)."""
        start, end = self.off + tok.start, self.off + tok.end
        rows = self.index.overlapping(start, end)
        return bool(rows) and all(kind == "nisba" for _s, _e, _i, kind in rows)

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

    def _pronoun_speaker(self, h: Hit, sv: int | None, end: int) -> None:
        """The speaker of a verb whose subject is the pronoun of its opener (``لكنها
        دعت``): the previous clause's party in the sentence, else the sentence's subject,
        else the previous speaker."""
        earlier = self._previous(h)
        if earlier is not None:
            h.speaker, h.carried = earlier.speaker, earlier.carried
            return
        if sv is not None and sv < h.idx:
            main = subject_phrase(self.toks, sv, end, self.lex)
            if main is not None:
                h.speaker = self._resolve(main, True)
                return
        h.speaker, h.carried = self.state.last_speaker, self.state.last_speaker is not None

    def _clause_subject(self, h: Hit) -> Speaker | None:
        """A coordinated verb (``غير أن X رفضت الإعلان واعتبرته``) shares the subject that
        opens its clause: the entity named right after ``أن``/``لكن``/``بينما``."""
        toks, lex = self.toks, self.lex
        if not self._coordinated(h):  # وصفته's و is the root's, not a conjunction
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
                if other.embedded or other.subject is None:
                    return None  # another reporting verb between: its own clause
                # ``بينما رحبت الحكومة بالقرار ووصفته``، ``رفضت الحكومة الدعوة، وقالت إن``:
                # the verb this one is joined to names the subject after it
                return other.speaker
        return None

    def _coordinated(self, h: Hit) -> bool:
        """Whether the verb carries و/ف and follows another verb (``وأدانت ...، وطالبت``)."""
        norm = self.toks[h.idx].norm
        return norm[:1] in ("و", "ف") and (self.lex.verb(norm[1:]) is not None
                                           or normalize_key(h.form.lemma) == norm[1:])

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
            phrase = self._amma_topic(h) or self._opener_subject(h) or self._present_svo(h)
            if phrase is None and self._pronoun_subject(h):
                self._pronoun_speaker(h, sv, end)
                return
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
        governing = self._governing(h)
        if governing is not None:
            h.speaker, h.carried = governing.speaker, governing.carried
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
            if adjacent is not None and before is not None and self._nisba_word(before):
                # fix41: a nationality adjective describes the noun before it. An indefinite
                # plural noun with it is the subject of a plural verb (بحسب مسؤولين أفغان
                # قالوا); a verb that does not agree with it has the sentence's subject
                # (فرضت الخزانة عقوبات على … شركتين إيرانيتين قالت إنهم), and a name in
                # guillemets before it (صحيفة «لوموند» الفرنسية اعتبرت) is the subject
                # phrase's
                noun = toks[h.idx - 2] if h.idx - 2 >= self.sent_tok[h.sent][0] else None
                adjacent = self._resolve(Phrase(noun.start, before.end)) \
                    if noun is not None and noun.kind == "word" \
                    and not noun.norm.startswith("ال") \
                    and toks[h.idx].norm.endswith("وا") else None
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
            opening = next((x for x in self.hits if x.idx == sv), None)
            if opening is not None and opening.subject is not None:
                # the sentence's verb of speech with its own subject (and the person a
                # frame names after it: ``وقال رئيس الجمعية ... العميد فلان إن``)
                h.speaker, h.carried = opening.speaker, opening.carried
                return
            main = subject_phrase(toks, sv, end, lex)
            if main is not None:
                # a main verb of saying has no object (قال الوزير إن); any other has one
                # after its subject (أدانت الوزارة الهجوم ووصفته، استدعت الخارجية السفير)
                form = lex.verb(toks[sv].norm)
                h.speaker = self._resolve(
                    main, form is None or form.kind in _TRANSITIVE)
                return
        h.speaker, h.carried = self.state.last_speaker, self.state.last_speaker is not None

"""Quotes in one piece of text (a headline, caption or paragraph) with their speakers.

The piece is read sentence by sentence. Reporting verbs (``rasd/data/quotes/
reporting_verbs.tsv``) are found first and each gets its speaker: the explicit subject after
it, or — with none — the subject of its sentence (for a participle ``مؤكدا``/``قائلة`` or a
verb inside the sentence), or the previous speaker (a sentence-initial ``وأضاف``/``ودعت``:
``carried``). Then every quoted passage is judged speech or not (see ``_Piece._direct``),
and every verb followed by ``إن``/``أن`` yields reported speech unless a direct quotation
carries the statement (``قال إن واشنطن «ستواصل ...»`` is one direct quote, as news gold
annotations count it).
"""

from __future__ import annotations

import re
from itertools import repeat

from rasd.model import Quote, Span, Speaker
from rasd.quotes.adverbial import time_adverbial
from rasd.quotes.inserts import near_object
from rasd.quotes.lexicon import QuoteLexicon
from rasd.quotes.marks import Marked, Tok
from rasd.quotes.member_names import after_member
from rasd.quotes.name_cues import named_by_adjective
from rasd.quotes.names import shaped_like_name
from rasd.quotes.reading import COMMAS, OPENERS, Hit, State
from rasd.quotes.speakers import EntityIndex, Phrase
from rasd.quotes.subjects import MAX_HEADLINE_SPEAKER_WORDS, Subjects
from rasd.text.normalize import normalize_key, normalize_piece, strip_tashkeel

#: A quotation of this many words governed by a reporting verb anywhere earlier in its
#: sentence is speech. Shorter quotations are mostly scare quotes (``"العنف"``) and labels
#: (``«انقلاب»``), which journalists attach to single words and short noun phrases.
MIN_LOOSE_WORDS = 3
#: A two-word quotation is speech only when the verb, its subject, ``إن``/``أن`` or a colon
#: introduces it directly (``واعتبرته «مناورة إعلامية»``, ``قال: «اليوم أعتذر»``).
MIN_TIGHT_WORDS = 2
#: Farthest a quotation may be from its reporting verb, in tokens: a subject with a role
#: and a full name, a frame (``في كلمة متلفزة``) and an indirect lead-in fit; further on the
#: verb governs something else.
MAX_GOVERN_TOKENS = 30
#: Tokens between a closing mark and a verb that follows it (``«...»، هكذا قال``).
MAX_AFTER_TOKENS = 3
#: Shortest reported clause in words; one word after ``أن`` is not a statement.
MIN_INDIRECT_WORDS = 2

_TRIM = ".،,؛;:!?؟"
#: Words between a closing mark and a following verb (``«...»، هكذا قال``).
_AFTER_FILLERS = frozenset({"هكذا", "كما", "بحسب", "حسبما", "وفق", "وفقا", "ما"})
#: A quotation followed by و and another quotation: a list of labels or names.
_LIST_RE = re.compile(r"\s*و\s?[\"«“„‹]")
#: A bare preposition written before a quotation mark (``بـ «...»``) makes a label.
_LABEL_PREFIXES = frozenset({"ب", "ل", "ك"})
#: ... unless it is ب and a reporting verb this many tokens before governs it: the verb's own
#: preposition (``وصفه بـ«...»``, ``اتهمت الجماعة بـ«...»``, ``توعد المتحدث العسكري باسم
#: الحوثيين يحيى سريع بـ«...»``: a verb, a subject of a role and a name, an object pronoun).
MAX_VERB_B_TOKENS = 10
#: Farthest a chant's or banner's noun stands before its quoted text (``شعارات تطالب بـ«``،
#: ``لافتات كتب عليها «``، ``شعارات من قبيل «``): banner texts and chants are no quotes.
MAX_SLOGAN_TOKENS = 4
#: Longest object (with its complements) read back from a verb's preposition to the verb:
#: ``لجنة الحكام في الاتحاد الدولي`` is 5, ``المؤسسة الوطنية للنفط وشركة البريقة لتسويق
#: النفط`` 7; longer, the preposition governs a noun of another clause.
MAX_OBJECT_WORDS = 8
_CLOSING_MARKS = frozenset("\"»”“›")
#: Farthest a characterising verb inside a reported clause stands before its ب and the
#: quotation (``ما وصفه بـ«``: the verb, ب, the mark).
MAX_LABEL_B_TOKENS = 3
#: The preposition ب as its own token (the tokenizer cuts ``بـ«`` into ``بـ`` and the mark),
#: bare or after و/ف.
_B_CLITICS = frozenset({"ب", "وب", "فب"})
#: Prepositions a verb of speech takes before the words it reports (``أعرب عن «قلق بالغ»``,
#: ``دعا إلى «...»``): right after the verb or its subject they introduce the quotation as
#: tightly as the verb itself.
_VERB_PREPOSITIONS = frozenset({"عن", "الي", "على", "علي", "من", "ب"})
#: Prepositions of the party spoken to after a verb of talking (تحدث إلى، تحدث مع).
_ADDRESSEE_PREPOSITIONS = frozenset({"الي", "مع"})
#: Verb kinds whose clause after أن is not reported speech.
_NO_INDIRECT = frozenset({"deny", "stance"})



class _Piece(Subjects):
    def quotes(self) -> list[Quote]:
        out: list[Quote] = []
        continuing, self.state.open_quote = self.state.open_quote, False
        for s in range(len(self.sent_tok)):
            hits = [h for h in self.hits if h.sent == s]
            for h in hits:
                self._attribute(h)
            speech: list[int] = []
            for n, p in enumerate(self.passages):
                if self.sent_of(p.open) == s:
                    q: Quote | None
                    if continuing and self.open_tok[n] == 0:
                        # A paragraph that opens with a quotation mark after one left open
                        # goes on with the same speaker's words.
                        last = self.state.last_speaker
                        q = Quote(self.span(p.start, p.end), True, last, None, last is not None)
                    else:
                        q = self._direct(n, p, hits)
                    if q is not None:
                        self.state.open_quote = not p.closed
                        out.append(q)
                        speech.append(p.open)
                        if q.speaker is not None:
                            self.state.last_speaker = q.speaker
            for h in hits:
                out.extend(self._indirect(h, speech))
        return out

    def _direct(self, n: int, p: Marked, hits: list[Hit]) -> Quote | None:
        toks, lex = self.toks, self.lex
        o, c = self.open_tok[n], self.close_tok[n]
        if o < 0 or c < 0:
            return None
        first, end = self.sent_tok[self.sent_of(p.open)]
        nwords = sum(1 for t in toks[o + 1:c] if t.kind != "punct")
        gov = next((h for h in reversed(hits)
                    if h.idx < o and not h.embedded and o - h.idx <= MAX_GOVERN_TOKENS), None)
        # the verb's own ب: وصفه بـ«...», اتهم ... بـ«...»; never a denial's
        verb_b = gov is not None and gov.form.kind != "deny" and self._b_before(o, first) \
            and (o - gov.idx <= MAX_VERB_B_TOKENS or self._reaches_verb(gov, o - 2)
                 or self._near(gov, o - 1))
        # ``إن بلاده «لن تقف مكتوفة الأيدي» أمام ما وصفه بـ«تسييس المحكمة»``: a verb of
        # characterising inside the reported clause has its own ب
        verb_b = verb_b or (gov is not None and self._b_before(o, first) and any(
            h.embedded and h.form.kind == "label" and 0 < o - h.idx <= MAX_LABEL_B_TOKENS
            for h in hits))
        if any(t.norm in lex.slogans for t in toks[max(first, o - MAX_SLOGAN_TOKENS):o]):
            return None  # مرددين شعارات تطالب بـ«...»، لافتات كتب عليها «...»: chant, banner
        prev = toks[o - 1] if o - 1 >= first else None
        colon = prev is not None and prev.text == ":"
        # Inside a reported clause (``مشيرة إلى أن العدد «أكبر بكثير»``) a two-word
        # quotation is the speaker's own words, as news attribution uses it.
        in_clause = any(x.comp is not None and x.comp < o < x.clause_end for x in hits)
        introduced = colon or verb_b or (gov is not None and prev is not None and (
            prev.norm in lex.complementizers or o - 1 in (gov.idx, gov.subject_end)
            or (prev.norm in _VERB_PREPOSITIONS and (self._reaches_verb(gov, o - 2)
                                                     or self._near(gov, o - 1)))))
        if not self._not_a_name(p, o, c, first, end, verb_b, in_clause and not introduced):
            return None
        if not introduced and shaped_like_name(toks, c, end, lex):
            return None  # «الفيلق الأفريقي» الروسي، «تفاهم القاهرة» الموقع
        speaker: Speaker | None = None
        carried = False
        verb: Span | None = None
        if gov is not None and prev is not None and prev.norm in _ADDRESSEE_PREPOSITIONS \
                and normalize_key(gov.form.lemma) in lex.to_addressee:
            return None  # تحدثت إلى «راديو دبنقا»: the outlet spoken to
        if gov is not None:
            # a quoted deadline in the verb's sentence is the speaker's words (fix38)
            tight = introduced or in_clause or time_adverbial(self.text[p.start:p.end])
            speaker, carried = gov.speaker, gov.carried
            verb = self.span(toks[gov.idx].start, toks[gov.idx].end)
        else:
            after = self._verb_after(c, end, hits)
            tight = colon
            if after is not None:
                speaker, carried = after.speaker, after.carried
                verb = self.span(toks[after.idx].start, toks[after.idx].end)
            elif colon and prev is not None:
                words = toks[first:o - 1]
                if not words or len(words) > MAX_HEADLINE_SPEAKER_WORDS or any(
                        t.kind == "punct" for t in words):
                    return None
                speaker = self._resolve(Phrase(words[0].start, words[-1].end))
            else:
                return None
        need = 1 if colon else MIN_TIGHT_WORDS if tight else MIN_LOOSE_WORDS
        if gov is not None and not tight and self._complement(gov, o):
            need = MIN_TIGHT_WORDS  # مطالبا بفتح تحقيق «مستقل وشفاف»: the demand's words
        if gov is not None and gov.form.kind in ("label", "stance"):
            need = max(need, MIN_TIGHT_WORDS)
        if nwords < need:
            return None
        return Quote(self.span(p.start, p.end), True, speaker, verb, carried)

    def _complement(self, gov: Hit, o: int) -> bool:
        """Whether a quotation at token ``o`` closes the complement of a verb of demanding,
        calling, pledging, condemning or accusing (``مطالبا بفتح تحقيق «مستقل وشفاف»``،
        ``متعهدا بزيادة ساعات التجهيز ... «خلال أيام»``، ``وطالبت الجامعة وزارة النقل
        بفتح مفاوضات «جدية وعاجلة»``): the gold codes such two-word quotations as the
        party's words. The words back to the verb must be its object and frame only, and
        the word before the quotation no definite noun: after
        one the quoted words label it (``انتقدت النقابة الطلب «العاجل المفاجئ»``)."""
        lex = self.lex
        if not (gov.form.kind == "stance"
                or normalize_key(gov.form.lemma) in lex.addressee_verbs):
            return False
        if self.toks[o - 1].norm.startswith("ال"):
            return False  # الطلب «العاجل المفاجئ»، الشاب «كثير الأسفار»: a label of the noun
        return self._reaches_verb(gov, o - 1)

    def _reaches_verb(self, gov: Hit, k: int) -> bool:
        """Whether the words before a verb's preposition, read back from token ``k``, are
        the verb's object and frame only, back to the verb or its subject: ``دعت بعثة
        الأمم المتحدة، في منشور على منصة «إكس»، جميع الأطراف إلى «ضبط النفس»``، ``وأعرب
        المكتب، في تصريح لمتحدثه في جنيف، عن «قلق بالغ»``. An aside between commas is
        stepped over whole; a verb, a complementizer or a sentence mark on the way means the
        preposition belongs to another clause."""
        toks, lex = self.toks, self.lex
        ends = {gov.idx} if gov.subject_end is None else {gov.idx, gov.subject_end}
        words = 0
        while k > gov.idx:
            if k in ends:
                return True
            t = toks[k]
            if t.text in COMMAS:  # an aside: back to the comma that opens it
                k -= 1
                while k > gov.idx and toks[k].text not in COMMAS and k not in ends:
                    k -= 1
                if k in ends:
                    return True
                k -= 1
                continue
            if k in self.inside or toks[k].text in _CLOSING_MARKS:
                k -= 1  # a name in guillemets inside the frame (منصة «إكس»)
                continue
            if (t.kind != "word" or t.norm in lex.complementizers
                    or lex.verb(t.norm) is not None or words >= MAX_OBJECT_WORDS):
                return False
            words += 1
            k -= 1
        return k in ends

    def _near(self, gov: Hit, prep: int) -> bool:
        """Whether the preposition at ``prep`` is the verb's own across a comma insert and a
        short object (:func:`rasd.quotes.inserts.near_object`, fix38)."""
        anchor = gov.subject_end if gov.subject_end is not None else gov.idx
        return prep > anchor and near_object(self.toks, max(anchor, gov.idx), prep)

    def _b_before(self, o: int, first: int) -> bool:
        """Whether the quotation is the object of a verb's ب: the preposition itself, glued
        to the mark or written apart (``بـ«``, ``ب«``, ``بـ «``, ``وبـ«``), or on the verbal
        noun of an act the verb governs (``اتهمه بارتكاب «جريمة حرب»``). A word that merely
        ends in ب (``الطلب «``, ``حزب «``) is neither: the tokens, not the characters before
        the mark, are read."""
        if o - 1 < first:
            return False
        prev = self.toks[o - 1]
        return prev.kind == "word" and (prev.norm in _B_CLITICS
                                        or self.lex.is_governed_noun(prev.norm))

    def _not_a_name(self, p: Marked, o: int, c: int, first: int, end: int,
                    verb_b: bool = False, in_clause: bool = False) -> bool:
        """False for a quoted name or label (``قناة "الحرة"``, ``بـ«...»``, ``«حزب الله» أنه``);
        ``verb_b``: the ب before the mark is a reporting verb's own (``وصفه بـ«...»``);
        ``in_clause``: the quotation stands inside a reported clause, where و glued to the
        mark joins a second statement of the same words (``إن وحداتها «تعرضت لهجوم» ...
        و«ردت عليه بقوة»``) and the entity tagger's MISC reading of a quoted phrase is no
        evidence of a name (it tags quoted phrases as such: ``خاضوا «حرب أسعار» شرسة``)."""
        toks, lex = self.toks, self.lex
        glued = p.open > 0 and (self.text[p.open - 1].isalpha() or self.text[p.open - 1] == "ـ")
        # (not a list's second item: ``قصف "مخازن أسلحة" و"مراكز قيادة"``)
        joined = in_clause and glued and self.text[p.open - 1] == "و" and (
            p.open < 2 or self.text[p.open - 2].isspace()) and \
            self.text[:p.open - 1].rstrip()[-1:] not in _CLOSING_MARKS
        if glued and not verb_b and not joined:
            return False  # a clitic glued to the mark: بـ«خلية ...», و«...»
        if o - 1 >= first:
            prev = toks[o - 1]
            if prev.text == ":" and o - 2 >= first:
                prev = toks[o - 2]  # عنوان: «...»، شعار: «...»
            if prev.kind == "word" and (lex.is_naming_noun(prev.norm) or prev.norm in
                                        lex.naming_verbs or (prev.norm in _LABEL_PREFIXES
                                                             and not verb_b)):
                return False
        if c + 1 < end and toks[c + 1].norm in lex.complementizers:
            return False  # the quoted words are the verb's subject: أعلن «...» أنه
        if after_member(toks, o, first):
            return False  # قوى في «الإطار التنسيقي»: the body its members belong to (fix40)
        if named_by_adjective(toks, c, end):
            return False  # وعناصر «الفيلق الأفريقي» الروسي: a name its adjective describes
        if any(h.subject is not None and h.subject[0] <= p.start and p.end <= h.subject[1]
               for h in self.hits):
            return False  # a quoted name inside a speaker phrase: جماعة "جيش العدل"
        if _LIST_RE.match(self.text, p.close):
            return False  # a list of labels: استهدف "بنى تحتية" و"مواقع إطلاق"
        # a quoted deadline (اتفقا على عقد الاجتماع «قبل نهاية السنة») is words, not a title,
        # whatever the entity stage read in it (fix38)
        return not self.index.is_name(self.off + p.start, self.off + p.end,
                                      skip_misc=in_clause) \
            or time_adverbial(self.text[p.start:p.end])

    def _verb_after(self, c: int, end: int, hits: list[Hit]) -> Hit | None:
        by_idx = {h.idx: h for h in hits}
        k = c + 1
        while k < end and k - c <= MAX_AFTER_TOKENS + 1:
            if k in by_idx:
                return by_idx[k]
            t = self.toks[k]
            if not (t.text in COMMAS or t.norm in _AFTER_FILLERS):
                return None
            k += 1
        return None

    def _indirect(self, h: Hit, speech: list[int]) -> list[Quote]:
        """The reported statements after the verb's ``إن``/``أن``: one per clause, as the
        gold README codes them (``قال إن القذيفة سقطت ...، وإن قذيفة ثانية سقطت`` is two
        quotes: a second reported clause with its own إن is a quote of its own). A clause
        whose words a direct quotation carries (``إن عدد المضربين «لا يتجاوز سبعة»``) is
        coded as that quotation only."""
        if h.comp is None or h.comp + 1 >= h.clause_end or h.form.kind in _NO_INDIRECT:
            return []
        toks = self.toks
        if h.form.kind == "label" and toks[h.comp + 1].text in OPENERS:
            return []  # وصفه بأنه «قرصنة»: the quotation is the label, judged as one
        cuts = [h.comp, *self._second_statements(h)]
        out: list[Quote] = []
        for n, cut in enumerate(cuts):
            first, last = cut + 1, (cuts[n + 1] - 1 if n + 1 < len(cuts) else h.clause_end)
            if first >= last or (toks[first].text in OPENERS and n > 0):
                continue  # ``وإن «...»``: the quotation is the statement
            start, end = toks[first].start, toks[last - 1].end
            if any(start <= pos < end for pos in speech):
                continue  # carried by a direct quotation inside it
            while end > start and (self.text[end - 1] in _TRIM or self.text[end - 1].isspace()):
                end -= 1  # any whitespace: a form feed or line separator too, not only " \n\t"
            if len(self.text[start:end].split()) < MIN_INDIRECT_WORDS:
                continue
            out.append(Quote(self.span(start, end), False, h.speaker,
                             self.span(toks[h.idx].start, toks[h.idx].end), h.carried))
        return out

    def _second_statements(self, h: Hit) -> list[int]:
        """The tokens of ``وإن``/``وأن`` that open a further reported clause of the verb
        after a comma or a closing quotation mark (``، وإن الطرفين اتفقا``، ``«تقدما
        ملموسا» وإن``), outside any quotation, and not the verbal ``أنْ`` (``وأن يتم``).
        After a plain word (``أكد أن الوفدين بحثا ... وأن``) it may be a clause inside the
        first one, which is left whole."""
        toks, out = self.toks, []
        assert h.comp is not None
        for k in range(h.comp + 2, h.clause_end - 1):
            norm = toks[k].norm
            if (norm[:1] == "و" and norm[1:] in self.lex.complementizers
                    and (toks[k - 1].text in COMMAS or toks[k - 1].text in _CLOSING_MARKS)
                    and k not in self.inside
                    and not _verbal_an(toks, k, h.clause_end)):
                out.append(k)
        return out


def _verbal_an(toks: list[Tok], k: int, end: int) -> bool:
    """``وأنْ`` before an imperfect verb or ``لا`` (what should happen, not what was said)."""
    if strip_tashkeel(toks[k].text) != "وأن" or k + 1 >= end:
        return False
    nxt = toks[k + 1].norm
    return nxt == "لا" or (nxt.startswith("ي") and nxt not in ("يوم", "يد"))


_WORD_PUNCT = "\"'«»“”„‹›:،,.؛;!?؟()[]-"


def _may_quote(text: str, lex: QuoteLexicon) -> bool:
    """Whether a piece has a quotation mark or a reporting verb at all: tokenising is most of
    the stage's cost, and most paragraphs report nobody's words."""
    if any(mark in text for mark in OPENERS):
        return True
    # normalize_piece(...).text splits into the same words as normalize_key (one rewrites
    # with str.replace what the other translates) and the text layer has normalised the
    # piece already; a whole paragraph is no key for normalize_key's word cache.
    # stripped and probed in C (map over str.strip, dict-keys isdisjoint stops at a hit)
    words = normalize_piece(text).text.split()
    return not lex.verbs.keys().isdisjoint(map(str.strip, words, repeat(_WORD_PUNCT)))


def quotes_in_piece(doc_text: str, piece: Span, index: EntityIndex, lex: QuoteLexicon,
                    state: State) -> list[Quote]:
    """The quotes in ``piece`` (a span of ``doc_text``), updating the running ``state``."""
    if not _may_quote(piece.text, lex):
        return []
    return _Piece(doc_text, piece, index, lex, state).quotes()

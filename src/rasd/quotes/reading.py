"""A piece of text read for quotes: its tokens, sentences, quoted passages and reporting
verbs, with each verb's ``إن``/``أن`` frame and the extent of the clause it reports."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter

from rasd.model import Span, Speaker
from rasd.quotes.lexicon import QuoteLexicon, VerbForm
from rasd.quotes.marks import Tok, light_tokens, quoted_passages
from rasd.quotes.name_cues import after_noun_preposition
from rasd.quotes.speakers import EntityIndex, quoted_name
from rasd.text.normalize import normalize_key, strip_tashkeel
from rasd.text.sentences import split_sentences

#: Farthest ``إن``/``أن`` may be from its verb, in tokens (subject + ``في بيان`` + time).
#: Further on, up to MAX_LONG_FRAME_TOKENS, only after a comma that closes the frame: Gulf
#: agencies give a speaker's full titles and the occasion between commas (``قال الدكتور
#: ماجد بن محمد الأنصاري، مستشار رئيس مجلس الوزراء المتحدث الرسمي باسم وزارة الخارجية، إن``
#: is 17), while a far أن after a plain word is a clause of its own (``، على أن تعود``).
MAX_LONG_FRAME_TOKENS = 24
MAX_FRAME_TOKENS = 14

OPENERS = frozenset("\"«“„‹")
ENDERS = frozenset(".!?؟;؛")
COMMAS = frozenset({"،", ","})
#: Common nouns that begin with ي (not imperfect verbs) after ``أن``.
_Y_NOUNS = frozenset({"يوم", "يد", "يدي", "يمين", "يسار", "يهود", "يوميا"})


@dataclass(slots=True)
class Hit:
    """A reporting verb in the piece and what the stage worked out about it."""

    idx: int
    form: VerbForm
    sent: int
    comp: int | None = None
    clause_end: int = 0
    embedded: bool = False
    subject_end: int | None = None
    subject: tuple[int, int] | None = None
    speaker: Speaker | None = None
    carried: bool = False


@dataclass(slots=True)
class State:
    """What carries from one piece to the next: the last speaker."""

    last_speaker: Speaker | None = None
    #: The last piece ended inside a quotation (``وقال: «...`` with no closing mark).
    open_quote: bool = False


#: Number words a counted noun follows (``عشرة متهمين``); digits are recognised as such.
_NUMBER_WORDS = frozenset({"ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره",
                           "عشرات", "مئات", "عدد", "بعض", "الاف"})


def _counted(tok: Tok) -> bool:
    """Whether ``tok`` counts the noun after it (a numeral or a quantity word)."""
    return tok.text.isdigit() or tok.norm in _NUMBER_WORDS


def _subjunctive(toks: list[Tok], k: int, end: int) -> bool:
    """``أن`` before an imperfect verb or ``لا`` is the verbal ``أنْ`` (``طالب أن يُفرج``):
    what should happen, not what was said. Only ``ي``-initial words are taken for verbs;
    ``ت`` opens too many nouns (``تقرير``) to tell."""
    if strip_tashkeel(toks[k].text) != "أن" or k + 1 >= end:
        return False
    nxt = toks[k + 1].norm
    return nxt == "لا" or (nxt.startswith("ي") and nxt not in _Y_NOUNS)


_NORM = itemgetter(3)  # Tok.norm
#: Negations before a verb in a relative clause (``التي لم تعترف``).
_NEGATIONS = frozenset({"لم", "لا", "لن", "ما"})
#: Longest quoted name stepped over between a verb and its ``إن``/``أن`` (``وقال شيوخ
#: العشائر لـ«هيران أونلاين» إن``، ``في بيان تلقت «عدن الغد» نسخة منه إن``): an outlet's or a
#: group's name; longer is the speech itself.
MAX_FRAME_NAME_WORDS = 5
#: Prepositions of a verb of speech before the words it reports (بـ«...»، إلى «...»).
_SPEECH_PREPOSITIONS = frozenset({"ب", "وب", "فب", "الي", "عن", "على", "علي", "من"})


class PieceReading:
    """The piece's tokens, sentences, passages and reporting verbs (offsets in the piece)."""

    def __init__(self, doc_text: str, piece: Span, index: EntityIndex, lex: QuoteLexicon,
                 state: State) -> None:
        self.doc_text, self.off, self.text = doc_text, piece.start, piece.text
        self.index, self.lex, self.state = index, lex, state
        self.toks: list[Tok] = light_tokens(self.text)
        self.starts = starts = [t.start for t in self.toks]
        sents = split_sentences(self.text) or [Span(0, len(self.text), self.text)]
        self.sent_starts = [s.start for s in sents]
        self.sent_tok = [(bisect_right(starts, s.start - 1), bisect_right(starts, s.end - 1))
                         for s in sents]
        self.passages = quoted_passages(self.text)
        # token index by start, for the passages' marks (most pieces have none)
        tok_at = {t.start: i for i, t in enumerate(self.toks)} if self.passages else {}
        self.open_tok = [tok_at.get(p.open, -1) for p in self.passages]
        self.close_tok = [tok_at.get(p.close - 1, -1) if p.closed else len(self.toks)
                          for p in self.passages]
        self.inside = {i for o, c in zip(self.open_tok, self.close_tok, strict=True)
                       for i in range(o + 1, c)}
        self.hits: list[Hit] = []
        verbs, inside = lex.verbs, self.inside  # lex.verb's table, read for every token
        # the verbs' positions picked in C (compress over map): few tokens are verbs
        for i in compress(range(len(self.toks)), map(verbs.__contains__, map(_NORM, self.toks))):
            t = self.toks[i]
            if t.kind == "word" and i not in inside:
                form = verbs[t.norm]
                if form.kind == "stance" and form.participle and i and _counted(self.toks[i - 1]):
                    continue  # 12 متهما: the accused, counted, not someone accusing
                if self._no_speaker(i) or self._not_a_verb(i) or (
                        i and after_noun_preposition(self.toks[i - 1])):
                    continue  # بعد إدانته بـ«…»: a conviction, the verbal noun (fix38)
                self.hits.append(Hit(i, form, self.sent_of(t.start)))
        self._frames()

    def _no_speaker(self, i: int) -> bool:
        """A verb form that reports nobody: the writer's ``يذكر أن`` (right before أن),
        ``كتب عليها`` (words written on a banner) and documentary sources (``تشير المصادر
        التاريخية إلى أن``)."""
        nxt = self.toks[i + 1].norm if i + 1 < len(self.toks) else ""
        norm, lex = self.toks[i].norm, self.lex
        if norm in lex.impersonal and nxt in lex.complementizers:
            return True
        if nxt in lex.inscribed and normalize_key(lex.verbs[norm].lemma) in lex.writing_verbs:
            return True
        return self._documentary_subject(i + 1)

    def _not_a_verb(self, i: int) -> bool:
        """A verb form that is no verb of speech here: the verbal noun after a word that
        takes a noun (``بعد إدانته بـ«...»``: "after his conviction"; a finite verb would need
        أن), a negated verb of a relative clause (``الدول التي لم تعترف بعد``: what the
        object did not do) and a chant or banner that "demands" (``مرددين شعارات تطالب
        بـ«...»``، ``هتافات تندد``: banner texts and chants are no quotes, as the gold
        README settles)."""
        if i == 0:
            return False
        toks, lex = self.toks, self.lex
        prev = toks[i - 1].norm
        if prev in lex.noun_governors or prev in lex.slogans:
            return True
        return (prev in _NEGATIONS and i >= 2 and toks[i - 2].norm in lex.relatives)

    def _documentary_subject(self, k: int) -> bool:
        """Whether the subject opening at token ``k`` is a documentary source: its head
        (after بعض) a documentary noun, or sources with a documentary qualifier after them.
        ``معتبرا أن الأرشيفات``: after أن the noun is what is reported, not the subject."""
        toks, lex = self.toks, self.lex
        if k < len(toks) and toks[k].norm == "بعض":
            k += 1
        if k >= len(toks) or toks[k].kind != "word":
            return False
        return toks[k].norm in lex.documentary or (
            toks[k].norm in lex.source_nouns and k + 1 < len(toks)
            and toks[k + 1].norm in lex.documentary_qualifiers)

    def sent_of(self, pos: int) -> int:
        return max(0, bisect_right(self.sent_starts, pos) - 1)

    def span(self, start: int, end: int) -> Span:
        return Span.of(self.doc_text, self.off + start, self.off + end)

    def _frames(self) -> None:
        """Each verb's ``إن``/``أن`` and the extent of its reported clause."""
        toks, lex = self.toks, self.lex
        openers = set(self.open_tok)
        for h in self.hits:
            end = self.sent_tok[h.sent][1]
            k = h.idx + 1
            skipped = 0
            named = quoted_name(toks, k, end, lex)
            if named is not None:  # وقالت "غرفة الطوارئ"، وهي ...، إن: step over the name
                skipped = named + 1 - k
                k = named + 1
            while k < end and k - h.idx - skipped <= MAX_LONG_FRAME_TOKENS:
                t = toks[k]
                abbreviation = t.text == "." and len(toks[k - 1].text) == 1  # د. فلان
                if k in openers and k > h.idx + 1:
                    close = self._frame_name(k)
                    if close is not None:  # لـ«الأخبار»: the outlet told, not the speech
                        skipped += close + 1 - k
                        k = close + 1
                        continue
                if (k in openers or (t.text in ENDERS and not abbreviation)
                        or lex.verb(t.norm) is not None):
                    break
                if t.norm in lex.complementizers:
                    if (toks[k - 1].norm not in lex.blocks_complementizer
                            and not _subjunctive(toks, k, end)
                            and (k - h.idx - skipped <= MAX_FRAME_TOKENS
                                 or toks[k - 1].text in COMMAS)):
                        h.comp = k
                    break
                k += 1
            h.clause_end = end
        for h in self.hits:
            if h.comp is None:
                continue
            for later in self.hits:
                if later.idx > h.comp and later.idx < h.clause_end:
                    if later.form.participle and toks[later.idx - 1].text in COMMAS:
                        h.clause_end = later.idx - 1  # ``، مضيفا أن`` starts a new statement
                        break
                    opener = self._opener_before(later.idx)
                    if opener is not None:
                        # ``في حين قالت الحكومة إن``، ``فيما قالت الدعم السريع إنها``: a
                        # contrasted party's own statement, not part of the first one
                        h.clause_end = opener
                        break
                    later.embedded = True

    def _frame_name(self, k: int) -> int | None:
        """The closing token of a short quotation opening at token ``k`` inside a verb's
        frame, after a word that is not a colon (an outlet or group named between the verb
        and its ``إن``/``أن``), or None."""
        if self.toks[k - 1].text == ":" or self.toks[k - 1].norm in _SPEECH_PREPOSITIONS:
            return None  # قال: «...»، وصفها بـ«...»: the words reported, not a name
        n = self.open_tok.index(k)
        close = self.close_tok[n]
        if not self.passages[n].closed or close <= k:
            return None
        words = sum(1 for t in self.toks[k + 1:close] if t.kind == "word")
        return close if words <= MAX_FRAME_NAME_WORDS else None

    def _opener_before(self, i: int) -> int | None:
        """The first token of a clause opener right before the verb at ``i`` (``فيما``،
        ``بينما``، ``في حين``، ``لكنه``), or None."""
        toks = self.toks
        if i < 1 or toks[i - 1].norm not in self.lex.clause_openers:
            return None
        if toks[i - 1].norm == "حين":  # only ``في حين`` ("whereas"), never a bare حين ("when")
            return i - 2 if i >= 2 and toks[i - 2].norm == "في" else None
        return i - 1

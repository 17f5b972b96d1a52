"""Opinion columns told in the first person plural: a page whose own voice says "we".

News reports speak of parties in the third person; the first person plural of the page's own
voice (outside quotation marks) is a column's, a sermon's or a reader's letter's: نحن نحاصر
أنفسنا بالأعذار، علينا أن نعلن النفير العام، آن الأوان لإعلان التعبئة العامة، أن نخوض معركة
الوعي في مدارسنا. Their war, siege, surrender and mobilisation words are figures of speech.
Such a page is treated like a column with a link line to the writer's other columns
(:data:`rasd.events.gates.OPINION_PAGE`): in a sentence that names no dated time only
unambiguous triggers make events.

The markers are whole words that are first person plural and nothing else (a pronoun, an
obligation, a possessive on a noun of the community); an imperfect verb in ن is not one, since
ن also opens nouns (نظام، نقل) and third-person passives cannot be told from it without
vowels. Quotations are removed first: an official's quoted «نحن ندعو …» is a report's.
"""

from __future__ import annotations

import re

#: Whole words (after an optional و/ف) that are the first person plural of the writer's own
#: voice. Chosen from the dev passages' op-eds and sermons and the real-news audit's columns;
#: words a report uses of a speaker (لنا، بيننا، هنا) are left out.
FIRST_PLURAL_WORDS = (
    "نحن", "علينا", "إننا", "أننا", "لأننا", "فإننا", "أنفسنا", "نفوسنا", "مجتمعنا",
    "مجتمعاتنا", "بلادنا", "بلدنا", "وطننا", "أمتنا", "شعبنا", "أبنائنا", "أبناءنا", "أبناؤنا",
    "شبابنا", "أطفالنا", "أجيالنا", "مدارسنا", "جامعاتنا", "بيوتنا", "حياتنا", "ديننا",
    "عقولنا", "واقعنا", "تاريخنا", "ثقافتنا", "لغتنا", "لدينا")
#: Phrases of a column's exhortation: "the time has come" (آن الأوان لإعلان التعبئة العامة).
EXHORTATIONS = ("آن الأوان", "آن الآوان")
#: Markers a page needs outside quotations: on the dev passages every page with two or more
#: is an op-ed or a sermon without a political event, while news reports have at most one
#: (a quoted official's "we" left outside guillemets).
COLUMN_MARKERS = 2
#: Reporting frames (a speech verb, an interview's question mark ●, a colon opening a
#: statement) a column has at most: a report or an interview that lets an official say "we"
#: without guillemets (فنحن في قيادة الأمن …) has many. Measured on the audit's dev articles
#: (filter off): at most 1 kept 3 more false events, at most 3 lost one true event more
#: than at most 1 (snn-01866's talks) and dropped 12 more false ones.
COLUMN_FRAMES = 3
#: What a trigger weighs at least to make an event in an undated sentence of such a column:
#: above the link-line columns' :data:`rasd.events.gates.OPINION_WEIGHT` (0.8), since the
#: dev op-eds' surrender, mobilisation and siege figures weigh 0.8 to 0.85; at 0.8 the audit's
#: dev articles kept 16 more false events and no more true one, above 1.0 (only the surest
#: triggers) they lost 6 more true events for 3 false ones (both with at most 1 frame).
COLUMN_WEIGHT = 0.9
_FRAME = re.compile(r"(?<!\w)[وف]?(?:قال|قالت|أكد|أكدت|أوضح|أوضحت|أضاف|أضافت|أشار|أشارت|صرح|"
                    r"صرحت|ذكر|ذكرت|أفاد|أفادت|مؤكدا|مضيفا|موضحا|مشيرا)(?!\w)|●|:")

_WORD = re.compile(r"(?<!\w)[وف]?(?:" + "|".join(FIRST_PLURAL_WORDS) + r")(?!\w)")
_PHRASE = re.compile("|".join(EXHORTATIONS))
#: Quotations in guillemets or straight or curly double quotes: the quoted party's voice.
_QUOTED = re.compile(r"«[^»]*»|\"[^\"\n]*\"|“[^”]*”")


def first_plural_markers(text: str) -> int:
    """How many first-person-plural markers the page's own voice (outside quotations) uses."""
    own = _QUOTED.sub(" ", text)
    return len(_WORD.findall(own)) + len(_PHRASE.findall(own))


def reporting_frames(text: str) -> int:
    """How many reporting frames (speech verbs, interview marks, colons) the page's own
    voice uses."""
    return len(_FRAME.findall(_QUOTED.sub(" ", text)))


def first_plural_column(text: str) -> bool:
    """Whether the page speaks as "we" (:data:`COLUMN_MARKERS` markers or more): a column,
    a sermon or a reader's letter, not a report."""
    return first_plural_markers(text) >= COLUMN_MARKERS \
        and reporting_frames(text) <= COLUMN_FRAMES

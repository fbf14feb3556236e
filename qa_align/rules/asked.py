"""What a unit's closed questions ask with, and whether an answer sentence speaks of it: the
content words that ``yes_no_unanswered`` and ``generic`` (``rules.answers``) and the "Zo ja,
hoeveel" of ``figures_missing`` (``rules.core``) compare."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import coverage
from .. import text as text_layer
from ..analyze import Cue
from ..lexicon import load_lexicon
from . import PairContext


def asked_words(ctx: PairContext, whole: bool = False, closed: Cue | None = None) -> set[str]:
    """The content words of what the unit's closed questions ask: from the word that opens each
    closed clause on ("whether he has estimated the lifetime public cost ...", not "To ask the
    Secretary of State for Health"), the first ``Settings.yes_no_asked_words`` of them (all of
    them when ``whole``); all the words of a closed question sentence without such a word (a
    Dutch one, whose verb stands last: "Vindt u het, in het licht van ..., aanvaardbaar dat 67 ...
    geestelijken ...?"). With ``closed``, the words of that one closed question alone (what
    ``rules.answers`` reads to tell whether each closed question of a unit is settled)."""
    name = "asked_words_whole" if whole else "asked_words"  # read once per unit, shared by the rules
    key = ctx.pair.question.n if closed is None else (ctx.pair.question.n, closed.start)
    questions = ctx.question.closed if closed is None else (closed,)
    return ctx.doc.reading(name, key, lambda: _read_asked_words(ctx, whole, questions))


def _read_asked_words(ctx: PairContext, whole: bool, questions: tuple[Cue, ...]) -> set[str]:
    limit = None if whole else ctx.doc.settings.yes_no_asked_words
    stem = ctx.doc.settings.stem_letters
    leads = {w.lower() for w in ctx.doc.lexicon.closed_clauses}
    status = {w.lower() for w in ctx.doc.lexicon.phrases("question", "status_asks")}
    out: set[str] = set()
    for c in questions:
        text = c.text
        m = re.search(rf"\b(?:{'|'.join(map(re.escape, leads))})\b", text.lower()) if leads else None
        seen: dict[str, str] = {}
        for k, w in enumerate(re.findall(r"[^\W\d_]{3,}", text[m.start() :] if m else text)):
            if k == 0 and w.lower() in _opener_words(ctx):
                continue  # the word that makes it closed ("whether", "Hebt u ...", "Zouden ...") asks nothing
            if w.lower() in status:
                continue  # nor does "reeds" of "Zijn de hervormingsvoorstellen er reeds?" (``_asks_status``)
            word = next(iter(said_words(w, ctx)), None)
            if word:
                seen.setdefault(word[:stem], word)
        words = list(seen.values())
        out.update(words[:limit] if m else words)
    return out


def said_words(text: str, ctx: PairContext) -> set[str]:
    """The content words of ``text`` (``coverage.content_words``), whole and in lower case."""
    return coverage.content_words(text, ctx.doc.language, ctx.doc.settings.lexicon_dir, letters=64)


def _opener_words(ctx: PairContext) -> frozenset[str]:
    """The first words of the lexicon's ``closed_question_starts`` and ``closed_clauses``
    ("whether", "hebt", "zult" of "zult u", "zouden"): the word that opens a closed question or
    clause, no part of what it asks about."""
    return _openers(ctx.doc.language, ctx.doc.settings.lexicon_dir)


@lru_cache(maxsize=16)
def _openers(language: str, lexicon_dir: str | None) -> frozenset[str]:
    """``_opener_words`` of a language's lexicon, made once (the rules ask it word by word)."""
    lexicon = load_lexicon(language, lexicon_dir)
    starts = (*lexicon.cue_list("closed_question_starts"), *lexicon.closed_clauses)
    return frozenset(text_layer.words(p)[0] for p in starts if text_layer.words(p))


def matched(said: set[str], asked: set[str], ctx: PairContext) -> set[str]:
    """The words of ``asked`` that ``said`` holds (``coverage.shared_words``, with
    ``Settings.stem_letters`` and the lexicon's ``[words] compounding``)."""
    return coverage.shared_words(said, asked, ctx.doc.settings.stem_letters, ctx.doc.lexicon.compounding)

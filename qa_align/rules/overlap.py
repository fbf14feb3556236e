"""Text repeated between answer segments: runs of identical words, found with difflib."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from ..settings import Settings
from ..text import WORD
from ..types import AnswerSegment

_TOKEN = WORD  # the text layer's words


@dataclass(frozen=True)
class SharedText:
    """Segments ``a`` and ``b`` share ``words`` words in runs; ``spans_a``/``spans_b`` are
    the runs' offsets into each segment's cleaned text, ``words_a``/``words_b`` the offsets
    of each shared word (what ``recycled_text`` weighs sentence by sentence)."""

    a: AnswerSegment
    b: AnswerSegment
    words: int
    share_a: float
    share_b: float
    spans_a: tuple[tuple[int, int], ...]
    spans_b: tuple[tuple[int, int], ...]
    words_a: tuple[tuple[int, int], ...]
    words_b: tuple[tuple[int, int], ...]


def _runs(blocks: list[tuple[int, int]], spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Character spans of word runs, runs that touch (one word apart) joined."""
    out: list[list[int]] = []
    for i, size in sorted(blocks):
        s, e = spans[i][0], spans[i + size - 1][1]
        if out and i <= out[-1][2] + 2:
            out[-1][1], out[-1][2] = e, i + size
        else:
            out.append([s, e, i + size])
    return tuple((s, e) for s, e, _ in out)


def _words(blocks: list[tuple[int, int]], spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    return tuple(spans[k] for i, size in sorted(blocks) for k in range(i, i + size))


def _runs_of(words: list[str], size: int) -> set[tuple[str, ...]]:
    """The runs of ``size`` words in ``words``."""
    return set(zip(*(words[k:] for k in range(size))))


def shared_text(segments: list[AnswerSegment], settings: Settings) -> list[SharedText]:
    """Pairs of segments that share runs of ``recycled_min_block_words`` identical words or
    more (whether that is substantial is ``recycled_text``'s to weigh). Two segments without
    such a run in common are not compared further (most pairs: difflib's matching is the cost)."""
    if len(segments) < 2:
        return []
    least = settings.recycled_min_block_words
    words = [[w.lower() for w in _TOKEN.findall(s.text)] for s in segments]
    runs = [_runs_of(w, least) for w in words] if least > 0 else None
    spans: dict[int, list[tuple[int, int]]] = {}  # the words' offsets, of the segments compared

    def offsets(k: int) -> list[tuple[int, int]]:
        if k not in spans:
            spans[k] = [m.span() for m in _TOKEN.finditer(segments[k].text)]
        return spans[k]

    found = []
    for i in range(len(segments)):
        for j in range(i + 1, len(segments)):
            wa, wb = words[i], words[j]
            if not wa or not wb or (runs is not None and runs[i].isdisjoint(runs[j])):
                continue
            matcher = SequenceMatcher(None, wa, wb, autojunk=False)
            blocks = [b for b in matcher.get_matching_blocks() if b.size >= least]
            total = sum(b.size for b in blocks)
            if not total:
                continue
            sa, sb = offsets(i), offsets(j)
            found.append(
                SharedText(
                    a=segments[i],
                    b=segments[j],
                    words=total,
                    share_a=total / len(wa),
                    share_b=total / len(wb),
                    spans_a=_runs([(b.a, b.size) for b in blocks], sa),
                    spans_b=_runs([(b.b, b.size) for b in blocks], sb),
                    words_a=_words([(b.a, b.size) for b in blocks], sa),
                    words_b=_words([(b.b, b.size) for b in blocks], sb),
                )
            )
    return found

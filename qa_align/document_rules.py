"""The per-document stage: one document -> its pairs with the flags of the document-level
rules, plus the compact keys the batch-wide steps need.

``map_document`` is a pure function over plain inputs (a ``Document``, ``Settings`` and the
rules): the pipeline maps it over worker processes, and a distributed engine (Dask's
``map_partitions``, Ray's ``map_batches``) can map the very same function. ``compact`` and
``expand`` carry its result between processes without sending the document back; ``Packed``
pickles a document once, for the worker and for the batch stages, which hold each document's
result as ``Held``: bytes, a few times smaller than the objects.
"""

from __future__ import annotations

import pickle
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .align import align
from .errors import ReadError
from .readers import problem_from
from .rules import DocContext, Rule, get_rules
from .settings import Settings
from .types import Document, Flag, Pair, Problem, ScoredPair

if TYPE_CHECKING:
    from .similarity import PairText

CHUNK = 64  # documents mapped at once (``map_chunk``): what the pipeline sends a worker at once


@dataclass(frozen=True)
class PairFlags:
    """A pair with its flags, by rule: ``by_rule[i]`` holds what ``rules[i]`` raised;
    ``share``: its ``scoring.attributed_share`` when found here (None: found when scored);
    ``counts``: its ``scoring.unit_counts`` likewise; ``cues``: its ``scoring.cue_counts``
    likewise; ``unmet``: its ``scoring.assessment_unmet`` likewise."""

    pair: Pair
    by_rule: tuple[tuple[Flag, ...], ...]
    share: float | None = None
    counts: tuple[int, int, int, int] | None = None
    cues: tuple[int, ...] | None = None
    unmet: float | None = None


@dataclass(frozen=True)
class DocumentScore:
    """One document's result of the per-document stage. ``rules``: the names of the rules
    run on it (the document and batch stages, in flag order); ``keys``: each batch rule's
    compact keys of the document, by rule name."""

    document: Document
    rules: tuple[str, ...]
    pairs: tuple[PairFlags, ...]
    keys: dict[str, Any]

    def scored(self) -> list[ScoredPair]:
        """The pairs with their flags, in rule order."""
        return [
            ScoredPair(
                self.document,
                p.pair,
                sum(p.by_rule, ()),
                attributed_share=p.share,
                unit_counts=p.counts,
                cue_counts=p.cues,
                assessment_unmet=p.unmet,
            )
            for p in self.pairs
        ]


def early_rules(rules: Sequence[Rule]) -> list[Rule]:
    """The rules run on one document at a time: those of stages ``document`` and ``batch``."""
    return [r for r in rules if not r.late]


def map_document(
    document: Document, settings: Settings | None = None, rules: Sequence[Rule] | None = None
) -> DocumentScore | Problem:
    """Align the document and run the document-level rules (and the per-document part of the
    batch rules) on every pair; a document that cannot be aligned is a ``Problem``. Unless
    the settings score no model, each pair's ``attributed_share`` is found here too, from the
    rules' attribution of its segments (``scoring.document_shares``), the content words of its
    own sentences counted (``scoring.document_unit_counts``) and the cue classifier's reading of
    them, which the rules made, counted (``scoring.document_cue_counts``), and whether the unit asks
    an assessment they never speak of (``scoring.document_assessment_unmet``)."""
    settings = settings or Settings()
    run = early_rules(get_rules(settings.rules) if rules is None else rules)
    try:
        pairs = align(document, settings)
    except ReadError as exc:
        return problem_from(exc, doc_id=document.doc_id, source=document.source)
    return _map_aligned(document, pairs, settings, run)


def map_chunk(
    documents: Sequence[Document], settings: Settings | None = None, rules: Sequence[Rule] | None = None
) -> list[DocumentScore | Problem]:
    """``map_document`` of each of ``documents`` (a chunk: what a worker is sent at once), the same
    results, with the work that is cheaper over many texts at once done first for the whole chunk
    (speed50): the documents aligned, then the cue classifier run over the sentences of every answer
    segment of their pairs by language (``analyze.prime_answers``: one sparse product, not one a
    segment) and the question-reading model's bounds over their units' sentences (speed51,
    ``analyze.prime_questions``), then each document's rules, which find those kept."""
    return list(iter_chunk(documents, settings, rules))


def iter_chunk(
    documents: Sequence[Document], settings: Settings | None = None, rules: Sequence[Rule] | None = None
) -> Iterator[DocumentScore | Problem]:
    """``map_chunk``'s results one at a time, each document's rules run as its result is asked for
    (a worker holds one document's result at a time, as with ``map_document``)."""
    settings = settings or Settings()
    run = early_rules(get_rules(settings.rules) if rules is None else rules)
    aligned: list[tuple[Pair, ...] | Problem] = []
    for document in documents:
        try:
            aligned.append(align(document, settings))
        except ReadError as exc:
            aligned.append(problem_from(exc, doc_id=document.doc_id, source=document.source))
    _prime(documents, aligned, settings)
    for document, pairs in zip(documents, aligned, strict=True):
        yield pairs if isinstance(pairs, Problem) else _map_aligned(document, pairs, settings, run)


def _prime(
    documents: Sequence[Document], aligned: Sequence[tuple[Pair, ...] | Problem], settings: Settings
) -> None:
    """The cue classifier over the answer segments of a chunk's pairs and the question-reading model's
    bounds over the sentences of their units, by language (``map_chunk``)."""
    from .analyze import prime_answers, prime_questions

    by_language: dict[str, list[str]] = {}
    questions: dict[str, list[str]] = {}
    for document, pairs in zip(documents, aligned, strict=True):
        if not isinstance(pairs, Problem):
            texts = by_language.setdefault(document.metadata.language, [])
            texts.extend(s.text for p in pairs for s in p.segments)
            questions.setdefault(document.metadata.language, []).extend(p.question.text for p in pairs)
    for language, texts in questions.items():
        prime_questions(texts, language, settings.lexicon_dir, settings.asks_model)
    for language, texts in by_language.items():
        prime_answers(
            texts,
            language,
            settings.lexicon_dir,
            settings.cue_model,
            settings.cue_thresholds_for(language),
            settings.cue_min_probability,
        )


def _map_aligned(
    document: Document, pairs: tuple[Pair, ...], settings: Settings, run: Sequence[Rule]
) -> DocumentScore | Problem:
    """``map_document`` of a document aligned as ``pairs``."""
    try:
        ctx = DocContext(document, pairs, settings)
        # one ``PairContext`` per pair, shared by the rules (``DocContext.context``): what it reads once
        # (``asked``, ``answers``, ``references``) is read once per pair, not once per rule, a rule that
        # reads another unit's included; a rule's context holds nothing of the rule's own at this stage
        # (no similarity, no flags)
        by_rule = [tuple(tuple(r(pc)) for r in run) for pc in map(ctx.context, range(len(pairs)))]
        if settings.score_model == "none":
            shares: list[float | None] = [None] * len(pairs)
            counts: list[tuple[int, int, int, int] | None] = [None] * len(pairs)
            cues: list[tuple[int, ...] | None] = [None] * len(pairs)
            unmet: list[float | None] = [None] * len(pairs)
        else:
            from .scoring import (
                document_assessment_unmet,
                document_cache,
                document_cue_counts,
                document_shares,
                document_unit_counts,
            )

            shares = document_shares(ctx)
            cache = document_cache(ctx)
            counts = document_unit_counts(ctx, cache)  # type: ignore[assignment]
            cues = document_cue_counts(ctx, cache)
            unmet = document_assessment_unmet(ctx, cache)  # type: ignore[assignment]
        flagged = tuple(
            PairFlags(*pfs) for pfs in zip(pairs, by_rule, shares, counts, cues, unmet, strict=True)
        )
        keys = {r.name: r.batch.keys(ctx) for r in run if r.batch is not None}
    except ReadError as exc:
        return problem_from(exc, doc_id=document.doc_id, source=document.source)
    return DocumentScore(document, tuple(r.name for r in run), flagged, keys)


def score_document(document: Document, settings: Settings | None = None) -> list[ScoredPair]:
    """Every pair of one document with the flags of its document-level rules (flags that
    need the whole batch, such as text recycled across documents, are left out)."""
    result = map_document(document, settings)
    if isinstance(result, Problem):
        raise ReadError(result.path, result.reason, result.doc_id, result.source, result.unanswered)
    return result.scored()


Compact = (
    tuple[
        tuple[str, ...],
        list[tuple[Any, tuple[Any, ...], str, tuple, float | None, Any, Any, float | None]],
        dict[str, Any],
    ]
    | Problem
)


def compact(result: DocumentScore | Problem) -> Compact:
    """The result without its document: question units and answer segments that are the
    document's own as their positions in it, to be sent back from a worker process."""
    if isinstance(result, Problem):
        return result
    doc = result.document
    units = {id(q): k for k, q in enumerate(doc.question.units)}
    own = {id(s): k for k, s in enumerate(doc.answer.segments)}
    pairs = [
        (
            units.get(id(p.pair.question), p.pair.question),
            tuple(own.get(id(s), s) for s in p.pair.segments),
            p.pair.method,
            p.by_rule,
            p.share,
            p.counts,
            p.cues,
            p.unmet,
        )
        for p in result.pairs
    ]
    return result.rules, pairs, result.keys


def expand(document: Document, sent: Compact) -> DocumentScore | Problem:
    """``compact``'s result made whole again with the document it was computed from."""
    if isinstance(sent, Problem):
        return sent
    rules, pairs, keys = sent
    out = []
    for question, segments, method, by_rule, share, counts, cues, unmet in pairs:
        unit = document.question.units[question] if isinstance(question, int) else question
        segs = tuple(document.answer.segments[s] if isinstance(s, int) else s for s in segments)
        out.append(PairFlags(Pair(unit, segs, method), by_rule, share, counts, cues, unmet))  # type: ignore[arg-type]
    return DocumentScore(document, rules, tuple(out), keys)


class Packed:
    """A document with its pickled bytes, made once. Pickled again (to be sent to a worker
    process) it is those bytes, which load as the document with them, not pickled a second
    time."""

    __slots__ = ("document", "blob")

    def __init__(self, document: Document, blob: bytes | None = None) -> None:
        self.document = document
        self.blob = pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL) if blob is None else blob

    def __reduce__(self):
        return _unpack, (self.blob,)


def _unpack(blob: bytes) -> Packed:
    return Packed(pickle.loads(blob), blob)


_NO_KEYS = pickle.dumps({}, protocol=pickle.HIGHEST_PROTOCOL)  # a result without batch rules' keys


@dataclass(frozen=True)
class Held:
    """One document's result as the batch stages hold it until its rows go out, in bytes:
    ``document`` the document pickled and compressed, ``sent`` the result without it
    (``compact``) pickled, but its batch rules' keys, pickled apart in ``keyed`` (the keys stage
    loads them alone, not the pairs' flags); ``texts``: what similarity compares of each pair
    (``similarity.pair_text``), when asked for; ``ident``: the document's (source, doc_id, path,
    ``readers.text_digest`` of its text, its place in the file: "line N" or ""), where the Dask
    engine holds it, for the batch's rule of ids without loading the document again (lows47)."""

    document: bytes
    sent: bytes
    texts: tuple[PairText | None, ...] = ()
    keyed: bytes = _NO_KEYS
    ident: tuple[str, str, str, bytes, str] | None = None

    def keys(self) -> dict[str, Any]:
        """Each batch rule's keys of the document."""
        return pickle.loads(self.keyed)

    def result(self) -> DocumentScore:
        """The document's result made whole again."""
        rules, pairs = pickle.loads(self.sent)
        sent = (rules, pairs, self.keys())
        return expand(pickle.loads(zlib.decompress(self.document)), sent)  # type: ignore[return-value]


def hold(packed: Packed, result: DocumentScore | Problem, texts: bool = False) -> Held | Problem:
    """``result`` (of ``packed.document``) as the batch stages hold it, with the texts that
    similarity compares when ``texts``."""
    if isinstance(result, Problem):
        return result
    compared: tuple[PairText | None, ...] = ()
    if texts:
        from .similarity import pair_text

        compared = tuple(pair_text(result.document, p.pair) for p in result.pairs)
    rules, pairs, keys = compact(result)
    sent = pickle.dumps((rules, pairs), protocol=pickle.HIGHEST_PROTOCOL)
    keyed = _NO_KEYS if not keys else pickle.dumps(keys, protocol=pickle.HIGHEST_PROTOCOL)
    return Held(zlib.compress(packed.blob, 1), sent, compared, keyed)


def map_compact(
    items: Sequence[Packed | Problem], settings: Settings, rules: Sequence[Rule]
) -> list[Compact]:
    """``map_document`` over a chunk of documents (``map_chunk``), each result compacted (what a
    worker runs); a ``Problem`` of reading stays as it is."""
    return [d if isinstance(d, Problem) else compact(r) for d, r in _mapped(items, settings, rules)]


def map_held(
    items: Sequence[Packed | Problem], settings: Settings, rules: Sequence[Rule], texts: bool = False
) -> list[Held | Problem]:
    """``map_document`` over a chunk of documents (``map_chunk``), each result as the batch stages
    hold it (``hold``; what a worker runs when they do); a ``Problem`` of reading stays as it is."""
    return [d if isinstance(d, Problem) else hold(d, r, texts) for d, r in _mapped(items, settings, rules)]


def _mapped(
    items: Sequence[Packed | Problem], settings: Settings, rules: Sequence[Rule]
) -> Iterator[tuple[Packed | Problem, DocumentScore | Problem | None]]:
    """Each item with its document's ``iter_chunk`` result (None for a ``Problem`` of reading)."""
    results = iter_chunk([d.document for d in items if not isinstance(d, Problem)], settings, rules)
    for d in items:
        yield d, None if isinstance(d, Problem) else next(results)

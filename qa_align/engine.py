"""The Dask engine (``qa-align score --engine dask``): the batch as partitions on a Dask
cluster, with the same results as the local engine, row for row.

Partitions, in the order the local engine reads (``plan``): the records of a JSON Lines or
JSON file of a known record layout, read here a partition at a time and parsed into
documents on the workers; every other file in lists of a few files, read on the workers.
Then, as futures on the cluster (``iter_scored``):

1. map: each partition's documents through ``document_rules.map_document`` (the function
   the local engine maps over its worker processes); then each partition's ids, and a document
   whose (source, doc_id) an earlier one had is its problem row, as in the local engine
   (``repeated_ids``: lows46), naming both lines where the first is of the same file of records
   (lows47: the ids and lines kept with the documents, ``Held.ident``);
2. batch rules, in two passes over compact keys: each partition's keys (for recycled text,
   hashes of the answers' long sentences) are combined once, by the rule's own
   ``BatchStep.combine``, in one reduce task; that summary goes to every partition, whose
   pairs get their batch flags there (``batch.rows`` with the summary given);
3. similarity: the pairs' texts (without their documents) in one task that fits the
   similarity model once on the whole batch and gives every pair its similarity and
   identifiability (``similarity.text_similarities``: identifiability draws from the whole source);
4. per partition again: the values put in, the late rules, the trained score.

The results come back a partition at a time, in order. A partition whose task fails (an
error, a worker that dies) is reported as problems naming its inputs; the others finish.
``write_parts`` writes them as a folder of Parquet part files, one a partition, and a re-run
into that folder finishes and writes only the parts missing or stale (see there).
Dask and distributed are the extra ``qa-align[dask]``, imported only here.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import logging
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import __version__, batch
from .document_rules import CHUNK, Held, Packed, hold, iter_chunk
from .errors import ConfigError, NotRecognised, ReadError
from .readers import (
    FirstOfEachId,
    empty_reason,
    get_reader,
    load_readers,
    problem_from,
    read_found,
    release_kept_pdf,
    text_digest,
    walk,
)
from .readers.detect import candidates_for, detect
from .readers.records import NO_RECORDS, RECORD_LAYOUTS, iter_json_records, read_records
from .readers.tabular import SUFFIXES as TABLE_SUFFIXES
from .readers.tabular import Columns, held_back, no_column_error, one_error_for_no_column, suffix_of
from .rules import Rule, get_rules
from .settings import Settings
from .similarity import PairText, text_similarities
from .types import Document, Problem, ScoredPair
from .workers import available_cores

log = logging.getLogger(__name__)
marks = logging.getLogger("qa_align.stages")  # the "stage: " marks, at DEBUG: the bench's (lows54)
Result = ScoredPair | Problem
Progress = Callable[[int, int], None]  # (partitions done, partitions)
PART_RECORDS = 2000  # records of a file in one partition
PART_FILES = 8  # other files (PDFs, texts, tables) in one partition
INSTALL = "the Dask engine needs the extra qa-align[dask] (pip install 'qa-align[dask]')"


@dataclass(frozen=True)
class Part:
    """One partition: ``files`` (each a path and whether it was found in a folder, or a
    ``Problem`` of walking) or the ``records`` of the file ``path`` of layout ``layout``
    (line number, record or None, error), or nothing but ``problems``."""

    index: int
    files: tuple[tuple[str, bool] | Problem, ...] = ()
    path: str = ""
    layout: str = ""
    records: tuple[tuple[int, dict[str, Any] | None, str], ...] = ()

    def inputs(self) -> list[str]:
        """What the partition holds, for a report of its failure."""
        if self.layout:
            return [f"{self.path} (records of lines {self.records[0][0]}-{self.records[-1][0]})"]
        return [x.path if isinstance(x, Problem) else x[0] for x in self.files]

    def problems(self, reason: str) -> list[Problem]:
        """The partition's inputs as problems with ``reason`` (a problem of walking as it was)."""
        if self.layout:
            lines = f"records of lines {self.records[0][0]}-{self.records[-1][0]}"
            return [Problem(self.path, reason, self.layout, lines)]
        return [x if isinstance(x, Problem) else Problem(x[0], reason) for x in self.files]


def _record_layout(path: Path, source: str | None, columns: Columns | None) -> str:
    """The record layout of ``path`` when its records are to be read a partition at a time
    here (a JSON Lines or JSON file of a registered record layout); "" otherwise, and the file
    goes whole to a worker (which also tells why it cannot be read, as the local engine does)."""
    if columns and suffix_of(path) in TABLE_SUFFIXES:
        return ""
    if not source and not any(r.name in RECORD_LAYOUTS for r in candidates_for(path)):
        return ""  # (lows50: a text, PDF or table was detected here and again on its worker)
    if empty_reason(path):
        return ""
    try:
        reader = get_reader(source) if source else detect(path)
    except (ReadError, NotRecognised):
        return ""
    finally:  # recognised here, read on a worker: nothing kept open (lows48)
        release_kept_pdf()
    return reader.name if reader.name in RECORD_LAYOUTS else ""


def plan(
    inputs: Iterable[str | Path],
    source: str | None = None,
    columns: Columns | None = None,
    exclude: Iterable[str] = (),
    part_records: int = PART_RECORDS,
    part_files: int = PART_FILES,
) -> Iterator[Part]:
    """The partitions of the inputs, in the order the local engine reads them."""
    if source and not columns:
        get_reader(source)  # an unknown source fails before any file is read
    load_readers()
    index = itertools.count()
    files: list[tuple[str, bool] | Problem] = []
    for found in walk(inputs, exclude):
        layout = "" if isinstance(found, Problem) else _record_layout(found[0], source, columns)
        if not layout:
            files.append(found if isinstance(found, Problem) else (str(found[0]), found[1]))
            if len(files) >= part_files:
                yield Part(next(index), tuple(files))
                files = []
            continue
        if files:
            yield Part(next(index), tuple(files))
            files = []
        yield from _record_parts(found[0], layout, index, part_records)
    if files:
        yield Part(next(index), tuple(files))


def _record_parts(path: Path, layout: str, index: Iterator[int], size: int) -> Iterator[Part]:
    """The records of one file in partitions of ``size``; a file without records, or one that
    cannot be read on (a corrupt ``.json``), ends with a partition holding that problem."""
    records = iter_json_records(path)
    seen = 0
    try:
        while chunk := tuple(itertools.islice(records, size)):
            seen += len(chunk)
            yield Part(next(index), path=str(path), layout=layout, records=chunk)
    except ReadError as exc:
        yield Part(next(index), (problem_from(exc),))
        return
    if not seen:
        yield Part(next(index), (Problem(str(path), NO_RECORDS, layout),))


def read_part(part: Part, source: str | None, columns: Columns | None) -> list[Document | Problem]:
    """The documents of a partition (on a worker), each file as the local engine reads it."""
    load_readers()
    if part.layout:
        layout = RECORD_LAYOUTS[part.layout]
        return list(read_records(part.records, part.path, layout.source, layout.read_record))
    out: list[Document | Problem] = []
    for item in part.files:
        if isinstance(item, Problem):
            out.append(item)
        else:
            out.extend(read_found((Path(item[0]), item[1]), source, columns))
    return out


def map_part(
    part: Part,
    source: str | None,
    columns: Columns | None,
    settings: Settings,
    rules: list[Rule],
    texts: bool,
) -> list[Held | Problem]:
    """Pass 1 of a partition (on a worker): its documents read and mapped by ``map_document`` (a chunk
    at a time, ``iter_chunk``, as the local engine's workers map them),
    each result held as the local engine's batch stages hold it (``document_rules.hold``:
    bytes, with the texts that similarity compares when ``texts``), with its id, path, text
    digest and line in the file (``Held.ident``: lows47, read here with the document). It stays
    on the worker until its last pass; only its keys and texts travel."""
    docs = read_part(part, source, columns)
    # a partition of records gives one result a record, in order: each its line
    lines = [f"line {r[0]}" for r in part.records] if part.layout and len(part.records) == len(docs) else []
    out: list[Held | Problem] = []
    # the documents mapped a chunk at a time, as the local engine's workers map them (``iter_chunk``)
    read = [d for d in docs if not isinstance(d, Problem)]
    mapped = itertools.chain.from_iterable(
        iter_chunk(read[k : k + CHUNK], settings, rules) for k in range(0, len(read), CHUNK)
    )
    for k, d in enumerate(docs):
        if isinstance(d, Problem):
            out.append(d)
            continue
        held = hold(Packed(d), next(mapped), texts)
        if isinstance(held, Held):
            where = lines[k] if lines else ""
            held = dataclasses.replace(held, ident=(d.source, d.doc_id, d.path, text_digest(d.text), where))
        out.append(held)
    return out


def part_ids(held: list[Held | Problem]) -> list[tuple[int, str, str, str, bytes, str]]:
    """(place, source, doc_id, path, text digest, line) of each document of the partition (on a
    worker): what the batch's rule of ids needs (``repeated_ids``), as ``map_part`` kept it beside
    the document (lows47: each document was unpickled again for it); a document held without it
    (a map kept by an earlier version) is loaded."""
    import pickle
    import zlib

    out = []
    for k, h in enumerate(held):
        if not isinstance(h, Held):
            continue
        if h.ident is None:
            d = pickle.loads(zlib.decompress(h.document))
            out.append((k, d.source, d.doc_id, d.path, text_digest(d.text), ""))
        else:
            out.append((k, *h.ident))
    return out


def repeated_ids(ids: Sequence[list[tuple[int, str, str, str, bytes, str]]]) -> list[dict[int, Problem]]:
    """By partition (in order), the places of its documents whose (source, doc_id) an earlier
    document of the batch had, each with its ``Problem``: ``pipeline.unique_ids``'s rule (lows46).
    A later one of the same file (a file of records cut in partitions) names both lines, as the
    file's reader does in the local engine; one of another file names none, as there (lows47)."""
    seen = FirstOfEachId()
    out: list[dict[int, Problem]] = []
    for part in ids:
        out.append({})
        for k, source, doc_id, path, digest, where in part:
            repeated = seen.repeated_key(source, doc_id, path, digest, where, lines_in_file=True)
            if repeated is not None:
                out[-1][k] = repeated
    return out


def without_repeated(held: list[Held | Problem], repeated: dict[int, Problem]) -> list[Held | Problem]:
    """The partition's results with each document of ``repeated`` its ``Problem`` (not scored)."""
    return [repeated.get(k, h) for k, h in enumerate(held)]


def part_keys(held: list[Held | Problem], names: Sequence[str]) -> dict[str, list[Any]]:
    """Each batch rule's keys of the partition's documents, in order."""
    keys = [h.keys() for h in held if isinstance(h, Held)]
    return {name: [k.get(name) for k in keys] for name in names}


def combine_keys(settings: Settings, rules: list[Rule], *keys: dict[str, list[Any]]) -> dict[str, Any]:
    """The reduce of pass 1: each batch rule's summary of the whole batch, by its own
    ``combine`` over the partitions' keys in order."""
    return {
        r.name: r.batch.combine(itertools.chain.from_iterable(k[r.name] for k in keys), settings)
        for r in rules
        if r.batch is not None
    }


def similarity_inputs(held: list[Held | Problem]) -> list[PairText | None]:
    """What the similarity compares of each pair of the partition: its texts only."""
    return [t for h in held if isinstance(h, Held) for t in h.texts]


def similarity_values(settings: Settings, *parts: list[PairText | None]) -> list[list[tuple[Any, Any]]]:
    """The reduce of the similarity: the model fitted once on the whole batch's pairs, each
    pair's (similarity, identifiability), by partition."""
    from .embed import get_backend

    texts = [t for part in parts for t in part]
    backend = get_backend(settings.similarity_model)
    values = iter(text_similarities(texts, backend, settings.identifiability_k, settings.seed, settings.jobs))
    return [list(itertools.islice(values, len(part))) for part in parts]


def finish_part(
    held: list[Held | Problem],
    summaries: dict[str, Any] | None,
    values: list[list[tuple[Any, Any]]] | None,
    index: int,
    settings: Settings,
    rules: list[Rule],
) -> list[Result]:
    """The last pass of a partition: each document loaded again and given its rows with the
    batch rules' flags from the batch's ``summaries``, similarity and identifiability (its
    partition's place ``index`` in ``values``), as the local reduce gives them
    (``batch.rows``); then the late rules."""
    steps = {r.name: r.batch for r in rules if r.batch is not None}
    sims = itertools.repeat((None, None)) if values is None else iter(values[index])
    out: list[Result] = []
    for h in held:
        out.extend(
            [h] if isinstance(h, Problem) else batch.rows(h.result(), steps, summaries or {}, sims, settings)
        )
    late = [r for r in rules if r.late]
    return list(batch.with_late_rules(out, late, settings)) if late else out


@contextlib.contextmanager
def cluster_logs(level: int) -> Iterator[None]:
    """Show Dask's own log messages from ``level`` on, for the ``with`` block's time (importing
    ``distributed`` sets its loggers to INFO: a command line enters this after deciding what to
    show). The loggers' levels are set back as they were when the block ends (lows56), as the
    command's own logging is (``cli._logging_of_one_call``, lows55): a later call in the same
    process (a test, a notebook) is not left with this one's levels. A level the caller set before ``distributed``
    was first imported (which sets "distributed" to INFO) is the one set back, not the import's: the import is
    this block's doing, not the caller's (review58's low 4, lows57)."""
    loggers = [logging.getLogger(n) for n in ("distributed", "distributed.scheduler", "distributed.worker")]
    nanny = logging.getLogger("distributed.nanny")
    own = [x.level for x in (*loggers, nanny)]  # the caller's, NOTSET where none was set
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise ConfigError(INSTALL) from None
    # where the caller set none, the level after the import (Dask's own: "distributed" at INFO)
    before = [(x, was or x.level) for x, was in zip((*loggers, nanny), own)]
    for x in loggers:
        x.setLevel(level)
    # a worker that has done its work and takes more than 4 s to exit (unloading spaCy on a busy
    # machine) is killed with a warning at the end of every run: told only from INFO on
    nanny.setLevel(level if level <= logging.INFO else logging.ERROR)
    try:
        yield
    finally:
        for x, was in before:
            x.setLevel(was)


def connect(scheduler: str | None = None, workers: int = 0):
    """A ``distributed.Client``: to the scheduler at ``scheduler``, or to a new local cluster
    of ``workers`` processes (0: one per available core), one thread each."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ConfigError(INSTALL) from None
    if scheduler:
        return Client(scheduler)
    import dask

    # Dask starts its workers with MALLOC_TRIM_THRESHOLD_=65536 (memory given back to the system
    # sooner), which also turns off glibc's adaptive mmap threshold: every large array is then
    # mapped and unmapped anew, and the similarity stage took twice the CPU time (46.8 s against
    # 20.8 s on 30% of the data). The workers here start with glibc's own behaviour.
    with dask.config.set({"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}):
        cluster = LocalCluster(
            n_workers=workers or available_cores(),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )
    return Client(cluster)


@contextlib.contextmanager
def _connected(client=None, scheduler: str | None = None, workers: int = 0) -> Iterator[Any]:
    """``client`` as it is, or one made by ``connect`` and closed at the end with its local
    cluster."""
    if client is not None:
        yield client
        return
    client = connect(scheduler, workers)
    try:
        yield client
    finally:
        cluster = client.cluster
        client.close()
        if cluster is not None:
            cluster.close()


def iter_scored(
    inputs: Iterable[str | Path],
    settings: Settings | None = None,
    source: str | None = None,
    columns: Columns | None = None,
    *,
    client=None,
    scheduler: str | None = None,
    progress: Progress | None = None,
    part_records: int = PART_RECORDS,
    part_files: int = PART_FILES,
) -> Iterator[Result]:
    """What ``pipeline.iter_scored`` gives, in the same order, computed on a Dask cluster:
    ``client`` (a ``distributed.Client``), or one connected to ``scheduler``, or a local
    cluster of ``settings.jobs`` processes (0: one per core). ``progress`` is told how many
    partitions are done of how many. A column ``columns`` names that no table has, with nothing
    else read or failing, is one ``ConfigError``, as in ``pipeline.iter_scored``."""
    settings = settings or Settings()
    rules = get_rules(settings.rules)
    if settings.run_cache:
        log.warning("the Dask engine keeps no run cache (--cache): the batch is scored again")
    with _connected(client, scheduler, settings.jobs) as client:
        parts = plan(inputs, source, columns, settings.exclude, part_records, part_files)
        results = (r for _, rs in _run(client, parts, settings, source, columns, rules, progress) for r in rs)
        # the trained score here, over the stream in the local engine's blocks: a block's matrix
        # product gives a row the same last bits only in a block of the same rows
        model = batch.score_model(settings, rules)
        scored = results if model is None else batch.with_model_score(results, model)
        # a named column that no table has, nothing else read: one ``ConfigError`` (lows45)
        yield from one_error_for_no_column(scored) if columns is not None else scored


def _run(
    client,
    planned: Iterable[Part],
    settings: Settings,
    source: str | None,
    columns: Columns | None,
    rules: list[Rule],
    progress: Progress | None,
    keep: frozenset[int] = frozenset(),
    failed: dict[int, str] | None = None,
    map_task: Callable[..., list[Held | Problem]] = map_part,
) -> Iterator[tuple[int, list[Result]]]:
    """Each partition's results, in order, as (its index, its results); the partitions of
    ``keep`` are mapped (the batch-wide steps need them) but not finished, and not given.
    ``failed`` is filled with the partitions whose map failed (and why) before the first is
    given. ``map_task`` maps a partition (as ``map_part``, which it is by default)."""
    from distributed import as_completed

    names = [r.name for r in rules if r.batch is not None]
    similar = bool(settings.similarity_model and settings.similarity_model != "none")
    parts: list[Part] = []
    mapped = {}
    # the map tasks' keys name this run: a cluster gives a task of a key it still holds (an
    # earlier run's on the same client or scheduler) that key's result
    run = uuid.uuid4().hex
    for p in planned:  # each partition submitted as soon as it is cut: the workers start at once
        parts.append(p)
        mapped[p.index] = client.submit(
            map_task, p, source, columns, settings, rules, similar, pure=False, key=f"map-{run}-{p.index}"
        )
    failed = {} if failed is None else failed
    done = 0
    total = 2 * len(parts)  # each partition's map, and its last pass
    for fut in as_completed(list(mapped.values())):
        index = int(fut.key.rsplit("-", 1)[1])
        if fut.status == "error":
            failed[index] = _reason(fut.exception())
            mapped.pop(index)
            log.warning(
                "partition %d (%s) failed: %s", index, ", ".join(parts[index].inputs()), failed[index]
            )
        done += 1
        if progress is not None:
            progress(done, total)
    kept = sorted(mapped)
    # a document whose (source, doc_id) an earlier one of the batch had: a problem, not scored, before
    # the batch-wide steps see it (``pipeline.unique_ids``'s rule over the partitions in order: lows46)
    ids = client.gather([client.submit(part_ids, mapped[i], pure=False) for i in kept])
    for i, repeated in zip(kept, repeated_ids(ids)):
        if repeated:
            mapped[i] = client.submit(without_repeated, mapped[i], repeated, pure=False)
    del ids
    marks.debug(
        "stage: Dask: %d partitions mapped; the batch rules' keys combined and similarity fitted "
        "on the batch (tasks on the workers)",
        len(kept),
    )
    summaries = None
    if names:
        keys = [client.submit(part_keys, mapped[i], names, pure=False) for i in kept]
        summaries = client.submit(combine_keys, settings, rules, *keys, pure=False)
        del keys
    values = None
    if similar:
        inputs = [client.submit(similarity_inputs, mapped[i], pure=False) for i in kept]
        values = client.submit(similarity_values, settings, *inputs, pure=False)
        del inputs
    finished = {
        i: client.submit(finish_part, mapped[i], summaries, values, k, settings, rules, pure=False)
        for k, i in enumerate(kept)
        if i not in keep
    }
    mapped.clear()
    first = True
    for part in parts:
        if part.index in keep:  # (even when its map failed: the caller reports it)
            done += 1
            if progress is not None:
                progress(done, total)
            continue
        if part.index in failed:
            done += 1
            yield part.index, part.problems(failed[part.index])
            continue
        fut = finished.pop(part.index)
        try:
            results = fut.result()
            if first:
                marks.debug(
                    "stage: Dask: rows, each partition's last pass (batch flags, similarity, late rules), score, output"
                )
                first = False
        except Exception as exc:  # the partition's later passes failed: its inputs are reported
            for reduced in (summaries, values):
                if reduced is not None and reduced.status == "error":
                    raise  # a reduce of the whole batch failed: no partition can finish
            results = part.problems(_reason(exc))
            log.warning("partition %d (%s) failed: %s", part.index, ", ".join(part.inputs()), exc)
        fut.release()
        done += 1
        if progress is not None:
            progress(done, total)
        yield part.index, results


FAILED = "the partition holding this input failed on the Dask cluster"


def _reason(exc: BaseException) -> str:
    return f"{FAILED} ({type(exc).__name__}: {exc})"


# Writing a folder of Parquet part files, one a partition (``qa-align score --engine dask -o
# NAME.parquet``), and resuming it: each part is kept under a key that hashes what its rows
# depend on. Its own inputs, the settings and qa-align's code; and the whole batch, since recycled
# text, the similarity fitted on the batch and identifiability make a row depend on the other
# documents: the batch's key hashes every partition's inputs. A re-run keeps the parts whose key
# it finds (with their files) and finishes only the others; it still needs every partition's map
# for the batch-wide steps, and takes those it kept in the folder (``CachedMap``: a map depends
# on its partition's inputs, the settings and code only), mapping again the others. A partition
# whose map failed left the batch without its documents: the parts written beside it get a key no
# full run gives, and are finished again next time (a part whose rows come out the same is not
# written again: its file's hash is kept in its record).
# The same for the parts given their trained score in or after the block (``batch.SCORE_BLOCK``
# results) of a partition that failed later: its problems stood in the block for its pairs.


@dataclass(frozen=True)
class PartsWritten:
    """What ``write_parts`` did: the folder, the batch's counts (documents, pairs, flagged
    pairs, rows written), its problems in order, and how many parts it ``kept`` from an earlier
    run without finishing them, ``checked`` (finished again, found the same, not written),
    ``written``, ``removed`` (inputs gone from the batch, or a partition that failed)."""

    path: Path
    errors: Path
    documents: int
    pairs: int
    flagged: int
    rows: int
    problems: list[Problem]
    kept: int
    checked: int
    written: int
    removed: int


def _digest(*items: Any) -> str:
    import hashlib

    h = hashlib.sha256()
    for item in items:
        h.update(repr(item).encode() + b"\0")
    return h.hexdigest()


def part_identity(part: Part) -> str:
    """A hash of what the partition reads: its records (as read here), or its files' paths,
    sizes and modification times, with a metadata file read beside one (``runcache``'s), and a
    problem of walking as it is."""
    from .runcache import file_stats

    if part.layout:
        return _digest(part.path, part.layout, part.records)
    return _digest(
        [
            dataclasses.astuple(x) if isinstance(x, Problem) else (x, list(file_stats(Path(x[0]))))
            for x in part.files
        ]
    )


def settings_key(settings: Settings, source: str | None, columns: Columns | None, *what: Any) -> str:
    """A hash of what every row depends on besides the inputs: qa-align's code, lexicons and
    models (``runcache.fingerprint``), the settings (but the number of processes), the files
    a setting names (a lexicon folder; a model or calibration retrained into the same path, the
    trained score's numbers in the ``.json`` beside its model), ``source``, ``columns`` and
    ``what``."""
    from .runcache import fingerprint, named_files

    plain = settings.replace(jobs=0, run_cache=False)
    return _digest(fingerprint(), dataclasses.astuple(plain), source, columns, named_files(settings), what)


@dataclass(frozen=True)
class _Kept:
    """A result of a part kept from an earlier run, not finished again: a pair (``pair``) or a
    problem, holding its place in the trained score's blocks."""

    pair: bool


@dataclass(frozen=True)
class _End:
    """The end of the results of the partition ``index``, in the stream of ``_in_score_blocks``;
    ``last``: the place of its last result in that stream (of results and stand-ins; -1: it has none)."""

    index: int
    last: int


def _in_score_blocks(stream: Iterable[Any], model) -> Iterator[Any]:
    """``batch.with_model_score`` over a stream of results, ``_Kept`` stand-ins and ``_End``
    marks: blocks of ``batch.SCORE_BLOCK`` results (stand-ins count, marks do not), the
    stand-ins' pairs rows of zeros in the block's matrix, so that each pair scored gets the
    score it gets in the run of every partition (a row's last bits depend on its place in the
    block and on the block's size, not on the other rows). The stand-ins are left out."""
    import numpy as np

    from .scoring import features

    def scored(block: list[Any]) -> Iterator[Any]:
        pairs = [b for b in block if isinstance(b, ScoredPair) or isinstance(b, _Kept) and b.pair]
        if model is not None and any(isinstance(b, ScoredPair) for b in pairs):
            x = np.zeros((len(pairs), len(model.names)))
            for k, b in enumerate(pairs):
                if isinstance(b, ScoredPair):
                    x[k] = features(b, model.names)
            scores = iter(model.predict_proba(x)[:, 1].tolist())
        else:
            scores = iter(())
        for b in block:
            if isinstance(b, ScoredPair) or isinstance(b, _Kept) and b.pair:
                score = next(scores, None)
                if isinstance(b, ScoredPair):
                    yield b if model is None else dataclasses.replace(b, score=score)
            elif not isinstance(b, _Kept):
                yield b

    block: list[Any] = []
    count = 0
    for item in stream:
        block.append(item)
        if not isinstance(item, _End):
            count += 1
            if count == batch.SCORE_BLOCK:
                yield from scored(block)
                block, count = [], 0
    yield from scored(block)


def _kinds(results: list[Result]) -> str:
    """The partition's results as "p" (a pair) and "x" (a problem), in order."""
    return "".join("p" if isinstance(r, ScoredPair) else "x" for r in results)


def write_parts(
    inputs: Iterable[str | Path],
    output: str | Path,
    settings: Settings | None = None,
    source: str | None = None,
    columns: Columns | None = None,
    *,
    errors: str | Path | None = None,
    flagged_only: bool = False,
    client=None,
    scheduler: str | None = None,
    progress: Progress | None = None,
    part_records: int = PART_RECORDS,
    part_files: int = PART_FILES,
) -> PartsWritten:
    """The batch scored on a Dask cluster (as ``iter_scored``) into the folder ``output`` of
    Parquet part files, one a partition (``sinks.PartFolder``): read back as one table, the
    rows of the local engine's single file, in its order. Into the folder of an earlier run,
    only the parts missing or stale are finished and written (see above); parts of places no
    longer in the batch are removed. ``flagged_only``: only the flagged pairs are written."""
    from .sinks import PartFolder

    settings = settings or Settings()
    rules = get_rules(settings.rules)
    folder = PartFolder(output, errors, settings.max_cell_chars)  # checked before anything is read
    try:
        return _write_parts(
            folder, inputs, settings, rules, source, columns, flagged_only, client, scheduler, progress,
            part_records, part_files,
        )  # fmt: skip
    except BaseException:  # an earlier single-file output at the name stays as it was (lows46)
        folder.discard()
        raise


def _write_parts(
    folder,
    inputs: Iterable[str | Path],
    settings: Settings,
    rules: list[Rule],
    source: str | None,
    columns: Columns | None,
    flagged_only: bool,
    client,
    scheduler: str | None,
    progress: Progress | None,
    part_records: int,
    part_files: int,
) -> PartsWritten:
    parts = list(plan(inputs, source, columns, settings.exclude, part_records, part_files))
    ids = [part_identity(p) for p in parts]
    base = settings_key(settings, source, columns, flagged_only, part_records, part_files)
    whole = _digest(base, ids)  # the batch when every partition maps
    records = {p.index: folder.record(p.index) for p in parts}
    keep = frozenset(
        i for i, r in records.items() if r is not None and r.get("key") == _digest(whole, ids[i])
    )
    removed = folder.prune(len(parts))
    failed: dict[int, str] = {}
    checked = written = 0
    finished: dict[int, dict[str, Any]] = {}
    problems: dict[int, list[Problem]] = {}
    if len(keep) < len(parts):
        with _connected(client, scheduler, settings.jobs) as client:
            manifest_before = folder.manifest_bytes()
            folder.begin()
            cached = CachedMap(str(folder.state), base)
            ran = _run(client, parts, settings, source, columns, rules, progress, keep, failed, cached)
            failed_at: list[int] = []
            stream = _with_stand_ins(parts, ran, keep, records, failed_at)
            model = batch.score_model(settings, rules)
            done: list[Result] = []
            batch_key = ""

            def finish(item: _End, done: list[Result]) -> None:
                nonlocal batch_key, removed, written, checked
                # every map has ended by now (``failed`` holds the maps that failed): the batch
                # is that of the partitions mapped
                batch_key = batch_key or _digest(base, [x for i, x in enumerate(ids) if i not in failed])
                problems[item.index] = [r for r in done if isinstance(r, Problem)]
                if item.index in failed or _failed(done):
                    removed += folder.remove(item.index)
                else:
                    key = _digest(batch_key, ids[item.index])
                    if failed_at and item.last >= failed_at[0] // batch.SCORE_BLOCK * batch.SCORE_BLOCK:
                        # scored in or after the block of a partition that failed, whose results
                        # stood in for its pairs: the scores' last bits may differ from a full run's
                        key = _digest(key, "scored beside a partition that failed")
                    rows, record = _part_record(parts[item.index], done, key, flagged_only)
                    if folder.write(item.index, rows, record):
                        written += 1
                    else:
                        checked += 1
                    finished[item.index] = record

            # while every result is a table without a named column (or a skipped file), no part is
            # written: where the batch ends so, the run's one error, the earlier folder kept (lows45)
            pending: list[tuple[_End, list[Result]]] | None = [] if columns is not None else None
            for item in _in_score_blocks(stream, model):
                if not isinstance(item, _End):
                    done.append(item)
                    continue
                if pending is None:
                    finish(item, done)
                elif not all(held_back(r) for r in done):
                    # something else came: the parts held back are written, and from now on each as it ends
                    for held in [*pending, (item, done)]:
                        finish(*held)
                    pending = None
                else:
                    pending.append((item, done))
                done = []
            error = no_column_error(r for _, rs in pending or () for r in rs)  # type: ignore[misc]
            if error is not None:
                folder.restore_manifest(manifest_before)
                raise error
            for held in pending or ():
                finish(*held)
    for i in keep:
        if i in failed:  # a part kept whose map failed this time: gone, as any failed part
            removed += folder.remove(i)
            problems[i] = parts[i].problems(failed[i])
        else:
            finished[i] = records[i]  # type: ignore[assignment]
    for i in keep:
        if i in finished:
            problems[i] = [Problem(**p) for p in finished[i]["problems"]]
    documents = {tuple(d) for r in finished.values() for d in r["documents"]}
    manifest = {
        "qa_align": __version__,
        "batch": whole,
        "complete": len(finished) == len(parts),
        "parts": [
            {"file": folder.file(p.index).name, "inputs": p.inputs(), "present": p.index in finished}
            for p in parts
        ],
    }
    ordered = [x for p in parts for x in problems.get(p.index, ())]
    folder.commit(ordered, manifest)
    log.info(
        "%s: %d parts kept, %d finished again and found the same, %d written, %d removed",
        folder.path, len(keep), checked, written, removed,
    )  # fmt: skip
    return PartsWritten(
        folder.path,
        folder.errors,
        len(documents),
        sum(r["pairs"] for r in finished.values()),
        sum(r["flagged"] for r in finished.values()),
        sum(r["rows"] for r in finished.values()),
        ordered,
        len(keep),
        checked,
        written,
        removed,
    )


@dataclass(frozen=True)
class CachedMap:
    """``map_part`` with its results kept in the folder ``state`` (``map-NNNNNN.pickle``, zlib
    compressed, under the partition's own key: its inputs and ``base``, the settings and code),
    and taken from there when the key is the same: a re-run maps again only the partitions
    whose inputs changed. Runs on a worker; one that cannot see or write the folder maps as
    ``map_part`` does (a warning said)."""

    state: str
    base: str

    def __call__(
        self,
        part: Part,
        source: str | None,
        columns: Columns | None,
        settings: Settings,
        rules: list[Rule],
        texts: bool,
    ) -> list[Held | Problem]:
        import pickle
        import zlib

        from .sinks import replace_file

        key = _digest(self.base, part_identity(part))
        path = Path(self.state) / f"map-{part.index:06d}.pickle"
        try:
            held = path.read_bytes()
            if held[:64] == key.encode():
                return pickle.loads(zlib.decompress(held[64:]))
        except FileNotFoundError:
            pass
        except (OSError, zlib.error, pickle.UnpicklingError, EOFError) as exc:
            log.warning("%s: not read (%s); the partition is mapped again", path, exc)
        mapped = map_part(part, source, columns, settings, rules, texts)
        try:
            data = key.encode() + zlib.compress(pickle.dumps(mapped, pickle.HIGHEST_PROTOCOL), 1)
            replace_file(path, lambda tmp: tmp.write_bytes(data))
        except OSError as exc:
            log.warning("%s: the partition's map is not kept (%s)", path, exc)
        return mapped


def _failed(results: list[Result]) -> bool:
    """Whether the results are those of a partition that failed (its inputs as problems)."""
    return bool(results) and all(isinstance(r, Problem) and r.reason.startswith(FAILED) for r in results)


def _with_stand_ins(
    parts: list[Part],
    ran: Iterator[tuple[int, list[Result]]],
    keep: frozenset[int],
    records: dict[int, dict[str, Any] | None],
    failed_at: list[int],
) -> Iterator[Any]:
    """The stream of every partition's results in order: those run (``ran``), each followed by
    its ``_End``; for a partition kept, ``_Kept`` stand-ins of its results (its record's kinds).
    ``failed_at`` gets the place of the first result of each partition that failed."""
    place = 0
    for part in parts:
        if part.index in keep:
            kinds = records[part.index]["kinds"]  # type: ignore[index]
            yield from (_Kept(kind == "p") for kind in kinds)
            place += len(kinds)
            continue
        index, results = next(ran)
        assert index == part.index, (index, part.index)
        if _failed(results):
            failed_at.append(place)
        yield from results
        place += len(results)
        yield _End(index, place - 1 if results else -1)


def _part_record(
    part: Part, results: list[Result], key: str, flagged_only: bool
) -> tuple[list[ScoredPair], dict[str, Any]]:
    """The partition's rows to write, and the record of its part: its key, its inputs, its
    results' kinds (their places in the score's blocks), its counts, documents and problems."""
    pairs = [r for r in results if isinstance(r, ScoredPair)]
    documents = dict.fromkeys((r.document.source, r.document.doc_id) for r in pairs)
    record = {
        "key": key,
        "inputs": part.inputs(),
        "kinds": _kinds(results),
        "pairs": len(pairs),
        "flagged": sum(1 for r in pairs if r.flags),
        "documents": [list(d) for d in documents],
        "problems": [dataclasses.asdict(r) for r in results if isinstance(r, Problem)],
    }
    return [r for r in pairs if r.flags or not flagged_only], record

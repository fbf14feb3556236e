"""Process time of the per-document stage (`document_rules.map_document`) over a fixed sample:
every 25th record of each source of DATA_DIR in reading order (the whole source where it has
fewer than 100 records), with the default settings (the cue classifier on).

    .venv/bin/python scripts/bench_map.py [DATA_DIR] [--sample FILE.pickle] [--profile N [--dump F]]
    .venv/bin/python scripts/bench_map.py [DATA_DIR] --sample FILE.pickle --against OTHER_CHECKOUT
    .venv/bin/python scripts/bench_map.py [DATA_DIR] --sample FILE.pickle --parts
    .venv/bin/python scripts/bench_map.py [DATA_DIR] --sample FILE.pickle --sampled N
    .venv/bin/python scripts/bench_map.py [DATA_DIR] --sample FILE.pickle --without RULE[,RULE]
    .venv/bin/python scripts/bench_map.py DATA_DIR --first N --sample FILE.pickle --repeats JOBS

``--sample``: the sample's documents pickled there on the first run and read from there after
(the same documents for every run and every checkout compared). Before the timed pass, the
stage runs once on 40 other records (the 13th of every 25), so that models and lexicons are
loaded outside the timing. Prints the documents, the pairs, the process time of the pass, and a
hash of every result's pairs and flags (``repr`` of ``DocumentScore.scored()``) to check that
two checkouts give the same output. ``--profile N``: the pass under cProfile instead (timed by
process time), with its top N functions by own time and by cumulative time (the timing then
includes cProfile's cost).

``--against OTHER_CHECKOUT``: that checkout's ``qa_align`` (a copy of it imported as
``qa_align_other``) and this one's scored in the same process, document by document in turn
(which goes first alternates), each document's process time added to its side: on a shared
machine, whose load changes from minute to minute, both sides see the same load, where runs
one after the other do not. (Lexicons and models are read from this checkout's package.) The
side that runs the script comes out a few percent faster: the same code against a copy of itself
gave 0.929 (2026-12-02); run it again with the roles swapped and take the geometric mean of the
one ratio and the inverse of the other.

``--sampled N``: the pass with its process time sampled (``signal.ITIMER_PROF``, every
millisecond of the process's CPU, the Python stack read at each sample): the N functions that
hold the most samples, on top of the stack (their own time, with the C code they call) and
anywhere in it (with what they call). Unlike ``--profile``, whose cost per Python call makes
code of many small calls look dearer than code of few, each millisecond counts the same: the
shares are those of the pass as it runs (within a few percent; a sample taken in spaCy's
compiled tokenizer is counted at the next Python function it calls).

The pass runs with the garbage collector's thresholds of a run's workers
(``workers.GC_THRESHOLDS``), as the map stage runs.

``--without RULE[,RULE]``: the pass with those rules left out (the others, the score's counts and the
batch rules' keys as a run makes them; the results' hash then differs). Run once per rule, each in a
fresh process, beside a pass with every rule: the difference is what no other rule or reading asks of
that rule's work (a reading it shares is paid by the next rule that asks for it).

``--chunked``: the pass (and ``--against``'s turns) a chunk of ``CHUNK`` documents at a time, by
``document_rules.map_chunk`` where the checkout has it (speed50: the cue classifier run once over
the sentences of a chunk's answers, as the map stage's workers run it), else by ``map_document``
document by document; the results' hash is the same either way.

``--first N``: the sample is instead the first N documents of each source folder of DATA_DIR in
reading order (the 40 after them the warm-up), as a run reads them: answers that repeat one
text ("I refer the hon. Member to the answer I gave ...", one answer given to grouped questions)
mostly stand next to each other there, where every 25th record keeps few of them.

``--repeats JOBS``: the pass with the process time of each answer segment's analysis
(``analyze.analyze_answer``) counted apart for a segment whose text (with its language) an earlier
document of the same worker's shard had: the documents dealt to JOBS workers in chunks of
``pipeline.CHUNK`` in turn, as the map stage deals them (a pool gives a chunk to whichever worker
is free, so this is its usual case, not a rule). The repeats' time is what keeping each analysis
per distinct text within a worker can save of the pass (the classifier's probabilities and the
sentence split are already kept per sentence and per text).

``--parts``: the pass with the process time of each of the parts in ``PARTS`` (a function, each
call counted once even when it calls itself; a part's time holds the parts it calls) and of each
rule (``Rule.__call__``; the first rule to ask a reading shared by several pays for it), with
how many times each was called, then the time to make what the workers send
back (``document_rules.hold`` with the texts) and to pickle it, timed apart. The timing's own cost is a few percent.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import importlib
import io
import pickle
import shutil
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STEP = 25
WHOLE_BELOW = 100
OTHER = "qa_align_other"
CHUNK = 64  # ``--chunked``: documents mapped at once (``document_rules.CHUNK``)


def sample(data: Path, first: int = 0) -> tuple[list, list]:
    """(the sample, 40 warm-up documents) of every source folder of ``data``; with ``first``, the
    first ``first`` documents of each folder and the 40 after them."""
    import itertools

    from qa_align.pipeline import iter_documents
    from qa_align.types import Document

    chosen, warm = [], []
    for folder in sorted(p for p in data.iterdir() if p.is_dir()):
        if first:
            read = (d for d in iter_documents([folder]) if isinstance(d, Document))
            docs = list(itertools.islice(read, first + 40))
            chosen += docs[:first]
            warm += docs[first:]
            continue
        docs = [d for d in iter_documents([folder]) if isinstance(d, Document)]
        if len(docs) < WHOLE_BELOW:
            chosen += docs
        else:
            chosen += docs[::STEP]
            warm += docs[STEP // 2 :: STEP][:10]
    return chosen, warm


class _AsOther(pickle.Unpickler):
    """Unpickles ``qa_align`` objects as the other checkout's classes."""

    def find_class(self, module: str, name: str):
        if module == "qa_align" or module.startswith("qa_align."):
            module = OTHER + module[len("qa_align") :]
        return super().find_class(module, name)


class Side:
    """One checkout's ``map_document`` with its settings, rules and sample."""

    def __init__(self, package: str, docs_pickle: bytes) -> None:
        self.name = package
        rules_module = importlib.import_module(f"{package}.document_rules")
        self.map = rules_module.map_document
        # the answer analyses kept across documents as its map stage keeps them, in a checkout that
        # keeps them (speed24's f1efda2, not merged: README)
        if hasattr(rules_module, "kept_analyses"):
            self.map = functools.partial(self.map, kept=rules_module.kept_analyses())
        self.map_chunk = getattr(rules_module, "map_chunk", None)
        self.problem = importlib.import_module(f"{package}.types").Problem
        settings = importlib.import_module(f"{package}.settings").Settings()
        self.settings = settings
        self.rules = importlib.import_module(f"{package}.rules").get_rules(settings.rules)
        loader = pickle.Unpickler if package == "qa_align" else _AsOther
        self.docs, self.warm = loader(io.BytesIO(docs_pickle)).load()
        self.seconds = 0.0
        self.results: list = []

    def warm_up(self) -> None:
        for d in self.warm:
            self.map(d, self.settings, self.rules)

    def one(self, k: int) -> None:
        start = time.process_time()
        result = self.map(self.docs[k], self.settings, self.rules)
        self.seconds += time.process_time() - start
        self.results.append(result)

    def chunk(self, k: int) -> None:
        """The ``k``-th chunk of ``CHUNK`` documents, by ``map_chunk`` in a checkout that has it (the
        map stage's workers' way since speed50), else by ``map_document`` one document at a time."""
        docs = self.docs[k * CHUNK : (k + 1) * CHUNK]
        start = time.process_time()
        if self.map_chunk is not None:
            results = self.map_chunk(docs, self.settings, self.rules)
        else:
            results = [self.map(d, self.settings, self.rules) for d in docs]
        self.seconds += time.process_time() - start
        self.results.extend(results)

    def steps(self, chunked: bool) -> tuple[int, Callable[[int], None]]:
        """How many steps the pass takes and the step: documents one at a time, or chunks."""
        if chunked:
            return -(-len(self.docs) // CHUNK), self.chunk
        return len(self.docs), self.one

    def digest(self) -> tuple[int, str]:
        """(pairs, sha256 of the results)."""
        digest = hashlib.sha256()
        pairs = 0
        for r in self.results:
            if isinstance(r, self.problem):
                digest.update(repr(r).encode())
                continue
            for row in r.scored():
                pairs += 1
                # the same text for either package: its name left out of the classes' reprs
                text = repr((row.pair, row.flags, row.attributed_share, row.unit_counts))
                digest.update(text.encode())
        return pairs, digest.hexdigest()


# (module, attribute): the parts of the map stage that ``--parts`` times; a method as "Class.name"
PARTS = (
    ("qa_align.align", "align"),
    ("qa_align.analyze", "analyze_question"),
    ("spacy.language", "Language.make_doc"),
    ("qa_align.text", "sentences"),
    ("qa_align.analyze", "analyze_answer"),
    ("qa_align.analyze", "answer_cues"),
    ("qa_align.analyze", "find_figures"),
    ("qa_align.cues", "classify"),
    ("qa_align.cues", "_LanguageModel.columns"),
    ("qa_align.cues", "_LanguageModel.column_probabilities"),
    ("qa_align.cues", "_LanguageModel.evidence_of"),
    ("qa_align.coverage", "asked"),
    ("qa_align.coverage", "coverage"),
    ("qa_align.asks", "may_rate"),
    ("qa_align.asks", "_read"),
    ("qa_align.coverage", "shared_words"),
    ("qa_align.rules.answers", "_reaching"),
    ("qa_align.rules.answers", "_sentence_keeps"),
    ("qa_align.rules.answers", "yes_no_readings"),
    ("qa_align.generic_units", "generic_features"),
    ("qa_align.answered", "answered_features"),
    ("qa_align.scoring", "document_shares"),
    ("qa_align.scoring", "document_unit_counts"),
)


class Timed:
    """Process time and calls of the parts in ``PARTS`` and of each rule, by wrapping them."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.calls: dict[str, int] = {}

    def wrap(self, label: str, func):
        seconds, calls, depth = self.seconds, self.calls, [0]
        seconds[label], calls[label] = 0.0, 0

        def timed(*args, **kwargs):
            calls[label] += 1
            if depth[0]:
                return func(*args, **kwargs)
            depth[0] += 1
            start = time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                seconds[label] += time.process_time() - start
                depth[0] -= 1

        return timed

    def install(self) -> None:
        """Every part wrapped where it is defined and wherever a loaded module imported it."""
        for module, name in PARTS:
            owner = importlib.import_module(module)
            if "." in name:
                cls, attr = name.split(".")
                klass = getattr(owner, cls)
                setattr(klass, attr, self.wrap(name, getattr(klass, attr)))
                continue
            func = getattr(owner, name)
            timed = self.wrap(f"{module.rsplit('.', 1)[-1]}.{name}", func)
            for loaded in list(sys.modules.values()):
                if (
                    getattr(loaded, "__name__", "").startswith("qa_align")
                    and getattr(loaded, name, None) is func
                ):
                    setattr(loaded, name, timed)
        rule_class = importlib.import_module("qa_align.rules").Rule
        plain = rule_class.__call__
        by_rule: dict[str, object] = {}

        def call(rule, ctx):
            timed = by_rule.get(rule.name)
            if timed is None:
                timed = by_rule[rule.name] = self.wrap(f"rule {rule.name}", plain)
            return timed(rule, ctx)

        rule_class.__call__ = call

    def table(self) -> str:
        rows = sorted(self.seconds, key=lambda k: -self.seconds[k])
        return "\n".join(f"  {k:<48} {self.seconds[k]:7.2f} s {self.calls[k]:8d} calls" for k in rows)


class Repeats:
    """The process time of ``analyze_answer`` on segments whose text the same worker's shard
    analysed before (``--repeats``), against the rest."""

    def __init__(self, jobs: int) -> None:
        from qa_align.pipeline import CHUNK

        self.jobs, self.chunk = jobs, CHUNK
        self.document = 0  # the index of the document being mapped
        self.seen: list[set[tuple[str, str]]] = [set() for _ in range(jobs)]
        self.seconds = {"first": 0.0, "repeat": 0.0}
        self.calls = {"first": 0, "repeat": 0}
        self.chars = {"first": 0, "repeat": 0}
        # per document: whether each of its analyses was a repeat; its whole ``map_document`` time
        self.kinds: list[str] = []
        self.whole = {"first": [0, 0.0], "repeat": [0, 0.0]}

    def install(self) -> None:
        analyze = importlib.import_module("qa_align.analyze")
        plain = analyze.analyze_answer

        def counted(segment, language, *args, **kwargs):
            seen = self.seen[(self.document // self.chunk) % self.jobs]
            key = (segment.text, language)
            kind = "repeat" if key in seen else "first"
            seen.add(key)
            self.kinds.append(kind)
            start = time.process_time()
            try:
                return plain(segment, language, *args, **kwargs)
            finally:
                self.seconds[kind] += time.process_time() - start
                self.calls[kind] += 1
                self.chars[kind] += len(segment.text)

        for loaded in list(sys.modules.values()):
            if (
                getattr(loaded, "__name__", "").startswith("qa_align")
                and getattr(loaded, "analyze_answer", None) is plain
            ):
                loaded.analyze_answer = counted

    def done(self, seconds: float) -> None:
        """The document just mapped took ``seconds``: counted as a repeat if all its analyses were."""
        kind = "repeat" if self.kinds and all(k == "repeat" for k in self.kinds) else "first"
        self.whole[kind][0] += 1
        self.whole[kind][1] += seconds
        self.kinds = []

    def table(self, total: float) -> str:
        lines = [
            f"  answer analyses, the documents dealt to {self.jobs} worker(s) in chunks of {self.chunk}:"
        ]
        for kind in ("first", "repeat"):
            lines.append(
                f"  {kind:<7} {self.calls[kind]:7d} calls {self.chars[kind]:10d} chars "
                f"{self.seconds[kind]:7.2f} s ({self.seconds[kind] / total:.1%} of the pass)"
            )
        for kind in ("first", "repeat"):
            n, seconds = self.whole[kind]
            lines.append(
                f"  documents whose every answer segment is a {kind if kind == 'repeat' else 'first or mixed'}:"
                f" {n} documents, map_document {seconds:.2f} s ({seconds / max(1, n) * 1000:.2f} ms each)"
            )
        return "\n".join(lines)


class Sampler:
    """The Python stack at every millisecond of the process's CPU time (``signal.ITIMER_PROF``)
    while in the ``with`` block: each function as (file, first line, name)."""

    def __init__(self) -> None:
        self.stacks: Counter[tuple[tuple[str, int, str], ...]] = Counter()

    def _take(self, signum: int, frame) -> None:
        stack = []
        while frame is not None:
            code = frame.f_code
            stack.append((Path(code.co_filename).name, code.co_firstlineno, code.co_name))
            frame = frame.f_back
        self.stacks[tuple(stack)] += 1

    def __enter__(self) -> Sampler:
        self._before = signal.signal(signal.SIGPROF, self._take)
        signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
        return self

    def __exit__(self, *exc) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, self._before)

    def table(self, top: int) -> str:
        """The ``top`` functions by their share of the samples: on top of the stack (own), and
        anywhere in it (inclusive, a function counted once per sample however deep it recurses)."""
        total = sum(self.stacks.values()) or 1
        own: Counter[tuple[str, int, str]] = Counter()
        anywhere: Counter[tuple[str, int, str]] = Counter()
        for stack, n in self.stacks.items():
            own[stack[0]] += n
            for f in set(stack):
                anywhere[f] += n
        lines = [f"{total} samples of the process's CPU, one a millisecond"]
        for title, counts in (("on top of the stack", own), ("anywhere in the stack", anywhere)):
            lines.append(f"  {title}:")
            lines += [
                f"  {n / total:6.1%}  {name} ({file}:{line})"
                for (file, line, name), n in counts.most_common(top)
            ]
        return "\n".join(lines)


def _import_other(checkout: Path) -> Path:
    """``checkout``'s ``qa_align`` copied to a temporary folder as ``qa_align_other`` and put on
    the path; the folder (to be removed)."""
    scratch = Path(tempfile.mkdtemp(prefix="bench_map."))
    shutil.copytree(checkout / "qa_align", scratch / OTHER, ignore=shutil.ignore_patterns("__pycache__"))
    sys.path.insert(0, str(scratch))
    return scratch


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--sample", help="pickle of the sample: written if missing, read if there")
    parser.add_argument("--profile", type=int, default=0, help="profile the pass, print the top N")
    parser.add_argument("--dump", help="with --profile: the profile's statistics written there too")
    parser.add_argument("--against", help="another checkout, scored document by document in turn")
    parser.add_argument("--parts", action="store_true", help="the process time of each part and rule")
    parser.add_argument("--sampled", type=int, default=0, help="sample the pass's CPU, print the top N")
    parser.add_argument("--without", help="rules left out of the pass, comma-separated")
    parser.add_argument(
        "--chunked", action="store_true", help="the pass a chunk of documents at a time (map_chunk)"
    )
    parser.add_argument(
        "--first", type=int, default=0, help="the sample: the first N documents of each source"
    )
    parser.add_argument(
        "--repeats", type=int, default=0, help="answer analyses of repeated texts, JOBS workers"
    )
    args = parser.parse_args()
    from qa_align.workers import collect_less

    collect_less()  # the workers' thresholds
    if args.sample and Path(args.sample).exists():
        data = Path(args.sample).read_bytes()
    else:
        data = pickle.dumps(sample(Path(args.data), args.first))
        if args.sample:
            Path(args.sample).write_bytes(data)
    if args.against:
        scratch = _import_other(Path(args.against).resolve())
        try:
            sides = [Side(OTHER, data), Side("qa_align", data)]
            for side in sides:
                side.warm_up()
            for k in range(sides[0].steps(args.chunked)[0]):
                for side in sides if k % 2 else sides[::-1]:
                    side.steps(args.chunked)[1](k)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        for label, side in zip((f"other ({args.against})", "this checkout"), sides, strict=True):
            pairs, digest = side.digest()
            print(f"{label}: {len(side.docs)} documents, {pairs} pairs, map_document {side.seconds:.2f} s")
            print(f"  results sha256 {digest}")
        print(f"this / other: {sides[1].seconds / sides[0].seconds:.3f}")
        return
    side = Side("qa_align", data)
    if args.without:
        left_out = set(args.without.split(","))
        unknown = left_out - {r.name for r in side.rules}
        if unknown:
            parser.error(f"--without: no rule {', '.join(sorted(unknown))} among those run")
        side.rules = [r for r in side.rules if r.name not in left_out]
    timed = None
    if args.parts:
        timed = Timed()
        timed.install()
    side.warm_up()
    repeats = None
    if args.repeats:
        repeats = Repeats(args.repeats)
        repeats.install()
    if timed is not None:
        for k in timed.seconds:
            timed.seconds[k], timed.calls[k] = 0.0, 0
    sampler = Sampler() if args.sampled else None
    count, step = side.steps(args.chunked)
    if sampler is not None:
        with sampler:
            for k in range(count):
                step(k)
    elif args.profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile(time.process_time)
        profiler.runcall(lambda: [step(k) for k in range(count)])
    elif args.chunked:
        for k in range(count):
            step(k)
    else:
        for k in range(len(side.docs)):
            if repeats is not None:
                repeats.document = k
                before = side.seconds
            side.one(k)
            if repeats is not None:
                repeats.done(side.seconds - before)
    pairs, digest = side.digest()
    print(f"{len(side.docs)} documents, {pairs} pairs, map_document {side.seconds:.2f} s of process time")
    print(f"results sha256 {digest}")
    if timed is not None:
        print(timed.table())
        _time_hold(side)
    if repeats is not None:
        print(repeats.table(side.seconds))
    if sampler is not None:
        print(sampler.table(args.sampled))
    if args.profile:
        if args.dump:
            profiler.dump_stats(args.dump)
        stats = pstats.Stats(profiler, stream=sys.stdout)
        stats.sort_stats("tottime").print_stats(args.profile)
        stats.sort_stats("cumulative").print_stats(args.profile)


def _time_hold(side: Side) -> None:
    """The process time of making what the workers send back (``document_rules.hold``, with the
    texts that similarity compares) and of pickling it, and its pickled size."""
    rules = importlib.import_module("qa_align.document_rules")
    packed = [rules.Packed(d) for d in side.docs]  # (made in the main process, before sending)
    start = time.process_time()
    held = [rules.hold(d, r, True) for d, r in zip(packed, side.results, strict=True)]
    made = time.process_time() - start
    start = time.process_time()
    size = sum(len(pickle.dumps(h, protocol=pickle.HIGHEST_PROTOCOL)) for h in held)
    pickled = time.process_time() - start
    print(
        f"  document_rules.hold (what is sent back, with texts)   {made:7.2f} s, {size / 2**20:.1f} MB pickled"
    )
    print(f"  pickling it                                           {pickled:7.2f} s")


if __name__ == "__main__":
    main()

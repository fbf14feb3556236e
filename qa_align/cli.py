"""The command line: ``qa-align score PATH... -o FILE.csv``. Parses arguments, calls the
library, writes the output; nothing else."""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import logging
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from . import __version__
from .errors import ConfigError, QaAlignError
from .pipeline import iter_scored
from .readers.tabular import Columns, no_column_error
from .rules import registry
from .settings import LEXICON_ONLY, Settings
from .sinks import ResultFiles
from .types import Problem
from .workers import Terminated, check_interrupt, collecting_less, interruptible, one_run

log = logging.getLogger("qa_align")
_COLUMN_ROLES = ("id", "question", "answer", "text", "date", "questioner", "minister", "title")
_SHOW_PROBLEMS = 20  # problems printed one by one; the rest are counted and listed in the errors file


class _Progress:
    """Documents scored of the documents read so far (the total grows as files and records
    are read): a bar on a terminal; otherwise a line every ``EVERY`` seconds."""

    EVERY = 5.0

    def __init__(
        self, enabled: bool, unit: str = "documents", line: Callable[[int, int], str] | None = None
    ) -> None:
        self.enabled = enabled
        self.unit = unit
        self.line = line or _documents_scored
        self.bar = None
        self.last = time.monotonic()

    def __call__(self, done: int, total: int) -> None:
        check_interrupt()  # a Ctrl-C a finaliser swallowed stops the run here
        if not self.enabled:
            return
        if sys.stderr.isatty():
            if self.bar is None:
                from tqdm import tqdm

                self.bar = tqdm(total=total, unit=f" {self.unit}", file=sys.stderr, dynamic_ncols=True)
            self.bar.total = total
            self.bar.update(done - self.bar.n)
        elif time.monotonic() - self.last >= self.EVERY:
            self.last = time.monotonic()
            print(f"qa-align: {self.line(done, total)}", file=sys.stderr)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def columns_from(args: argparse.Namespace) -> Columns | None:
    """The ``--*-col`` options as ``Columns``; ``None`` when none is given."""
    given = {role: getattr(args, f"{role}_col") for role in _COLUMN_ROLES if getattr(args, f"{role}_col")}
    if not given:
        return None
    if "text" in given:
        if "question" in given or "answer" in given:
            raise ConfigError(
                "--text-col holds the whole document: give it without --question-col and --answer-col"
            )
        if not args.source:
            raise ConfigError("--text-col needs --source naming the reader of the text (vlaams-parlement)")
    required = ("id", "text") if "text" in given else ("id", "question", "answer")
    missing = [f"--{r}-col" for r in required if r not in given]
    if missing:
        raise ConfigError(f"with column options, {', '.join(missing)} must be given too")
    return Columns(
        **given, language=args.language or "nl", source=args.source or "table", single_unit=args.single_unit
    )


def _add_labelled_inputs(p: argparse.ArgumentParser) -> None:
    p.add_argument("gold", help="labelled documents, JSON Lines in the format of LABELS.md")
    p.add_argument("paths", nargs="+", help="files and folders holding the labelled documents")


_EXCLUDE_HELP = (
    "files or folders not to read in the folders given (gitignore syntax, relative to each folder "
    "given; repeatable); a .qa-alignignore file in a folder does the same"
)


def _add_run_options(p: argparse.ArgumentParser) -> None:
    """The options of every command that reads and scores documents."""
    p.add_argument("--source", help="force a reader (default: detected per file)")
    p.add_argument(
        "--rules",
        help="comma-separated rules to run (default: all of `qa-align rules` but off_topic); "
        "+NAME adds to the defaults (--rules +off_topic)",
    )
    p.add_argument("--config", help="a TOML settings file (see qa_align.settings.Settings)")
    p.add_argument("--lexicon-dir", help="a folder with nl.toml/en.toml replacing the built-in lexicons")
    p.add_argument(
        "--cues",
        metavar="MODEL",
        help="the answer cues the rules read: 'learned' (default) the lexicon's phrases and the shipped cue "
        "classifier's (models/cues.md), 'lexicon' the lexicon's phrases alone, or the path of a classifier "
        "trained by `qa-align train-cues`",
    )
    p.add_argument(
        "--model",
        help="the embedding backend of similarity and identifiability: tfidf+char (default), tfidf, use, minilm, "
        "a sentence-transformers model name or path, or none",
    )
    p.add_argument(
        "--cache",
        action="store_true",
        help="keep this run's results; a re-run on the same files with the same settings and version loads "
        "them (see qa_align.runcache)",
    )
    p.add_argument(
        "-j",
        "--jobs",
        type=int,
        help="processes scoring a large batch (default: one per available core; 1: none)",
    )
    p.add_argument("--exclude", action="append", metavar="GLOB", help=_EXCLUDE_HELP)
    _add_column_options(p)


def _add_column_options(s: argparse.ArgumentParser) -> None:
    g = s.add_argument_group("table files of no known layout (CSV, TSV, JSON Lines, JSON, Parquet)")
    for role in _COLUMN_ROLES:
        what = "the whole document (with --source vlaams-parlement)" if role == "text" else f"the {role}"
        g.add_argument(f"--{role}-col", metavar="NAME", help=f"the column holding {what}")
    g.add_argument("--language", choices=("nl", "en"), help="the language of a table's texts (default nl)")
    g.add_argument(
        "--single-unit", action="store_true", help="each question is one unit (no numbered sub-questions)"
    )


def cmd_score(args: argparse.Namespace) -> int:
    settings = _settings(args)
    columns = columns_from(args)
    if args.engine == "dask" and Path(args.output).suffix.lower() == ".parquet":
        return _score_parts(args, settings, columns)
    # the output (and the errors CSV) are made under temporary names before anything is read: a
    # path that cannot be written, or a suffix of no known format, fails now; an interrupted run
    # leaves the previous files as they were
    with ResultFiles(args.output, args.errors, settings.max_cell_chars) as out:
        problems = out.problems  # (every problem, kept for the summary)
        pairs = flagged = 0
        docs: set[tuple[str, str]] = set()
        progress = _Progress(not args.quiet, *_ENGINE_PROGRESS.get(args.engine, ()))
        for item in _scored(args, settings, columns, progress):
            if isinstance(item, Problem):
                out.add(item)
                if not args.quiet and len(problems) <= _SHOW_PROBLEMS:
                    _tell(item)
                continue
            pairs += 1
            docs.add((item.document.source, item.document.doc_id))
            if item.flags:
                flagged += 1
            if args.all or item.flags:
                out.add(item)
        progress.close()
        _no_named_column(problems, pairs)  # (before the commit: an earlier output is kept)
        out.commit()
    listed = out.errors or f"the table problems of {out.path}"
    return _summary(
        args,
        problems,
        listed,
        f"{_n(len(docs), 'document')}, {_n(pairs, 'pair')}, {flagged} flagged; {_n(out.rows, 'row')} written to "
        f"{out.path}",
    )


def _score_parts(args: argparse.Namespace, settings: Settings, columns: Columns | None) -> int:
    """``score --engine dask -o NAME.parquet``: a folder of part files, one a partition; into
    the folder of an earlier run, only the parts missing or stale are written
    (``engine.write_parts``)."""
    from .engine import cluster_logs, write_parts

    progress = _Progress(not args.quiet, *_ENGINE_PROGRESS["dask"])
    with cluster_logs(logging.INFO if args.verbose else logging.WARNING):  # for this call only (lows56)
        done = write_parts(
            args.paths, args.output, settings, args.source, columns, errors=args.errors,
            flagged_only=not args.all, scheduler=args.scheduler, progress=progress,
        )  # fmt: skip
    progress.close()
    if not args.quiet:
        for item in done.problems[:_SHOW_PROBLEMS]:
            _tell(item)
        print(
            f"qa-align: {done.path}: {_n(done.kept + done.checked, 'part')} kept from the earlier run"
            f"{_checked(done.checked, done.kept + done.checked)}, {done.written} written, {done.removed} removed",
            file=sys.stderr,
        )
    return _summary(
        args,
        done.problems,
        done.errors,
        f"{_n(done.documents, 'document')}, {_n(done.pairs, 'pair')}, "
        f"{done.flagged} flagged; {_n(done.rows, 'row')} in the parts of {done.path}",
    )


def _no_named_column(problems: list[Problem], pairs: int) -> None:
    """``ConfigError`` (exit 2, one message) where nothing was read and every problem but the
    skipped files is a table without a column the options name (``tabular.no_column_error``; the
    engines' own streams raise it already: lows45). Where anything else was read, or failed
    otherwise, each such table is its own row and the rest of the batch is kept."""
    error = None if pairs else no_column_error(problems)
    if error is not None:
        raise error


def _n(count: int, noun: str, nouns: str | None = None) -> str:
    """``count`` and the noun, plural (``nouns``, else the noun and an s) but for one: "1 document",
    "2 documents" (lows48)."""
    return f"{count} {noun if count == 1 else nouns or noun + 's'}"


def _of(part: int, whole: int, noun: str) -> str:
    """``part`` of ``whole`` counted with the noun: "3 of 5 documents", "all 5 documents", "1 document"
    (the one of one), "0 of 1 document" (lows49: not "5 of 5 documents")."""
    if part == whole:  # "0 documents", not "all 0 documents" (review51)
        return _n(whole, noun) if whole <= 1 else f"all {_n(whole, noun)}"
    return f"{part} of {_n(whole, noun)}"


def _documents_scored(done: int, total: int) -> str:
    """The progress line of a run: "1 document scored of 40 read so far", "40 documents scored, all
    read so far" (lows49: not "40 documents scored of 40"); "0 documents scored of 0 read so far" before any
    is read (not "all")."""
    if done == total and done:
        return f"{_n(done, 'document')} scored, all read so far"
    return f"{_n(done, 'document')} scored of {total} read so far"


def _passes_done(done: int, total: int) -> str:
    """The Dask engine's progress line: "3 of 8 partition passes done", "all 8 ..." (lows49)."""
    passes = _n(total, "partition pass", "partition passes")
    told = (f"all {passes}" if total > 1 else passes) if done == total else f"{done} of {passes}"
    return f"{told} done (each partition: map, then finish)"


def _checked(checked: int, kept: int) -> str:
    """How many of the parts kept were finished again and found the same: "(0 of them ...)", "(2 of
    them ...)", "(all of them ...)", "(it was ...)" for the one part kept (lows49), each after a space; nothing
    where none was kept (review51: a first run read "0 parts kept from the earlier run (all of them finished
    again and found the same)")."""
    if kept == 0:
        return ""
    if kept == 1:
        return (
            f" (it was {'' if checked else 'not '}finished again{' and found the same' if checked else ''})"
        )
    told = "all" if checked == kept else str(checked)
    return f" ({told} of them finished again and found the same)"


def _tell(item: Problem) -> None:
    where = f"{item.path} [{item.doc_id}]" if item.doc_id else item.path
    kind = "skipped: " if item.skipped else ""
    print(f"qa-align: {where}: {kind}{item.reason}", file=sys.stderr)


def _summary(args: argparse.Namespace, problems: list[Problem], listed: object, counts: str) -> int:
    """The run's summary on stderr (unless ``--quiet``); the exit code: 1 when a file or
    record could not be read, else 0."""
    if not args.quiet and len(problems) > _SHOW_PROBLEMS:
        print(f"qa-align: ... and {len(problems) - _SHOW_PROBLEMS} more, listed in {listed}", file=sys.stderr)
    empty = sum(1 for p in problems if p.empty_folder)
    failed = sum(1 for p in problems if p.failed) - empty
    skipped = sum(1 for p in problems if p.skipped)
    unanswered = sum(1 for p in problems if p.unanswered)
    # a folder named that holds no document is counted as such, not as unreadable (lows51), and still fails the run
    folders = f"{empty} folder{'' if empty == 1 else 's'} with no document" if empty else ""
    if not args.quiet:
        print(
            f"qa-align: {counts}"
            + (
                f"; {unanswered} unanswered, {skipped} skipped "
                f"({'not a written question' if skipped == 1 else 'not written questions'})"
                + (f", {failed} unreadable and {folders}" if empty else f" and {failed} unreadable")
                + f", listed in {listed}"
                if problems
                else ""
            ),
            file=sys.stderr,
        )
    elif (
        failed or empty
    ):  # -q: still one line where something could not be read, and where it is listed (lows48)
        said = (
            [
                f"{failed} unreadable (file{'' if failed == 1 else 's'} or record{'' if failed == 1 else 's'} not read)"
            ]
            if failed
            else []
        )
        print(
            f"qa-align: {' and '.join([*said, *([folders] if folders else [])])}, listed in {listed}",
            file=sys.stderr,
        )
    return 1 if failed or empty else 0


# what the progress of an engine counts, if not documents
_ENGINE_PROGRESS = {"dask": ("partition passes", _passes_done)}


def _scored(args: argparse.Namespace, settings: Settings, columns: Columns | None, progress: _Progress):
    """The scored pairs and problems of the command's paths, by the engine chosen."""
    if args.engine == "local":
        if args.scheduler:
            raise ConfigError("--scheduler goes with --engine dask")
        return iter_scored(args.paths, settings, args.source, columns, progress=progress)
    from .engine import cluster_logs
    from .engine import iter_scored as dask_scored

    def scored():
        # Dask's loggers at the command's level while its results are read, as they were after (lows56)
        with cluster_logs(logging.INFO if args.verbose else logging.WARNING):
            yield from dask_scored(
                args.paths, settings, args.source, columns, scheduler=args.scheduler, progress=progress
            )

    return scored()


def _settings(args: argparse.Namespace) -> Settings:
    settings = Settings.from_file(args.config) if args.config else Settings()
    if args.rules:
        settings = settings.replace(rules=args.rules)
    if getattr(args, "lexicon_dir", None):
        settings = settings.replace(lexicon_dir=args.lexicon_dir)
    if getattr(args, "cues", None):
        settings = settings.replace(cue_model=args.cues)
    if settings.cue_model != LEXICON_ONLY:
        from .cues import load_model

        load_model(settings.cue_model)  # a missing or unreadable model stops the run here
    if getattr(args, "cache", False):
        settings = settings.replace(run_cache=True)
    if getattr(args, "jobs", None) is not None:
        if args.jobs < 0:
            raise ConfigError("--jobs must be 0 (one per core) or more")
        settings = settings.replace(jobs=args.jobs)
    if getattr(args, "model", None):
        settings = settings.replace(similarity_model=None if args.model == "none" else args.model)
    if getattr(args, "exclude", None):
        settings = settings.replace(exclude=(*settings.exclude, *args.exclude))
    return settings


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, load_gold

    gold = load_gold(args.gold)
    progress = _Progress(True)
    result = evaluate(gold, args.paths, _settings(args), args.source, columns_from(args), progress)
    progress.close()
    if args.json:
        print(result.to_json())
    else:
        print(result.table())
        if args.mismatches:
            print()
            for m in result.mismatches:
                print(json.dumps(m, ensure_ascii=False))
    return 0


def _iso_date(value: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}") from None


def cmd_fetch(args: argparse.Namespace) -> int:
    from .fetch import Client, FetchConfig, NetworkUnreachable, fetch

    config = FetchConfig(delay=args.delay, timeout=args.timeout, retries=args.retries)
    if args.api:
        base = args.api.rstrip("/")
        config = dataclasses.replace(
            config, search_url=f"{base}/api/search/query/", detail_url=f"{base}/e/opendata/schv/{{id}}"
        )
    show = not args.quiet and sys.stderr.isatty()
    try:
        report = fetch(
            args.date_from, args.date_to, args.output, args.minister, args.theme, Client(config), show
        )
    except NetworkUnreachable as exc:
        print(
            f"qa-align: error: {exc}; check the network (nothing was written for the questions not fetched)",
            file=sys.stderr,
        )
        return 3
    if not args.quiet:
        print(
            f"qa-align: {_n(report.listed, 'question')} listed, {report.fetched} fetched, {report.skipped} already there, "
            f"{report.filtered} not matching the filters, {len(report.problems)} not fetched",
            file=sys.stderr,
        )
        for qid, reason in report.problems[:_SHOW_PROBLEMS]:
            print(f"qa-align: question {qid}: {reason}", file=sys.stderr)
    return 1 if report.problems else 0


def cmd_report(args: argparse.Namespace) -> int:
    from .report import write_report

    scored, problems = [], []
    progress = _Progress(not args.quiet)
    for item in iter_scored(args.paths, _settings(args), args.source, columns_from(args), progress=progress):
        (problems if isinstance(item, Problem) else scored).append(item)
    progress.close()
    path = write_report(scored, problems, args.output, args.title)
    if not args.quiet:
        not_read = [p for p in problems if not p.unanswered]
        for p in not_read[:_SHOW_PROBLEMS]:
            print(f"qa-align: {p.path}{f' [{p.doc_id}]' if p.doc_id else ''}: {p.reason}", file=sys.stderr)
        if len(not_read) > _SHOW_PROBLEMS:
            print(
                f"qa-align: {len(not_read) - _SHOW_PROBLEMS} more not read: listed in the report",
                file=sys.stderr,
            )
        docs = len({(sp.document.source, sp.document.doc_id) for sp in scored})
        size = path.stat().st_size / 1e6
        print(
            f"qa-align: report of {_n(docs, 'document')}, {_n(len(scored), 'pair')} written to {path} ({size:.1f} MB)",
            file=sys.stderr,
        )
    return 1 if any(p.failed for p in problems) else 0


def cmd_train(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .evaluate import load_gold
    from .pipeline import iter_scored
    from .train import MODEL_PATH, calibrate_off_topic, copy_outputs, save_dirs, train, training_documents

    tests = {name: load_gold(name) for name in args.test or []}
    sets = {name: load_gold(name) for name in [args.gold, *(args.more_gold or [])]}
    gold, summary = training_documents(sets, tests)
    wanted = {(g.source, g.doc_id) for g in [*gold, *(g for t in tests.values() for g in t)]}
    # every document given is scored, not only the labelled ones: recycling across documents,
    # similarity and identifiability (drawn from the whole source) then are what `score` gives
    settings = _settings(args).replace(
        similarity_model=args.model or Settings().similarity_model,
        score_model="none",
        off_topic_calibration="none",
    )
    scored = [
        r
        for r in iter_scored(args.paths, settings, args.source, columns_from(args))
        if not isinstance(r, Problem) and (r.document.source, r.document.doc_id) in wanted
    ]
    command = " ".join(
        ["qa-align", "train", args.gold, *args.paths]
        + [x for name in args.more_gold or [] for x in ("--gold", name)]
        + [x for name in args.test or [] for x in ("--held-out", name)]
        + (["--rules", args.rules] if args.rules else [])
        + (["--cues", args.cues] if getattr(args, "cues", None) else [])
        + (["--config", args.config] if args.config else [])
        + (["--lexicon-dir", args.lexicon_dir] if getattr(args, "lexicon_dir", None) else [])
        + (["-o", args.output] if args.output else [])
        + (["--model", args.model] if args.model else [])
    )
    path = Path(args.output) if args.output else MODEL_PATH
    report = train(
        gold, scored, path, command, tests, settings.similarity_model or "none", settings.rules, summary
    )
    for s in summary:
        print(
            f"qa-align: {s['name']}: {_of(s['used'], s['documents'], 'document')} trained on "
            f"({s['held_out']} held out, {s['repeated']} labelled in a set before)",
            file=sys.stderr,
        )
    aucs = ", ".join(f"{k} {'-' if v is None else f'{v:.3f}'}" for k, v in report["auc"].items())
    print(
        f"qa-align: trained on {_n(report['units'], 'unit')}; cross-validated ROC AUC: {aucs}",
        file=sys.stderr,
    )
    for name, t in report.get("tests", {}).items():
        aucs = ", ".join(f"{k} {'-' if v is None else f'{v:.3f}'}" for k, v in t["auc"].items())
        print(f"qa-align: held-out set {name} ({_n(t['units'], 'unit')}): ROC AUC {aucs}", file=sys.stderr)
    cal = calibrate_off_topic(gold, scored, path.with_name("off_topic.json"), command)
    for lang, c in cal["languages"].items():
        print(
            f"qa-align: off_topic ({lang}): similarity < {c['similarity']:.3f} and identifiability < "
            f"{c['identifiability']:.3f} (5% of {_n(c['answered_units'], 'answered unit')}); "
            f"{c['off_topic_positives']} labelled off_topic",
            file=sys.stderr,
        )
    folders = [path.parent] if args.output else save_dirs()  # the package's, and a checkout's models/
    copy_outputs(path, folders)
    print(f"qa-align: model, card and calibration saved in {', '.join(map(str, folders))}", file=sys.stderr)
    return 0


def _fmt_f1(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"


def cmd_train_cues(args: argparse.Namespace) -> int:
    from .cues import MODEL_PATH
    from .cues_train import train_cues

    command = " ".join(
        ["qa-align", "train-cues", *args.labels]
        + (["-o", args.output] if args.output else [])
        + (["--folds", str(args.folds)] if args.folds != 5 else [])
        + (["--no-lexicon"] if args.no_lexicon else [])
        + (["--lexicon-dir", args.lexicon_dir] if args.lexicon_dir else [])
    )
    output = Path(args.output) if args.output else MODEL_PATH
    if args.jobs < 1:
        raise ConfigError("--jobs must be 1 or more")
    cv = train_cues(
        args.labels, output, command, not args.no_lexicon, args.folds, args.lexicon_dir, jobs=args.jobs
    )
    for lang, block in cv["languages"].items():
        f1 = ", ".join(f"{c} {_fmt_f1(m['f1'])}" for c, m in block["cues"].items())
        print(
            f"qa-align: {lang} ({_n(block['sentences'], 'sentence')}), cross-validated F1: {f1}",
            file=sys.stderr,
        )
    print(f"qa-align: model written to {output}, card to {output.with_suffix('.md')}", file=sys.stderr)
    return 0


def cmd_rules(args: argparse.Namespace) -> int:
    for name, r in sorted(registry().items()):
        print(f"{name:20s} {r.stage:8s} {'default' if r.default else 'opt-in':7s} {r.description}")
    return 0


def cmd_lexicon_stats(args: argparse.Namespace) -> int:
    from .lexicon_stats import lexicon_stats

    languages = (args.language,) if args.language else ("nl", "en")
    frame, documents, problems = lexicon_stats(
        args.paths, languages, args.lexicon_dir, jobs=args.jobs or 1, exclude=args.exclude or ()
    )
    if args.json:
        text = json.dumps(
            {"documents": dict(documents), "entries": frame.to_dict(orient="records")},
            ensure_ascii=False,
            indent=1,
        )
    else:
        text = frame.to_csv(index=False)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    for item in [p for p in problems if p.failed][:_SHOW_PROBLEMS]:
        _tell(item)
    read = ", ".join(f"{n} {lang}" for lang, n in documents.items()) or "none"
    failed = sum(1 for p in problems if p.failed)
    print(
        f"qa-align: documents read: {read}; {failed} could not be read"
        + (f" (the first {_SHOW_PROBLEMS} named above)" if failed > _SHOW_PROBLEMS else "")
        + f", {len(problems) - failed} unanswered or skipped",
        file=sys.stderr,
    )
    return 1 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qa-align",
        description="Check whether governments answer the written questions put to them.",
    )
    parser.add_argument("--version", action="version", version=f"qa-align {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    sub = parser.add_subparsers(dest="command", required=True)

    s = sub.add_parser(
        "score",
        help="pair sub-questions with answers and flag non-answers; write a CSV, Parquet or SQLite file",
    )
    s.add_argument("paths", nargs="+", help="files and folders (read recursively)")
    s.add_argument(
        "-o",
        "--output",
        required=True,
        help="the file to write; its suffix picks the format: .csv, .parquet, .sqlite (also .sqlite3, .db)",
    )
    s.add_argument("--all", action="store_true", help="write every pair, not only flagged ones")
    s.add_argument(
        "--errors",
        help="a CSV listing what was not scored: files and records that could not be read, unanswered "
        "questions, skipped files (default: OUTPUT.errors.csv; for a SQLite output, its table problems, and "
        "this CSV too when given)",
    )
    s.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress bar, list of problems or summary on stderr (the errors file lists the problems); "
        "only, where a file or record could not be read, one line saying how many and where they are listed",
    )
    s.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local: worker processes on this machine (default); dask: partitions on a Dask cluster "
        "(the extra qa-align[dask]), the same results",
    )
    s.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask: the Dask scheduler to use (tcp://HOST:8786; default: a local cluster of "
        "--jobs processes)",
    )
    _add_run_options(s)
    s.set_defaults(func=cmd_score)

    e = sub.add_parser(
        "eval", help="score against labelled documents: unit counts, pairing accuracy, flag precision/recall"
    )
    _add_labelled_inputs(e)
    e.add_argument("--json", action="store_true", help="print the results as JSON")
    e.add_argument("--mismatches", action="store_true", help="also list every unit the tool got wrong")
    _add_run_options(e)
    e.set_defaults(func=cmd_eval)

    f = sub.add_parser("fetch", help="download Flemish Parliament written questions from its open-data API")
    f.add_argument(
        "--from", dest="date_from", type=_iso_date, required=True, help="first publication date, YYYY-MM-DD"
    )
    f.add_argument(
        "--to", dest="date_to", type=_iso_date, required=True, help="last publication date, YYYY-MM-DD"
    )
    f.add_argument("--minister", help="only questions to this minister (part of the name)")
    f.add_argument("--theme", help="only questions with this theme (part of its name)")
    f.add_argument(
        "-o",
        "--output",
        required=True,
        help="the folder to write to (a second run fetches only what is missing)",
    )
    f.add_argument("--delay", type=float, default=0.5, help="seconds between requests (default 0.5)")
    f.add_argument(
        "--timeout", type=float, default=30.0, help="seconds before a request times out (default 30)"
    )
    f.add_argument(
        "--retries", type=int, default=5, help="retries of a failed request, with back-off (default 5)"
    )
    f.add_argument("--api", help="another server with the same paths (default https://ws.vlpar.be)")
    f.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    f.set_defaults(func=cmd_fetch)

    rp = sub.add_parser(
        "report", help="write a self-contained HTML report: summary charts, pairs side by side, flags"
    )
    rp.add_argument("paths", nargs="+", help="files and folders (read recursively)")
    rp.add_argument("-o", "--output", required=True, help="the HTML file to write")
    rp.add_argument("--title", default="qa-align report", help="the page's title")
    rp.add_argument("-q", "--quiet", action="store_true", help="no summary")
    _add_run_options(rp)
    rp.set_defaults(func=cmd_report)

    t = sub.add_parser(
        "train", help="retrain the responsiveness score on labelled documents; save it with a model card"
    )
    _add_labelled_inputs(t)
    t.add_argument(
        "--gold",
        dest="more_gold",
        action="append",
        metavar="GOLD",
        help="more labelled documents to train on (repeatable); a document labelled twice is taken from "
        "the first file, the positional one first; documents of a --held-out set are left out",
    )
    t.add_argument(
        "-o",
        "--output",
        help="where to save the model (default: the package's qa_align/models/responsiveness.joblib, "
        "copied to the checkout's models/)",
    )
    t.add_argument(
        "--held-out",
        "--test",
        dest="test",
        action="append",
        metavar="GOLD",
        help="labelled documents kept out of training: the fitted model's ROC AUC on them goes into the "
        "model card (repeatable; their documents must be among the paths; --test: the older name)",
    )
    _add_run_options(t)
    t.set_defaults(func=cmd_train)

    tc = sub.add_parser(
        "train-cues",
        help="retrain the answer-sentence cue classifier on labelled sentences; save it with a model card",
    )
    tc.add_argument("labels", nargs="+", help="labelled sentences, JSON Lines in the format of cues.jsonl")
    tc.add_argument("-o", "--output", help="where to save the model (default: models/cues.npz)")
    tc.add_argument("--folds", type=int, default=5, help="folds of the grouped cross-validation (default 5)")
    tc.add_argument(
        "--no-lexicon", action="store_true", help="leave the lexicon's cue lists out of the features"
    )
    tc.add_argument("--lexicon-dir", help="a folder with nl.toml/en.toml replacing the built-in lexicons")
    tc.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        help="processes that fit the cross-validation's folds at once (default 1)",
    )
    tc.set_defaults(func=cmd_train_cues)

    ls = sub.add_parser(
        "lexicon-stats", help="how many documents each lexicon entry matches, and in which sources (CSV)"
    )
    ls.add_argument("paths", nargs="+", help="files and folders (read recursively)")
    ls.add_argument("--language", choices=("nl", "en"), help="only this language's lexicon (default both)")
    ls.add_argument(
        "--lexicon-dir",
        "--lexicon",
        dest="lexicon_dir",
        help="a folder with nl.toml/en.toml replacing the built-in lexicons (--lexicon: the older name)",
    )
    ls.add_argument("--json", action="store_true", help="write JSON (with the documents read) instead of CSV")
    ls.add_argument("-o", "--output", help="the file to write (default: standard output)")
    ls.add_argument("-j", "--jobs", type=int, help="processes reading PDF and Word files (default 1)")
    ls.add_argument("--exclude", action="append", metavar="GLOB", help=_EXCLUDE_HELP)  # (as score's: lows46)
    ls.set_defaults(func=cmd_lexicon_stats)

    r = sub.add_parser("rules", help="list the rules and what they flag")
    r.set_defaults(func=cmd_rules)
    return parser


@contextlib.contextmanager
def _logging_of_one_call(verbose: bool) -> Iterator[None]:
    """The command's logging, for its own call: a handler on the root logger where none is (``-v``: from
    INFO on, else WARNING) and, with ``-v``, the pipeline's stage marks ("stage: ...", at DEBUG on
    ``qa_align.stages``: the bench reads them; lows54). Both undone when the call ends (lows55): a later
    ``main()`` in the same process (a test, a notebook) without ``-v`` shows no marks, and the caller's
    logging is as it was."""
    root, marks = logging.getLogger(), logging.getLogger("qa_align.stages")
    handlers, root_level, marks_level = list(root.handlers), root.level, marks.level
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="qa-align: %(levelname)s: %(message)s",
    )
    if verbose:
        marks.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        marks.setLevel(marks_level)
        for handler in [h for h in root.handlers if h not in handlers]:  # basicConfig's
            root.removeHandler(handler)
        root.setLevel(root_level)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    with _logging_of_one_call(args.verbose):
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    """The command ``args`` names, its errors told as the command line tells them (exit status 2)."""
    try:
        # fewer garbage collections while the command runs (``workers.GC_THRESHOLDS``); the command is
        # one run (``workers.one_run``): where no worker can start, it says so once
        with collecting_less(), interruptible(), one_run():
            return args.func(args)
    except QaAlignError as exc:
        print(f"qa-align: error: {exc}", file=sys.stderr)
        return 2
    except Terminated:  # SIGTERM: stopped as by Ctrl-C, the conventional status 128 + 15
        print("qa-align: terminated", file=sys.stderr)
        return 143
    except KeyboardInterrupt:
        print("qa-align: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())

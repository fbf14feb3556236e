"""Process time of each stage of a whole `qa-align score` run in this one process (give it `-j 1`):
the stages the pipeline logs ("stage: ..."), the map stage's reading (the reader with its
segmentation), ``map_document`` and ``hold`` timed apart, the rows stage's unpickling and score;
and the garbage collector's collections by generation, the full ones by stage.

    PYTHONPATH=$PWD .venv/bin/python scripts/profile_run_stages.py score ../shared/data/be-kamer-2017 \\
        --all -j 1 -q -o /tmp/be.csv

The arguments are those of `qa-align`; the output file is written as the command writes it. Each
figure is process time (``time.process_time``: every thread of this process), so a run on a shared
machine reads about the same as on a quiet one. Prints nothing of the documents.
"""

from __future__ import annotations

import gc
import logging
import resource
import sys
import time
from collections import defaultdict


class _Stages(logging.Handler):
    """The process time at each "stage: " message of the pipeline's log."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)  # (the stage marks at DEBUG: lows54)
        self.marks: list[tuple[float, str]] = []
        self.current = "reading and map"

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.startswith("stage: "):
            self.current = message[7:]
            self.marks.append((time.process_time(), self.current))


class _Collections:
    """The garbage collector's collections by generation, and the full ones by stage."""

    def __init__(self, stages: _Stages) -> None:
        self.stages = stages
        self.by_generation: dict[int, list[float]] = defaultdict(lambda: [0, 0.0])
        self.full_by_stage: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
        self._started = 0.0

    def __call__(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._started = time.process_time()
            return
        took = time.process_time() - self._started
        generation = info["generation"]
        self.by_generation[generation][0] += 1
        self.by_generation[generation][1] += took
        if generation == 2:
            self.full_by_stage[self.stages.current][0] += 1
            self.full_by_stage[self.stages.current][1] += took


def _timed(owner, name: str, label: str, spent: dict[str, float]) -> None:
    """``owner.name`` replaced by itself with its process time added to ``spent[label]``."""
    func = getattr(owner, name)

    def timed(*args, **kwargs):
        start = time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.process_time() - start

    setattr(owner, name, timed)


def _timed_generator(owner, name: str, label: str, spent: dict[str, float]) -> None:
    """``owner.name`` (a generator function) with the process time of each step added to
    ``spent[label]`` (not the time of its consumer between steps)."""
    func = getattr(owner, name)

    def timed(*args, **kwargs):
        items = func(*args, **kwargs)
        while True:
            start = time.process_time()
            try:
                item = next(items)
            except StopIteration:
                spent[label] = spent.get(label, 0.0) + time.process_time() - start
                return
            spent[label] = spent.get(label, 0.0) + time.process_time() - start
            yield item

    setattr(owner, name, timed)


def main(argv: list[str]) -> None:
    stages = _Stages()
    log = logging.getLogger("qa_align")
    log.addHandler(stages)
    log.setLevel(logging.INFO)
    logging.getLogger("qa_align.stages").setLevel(logging.DEBUG)  # the stage marks (lows54)
    collections = _Collections(stages)
    gc.callbacks.append(collections)

    from qa_align import cli, document_rules, pipeline, scoring, similarity

    spent: dict[str, float] = {}
    _timed_generator(pipeline, "iter_documents", "map: reading (the reader, segmenting included)", spent)
    _timed(pipeline, "map_document", "map: map_document", spent)
    _timed(pipeline, "hold", "map: hold (pickling, zlib, the texts compared)", spent)
    _timed(similarity, "passages", "passages: similarity.passages (the cuts)", spent)
    _timed(document_rules.Held, "result", "rows: Held.result (unpickling)", spent)
    _timed(scoring, "predict", "rows: the score (scoring.predict)", spent)

    start = time.process_time()
    try:
        cli.main(argv)
    finally:
        end = time.process_time()
        gc.callbacks.remove(collections)
        print("process time by stage:")
        before, name = start, "reading and map"
        for at, following in [*stages.marks, (end, "")]:
            print(f"  {at - before:8.2f} s  {name}")
            before, name = at, following
        print(f"  {end - start:8.2f} s  in all")
        print("parts:")
        for label, seconds in spent.items():
            print(f"  {seconds:8.2f} s  {label}")
        print("garbage collections:")
        for generation in sorted(collections.by_generation):
            count, seconds = collections.by_generation[generation]
            print(f"  generation {generation}: {count:5d}, {seconds:6.2f} s")
        for stage, (count, seconds) in collections.full_by_stage.items():
            print(f"    full ones in {stage[:60]}: {count}, {seconds:.2f} s")
        print(f"thresholds {gc.get_threshold()} after the run; peak resident memory "
              f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])

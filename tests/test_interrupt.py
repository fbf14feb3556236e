"""Ctrl-C stops a run even when it lands while Python runs a finaliser, which drops the
``KeyboardInterrupt`` raised there ("Exception ignored in ...") and would let the run go on."""

from __future__ import annotations

import signal
import sys

import pytest

from qa_align.workers import check_interrupt, interruptible, map_chunks


class _Finalised:
    def __del__(self) -> None:
        signal.raise_signal(signal.SIGINT)  # Ctrl-C while the finaliser runs


def test_a_ctrl_c_a_finaliser_swallowed_still_stops_the_workers(monkeypatch):
    dropped = []
    monkeypatch.setattr(sys, "unraisablehook", lambda u: dropped.append(u.exc_type))
    seen = []
    with interruptible():
        obj = _Finalised()
        del obj
        # Python dropped the interrupt raised in the finaliser: the run would not have seen it
        assert dropped == [KeyboardInterrupt]
        with pytest.raises(KeyboardInterrupt):
            # ``list`` of a chunk is its items: chunks of 2 of the numbers 0-9, one worker
            for item, result in map_chunks(list, range(10), jobs=1, chunk=2):
                seen.append((item, result))
    # the first chunk came back, then the run stopped instead of reading the other four
    assert seen == [(0, 0), (1, 1)]


def test_an_interrupt_is_forgotten_once_the_run_ends(monkeypatch):
    monkeypatch.setattr(sys, "unraisablehook", lambda u: None)
    with interruptible():
        obj = _Finalised()
        del obj
        with pytest.raises(KeyboardInterrupt):
            check_interrupt()
    # the next run (an API user's notebook calls main again) starts without it
    with interruptible():
        check_interrupt()
        assert [i for i, _ in map_chunks(list, range(4), jobs=1, chunk=2)] == [0, 1, 2, 3]

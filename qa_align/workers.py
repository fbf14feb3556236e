"""A function mapped over chunks of items in worker processes, results in the input order.

``map_chunks`` runs on a standard ``concurrent.futures.ProcessPoolExecutor`` whose workers
are started by a fork server (or spawned), never forked from a process with threads
(``new_pool``, also the pool that reads PDF and Word files). It keeps
a bounded number of chunks in flight, so items stream through. A worker that dies (a crash
in a C library) breaks the pool: the chunks in flight are run again, the one in order first
an item at a time in a fresh process, so that the item that kills its process is told
(``None`` in its place) and everything else is run. An item no process could be started for
(``NotStarted``) is run in this process if it was never in a pool that broke; one that was (a suspect: it
may be what crashed) is tried once more after ``RESTART_PAUSE`` and, if no process starts for it still,
given the ``NotStarted`` in its place rather than run here (mend42). On an interrupt (Ctrl-C) or when the
caller stops early, pending chunks are cancelled and the workers ended at once; SIGTERM
(within ``interruptible``) as Ctrl-C. Where no worker can start (a script without the main-module
guard: ``cannot_start``), everything runs in the calling process, told once (a failure that may
pass: once a run, ``one_run``, each run an object of its own, current only while it runs: ``in_run``).
"""

from __future__ import annotations

import contextlib
import contextvars
import gc
import itertools
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")
log = logging.getLogger(__name__)


class NotStarted(BrokenProcessPool):
    """A future's failure where no worker process took its work: none can start here (``unavailable``),
    starting one failed (``EOFError`` or an ``OSError`` from the fork server: memory, the process limit), or
    the pool was already broken when it was handed over. The work was never tried, so it is no crash of
    what it was given: the callers run it in this process, as they do all the work where no worker starts
    (``_one_at_a_time``, ``readers._result``), unless it was in flight in a pool that broke (a suspect, which
    may be what crashed that pool's worker and would then end this process): that is tried once more
    (``submit_suspect``) and else reported, with this as its cause (mend42). A ``BrokenProcessPool``, so that
    whatever takes a broken pool as a reason to run elsewhere takes this too."""


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _ignore_interrupts() -> None:
    """In a worker: Ctrl-C at a terminal reaches the whole process group; the main process
    alone answers it (and ends the workers), so no worker prints a traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


# The cyclic garbage collector's thresholds in the processes a run owns: the command line's
# (``cli.main``, ``collecting_less``) and its workers' (``_start_worker``); Python's own are
# (700, 10, 10). A run makes millions of short-lived container objects (tuples, lists, frozen dataclasses) that reference
# counting frees and that form no cycle; with Python's thresholds a collection of the youngest
# objects comes every 700 of them, and every hundredth collection that follows a growth of the
# heap by a quarter walks every object the process holds (its models, lexicons and caches, the
# batch held for the reduce stages): in `qa-align score be-kamer-2017 --all -j 1`, 2,797 young,
# 254 middle and 17 full collections, 3.4 s of its 50 s of process time (the full ones 2.2 s, 0.6 s
# of them in the rows stage, charged to unpickling). With 10,000 they come 14 times less often: 167,
# 15 and 1, 1.6 s. A collection frees only objects that nothing reaches, so when it runs changes no
# result; cyclic garbage waits longer to be freed (that run's peak memory 756 and 768 MB; README
# "Similarity and identifiability", speed17).
GC_THRESHOLDS = (10_000, 10, 10)


def collect_less() -> None:
    """The garbage collector's thresholds of a run's own process (``GC_THRESHOLDS``)."""
    gc.set_threshold(*GC_THRESHOLDS)


@contextlib.contextmanager
def collecting_less() -> Iterator[None]:
    """``GC_THRESHOLDS`` while the body runs, the thresholds before it given back after it (a
    program or a test that calls ``cli.main`` keeps its own)."""
    previous = gc.get_threshold()
    collect_less()
    try:
        yield
    finally:
        gc.set_threshold(*previous)


def _start_worker() -> None:
    """What a worker process does first: Ctrl-C left to the main process
    (``_ignore_interrupts``), the garbage collector's thresholds set (``collect_less``)."""
    _ignore_interrupts()
    collect_less()


class Terminated(KeyboardInterrupt):
    """SIGTERM (``kill``, a job scheduler, a container stopping) during ``interruptible``: it
    stops the run as Ctrl-C does (the workers ended, no output file written), told apart only in
    the message and the exit status."""


_STOP = threading.Event()
_STOPPED_BY: list[type[KeyboardInterrupt]] = [KeyboardInterrupt]  # what ``check_interrupt`` raises again
_SIGNALS = {signal.SIGINT: KeyboardInterrupt, signal.SIGTERM: Terminated}


def _on_interrupt(signum: int, frame: object) -> None:
    """Ctrl-C (or SIGTERM): remembered, then raised. Python drops an exception raised while a
    finaliser runs (an object's ``__del__``, a weakref callback: "Exception ignored in ...") and
    the run would go on to the end; remembered, the next ``check_interrupt`` raises it again."""
    _STOPPED_BY[0] = _SIGNALS.get(signum, KeyboardInterrupt)
    _STOP.set()
    raise _STOPPED_BY[0]


@contextlib.contextmanager
def interruptible() -> Iterator[None]:
    """Ctrl-C (SIGINT) and SIGTERM remembered while the body runs, so ``check_interrupt`` stops
    the run even when the signal first landed in a finaliser; SIGTERM raises ``Terminated``,
    a ``KeyboardInterrupt``, so that it ends the workers and leaves the output as Ctrl-C does
    (by default it would end this process alone and leave the fork server's workers running).
    In the main thread only (elsewhere no handler can be set, and nothing changes)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _STOP.clear()
    old = {signum: signal.signal(signum, _on_interrupt) for signum in _SIGNALS}
    try:
        yield
    finally:
        for signum, handler in old.items():
            signal.signal(signum, handler)
        _STOP.clear()


def check_interrupt() -> None:
    """Raise ``KeyboardInterrupt`` (``Terminated`` for SIGTERM) if a signal came during
    ``interruptible`` and was swallowed."""
    if _STOP.is_set():
        raise _STOPPED_BY[0]


def new_pool(jobs: int) -> ProcessPoolExecutor:
    """A pool of ``jobs`` worker processes started by the fork server (or spawned), never forked
    from this process, which may have threads (a pool's manager thread, torch's, the caller's): a
    lock one of them held when the process was forked stays held in the child for ever. Each
    worker is set up by ``_start_worker``. A worker has only what its imports make: whatever it is
    to use that this process made at run time is sent to it (``readers.read_paths``). In a process
    that is itself starting (a script's top level run again in a worker), it ends that process
    (``not_while_starting``)."""
    not_while_starting()
    return ProcessPoolExecutor(jobs, mp_context=_context(), initializer=_start_worker)


# The exit status of a worker process that, as it started, ran again the main module of the program
# and found there an order to start workers (``not_while_starting``)
MAIN_NOT_GUARDED = 86


def not_while_starting() -> None:
    """End this process at once, with ``MAIN_NOT_GUARDED``, if it is a worker still starting. A worker
    started by the fork server (or spawned) first runs the program's main module again, as
    ``__mp_main__`` (from CPython 3.13.8 and in 3.14 the fork server runs it itself, once, and it is
    the fork server that ends here: ``submit``); a script whose code is not under
    ``if __name__ == "__main__":`` thus reads and scores its whole batch again in every worker, up to
    where it starts workers, which multiprocessing refuses there (a RuntimeError, "An attempt has been
    made to start a new process before the current process has finished its bootstrapping phase", and
    its traceback on stderr, for every worker). The calling process, where the worker's death shows
    only as a broken pool, tells why (``cannot_start``)."""
    if starting():
        os._exit(MAIN_NOT_GUARDED)


def starting() -> bool:
    """Whether this process is one that multiprocessing is still starting: it runs the main module
    again (``spawn.prepare``, or the fork server's preload of ``__main__``) before it runs what it
    was started for. Read from multiprocessing's private ``current_process()._inheriting``, set for
    that span alone by ``spawn._main`` and ``forkserver.main`` (CPython 3.11 to 3.14), which is also
    what multiprocessing's own refusal reads (``spawn._check_not_importing_main``). No public name
    says as much: ``multiprocessing.parent_process()`` is set for a child's whole life, and its main
    module keeps the name ``__mp_main__`` once started, so either would end a started worker that
    scores with workers of its own (a Dask worker is such a child). Where the attribute is gone (a
    Python to come), this answers ``False``: a worker that runs an unguarded script then dies of
    multiprocessing's RuntimeError instead (its traceback on stderr), and ``cannot_start`` reads an
    exit status of 1, says to add the guard, and the run goes on in the calling process;
    ``tests/test_parallel.py`` (``..._inheriting_...``) fails on such a Python."""
    return bool(getattr(multiprocessing.current_process(), "_inheriting", False))


# What ``cannot_start`` found that holds for the life of this process: why no worker can start here,
# read from the main module (``MAIN_NOT_GUARDED``, or a probe that had not finished starting after
# ``PROBE_SECONDS``); a main module does not change while its process lives
_CANNOT_START: list[str] = []


class _Run:
    """One run (``one_run``): what ``cannot_start`` found in it that may not hold in the next, once found
    (``found``, empty until then): that workers start (``None``), or a failure that may pass (a process not
    started for want of memory or under the process limit, a probe that ended with another status: killed,
    or a main module that failed as it was run), told once in the run. Each outermost call has its own, so
    a run held open (a generator half-read in a notebook) shares nothing with the calls made meanwhile."""

    __slots__ = ("found",)

    def __init__(self) -> None:
        self.found: list[str | None] = []


# the run this thread is in now: set only while its work runs (``one_run``'s body, a step of ``in_run``), and
# given back when that work waits (a generator's ``yield``); a thread starts in none (its context is empty)
_CURRENT: contextvars.ContextVar[_Run | None] = contextvars.ContextVar("qa_align_run", default=None)
_UNDER_WAY: set[_Run] = set()  # runs begun and not yet ended (a nested call joins its outer run, begins none)
_RUNS_LOCK = threading.Lock()  # held while ``_UNDER_WAY`` changes
_PROBE_LOCK = threading.Lock()  # held while ``cannot_start`` finds its answer
PROBE_SECONDS = 120  # how long ``cannot_start`` waits for its process to start and end


def _begin() -> _Run:
    run = _Run()
    with _RUNS_LOCK:
        _UNDER_WAY.add(run)
    return run


def _end(run: _Run) -> None:
    with _RUNS_LOCK:
        _UNDER_WAY.discard(run)


@contextlib.contextmanager
def one_run() -> Iterator[None]:
    """The body is one run: ``cannot_start`` probes at most once in it, and what it finds that may pass
    holds in it alone (``_Run``), told once in it. A run is the outermost of a command of the command line
    (``cli.main``), a call of ``pipeline.iter_scored`` (``score``, ``score_pairs``, ``score_frame``), of
    ``readers.read_paths`` and of ``map_chunks``: inside one, the reading and the scoring of a ``score``
    call share one answer (one probe, one warning); a later call, the next cell of a notebook, tries workers
    again. The body joins the run current where there is one (nested calls). For a generator, whose
    body waits at each item while its caller runs other things, ``in_run``: a run current only while the
    generator runs."""
    if _CURRENT.get() is not None:
        yield
        return
    run = _begin()
    token = _CURRENT.set(run)
    try:
        yield
    finally:
        _CURRENT.reset(token)
        _end(run)


def in_run(steps: Generator[T, None, Any]) -> Iterator[T]:
    """The items of ``steps``, each step of it taken in one run (``one_run``): the run current at its first
    step where there is one (a generator read by another run's work: ``read_paths`` given to
    ``iter_scored``), else a run of its own, begun at that step. The run is current while ``steps`` runs
    alone, entered on each resume and left on each item given, where what was current before is current
    again: a generator held half-read (still referenced, never closed) is no part of what its caller runs
    meanwhile (a second ``score`` call in a notebook's next cell, another generator read in turns), and
    nothing of theirs joins its run (reliab43). Its own run ends when ``steps`` ends, raises, or this
    generator is closed (as Python closes one that nothing holds); ``steps`` is then closed in its run,
    so that its pools are ended there. An exception thrown in at an item closes ``steps`` too, and is
    raised again here."""
    joined = _CURRENT.get()
    run = joined if joined is not None else _begin()
    try:
        while True:
            token = _CURRENT.set(run)
            try:
                item = next(steps)
            except StopIteration:
                return
            finally:
                _CURRENT.reset(token)
            yield item
    finally:
        token = _CURRENT.set(run)
        try:
            steps.close()
        finally:
            _CURRENT.reset(token)
            if joined is None:
                _end(run)


def unavailable() -> str | None:
    """Why no worker process can start in this process (``cannot_start`` found it, for the process's
    life or for the run current), or ``None``: what would be sent to workers runs here."""
    if _CANNOT_START:
        return _CANNOT_START[0]
    unread = _main_unread()
    if unread is not None:  # found before any worker is started: told once, kept for the process's life
        _CANNOT_START.append(_told(unread))
        return unread
    run = _CURRENT.get()
    return run.found[0] if run is not None and run.found else None


def _main_unread() -> str | None:
    """Why no worker can start where the main module was read from no file a worker can read again
    (``python - < script.py``: its ``__file__`` is ``<stdin>``; a worker started by the fork server or
    spawned runs the main module from its ``__file__`` and failed with a traceback each: lows46)."""
    main = sys.modules.get("__main__")
    where = getattr(main, "__file__", None)
    if getattr(main, "__spec__", None) is not None or not isinstance(where, str):
        return None  # run with -m (read by its name), or no file at all (python -c, interactive)
    if not (where.startswith("<") and where.endswith(">")):
        return None
    return (
        f"worker processes cannot start: the main module was read from {where}, which a worker cannot "
        "read again (save the script to a file to use them). Everything runs in this process instead: "
        "the same results, more slowly."
    )


def _nothing() -> None:
    """What ``cannot_start``'s process runs, once it has started."""


def _probe_context():
    """The context ``cannot_start``'s process is started in: spawned, so that it runs the main module
    itself whichever Python this is, and that starting it fails here, with the cause, where it fails.
    Started by the fork server, which from CPython 3.13.8 runs the main module itself, an unguarded
    script would end the fork server and the probe could not be started at all (``EOFError``), as when
    the fork server cannot fork for want of memory: the one failure kept, the other passing."""
    return multiprocessing.get_context("spawn")


def processes(pool: ProcessPoolExecutor) -> list:
    """The worker processes a pool holds (none once it is shut down)."""
    return list((getattr(pool, "_processes", None) or {}).values())


def cannot_start(ended: Iterable[Any] = ()) -> str | None:
    """``_cannot_start``, one thread at a time: threads whose pools broke at once (two runs side by
    side) wait for the one probe of the run rather than each start one and each warn (review43)."""
    with _PROBE_LOCK:
        return _cannot_start(ended)


# How long ``_cannot_start`` waits for a broken pool's worker to be reaped before it reads its exit
# status (mend45: read at once, a worker that had just died under load had none yet, and a probe was
# started in its place; the pool ends its other workers when it breaks)
REAP_SECONDS = 2.0


# How long ``settled`` waits for a broken pool's manager thread to end (it ends in well under a second;
# the bound only keeps a manager that never ends from holding the run)
SETTLE_SECONDS = 60.0


def settled(pool: ProcessPoolExecutor) -> list:
    """A broken pool's worker processes (``processes``) once its manager thread has ended: it
    terminates and joins them after failing the futures, so a caller woken by ``BrokenProcessPool``
    would read their exit statuses beside it. Each status comes from the fork server once, to the
    first reader of the process's sentinel; the other's read finds the pipe at its end and sets 255
    (``popen_forkserver.Popen.poll``): a worker's ``MAIN_NOT_GUARDED`` was lost under load, and a
    probe started in its place (lows46: ``test_character_bags_whose_worker_cannot_start...``'s flake)."""
    held = processes(pool)
    manager = getattr(pool, "_executor_manager_thread", None)
    # (broken: marked before its futures fail; a pool that is not, a start refused in this process, is
    # ended by its caller)
    if getattr(pool, "_broken", False) and manager is not None and manager is not threading.current_thread():
        manager.join(SETTLE_SECONDS)
    return held


def _exit_status(process: Any) -> int | None:
    """A broken pool's worker's exit status, the worker joined first (``REAP_SECONDS`` at most) where
    it has none yet: ``exitcode`` is only set once the process is reaped."""
    if process.exitcode is None:
        try:
            process.join(REAP_SECONDS)
        except (AssertionError, ValueError):  # not a child of this process, or closed: no status
            return None
    return process.exitcode


def _cannot_start(ended: Iterable[Any]) -> str | None:
    """After a pool broke: why, if no worker process can start here, else ``None`` (a worker died of
    what it was given, a crash in a PDF library). ``ended``: the broken pool's worker processes
    (``processes``); one that ended with ``MAIN_NOT_GUARDED`` says it. Else, since a pool's broken state
    does not say which (Python 3.11 gives no exit status and no cause), one process that runs nothing is
    started (``_probe_context``) and its exit status read: ``MAIN_NOT_GUARDED``, the program's main module
    starts workers at its top level (a script without ``if __name__ == "__main__":``); another status,
    the main module (run again in every worker) fails there, or the process was killed. The reason is
    logged as a warning, naming the fix, and kept (``unavailable``): the callers run here what they
    would send to workers, so the results are those of ``jobs=1``. What the main module decides (its
    status, a probe that does not finish starting) holds for the life of this process, found and told
    once; the rest, that workers start or a failure that may pass (the process not started: memory,
    the process limit), for the run current (``one_run``), found and told at most once in it, and
    found again in any other run (outside any run, at every call)."""
    if _CANNOT_START:
        return _CANNOT_START[0]
    run = _CURRENT.get()
    if run is not None and run.found:
        return run.found[0]
    if any(_exit_status(p) == MAIN_NOT_GUARDED for p in ended):
        # a worker of the broken pool ran the main module and found workers started there: no probe,
        # which would run the script's top level once more
        reason = _told(_reason(MAIN_NOT_GUARDED, ""))
        _CANNOT_START.append(reason)
        return reason
    probe = _probe_context().Process(target=_nothing, daemon=True)
    try:
        probe.start()
    except Exception as exc:  # whatever starting a process raises here
        status = f"one could not be started ({type(exc).__name__}: {exc})"
        exitcode = None
    else:
        try:
            probe.join(PROBE_SECONDS)
        except BaseException:  # Ctrl-C or SIGTERM while waiting: the probe is not left running
            probe.terminate()
            raise
        exitcode = probe.exitcode
        if exitcode is None:
            # still starting after PROBE_SECONDS, though it runs nothing: a main module run again as it
            # starts that works that long at its top level (not guarded), so every worker would too.
            # Kept, as MAIN_NOT_GUARDED is: left unknown, each later broken pool would wait as long
            # again, and each item would go to a fresh process that starts as slowly (review42)
            probe.terminate()
            probe.join(5)
            status = f"one had not finished starting after {PROBE_SECONDS} s, though it runs nothing"
            reason = _told(_reason(None, status))
            _CANNOT_START.append(reason)
            return reason
        status = f"one ended with exit status {exitcode} as it started"
    if exitcode == MAIN_NOT_GUARDED:
        reason = _told(_reason(MAIN_NOT_GUARDED, status))
        _CANNOT_START.append(reason)
        return reason
    found = None if exitcode == 0 else _told(_reason(exitcode, status, passing=True))
    if run is not None:  # (its ``found`` was empty above, and the lock held since)
        run.found.append(found)
    return found


def _reason(exitcode: int | None, status: str, passing: bool = False) -> str:
    """What ``cannot_start`` tells: why workers cannot start, the fix, and where the work goes."""
    main = getattr(sys.modules.get("__main__"), "__file__", None)
    where = f"the main module ({main})" if main else "the main module"
    jobs1 = "(jobs=1: Settings(jobs=1), -j 1)"
    if exitcode == MAIN_NOT_GUARDED:
        why = (
            f"worker processes cannot start: each runs {where} again as it starts, and its top-level code "
            'starts workers again. Put the script\'s code under `if __name__ == "__main__":`, or use one '
            f"process {jobs1}"
        )
    elif passing and exitcode is None:  # not started: memory, the process limit
        why = f"worker processes cannot start now: {status}. If it lasts, use one process {jobs1}"
    else:
        why = (
            f"worker processes cannot start: {status}; a worker runs {where} again as it starts: "
            f'is the script\'s code under `if __name__ == "__main__":`? Or use one process {jobs1}'
        )
    here = "Everything runs in this process instead: the same results, more slowly."
    if passing:
        here = (
            "Everything of this run runs in this process instead: the same results, more slowly; "
            "the next run tries workers again."
        )
    return f"{why}. {here}"


def _told(reason: str) -> str:
    """``reason`` logged as a warning, and given back."""
    log.warning("%s", reason)
    return reason


def end_pool(pool: ProcessPoolExecutor) -> None:
    """Cancel what is pending and end the workers now, not after their current chunk."""
    # the result pipe as the pool holds it before ``shutdown``, which forgets it
    results = getattr(pool, "_result_queue", None)
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14
    if terminate is not None:
        terminate()
        _close_writer(results)
        return
    # the workers and the pool's manager thread as the pool holds them before ``shutdown``
    held = processes(pool)
    manager = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in held:
        proc.terminate()
    for proc in held:
        proc.join(2)
    _close_writer(results)
    # the manager thread closes the pool's wake-up pipe once the workers are gone; left running, it
    # can close it while the interpreter's exit writes to it (Python 3.11 does not lock that write:
    # "Exception ignored ... OSError: [Errno 9] Bad file descriptor" after "interrupted")
    if manager is not None:
        manager.join(2)


def _close_writer(results: Any) -> None:
    """Close this process's writing end of a pool's result pipe (``end_pool``). A worker ended while it
    wrote a chunk's result (a result is larger than the pipe holds, so it is written in parts) leaves
    the manager thread reading the rest of it for ever, and the interpreter's exit waits on that thread:
    "qa-align: terminated", then no exit (CI's run of the SIGTERM test; 2 of 8 runs of it by hand).
    Once the workers are gone this process holds the pipe's last writing end; closed, the read ends
    (EOFError) and the pool's manager takes its own way out of a broken pool (it closes its queues and
    ends). Python 3.14's ``terminate_workers`` does not close it either. Nothing of this process writes
    to that pipe: a worker started later would be given it, and none is once the pool is shut down."""
    writer = getattr(results, "_writer", None)
    if writer is not None:
        with contextlib.suppress(OSError):
            writer.close()


@contextlib.contextmanager
def aside(func: Callable[..., R], *args: Any) -> Iterator[Pending]:
    """``func(*args)`` run in one worker process while the body runs in this one: the body is
    given its pending result (``Pending``). The worker is ended when the body is left (at once on an
    interrupt or an error, so that no process is left behind); a worker that died, or none that can
    start here (``unavailable``), gives ``BrokenProcessPool`` from ``result()``, and a worker that died
    is first read by ``cannot_start``, as a broken pool is everywhere else: a script without the
    main-module guard is told once and its work goes to this process (review43). One run (``one_run``)."""
    with aside_each((func, *args)) as (pending,):
        yield pending


@contextlib.contextmanager
def aside_each(*calls: tuple[Any, ...]) -> Iterator[list[Pending]]:
    """``aside`` of several calls, each ``(func, *args)``, run one after the other in the order given by
    the one worker process: the body is given each one's pending result, so it may take the first while
    the worker runs the next (speed53: the fit's words of the batch's second half, then its character
    bags). What ``aside`` says of a worker that died or cannot start holds for each of them."""
    with one_run():
        reason = unavailable()
        if reason is not None:  # no worker can start here: the caller does the work itself
            yield [Pending(_broken(NotStarted(reason)), []) for _ in calls]
            return
        pool = new_pool(1)
        try:
            futures = [submit(pool, call[0], *call[1:]) for call in calls]
            # the worker as the pool holds it now (started by ``submit``): its exit status is read if it dies
            ended = processes(pool)
            yield [Pending(future, ended, pool) for future in futures]
        except BaseException:
            end_pool(pool)
            raise
        pool.shutdown(wait=True)


class Pending:
    """``aside``'s work: ``result()`` its worker's result, or ``BrokenProcessPool``; a worker that died
    (not ``NotStarted``: ``submit`` has asked already) is read by ``cannot_start`` first, with the
    processes the pool held (``ended``), so that an exit status ``MAIN_NOT_GUARDED`` is told and kept."""

    def __init__(self, future: Future, ended: list, pool: ProcessPoolExecutor | None = None) -> None:
        self.future = future
        self.ended = ended
        self.pool = pool

    def result(self) -> Any:
        try:
            return self.future.result()
        except NotStarted:
            raise
        except BrokenProcessPool:
            if self.pool is not None:
                settled(self.pool)  # its manager has read the worker's exit status: read after it
            cannot_start(self.ended)
            raise


def submit(pool: ProcessPoolExecutor, func: Callable, *args: Any) -> Future:
    """``pool.submit(func, *args)``, or a future holding ``NotStarted`` (a ``BrokenProcessPool``) where
    no worker took the work: the pool is already broken (a worker died since), no worker can start here
    (``unavailable``), or starting one failed in this process. The last is
    how a script without the main-module guard shows where the fork server itself runs the main module
    as it starts (CPython 3.13.8 and 3.14 preload ``__main__`` there, gh-126631): it ends in
    ``not_while_starting`` before it answers, and ``submit`` raises ``EOFError`` (or an ``OSError``, a
    broken pipe) here; ``cannot_start`` is then asked at once, so that the next file or chunk does not
    start the fork server again. It is also how a fork server that cannot fork (memory, the process
    limit: ``BlockingIOError``) shows."""
    reason = unavailable()
    if reason is None:
        try:
            return pool.submit(func, *args)
        except BrokenProcessPool as exc:
            failed = NotStarted(*exc.args)
        except (EOFError, OSError) as exc:  # the process that starts workers ended first, or could not fork
            failed = NotStarted(
                cannot_start() or f"a worker process could not be started ({type(exc).__name__}: {exc})"
            )
    else:
        failed = NotStarted(reason)
    return _broken(failed)


# How long ``submit_suspect`` waits before it tries once more to start the process for a suspect (an item
# in flight in a pool that broke) that no process took: a fork refused for want of memory or under the
# process limit may pass in that time (mend42)
RESTART_PAUSE = 0.5


def not_taken(future: Future) -> bool:
    """Whether ``future`` holds ``NotStarted``: no process took its work (``submit``)."""
    return future.done() and not future.cancelled() and isinstance(future.exception(), NotStarted)


def submit_suspect(
    make_pool: Callable[[int], ProcessPoolExecutor], pool: ProcessPoolExecutor, func: Callable, *args: Any
) -> tuple[ProcessPoolExecutor, Future]:
    """``submit(pool, func, *args)`` for a suspect, an item that was in flight in a pool that broke (it may
    be what crashed it): where no process took it (``NotStarted``), ``pool`` is ended and, after
    ``RESTART_PAUSE`` (none where no worker starts in this run: ``unavailable``), a fresh pool of one
    (``make_pool(1)``) is given it once more. The pool then in use and the future; a future that holds
    ``NotStarted`` still is for the caller to report: a suspect is never run in this process merely because
    its own process could not be started (review44; mend42)."""
    future = submit(pool, func, *args)
    if not not_taken(future):
        return pool, future
    end_pool(pool)
    if unavailable() is None:
        time.sleep(RESTART_PAUSE)
    pool = make_pool(1)
    return pool, submit(pool, func, *args)


def _broken(exc: BrokenProcessPool) -> Future:
    """A future that holds ``exc``, as a pool's future does for a worker that died."""
    given: Future = Future()
    given.set_exception(exc)
    return given


def _submit(pool: ProcessPoolExecutor, func: Callable, chunk: list, args: Sequence[Any]) -> Future:
    """``func(chunk, *args)`` in the pool (``submit``); a broken pool's future is run again like
    the others it broke."""
    return submit(pool, func, chunk, *args)


def map_chunks(
    func: Callable[..., list[R]],
    items: Iterable[T],
    args: Sequence[Any] = (),
    jobs: int = 2,
    chunk: int = 64,
    ahead: int = 4,
) -> Iterator[tuple[T, R | None]]:
    """Each item with ``func(chunk_of_items, *args)``'s result for it, in the input order;
    ``None`` for an item whose process died, a ``NotStarted`` (given, not raised) for one that was in
    flight in a pool that broke and for which no process could be started again (``submit_suspect``).
    ``ahead``: chunks in flight per worker. Where no worker can start (``cannot_start``), the chunks are
    run in this process. Items run here because no process could be started for them are logged at INFO,
    one line a run with their count and cause. One run (``in_run``)."""
    yield from in_run(_map_chunks(func, items, args, jobs, chunk, ahead))


def _map_chunks(
    func: Callable[..., list[R]], items: Iterable[T], args: Sequence[Any], jobs: int, chunk: int, ahead: int
) -> Iterator[tuple[T, R | NotStarted | None]]:
    source = iter(items)
    chunks = iter(lambda: list(itertools.islice(source, chunk)), [])
    if unavailable() is not None:
        yield from _here(func, chunks, args)
        return
    here: list[str] = []  # the cause of each item run here because no process could be started for it
    pool = new_pool(jobs)
    # each chunk with its future and whether it is a suspect: in flight in a pool that broke
    flight: deque[tuple[list[T], Future, bool]] = deque()
    try:
        for c in itertools.islice(chunks, jobs * ahead):
            flight.append((c, _submit(pool, func, c, args), False))
        while flight:
            c, fut, suspect = flight.popleft()
            try:
                results = fut.result()
            except BrokenProcessPool:
                # a chunk that a process of this pool took (its future not ``NotStarted``) was in it as
                # it broke, or is in it as it is ended now: a suspect
                lost = [(c, suspect or not not_taken(fut))]
                lost += [(other, was or not not_taken(f)) for other, f, was in flight]
                flight.clear()
                ended = settled(pool)  # as the pool holds them before ``end_pool`` shuts it down
                end_pool(pool)
                if cannot_start(ended) is not None:  # not a crash: no worker starts (told once)
                    yield from _here(func, itertools.chain((other for other, _ in lost), chunks), args)
                    return
                yield from _one_at_a_time(func, c, args, lost[0][1], here)
                pool = new_pool(jobs)
                flight.extend((other, _submit(pool, func, other, args), was) for other, was in lost[1:])
            else:
                yield from zip(c, results)
            check_interrupt()
            nxt = next(chunks, None)
            if nxt is not None:
                flight.append((nxt, _submit(pool, func, nxt, args), False))
    except BaseException:  # KeyboardInterrupt, or the caller closed the generator
        end_pool(pool)
        raise
    finally:
        if here:
            log.info(
                "%d item(s) run in this process: no process could be started for them (%s)",
                len(here),
                "; ".join(dict.fromkeys(here)),
            )
    pool.shutdown(wait=True)


def _here(
    func: Callable[..., list[R]], chunks: Iterable[list[T]], args: Sequence[Any]
) -> Iterator[tuple[T, R]]:
    """The chunks run in this process, in their order (``map_chunks`` where no worker starts)."""
    for c in chunks:
        yield from zip(c, func(c, *args))
        check_interrupt()


def _one_at_a_time(
    func: Callable[..., list[R]],
    items: list[T],
    args: Sequence[Any],
    suspect: bool = True,
    here: list[str] | None = None,
) -> Iterator[tuple[T, R | NotStarted | None]]:
    """The items of a chunk whose pool broke, each alone in one process: the one that kills
    its process gets ``None``, and a fresh process takes the next. Sent by ``submit``: an item that no
    process took (``NotStarted``: the fork server ended or could not fork, or no worker starts here now)
    was never tried. If ``suspect`` (the chunk was in flight in a pool that broke: the item may be the one
    that crashed it) it is tried once more (``submit_suspect``) and else given its ``NotStarted``, never run
    here, where a crash would end this process (review44; mend42); if not, it is run in this process, as
    ``_here`` runs everything where no worker starts, rather than told as the crash it is not (review43;
    reliab42), and the cause noted in ``here`` (for ``map_chunks``' log)."""
    pool = new_pool(1)
    try:
        for item in items:
            if suspect:
                pool, future = submit_suspect(new_pool, pool, func, [item], *args)
            else:
                future = submit(pool, func, [item], *args)
            try:
                (result,) = future.result()
            except NotStarted as exc:
                end_pool(pool)
                pool = new_pool(1)
                if suspect:  # told by the caller (``pipeline``), as an item whose process died
                    yield item, exc
                    continue
                (result,) = func([item], *args)
                if here is not None:
                    here.append(str(exc))
                check_interrupt()
            except BrokenProcessPool:
                end_pool(pool)
                pool = new_pool(1)
                yield item, None
                continue
            yield item, result
    except BaseException:
        end_pool(pool)
        raise
    pool.shutdown(wait=True)

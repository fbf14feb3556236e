"""The cue classifier alone, on the calls a run makes of it: ``cues.classify``'s arguments captured
during a one-process run of `qa-align score` (or read from a capture saved before), then
``classify`` timed over them in turn (process time, after a warm-up of the lexicon matchers), with
a hash of what it gave (cues, reads and own readings), to compare two commits' outputs and time.

    PYTHONPATH=$PWD .venv/bin/python scripts/bench_classify.py capture OUT.pkl DATA_DIR [qa-align options]
    PYTHONPATH=$PWD .venv/bin/python scripts/bench_classify.py replay OUT.pkl

(``capture`` runs `qa-align score DATA_DIR --all -j 1 -q -o` a scratch file beside OUT.pkl.) The
capture holds the documents' answer text: keep it with scratch files. Prints nothing of them.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
import time


def capture(out: str, argv: list[str]) -> None:
    from qa_align import cli, cues

    calls = []
    classify = cues.classify

    def recorded(*args, **kwargs):
        calls.append((args, kwargs))
        return classify(*args, **kwargs)

    cues.classify = recorded
    try:
        cli.main(["score", *argv[:1], "--all", "-j", "1", "-q", "-o", out + ".csv", *argv[1:]])
    except SystemExit:
        pass
    finally:
        cues.classify = classify
    with open(out, "wb") as fh:
        pickle.dump(calls, fh, protocol=5)
    print(f"{len(calls)} calls captured in {out}")


def replay(path: str) -> None:
    from qa_align import cues
    from qa_align.analyze import answer_cues

    with open(path, "rb") as fh:
        calls = pickle.load(fh)
    if not calls:
        print("no calls")
        return
    cues.load_model(calls[0][0][3])
    for language in ("en", "nl"):
        answer_cues(
            "The information is not held centrally. De gegevens zijn niet beschikbaar.", language, None
        )
    start = time.process_time()
    outs = [cues.classify(*args, **kwargs) for args, kwargs in calls]
    took = time.process_time() - start

    def sets(found):
        return None if found is None else tuple(tuple(sorted(x)) for x in found)

    digest = hashlib.sha256(pickle.dumps([(o.cues, sets(o.found), sets(o.cued)) for o in outs])).hexdigest()[
        :16
    ]
    print(f"{len(calls)} calls, {sum(len(a[0]) for a, _ in calls)} sentences: {took:.2f} s; outputs {digest}")


def main(argv: list[str]) -> int:
    if len(argv) >= 3 and argv[0] == "capture":
        capture(argv[1], argv[2:])
    elif len(argv) == 2 and argv[0] == "replay":
        replay(argv[1])
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

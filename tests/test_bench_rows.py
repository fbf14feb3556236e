"""scripts/bench_rows.py: the parts of the rows stage timed on the map stage's kept results (speedr42)."""

from __future__ import annotations

import os


def test_bench_rows_times_each_part_of_the_rows_stage_on_kept_results(tmp_path):
    # scripts/bench_rows.py on the map stage's results of a folder, as bench_reduce.py --keep keeps them
    import csv
    import sys

    from qa_align import pipeline
    from qa_align.rules import get_rules
    from qa_align.settings import Settings

    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "scripts"))
    import bench_rows

    folder = os.path.join(os.path.dirname(__file__), "..", "corpus", "be-kamer")
    settings = Settings()
    documents = pipeline.iter_documents([folder])
    held = list(pipeline.map_documents(documents, settings, get_rules(settings.rules), held=True))
    out = tmp_path / "rows.csv"
    seconds, sizes = bench_rows.parts(held, csv=str(out))
    assert list(seconds) == ["keys", "result", "rows", "late", "score", "csv", "pickle", "unpickle"]
    assert all(s >= 0 for s in seconds.values())
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == sizes["pairs"] > 0
    assert sizes["documents"] == len({r["doc_id"] for r in rows})
    assert all(r["similarity"] == "0.5" and r["score"] for r in rows)

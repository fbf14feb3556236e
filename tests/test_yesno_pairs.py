"""The labelled pairs of corpus/yesno are recognised as labels, so scoring a folder skips them."""

import json

from qa_align.readers.labels import looks_like_file


def _write(path, rec):
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    return path


def test_a_labelled_pair_is_recognised(tmp_path):
    rec = {"id": "yn000", "source": "be-kamer", "doc_id": "1", "unit": "1", "language": "nl",
           "question": "Was u op de hoogte?", "sentence_index": 0,
           "sentence": "Ik ben niet op de hoogte.", "label": "settles_no"}  # fmt: skip
    assert looks_like_file(_write(tmp_path / "pairs.jsonl", rec))


def test_a_sentence_without_its_place_is_not_taken_for_a_pair(tmp_path):
    rec = {"id": "x", "sentence": "Ik ben niet op de hoogte.", "label": "settles_no"}
    assert not looks_like_file(_write(tmp_path / "other.jsonl", rec))


def test_scoring_the_corpus_folder_skips_the_pairs(tmp_path):
    from qa_align.cli import main

    from .conftest import ROOT

    out = tmp_path / "s.csv"
    assert main(
        ["score", str(ROOT / "corpus" / "yesno"), "--all", "-o", str(out), "-q", "--model", "none"]
    ) in (0, 1)
    errors = tmp_path / "s.errors.csv"
    assert not errors.exists() or "pairs.jsonl" not in errors.read_text(encoding="utf-8")


def test_a_flagged_unit_read_whole_is_recognised(tmp_path):
    # corpus/yesno/round2.jsonl: a flagged unit's closed question, read settled or open with its reading
    rec = {"id": "r2-000", "source": "be-kamer", "doc_id": "191453", "unit": "3", "part": "fit",
           "question": "Weet u of de diensten van Selor daarbij betrokken werden?", "label": "open",
           "doubtful": True, "reading": "meetings with Selor, last in December; January meeting not said"}  # fmt: skip
    assert looks_like_file(_write(tmp_path / "round2.jsonl", rec))
    # a record with a question and a label but no unit or reading is no labelled unit
    assert not looks_like_file(_write(tmp_path / "q.jsonl", {"question": "Weet u het?", "label": "open"}))


def test_scoring_the_yesno_folder_reports_no_unreadable_file(tmp_path):
    from qa_align.cli import main

    from .conftest import ROOT

    out = tmp_path / "s.csv"
    main(["score", str(ROOT / "corpus" / "yesno"), "--all", "-o", str(out), "-q", "--model", "none"])
    errors = tmp_path / "s.errors.csv"
    assert not errors.exists() or "round2.jsonl" not in errors.read_text(encoding="utf-8")

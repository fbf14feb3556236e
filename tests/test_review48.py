"""review48's findings in session 46's lows46 and speed46: each test fails at 3cafc31."""

from __future__ import annotations

import pandas as pd

import qa_align
from qa_align import Settings, engine, similarity
from qa_align.embed import get_backend

from .conftest import CORPUS, CYBER, threads_started

PATHS = [CYBER, CORPUS / "uk-commons"]


def _pair_texts() -> list:
    scored, _ = qa_align.score_pairs(PATHS, Settings(similarity_model="none", jobs=1))
    return [similarity.pair_text(sp.document, sp.pair) for sp in scored]


def test_the_dask_engine_s_similarity_at_one_job_starts_no_thread(monkeypatch):
    texts = _pair_texts()
    started = threads_started(monkeypatch)
    (one,) = engine.similarity_values(Settings(jobs=1), texts)
    assert started == []  # 3cafc31: the passages' thread and identifiability's, its backend's processes 2
    (two,) = engine.similarity_values(Settings(jobs=2), texts)
    assert started == [1, 1]  # two jobs: the threads beside this one, as before
    assert len(one) == len(texts) > 5 and one == two


def test_a_backend_given_to_the_api_at_one_job_starts_no_thread_and_is_given_back(monkeypatch):
    started = threads_started(monkeypatch)
    backend = get_backend(Settings().similarity_model)
    assert backend.processes == 2
    one = qa_align.score(PATHS, Settings(jobs=1), embedder=backend)
    assert started == []  # 3cafc31: the threads beside this one, the backend passed in kept its 2
    assert backend.processes == 2  # the caller's backend as it came
    two = qa_align.score(PATHS, Settings(jobs=2), embedder=get_backend(Settings().similarity_model))
    assert started == [1, 1]
    assert one["similarity"].notna().sum() > 5
    pd.testing.assert_frame_equal(one, two, check_exact=True)


def test_a_windows_1252_table_is_decoded_a_column_at_a_time_not_a_cell_at_a_time(tmp_path, monkeypatch):
    # 3cafc31 set each decoded field with ``frame.iat``, which copies its (Arrow) column: 16,000 rows
    # of 2 KB took 48 s to load, 0.9 s before lows46; now each column is set once
    from qa_align.readers.tabular import load_frame

    answer = "De cafés en één school. " * 40
    rows = [f'{i},"Hoeveel cafés?","{answer}",é\n' for i in range(50)]
    path = tmp_path / "export.csv"
    path.write_bytes(("qid,vraag,antwoord,noot\n" + "".join(rows)).encode("cp1252"))
    cells: list = []
    real = pd.DataFrame._set_value

    def counted(self, *args, **kwargs):
        cells.append(args[:2])
        return real(self, *args, **kwargs)

    monkeypatch.setattr(pd.DataFrame, "_set_value", counted)
    frame = load_frame(path, {"qid", "vraag", "antwoord"})
    assert cells == []
    assert frame["antwoord"].tolist() == [answer] * 50 and frame["vraag"].tolist() == ["Hoeveel cafés?"] * 50
    assert frame["noot"].tolist() == ["é"] * 50 and str(frame["antwoord"].dtype) == "str"


def test_a_field_of_utf8_and_stray_bytes_read_as_windows_1252_keeps_each_byte():
    # a guard (passes at 3cafc31): the field's UTF-8 characters as their bytes, each mark as its byte
    from qa_align.readers import FieldDecoder

    fields = FieldDecoder(b'qid,antwoord\n1,"caf\xc3\xa9s en \xe9\xe9n \x80"\n', "t.csv")
    (field,) = [f for f in fields.text.split(",") if "caf" in f]
    assert fields(field.strip('"\n'), utf8=False) == "cafÃ©s en één €"
    # three bytes on line 2 (lows47: the lines the warning names, not a line a byte)
    assert (fields.cp1252.bytes, fields.cp1252.lines, fields.cp1252.first) == (3, 1, [2])

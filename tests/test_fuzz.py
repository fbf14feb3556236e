"""Fuzzing every reader with a seeded generator: real documents of each source, truncated,
re-encoded, renumbered, laced with HTML fragments and formula-like text, with lists, dicts and
numbers in their fields. No exception may escape, and every input must come out scored or
reported: each file of one document as its pairs or a problem, each line of a JSON Lines file
as a document or a problem of its own. The scored pairs then go through the CSV and back.

The quick run (a few thousand documents) stays well under 30 s; ``-m slow`` runs a heavier
one with other seeds."""

from __future__ import annotations

import gzip
import json
import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pytest

from qa_align.output import CsvWriter, frame, read_csv
from qa_align.pipeline import iter_scored
from qa_align.readers.tabular import Columns
from qa_align.settings import Settings
from qa_align.types import Problem, ScoredPair

from .conftest import CORPUS, CYBER, PDF235

BE = CORPUS / "be-kamer" / "questions-sample.jsonl"
UK = CORPUS / "uk-commons" / "written-questions-sample.jsonl"
TK = sorted((CORPUS / "tweede-kamer").glob("*.pdf"))

HTML = [
    "<p>", "</p>", "<br>", "<table><tr><td>1</td><td>2</td></tr>", "</table>", "<!--<script>",
    "<script>alert(1)</script>", "<li>", "<b>vet", "&amp;", "&#0;", "<p class='x'", "<![CDATA[",
    "<table><tr><th>Jaar</th><th>Aantal</th></tr><tr><td>2023</td><td>12</td></tr></table>",
]  # fmt: skip
ODD = [
    "=HYPERLINK(\"http://x\",\"click\")", "+1", "-", "@SUM(A1)", "\t", "\r", "\r\n", "\x00", "\u2028",
    "\u2029", "\ufeff", "\u202e", "é", "ﬁ", "’", "💥", "\x0c", "\x1c", "'", '"', ",", ";", "\\",
]  # fmt: skip
NUMBERING = [
    "1.",
    "2)",
    "3 en 4.",
    "10.",
    "99.",
    "100.",
    "200.",
    "3.",
    "1.1",
    "a)",
    "(b)",
    "Vraag 2",
    "Antwoord 5",
]


@dataclass
class Expect:
    """What a file must give: ``records`` documents or problems (one per non-blank line), or,
    when ``whole`` (a file spoilt as a whole), at least one item."""

    records: int = 1
    whole: bool = False


@dataclass
class Fuzzer:
    rng: random.Random
    folder: Path
    expect: dict[str, Expect] = field(default_factory=dict)
    serial: int = 0

    def name(self, suffix: str) -> Path:
        self.serial += 1
        return self.folder / f"f{self.serial:05d}{suffix}"

    # text mutations
    def text(self, text: str) -> str:
        r = self.rng
        for _ in range(r.randint(0, 4)):
            kind = r.randrange(7)
            at = r.randint(0, len(text))
            if kind == 0:
                text = text[:at]  # truncated
            elif kind == 1:
                text = text[:at] + f"\n{r.choice(NUMBERING)} " + text[at:]  # random numbering
            elif kind == 2:
                text = text[:at] + r.choice(HTML) + text[at:]
            elif kind == 3:
                text = text[:at] + r.choice(ODD) + text[at:]
            elif kind == 4:
                text = r.choice(ODD) + text  # formula-like or odd first character
            elif kind == 5:  # lines shuffled
                lines = text.split("\n")
                k = r.randint(0, len(lines))
                text = "\n".join(lines[k:] + lines[:k])
            else:
                text = text[: at // 2] + text[at:]  # a piece cut out
        return text

    def value(self, value):
        """A field's value: mutated text, or another type altogether."""
        r = self.rng
        roll = r.random()
        if roll < 0.6 or not isinstance(value, str):
            return self.text(value) if isinstance(value, str) else value
        return r.choice(
            [None, "", 0, 12.5, True, [value], value.split(". "), {"text": value}, [1, value], float("nan")]
        )

    # files
    def records(self, path: Path, field_names: list[str], id_field: str) -> list[dict]:
        out = []
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            for key in field_names:
                if key in rec and self.rng.random() < 0.5:
                    rec[key] = self.value(rec[key])
            if self.rng.random() < 0.05:
                rec[id_field] = self.rng.choice([None, "", {"x": 1}, 3.5, "=1+1"])
            elif self.rng.random() < 0.1:
                rec.pop(self.rng.choice(field_names), None)
            out.append(rec)
        return out

    def jsonl(self, source: Path, field_names: list[str], id_field: str, copies: int) -> None:
        r = self.rng
        lines = []
        for k in range(copies):
            for rec in self.records(source, field_names, id_field):
                if type(rec.get(id_field)) in (str, int) and rec[id_field] != "" and r.random() < 0.9:
                    # (one id a record of the batch: a duplicate id is a problem, lows45)
                    rec[id_field] = f"{rec[id_field]}-{len(self.expect)}-{k}"
                line = json.dumps(rec, ensure_ascii=r.random() < 0.5).encode("utf-8")
                roll = r.random()
                if roll < 0.03:
                    line = line[: r.randint(0, len(line))]  # a line cut off
                elif roll < 0.06:
                    at = r.randint(0, len(line))
                    line = (
                        line[:at] + r.choice([b"\xff", b"\xe9", b"\xc3", b"\x80"]) + line[at:]
                    )  # a bad byte
                elif roll < 0.08:
                    line = r.choice([b"[1, 2]", b'"text"', b"null", b"{", b"\x00\x00"])
                lines.append(line)
        data = b"\n".join(lines) + b"\n"
        kept = sum(1 for ln in data.split(b"\n") if ln.strip(b" \t\r"))
        whole = r.random()
        suffix = ".jsonl"
        if whole < 0.1:
            data = data[: r.randint(0, len(data))]  # the file cut off
            expect = Expect(whole=True)
        elif whole < 0.2:
            data = data.decode("utf-8", errors="replace").encode(
                r.choice(["utf-16", "utf-16-le", "cp1252"]), errors="replace"
            )
            expect = Expect(whole=True)
        else:
            expect = Expect(records=kept)
        if r.random() < 0.3:
            suffix = ".jsonl.gz"
            data = gzip.compress(data)
            if r.random() < 0.2:
                data = data[: r.randint(0, len(data))]
                expect = Expect(whole=True)
        path = self.name(suffix)
        path.write_bytes(data)
        self.expect[str(path)] = expect

    def flemish(self) -> None:
        r = self.rng
        text = self.text(CYBER.read_text(encoding="utf-8"))
        encoding = r.choice(
            ["utf-8", "utf-8", "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"]
        )
        data = text.encode(encoding, errors="replace")
        if r.random() < 0.1:
            data = data[: r.randint(0, len(data))]
        path = self.name(".txt")
        path.write_bytes(data)
        self.expect[str(path)] = Expect()

    def pdf(self) -> None:
        r = self.rng
        data = bytearray(r.choice([PDF235, *TK]).read_bytes())
        roll = r.random()
        if roll < 0.4:
            del data[r.randint(0, len(data)) :]
        elif roll < 0.8:
            for _ in range(r.randint(1, 20)):
                data[r.randrange(len(data))] = r.randrange(256)
        path = self.name(".pdf")
        path.write_bytes(bytes(data))
        self.expect[str(path)] = Expect()

    def table(self, rows: int) -> None:
        r = self.rng
        recs = [
            {
                "qid": r.choice([f"q{k}", k, f"={k}", ""]),
                "vraag": self.text(
                    r.choice(["1. Hoeveel aanvragen?2. Hoeveel goedgekeurd?", "Wat is de stand?"])
                ),
                "antwoord": self.text(r.choice(["1. Tien.2. Vijf.", "Zie bijlage.", ""])),
                "datum": r.choice(["2024-01-01", "not a date", "31/12/2023", "", "2024-02-30"]),
            }
            for k in range(rows)
        ]
        path = self.name(r.choice([".csv", ".jsonl", ".parquet"]))
        df = pd.DataFrame(recs).astype({"qid": str})
        if path.suffix == ".csv":
            df.to_csv(path, index=False, lineterminator="\r\n")  # (with LF ends pandas leaves a CR bare)
        elif path.suffix == ".jsonl":
            df.to_json(path, orient="records", lines=True)
        else:
            df.to_parquet(path)
        self.expect[str(path)] = Expect(records=rows)


def _fuzz(folder: Path, seed: int, scale: int) -> Fuzzer:
    fz = Fuzzer(random.Random(seed), folder)
    be_fields = ["question", "answer", "department", "date_tabled", "author", "themes", "subdepartment"]
    uk_fields = [
        "questionText",
        "answerText",
        "heading",
        "dateTabled",
        "dateAnswered",
        "answeringMember",
        "uin",
    ]
    for _ in range(8 * scale):
        fz.jsonl(BE, be_fields, "doc_id", copies=40)
        fz.jsonl(UK, uk_fields, "id", copies=25)
    for _ in range(60 * scale):
        fz.flemish()
    for _ in range(4 * scale):
        fz.pdf()
    return fz


def _check(fz: Fuzzer, items: list, columns: Columns | None = None) -> list[ScoredPair]:
    scored = [i for i in items if isinstance(i, ScoredPair)]
    problems = [i for i in items if isinstance(i, Problem)]
    assert all(p.reason and p.path for p in problems)
    docs: dict[str, set[int]] = defaultdict(set)
    for sp in scored:
        docs[sp.document.path].add(id(sp.document))
    reported = Counter(p.path for p in problems)
    for path, expect in fz.expect.items():
        got = len(docs[path]) + reported[path]
        if expect.whole:
            assert got >= 1, f"{path}: neither scored nor reported"
        else:
            assert got == expect.records, f"{path}: {expect.records} records, {got} scored or reported"
    assert set(docs) | set(reported) <= set(fz.expect)
    return scored


def _round_trip(scored: list[ScoredPair], folder: Path) -> None:
    out = folder / "scores.csv"
    writer = CsvWriter(out, chunk=500)
    for sp in scored:
        writer.add(sp)
    writer.close()
    want = frame(scored)
    back = read_csv(out)
    assert len(back) == len(want)
    for column in ("doc_id", "question_no", "answer_no", "question", "answer", "minister", "title", "date"):
        assert back[column].tolist() == want[column].fillna("").tolist(), column


def _run(tmp_path: Path, seed: int, scale: int) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    fz = _fuzz(folder, seed, scale)
    settings = Settings(similarity_model=None, jobs=1)
    items = list(iter_scored([folder], settings))
    scored = _check(fz, items)
    assert len({id(sp.document) for sp in scored}) > 500  # the mutations leave much to score
    _round_trip(scored, tmp_path)
    # tables of one's own, read with named columns
    tables = Fuzzer(random.Random(seed + 1), tmp_path / "tables")
    tables.folder.mkdir()
    for _ in range(6 * scale):
        tables.table(rows=40)
    cols = Columns(id="qid", question="vraag", answer="antwoord", date="datum")
    _check(tables, list(iter_scored([tables.folder], settings, columns=cols)))


def test_fuzz_every_reader(tmp_path):
    _run(tmp_path, seed=0, scale=1)


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2])
def test_fuzz_every_reader_heavier(tmp_path, seed):
    _run(tmp_path, seed=seed, scale=3)

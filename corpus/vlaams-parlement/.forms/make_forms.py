"""Build the test forms of this folder from the two real documents one level up.

Run from the repository's root: ``.venv/bin/python corpus/vlaams-parlement/.forms/make_forms.py``.
Each form is the real text, re-shaped as a user meets it (collapsed, Word, RTF, flempar's
export) or edited in one place a reader must handle (a coordinated head, a second answer,
an unnumbered or grouped answer); PROVENANCE.md lists what was changed. The expected pairs
(expected.json) were written by hand from reading these files, not from qa-align's output.
"""

from __future__ import annotations

import csv
import html
import re
import subprocess
import tempfile
from pathlib import Path

import docx
import pdfplumber

HERE = Path(__file__).resolve().parent
REAL = HERE.parent
CYBER = (REAL / "schv-8-2024-cybersecurity.txt").read_text(encoding="utf-8")


def pdf_235() -> str:
    """The text of the 235 PDF as pdfplumber gives it, page by page (no page furniture)."""
    with pdfplumber.open(REAL / "vrg_en_antw.235.pdf") as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def pdf_part(text: str) -> str:
    """The text from the heading on (without the header lines of the .txt file)."""
    return text[text.index("SCHRIFTELIJKE VRAAG") :]


def squish(text: str) -> str:
    """R's stringr::str_squish: white space runs to one space, trimmed."""
    return " ".join(text.split())


def flempar(text: str) -> str:
    """What flempar does to a PDF's text: line breaks to spaces, squished, '"' to spaces,
    then every '- ' removed."""
    return squish(text.replace('"', " ")).replace("- ", "")


_TABLE_ROW = re.compile(r"^(Rijlabels|Antwerpen|BRUSSEL\*|Limburg|Oost-Vlaanderen|Vlaams-Brabant|West-Vlaanderen|Eindtotaal)\b")
_NEW_PARAGRAPH = re.compile(r"^(\d\.|SCHRIFTELIJKE|nr\.|van [A-Z]{2}|datum:|aan [A-Z]{2}|ANTWOORD|op vraag|\*)")


def paragraphs(text: str) -> list[str | list[str]]:
    """The PDF text's lines joined into paragraphs as a word processor holds them; a run of
    table rows becomes one item, a list of its rows."""
    out: list[str | list[str]] = []
    prev = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if _TABLE_ROW.match(line):
            if not out or not isinstance(out[-1], list):
                out.append([])
            out[-1].append(line)
        elif (
            not out
            or isinstance(out[-1], list)
            or _NEW_PARAGRAPH.match(line)
            or (line.isupper() != prev.isupper())
            or prev.startswith("Cybersecurity bij Vlaamse bedrijven")  # the subject line
            or prev.endswith("www.vlaio.be/CS")  # the end of answer 3, with no full stop
            or re.search(r"[.?!]$", prev)
        ):
            out.append(line)
        else:
            joiner = "" if prev.endswith("-") and not prev.endswith(" -") else " "
            out[-1] = f"{out[-1]}{joiner}{line}"
        prev = line
    return out


def write_docx(items: list[str | list[str]], path: Path) -> None:
    d = docx.Document()
    for item in items:
        if isinstance(item, list):
            rows = [row.split() for row in item]
            width = max(len(r) for r in rows)
            table = d.add_table(rows=len(rows), cols=width)
            for r, cells in enumerate(rows):
                # the short BRUSSEL row leaves its empty year cells blank, as the PDF's table does
                if len(cells) < width:
                    cells = [cells[0], "", *cells[1:-3], "", *cells[-3:]][:width]
                    cells += [""] * (width - len(cells))
                for c, value in enumerate(cells):
                    table.cell(r, c).text = value
        else:
            d.add_paragraph(item)
    d.core_properties.author = "qa-align test form"
    d.save(path)


def rtf_escape(text: str) -> str:
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        elif ord(ch) < 256:
            out.append(f"\\'{ord(ch):02x}")
        else:
            out.append(f"\\u{ord(ch)}?")
    return "".join(out)


def write_rtf(items: list[str | list[str]], path: Path) -> None:
    body = []
    for item in items:
        for line in item if isinstance(item, list) else [item]:
            cells = line.split() if isinstance(item, list) else [line]
            body.append("\\tab ".join(rtf_escape(c) for c in cells) + "\\par")
    rtf = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs20\n" + "\n".join(body) + "\n}\n"
    path.write_bytes(rtf.encode("ascii"))


def flempar_docx(path: Path) -> str:
    """What flempar makes of a .docx: officer's paragraphs (not the tables) deparsed by R as
    c("...", "..."), squished, then '"' and 'c(' replaced by spaces."""
    paragraphs = [p.text for p in docx.Document(path).paragraphs]
    deparsed = "c(" + ", ".join('"' + p.replace('"', '\\"') + '"' for p in paragraphs) + ")"
    return squish(deparsed).replace('"', " ").replace("c(", " ")


def write_pdf(items: list[str | list[str]], path: Path) -> None:
    """The paragraphs as HTML, printed to PDF by headless Chromium (Debian's chromium)."""
    page = ['<html><head><meta charset="utf-8"><style>body{font-family:Arial,sans-serif;font-size:10pt}'
            "p{margin:0 0 4pt 0} td{padding:0 6pt}</style></head><body>"]  # fmt: skip
    for item in items:
        if isinstance(item, list):
            rows = ("".join(f"<td>{html.escape(c)}</td>" for c in row.split()) for row in item)
            page.append("<table>" + "".join(f"<tr>{r}</tr>" for r in rows) + "</table>")
        else:
            page.append(f"<p>{html.escape(item)}</p>")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "form.html"
        source.write_text("\n".join([*page, "</body></html>"]), encoding="utf-8")
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--print-to-pdf={path}", source.as_uri()],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip


def main() -> None:
    text235 = pdf_235()
    # 1-5: the cybersecurity question collapsed, as Word, as RTF, as a PDF, as flempar gives the Word file
    (HERE / "cyber-collapsed.txt").write_text(squish(CYBER) + "\n", encoding="utf-8")
    items = paragraphs(pdf_part(CYBER))
    write_docx(items, HERE / "cyber.docx")
    write_rtf(items, HERE / "cyber.rtf")
    write_pdf(items, HERE / "cyber.pdf")
    (HERE / "cyber-flempar-docx.txt").write_text(flempar_docx(HERE / "cyber.docx") + "\n", encoding="utf-8")
    # 4: the 235 question collapsed
    (HERE / "235-collapsed.txt").write_text(squish(text235) + "\n", encoding="utf-8")
    # 5: coordinated head: put to two ministers, each with her own number
    coordinated = text235.replace(
        "checklist?\nZUHAL DEMIR",
        "checklist?\nDeze vraag werd gesteld aan de ministers Zuhal Demir (235), Lydia Peeters (412)\nZUHAL DEMIR",
    )
    (HERE / "235-coordinated.txt").write_text(coordinated, encoding="utf-8")
    # 6: the same question with both ministers' answers in one file: one document per answer
    second = (
        "\nLYDIA PEETERS\nVLAAMS MINISTER VAN MOBILITEIT EN OPENBARE WERKEN\nANTWOORD\n"
        "op vraag nr. 412 van 11 januari 2024\nvan SUZY WOUTERS\n"
        "Deze vraag behoort tot de bevoegdheid van Vlaams minister van Justitie en Handhaving, Omgeving,\n"
        "Energie en Toerisme Zuhal Demir. Ik verwijs naar het gecoördineerd antwoord op vraag nr. 235\n"
        "van 11 januari 2024.\n"
    )
    (HERE / "235-two-answers.txt").write_text(coordinated.rstrip("\n") + second, encoding="utf-8")
    # 7: the answer without its numbers
    answer_at = text235.index("\n1. Het klopt")
    unnumbered = text235[:answer_at] + re.sub(r"\n[123]\. ", "\n", text235[answer_at:])
    (HERE / "235-unnumbered.txt").write_text(unnumbered, encoding="utf-8")
    # 8: answers 1 and 2 grouped under "1 en 2."
    grouped = text235.replace("\n1. Het klopt", "\n1 en 2. Het klopt").replace("\n2. Door de", "\nDoor de")
    (HERE / "235-grouped.txt").write_text(grouped, encoding="utf-8")
    # 9: the coordinated head collapsed, as flempar's users have it
    (HERE / "235-coordinated-collapsed.txt").write_text(flempar(coordinated) + "\n", encoding="utf-8")
    # 10: a table of whole texts, in the columns of flempar's written-question documents
    with (HERE / "flempar-export.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id_fact", "publicatiedatum", "title", "text"])
        w.writerow(["schv-8-2024-cybersecurity", "2024-10-17", "Cybersecurity bij Vlaamse bedrijven - Stand van zaken",
                    flempar(pdf_part(CYBER))])  # fmt: skip
        w.writerow(["vrg_en_antw.235", "2024-01-11", "Wateroverlast Demerbekken - Draaiboek voor lokale besturen",
                    flempar(text235)])  # fmt: skip


if __name__ == "__main__":
    main()

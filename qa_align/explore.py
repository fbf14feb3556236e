"""Tables and plots for exploring scored documents in a notebook (``notebooks/explore.ipynb``)
and for the README's figure (``scripts/make_figures.py``). Input: the DataFrame of
``qa_align.score``; matplotlib is imported only when a plot is drawn."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd


_SHOWN = ("source", "doc_id", "question_no", "minister")


def _columns(df: pd.DataFrame, needed: tuple[str, ...], what: str) -> None:
    """Raise a ``ValueError`` that names the columns missing and the table's own where ``df`` lacks one of
    ``needed`` (lows51: ``flag_rates(df, by="party")`` raised pandas' ``KeyError: 'party'`` from deep inside)."""
    missing = [c for c in needed if c not in df.columns]
    if missing and len(df.columns):
        raise ValueError(
            f"{what}: no column {', '.join(map(repr, missing))} in the table (the DataFrame of qa_align.score); "
            f"its columns: {', '.join(map(str, df.columns))}"
        )


def flag_table(df: pd.DataFrame) -> pd.DataFrame:
    """One row per (pair, flag): ``source, doc_id, question_no, minister, flag``."""
    _columns(df, ("flags", *_SHOWN), "flag_table")
    rows = df.assign(flag=df["flags"].fillna("").str.split(";")).explode("flag")
    return rows[rows["flag"].astype(bool)][[*_SHOWN, "flag"]]


def flag_rates(df: pd.DataFrame, by: str = "source") -> pd.DataFrame:
    """Share of pairs carrying each flag, per value of ``by`` (rows) and flag (columns)."""
    _columns(df, ("flags", *_SHOWN, by), "flag_rates")
    pairs = df.groupby(by).size()
    counts = flag_table(df).groupby([by, "flag"]).size().unstack(fill_value=0)
    return counts.div(pairs, axis=0).fillna(0.0).loc[pairs.index.intersection(counts.index)]


def plot_flag_rates(df: pd.DataFrame, by: str = "source", ax=None):
    """A grouped bar chart of ``flag_rates``: per source (or ``by``), the share of
    sub-questions carrying each flag."""
    import matplotlib.pyplot as plt

    rates = flag_rates(df, by)
    if ax is None:
        _, ax = plt.subplots(figsize=(11, 4.8))
    (rates.T * 100).plot.bar(ax=ax, width=0.8)
    ax.set_ylabel("sub-questions with the flag (%)")
    ax.set_xlabel("flag")
    ax.set_title(f"How often each flag is raised, per {by}")
    ax.legend(title=by, fontsize=9)
    ax.tick_params(axis="x", labelrotation=35)
    for label in ax.get_xticklabels():
        label.set_horizontalalignment("right")
    ax.figure.tight_layout()
    return ax

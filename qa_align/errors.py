"""Exceptions raised by qa-align."""

from __future__ import annotations


class QaAlignError(Exception):
    """Base class of qa-align's own errors."""


class ReadError(QaAlignError):
    """A file or record could not be read or segmented; ``reason`` says why."""

    def __init__(
        self,
        path: str,
        reason: str,
        doc_id: str = "",
        source: str = "",
        unanswered: bool = False,
        skipped: bool = False,
    ) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.doc_id = doc_id
        self.source = source
        self.unanswered = unanswered  # the question has no answer (yet): not a reading error
        self.skipped = skipped  # not a document at all (found in a folder): listed, not an error


class NotRecognised(ReadError):
    """A file of a kind some reader takes whose content none of them recognises."""


class ConfigError(QaAlignError, ValueError):
    """Bad configuration: an unknown setting, rule, source or column."""


class OutputError(QaAlignError):
    """The output cannot be written where it was asked for (checked before reading)."""

"""Exceptions raised by qa-align."""

from __future__ import annotations


class QaAlignError(Exception):
    """Base class of qa-align's own errors."""


class ReadError(QaAlignError):
    """A file or record could not be read or segmented; ``reason`` says why."""

    def __init__(
        self, path: str, reason: str, doc_id: str = "", source: str = "", unanswered: bool = False
    ) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.doc_id = doc_id
        self.source = source
        self.unanswered = unanswered  # the question has no answer (yet): not a reading error


class ConfigError(QaAlignError, ValueError):
    """Bad configuration: an unknown setting, rule, source or column."""

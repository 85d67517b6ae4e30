"""Typed errors of the replies area; the UI and the CLI word them for the user."""

from __future__ import annotations


class RepliesError(Exception):
    """Base class: something the user asked for cannot be done."""


class CatalogueError(RepliesError):
    """A scenario or template file is missing or malformed."""


class UnknownScenarioError(RepliesError):
    def __init__(self, key: str) -> None:
        super().__init__(f"unknown scenario: {key}")
        self.key = key


class UnknownLanguageError(RepliesError):
    def __init__(self, language: str) -> None:
        super().__init__(f"no templates in language: {language}")
        self.language = language


class UnfilledPlaceholdersError(RepliesError):
    """A message would leave with a raw {placeholder} in it."""

    def __init__(self, names: list[str]) -> None:
        super().__init__("unfilled placeholders: " + ", ".join(names))
        self.names = names


class OrderNotFoundError(RepliesError):
    def __init__(self, order: str | int) -> None:
        super().__init__(f"no such order: {order}")
        self.order = order


class TemplateFileError(RepliesError):
    """An imported templates file is not one Seller Desk wrote or is damaged."""

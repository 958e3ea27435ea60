"""The exceptions elznet raises on purpose, in one place.

Every one derives from :class:`ElznetError`, so ``except elznet.ElznetError`` catches
whatever elznet says about the user's input or arguments, and also from the built-in
exception a Python user would expect (``ValueError``, ``LookupError``, ...), so code
written against those keeps working. ``str(error)`` is one readable sentence (Dutch
where a zorgraad sees it) that names the place and the fix.

* :class:`InventoryError` — an inventory that cannot be read as it is;
* :class:`LimitError` — an inventory larger than a reading limit (an ``InventoryError``);
* :class:`ArgumentError` — a wrong value or type for an argument, naming the argument;
* :class:`NotFoundError` — a name or id that is not in the network;
* :class:`OutputExistsError` — a file elznet will not overwrite without being asked;
* :class:`ZoneError` — a zone definition that cannot be used;
* :class:`MapError`, :class:`CarePathError` — a map that cannot be drawn as asked.
"""

from __future__ import annotations

import pandas as pd

__all__ = ["ElznetError", "InventoryError", "LimitError", "ArgumentError", "NotFoundError", "MapError", "CarePathError",
           "OutputExistsError", "ZoneError", "PROBLEM_COLUMNS"]

PROBLEM_COLUMNS = ["sheet", "row", "column", "value", "severity", "problem", "suggestion"]


class ElznetError(Exception):
    """Base class of every error elznet raises about its input or arguments."""


class InventoryError(ElznetError, ValueError):
    """An inventory that cannot be read as it is.

    ``str(error)`` is a readable message that names the file and the fix (and, for
    ``strict=True``, lists every problem); ``error.problems`` holds them as a table.
    """

    def __init__(self, message: str, problems: pd.DataFrame | None = None) -> None:
        super().__init__(message)
        self.problems = problems if problems is not None else pd.DataFrame(columns=PROBLEM_COLUMNS)


class LimitError(InventoryError):
    """An inventory past a reading limit (size, cells, shared strings, merged area).

    ``error.limit`` names the limit (a key of ``elznet.read.limits.DEFAULT_LIMITS``);
    the message says how to raise it (``read_inventory(..., limits={...})``).
    """

    def __init__(self, message: str, *, limit: str) -> None:
        super().__init__(message)
        self.limit = limit


class ArgumentError(ElznetError, ValueError, TypeError):
    """A wrong value or type for an argument of an elznet function; names the argument.

    It is both a ``ValueError`` and a ``TypeError``, so either ``except`` catches it.
    """

    def __init__(self, message: str, *, argument: str = "") -> None:
        super().__init__(message)
        self.argument = argument


class NotFoundError(ElznetError, KeyError):
    """A name or id asked for that is not in the network, or a name that is not one
    (a ``KeyError``, so a ``LookupError``).

    Raised by the one lookup, :meth:`elznet.Network.find`, which every function that
    takes an organisation, person or initiative by id or name goes through. Unlike a
    plain ``KeyError``, ``str(error)`` is the sentence itself, not its repr.

    Parameters
    ----------
    message : str
        One Dutch sentence that names what was asked and the near matches.
    ref : str, optional
        What was asked for.
    kind : str, optional
        ``"organisation"``, ``"person"`` or ``"initiative"``.
    matches : list of (id, name), optional
        The near matches (up to three) or, when ``ambiguous``, every entry with that name.
    ambiguous : bool
        True when the name belongs to more than one entry: give the id.

    Examples
    --------
    >>> import elznet
    >>> net = elznet.examples.load("meetjesland_zorgpad")
    >>> try:
    ...     net.find("JAC Ekloo")
    ... except elznet.NotFoundError as error:
    ...     print(error.matches[0][1])
    JAC Eeklo
    """

    def __init__(self, message: str, *, ref: object = None, kind: str = "", matches: list[tuple[str, str]] | None = None,
                 ambiguous: bool = False) -> None:
        super().__init__(message)
        self.ref = ref
        self.kind = kind
        self.matches = list(matches or [])
        self.ambiguous = ambiguous

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class ZoneError(ElznetError, ValueError):
    """A zone definition elznet cannot use; the message says where and how to fix it.

    Raised when a zone's name is not bundled, a ``zone`` sheet or file names a place
    that is not a Belgian municipality, or no zone can be inferred from the places an
    inventory names.

    Examples
    --------
    >>> import elznet
    >>> try:
    ...     elznet.Zone.bundled("nergens")
    ... except elznet.ZoneError as error:
    ...     print(type(error).__name__)
    ZoneError
    """


class OutputExistsError(ElznetError, FileExistsError):
    """An output path that already holds a file elznet will not overwrite unasked."""


class MapError(ElznetError, ValueError):
    """A map cannot be drawn as asked (the message is one Dutch sentence)."""


class CarePathError(MapError):
    """No care-path stage is known for the organisations, initiatives or participations."""

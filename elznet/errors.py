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
    """Base class of every error elznet raises about its input or arguments.

    Examples
    --------
    >>> import elznet
    >>> try:
    ...     elznet.what_if(elznet.examples.load("meetjesland_zorgpad"), organisation="Niemand vzw")
    ... except elznet.ElznetError as error:
    ...     print(type(error).__name__)
    NotFoundError
    """


class InventoryError(ElznetError, ValueError):
    """An inventory that cannot be read as it is.

    ``str(error)`` is a readable message that names the file and the fix (and, for
    ``strict=True``, lists every problem); ``error.problems`` holds them as a table.

    Parameters
    ----------
    message : str
        The message.
    problems : pandas.DataFrame, optional
        The problems (columns :data:`PROBLEM_COLUMNS`), as ``LoadReport.problems``.

    Examples
    --------
    >>> import elznet, pandas as pd
    >>> twice = {"organisaties": pd.DataFrame({"naam": ["CAW", "CAW"], "sector": ["welzijn", "welzijn"]})}
    >>> try:
    ...     elznet.read_inventory(twice, strict=True)
    ... except elznet.InventoryError as error:
    ...     print(error.problems.loc[0, "problem"])
    organisatie staat twee keer op de lijst (ook op rij 2)
    """

    def __init__(self, message: str, problems: pd.DataFrame | None = None) -> None:
        super().__init__(message)
        self.problems = problems if problems is not None else pd.DataFrame(columns=PROBLEM_COLUMNS)


class LimitError(InventoryError):
    """An inventory past a reading limit (size, cells, shared strings, merged area).

    ``error.limit`` names the limit (a key of ``elznet.read._sources.DEFAULT_LIMITS``);
    the message says how to raise it (``read_inventory(..., limits={...})``).

    Parameters
    ----------
    message : str
        The message.
    limit : str
        The limit that was passed (``"cells"``, ``"bytes"``, ...).

    Examples
    --------
    >>> import elznet
    >>> try:
    ...     elznet.read_inventory(elznet.examples.path("meetjesland_inventaris"), limits={"cells": 10})
    ... except elznet.LimitError as error:
    ...     print(error.limit)
    cells
    """

    def __init__(self, message: str, *, limit: str) -> None:
        super().__init__(message)
        self.limit = limit


class ArgumentError(ElznetError, ValueError, TypeError):
    """A wrong value or type for an argument of an elznet function; names the argument.

    It is both a ``ValueError`` and a ``TypeError``, so either ``except`` catches it.

    Parameters
    ----------
    message : str
        One sentence, Dutch first.
    argument : str
        The argument's name.

    Examples
    --------
    >>> import elznet
    >>> try:
    ...     elznet.duplicates(elznet.examples.load("meetjesland_zorgpad"), threshold=2)
    ... except elznet.ArgumentError as error:
    ...     print(error.argument)
    threshold
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
    """An output path that already holds a file elznet will not overwrite unasked.

    The command line raises it (``elznet report``, ``map``, ``template`` without
    ``--overwrite``); it is a ``FileExistsError`` too.

    Examples
    --------
    >>> import elznet
    >>> issubclass(elznet.OutputExistsError, FileExistsError)
    True
    """


class MapError(ElznetError, ValueError):
    """A map cannot be drawn as asked (the message is one Dutch sentence).

    Examples
    --------
    >>> import elznet
    >>> try:
    ...     elznet.network_map(elznet.examples.load("meetjesland_zorgpad"), colour="postcode")
    ... except elznet.MapError as error:
    ...     print(str(error)[:35])
    Kleuren volgens 'postcode' kan niet
    """


class CarePathError(MapError):
    """No care-path stage is known for the organisations, initiatives or participations.

    Examples
    --------
    >>> import elznet
    >>> try:
    ...     elznet.care_path_map(elznet.examples.load("meetjesland_inventaris"))
    ... except elznet.CarePathError as error:
    ...     print(str(error)[:24])
    Geen zorgpadfase bekend:
    """

"""Parameter descriptions shared by many public functions, written once.

A docstring names a shared parameter by a line holding only ``%(name)s`` in its
Parameters section; :func:`shared_parameters` replaces that line by the text in
:data:`PARAMETERS`, indented like the line (after matplotlib's ``_docstring.interpd``
and scanpy's ``doc_params``)::

    @shared_parameters
    def fragile_ties(net, *, people="hide"):
        '''Ties that hang on one person.

        Parameters
        ----------
        %(net)s
        %(people)s
        '''

An unknown name raises ``KeyError`` when the module is imported, so a typo cannot
reach the documentation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

__all__ = ["PARAMETERS", "shared_parameters"]

F = TypeVar("F", bound=Callable)

#: name -> numpydoc text of the parameter (first line unindented, the rest by four spaces).
PARAMETERS: dict[str, str] = {
    "net": """net : Network
    The zone's network, from :func:`elznet.read_inventory` (or :func:`elznet.read_zones`).""",
    "net_or_analysis": """net : Network or Analysis
    The zone's network, or an :class:`~elznet.Analysis` of it (from :func:`elznet.analyse`):
    then every table is read from the analysis, never computed again.""",
    "net_or_graph": """net : Network or networkx.Graph
    The zone's network (its organisation graph ``net.graph`` is used), or any networkx
    graph whose nodes carry the attributes the function reads (e.g. ``sector``): an
    organisation graph built elsewhere, such as a patient-sharing network.""",
    "level": """level : {"organisation", "person"}, default "organisation"
    Organisations (``net.graph``) or people (``net.people_graph``: people who meet in an
    initiative or carry a tie together).""",
    "path": """path : str or Path
    The file to write. It is written to a temporary file first and moved into place
    when complete.""",
    "people": """people : {"hide", "initials", "pseudonyms", "names"}, default "hide"
    How people appear. ``"hide"`` (default) keeps every person's name out of the result:
    tables say how many people carry a tie, never who; ``"initials"`` and
    ``"pseudonyms"`` (stable for the network's ``salt``) label them so; ``"names"`` shows
    names, for use inside the zone team only.""",
    "lang": """lang : {"nl", "en"}, default "nl"
    Language of the words a reader sees (headers, labels, messages): Dutch by default.""",
    "zone": """zone : Zone or str, optional
    The zone (a :class:`~elznet.Zone`, a bundled zone's name, or a zone file); default
    ``net.zone``, else inferred from the inventory's places (see :mod:`elznet.zone`).""",
    "seed": """seed : int, default 0
    Seed of the random steps, so the same seed gives the same result on every run.""",
    "engine": """engine : {"auto", "networkx", "igraph"}, default "auto"
    The graph engine (see :mod:`elznet.analysis.centrality`): igraph for large graphs when
    installed; the numbers do not depend on it.""",
    "group": """group : str, default "sector"
    The organisation (or node) attribute that marks the boundaries: ``"sector"``,
    ``"zone"`` (a network from :func:`elznet.read_zones`), ``"municipality"``, or any
    column of the organisations table.""",
}

_PLACEHOLDER = re.compile(r"^([ \t]*)%\((\w+)\)s[ \t]*$", re.MULTILINE)


def _indented(name: str, indent: str) -> str:
    return "\n".join(indent + line if line else line for line in PARAMETERS[name].splitlines())


def shared_parameters(func: F) -> F:
    """Fill the ``%(name)s`` lines of ``func``'s docstring from :data:`PARAMETERS`."""
    if func.__doc__:
        func.__doc__ = _PLACEHOLDER.sub(lambda m: _indented(m.group(2), m.group(1)), func.__doc__)
    return func

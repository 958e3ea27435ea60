"""Result tables: DataFrames that carry what a table says about itself.

Some analyses return a table *and* a fact about the whole of it: the modularity of a
partition, the zone a white-spot count was made for and the place words it could not
place, the initiative a list of stretch suggestions is about. Those facts live on the
table as attributes (``clusters.modularity``), not in ``DataFrame.attrs``, which pandas
drops in many operations. Each result table is a pandas subclass with ``_metadata``
(the pattern of :class:`elznet.analysis.centrality.MeasureTable`), so it stays an
ordinary DataFrame for reading, filtering and writing to Excel, and the attributes
survive what analysts do with it: ``head()``, ``loc``/``iloc``, boolean selection,
``sort_values``, ``query``, ``copy``, ``assign``, ``set_index``/``reset_index``,
``groupby(...).sum()`` and pickling (tested in ``tests/test_results.py``).

``pd.merge`` and ``pd.concat`` do not carry pandas metadata over: on their result an
attribute reads ``None`` (unknown), never a value that belongs to another table.

* :class:`Communities` — :func:`elznet.communities`, with ``modularity``;
* :class:`WhiteSpots` — :func:`elznet.white_spots`, with ``zone``, ``unknown_places``,
  ``outside_zone`` and ``outside_universe``;
* :class:`StretchSuggestions` — :func:`elznet.stretch`, with ``initiative``.
"""

from __future__ import annotations

from html import escape
from typing import Any

import pandas as pd

__all__ = ["ResultTable", "Communities", "WhiteSpots", "StretchSuggestions"]


class ResultTable(pd.DataFrame):
    """A DataFrame with named attributes (``_metadata``) that survive selection and sorting.

    Subclasses list their attributes in ``_metadata`` and give each a class-level
    default of ``None`` (what an attribute reads after ``pd.merge`` or ``pd.concat``).
    In a notebook the attributes are shown above the table.
    """

    _metadata: list[str] = []

    @property
    def _constructor(self):
        return type(self)

    @classmethod
    def of(cls, frame: pd.DataFrame, **metadata: Any) -> ResultTable:
        """``frame`` as this result table, with its attributes set.

        Parameters
        ----------
        frame : pandas.DataFrame
            The table.
        **metadata
            The attributes, each one of the class's ``_metadata``.

        Returns
        -------
        ResultTable
            A table of this class.

        Examples
        --------
        >>> import pandas as pd
        >>> Communities.of(pd.DataFrame({"community": [0, 0, 1]}), modularity=0.25).modularity
        0.25
        """
        unknown = set(metadata) - set(cls._metadata)
        if unknown:
            raise TypeError(f"{cls.__name__} has no attribute(s) {sorted(unknown)}")
        table = cls(frame)
        for name, value in metadata.items():
            object.__setattr__(table, name, value)
        return table

    def metadata(self) -> dict[str, Any]:
        """The attributes as a dict (``None`` for one that was lost by a merge or concat).

        Returns
        -------
        dict of str to object

        Examples
        --------
        >>> import pandas as pd
        >>> StretchSuggestions.of(pd.DataFrame({"kind": []}), initiative="Warme buurten Eeklo").metadata()
        {'initiative': 'Warme buurten Eeklo'}
        """
        return {name: getattr(self, name, None) for name in self._metadata}

    def _repr_html_(self) -> str | None:
        table = super()._repr_html_()
        if table is None:
            return None
        facts = "; ".join(f"{escape(k)}: {escape(_short(v))}" for k, v in self.metadata().items())
        return f"<p><small>{facts}</small></p>{table}" if facts else table


def _short(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    text = str(value)
    return text if len(text) <= 120 else text[:117] + "..."


class Communities(ResultTable):
    """The table of :func:`elznet.communities`, with the partition's ``modularity``.

    Attributes
    ----------
    modularity : float
        Newman & Girvan's (2004) modularity of the whole partition, the same value as
        the table's ``modularity`` column (kept as a column so the Excel export shows it);
        NaN for a network without organisations.

    Examples
    --------
    >>> import elznet
    >>> clusters = elznet.communities(elznet.examples.load("meetjesland_inventaris"))
    >>> round(clusters.head(3).modularity, 2) == round(float(clusters["modularity"].iloc[0]), 2)
    True
    """

    _metadata = ["modularity"]
    modularity: float | None = None


class WhiteSpots(ResultTable):
    """The table of :func:`elznet.white_spots`, with what was left out of the count.

    Attributes
    ----------
    zone : str
        The name of the zone whose municipalities were counted.
    unknown_places : list of str
        Place words in the inventory the zone does not know (not counted; also warned).
    outside_zone : list of str
        Municipalities named by initiatives that lie outside the zone (not counted).
    outside_universe : dict of str to list of str
        Per dimension, values outside a universe the analyst gave (not counted).

    Examples
    --------
    >>> import elznet
    >>> spots = elznet.white_spots(elznet.examples.load("meetjesland_inventaris"))
    >>> spots[spots["white_spot"]].zone == spots.zone
    True
    """

    _metadata = ["zone", "unknown_places", "outside_zone", "outside_universe"]
    zone: str | None = None
    unknown_places: list[str] | None = None
    outside_zone: list[str] | None = None
    outside_universe: dict[str, list[str]] | None = None


class StretchSuggestions(ResultTable):
    """The table of :func:`elznet.stretch`, with the ``initiative`` it is about.

    Attributes
    ----------
    initiative : str
        The name of the initiative the suggestions widen.

    Examples
    --------
    >>> import elznet
    >>> s = elznet.stretch(elznet.examples.load("meetjesland_inventaris"), initiative="I002")
    >>> s.initiative
    'Warme buurten Eeklo'
    """

    _metadata = ["initiative"]
    initiative: str | None = None

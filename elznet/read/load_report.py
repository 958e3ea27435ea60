"""What happened while reading an inventory: :class:`LoadReport` and :class:`InventoryError`.

Every input row is either loaded into the Network or listed in ``report.problems``
with the sheet, the row number as Excel shows it, the column, the value, a severity
(``error``: the row was not loaded or the file cannot be used; ``warning``: loaded,
but check it; ``info``: what elznet inferred or decided for you), the problem and a
suggested fix.

Problems are recorded in Dutch and English; the report speaks Dutch unless it was read
with ``lang="en"`` (``report.in_language("en")`` switches an existing report).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from html import escape
from typing import NamedTuple

import pandas as pd

from elznet.errors import PROBLEM_COLUMNS, InventoryError

__all__ = ["LoadReport", "InventoryError", "PROBLEM_COLUMNS", "Text"]

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
_LANGS = ("nl", "en")


class Text(NamedTuple):
    """One message in Dutch and English."""

    nl: str
    en: str


def _pair(text: str | Text) -> Text:
    return text if isinstance(text, Text) else Text(str(text), str(text))


def check_lang(lang: str) -> str:
    """``lang`` if it is ``"nl"`` or ``"en"``; a clear error otherwise."""
    if lang not in _LANGS:
        raise ValueError(f"lang must be 'nl' or 'en', not {lang!r}")
    return lang


@dataclass
class LoadReport:
    """The load report of one :func:`elznet.read_inventory` call.

    Attributes
    ----------
    source : str
        The file (or ``"<dict>"``) that was read.
    lang : str
        ``"nl"`` (default) or ``"en"``: the language of ``problems``, ``describe()`` and
        ``str(report)``.
    rows_read, rows_loaded, rows_rejected : int
        Filled data rows seen in the table sheets; ``rows_read == rows_loaded +
        rows_rejected`` always holds, and every rejected row has an ``error`` in
        ``problems`` at its sheet and row.
    problems : DataFrame
        Columns ``sheet, row, column, value, severity, problem, suggestion``, errors
        first, then in sheet and row order.
    suggestions : DataFrame
        Likely spellings of one name (``name``, ``similar_to``, ``score``), ready to be
        confirmed as aliases.
    row_kinds : dict
        ``{(sheet, excel_row): kind}`` for every filled row of every sheet: ``header``,
        ``title``, ``data``, ``section`` (a theme heading the initiatives below carry),
        ``total``, ``legend``, ``repeated_header`` or ``skipped`` (a list, note or
        unrecognised sheet). Only ``data`` rows count in ``rows_read``.

    Examples
    --------
    >>> import elznet
    >>> report = elznet.examples.load("meetjesland_inventaris").report
    >>> print(str(report).splitlines()[0])  # doctest: +ELLIPSIS
    Laadrapport voor meetjesland_inventaris_breed.xlsx: 122 rijen gelezen, 122 geladen, 0 afgewezen; ...
    >>> report.rows_read == report.rows_loaded + report.rows_rejected
    True
    """

    source: str = "<dict>"
    lang: str = "nl"
    rows_read: int = 0
    rows_loaded: int = 0
    rows_rejected: int = 0
    _problems: list[dict] = field(default_factory=list, repr=False)
    suggestions: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame(columns=["name", "similar_to", "score"]), repr=False)
    row_kinds: dict[tuple[str, int], str] = field(default_factory=dict, repr=False)

    def add(self, severity: str, problem: str | Text, *, sheet: str = "", row: int | None = None,
            column: str = "", value: object = "", suggestion: str | Text = "") -> None:
        """Record one problem (used by the readers).

        Parameters
        ----------
        severity : {"error", "warning", "info"}
            An error rejects the row; a warning keeps it with a doubt; info is a note.
        problem : str or Text
            What is wrong, as a :class:`Text` (Dutch, English) or one plain text.
        sheet : str
            The sheet (or file) where it is.
        row : int, optional
            The row as Excel shows it.
        column, value : str
            The column header and the cell's value.
        suggestion : str or Text
            How to fix it.

        Returns
        -------
        None

        Examples
        --------
        >>> from elznet import LoadReport
        >>> report = LoadReport()
        >>> report.add("warning", "onbekende sector", sheet="organisaties", row=4, column="sector", value="zorgg")
        >>> report.counts()["warning"]
        1
        """
        if severity not in _SEVERITY_ORDER:
            raise ValueError(f"severity must be error, warning or info, not {severity!r}")
        p, s = _pair(problem), _pair(suggestion)
        self._problems.append({
            "sheet": sheet, "row": row, "column": column,
            "value": "" if value is None else str(value), "severity": severity,
            "problem": p.nl, "suggestion": s.nl, "problem_en": p.en, "suggestion_en": s.en,
        })

    def in_language(self, lang: str) -> LoadReport:
        """The same report speaking another language.

        Parameters
        ----------
        lang : {"nl", "en"}
            The language of ``problems``, ``describe()`` and ``str(report)``.

        Returns
        -------
        LoadReport
            A copy; the problems are the same.

        Examples
        --------
        >>> import elznet
        >>> report = elznet.examples.load("meetjesland_inventaris").report.in_language("en")
        >>> print(str(report).splitlines()[0])
        Load report for meetjesland_inventaris_breed.xlsx: 122 rows read, 122 loaded, 0 rejected; 0 errors, 9 warnings, 123 notes.
        """
        return replace(self, lang=check_lang(lang))

    @property
    def problems(self) -> pd.DataFrame:
        """Every problem, errors first, in the report's language (see the class docstring)."""
        rows = self._problems
        if self.lang == "en":
            rows = [{**p, "problem": p["problem_en"], "suggestion": p["suggestion_en"]} for p in rows]
        frame = pd.DataFrame(rows, columns=PROBLEM_COLUMNS)
        frame["row"] = frame["row"].astype("Int64")
        if frame.empty:
            return frame
        order = frame["severity"].map(_SEVERITY_ORDER)
        frame = frame.assign(_o=order).sort_values(["_o", "sheet", "row"], kind="stable",
                                                      na_position="first")
        return frame.drop(columns="_o").reset_index(drop=True)

    @property
    def errors(self) -> pd.DataFrame:
        """Only the problems of severity ``error``."""
        p = self.problems
        return p[p["severity"] == "error"].reset_index(drop=True)

    @property
    def ok(self) -> bool:
        """True when nothing was rejected and no error was found."""
        return not any(p["severity"] == "error" for p in self._problems)

    def counts(self) -> dict[str, int]:
        """Number of problems per severity.

        Returns
        -------
        dict of str to int
            ``{"error": ..., "warning": ..., "info": ...}``.

        Examples
        --------
        >>> import elznet
        >>> elznet.examples.load("meetjesland_inventaris").report.counts()
        {'error': 0, 'warning': 9, 'info': 123}
        """
        out = dict.fromkeys(_SEVERITY_ORDER, 0)
        for p in self._problems:
            out[p["severity"]] += 1
        return out

    def describe(self, *, severities: tuple[str, ...] = ("error", "warning"), limit: int | None = None) -> str:
        """The problems as readable lines, one per problem (where, the value, what, the fix).

        Parameters
        ----------
        severities : tuple of str, default ("error", "warning")
            Which problems to list (add ``"info"`` for the notes).
        limit : int, optional
            At most this many lines, then one line saying how many more.

        Returns
        -------
        str

        Examples
        --------
        >>> import elznet
        >>> report = elznet.examples.load("meetjesland_inventaris").report
        >>> print(report.describe(limit=1))  # doctest: +ELLIPSIS
        WAARSCHUWING: inventaris, rij 9, kolom 'Partners' [Huis vh Kind Eeklo]: sector onbekend: ...
        ... en nog 8 (zie report.problems)
        """
        p = self.problems
        p = p[p["severity"].isin(severities)]
        lines = [_line(r, self.lang) for r in p.itertuples(index=False)]
        if limit is not None and len(lines) > limit:
            more = len(lines) - limit
            lines = lines[:limit] + [f"... en nog {more} (zie report.problems)" if self.lang == "nl"
                                     else f"... and {more} more (see report.problems)"]
        return "\n".join(lines)

    def _counts_line(self) -> str:
        c = self.counts()
        if self.lang == "nl":
            return (f"{self.rows_read} rijen gelezen, {self.rows_loaded} geladen, {self.rows_rejected} "
                    f"afgewezen; {c['error']} fouten, {c['warning']} waarschuwingen, {c['info']} notities.")
        return (f"{self.rows_read} rows read, {self.rows_loaded} loaded, {self.rows_rejected} rejected; "
                f"{c['error']} errors, {c['warning']} warnings, {c['info']} notes.")

    def __str__(self) -> str:
        body = self.describe(limit=50)
        head = "Laadrapport voor" if self.lang == "nl" else "Load report for"
        return f"{head} {self.source}: {self._counts_line()}" + ("\n" + body if body else "")

    def _repr_html_(self) -> str:
        head = f"<p><b>{escape(str(self.source))}</b>: {escape(self._counts_line())}</p>"
        return head + self.problems.to_html(index=False, na_rep="")


_WORDS = {
    "nl": {"error": "FOUT", "warning": "WAARSCHUWING", "info": "NOTITIE", "file": "bestand", "row": "rij",
           "column": "kolom"},
    "en": {"error": "ERROR", "warning": "WARNING", "info": "INFO", "file": "file", "row": "row",
           "column": "column"},
}


def _line(r, lang: str = "nl") -> str:
    w = _WORDS[lang]
    where = r.sheet or w["file"]
    if not pd.isna(r.row):
        where += f", {w['row']} {r.row}"
    if r.column:
        where += f", {w['column']} '{r.column}'"
    value = f" [{r.value}]" if r.value else ""
    fix = f" → {r.suggestion}" if r.suggestion else ""
    return f"{w[r.severity]}: {where}{value}: {r.problem}{fix}"

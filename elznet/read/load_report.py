"""What happened while reading an inventory: :class:`LoadReport` and :class:`InventoryError`.

Every input row is either loaded into the Network or listed in ``report.problems``
with the sheet, the row number as Excel shows it, the column, the value, a severity
(``error``: the row was not loaded or the file cannot be used; ``warning``: loaded,
but check it; ``info``: what elznet inferred or decided for you), the problem and a
suggested fix.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

import pandas as pd

from elznet.errors import PROBLEM_COLUMNS, InventoryError

__all__ = ["LoadReport", "InventoryError", "PROBLEM_COLUMNS"]

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@dataclass
class LoadReport:
    """The load report of one :func:`elznet.read_inventory` call.

    Attributes
    ----------
    source : str
        The file (or ``"<dict>"``) that was read.
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
    """

    source: str = "<dict>"
    rows_read: int = 0
    rows_loaded: int = 0
    rows_rejected: int = 0
    _problems: list[dict] = field(default_factory=list, repr=False)
    suggestions: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame(columns=["name", "similar_to", "score"]), repr=False)

    def add(self, severity: str, problem: str, *, sheet: str = "", row: int | None = None,
            column: str = "", value: object = "", suggestion: str = "") -> None:
        """Record one problem (used by the readers)."""
        if severity not in _SEVERITY_ORDER:
            raise ValueError(f"severity must be error, warning or info, not {severity!r}")
        self._problems.append({
            "sheet": sheet, "row": row, "column": column,
            "value": "" if value is None else str(value), "severity": severity,
            "problem": problem, "suggestion": suggestion,
        })

    @property
    def problems(self) -> pd.DataFrame:
        frame = pd.DataFrame(self._problems, columns=PROBLEM_COLUMNS)
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
        """Number of problems per severity."""
        out = dict.fromkeys(_SEVERITY_ORDER, 0)
        for p in self._problems:
            out[p["severity"]] += 1
        return out

    def describe(self, *, severities: tuple[str, ...] = ("error", "warning"), limit: int | None = None) -> str:
        """The problems as readable lines, one per problem."""
        p = self.problems
        p = p[p["severity"].isin(severities)]
        lines = [_line(r) for r in p.itertuples(index=False)]
        if limit is not None and len(lines) > limit:
            lines = lines[:limit] + [f"... and {len(lines) - limit} more (see report.problems)"]
        return "\n".join(lines)

    def _counts_line(self) -> str:
        c = self.counts()
        return (f"{self.rows_read} rows read, {self.rows_loaded} loaded, {self.rows_rejected} rejected; "
                f"{c['error']} errors, {c['warning']} warnings, {c['info']} notes.")

    def __str__(self) -> str:
        body = self.describe(limit=50)
        return f"Load report for {self.source}: {self._counts_line()}" + ("\n" + body if body else "")

    def _repr_html_(self) -> str:
        head = f"<p><b>{escape(str(self.source))}</b>: {escape(self._counts_line())}</p>"
        return head + self.problems.to_html(index=False, na_rep="")


def _line(r) -> str:
    where = r.sheet or "file"
    if not pd.isna(r.row):
        where += f", row {r.row}"
    if r.column:
        where += f", column '{r.column}'"
    value = f" [{r.value}]" if r.value else ""
    fix = f" → {r.suggestion}" if r.suggestion else ""
    return f"{r.severity.upper()}: {where}{value}: {r.problem}{fix}"

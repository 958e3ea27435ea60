"""People are personal data: how each output shows them.

One switch everywhere, ``people=``:

* ``"hide"`` — no person appears (default for everything a zorgraad sees);
* ``"initials"`` — "Anna Peeters" -> "A.P.";
* ``"pseudonyms"`` — "Persoon 1", "Persoon 2", ... (stable for one Network);
* ``"names"`` — the names as in the inventory.
"""

from __future__ import annotations

import pandas as pd

PEOPLE_MODES = ("hide", "initials", "pseudonyms", "names")


def check_mode(people: str) -> str:
    if people not in PEOPLE_MODES:
        raise ValueError(f"people must be one of {', '.join(PEOPLE_MODES)}, not {people!r}")
    return people


def initials(name: str) -> str:
    """``"Anna Van den Bossche" -> "A.V.d.B."``; ``"A. Peeters" -> "A.P."``."""
    parts = [p for p in name.replace(".", " ").split() if p]
    return "".join(p[0] + "." for p in parts)


def person_labels(people: pd.DataFrame, mode: str) -> dict[str, str | None]:
    """Display label per person id under ``mode`` (``None`` for every person when hidden)."""
    check_mode(mode)
    ids = list(people["id"])
    if mode == "hide":
        return dict.fromkeys(ids)
    if mode == "names":
        return dict(zip(ids, people["name"], strict=False))
    if mode == "initials":
        return {i: initials(str(n)) for i, n in zip(ids, people["name"], strict=False)}
    return {i: f"Persoon {k}" for k, i in enumerate(ids, start=1)}

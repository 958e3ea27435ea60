"""People are personal data: how each output shows them.

One switch everywhere, ``people=``:

* ``"hide"`` — no person appears (default for everything that can leave the notebook);
* ``"initials"`` — "Anna Peeters" -> "A.P.";
* ``"pseudonyms"`` — "Persoon K7QF2": a code derived from the person's id with the
  Network's secret salt (HMAC-SHA256), so a person has the same pseudonym in every
  table, map and report of one Network and of every ``net.filter()`` of it, whatever
  the row order; a new ``read_inventory`` draws a new salt (set ``net.salt`` to keep
  pseudonyms over several runs);
* ``"names"`` — the names as in the inventory.

Contact details (e-mail addresses, phone numbers, postal addresses) are never part of
an output unless asked for (``contacts=True``): :func:`contact_columns` finds the
columns that hold them by header or by content.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

import pandas as pd

from elznet.errors import ArgumentError

PEOPLE_MODES = ("hide", "initials", "pseudonyms", "names")
#: Letters and digits that cannot be confused when read aloud or printed (no 0/O, 1/I/L).
_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
_PROCESS_SALT = secrets.token_hex(16)

_CONTACT_HEADER = re.compile(
    r"e-?mail|\bmail|mailadres|telefoon|telefoonnummer|\btel\b|\bgsm\b|mobiel|\bphone|mobile|\bfax\b|"
    r"\badres\b|address|straat|postcode|contactgegevens|contact ?info|website|linkedin", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_PHONE = re.compile(r"^\s*(\+|00)?[\d][\d ./()-]{6,}\d\s*$")
#: Canonical columns that are not contact details even when the header words match.
_NOT_CONTACT = {"contact_role"}


def check_mode(people: str) -> str:
    if people not in PEOPLE_MODES:
        raise ArgumentError(f"people must be one of {', '.join(PEOPLE_MODES)}, not {people!r} "
                            f"(people moet hide, initials, pseudonyms of names zijn)", argument="people")
    return people


def initials(name: str) -> str:
    """``"Anna Van den Bossche" -> "A.V.d.B."``; ``"A. Peeters" -> "A.P."``."""
    parts = [p for p in name.replace(".", " ").split() if p]
    return "".join(p[0] + "." for p in parts)


def new_salt() -> str:
    """A fresh secret salt for one Network's pseudonyms."""
    return secrets.token_hex(16)


def pseudonym_codes(ids, salt: str | None = None, *, length: int = 5) -> dict:
    """A short code per person id: HMAC-SHA256 of the id under ``salt``, in an
    unambiguous alphabet; codes that collide are lengthened until all differ."""
    key = (salt or _PROCESS_SALT).encode()
    digests = {i: hmac.new(key, str(i).encode("utf-8"), hashlib.sha256).digest() for i in ids}

    def code(digest: bytes, n: int) -> str:
        value = int.from_bytes(digest, "big")
        out = []
        for _ in range(n):
            value, rem = divmod(value, len(_ALPHABET))
            out.append(_ALPHABET[rem])
        return "".join(out)

    codes = {i: code(d, length) for i, d in digests.items()}
    n = length
    while len(set(codes.values())) < len(codes) and n < 40:
        n += 1
        seen: dict[str, int] = {}
        for c in codes.values():
            seen[c] = seen.get(c, 0) + 1
        codes = {i: code(digests[i], n) if seen[c] > 1 else c for i, c in codes.items()}
    return codes


def person_labels(people: pd.DataFrame, mode: str, *, salt: str | None = None) -> dict[str, str | None]:
    """Display label per person id under ``mode`` (``None`` for every person when hidden).

    Pseudonyms depend only on the id and ``salt`` (the Network's), never on row order.
    """
    check_mode(mode)
    ids = list(people["id"])
    if mode == "hide":
        return dict.fromkeys(ids)
    if mode == "names":
        return dict(zip(ids, people["name"], strict=False))
    if mode == "initials":
        return {i: initials(str(n)) for i, n in zip(ids, people["name"], strict=False)}
    return {i: f"Persoon {c}" for i, c in pseudonym_codes(ids, salt).items()}


def is_contact_header(header: object) -> bool:
    """Whether a column header names contact details (e-mail, telefoon, gsm, adres, ...)."""
    return bool(_CONTACT_HEADER.search(str(header)))


def contact_columns(frame: pd.DataFrame) -> list[str]:
    """Columns of ``frame`` that hold contact details: by header (e-mail, telefoon, gsm,
    adres, ...) or because most of their filled cells are e-mail addresses or phone numbers."""
    found = []
    for col in frame.columns:
        if col in _NOT_CONTACT or col in ("id", "name"):
            continue
        if _CONTACT_HEADER.search(str(col)):
            found.append(col)
            continue
        values = [v for v in frame[col] if isinstance(v, str) and v]
        if values and sum(bool(_EMAIL.search(v) or _PHONE.match(v)) for v in values) * 2 >= len(values):
            found.append(col)
    return found


def redact(text: str, names, *, mode: str = "hide", labels: dict[str, str | None] | None = None) -> str:
    """``text`` with every one of ``names`` (people's names, contact details) replaced:
    by ``labels[name]`` when given, else by ``[persoon]``. Longest names first, so a full
    name goes before its surname. Unchanged in mode ``"names"``."""
    if mode == "names":
        return text
    for name in sorted({n for n in names if isinstance(n, str) and len(n.strip()) >= 2}, key=len, reverse=True):
        label = (labels or {}).get(name) or "[persoon]"
        text = re.sub(re.escape(name), lambda _m, s=label: s, text, flags=re.IGNORECASE)
    return text


_PHONE_IN_TEXT = re.compile(r"(?<![\w-])(?:\+|00)?\d[\d ./()-]{7,}\d(?![\w-])")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")


def redact_contacts(text: str) -> str:
    """``text`` with e-mail addresses and phone numbers (9 digits or more; dates are
    left alone) replaced by ``[contact]``."""
    text = _EMAIL.sub("[contact]", text)

    def phone(m: re.Match) -> str:
        s = m.group(0)
        if _DATE.fullmatch(s.strip()) or sum(ch.isdigit() for ch in s) < 9:
            return s
        return "[contact]"

    return _PHONE_IN_TEXT.sub(phone, text)

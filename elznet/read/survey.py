"""Read a tie survey: the returned elznet forms, or an online form tool's export.

The survey asks each partner organisation (the *respondent*) about every other
organisation it works with (the *alter*): how often they work together and six items on
PARTNER's 4-point scales (Varda, Chandra, Stern & Lurie 2008):

* **trust** (vertrouwen) — ``reliability`` (betrouwbaar), ``mission`` (deelt de missie),
  ``openness`` (open voor overleg);
* **value** (waarde) — ``power`` (invloed), ``involvement`` (betrokkenheid),
  ``resources`` (brengt middelen in).

Each item is answered 1 = helemaal niet, 2 = een beetje, 3 = redelijk, 4 = in grote
mate (PARTNER: not at all, a small amount, a fair amount, a great deal). Frequency
follows PARTNER's default survey: 0 = nooit, 1 = één keer per jaar of minder,
2 = ongeveer elk kwartaal, 3 = ongeveer maandelijks, 4 = wekelijks, 5 = dagelijks.

:func:`read_survey` reads

* the forms :func:`elznet.survey_forms` wrote (one ``.xlsx`` per organisation, a hidden
  sheet names the respondent and the organisations by id), and
* exports of online form tools (Microsoft Forms, LimeSurvey, ...) as ``.xlsx`` or
  ``.csv``, in one of two shapes:

  - **long**: one row per respondent and partner, with a column for the respondent,
    the partner, the frequency and each item;
  - **wide**: one row per respondent, with a column per item *and* partner written
    ``"<item> [<partner>]"`` (LimeSurvey's array questions with full question text as
    headings; Microsoft Forms' Likert questions exported the same way).

  Headers are recognised by the Dutch and English words in :data:`SURVEY_HEADERS`;
  a tool's own question texts are mapped with ``columns={"Uw organisatie": "respondent",
  "Hoe vaak ...?": "frequency", ...}`` (header as the export writes it -> field).
  Answers may be the number (``3``), the number with its label (``"3 - redelijk"``), or
  the label alone, in Dutch or in PARTNER's English.

Every filled row is loaded or listed in ``survey.report`` (a
:class:`~elznet.read.load_report.LoadReport`) at its file and row, as with inventories:
``rows_read == rows_loaded + rows_rejected``. An answer that cannot be read is kept
empty and reported; the row still counts.

References
----------
Varda, D. M., Chandra, A., Stern, S. A. & Lurie, N. (2008). Core dimensions of
connectivity in public health collaboratives. *Journal of Public Health Management and
Practice* 14(5), E1–E7.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from elznet.read._sources import RawSheet, read_sources
from elznet.read.load_report import InventoryError, LoadReport
from elznet.read.names import normalise, slug

__all__ = ["read_survey", "Survey", "FREQUENCY", "ITEMS", "TRUST_ITEMS", "VALUE_ITEMS", "SCALE",
           "SURVEY_HEADERS", "RESPONSE_COLUMNS", "FORM_MARKER"]

#: PARTNER's frequency categories (Dutch label per code; 0 means "no tie").
FREQUENCY: dict[int, str] = {0: "nooit", 1: "één keer per jaar of minder", 2: "ongeveer elk kwartaal",
                             3: "ongeveer maandelijks", 4: "wekelijks", 5: "dagelijks"}
_FREQUENCY_EN = {"never": 0, "not at all": 0, "once a year or less": 1, "about once a quarter": 2,
                 "once a quarter": 2, "about once a month": 3, "once a month": 3, "every week": 4,
                 "weekly": 4, "every day": 5, "daily": 5, "jaarlijks": 1, "jaarlijks of minder": 1,
                 "kwartaal": 2, "per kwartaal": 2, "maandelijks": 3, "niet": 0, "geen": 0}
#: The 4-point scale of every trust and value item.
SCALE: dict[int, str] = {1: "helemaal niet", 2: "een beetje", 3: "redelijk", 4: "in grote mate"}
_SCALE_EN = {"not at all": 1, "a small amount": 2, "a fair amount": 3, "a great deal": 4}
#: The six items: field -> (short Dutch header, the question as the form asks it).
ITEMS: dict[str, tuple[str, str]] = {
    "reliability": ("Betrouwbaar", "Is deze organisatie betrouwbaar: doet ze wat ze belooft?"),
    "mission": ("Deelt onze missie", "Zet deze organisatie zich in voor de gedeelde missie van de zone?"),
    "openness": ("Open voor overleg", "Staat deze organisatie open voor overleg en bespreking?"),
    "power": ("Invloed", "Heeft deze organisatie invloed en gezag in de zone?"),
    "involvement": ("Betrokkenheid", "Is deze organisatie sterk betrokken en actief in de samenwerking?"),
    "resources": ("Brengt middelen in", "Brengt deze organisatie middelen in (mensen, geld, ruimte, "
                                        "kennis, data, contacten)?"),
}
TRUST_ITEMS = ("reliability", "mission", "openness")
VALUE_ITEMS = ("power", "involvement", "resources")
#: Columns of ``Survey.responses``.
RESPONSE_COLUMNS = ["respondent", "respondent_name", "alter", "alter_name", "frequency", *ITEMS, "comment",
                    "filled_in_by", "file", "row"]
#: The value in cell A1 of the hidden sheet ``_elznet`` that marks an elznet form.
FORM_MARKER = "elznet-bevraging"

#: Header words (normalised) -> field. Extend per call with ``columns=``.
SURVEY_HEADERS: dict[str, str] = {
    **dict.fromkeys(["respondent", "uw organisatie", "jouw organisatie", "mijn organisatie", "organisatie respondent",
                     "uw organisatie naam", "naam van uw organisatie", "your organization", "your organisation",
                     "respondent organisation", "respondent organization", "van"], "respondent"),
    **dict.fromkeys(["partner", "partnerorganisatie", "partner organisatie", "alter", "naar",
                     "met welke organisatie werkt u samen", "samenwerkingspartner", "partner organization",
                     "partner organisation"], "alter"),
    **dict.fromkeys(["frequentie", "hoe vaak", "hoe vaak werken jullie samen", "hoe vaak werkt u samen",
                     "frequency", "how often", "how often do you work together"], "frequency"),
    **dict.fromkeys(["betrouwbaar", "betrouwbaarheid", "reliability", "reliable", "partner reliability"],
                    "reliability"),
    **dict.fromkeys(["deelt onze missie", "missie", "gedeelde missie", "mission", "shared mission",
                     "in support of mission"], "mission"),
    **dict.fromkeys(["open voor overleg", "openheid", "open to discussion", "openness",
                     "openness to communication"], "openness"),
    **dict.fromkeys(["invloed", "macht en invloed", "power", "influence", "power influence"], "power"),
    **dict.fromkeys(["betrokkenheid", "involvement", "level of involvement"], "involvement"),
    **dict.fromkeys(["brengt middelen in", "middelen", "inbreng", "resources", "resource contribution"],
                    "resources"),
    **dict.fromkeys(["opmerking", "opmerkingen", "toelichting", "comment", "comments", "remarks"], "comment"),
    **dict.fromkeys(["ingevuld door", "naam", "uw naam", "name", "your name", "respondent name"], "filled_in_by"),
    **dict.fromkeys(["elznet id"], "alter_id"),
}
_WIDE = re.compile(r"^(?P<item>.+?)\s*\[(?P<alter>[^\[\]]+)\]\s*$")
_LEADING_NUMBER = re.compile(r"^\s*(\d+)(?:[.,]0+)?(?:\s*[-–:.)]\s*.*|\s+.*)?$")


@dataclass
class Survey:
    """The answers of one survey round, as read by :func:`read_survey`.

    Attributes
    ----------
    responses : DataFrame
        One row per answer about one partner: ``respondent`` and ``alter``
        (organisation ids), their names, ``frequency`` (0-5, see :data:`FREQUENCY`; 0 =
        no tie), the six items (1-4, see :data:`ITEMS`; empty when not answered),
        ``comment``, ``filled_in_by`` (a person's name when one was entered: personal
        data, hidden in every output by default), ``file`` and ``row`` (as Excel shows
        it).
    organisations : DataFrame
        ``id`` and ``name`` of every organisation the survey knows: the zone list the
        forms were made from, plus respondents and partners named in the answers.
    respondents : DataFrame
        One row per organisation that answered: ``id``, ``name``, ``file``. A returned
        form counts when it has an answer, the name of who filled it in, or a date (an
        organisation that works with nobody returns it dated); an export counts every
        organisation with a row (a row naming no partner says "we work with nobody").
    report : LoadReport
        Rows read, loaded, rejected, and every problem at its file and row.

    Examples
    --------
    >>> import elznet
    >>> elznet.read_survey(elznet.examples.survey_path(2026))
    <Survey: 49 of 59 organisations answered, 462 answers>
    """

    responses: pd.DataFrame
    organisations: pd.DataFrame
    respondents: pd.DataFrame
    report: LoadReport = field(default_factory=LoadReport)

    def __repr__(self) -> str:
        return (f"<Survey: {len(self.respondents)} of {len(self.organisations)} organisations answered, "
                f"{len(self.responses)} answers>")


def read_survey(source: str | Path | Iterable[str | Path] | pd.DataFrame, *, columns: Mapping[str, str] | None = None,
                organisations: pd.DataFrame | None = None, strict: bool = False) -> Survey:
    """Read returned survey forms or an online form tool's export into a :class:`Survey`.

    Parameters
    ----------
    source : path, folder, list of paths, or DataFrame
        A folder (every ``.xlsx`` and ``.csv`` in it; any other file, such as a form
        saved as ``.xls`` or ``.ods``, is an error in the report; Excel's ``~$`` lock
        files are skipped),
        one file, several files, or an export already read into a DataFrame (row
        numbers are then counted as Excel would show them, the header on row 1).
    columns : mapping, optional
        ``{header as the export writes it: field}`` for headers elznet does not know;
        fields are ``respondent``, ``alter``, ``frequency``, the six item names of
        :data:`ITEMS`, ``comment`` and ``filled_in_by``.
    organisations : DataFrame, optional
        ``id`` and ``name`` of the zone's organisations (e.g. ``net.organisations``), to
        give names in an export their inventory ids (matched after normalisation).
        A name that matches none is kept with a new id and a warning.
    strict : bool
        Raise :class:`~elznet.read.load_report.InventoryError` when any row has an error.

    Returns
    -------
    Survey
        The answers, the organisations, who answered, and the load report.

    Examples
    --------
    >>> import elznet, tempfile
    >>> net = elznet.examples.load("meetjesland_zorgpad")
    >>> folder = elznet.survey_forms(net, tempfile.mkdtemp())
    >>> survey = elznet.read_survey(folder)   # the forms as written: nobody answered yet
    >>> len(survey.respondents), survey.report.rows_read
    (0, 0)
    """
    frame = isinstance(source, (pd.DataFrame, dict))
    files, skipped = ([], []) if frame else _files(source)
    if not frame and not files:
        raise InventoryError(f"In '{source}' staan geen ingevulde formulieren of exports (.xlsx of .csv).")
    mapping = dict(SURVEY_HEADERS)
    for header, name in (columns or {}).items():
        if name not in {"respondent", "alter", "frequency", "comment", "filled_in_by", *ITEMS}:
            raise ValueError(f"columns maps {header!r} to {name!r}; a field must be one of respondent, alter, "
                             f"frequency, {', '.join(ITEMS)}, comment, filled_in_by")
        mapping[normalise(header)] = name
    reader = _Reader(mapping, organisations)
    if frame:
        name, sheets = read_sources(source, include_hidden=True)  # the form's own hidden _elznet sheet
        reader.read_sheets(name, sheets)
        survey = reader.finish(name)
    else:
        for path in skipped:
            reader.report.add("error", "Dit bestand is geen .xlsx- of .csv-bestand en is niet gelezen.",
                              sheet=path.name, value=path.name,
                              suggestion="open het en bewaar het als Excelwerkmap (.xlsx)")
        for path in files:
            reader.read_file(path)
        survey = reader.finish(", ".join(p.name for p in files) if len(files) < 4 else f"{len(files)} files")
    if strict and not survey.report.ok:
        raise InventoryError("De bevraging bevat fouten:\n" + survey.report.describe(severities=("error",)),
                             survey.report.errors)
    return survey


def _files(source) -> tuple[list[Path], list[Path]]:
    """The files to read, and the files of a folder that cannot be read (reported, not lost)."""
    if isinstance(source, (str, Path)):
        path = Path(source)
        if path.is_dir():
            present = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith(("~$", ".")))
            found = [p for p in present if p.suffix.lower() in {".xlsx", ".xlsm", ".csv"}]
            return found, [p for p in present if p not in found]
        if not path.exists():
            raise InventoryError(f"Het bestand of de map '{path}' bestaat niet. Controleer het pad.")
        return [path], []
    return [Path(p) for p in source], []


def parse_frequency(text: str | None) -> int | None:
    """A frequency answer as its code 0-5 (``None`` when empty); ``ValueError`` when unreadable."""
    return _parse(text, FREQUENCY, _FREQUENCY_EN, 0, 5)


def parse_item(text: str | None) -> int | None:
    """An item answer as 1-4 (``None`` when empty); ``ValueError`` when unreadable."""
    return _parse(text, SCALE, _SCALE_EN, 1, 4)


def _parse(text, labels: dict[int, str], extra: dict[str, int], low: int, high: int) -> int | None:
    if text is None or str(text).strip() == "":
        return None
    text = str(text)
    match = _LEADING_NUMBER.match(text)
    if match:
        number = int(match.group(1))
        if low <= number <= high:
            return number
        raise ValueError(text)
    key = normalise(text)
    for code, label in labels.items():
        if normalise(label) == key:
            return code
    if key in extra:
        return extra[key]
    raise ValueError(text)


class _Reader:
    def __init__(self, mapping: dict[str, str], organisations: pd.DataFrame | None) -> None:
        self.mapping = mapping
        self.report = LoadReport()
        self.names: dict[str, str] = {}  # id -> name
        self.by_key: dict[str, str] = {}  # normalised name or id -> id
        if organisations is not None:
            for oid, name in organisations[["id", "name"]].itertuples(index=False, name=None):
                self._know(str(oid), str(name))
        self.known_before = set(self.names)
        self.rows: list[dict] = []
        self.respondents: dict[str, dict] = {}
        self.seen: dict[tuple[str, str], tuple[str, int]] = {}

    def _know(self, oid: str, name: str) -> None:
        self.names.setdefault(oid, name)
        self.by_key.setdefault(normalise(name), oid)
        self.by_key.setdefault(normalise(oid), oid)

    def _resolve(self, name: str, file: str, row: int, column: str) -> str:
        oid = self.by_key.get(normalise(name))
        if oid is not None:
            return oid
        new = slug(name) or name
        while new in self.names:
            new += "-x"
        if self.known_before:
            self.report.add("warning", "Deze organisatie staat niet in de lijst van de zone; ze is toegevoegd.",
                            sheet=file, row=row, column=column, value=name,
                            suggestion="controleer de schrijfwijze of voeg ze toe aan de inventaris")
        self._know(new, name)
        return new

    # --- files ---------------------------------------------------------------------
    def read_file(self, path: Path) -> None:
        try:
            _, sheets = read_sources(path, include_hidden=True)  # the form's own hidden _elznet sheet
        except InventoryError as exc:
            self.report.add("error", f"Dit bestand kan niet gelezen worden: {exc}", sheet=path.name,
                            value=path.name, suggestion="open het in Excel en bewaar het opnieuw als .xlsx")
            return
        self.read_sheets(path.name, sheets)

    def read_sheets(self, name: str, sheets: list[RawSheet]) -> None:
        meta = next((s for s in sheets if s.name == "_elznet"), None)
        if meta is not None and meta.rows and meta.rows[0][1] and meta.rows[0][1][0] == FORM_MARKER:
            self._read_form(name, sheets, meta)
            return
        for sheet in sheets:
            if self._read_table(name, sheet, respondent=None):
                return
        self.report.add("error", "Geen tabel met antwoorden gevonden (kolommen voor partner en frequentie, of "
                        "kolommen 'vraag [partner]').", sheet=name,
                        suggestion="geef de kolomnamen door met columns={'kolom in de export': 'veld'}")

    def _read_form(self, file: str, sheets: list[RawSheet], meta: RawSheet) -> None:
        info: dict[str, str] = {}
        for _, cells in meta.rows[1:]:
            if len(cells) >= 3 and cells[0] == "organisatie" and cells[1]:
                self._know(cells[1], cells[2] or cells[1])
            elif len(cells) >= 2 and cells[0]:
                info[cells[0]] = cells[1] or ""
        respondent = info.get("respondent")
        if not respondent:
            self.report.add("error", "Het formulier noemt geen organisatie die antwoordt (verborgen blad "
                            "'_elznet' is aangepast).", sheet=file, suggestion="maak het formulier opnieuw aan")
            return
        self._know(respondent, info.get("respondent_naam", respondent))
        form = next((s for s in sheets if s.name == info.get("blad", "Bevraging")), None)
        if form is None:
            self.report.add("error", "Het blad met de vragen ontbreekt in dit formulier.", sheet=file)
            return
        filled_in_by = date = None
        for _, cells in form.rows:
            if cells and normalise(cells[0]).startswith("ingevuld door") and len(cells) > 1:
                filled_in_by = cells[1]
            if cells and normalise(cells[0]) == "datum" and len(cells) > 1:
                date = cells[1]
        self._read_table(file, form, respondent=respondent, filled_in_by=filled_in_by)
        if filled_in_by or date:  # returned, perhaps without any tie: still an answer
            self._answered(respondent, file)

    def _read_table(self, file: str, sheet: RawSheet, *, respondent: str | None,
                    filled_in_by: str | None = None) -> bool:
        for position, (number, cells) in enumerate(sheet.rows[:30]):
            fields = [self.mapping.get(normalise(c)) if c else None for c in cells]
            wide = [_WIDE.match(c) if c else None for c in cells]
            wide_fields = [self.mapping.get(normalise(m.group("item"))) if m else None for m in wide]
            if "alter" in fields and ("frequency" in fields or any(f in ITEMS for f in fields)):
                if respondent is None and "respondent" not in fields:
                    self.report.add("error", "De export heeft geen kolom die zegt welke organisatie antwoordt.",
                                    sheet=file, row=number, suggestion="geef ze door met "
                                    "columns={'kolom': 'respondent'}")
                    return True
                self._long(file, sheet.rows[position + 1:], fields, cells, respondent, filled_in_by)
                return True
            if "respondent" in fields and any(f is not None for f in wide_fields):
                columns = [(i, wide_fields[i], wide[i].group("alter").strip()) for i in range(len(cells))
                           if wide_fields[i] is not None]
                self._wide(file, sheet.rows[position + 1:], fields, cells, columns)
                return True
        return False

    # --- rows ---------------------------------------------------------------------------
    def _long(self, file, rows, fields, headers, respondent, filled_in_by) -> None:
        index = {f: i for i, f in reversed(list(enumerate(fields))) if f is not None}
        answer_fields = ["frequency", *ITEMS, "comment"]
        for number, cells in rows:
            def get(f, cells=cells):
                i = index.get(f)
                return cells[i] if i is not None and i < len(cells) else None
            answers = {f: get(f) for f in answer_fields if f in index}
            if all(v is None for v in answers.values()):
                if respondent is None and get("respondent") and not get("alter"):
                    self._answered(self._resolve(get("respondent"), file, number, headers[index["respondent"]]),
                                   file)  # answered, named no partner
                continue  # a partner listed on the form but not answered: no row
            who = respondent
            if who is None:
                name = get("respondent")
                who = self._resolve(name, file, number, headers[index["respondent"]]) if name else None
            alter_name = get("alter")
            alter = get("alter_id") if respondent is not None else None
            if alter is not None and alter not in self.names:
                alter = None
            if alter is None and alter_name:
                alter = self._resolve(alter_name, file, number, headers[index["alter"]])
            self._row(file, number, who, alter, answers, {f: headers[i] for f, i in index.items()},
                      get("filled_in_by") or filled_in_by)

    def _wide(self, file, rows, fields, headers, columns) -> None:
        r_col = fields.index("respondent")
        by_col = {f: fields.index(f) for f in ("filled_in_by",) if f in fields}
        for number, cells in rows:
            name = cells[r_col] if r_col < len(cells) else None
            per_alter: dict[str, dict[str, str | None]] = {}
            where: dict[str, dict[str, str]] = {}
            for i, f, alter_name in columns:
                value = cells[i] if i < len(cells) else None
                per_alter.setdefault(alter_name, {})
                where.setdefault(alter_name, {})[f] = headers[i]
                if value is not None:
                    per_alter[alter_name][f] = value
            filled = {a: v for a, v in per_alter.items() if v}
            who = self._resolve(name, file, number, headers[r_col]) if name else None
            if not filled:
                if who is not None:
                    self._answered(who, file)  # answered, named no partner
                continue
            person = cells[by_col["filled_in_by"]] if "filled_in_by" in by_col and by_col["filled_in_by"] < len(
                cells) else None
            for alter_name, answers in filled.items():
                alter = self._resolve(alter_name, file, number, next(iter(where[alter_name].values())))
                self._row(file, number, who, alter, answers, where[alter_name], person)

    def _row(self, file, number, who, alter, answers, headers, person) -> None:
        self.report.rows_read += 1

        def reject(problem, column="", value="", suggestion=""):
            self.report.add("error", problem, sheet=file, row=number, column=column, value=value,
                            suggestion=suggestion)
            self.report.rows_rejected += 1

        if who is None:
            return reject("Er staat niet bij welke organisatie antwoordt.", headers.get("respondent", ""))
        if alter is None:
            return reject("Er staan antwoorden zonder partnerorganisatie.", headers.get("alter", ""),
                          suggestion="vul de naam van de partner in")
        if alter == who:
            return reject("Een organisatie beoordeelt hier zichzelf.", headers.get("alter", ""),
                          self.names.get(alter, alter), "laat deze rij leeg")
        if (who, alter) in self.seen:
            first = self.seen[(who, alter)]
            return reject(f"Dezelfde partner werd al beoordeeld ({first[0]}, rij {first[1]}); deze rij is niet "
                          "gebruikt.", headers.get("alter", ""), self.names.get(alter, alter),
                          "houd één rij per partner")
        self.seen[(who, alter)] = (file, number)
        out = {"respondent": who, "respondent_name": self.names.get(who, who), "alter": alter,
               "alter_name": self.names.get(alter, alter), "comment": answers.get("comment"),
               "filled_in_by": person, "file": file, "row": number}
        for f, parse in (("frequency", parse_frequency), *((i, parse_item) for i in ITEMS)):
            try:
                out[f] = parse(answers.get(f))
            except ValueError:
                out[f] = None
                scale = "0-5 of een keuze uit de lijst" if f == "frequency" else "1-4 of een keuze uit de lijst"
                self.report.add("warning", "Dit antwoord is niet te lezen en is leeg gelaten.", sheet=file,
                                row=number, column=headers.get(f, f), value=answers.get(f),
                                suggestion=f"kies {scale}")
        if out["frequency"] is None and any(out[i] is not None for i in ITEMS):
            self.report.add("warning", "De frequentie ontbreekt; de band telt mee als genoemd.", sheet=file,
                            row=number, column=headers.get("frequency", ""), suggestion="vul de frequentie in")
        if out["frequency"] == 0 and any(out[i] is not None for i in ITEMS):
            self.report.add("warning", "Frequentie 'nooit' maar wel scores gegeven; de rij telt niet als band.",
                            sheet=file, row=number, column=headers.get("frequency", ""))
        self.rows.append(out)
        self.report.rows_loaded += 1
        self._answered(who, file)

    def _answered(self, who: str, file: str) -> None:
        self.respondents.setdefault(who, {"id": who, "name": self.names.get(who, who), "file": file})

    def finish(self, source: str) -> Survey:
        self.report.source = source
        for r in self.rows:  # names known only after the whole file was read
            r["respondent_name"] = self.names.get(r["respondent"], r["respondent_name"])
            r["alter_name"] = self.names.get(r["alter"], r["alter_name"])
        responses = pd.DataFrame(self.rows, columns=RESPONSE_COLUMNS)
        for f in ("frequency", *ITEMS, "row"):
            responses[f] = responses[f].astype("Int64")
        orgs = pd.DataFrame(sorted(self.names.items()), columns=["id", "name"])
        respondents = pd.DataFrame(list(self.respondents.values()), columns=["id", "name", "file"])
        return Survey(responses, orgs, respondents, self.report)

"""The words zone analysts use, in one place.

Every controlled list in elznet lives here, each entry as ``key: Dutch label``
(English labels in ``*_EN``): sectors, the 14 expertise domains and the 7 older
expertise clusters (ELZ Dender practice), the five collaboration models, the four
levels, the care-path stages (zorgpad, after VLESP 2018), the kinds of direct tie,
and the alias table that maps the headers analysts really type (Dutch, English,
spelling variants) onto elznet's canonical columns.

Keys are what the canonical tables hold; labels are what a zorgraad sees. Input may
use either (any case, accents optional): :func:`lookup` maps both to the key.
"""

from __future__ import annotations

import re

from elznet.read.names import normalise

__all__ = [
    "SECTORS", "SECTORS_EN", "SECTOR_CLUSTER", "EXPERTISE_DOMAINS", "EXPERTISE_CLUSTERS",
    "MODELS", "LEVELS", "STAGES", "TIE_KINDS", "LANGUAGES", "VOCABULARIES", "COLUMNS", "HEADERS_NL",
    "SHEET_NAMES", "ORGANISATION_TYPES", "ZONES", "REGIONS", "STATUSES", "TARGET_GROUPS",
    "OPEN_VOCABULARIES", "ENDED_STATUSES", "HEADER_RULES", "HEADER_NOT_A_LIST", "lookup", "infer_type", "short_label",
]

# --- sectors ---------------------------------------------------------------------
#: Sector of an organisation. The first four are the zorgraad's own clusters; the
#: WWOL partners (wonen, werken, onderwijs, leven) and adjacent sectors follow.
SECTORS: dict[str, str] = {
    "zorg": "Zorg",
    "welzijn": "Welzijn",
    "lokaal_bestuur": "Lokaal bestuur",
    "pzon": "PZON (burgers, mantelzorgers, vrijwilligers)",
    "wwol": "WWOL (wonen, werken, onderwijs, leven)",
    "onderwijs": "Onderwijs",
    "wonen": "Wonen",
    "werk": "Werk",
    "vrije_tijd": "Vrije tijd (cultuur, sport)",
    "jeugdwerk": "Jeugdwerk",
    "justitie": "Justitie en politie",
    "prive": "Privésector",
    "onbekend": "Onbekend",
}
SECTORS_EN: dict[str, str] = {
    "zorg": "Care", "welzijn": "Welfare", "lokaal_bestuur": "Local government",
    "pzon": "Citizens with a care need (PZON)", "wwol": "Housing, work, education, leisure",
    "onderwijs": "Education", "wonen": "Housing", "werk": "Work",
    "vrije_tijd": "Leisure (culture, sport)", "jeugdwerk": "Youth work",
    "justitie": "Justice and police", "prive": "Private sector", "onbekend": "Unknown",
}
#: The zorgraad cluster each sector belongs to (WWOL partners fold into ``wwol``).
SECTOR_CLUSTER: dict[str, str] = {
    "zorg": "zorg", "welzijn": "welzijn", "lokaal_bestuur": "lokaal_bestuur",
    "pzon": "pzon", "wwol": "wwol", "onderwijs": "wwol", "wonen": "wwol", "werk": "wwol",
    "vrije_tijd": "wwol", "jeugdwerk": "overig", "justitie": "overig", "prive": "overig",
    "onbekend": "onbekend",
}
_SECTOR_SYNONYMS = {
    "care": "zorg", "health": "zorg", "gezondheid": "zorg", "gezondheidszorg": "zorg",
    "welfare": "welzijn", "social": "welzijn",
    "lokaal bestuur": "lokaal_bestuur", "lokale besturen": "lokaal_bestuur",
    "openbaar bestuur": "lokaal_bestuur", "openbare besturen": "lokaal_bestuur",
    "local government": "lokaal_bestuur", "gemeente": "lokaal_bestuur", "ocmw": "lokaal_bestuur",
    "overheid": "lokaal_bestuur", "government": "lokaal_bestuur", "lokale overheid": "lokaal_bestuur",
    "persoon met een zorg en ondersteuningsnood": "pzon", "burgers": "pzon", "burger": "pzon",
    "citizens": "pzon", "mantelzorg": "pzon", "vrijwilligers": "pzon", "patienten": "pzon",
    "wonen werken onderwijs leven": "wwol", "education": "onderwijs", "school": "onderwijs",
    "scholen": "onderwijs", "housing": "wonen", "huisvesting": "wonen", "work": "werk",
    "tewerkstelling": "werk", "arbeid": "werk", "leisure": "vrije_tijd", "cultuur": "vrije_tijd",
    "sport": "vrije_tijd", "vrije tijd": "vrije_tijd", "youth work": "jeugdwerk", "jeugd": "jeugdwerk",
    "justice": "justitie", "police": "justitie", "politie": "justitie", "justitie en politie": "justitie",
    "private": "prive", "prive sector": "prive", "bedrijven": "prive", "economie": "prive",
    "unknown": "onbekend", "other": "onbekend", "overig": "onbekend", "andere": "onbekend",
}

# --- expertise ---------------------------------------------------------------------
#: The 14 expertise domains (expertisedomeinen) of the ELZ Dender inventory.
EXPERTISE_DOMAINS: dict[str, str] = {
    "gezonde_levensstijl": "Gezonde levensstijl",
    "administratie": "Administratie",
    "diagnostiek": "Diagnostiek",
    "medisch": "Medische, paramedische en geestelijke gezondheidsaspecten",
    "onderwijs": "Onderwijs",
    "financieel": "Financiële aspecten",
    "juridisch": "Juridische aspecten",
    "werk": "Werk",
    "vrije_tijd": "Vrijetijdsbesteding",
    "huisvesting": "Huisvesting",
    "ondersteuning": "Ondersteuning (hulpmiddelen, boodschappen, vervoer, oppas, gezinsondersteuning)",
    "relationeel": "Relationele of gezinsgerelateerde aspecten",
    "zingeving": "Zingeving",
    "welbevinden": "Persoonlijk welbevinden",
}
_DOMAIN_SYNONYMS = {
    "levensstijl": "gezonde_levensstijl", "preventie": "gezonde_levensstijl",
    "healthy lifestyle": "gezonde_levensstijl", "administration": "administratie",
    "diagnostics": "diagnostiek", "medische aspecten": "medisch", "geestelijke gezondheid": "medisch",
    "medische paramedische en geestelijke gezondheid": "medisch", "gezondheid": "medisch",
    "education": "onderwijs", "financien": "financieel", "financiele aspecten": "financieel",
    "schulden": "financieel", "financial": "financieel", "juridische aspecten": "juridisch",
    "legal": "juridisch", "rechtshulp": "juridisch", "work": "werk", "tewerkstelling": "werk",
    "vrije tijd": "vrije_tijd", "vrijetijd": "vrije_tijd", "leisure": "vrije_tijd",
    "wonen": "huisvesting", "housing": "huisvesting", "support": "ondersteuning",
    "gezinsondersteuning": "ondersteuning", "mobiliteit": "ondersteuning", "vervoer": "ondersteuning",
    "relationele aspecten": "relationeel", "gezin": "relationeel", "relaties": "relationeel",
    "meaning": "zingeving", "welbevinden": "welbevinden", "wellbeing": "welbevinden",
    "well being": "welbevinden", "psychisch welbevinden": "welbevinden",
    # the wiki's own spellings (ELZ Dender), commas and all
    "medische, paramedische, geestelijke gezondheidsaspecten": "medisch",
    "medische, paramedische en geestelijke gezondheidsaspecten": "medisch",
    "ondersteuning: hulpmiddelen, boodschappen, personenvervoer, oppas": "ondersteuning",
    "ondersteuning: hulpmiddelen, boodschappen, vervoer, oppas, gezinsondersteuning": "ondersteuning",
    "ondersteuning hulpmiddelen boodschappen personenvervoer oppas gezinsondersteuning": "ondersteuning",
    "relationele of gezinsgerelateerde aspecten": "relationeel", "zingeving": "zingeving",
    "persoonlijk welbevinden": "welbevinden", "vrijetijdsbesteding": "vrije_tijd",
    # the 7 older expertise clusters: the domain each one is, or the cluster kept as its own value
    "preventie gezonde levensstijl": "gezonde_levensstijl", "medische paramedische zorg": "medisch",
    "relationele context en seksualiteit": "relationeel", "rechtshulp justitie": "juridisch",
    "algemene sociale dienstverlening": "sociale_dienstverlening",
    "informatie en toeleiding": "informatie_toeleiding", "wwol": "wwol",
}
#: The 7 expertise clusters of the earlier grouping.
EXPERTISE_CLUSTERS: dict[str, str] = {
    "preventie": "Preventie – gezonde levensstijl",
    "medische_zorg": "Medische, paramedische zorg",
    "relationele_context": "Relationele context en seksualiteit",
    "sociale_dienstverlening": "Algemene sociale dienstverlening",
    "rechtshulp": "Rechtshulp, justitie",
    "informatie_toeleiding": "Informatie en toeleiding",
    "wwol": "WWOL",
}

# --- collaboration ---------------------------------------------------------------------
#: The five collaboration models (samenwerkingsmodellen).
MODELS: dict[str, str] = {
    "supermarkt": "Supermarktmodel",
    "vrije_beroepen": "Vrije-beroepenmodel (kringwerking)",
    "makelaar": "Makelaarmodel (centrale dispatch)",
    "netwerk": "Netwerkmodel (multidisciplinair centrum)",
    "team": "Teammodel (team rond een doelgroep)",
}
_MODEL_SYNONYMS = {
    "kringwerking": "vrije_beroepen", "vrije beroepen": "vrije_beroepen", "centrale dispatch": "makelaar",
    "dispatch": "makelaar", "broker": "makelaar", "network": "netwerk", "wijkteam": "team",
    "supermarket": "supermarkt", "liberal professions": "vrije_beroepen",
    "vrij beroepenmodel": "vrije_beroepen", "vrije beroepenmodel": "vrije_beroepen",
    "vrijberoepenmodel": "vrije_beroepen", "makelaarsmodel": "makelaar", "makelaar": "makelaar",
    "netwerk": "netwerk", "team": "team", "supermarkt": "supermarkt",
}
#: The levels at which a collaboration works (niveaus).
LEVELS: dict[str, str] = {
    "strategisch": "Strategisch (beleid)",
    "tactisch": "Tactisch (coördinatie)",
    "operationeel": "Operationeel (dienstverlening)",
    "client": "Cliëntniveau",
}
_LEVEL_SYNONYMS = {"strategic": "strategisch", "beleid": "strategisch", "tactical": "tactisch",
                   "coordinatie": "tactisch", "operational": "operationeel", "clientniveau": "client",
                   "clienten": "client", "client level": "client"}
#: Care-path stages (zorgpadfasen), in order from prevention to aftercare.
STAGES: dict[str, str] = {
    "preventie": "Preventie",
    "signalering": "Signalering en vroegdetectie",
    "eerste_opvang": "Eerste opvang",
    "crisis": "Crisis",
    "ambulante_behandeling": "Ambulante behandeling",
    "residentiele_opvang": "(Semi-)residentiële opvang",
    "nazorg": "Nazorg en postventie",
}
_STAGE_SYNONYMS = {
    "prevention": "preventie", "vroegdetectie": "signalering", "detectie": "signalering",
    "signalering vroegdetectie": "signalering", "early detection": "signalering",
    "eerste opvang": "eerste_opvang", "first response": "eerste_opvang", "onthaal": "eerste_opvang",
    "crisisopvang": "crisis", "acuut": "crisis", "crisis intervention": "crisis",
    "ambulant": "ambulante_behandeling", "behandeling": "ambulante_behandeling",
    "ambulante zorg": "ambulante_behandeling", "outpatient": "ambulante_behandeling",
    "residentieel": "residentiele_opvang", "semi residentieel": "residentiele_opvang",
    "semi residentiele opvang": "residentiele_opvang", "opname": "residentiele_opvang",
    "residential": "residentiele_opvang", "postventie": "nazorg", "aftercare": "nazorg",
}
#: Kinds of direct tie between organisations (relaties).
TIE_KINDS: dict[str, str] = {
    "samenwerken": "Samenwerken",
    "netwerken": "Netwerken (kennen en ontmoeten)",
    "doorverwijzing": "Doorverwijzing",
    "informatie": "Informatie-uitwisseling",
    "financiering": "Financiering",
}
_TIE_SYNONYMS = {"collaboration": "samenwerken", "samenwerking": "samenwerken", "networking": "netwerken",
                 "referral": "doorverwijzing", "verwijzing": "doorverwijzing", "verwijst door": "doorverwijzing",
                 "information": "informatie", "info": "informatie", "money": "financiering",
                 "funding": "financiering", "geld": "financiering"}

#: Languages of an organisation's work (Brussels: Dutch- and French-speaking partners).
LANGUAGES: dict[str, str] = {"nl": "Nederlandstalig", "fr": "Franstalig", "both": "Tweetalig"}
_LANGUAGE_SYNONYMS = {"nederlands": "nl", "dutch": "nl", "vlaams": "nl", "frans": "fr", "french": "fr",
                      "francais": "fr", "beide": "both", "tweetalig": "both", "bilingual": "both",
                      "nl fr": "both", "fr nl": "both", "nl en fr": "both"}

#: Where an initiative stands (status). Dates written as text ("voorjaar 2023") are kept
#: as text; see :func:`elznet.read_inventory`.
STATUSES: dict[str, str] = {
    "gepland": "Gepland",
    "in_opstart": "In opstart",
    "lopend": "Lopend",
    "afgerond": "Afgerond",
    "stopgezet": "Stopgezet",
}
_STATUS_SYNONYMS = {
    "planned": "gepland", "in voorbereiding": "gepland", "voorbereiding": "gepland", "idee": "gepland",
    "opstart": "in_opstart", "opstartfase": "in_opstart", "starting": "in_opstart", "start": "in_opstart",
    "loopt": "lopend", "actief": "lopend", "bezig": "lopend", "ongoing": "lopend", "running": "lopend",
    "active": "lopend", "in uitvoering": "lopend", "structureel": "lopend",
    "afgelopen": "afgerond", "beeindigd": "afgerond", "voltooid": "afgerond", "finished": "afgerond",
    "completed": "afgerond", "ended": "afgerond", "gedaan": "afgerond",
    "gestopt": "stopgezet", "stopped": "stopgezet", "on hold": "stopgezet", "geannuleerd": "stopgezet",
    "cancelled": "stopgezet", "opgeheven": "stopgezet", "niet meer actief": "stopgezet", "inactief": "stopgezet",
    "closed": "afgerond", "done": "afgerond", "voorbij": "afgerond", "beëindigd": "afgerond",
    "toekomstig": "gepland", "nog niet gestart": "gepland",
}
#: Statuses of an initiative that has ended (``Network.filter(active_on=...)`` leaves them out
#: when no end date says otherwise).
ENDED_STATUSES = {"afgerond", "stopgezet"}
#: Statuses of an initiative that is not running (ended or not yet started): the graphs
#: leave such initiatives out by default (``Network.with_status``).
NOT_RUNNING_STATUSES = ENDED_STATUSES | {"gepland"}

#: Target groups (doelgroepen) zones name most, with the synonyms analysts type. The list is
#: open: other target groups are kept as written; a zone adds its own synonyms with
#: ``read_inventory(..., value_aliases={"target_groups": {"65-plussers": "ouderen"}})`` or an
#: ``aliassen`` sheet row with soort ``doelgroep``.
TARGET_GROUPS: dict[str, str] = {
    "ouderen": "Ouderen", "jongeren": "Jongeren", "kinderen": "Kinderen", "gezinnen": "Gezinnen",
    "kwetsbare gezinnen": "Kwetsbare gezinnen", "mantelzorgers": "Mantelzorgers",
    "mensen in armoede": "Mensen in armoede", "nieuwkomers": "Nieuwkomers",
    "personen met een beperking": "Personen met een beperking",
    "psychisch kwetsbare personen": "Psychisch kwetsbare personen",
    "chronisch zieken": "Chronisch zieken", "zorgverleners": "Zorgverleners",
    "pzon": "Personen met een zorg- en ondersteuningsnood (PZON)", "alle burgers": "Alle burgers",
}
_TARGET_SYNONYMS = {
    "senioren": "ouderen", "65+": "ouderen", "65 plussers": "ouderen", "65plussers": "ouderen",
    "bejaarden": "ouderen", "older people": "ouderen", "elderly": "ouderen", "ouderen 65": "ouderen",
    "jeugd": "jongeren", "youth": "jongeren", "adolescenten": "jongeren", "tieners": "jongeren",
    "young people": "jongeren", "kids": "kinderen", "children": "kinderen", "families": "gezinnen",
    "gezin": "gezinnen", "kansarme gezinnen": "kwetsbare gezinnen", "maatschappelijk kwetsbare gezinnen":
    "kwetsbare gezinnen", "mantelzorger": "mantelzorgers", "informal carers": "mantelzorgers",
    "armoede": "mensen in armoede", "kansarmen": "mensen in armoede", "people in poverty": "mensen in armoede",
    "newcomers": "nieuwkomers", "anderstaligen": "nieuwkomers", "vluchtelingen": "nieuwkomers",
    "personen met een handicap": "personen met een beperking", "mensen met een beperking":
    "personen met een beperking", "people with disabilities": "personen met een beperking",
    "psychisch kwetsbaren": "psychisch kwetsbare personen", "psychisch kwetsbare mensen":
    "psychisch kwetsbare personen", "chronisch zieke personen": "chronisch zieken",
    "hulpverleners": "zorgverleners", "professionals": "zorgverleners",
    "persoon met een zorg en ondersteuningsnood": "pzon", "personen met een zorg en ondersteuningsnood": "pzon",
    "iedereen": "alle burgers", "alle inwoners": "alle burgers", "burgers": "alle burgers",
}

#: Every controlled list by the name of the canonical column it governs.
VOCABULARIES: dict[str, dict[str, str]] = {
    "sector": SECTORS, "expertise_domains": EXPERTISE_DOMAINS, "model": MODELS,
    "level": LEVELS, "stages": STAGES, "kind": TIE_KINDS, "language": LANGUAGES, "status": STATUSES,
}
#: Open lists: known spellings are mapped to one, other values are kept as written.
OPEN_VOCABULARIES: dict[str, dict[str, str]] = {"target_groups": TARGET_GROUPS}
_SYNONYMS: dict[str, dict[str, str]] = {
    "sector": _SECTOR_SYNONYMS, "expertise_domains": _DOMAIN_SYNONYMS, "model": _MODEL_SYNONYMS,
    "level": _LEVEL_SYNONYMS, "stages": _STAGE_SYNONYMS, "kind": _TIE_SYNONYMS,
    "language": _LANGUAGE_SYNONYMS, "status": _STATUS_SYNONYMS, "target_groups": _TARGET_SYNONYMS,
}


def _build_lookup(vocab: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for key, label in {**VOCABULARIES, **OPEN_VOCABULARIES}[vocab].items():
        table[normalise(key)] = key
        table[normalise(label)] = key
        # "Supermarktmodel (...)" is also typed as "supermarktmodel"
        table[normalise(label.split("(")[0])] = key
    for word, key in _SYNONYMS[vocab].items():
        table[normalise(word)] = key
    if vocab == "sector":
        for key, label in SECTORS_EN.items():
            table[normalise(label)] = key
    if vocab == "model":
        for key in MODELS:
            table[normalise(key + "model")] = key
    return table


_LOOKUPS = {vocab: _build_lookup(vocab) for vocab in [*VOCABULARIES, *OPEN_VOCABULARIES]}


def lookup(vocab: str, value: str) -> str | None:
    """Map a typed value (key, Dutch or English label, synonym; any case) to its key.

    Returns ``None`` when the value is not in the vocabulary.

    >>> lookup("sector", "Lokaal Bestuur")
    'lokaal_bestuur'
    >>> lookup("stages", "postventie")
    'nazorg'
    """
    return _LOOKUPS[vocab].get(normalise(value))


def choices(vocab: str) -> list[str]:
    """Everything :func:`lookup` accepts for ``vocab``, normalised (for suggestions)."""
    return list(_LOOKUPS[vocab])


# --- the zone ----------------------------------------------------------------------------
#: Municipalities of zones elznet knows (source: eerstelijnszorgmeetjesland.be). Pass
#: your own zone's list to the functions that take a municipality universe.
ZONES: dict[str, list[str]] = {
    "Oost-Meetjesland": ["Assenede", "Eeklo", "Evergem", "Kaprijke", "Sint-Laureins", "Zelzate"],
    "West-Meetjesland": ["Aalter", "Lievegem", "Maldegem"],
}
#: Region names as analysts write them in a municipality cell, and what they cover.
REGIONS: dict[str, list[str]] = {
    **ZONES,
    "Meetjesland": ZONES["Oost-Meetjesland"] + ZONES["West-Meetjesland"],
    "regio Meetjesland": ZONES["Oost-Meetjesland"] + ZONES["West-Meetjesland"],
    "ELZ Oost-Meetjesland": ZONES["Oost-Meetjesland"],
    "ELZ West-Meetjesland": ZONES["West-Meetjesland"],
}


_SHORT = {("expertise_domains", "medisch"): "Gezondheid", ("expertise_domains", "relationeel"): "Relaties en gezin",
          ("expertise_domains", "financieel"): "Financiën", ("expertise_domains", "juridisch"): "Juridisch",
          ("stages", "signalering"): "Signalering", ("stages", "nazorg"): "Nazorg"}


def short_label(vocab: str, key: str) -> str:
    """A short Dutch label for legends and tables: the label without its explanation in
    parentheses ("Vrije tijd (cultuur, sport)" -> "Vrije tijd"), or a short name for
    long ones ("medisch" -> "Gezondheid"); unknown keys come back as given."""
    if (vocab, key) in _SHORT:
        return _SHORT[(vocab, key)]
    label = VOCABULARIES[vocab].get(key, key)
    return label.split(" (")[0] if not label.startswith("(") else label


# --- columns ---------------------------------------------------------------------------
#: Canonical columns of each table, in order, with the Dutch header elznet writes
#: (templates, exports). Any other column an analyst adds is kept as an attribute.
HEADERS_NL: dict[str, dict[str, str]] = {
    "organisations": {
        "id": "id", "name": "naam", "sector": "sector", "type": "type",
        "municipality": "gemeente", "language": "taal", "offer": "aanbod",
        "target_groups": "doelgroepen", "ages": "leeftijd", "stages": "zorgpadfasen",
        "contact_role": "contactrol",
    },
    "people": {"id": "id", "name": "naam", "organisation": "organisatie", "role": "functie"},
    "initiatives": {
        "id": "id", "name": "naam", "description": "beschrijving", "model": "samenwerkingsmodel",
        "formal": "formeel", "permanent": "permanent", "level": "niveau",
        "expertise_domains": "expertisedomeinen", "target_groups": "doelgroepen",
        "municipalities": "gemeenten", "stages": "zorgpadfasen", "status": "status",
        "start": "startdatum", "end": "einddatum", "theme": "sectie",
    },
    "participations": {"initiative": "initiatief", "organisation": "organisatie",
                       "person": "persoon", "role": "rol", "unit": "dienst of afdeling"},
    "ties": {"source": "van", "target": "naar", "kind": "soort", "intensity": "intensiteit",
             "people": "personen"},
}
COLUMNS: dict[str, list[str]] = {table: list(cols) for table, cols in HEADERS_NL.items()}
#: Columns whose cells hold lists (split on , ; / and line breaks).
LIST_COLUMNS = {"target_groups", "stages", "expertise_domains", "municipalities", "people", "ages"}

_COMMON_HEADERS = {
    "id": ["id", "code", "nr", "nummer", "identifier", "key"],
    "target_groups": ["doelgroep", "doelgroepen", "target group", "target groups", "publiek"],
    "stages": ["zorgpadfase", "zorgpadfasen", "fase", "fasen", "fases", "stage", "stages",
               "care path stage", "care path stages"],
}
#: Header aliases per table: canonical column -> what analysts type (normalised on use).
HEADER_ALIASES: dict[str, dict[str, list[str]]] = {
    "organisations": {
        **_COMMON_HEADERS,
        "name": ["naam", "organisatie", "organisatienaam", "naam organisatie", "actor", "partner",
                 "name", "organisation", "organization", "organisation name"],
        "sector": ["sector", "cluster", "sector cluster"],
        "type": ["type", "soort", "soort organisatie", "type organisatie", "organisation type"],
        "municipality": ["gemeente", "stad", "locatie", "adres gemeente", "municipality", "city"],
        "language": ["taal", "taalgroep", "language"],
        "offer": ["aanbod", "concreet aanbod", "dienstverlening", "offer", "services", "wat"],
        "ages": ["leeftijd", "leeftijden", "doelleeftijd", "leeftijdsgroep", "age", "ages",
                 "target ages"],
        "contact_role": ["contactrol", "contact", "contactpersoon rol", "functie contactpersoon",
                         "aanspreekpunt", "contact role"],
    },
    "people": {
        "id": _COMMON_HEADERS["id"],
        "name": ["naam", "persoon", "contactpersoon", "medewerker", "name", "person"],
        "organisation": ["organisatie", "werkgever", "organisation", "organization"],
        "role": ["functie", "rol", "role", "job", "function"],
    },
    "initiatives": {
        **_COMMON_HEADERS,
        "name": ["naam", "initiatief", "naam initiatief", "samenwerkingsverband",
                 "naam samenwerkingsverband", "samenwerking", "project", "projectnaam", "titel",
                 "name", "initiative", "initiative name"],
        "description": ["beschrijving", "omschrijving", "toelichting", "doel", "description"],
        "model": ["samenwerkingsmodel", "model", "collaboration model"],
        "formal": ["formeel", "formeel informeel", "formal"],
        "permanent": ["permanent", "permanent ad hoc", "structureel", "duur"],
        "level": ["niveau", "level"],
        "expertise_domains": ["expertisedomein", "expertisedomeinen", "domein", "domeinen",
                              "expertise", "expertise domain", "expertise domains"],
        "municipalities": ["gemeente", "gemeenten", "deelgemeenten", "regio", "werkingsgebied",
                           "municipality", "municipalities", "region", "regions"],
    },
    "participations": {
        "initiative": ["initiatief", "samenwerkingsverband", "project", "initiative"],
        "organisation": ["organisatie", "partner", "organisation", "organization"],
        "person": ["persoon", "contactpersoon", "vertegenwoordiger", "drager", "person", "carrier"],
        "role": ["rol", "role", "functie"],
    },
    "ties": {
        "source": ["van", "bron", "organisatie a", "source", "from"],
        "target": ["naar", "doel", "organisatie b", "target", "to"],
        "kind": ["soort", "soort relatie", "type", "relatie", "kind"],
        "intensity": ["intensiteit", "gewicht", "sterkte", "intensity", "weight"],
        "people": ["personen", "dragers", "contactpersonen", "people", "carriers"],
    },
    # one row per initiative, partners in one cell
    "wide": {
        "partners": ["partners", "partner", "partnerorganisaties", "deelnemers",
                     "betrokken organisaties", "betrokken partners", "organisaties",
                     "deelnemende organisaties", "participants"],
        "lead": ["trekker", "trekkende organisatie", "coordinator", "coordinerende organisatie",
                 "lead", "lead partner", "penhouder"],
    },
    "aliases": {
        "variant": ["variant", "schrijfwijze", "alias", "andere naam", "fout"],
        "canonical": ["juiste naam", "naam", "canonical", "correct", "is", "juiste waarde", "betekent"],
        "kind": ["soort", "type", "kind", "soort alias"],
    },
}
HEADER_ALIASES["wide"] = {**HEADER_ALIASES["initiatives"], **HEADER_ALIASES["wide"]}

#: Sheet names (normalised) and the table they hold.
SHEET_NAMES: dict[str, str] = {
    **dict.fromkeys(["organisaties", "organisatie", "actoren", "organisations", "organizations",
                     "actors"], "organisations"),
    **dict.fromkeys(["personen", "contactpersonen", "medewerkers", "people", "persons"], "people"),
    **dict.fromkeys(["initiatieven", "samenwerkingsverbanden", "samenwerkingen", "projecten",
                     "initiatives", "projects"], "initiatives"),
    **dict.fromkeys(["deelnames", "deelname", "participaties", "partners per initiatief",
                     "participations"], "participations"),
    **dict.fromkeys(["relaties", "banden", "doorverwijzingen", "verwijzingen", "ties",
                     "relations", "referrals"], "ties"),
    **dict.fromkeys(["inventaris", "inventory", "overzicht"], "wide"),
    **dict.fromkeys(["aliassen", "aliases", "schrijfwijzen"], "aliases"),
    **dict.fromkeys(["instructies", "toelichting", "uitleg", "info", "lees mij", "readme",
                     "instructions", "lijsten", "keuzelijsten", "keuzelijst", "lists", "bron", "source",
                     "notities", "notitie", "notes", "nota", "legende", "legend", "opmerkingen",
                     "dropdown", "dropdowns", "waarden", "parameters"],
                    "skip"),
    **dict.fromkeys(["kolommen", "columns", "kolomnamen"], "columns"),
}

#: Headers by meaning, for sheets with one row per initiative (``wide``, ``initiatives``).
#: A header is reduced to its normalised words; the first rule whose words all occur
#: decides (order = precedence). A word ending in ``*`` matches every word it starts
#: ("partner*" matches "partners", "partnerorganisaties"). Exact headers in
#: :data:`HEADER_ALIASES` come first; a header with a word of :data:`HEADER_NOT_A_LIST`
#: ("aantal partners") matches no rule.
HEADER_RULES: list[tuple[str, list[list[str]]]] = [
    ("partners", [["partner*"], ["deelnemer*"], ["deelnemende*"], ["betrokken*"], ["participant*"],
                  ["organisaties"], ["actoren"], ["members"]]),
    ("lead", [["trekker*"], ["trekkende*"], ["coordinator*"], ["coordinerende*"], ["penhouder*"],
              ["lead*"], ["initiatiefnemer*"]]),
    ("contact", [["contactpersoon*"], ["contact"], ["aanspreekpunt*"], ["contact", "person*"]]),
    ("name", [["naam"], ["name"], ["titel"], ["samenwerkingsverband*"], ["samenwerking"],
              ["initiatief"], ["initiatieven"], ["project"], ["projecten"], ["projectnaam"],
              ["initiative*"], ["netwerk"], ["netwerknaam"]]),
    ("municipalities", [["gemeente*"], ["deelgemeente*"], ["regio*"], ["werkingsgebied*"],
                        ["region*"], ["municipalit*"], ["stad"], ["steden"], ["locatie*"], ["area"]]),
    ("target_groups", [["doelgroep*"], ["target", "group*"], ["publiek"], ["voor", "wie"]]),
    ("expertise_domains", [["expertise*"], ["domein*"], ["thema"], ["themas"], ["domain*"]]),
    ("stages", [["zorgpadfase*"], ["fase"], ["fasen"], ["fases"], ["stage*"]]),
    ("status", [["status"], ["stand", "zaken"], ["state"]]),
    ("start", [["start*"], ["begin*"], ["aanvang*"], ["vanaf"], ["opgestart"]]),
    ("end", [["eind*"], ["einde"], ["tot"], ["afgelopen"], ["end*"], ["stop*"]]),
    ("description", [["omschrijving*"], ["beschrijving*"], ["toelichting*"], ["doel"],
                     ["doelstelling*"], ["inhoud"], ["description"], ["wat"]]),
    ("model", [["samenwerkingsmodel*"], ["model*"]]),
    ("level", [["niveau*"], ["level*"]]),
    ("formal", [["formeel*"], ["formal*"]]),
    ("permanent", [["permanent*"], ["structureel*"], ["duur"]]),
    ("id", [["id"], ["code"], ["nr"], ["nummer"], ["volgnummer"]]),
]
#: Words that make a header a count or a remark, never a list of values ("aantal partners").
HEADER_NOT_A_LIST = {"aantal", "number", "count", "opmerking", "opmerkingen", "remark", "remarks", "bron"}

# --- organisation types ----------------------------------------------------------------
#: Well-known Flemish organisation types: (pattern on the normalised name, type, sector).
#: The first pattern that matches wins; order from specific to general.
ORGANISATION_TYPES: list[tuple[str, str, str]] = [
    (r"\bhuis van het kind\b", "Huis van het Kind", "welzijn"),
    (r"\bjac\b|jongerenadviescentrum", "JAC", "welzijn"),
    (r"\bcaw\b|centrum algemeen welzijn", "CAW", "welzijn"),
    (r"\bcgg\b|centrum (voor )?geestelijke gezondheid", "CGG", "zorg"),
    (r"zelfmoordlijn|\b1813\b|preventie (van )?zelfdoding", "Zelfmoordlijn", "zorg"),
    (r"crisisteam|mobiel team|\bradar\b|netwerk geestelijke gezondheid|\bggz\b", "GGZ-netwerk", "zorg"),
    (r"\bclb\b|centrum voor leerlingenbegeleiding", "CLB", "onderwijs"),
    (r"\bocmw\b|sociaal huis", "OCMW", "lokaal_bestuur"),
    (r"zorgbedrijf|intergemeentelijk", "intergemeentelijke vereniging", "lokaal_bestuur"),
    (r"^(gemeente|stad|gemeentebestuur|stadsbestuur)\b|\bgemeente(bestuur)?$|\bdienst welzijn\b",
     "gemeente", "lokaal_bestuur"),
    (r"huisartsenkring|huisartsenvereniging|huisartsenwachtpost|\bwachtpost\b", "huisartsenkring", "zorg"),
    (r"huisarts|groepspraktijk|wijkgezondheidscentrum", "huisartsenpraktijk", "zorg"),
    (r"thuisverpleging|wit gele kruis|\bwgk\b|verpleegkundig", "thuisverpleging", "zorg"),
    (r"apothe[ek]", "apotheek", "zorg"),
    (r"psychologenkring|psycholo|psychiat|psychotherap", "geestelijke gezondheidszorg", "zorg"),
    (r"^az\b|\baz |ziekenhuis|kliniek|\bpc\b|\bpz\b|spoed", "ziekenhuis", "zorg"),
    (r"woonzorgcentrum|\bwzc\b|rusthuis", "woonzorgcentrum", "zorg"),
    (r"kinesi|logoped|vroedvrouw|dietist|tandarts|ergotherap", "paramedische praktijk", "zorg"),
    (r"mutualiteit|ziekenfonds|\bcm\b|solidaris|\bhelan\b|partena", "mutualiteit", "welzijn"),
    (r"gezinszorg|familiezorg|thuiszorg|oppasdienst", "gezinszorg", "welzijn"),
    (r"dienstencentrum", "lokaal dienstencentrum", "welzijn"),
    (r"kinderopvang|kinderdagverblijf|opgroeien|kind en gezin|vertrouwenscentrum", "jeugdhulp", "welzijn"),
    (r"welzijnsoverleg|welzijnsband|straathoekwerk|dienst ondersteuningsplan|\bdop\b|\bgbo\b",
     "welzijnsorganisatie", "welzijn"),
    (r"school|atheneum|lyceum|college|instituut|academie|\bgo\b|scholengroep", "school", "onderwijs"),
    (r"politie", "politie", "justitie"),
    (r"justitiehuis|parket|rechtbank|advoca", "justitie", "justitie"),
    (r"jeugdhuis|jeugddienst|jeugdwerk|jeugdbeweging|chiro|scouts|\bksa\b|\bkla\b|speelplein",
     "jeugdwerk", "jeugdwerk"),
    (r"bibliothe[e]?k|\bbib\b|cultuurcentrum|\bcc\b|academie|museum", "cultuur", "vrije_tijd"),
    (r"sport", "sport", "vrije_tijd"),
    (r"woonmaatschappij|huisvestingsmaatschappij|sociaal verhuurkantoor|\bsvk\b|woonwinkel|woonloket",
     "wonen", "wonen"),
    (r"\bvdab\b|werkwinkel|maatwerkbedrijf|sociale economie|arbeidszorg|\bgtb\b", "werk", "werk"),
    (r"mantelzorg|vrijwilliger|patientenvereniging|zelfhulp|samana|\bokra\b|\bvief\b|ouderenraad|"
     r"armoedevereniging|vereniging waar armen|toevlucht|liever thuis",
     "burgers en vrijwilligers", "pzon"),
]
_TYPE_PATTERNS = [(re.compile(p), t, s) for p, t, s in ORGANISATION_TYPES]


def infer_type(name: str) -> tuple[str, str] | None:
    """Guess ``(type, sector)`` of an organisation from its name, or ``None``.

    >>> infer_type("CAW Oost-Vlaanderen")
    ('CAW', 'welzijn')
    >>> infer_type("Gemeente Eeklo")
    ('gemeente', 'lokaal_bestuur')
    """
    key = normalise(name)
    for pattern, type_, sector in _TYPE_PATTERNS:
        if pattern.search(key):
            return type_, sector
    return None

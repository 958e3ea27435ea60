"""Write elznet's example data sets (deterministic; run from anywhere).

    /work/venv/bin/python data/_make_examples.py

Writes, next to this script:

1. ``meetjesland_zorgpad_suicidepreventie.xlsx`` (+ ``.truth.json``): a tidy workbook
   (one sheet per table) for the youth suicide-prevention care path in Meetjesland.
2. ``meetjesland_inventaris_breed.xlsx`` (+ ``.truth.json``): a wide, deliberately
   messy zone inventory, one row per initiative, partners in one cell.
3. ``knoke/``: a copy of the Knoke & Wood reference network with its provenance.

All content is hand-written below as Python literals; nothing is random. All people
are fictitious. Organisations are real public institutions or invented local actors;
the ties between them are illustrative, not a record of real collaborations. The
truth files are written from the literals below, never by reading the xlsx back.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
KNOKE_SOURCE = Path("/work/shared/refdata/knoke")

OOST = ["Assenede", "Eeklo", "Evergem", "Kaprijke", "Sint-Laureins", "Zelzate"]
WEST = ["Aalter", "Lievegem", "Maldegem"]
ALL_MUNICIPALITIES = sorted(OOST + WEST)

BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")

# =====================================================================================
# 1. Tidy workbook: zorgpad suïcidepreventie jongeren Meetjesland
# =====================================================================================

TIDY_FILE = "meetjesland_zorgpad_suicidepreventie.xlsx"

TIDY_TOELICHTING = [
    "Netwerkkaart en zorgpad suïcidepreventie jongeren Meetjesland – voorbeelddata voor elznet",
    "Inhoud: actoren rond suïcide bij jongeren (12-25 jaar) in Oost-Meetjesland (Assenede, Eeklo, "
    "Evergem, Kaprijke, Sint-Laureins, Zelzate) en West-Meetjesland (Aalter, Lievegem, Maldegem), "
    "met hun concreet aanbod, de zorgpadfasen waarin ze actief zijn, gezamenlijke initiatieven, "
    "deelnames en rechtstreekse banden (doorverwijzing, samenwerken, netwerken).",
    "Bron zorgpad: het Meetjeslandse zorgpad suïcidepreventie voor jongeren en de netwerkkaart, "
    "voorgesteld op 10 maart 2020 door het Regionaal Welzijnsoverleg Meetjesland in AZ Alma "
    "(azalma.be, nieuwsbericht 'Meetjeslands netwerk ontwikkelt zorgpad voor jongeren'). "
    "Ondertekenaars: AZ Alma, het regionale CGG, CAW/JAC Oost-Vlaanderen, het netwerk GGZ kinderen "
    "en jongeren Oost-Vlaanderen (crisisteam RADAR), VCLB Meetjesland, CLB GO! Deinze-Eeklo, "
    "Politiezone Meetjesland Centrum en de suïcidepreventiewerking van het CGG.",
    "Zorgpadfasen (naar VLESP 2018): preventie, signalering en vroegdetectie, eerste opvang, crisis, "
    "ambulante behandeling, (semi-)residentiële opvang, nazorg en postventie.",
    "LET OP: alle personen zijn fictief; banden tussen organisaties zijn illustratief. "
    "De organisaties zijn publieke instellingen of verzonnen lokale actoren (scholen, jeugdhuizen, "
    "praktijken); de initiatieven, deelnames en relaties in dit bestand beschrijven geen echte "
    "afspraken en mogen niet als sociale kaart gebruikt worden.",
    "Bladen: organisaties, personen, initiatieven, deelnames (wie neemt deel aan welk initiatief, "
    "via welke persoon) en relaties (rechtstreekse banden tussen organisaties; intensiteit 1 = zwak "
    "tot 3 = sterk; personen = de medewerkers die de band dragen).",
    "Gemaakt door data/_make_examples.py (elznet).",
]

# sector as typed in the file -> sector key (the file mixes keys and Dutch labels)
SECTOR_FORMS = {
    "zorg": "zorg", "Zorg": "zorg",
    "welzijn": "welzijn", "Welzijn": "welzijn",
    "lokaal_bestuur": "lokaal_bestuur", "Lokaal bestuur": "lokaal_bestuur",
    "onderwijs": "onderwijs", "Onderwijs": "onderwijs",
    "jeugdwerk": "jeugdwerk", "Jeugdwerk": "jeugdwerk",
    "Justitie en politie": "justitie", "justitie": "justitie",
    "pzon": "pzon", "PZON (burgers, mantelzorgers, vrijwilligers)": "pzon",
}

# Short names for the stage lists below (Dutch labels, one key form mixed in)
PREV = "Preventie"
SIGN = "Signalering en vroegdetectie"
OPV = "Eerste opvang"
CRI = "Crisis"
AMB = "Ambulante behandeling"
RES = "(Semi-)residentiële opvang"
NAZ = "Nazorg en postventie"


def stages(*items: str) -> str:
    return "; ".join(items)


# id | naam | sector | type | gemeente | aanbod | doelgroepen | leeftijd | zorgpadfasen | contactrol
ORGANISATIES = [
    # --- zorg ---
    ("o01", "AZ Alma", "Zorg", "ziekenhuis", "Eeklo",
     "Spoedgevallendienst dag en nacht en psychiatrische afdeling (PAAZ) voor acute opvang en korte "
     "opname; kinderafdeling voor jongeren tot 16 jaar.",
     "jongeren; jongvolwassenen; ouders", "12-25", stages(CRI, RES, NAZ), "sociaal verpleegkundige spoed"),
    ("o02", "CGG Eclips", "zorg", "CGG", "Eeklo",
     "Ambulante diagnostiek en behandeling voor kinderen en jongeren met psychische problemen; "
     "suïcidepreventieve zorg met een eerste gesprek binnen 7 dagen na aanmelding.",
     "kinderen; jongeren; ouders", "6-25", "eerste_opvang; " + stages(AMB, NAZ), "onthaalmedewerker"),
    ("o03", "Suïcidepreventiewerking CGG Eclips", "zorg", "CGG", "Gent",
     "Vorming, gatekeepertrainingen en advies voor scholen, jeugdwerk en politie; begeleidt "
     "scholen en organisaties bij postventie na een zelfdoding.",
     "professionals; scholen; jeugdwerkers; nabestaanden", "12-25", stages(PREV, SIGN, NAZ),
     "preventiewerker"),
    ("o04", "Zelfmoordlijn 1813", "Zorg", "hulplijn", "Vlaanderen",
     "Anonieme hulplijn via telefoon (1813) en chat, dag en nacht, voor mensen met "
     "zelfmoordgedachten en voor hun omgeving.",
     "jongeren; volwassenen; naasten", "12-99", stages(PREV, OPV, CRI), "coördinator vrijwilligers"),
    ("o05", "Mobiel crisisteam RADAR", "zorg", "GGZ-netwerk", "Gent",
     "Mobiele crisisinterventie thuis of op school binnen 24 uur voor kinderen en jongeren in een "
     "acute psychische crisis, met korte intensieve opvolging.",
     "kinderen; jongeren; gezinnen", "0-18", stages(CRI, AMB), "crisishulpverlener"),
    ("o06", "Netwerk GGZ Kinderen en Jongeren Oost-Vlaanderen", "Zorg", "GGZ-netwerk", "Gent",
     "Coördineert het regionale aanbod geestelijke gezondheidszorg voor minderjarigen: crisiszorg, "
     "langdurige zorg, consultatie en liaison.",
     "kinderen; jongeren; professionals", "0-23", stages(CRI, AMB, RES), "netwerkcoördinator"),
    ("o07", "Huisartsenkring Meetjesland", "zorg", "huisartsenkring", "Eeklo",
     "Vertegenwoordigt de huisartsen van Oost-Meetjesland; organiseert navorming en intervisie rond "
     "psychische problemen bij jongeren.",
     "huisartsen; patiënten", "0-99", stages(SIGN, OPV, NAZ), "voorzitter"),
    ("o08", "Huisartsenkring Vemehak", "zorg", "huisartsenkring", "Maldegem",
     "Kring van huisartsen in West-Meetjesland; aanspreekpunt voor samenwerkingsafspraken met het "
     "CGG en het ziekenhuis.",
     "huisartsen; patiënten", "0-99", stages(SIGN, OPV), "secretaris"),
    ("o09", "Huisartsenwachtpost Meetjesland", "Zorg", "huisartsenwachtpost", "Eeklo",
     "Huisartsenwachtdienst tijdens het weekend en op feestdagen; verwijst bij acuut suïcidegevaar "
     "naar de spoed of het crisisteam.",
     "iedereen", "0-99", stages(OPV, CRI), "coördinator"),
    ("o10", "Regionale Psychologenkring Meetjesland", "zorg", "psychologenkring", "Eeklo",
     "Eerstelijnspsychologen met terugbetaalde sessies voor kinderen en jongeren via het netwerk "
     "geestelijke gezondheid; snelle start zonder wachtlijst.",
     "jongeren; volwassenen", "6-99", stages(OPV, AMB), "eerstelijnspsycholoog"),
    ("o11", "PC Sint-Jan Baptist", "zorg", "psychiatrisch ziekenhuis", "Zelzate",
     "Psychiatrisch centrum met opname- en dagbehandeling voor jongvolwassenen en volwassenen, "
     "inclusief crisisopname.",
     "jongvolwassenen; volwassenen", "18-99", stages(RES, CRI, NAZ), "psychiatrisch verpleegkundige"),
    ("o12", "UZ Gent Kinder- en jeugdpsychiatrie", "zorg", "ziekenhuis", "Gent",
     "Residentiële en dagbehandeling voor kinderen en jongeren met ernstige psychiatrische "
     "problemen, met crisisbedden.",
     "kinderen; jongeren", "0-18", stages(RES, CRI), "psycholoog"),
    ("o13", "Groepspraktijk De Meersen", "zorg", "huisartsenpraktijk", "Maldegem",
     "Huisartsenpraktijk met vier huisartsen en een praktijkverpleegkundige; eerste aanspreekpunt "
     "voor gezinnen.",
     "gezinnen; jongeren", "0-99", stages(SIGN, OPV), "praktijkverpleegkundige"),
    ("o14", "Zorgraad Oost-Meetjesland", "Zorg", "zorgraad", "Eeklo",
     "Ondersteunt de samenwerking tussen zorg, welzijn en lokale besturen in de eerstelijnszone; "
     "beheert de netwerkkaart.",
     "professionals", "", stages(PREV), "netwerkcoördinator"),
    # --- welzijn ---
    ("o15", "CAW Oost-Vlaanderen", "welzijn", "CAW", "Eeklo",
     "Vrij toegankelijk onthaal voor vragen over relaties, geweld, wonen en geld; crisishulp en "
     "begeleiding van jongvolwassenen.",
     "jongvolwassenen; volwassenen; gezinnen", "18-99", stages(OPV, AMB, NAZ), "onthaalmedewerker"),
    ("o16", "JAC Eeklo", "Welzijn", "JAC", "Eeklo",
     "Anoniem en gratis jongerenonthaal (binnenlopen, chat, mail) en kortdurende begeleiding voor "
     "jongeren met vragen over thuis, school, relaties en zich slecht voelen.",
     "jongeren; jongvolwassenen", "12-25", stages(PREV, OPV, AMB, NAZ), "jongerenhulpverlener"),
    ("o17", "Regionaal Welzijnsoverleg Meetjesland", "welzijn", "welzijnsoverleg", "Eeklo",
     "Regionaal overleg van welzijnsactoren en gemeenten; initiatiefnemer en trekker van het "
     "zorgpad suïcidepreventie jongeren.",
     "professionals; lokale besturen", "", stages(PREV), "coördinator"),
    ("o18", "Huis van het Kind Eeklo", "welzijn", "Huis van het Kind", "Eeklo",
     "Laagdrempelige opvoedingsondersteuning, ouderavonden en een opvoedingswinkel voor ouders met "
     "kinderen en tieners.",
     "ouders; gezinnen", "0-18", stages(PREV, SIGN), "coördinator"),
    ("o19", "Huis van het Kind Maldegem", "Welzijn", "Huis van het Kind", "Maldegem",
     "Opvoedingsspreekuur en oudergroepen; verwijst ouders van tieners met zorgen door naar JAC of CGG.",
     "ouders; gezinnen", "0-18", stages(PREV, SIGN), "coördinator"),
    ("o20", "Huis van het Kind Evergem", "welzijn", "Huis van het Kind", "Evergem",
     "Opvoedingsondersteuning en infoavonden voor ouders in Evergem, Ertvelde en Sleidinge.",
     "ouders; gezinnen", "0-18", stages(PREV, SIGN), "opvoedingsondersteuner"),
    ("o21", "CM Midden-Vlaanderen", "welzijn", "mutualiteit", "Eeklo",
     "Dienst maatschappelijk werk, terugbetaling van psychologische zorg en preventiecampagnes rond "
     "mentaal welbevinden.",
     "leden; jongeren; gezinnen", "0-99", stages(PREV, OPV), "preventiemedewerker"),
    ("o22", "Solidaris Oost-Vlaanderen", "Welzijn", "mutualiteit", "Gent",
     "Sociale dienst en infosessies over psychisch welzijn; toeleiding naar terugbetaalde "
     "psychologische zorg.",
     "leden; gezinnen", "0-99", stages(PREV, OPV), "maatschappelijk werker"),
    ("o23", "Awel", "welzijn", "hulplijn", "Vlaanderen",
     "Anonieme luisterlijn voor kinderen en jongeren via telefoon (102), chat en forum.",
     "kinderen; jongeren", "6-25", stages(PREV, OPV), "vrijwilliger"),
    ("o24", "Vertrouwenscentrum Kindermishandeling Oost-Vlaanderen", "welzijn", "vertrouwenscentrum", "Gent",
     "Advies en hulp bij vermoedens van kindermishandeling, seksueel misbruik en verontrustende "
     "opvoedingssituaties.",
     "kinderen; jongeren; ouders; professionals", "0-18", stages(SIGN, OPV, CRI), "hulpverlener"),
    ("o25", "Straathoekwerk Meetjesland", "welzijn", "straathoekwerk", "Eeklo",
     "Straathoekwerkers zoeken kwetsbare jongeren op straat en op pleinen op en leiden hen toe naar hulp.",
     "kwetsbare jongeren; dak- en thuislozen", "16-30", stages(SIGN, OPV), "straathoekwerker"),
    ("o26", "Welzijnsband Meetjesland", "Welzijn", "welzijnsorganisatie", "Eeklo",
     "Ondersteunt de Meetjeslandse gemeenten bij lokaal sociaal beleid en armoedebestrijding.",
     "lokale besturen; kwetsbare groepen", "", stages(PREV), "stafmedewerker"),
    # --- lokaal bestuur ---
    ("o27", "Sociaal Huis Eeklo", "Lokaal bestuur", "OCMW", "Eeklo",
     "Eerste sociaal onthaal, leefloon en budgetbegeleiding; jongerenconsulent voor jongeren die "
     "alleen wonen.",
     "inwoners; kwetsbare jongeren", "16-99", stages(SIGN, OPV), "maatschappelijk werker"),
    ("o28", "Sociaal Huis Evergem", "lokaal_bestuur", "OCMW", "Evergem",
     "Sociaal onthaal en begeleiding; zitdagen in de deelgemeenten.",
     "inwoners", "0-99", stages(SIGN, OPV), "onthaalmedewerker"),
    ("o29", "OCMW Assenede", "Lokaal bestuur", "OCMW", "Assenede",
     "Sociale dienst met onthaal, budgetbeheer en verwijzing naar gespecialiseerde hulp.",
     "inwoners", "0-99", stages(SIGN, OPV), "maatschappelijk werker"),
    ("o30", "OCMW Kaprijke", "Lokaal bestuur", "OCMW", "Kaprijke",
     "Kleine sociale dienst; eerste aanspreekpunt voor inwoners met financiële of psychosociale vragen.",
     "inwoners", "0-99", stages(SIGN, OPV), "maatschappelijk werker"),
    ("o31", "OCMW Sint-Laureins", "lokaal_bestuur", "OCMW", "Sint-Laureins",
     "Sociaal onthaal en huisbezoeken bij kwetsbare inwoners.",
     "inwoners", "0-99", stages(SIGN, OPV), "maatschappelijk werker"),
    ("o32", "Sociaal Huis Zelzate", "Lokaal bestuur", "OCMW", "Zelzate",
     "Sociaal onthaal, leefloon en begeleiding; werkt samen met het psychiatrisch centrum voor nazorg.",
     "inwoners", "0-99", stages(SIGN, OPV, NAZ), "maatschappelijk werker"),
    ("o33", "Sociaal Huis Aalter", "Lokaal bestuur", "OCMW", "Aalter",
     "Sociaal onthaal en een jongerenaanspreekpunt op vrijdagnamiddag.",
     "inwoners; jongeren", "0-99", stages(SIGN, OPV), "jongerenconsulent"),
    ("o34", "Sociaal Huis Lievegem", "lokaal_bestuur", "OCMW", "Lievegem",
     "Sociaal onthaal in de vier deelgemeenten; begeleiding en toeleiding.",
     "inwoners", "0-99", stages(SIGN, OPV), "maatschappelijk werker"),
    ("o35", "Sociaal Huis Maldegem", "Lokaal bestuur", "OCMW", "Maldegem",
     "Sociaal onthaal, leefloon en een jongerenwerking voor jongvolwassenen zonder netwerk.",
     "inwoners; jongvolwassenen", "0-99", stages(SIGN, OPV, NAZ), "maatschappelijk werker"),
    ("o36", "Zorgbedrijf Meetjesland", "Lokaal bestuur", "intergemeentelijke vereniging", "Eeklo",
     "Publieke zorgvereniging van Meetjeslandse besturen met woonzorgcentra, thuiszorg en "
     "dienstencentra; partner in het regionaal welzijnsbeleid.",
     "ouderen; kwetsbare inwoners", "0-99", stages(PREV, NAZ), "stafmedewerker welzijn"),
    ("o37", "Jeugddienst Eeklo", "Lokaal bestuur", "jeugddienst", "Eeklo",
     "Ondersteunt jeugdbewegingen en jeugdhuizen; organiseert vorming voor jeugdleiders.",
     "jeugdwerkers; jongeren", "6-25", stages(PREV, SIGN), "jeugdconsulent"),
    ("o38", "Jeugddienst Maldegem", "lokaal_bestuur", "jeugddienst", "Maldegem",
     "Jeugdbeleid, fuifbeleid en ondersteuning van het jeugdhuis.",
     "jeugdwerkers; jongeren", "6-25", stages(PREV, SIGN), "jeugdconsulent"),
    ("o39", "Jeugddienst Evergem", "Lokaal bestuur", "jeugddienst", "Evergem",
     "Speelpleinwerking, jeugdraad en ondersteuning van jeugdverenigingen.",
     "jeugdwerkers; kinderen; jongeren", "6-25", stages(PREV), "jeugdconsulent"),
    ("o40", "Jeugddienst Aalter", "Lokaal bestuur", "jeugddienst", "Aalter",
     "Jeugdbeleid en ondersteuning van jeugdverenigingen in Aalter en Knesselare.",
     "jeugdwerkers; jongeren", "6-25", stages(PREV, SIGN), "jeugdconsulent"),
    # --- onderwijs ---
    ("o41", "VCLB Meetjesland", "onderwijs", "CLB", "Eeklo",
     "Leerlingenbegeleiding voor het vrij onderwijs: onthaal, vraagverheldering, kortdurende "
     "begeleiding en toeleiding; ondersteunt scholen bij postventie.",
     "leerlingen; ouders; scholen", "3-25", stages(SIGN, OPV, NAZ), "CLB-medewerker"),
    ("o42", "CLB GO! Deinze-Eeklo", "Onderwijs", "CLB", "Eeklo",
     "Leerlingenbegeleiding voor het GO!-onderwijs; CLB-psycholoog voor jongeren met psychische "
     "klachten.",
     "leerlingen; ouders; scholen", "3-25", stages(SIGN, OPV, NAZ), "CLB-psycholoog"),
    ("o43", "GO! atheneum Eeklo", "onderwijs", "school", "Eeklo",
     "Secundaire school met een leerlingenbegeleidingsteam en vertrouwensleerkrachten.",
     "leerlingen", "12-18", stages(PREV, SIGN), "zorgcoördinator"),
    ("o44", "Sint-Vincentiuscollege Eeklo", "onderwijs", "school", "Eeklo",
     "Secundaire school met zorgteam; neemt deel aan het preventieprogramma rond welbevinden.",
     "leerlingen", "12-18", stages(PREV, SIGN), "zorgcoördinator"),
    ("o45", "Sint-Jozefsinstituut Maldegem", "Onderwijs", "school", "Maldegem",
     "Secundaire school; leerlingenbegeleiders zijn opgeleid als gatekeeper.",
     "leerlingen", "12-18", stages(PREV, SIGN), "leerlingenbegeleider"),
    ("o46", "Sint-Gerolfinstituut Aalter", "onderwijs", "school", "Aalter",
     "Secundaire school met een cel leerlingenbegeleiding.",
     "leerlingen", "12-18", stages(PREV, SIGN), "zorgcoördinator"),
    # --- jeugdwerk ---
    ("o47", "Jeugdhuis De Kroeg Eeklo", "jeugdwerk", "jeugdhuis", "Eeklo",
     "Jeugdhuis met open werking en een vertrouwenspersoon; vrijwilligers volgden een "
     "gatekeepertraining.",
     "jongeren", "14-25", stages(PREV, SIGN), "jeugdhuiscoördinator"),
    ("o48", "Jeugdhuis 't Klokhuis Maldegem", "Jeugdwerk", "jeugdhuis", "Maldegem",
     "Jeugdhuis met open werking, fuiven en een praatmoment op woensdag.",
     "jongeren", "14-25", stages(PREV, SIGN), "beheerder"),
    ("o49", "Uit De Marge", "jeugdwerk", "jeugdwelzijnswerk", "Gent",
     "Ondersteunt jeugdwelzijnswerk met maatschappelijk kwetsbare kinderen en jongeren, ook in het "
     "Meetjesland.",
     "kwetsbare jongeren", "6-25", stages(PREV, SIGN), "jeugdwerker"),
    ("o50", "Chiro Gewest Meetjesland", "jeugdwerk", "jeugdbeweging", "Eeklo",
     "Gewestploeg die Chirogroepen in het Meetjesland ondersteunt, ook bij moeilijke situaties in de groep.",
     "leiding; jongeren", "6-18", stages(PREV, SIGN), "gewestleider"),
    ("o51", "Jeugdhuis De Pit Kaprijke", "Jeugdwerk", "jeugdhuis", "Kaprijke",
     "Klein jeugdhuis, door vrijwilligers gerund; open op vrijdag en zaterdag.",
     "jongeren", "14-25", stages(PREV), "voorzitter"),
    # --- justitie en politie ---
    ("o52", "Politiezone Meetjesland Centrum", "Justitie en politie", "politie", "Eeklo",
     "Jeugd- en gezinsafdeling en wijkinspecteurs; eerste tussenkomst bij verontrustende situaties "
     "en suïcidepogingen.",
     "minderjarigen; gezinnen", "0-99", stages(OPV, CRI), "jeugdinspecteur"),
    ("o53", "Politiezone Assenede-Evergem", "justitie", "politie", "Evergem",
     "Wijkwerking en interventie; meldt verontrustende situaties bij minderjarigen aan de "
     "hulpverlening.",
     "inwoners; minderjarigen", "0-99", stages(OPV, CRI), "wijkinspecteur"),
    ("o54", "Politiezone Maldegem", "Justitie en politie", "politie", "Maldegem",
     "Interventie en jeugdinspecteur; aanspreekpunt voor scholen.",
     "inwoners; minderjarigen", "0-99", stages(OPV, CRI), "jeugdinspecteur"),
    ("o55", "Sociale dienst jeugdrechtbank Oost-Vlaanderen", "justitie", "justitie", "Gent",
     "Consulenten voor jongeren die de jeugdrechter opvolgt; schakelen hulpverlening in bij "
     "verontrustende situaties.",
     "minderjarigen; ouders", "0-18", stages(OPV, NAZ), "consulent"),
    # --- PZON ---
    ("o56", "Werkgroep Verder", "pzon", "nabestaandenvereniging", "Vlaanderen",
     "Vrijwilligersorganisatie met praatgroepen en lotgenotencontact voor nabestaanden na zelfdoding.",
     "nabestaanden", "12-99", "nazorg", "vrijwilliger"),
    ("o57", "Similes", "PZON (burgers, mantelzorgers, vrijwilligers)", "familievereniging", "Vlaanderen",
     "Vereniging voor familie en naasten van personen met psychische problemen; infoavonden en "
     "lotgenotengroepen.",
     "ouders; naasten", "", stages(PREV, NAZ), "vrijwilliger"),
    ("o58", "Jongerenpanel Meetjesland", "pzon", "ervaringsdeskundigen", "Eeklo",
     "Groep jongeren met ervaringskennis die meedenkt over drempels in het zorgpad en de netwerkkaart.",
     "jongeren", "16-25", stages(PREV, NAZ), "begeleider panel"),
    ("o59", "Trefpunt Zelfhulp", "PZON (burgers, mantelzorgers, vrijwilligers)", "zelfhulp", "Vlaanderen",
     "Ondersteunt zelfhulpgroepen en verwijst door naar lotgenotencontact.",
     "nabestaanden; naasten", "", stages(NAZ), "medewerker"),
]

# id | naam | organisatie | functie  (all fictitious)
PERSONEN = [
    ("p01", "Lotte Verstraete", "o03", "preventiewerker suïcidepreventie"),
    ("p02", "Bram De Clercq", "o02", "psycholoog kinderen en jongeren"),
    ("p03", "Ines Van Hecke", "o02", "onthaalmedewerker"),
    ("p04", "Koen Lambrecht", "o01", "psychiater PAAZ"),
    ("p05", "Sofie Dhondt", "o01", "sociaal verpleegkundige spoed"),
    ("p06", "Jonas Maes", "o05", "crisishulpverlener"),
    ("p07", "Eline Goossens", "o06", "netwerkcoördinator"),
    ("p08", "Pieter Van de Velde", "o07", "huisarts, voorzitter kring"),
    ("p09", "Griet Martens", "o08", "huisarts"),
    ("p10", "Tom De Meyer", "o10", "eerstelijnspsycholoog"),
    ("p11", "Nele Claeys", "o15", "onthaalmedewerker"),
    ("p12", "Wout Vermeulen", "o16", "jongerenhulpverlener"),
    ("p13", "Hanne De Vos", "o17", "coördinator welzijnsoverleg"),
    ("p14", "Ruben Willems", "o41", "CLB-medewerker"),
    ("p15", "Marieke Wouters", "o42", "CLB-psycholoog"),
    ("p16", "Stijn Jacobs", "o43", "zorgcoördinator"),
    ("p17", "An Mertens", "o44", "zorgcoördinator"),
    ("p18", "Lien Desmet", "o45", "leerlingenbegeleider"),
    ("p19", "Dries Bauwens", "o52", "jeugdinspecteur"),
    ("p20", "Katrien Van Damme", "o53", "wijkinspecteur"),
    ("p21", "Joris Dobbelaere", "o27", "maatschappelijk werker"),
    ("p22", "Evy Baert", "o35", "maatschappelijk werker"),
    ("p23", "Ward Coppens", "o37", "jeugdconsulent"),
    ("p24", "Fien Van Landeghem", "o47", "jeugdhuiscoördinator"),
    ("p25", "Sander Pauwels", "o49", "jeugdwerker"),
    ("p26", "Charlotte De Wilde", "o18", "coördinator Huis van het Kind"),
    ("p27", "Bert Standaert", "o21", "preventiemedewerker"),
    ("p28", "Annelies Verhaeghe", "o56", "vrijwilliger lotgenotengroep"),
    ("p29", "Michiel Buysse", "o36", "stafmedewerker welzijn"),
    ("p30", "Leen Rottiers", "o11", "psychiatrisch verpleegkundige"),
    ("p31", "Arne De Pauw", "o09", "coördinator wachtpost"),
    ("p32", "Julie Verbeke", "o14", "netwerkcoördinator"),
    ("p33", "Yana Cools", "o24", "hulpverlener"),
    ("p34", "Robbe Schelfhout", "o54", "jeugdinspecteur"),
    ("p35", "Laura Vanhoutte", "o12", "psycholoog"),
]

ALL_9 = ", ".join(ALL_MUNICIPALITIES)

# id | naam | beschrijving | samenwerkingsmodel | formeel | permanent | niveau |
# expertisedomeinen | doelgroepen | gemeenten | zorgpadfasen
INITIATIEVEN = [
    ("i01", "Zorgpad suïcidepreventie jongeren Meetjesland",
     "Afspraken tussen hulpverleners, scholen, politie en jeugdwerk over wie wanneer doorverwijst bij "
     "suïcidale jongeren, over risicovolle overgangsmomenten en over de informatiedoorstroming.",
     "Netwerkmodel (multidisciplinair centrum)", "ja", "ja", "Tactisch (coördinatie)",
     "medisch; Persoonlijk welbevinden; Relationele of gezinsgerelateerde aspecten; Onderwijs",
     "jongeren; jongvolwassenen; ouders; professionals", ALL_9,
     stages(PREV, SIGN, OPV, CRI, AMB, RES, NAZ)),
    ("i02", "Netwerkkaart suïcidepreventie Meetjesland",
     "Overzicht van alle actoren rond suïcide bij jongeren met hun concreet aanbod, van preventie tot "
     "residentiële zorg, voor professionals uit scholen en jeugdwerk.",
     "Supermarktmodel", "nee", "ja", "Operationeel (dienstverlening)",
     "Persoonlijk welbevinden; medisch", "professionals; leerkrachten; jeugdwerkers", ALL_9,
     stages(PREV, SIGN, OPV)),
    ("i03", "Crisisprotocol suïcidale jongeren spoed-RADAR-CGG",
     "Afspraken bij acuut suïcidegevaar: opvang op de spoed van AZ Alma, inschakeling van het mobiel "
     "crisisteam RADAR en opvolging door het CGG binnen 7 dagen.",
     "Makelaarmodel (centrale dispatch)", "ja", "ja", "Cliëntniveau",
     "medisch; Diagnostiek", "jongeren in crisis; ouders", ALL_9,
     stages(CRI, RES, AMB)),
    ("i04", "Preventieprogramma 'Praat erover' in secundaire scholen",
     "Klasmodules over mentaal welbevinden en hulp zoeken, gegeven door CLB en de "
     "suïcidepreventiewerking in de tweede en derde graad.",
     "netwerkmodel", "nee", "ja", "operationeel",
     "Persoonlijk welbevinden; Onderwijs; Gezonde levensstijl",
     "leerlingen secundair onderwijs; leerkrachten", "Eeklo; Maldegem; Aalter",
     stages(PREV, SIGN)),
    ("i05", "Gatekeepertraining 'Signalen herkennen'",
     "Tweedaagse vorming voor leerkrachten, jeugdwerkers, politie en onthaalmedewerkers om "
     "suïcidesignalen te herkennen, het gesprek aan te gaan en door te verwijzen.",
     "Supermarktmodel", "nee", "nee", "Operationeel (dienstverlening)",
     "Persoonlijk welbevinden; Onderwijs", "professionals eerste lijn; jeugdwerkers; politie", ALL_9,
     "preventie; signalering; eerste_opvang"),
    ("i06", "Postventieprotocol scholen Meetjesland",
     "Draaiboek voor scholen na een zelfdoding van een leerling of personeelslid: crisisoverleg, "
     "communicatie, opvang van klasgenoten en signalering van kwetsbare leerlingen.",
     "Teammodel (team rond een doelgroep)", "ja", "ja", "Tactisch (coördinatie)",
     "Persoonlijk welbevinden; Onderwijs; Relationele of gezinsgerelateerde aspecten",
     "leerlingen; leerkrachten; nabestaanden", ALL_9, stages(NAZ, SIGN)),
    ("i07", "Lotgenotengroep nabestaanden na zelfdoding",
     "Maandelijkse praatgroep in Eeklo voor ouders, broers, zussen en vrienden van jongeren die "
     "overleden door zelfdoding.",
     "Netwerkmodel (multidisciplinair centrum)", "nee", "ja", "Cliëntniveau",
     "Relationele of gezinsgerelateerde aspecten; Persoonlijk welbevinden", "nabestaanden", "Eeklo",
     stages(NAZ)),
    ("i08", "Nazorgtraject na suïcidepoging",
     "Na ontslag van de spoed of uit opname wordt de jongere binnen 72 uur opgebeld en binnen een "
     "week gezien door CGG of JAC; de huisarts krijgt een ontslagbrief.",
     "Makelaarmodel (centrale dispatch)", "ja", "ja", "Cliëntniveau",
     "medisch; Persoonlijk welbevinden", "jongeren na suïcidepoging; ouders", ALL_9,
     stages(NAZ, AMB)),
    ("i09", "Intervisie suïcidepreventie huisartsen en psychologen",
     "Kringavonden waarop huisartsen en eerstelijnspsychologen casussen bespreken, met de "
     "suïcidepreventiewerking als inhoudelijke ondersteuning.",
     "Vrije-beroepenmodel (kringwerking)", "nee", "ja", "Operationeel (dienstverlening)",
     "medisch; Diagnostiek", "huisartsen; eerstelijnspsychologen", ALL_9,
     stages(SIGN, OPV, AMB)),
    ("i10", "JAC op tour in jeugdhuizen",
     "Een JAC-medewerker houdt maandelijks zitdag in jeugdhuizen en op fuiven; jongeren kunnen "
     "anoniem binnenlopen met vragen over zich slecht voelen, thuis of school.",
     "Teammodel (team rond een doelgroep)", "nee", "nee", "Operationeel (dienstverlening)",
     "Persoonlijk welbevinden; Relationele of gezinsgerelateerde aspecten; Vrijetijdsbesteding",
     "jongeren 14-25", "Eeklo; Maldegem; Kaprijke", stages(PREV, OPV)),
    ("i11", "Regionale stuurgroep zorgpad suïcidepreventie",
     "Halfjaarlijkse stuurgroep die het zorgpad evalueert, knelpunten agendeert en het regionale "
     "actieplan opvolgt.",
     "Netwerkmodel (multidisciplinair centrum)", "ja", "ja", "Strategisch (beleid)",
     "Persoonlijk welbevinden; medisch", "professionals; lokale besturen", ALL_9,
     stages(PREV, NAZ)),
    ("i12", "Samenwerkingsprotocol politie en hulpverlening bij verontruste minderjarigen",
     "Afspraken over wanneer de politie het CAW, het Vertrouwenscentrum of het crisisteam inschakelt "
     "bij een verontruste of suïcidale minderjarige, en hoe informatie gedeeld wordt.",
     "Makelaarmodel (centrale dispatch)", "ja", "ja", "Tactisch (coördinatie)",
     "Juridische aspecten; Persoonlijk welbevinden", "minderjarigen; ouders", ALL_9,
     stages(OPV, CRI)),
    ("i13", "Ouderavonden 'Hoe praat ik met mijn tiener?'",
     "Infoavonden in de Huizen van het Kind over somberheid, zelfbeschadiging en praten met je "
     "tiener, met een CGG-psycholoog en een ervaringsdeskundige ouder.",
     "Supermarktmodel", "nee", "nee", "Operationeel (dienstverlening)",
     "Relationele of gezinsgerelateerde aspecten; Ondersteuning (hulpmiddelen, boodschappen, vervoer, "
     "oppas, gezinsondersteuning); Persoonlijk welbevinden",
     "ouders van tieners", "Eeklo; Evergem; Maldegem", stages(PREV, SIGN)),
    ("i14", "Campagne 'Fit in je hoofd' Meetjesland",
     "Jaarlijkse campagne van mutualiteiten en sociale huizen rond tien stappen naar psychisch "
     "welbevinden, met acties in bibliotheken, sportclubs en scholen.",
     "Netwerkmodel (multidisciplinair centrum)", "nee", "nee", "Operationeel (dienstverlening)",
     "Gezonde levensstijl; Persoonlijk welbevinden", "jongeren; volwassenen", ALL_9, stages(PREV)),
    ("i15", "Welzijnsoverleg jongeren West-Meetjesland",
     "Overleg van de sociale huizen en jeugddiensten van Aalter, Lievegem en Maldegem over "
     "kwetsbare jongeren, met het JAC als vaste gast.",
     "Teammodel (team rond een doelgroep)", "nee", "ja", "Tactisch (coördinatie)",
     "Persoonlijk welbevinden; Huisvesting; Financiële aspecten", "kwetsbare jongeren 16-25",
     "Aalter; Lievegem; Maldegem", stages(SIGN, OPV)),
    ("i16", "Jongerenpanel zorgpad",
     "Panel van jongeren met ervaring dat het zorgpad en de netwerkkaart naleest op taal en drempels.",
     "Netwerkmodel (multidisciplinair centrum)", "nee", "nee", "Tactisch (coördinatie)",
     "Persoonlijk welbevinden", "jongeren", ALL_9, stages(PREV, NAZ)),
]

# initiatief | organisatie | persoon | rol
DEELNAMES = [
    # i01 zorgpad: the signatories
    ("i01", "o17", "p13", "trekker"), ("i01", "o01", "p05", "partner"), ("i01", "o02", "p02", "partner"),
    ("i01", "o03", "p01", "partner"), ("i01", "o15", "p11", "partner"), ("i01", "o16", "p12", "partner"),
    ("i01", "o05", "p06", "partner"), ("i01", "o06", "p07", "partner"), ("i01", "o41", "p14", "partner"),
    ("i01", "o42", "p15", "partner"), ("i01", "o52", "p19", "partner"),
    # i02 netwerkkaart
    ("i02", "o17", "p13", "trekker"), ("i02", "o03", "p01", "partner"), ("i02", "o14", "p32", "partner"),
    ("i02", "o37", "p23", "partner"), ("i02", "o43", "p16", "partner"), ("i02", "o47", "p24", "partner"),
    # i03 crisisprotocol
    ("i03", "o01", "p04", "trekker"), ("i03", "o05", "p06", "partner"), ("i03", "o02", "p03", "partner"),
    ("i03", "o09", "p31", "partner"), ("i03", "o11", "p30", "partner"), ("i03", "o12", "p35", "partner"),
    ("i03", "o52", "p19", "partner"),
    # i04 preventieprogramma scholen
    ("i04", "o03", "p01", "trekker"), ("i04", "o41", "p14", "partner"), ("i04", "o42", "p15", "partner"),
    ("i04", "o43", "p16", "partner"), ("i04", "o44", "p17", "partner"), ("i04", "o45", "p18", "partner"),
    ("i04", "o46", None, "partner"), ("i04", "o21", "p27", "partner"),
    # i05 gatekeepertraining
    ("i05", "o03", "p01", "trekker"), ("i05", "o37", "p23", "deelnemer"), ("i05", "o38", None, "deelnemer"),
    ("i05", "o47", "p24", "deelnemer"), ("i05", "o48", None, "deelnemer"), ("i05", "o52", "p19", "deelnemer"),
    ("i05", "o54", "p34", "deelnemer"), ("i05", "o27", "p21", "deelnemer"), ("i05", "o35", "p22", "deelnemer"),
    ("i05", "o50", None, "deelnemer"),
    # i06 postventieprotocol scholen
    ("i06", "o41", "p14", "trekker"), ("i06", "o42", "p15", "partner"), ("i06", "o03", "p01", "partner"),
    ("i06", "o43", "p16", "partner"), ("i06", "o44", "p17", "partner"), ("i06", "o45", "p18", "partner"),
    ("i06", "o46", None, "partner"), ("i06", "o56", "p28", "partner"),
    # i07 lotgenotengroep
    ("i07", "o56", "p28", "trekker"), ("i07", "o03", "p01", "partner"), ("i07", "o59", None, "partner"),
    ("i07", "o57", None, "partner"),
    # i08 nazorgtraject
    ("i08", "o01", "p05", "trekker"), ("i08", "o02", "p03", "partner"), ("i08", "o16", "p12", "partner"),
    ("i08", "o07", "p08", "partner"), ("i08", "o08", "p09", "partner"), ("i08", "o11", "p30", "partner"),
    ("i08", "o12", "p35", "partner"),
    # i09 intervisie huisartsen en psychologen
    ("i09", "o07", "p08", "trekker"), ("i09", "o08", "p09", "partner"), ("i09", "o10", "p10", "partner"),
    ("i09", "o03", "p01", "expert"), ("i09", "o13", None, "partner"),
    # i10 JAC op tour
    ("i10", "o16", "p12", "trekker"), ("i10", "o47", "p24", "partner"), ("i10", "o48", None, "partner"),
    ("i10", "o51", None, "partner"), ("i10", "o49", "p25", "partner"), ("i10", "o37", "p23", "partner"),
    ("i10", "o38", None, "partner"),
    # i11 stuurgroep
    ("i11", "o17", "p13", "trekker"), ("i11", "o14", "p32", "partner"), ("i11", "o36", "p29", "partner"),
    ("i11", "o06", "p07", "partner"), ("i11", "o03", "p01", "partner"), ("i11", "o01", "p04", "partner"),
    ("i11", "o15", None, "partner"), ("i11", "o41", "p14", "partner"),
    # i12 protocol politie-hulpverlening
    ("i12", "o52", "p19", "trekker"), ("i12", "o53", "p20", "partner"), ("i12", "o54", "p34", "partner"),
    ("i12", "o55", None, "partner"), ("i12", "o24", "p33", "partner"), ("i12", "o15", "p11", "partner"),
    ("i12", "o05", "p06", "partner"), ("i12", "o03", "p01", "adviseur"),
    # i13 ouderavonden
    ("i13", "o18", "p26", "trekker"), ("i13", "o19", None, "partner"), ("i13", "o20", None, "partner"),
    ("i13", "o02", "p02", "spreker"), ("i13", "o22", None, "partner"), ("i13", "o57", None, "partner"),
    # i14 campagne Fit in je hoofd
    ("i14", "o21", "p27", "trekker"), ("i14", "o22", None, "partner"), ("i14", "o29", None, "partner"),
    ("i14", "o30", None, "partner"), ("i14", "o31", None, "partner"), ("i14", "o32", None, "partner"),
    ("i14", "o28", None, "partner"), ("i14", "o58", None, "partner"),
    # i15 welzijnsoverleg jongeren West-Meetjesland
    ("i15", "o35", "p22", "trekker"), ("i15", "o33", None, "partner"), ("i15", "o34", None, "partner"),
    ("i15", "o38", None, "partner"), ("i15", "o40", None, "partner"), ("i15", "o16", "p12", "vaste gast"),
    ("i15", "o19", None, "partner"),
    # i16 jongerenpanel
    ("i16", "o58", None, "trekker"), ("i16", "o17", "p13", "partner"), ("i16", "o16", "p12", "partner"),
    ("i16", "o49", "p25", "partner"), ("i16", "o03", "p01", "partner"),
]

# van | naar | soort | intensiteit | personen
RELATIES = [
    # schools -> CLB -> CGG / JAC
    ("o43", "o42", "doorverwijzing", 3, "p16; p15"),
    ("o44", "o41", "doorverwijzing", 3, "p17; p14"),
    ("o45", "o41", "doorverwijzing", 2, "p18; p14"),
    ("o46", "o41", "doorverwijzing", 2, "p14"),
    ("o41", "o02", "doorverwijzing", 3, "p14; p03"),
    ("o42", "o02", "doorverwijzing", 2, "p15; p03"),
    ("o41", "o16", "doorverwijzing", 2, "p14"),
    ("o42", "o16", "doorverwijzing", 1, "p15"),
    ("o41", "o03", "samenwerken", 3, "p14; p01"),
    # JAC as the door for youth work and local services
    ("o16", "o02", "doorverwijzing", 3, "p12; p02"),
    ("o16", "o15", "doorverwijzing", 2, "p12; p11"),
    ("o15", "o02", "doorverwijzing", 2, "p11"),
    ("o47", "o16", "doorverwijzing", 2, "p24; p12"),
    ("o48", "o16", "doorverwijzing", 1, "p12"),
    ("o51", "o16", "doorverwijzing", 1, "p12"),
    ("o49", "o16", "doorverwijzing", 2, "p25; p12"),
    ("o50", "o03", "netwerken", 1, "p01"),
    ("o37", "o16", "doorverwijzing", 2, "p23; p12"),
    ("o39", "o16", "doorverwijzing", 1, "p12"),
    # police
    ("o52", "o05", "doorverwijzing", 3, "p19; p06"),
    ("o52", "o01", "doorverwijzing", 3, "p19; p05"),
    ("o53", "o01", "doorverwijzing", 2, "p20"),
    ("o54", "o01", "doorverwijzing", 2, "p34"),
    ("o52", "o15", "doorverwijzing", 2, "p19"),
    ("o53", "o15", "doorverwijzing", 1, ""),
    # hospital, crisis and residential care
    ("o01", "o02", "doorverwijzing", 3, "p05; p03"),
    ("o01", "o05", "doorverwijzing", 3, "p04; p06"),
    ("o01", "o11", "doorverwijzing", 2, "p04; p30"),
    ("o01", "o12", "doorverwijzing", 2, "p04; p35"),
    ("o05", "o12", "doorverwijzing", 2, "p06; p35"),
    ("o05", "o02", "doorverwijzing", 2, "p06; p02"),
    ("o12", "o02", "doorverwijzing", 2, "p35; p02"),
    ("o11", "o02", "doorverwijzing", 2, "p30; p03"),
    # general practice
    ("o09", "o01", "doorverwijzing", 3, "p31; p05"),
    ("o07", "o02", "doorverwijzing", 3, "p08; p03"),
    ("o08", "o02", "doorverwijzing", 2, "p09"),
    ("o13", "o10", "doorverwijzing", 2, ""),
    ("o07", "o10", "doorverwijzing", 2, "p08; p10"),
    ("o10", "o02", "doorverwijzing", 1, "p10"),
    ("o21", "o10", "doorverwijzing", 1, "p27; p10"),
    # helplines
    ("o04", "o15", "doorverwijzing", 1, ""),
    ("o04", "o02", "doorverwijzing", 1, ""),
    ("o23", "o16", "doorverwijzing", 1, ""),
    # the suicide-prevention unit spans sectors (all carried by p01)
    ("o03", "o04", "samenwerken", 2, "p01"),
    ("o03", "o56", "samenwerken", 2, "p01; p28"),
    ("o03", "o06", "netwerken", 2, "p01; p07"),
    ("o03", "o37", "netwerken", 1, "p01; p23"),
    ("o03", "o52", "samenwerken", 2, "p01; p19"),
    ("o03", "o43", "samenwerken", 2, "p01; p16"),
    # regional consultation
    ("o17", "o36", "netwerken", 2, "p13; p29"),
    ("o17", "o26", "netwerken", 2, "p13"),
    ("o14", "o07", "netwerken", 2, "p32; p08"),
    ("o14", "o17", "samenwerken", 2, "p32; p13"),
    # local government and street work
    ("o27", "o15", "doorverwijzing", 2, "p21; p11"),
    ("o35", "o16", "doorverwijzing", 2, "p22"),
    ("o28", "o15", "doorverwijzing", 1, ""),
    ("o32", "o15", "doorverwijzing", 1, ""),
    ("o25", "o16", "doorverwijzing", 2, "p12"),
    ("o25", "o15", "samenwerken", 2, ""),
    # families and child protection
    ("o18", "o02", "doorverwijzing", 2, "p26; p02"),
    ("o20", "o18", "netwerken", 1, "p26"),
    ("o24", "o02", "doorverwijzing", 2, "p33"),
    ("o55", "o24", "doorverwijzing", 2, "p33"),
    ("o57", "o56", "netwerken", 1, ""),
    ("o16", "o05", "doorverwijzing", 1, "p12"),
    ("o15", "o05", "doorverwijzing", 1, "p11"),
]


def check_tidy() -> None:
    org_ids = [o[0] for o in ORGANISATIES]
    person_org = {p[0]: p[2] for p in PERSONEN}
    init_ids = [i[0] for i in INITIATIEVEN]
    assert len(set(org_ids)) == len(org_ids) and len({o[1] for o in ORGANISATIES}) == len(org_ids)
    assert 50 <= len(ORGANISATIES) <= 65, len(ORGANISATIES)
    assert all(o[2] in SECTOR_FORMS for o in ORGANISATIES)
    assert all(p[2] in org_ids for p in PERSONEN)
    pairs = [(d[0], d[1]) for d in DEELNAMES]
    assert len(set(pairs)) == len(pairs), "duplicate deelname"
    for ini, org, person, _ in DEELNAMES:
        assert ini in init_ids and org in org_ids, (ini, org)
        assert person is None or person_org[person] == org, (ini, org, person)
    for van, naar, _, intensity, people in RELATIES:
        assert van in org_ids and naar in org_ids and van != naar
        assert intensity in (1, 2, 3)
        for p in filter(None, people.split("; ")):
            assert person_org[p] in (van, naar), (van, naar, p)
    assert len({(r[0], r[1]) for r in RELATIES}) == len(RELATIES), "duplicate relatie"
    assert 40 <= len(RELATIES) <= 80 and 12 <= len(INITIATIEVEN) <= 18
    active = {d[1] for d in DEELNAMES} | {r[0] for r in RELATIES} | {r[1] for r in RELATIES}
    assert set(org_ids) <= active, sorted(set(org_ids) - active)
    used_people = {d[2] for d in DEELNAMES} | {p for r in RELATIES for p in r[4].split("; ") if p}
    assert {p[0] for p in PERSONEN} <= used_people, sorted({p[0] for p in PERSONEN} - used_people)


def write_tidy() -> dict:
    check_tidy()
    wb = Workbook()
    ws = wb.active
    ws.title = "toelichting"
    for row, text in enumerate(TIDY_TOELICHTING, start=1):
        ws.cell(row=row, column=1, value=text).alignment = WRAP
    ws["A1"].font = Font(bold=True, size=13)
    ws.column_dimensions["A"].width = 140

    def sheet(title: str, headers: list[str], rows: list[tuple], widths: list[int]) -> None:
        s = wb.create_sheet(title)
        s.append(headers)
        for cell in s[1]:
            cell.font = BOLD
        for r in rows:
            s.append(["" if v is None else v for v in r])
        for i, w in enumerate(widths):
            s.column_dimensions[chr(ord("A") + i)].width = w
        s.freeze_panes = "A2"

    sheet("organisaties",
          ["id", "naam", "sector", "type", "gemeente", "aanbod", "doelgroepen", "leeftijd",
           "zorgpadfasen", "contactrol"],
          ORGANISATIES, [6, 44, 22, 24, 14, 80, 40, 9, 60, 26])
    sheet("personen", ["id", "naam", "organisatie", "functie"], PERSONEN, [6, 24, 12, 34])
    sheet("initiatieven",
          ["id", "naam", "beschrijving", "samenwerkingsmodel", "formeel", "permanent", "niveau",
           "expertisedomeinen", "doelgroepen", "gemeenten", "zorgpadfasen"],
          INITIATIEVEN, [6, 50, 80, 34, 9, 10, 28, 60, 40, 50, 60])
    sheet("deelnames", ["initiatief", "organisatie", "persoon", "rol"], DEELNAMES, [10, 12, 10, 14])
    sheet("relaties", ["van", "naar", "soort", "intensiteit", "personen"], RELATIES, [8, 8, 16, 11, 14])
    wb.save(HERE / TIDY_FILE)

    per_sector: dict[str, int] = {}
    for o in ORGANISATIES:
        key = SECTOR_FORMS[o[2]]
        per_sector[key] = per_sector.get(key, 0) + 1
    people_ties: dict[str, int] = {}
    for r in RELATIES:
        for p in filter(None, r[4].split("; ")):
            people_ties[p] = people_ties.get(p, 0) + 1
    people_deelnames: dict[str, int] = {}
    for d in DEELNAMES:
        if d[2]:
            people_deelnames[d[2]] = people_deelnames.get(d[2], 0) + 1
    carried = {p[0]: people_ties.get(p[0], 0) + people_deelnames.get(p[0], 0) for p in PERSONEN}
    hub = max(carried, key=carried.get)
    assert hub == "p01" and sorted(carried.values())[-2] < carried[hub]
    return {
        "file": TIDY_FILE,
        "note": "Written by data/_make_examples.py from its own literals. All people are fictitious; "
                "ties between organisations are illustrative.",
        "sheets": ["toelichting", "organisaties", "personen", "initiatieven", "deelnames", "relaties"],
        "header_row": 1,
        "counts": {"organisaties": len(ORGANISATIES), "personen": len(PERSONEN),
                   "initiatieven": len(INITIATIEVEN), "deelnames": len(DEELNAMES),
                   "relaties": len(RELATIES)},
        "organisations_per_sector": dict(sorted(per_sector.items())),
        "organisation_sector": {o[0]: SECTOR_FORMS[o[2]] for o in ORGANISATIES},
        "person_names": [p[1] for p in PERSONEN],
        "person_organisation": {p[0]: p[2] for p in PERSONEN},
        "deelnames_without_person": sum(1 for d in DEELNAMES if d[2] is None),
        "relaties_without_person": sum(1 for r in RELATIES if not r[4]),
        "relaties_per_soort": {k: sum(1 for r in RELATIES if r[2] == k)
                               for k in sorted({r[2] for r in RELATIES})},
        "design": {
            "hub_person": hub,
            "hub_person_deelnames": people_deelnames[hub],
            "hub_person_relaties": people_ties[hub],
            "person_deelnames_plus_relaties": carried,
            "boundary_spanning_organisations": ["o03", "o16", "o41"],
            "single_carrier_relaties": [[r[0], r[1], r[4]] for r in RELATIES
                                        if len([p for p in r[4].split("; ") if p]) == 1],
        },
    }


# =====================================================================================
# 2. Wide, messy inventory
# =====================================================================================

WIDE_FILE = "meetjesland_inventaris_breed.xlsx"
WIDE_TITLE = "Inventaris samenwerkingsverbanden ELZ Meetjesland"
WIDE_SUBTITLE = ("Werkversie zorgraad – fictieve voorbeelddata: personen zijn verzonnen, "
                 "samenwerkingen tussen organisaties zijn illustratief")
WIDE_HEADERS = ["Naam samenwerkingsverband", "Omschrijving", "Partners", "Trekker",
                "Expertisedomein(en)", "Doelgroep(en)", "Gemeente(n)", "Samenwerkingsmodel",
                "Niveau", "Formeel?", "Permanent / ad hoc"]
HEADER_ROW = 4
FIRST_DATA_ROW = 5

# Every organisation as written canonically (150). Grouped by municipality, then regional.
ORGS_BY_PLACE = {
    "Aalter": ["Gemeente Aalter", "Sociaal Huis Aalter", "Huis van het Kind Aalter", "Bibliotheek Aalter",
               "Lokaal Dienstencentrum Den Hoek Aalter", "Jeugddienst Aalter", "WZC Veilige Have",
               "Sportdienst Aalter", "Apotheek Aalter-Brug", "Huisartsenpraktijk De Lindeboom Aalter",
               "Sint-Gerolfinstituut Aalter", "De Toevlucht Aalter", "Politiezone Aalter"],
    "Assenede": ["Gemeente Assenede", "OCMW Assenede", "Huis van het Kind Assenede", "Bibliotheek Assenede",
                 "Lokaal Dienstencentrum De Notelaar Assenede", "Jeugddienst Assenede",
                 "WZC Sint-Jozef Assenede", "Apotheek Boekhoute", "Basisschool De Vlieger Assenede"],
    "Eeklo": ["Stad Eeklo", "Sociaal Huis Eeklo", "Huis van het Kind Eeklo", "Bibliotheek Eeklo",
              "Lokaal Dienstencentrum Ter Engelen Eeklo", "Jeugddienst Eeklo", "WZC Sint-Vincentius Eeklo",
              "Sportdienst Eeklo", "Apotheek Markt Eeklo", "Wijkgezondheidscentrum De Zuidpoort Eeklo",
              "GO! atheneum Eeklo", "Sint-Vincentiuscollege Eeklo", "Cultuurcentrum De Herbakker",
              "JAC Eeklo", "VDAB Eeklo", "Huisartsenwachtpost Meetjesland", "AZ Alma",
              "Jeugdhuis De Kroeg Eeklo", "Armoedevereniging 't Ankerpunt Eeklo", "Vrijwilligerspunt Eeklo",
              "Sociaal Restaurant Eeklo"],
    "Evergem": ["Gemeente Evergem", "Sociaal Huis Evergem", "Huis van het Kind Evergem", "Bibliotheek Evergem",
                "Lokaal Dienstencentrum De Loods Ertvelde", "Jeugddienst Evergem", "WZC Ter Durme Evergem",
                "Sportdienst Evergem", "Apotheek Sleidinge", "Huisartsenpraktijk Kluizen",
                "Kinderopvang De Pagadder Evergem", "Basisschool Het Kompas Evergem"],
    "Kaprijke": ["Gemeente Kaprijke", "OCMW Kaprijke", "Huis van het Kind Kaprijke", "Bibliotheek Kaprijke",
                 "Jeugdhuis De Pit Kaprijke", "Apotheek Lembeke"],
    "Lievegem": ["Gemeente Lievegem", "Sociaal Huis Lievegem", "Huis van het Kind Lievegem",
                 "Bibliotheek Lievegem", "Lokaal Dienstencentrum Den Eeckhout Zomergem", "Jeugddienst Lievegem",
                 "WZC Ten Bos Waarschoot", "Sportdienst Lievegem", "Huisartsenpraktijk Het Pleintje Lovendegem",
                 "Politiezone Lievegem", "Liever Thuis LM"],
    "Maldegem": ["Gemeente Maldegem", "Sociaal Huis Maldegem", "Huis van het Kind Maldegem",
                 "Bibliotheek Maldegem", "Lokaal Dienstencentrum Kleitkapel Maldegem", "Jeugddienst Maldegem",
                 "WZC Sint-Anna Maldegem", "Sportdienst Maldegem", "Apotheek Adegem",
                 "Huisartsenpraktijk De Meersen Maldegem", "Middenschool Maldegem", "Politiezone Maldegem",
                 "Jeugdhuis 't Klokhuis Maldegem"],
    "Sint-Laureins": ["Gemeente Sint-Laureins", "OCMW Sint-Laureins", "Huis van het Kind Sint-Laureins",
                      "Bibliotheek Sint-Laureins", "WZC Ter Linde Sint-Laureins"],
    "Zelzate": ["Gemeente Zelzate", "Sociaal Huis Zelzate", "Huis van het Kind Zelzate", "Bibliotheek Zelzate",
                "Lokaal Dienstencentrum Het Klaverblad Zelzate", "Jeugddienst Zelzate",
                "WZC De Kiekenhof Zelzate", "PC Sint-Jan Baptist Zelzate", "Apotheek Kanaalzone Zelzate",
                "Sportdienst Zelzate"],
    "regio": ["CAW Oost-Vlaanderen", "CGG Eclips", "CM Midden-Vlaanderen", "Solidaris Oost-Vlaanderen", "Helan",
              "Wit-Gele Kruis Meetjesland", "i-mens", "Familiezorg Oost-Vlaanderen", "Familiezorg West-Vlaanderen",
              "Woonmaatschappij Meetjesland", "Sociaal Verhuurkantoor Meetjesland",
              "Politiezone Meetjesland Centrum", "Politiezone Assenede-Evergem", "Huisartsenkring Meetjesland",
              "Huisartsenkring Vemehak", "Regionale Psychologenkring Meetjesland", "KOVAG", "ZorgConnect",
              "Regionaal Welzijnsoverleg Meetjesland", "Welzijnsband Meetjesland", "Zorgbedrijf Meetjesland",
              "Dienst Ondersteuningsplan Oost-Vlaanderen", "Vrije CLB Archipel", "CLB GO! Deinze-Eeklo",
              "Zorgraad Oost-Meetjesland", "Zorgraad West-Meetjesland", "Samana Meetjesland",
              "OKRA (regio Meetjesland)", "Mantelzorgplatform Meetjesland", "Kringwinkel Meetjesland",
              "Maatwerkbedrijf Meetjesland", "GTB Oost-Vlaanderen", "Rap op Stap Meetjesland", "Uit De Marge",
              "Vormingplus Gent-Eeklo", "Sportregio Meetjesland", "Opgroeien regio Oost-Vlaanderen", "Veneco",
              "Leerpunt Gent-Meetjesland-Leieland", "Agentschap Integratie en Inburgering", "De Brug vzw",
              "Rode Kruis Vlaanderen (afdeling Eeklo)", "Thuisverpleging Meetjesland-Noord",
              "Kinesitherapiepraktijk Meetjesland", "Vertrouwenscentrum Kindermishandeling Oost-Vlaanderen",
              "Straathoekwerk Meetjesland", "Trefpunt Zelfhulp",
              "Netwerk GGZ Kinderen en Jongeren Oost-Vlaanderen", "Dienstenchequebedrijf Meetjesland",
              "Voedselbank Meetjesland"],
}
ALL_ORGS = [name for names in ORGS_BY_PLACE.values() for name in names]

# Spellings that normalise to a DIFFERENT text than the canonical name (for alias tests).
SPELLING_VARIANTS = {
    "CAW O-Vl": "CAW Oost-Vlaanderen",
    "Huisartskring Vemehak": "Huisartsenkring Vemehak",
    "WGK Meetjesland": "Wit-Gele Kruis Meetjesland",
    "Zorgbedrijf Meetjesand": "Zorgbedrijf Meetjesland",
    "Huis vh Kind Eeklo": "Huis van het Kind Eeklo",
    "Bib Maldegem": "Bibliotheek Maldegem",
    "Woonmaatschapij Meetjesland": "Woonmaatschappij Meetjesland",
}
# Spellings that differ only in case, hyphens or spaces (they normalise to the canonical name).
CASE_VARIANTS = {
    "caw oost vlaanderen": "CAW Oost-Vlaanderen",
    "AZ ALMA": "AZ Alma",
    "cgg eclips": "CGG Eclips",
    "Vrije clb Archipel": "Vrije CLB Archipel",
    "sociaal huis Eeklo": "Sociaal Huis Eeklo",
    "GEMEENTE KAPRIJKE": "Gemeente Kaprijke",
    "Wit Gele Kruis Meetjesland": "Wit-Gele Kruis Meetjesland",
    "I-Mens": "i-mens",
}

# The organisaties sheet: sector for 40 organisations (as typed: keys and labels mixed).
# Everything else must be inferred from the name; "De Brug vzw" is an honest unknown.
ORGANISATIES_SHEET = [
    # naam | sector | type | gemeente
    ("i-mens", "welzijn", "gezinszorg en thuiszorg", "regio"),
    ("KOVAG", "zorg", "apothekersvereniging", "regio"),
    ("ZorgConnect", "Zorg", "zorgnetwerk", "regio"),
    ("Zorgraad Oost-Meetjesland", "zorg", "zorgraad", "Eeklo"),
    ("Zorgraad West-Meetjesland", "zorg", "zorgraad", "Aalter"),
    ("Kringwinkel Meetjesland", "werk", "sociale economie", "Eeklo"),
    ("Rap op Stap Meetjesland", "Welzijn", "vakantieparticipatie", "Eeklo"),
    ("Uit De Marge", "jeugdwerk", "jeugdwelzijnswerk", "Gent"),
    ("Vormingplus Gent-Eeklo", "Vrije tijd (cultuur, sport)", "vorming", "Eeklo"),
    ("Veneco", "Lokaal bestuur", "intergemeentelijke vereniging", "Eeklo"),
    ("Leerpunt Gent-Meetjesland-Leieland", "onderwijs", "centrum voor basiseducatie", "Eeklo"),
    ("Agentschap Integratie en Inburgering", "welzijn", "agentschap", "Gent"),
    ("Rode Kruis Vlaanderen (afdeling Eeklo)", "pzon", "vrijwilligersorganisatie", "Eeklo"),
    ("Voedselbank Meetjesland", "welzijn", "voedselhulp", "Eeklo"),
    ("Sociaal Restaurant Eeklo", "Welzijn", "sociaal restaurant", "Eeklo"),
    ("Dienstenchequebedrijf Meetjesland", "werk", "dienstenchequebedrijf", "Eeklo"),
    ("WZC Veilige Have", "zorg", "woonzorgcentrum", ""),
    ("AZ Alma", "zorg", "ziekenhuis", "Eeklo"),
    ("CAW Oost-Vlaanderen", "welzijn", "CAW", "Eeklo"),
    ("CGG Eclips", "Zorg", "CGG", "Eeklo"),
    ("JAC Eeklo", "welzijn", "JAC", "Eeklo"),
    ("Sociaal Huis Eeklo", "lokaal_bestuur", "OCMW", "Eeklo"),
    ("Stad Eeklo", "Lokaal bestuur", "gemeente", "Eeklo"),
    ("Gemeente Maldegem", "Lokaal bestuur", "gemeente", "Maldegem"),
    ("Huis van het Kind Eeklo", "welzijn", "Huis van het Kind", "Eeklo"),
    ("Wit-Gele Kruis Meetjesland", "zorg", "thuisverpleging", "Eeklo"),
    ("Familiezorg Oost-Vlaanderen", "welzijn", "gezinszorg", "regio"),
    ("Woonmaatschappij Meetjesland", "wonen", "woonmaatschappij", "Eeklo"),
    ("VDAB Eeklo", "werk", "VDAB", "Eeklo"),
    ("Politiezone Meetjesland Centrum", "Justitie en politie", "politie", "Eeklo"),
    ("Huisartsenkring Vemehak", "zorg", "huisartsenkring", "Maldegem"),
    ("Huisartsenkring Meetjesland", "zorg", "huisartsenkring", "Eeklo"),
    ("Regionale Psychologenkring Meetjesland", "zorg", "psychologenkring", "regio"),
    ("Regionaal Welzijnsoverleg Meetjesland", "welzijn", "welzijnsoverleg", "Eeklo"),
    ("Zorgbedrijf Meetjesland", "lokaal bestuur", "intergemeentelijke vereniging", "Eeklo"),
    ("Vrije CLB Archipel", "onderwijs", "CLB", "Eeklo"),
    ("Jeugddienst Eeklo", "Lokaal bestuur", "jeugddienst", "Eeklo"),
    ("Jeugddienst Maldegem", "lokaal_bestuur", "jeugddienst", "Maldegem"),
    ("De Toevlucht Aalter", "PZON (burgers, mantelzorgers, vrijwilligers)", "burgerinitiatief", "Aalter"),
    ("Liever Thuis LM", "pzon", "burgerinitiatief", "Lievegem"),
]
UNKNOWN_SECTOR_ORG = "De Brug vzw"

# expertise domain as typed -> key (short forms and labels; Zingeving is never used)
DOMAIN_FORMS = {
    "Gezonde levensstijl": "gezonde_levensstijl", "preventie": "gezonde_levensstijl",
    "Administratie": "administratie", "Diagnostiek": "diagnostiek",
    "medische aspecten": "medisch", "Medisch": "medisch", "geestelijke gezondheid": "medisch",
    "Onderwijs": "onderwijs", "Financiële aspecten": "financieel", "schulden": "financieel",
    "Juridische aspecten": "juridisch", "rechtshulp": "juridisch", "Werk": "werk",
    "tewerkstelling": "werk", "Vrijetijdsbesteding": "vrije_tijd", "vrije tijd": "vrije_tijd",
    "Huisvesting": "huisvesting", "wonen": "huisvesting", "Ondersteuning": "ondersteuning",
    "gezinsondersteuning": "ondersteuning", "mobiliteit": "ondersteuning",
    "Relationele of gezinsgerelateerde aspecten": "relationeel", "relationele aspecten": "relationeel",
    "Persoonlijk welbevinden": "welbevinden", "welbevinden": "welbevinden",
}
# the 14 expertise domain keys (elznet.vocabulary.EXPERTISE_DOMAINS)
ALL_DOMAIN_KEYS = ["gezonde_levensstijl", "administratie", "diagnostiek", "medisch", "onderwijs", "financieel",
                   "juridisch", "werk", "vrije_tijd", "huisvesting", "ondersteuning", "relationeel",
                   "zingeving", "welbevinden"]
FORMAL_FORMS = {"ja": True, "x": True, "Nee": False, "nee": False, "": None}


def P(org: str, person: str | None = None, as_: str | None = None) -> tuple[str, str | None, str]:
    """One partner: canonical name, person in parentheses (or None), text as written."""
    return (org, person, as_ if as_ is not None else org)


def I(naam: str, omschrijving: str, partners: list, trekker: str | None, domeinen: list[str],
      doelgroepen: list[str], gemeenten: list[str], model: str, niveau: str, formeel: str,
      permanent: str) -> dict:
    """One initiative row (written texts; trekker as written, None when empty)."""
    return dict(naam=naam, omschrijving=omschrijving, partners=partners, trekker=trekker,
                domeinen=domeinen, doelgroepen=doelgroepen, gemeenten=gemeenten, model=model,
                niveau=niveau, formeel=formeel, permanent=permanent)


RM = ["regio Meetjesland"]

# Groups of initiatives; 3 or 4 empty rows are written between groups.
GROUPS: list[list[dict]] = []

# --- gezin en opvoeding ---
GROUPS.append([
    I("Opvoedingswinkel Eeklo",
      "Gratis opvoedingsondersteuning voor ouders met kinderen van 0 tot 18 jaar: spreekuren, "
      "infoavonden en huisbezoeken.",
      [P("Huis van het Kind Eeklo", "K. De Smet"), P("Stad Eeklo"), P("Opgroeien regio Oost-Vlaanderen"),
       P("CAW Oost-Vlaanderen", "A. Peeters"), P("Bibliotheek Eeklo")],
      "Huis van het Kind Eeklo", ["Relationele of gezinsgerelateerde aspecten", "Ondersteuning"],
      ["ouders", "jonge gezinnen"], ["Eeklo"], "netwerkmodel", "operationeel", "ja", "permanent"),
    I("Warme buurten Eeklo ",
      "Buurtwerk in Eeklo-Noord dat kwetsbare gezinnen verbindt met buren, vrijwilligers en "
      "hulpverleners.",
      [P("Stad Eeklo"), P("Sociaal Huis Eeklo", "M. Van Hecke"),
       P("Huis van het Kind Eeklo", as_="Huis van het Kind Eeklo "),
       P("Vrijwilligerspunt Eeklo"), P("Armoedevereniging 't Ankerpunt Eeklo")],
      "Sociaal Huis Eeklo", ["Persoonlijk welbevinden", "Ondersteuning"],
      ["kwetsbare gezinnen", "buurtbewoners"], ["Eeklo"], "Teammodel", "operationeel", "x", "ad hoc"),
    I("Vroegdetectie kinderarmoede Evergem",
      "Huis van het Kind, kinderopvang en school signaleren gezinnen met financiële zorgen vroeg en "
      "leiden ze toe naar het Sociaal Huis.",
      [P("Huis van het Kind Evergem", "L. Claeys"), P("Sociaal Huis Evergem"),
       P("Kinderopvang De Pagadder Evergem"), P("Basisschool Het Kompas Evergem"),
       P("Opgroeien regio Oost-Vlaanderen")],
      "Huis van het Kind Evergem", ["Financiële aspecten", "Ondersteuning"],
      ["kwetsbare gezinnen", "kinderen 0-12"], ["Evergem"], "netwerkmodel", "operationeel", "ja", "permanent"),
    I("Ouder-kindwerking De Speelbabbel",
      "Wekelijkse ontmoeting voor ouders en peuters met spel, voorlezen en een opvoedingsondersteuner.",
      [P("Huis van het Kind Maldegem"), P("Gemeente Maldegem"), P("Bibliotheek Maldegem", as_="Bib Maldegem"),
       P("Familiezorg West-Vlaanderen")],
      "Huis van het Kind Maldegem", ["Relationele of gezinsgerelateerde aspecten"],
      ["jonge ouders", "kinderen 0-3"], ["Maldegem"], "supermarktmodel", "operationeel", "Nee", "permanent"),
    I("Samenwerking Huizen van het Kind Oost-Meetjesland",
      "Gezamenlijke planning en communicatie van het aanbod van de Huizen van het Kind in de zes "
      "gemeenten van Oost-Meetjesland.",
      [P("Huis van het Kind Eeklo", as_="Huis vh Kind Eeklo"), P("Huis van het Kind Assenede"),
       P("Huis van het Kind Evergem"), P("Huis van het Kind Kaprijke"), P("Huis van het Kind Sint-Laureins"),
       P("Huis van het Kind Zelzate"), P("Opgroeien regio Oost-Vlaanderen")],
      "Huis vh Kind Eeklo", ["Ondersteuning", "Relationele of gezinsgerelateerde aspecten"],
      ["gezinnen met kinderen"], ["Assenede", "Eeklo", "Evergem", "Kaprijke", "Sint-Laureins", "Zelzate"],
      "Netwerkmodel", "tactisch", "ja", "permanent"),
    I("Kraamzorg en postnatale thuisbegeleiding West-Meetjesland",
      "Kraamverzorgenden en vroedvrouwen begeleiden jonge gezinnen thuis in de eerste weken na de "
      "geboorte; het Huis van het Kind neemt daarna over.",
      [P("Familiezorg West-Vlaanderen", "H. Lievens"), P("Huis van het Kind Aalter"), P("Huis van het Kind Lievegem"),
       P("Huis van het Kind Maldegem"), P("Wit-Gele Kruis Meetjesland", as_="WGK Meetjesland"), P("Helan")],
      "Familiezorg West-Vlaanderen", ["Ondersteuning", "medische aspecten"],
      ["jonge ouders", "pasgeborenen"], ["Aalter", "Lievegem", "Maldegem"], "makelaarmodel", "operationeel",
      "ja", "permanent"),
    I("Kinderopvang voor werkzoekende ouders Zelzate",
      "Occasionele opvangplaatsen voor ouders die een opleiding of sollicitatie hebben, met "
      "toeleiding door VDAB en het Sociaal Huis.",
      [P("Sociaal Huis Zelzate", "E. Schelstraete"), P("Huis van het Kind Zelzate"), P("VDAB Eeklo"),
       P("Gemeente Zelzate")],
      None, ["Werk", "Ondersteuning"], ["werkzoekende ouders"], ["Zelzate"], "makelaarmodel",
      "operationeel", "", "ad hoc"),
    I("Voorleesmomenten voor anderstalige gezinnen",
      "Maandelijkse voorleesmomenten in de bibliotheek voor anderstalige ouders en kleuters, met "
      "info over het aanbod van het Huis van het Kind.",
      [P("Bibliotheek Zelzate"), P("Bibliotheek Evergem"), P("Huis van het Kind Zelzate"),
       P("Agentschap Integratie en Inburgering")],
      "Bibliotheek Zelzate", ["Onderwijs", "vrije tijd"], ["anderstalige gezinnen", "kleuters"],
      ["Zelzate", "Evergem"], "supermarktmodel", "operationeel", "nee", "permanent"),
    I("Opvoedingsondersteuning tieners Lievegem",
      "Oudergroep en individuele gesprekken voor ouders van tieners, met doorverwijzing naar het CGG "
      "bij zorgen over psychisch welzijn.",
      [P("Huis van het Kind Lievegem", "S. Maes"), P("Sociaal Huis Lievegem"), P("Gemeente Lievegem"),
       P("CGG Eclips", "A. Ryckaert")],
      "Huis van het Kind Lievegem", ["relationele aspecten", "Persoonlijk welbevinden"],
      ["ouders van tieners"], ["Lievegem"], "Netwerkmodel", "operationeel", "ja", "permanent"),
    I("Signaalpunt kindermishandeling Meetjesland",
      "Afspraken tussen scholen, CLB, politie en het Vertrouwenscentrum over het melden en opvolgen van "
      "vermoedens van kindermishandeling.",
      [P("Vertrouwenscentrum Kindermishandeling Oost-Vlaanderen"), P("Vrije CLB Archipel", "Y. De Pauw"),
       P("CLB GO! Deinze-Eeklo"), P("Politiezone Meetjesland Centrum", "O. Hoste"),
       P("Huis van het Kind Eeklo")],
      "Vertrouwenscentrum Kindermishandeling Oost-Vlaanderen",
      ["Juridische aspecten", "Relationele of gezinsgerelateerde aspecten"], ["kinderen", "jongeren"],
      RM, "makelaarmodel", "cliëntniveau", "ja", "permanent"),
])

# --- ouderen, zorg thuis en mantelzorg (holds the merged three-row initiative) ---
MERGED_NAME = "Lokaal netwerk dementie Meetjesland"
GROUPS.append([
    I(MERGED_NAME,
      "Netwerk rond personen met dementie en hun mantelzorgers: vorming, praatcafés en een gedeelde "
      "wegwijzer naar ondersteuning.",
      [P("Zorgbedrijf Meetjesland", "E. Mortier"), P("Mantelzorgplatform Meetjesland"),
       P("OKRA (regio Meetjesland)", "J. Dhondt")],
      "Zorgbedrijf Meetjesland", ["Ondersteuning", "Vrijetijdsbesteding", "medische aspecten"],
      ["personen met dementie", "mantelzorgers"], RM, "Netwerkmodel", "tactisch", "ja", "permanent"),
    I("Mantelzorgcafé Maldegem",
      "Maandelijkse ontmoeting voor mantelzorgers met een korte infosessie en lotgenotencontact.",
      [P("Lokaal Dienstencentrum Kleitkapel Maldegem"), P("Sociaal Huis Maldegem", "D. Van de Velde"),
       P("Mantelzorgplatform Meetjesland"), P("CM Midden-Vlaanderen", "R. Goethals")],
      "Lokaal Dienstencentrum Kleitkapel Maldegem", ["Persoonlijk welbevinden", "Ondersteuning"],
      ["mantelzorgers"], ["Maldegem"], "supermarktmodel", "operationeel", "Nee", "permanent"),
    I("Zorgoverleg thuiszorg Evergem",
      "Multidisciplinair overleg rond thuiswonende ouderen met complexe zorg, op vraag van huisarts "
      "of thuisverpleging.",
      [P("Sociaal Huis Evergem", "B. Wouters"), P("Wit-Gele Kruis Meetjesland", "T. Verhelst"),
       P("i-mens", "N. Bauwens"), P("Huisartsenpraktijk Kluizen"), P("Familiezorg Oost-Vlaanderen"),
       P("Apotheek Sleidinge")],
      "Sociaal Huis Evergem", ["Medisch", "Ondersteuning"], ["thuiswonende ouderen"], ["Evergem"],
      "Teammodel", "cliëntniveau", "ja", "permanent"),
    I("Zorgoverleg thuiszorg Aalter",
      "Overleg tussen huisartsen, thuisverpleging en gezinszorg rond ouderen die langer thuis willen "
      "blijven wonen.",
      [P("Sociaal Huis Aalter"), P("Huisartsenpraktijk De Lindeboom Aalter"),
       P("Wit-Gele Kruis Meetjesland", as_="Wit Gele Kruis Meetjesland"), P("Familiezorg West-Vlaanderen"),
       P("Apotheek Aalter-Brug"), P("De Toevlucht Aalter")],
      "Sociaal Huis Aalter", ["Medisch", "Ondersteuning"], ["thuiswonende ouderen", "mantelzorgers"],
      ["Aalter"], "Teammodel", "cliëntniveau", "x", "permanent"),
    I("Vrijwillige oppas bij personen met dementie",
      "Vrijwilligers nemen enkele uren de zorg over zodat de mantelzorger even op adem kan komen.",
      [P("i-mens", as_="I-Mens"), P("Samana Meetjesland"), P("Mantelzorgplatform Meetjesland"),
       P("Vrijwilligerspunt Eeklo")],
      "Samana Meetjesland", ["Ondersteuning"], ["mantelzorgers", "personen met dementie"],
      ["Eeklo"], "makelaarmodel", "operationeel", "", "permanent"),
    I("Woonzorgnetwerk Oost-Meetjesland",
      "Woonzorgcentra stemmen kortverblijf, dagverzorging en crisisopnames af en delen een "
      "wachtlijstoverzicht.",
      [P("WZC Sint-Vincentius Eeklo"), P("WZC Sint-Jozef Assenede"), P("WZC Ter Durme Evergem"),
       P("WZC De Kiekenhof Zelzate"), P("WZC Ter Linde Sint-Laureins"),
       P("Zorgbedrijf Meetjesland", as_="Zorgbedrijf Meetjesand")],
      "Zorgbedrijf Meetjesand", ["Huisvesting", "Medisch"], ["ouderen", "zorgbehoevende ouderen"],
      ["Oost-Meetjesland"], "netwerkmodel", "tactisch", "ja", "permanent"),
    I("Woonzorgnetwerk West-Meetjesland",
      "Afstemming tussen woonzorgcentra in Aalter, Lievegem en Maldegem over kortverblijf en "
      "dagverzorging.",
      [P("WZC Veilige Have"), P("WZC Ten Bos Waarschoot"), P("WZC Sint-Anna Maldegem"),
       P("Zorgraad West-Meetjesland", "I. Baert")],
      "Zorgraad West-Meetjesland", ["Huisvesting", "Medisch"], ["ouderen"],
      ["Aalter", "Lievegem", "Maldegem"], "netwerkmodel", "tactisch", "Nee", "permanent"),
    I("Buurtgerichte zorg Zomergem",
      "Het dienstencentrum en buren signaleren vereenzaamde ouderen; vrijwilligers gaan op bezoek.",
      [P("Lokaal Dienstencentrum Den Eeckhout Zomergem"), P("Sociaal Huis Lievegem"), P("Liever Thuis LM"),
       P("OKRA (regio Meetjesland)")],
      "Lokaal Dienstencentrum Den Eeckhout Zomergem", ["welbevinden", "vrije tijd"],
      ["alleenstaande ouderen"], ["Lievegem"], "Teammodel", "operationeel", "nee", "ad hoc"),
    I("Valpreventie 65+ Eeklo",
      "Beweegsessies, woningaanpassingsadvies en medicatienazicht om vallen bij ouderen te voorkomen.",
      [P("Lokaal Dienstencentrum Ter Engelen Eeklo"), P("Kinesitherapiepraktijk Meetjesland"),
       P("Apotheek Markt Eeklo"), P("Sportdienst Eeklo"), P("CM Midden-Vlaanderen")],
      "Lokaal Dienstencentrum Ter Engelen Eeklo", ["Gezonde levensstijl", "medische aspecten"],
      ["ouderen"], ["Eeklo"], "supermarktmodel", "operationeel", "", "ad hoc"),
    I("Mobiliteitspunt minder mobielen Assenede",
      "Vrijwillige chauffeurs brengen minder mobiele inwoners naar dokter, ziekenhuis of winkel.",
      [P("OCMW Assenede"), P("Lokaal Dienstencentrum De Notelaar Assenede"), P("Gemeente Assenede"),
       P("Rode Kruis Vlaanderen (afdeling Eeklo)")],
      "OCMW Assenede", ["mobiliteit"], ["minder mobiele inwoners", "ouderen"], ["Assenede"],
      "makelaarmodel", "operationeel", "ja", "permanent"),
    I("Ontslagmanagement AZ Alma – thuiszorg",
      "Afspraken tussen de sociale dienst van het ziekenhuis en de thuiszorgdiensten zodat patiënten "
      "bij ontslag meteen de nodige hulp thuis krijgen.",
      [P("AZ Alma", "M. Vandenberghe"), P("Wit-Gele Kruis Meetjesland", "T. Verhelst"),
       P("Familiezorg Oost-Vlaanderen", "F. Lippens"), P("i-mens"), P("Thuisverpleging Meetjesland-Noord"),
       P("Huisartsenkring Meetjesland")],
      "AZ Alma", ["Medisch", "Ondersteuning"], ["patiënten na ziekenhuisopname", "ouderen"], RM,
      "makelaarmodel", "tactisch", "ja", "permanent"),
    I("Zorgteam Liever Thuis Lievegem-Maldegem",
      "Burgerinitiatief waarin vrijwilligers, huisartsen en het Sociaal Huis samen kijken hoe ouderen "
      "thuis kunnen blijven wonen.",
      [P("Liever Thuis LM"), P("Huisartsenpraktijk Het Pleintje Lovendegem"), P("Sociaal Huis Maldegem"),
       P("Huisartsenpraktijk De Meersen Maldegem"), P("Apotheek Adegem")],
      "Liever Thuis LM", ["Ondersteuning", "welbevinden"], ["thuiswonende ouderen", "mantelzorgers"],
      ["Lievegem", "Maldegem"], "Teammodel", "cliëntniveau", "nee", "permanent"),
])

# --- armoede, wonen en financiën ---
GROUPS.append([
    I("Warme Buurt Eeklo-Noord",
      "Buurtgerichte werking in Eeklo-Noord om kwetsbare gezinnen en buren met elkaar en met "
      "hulpverlening te verbinden.",
      [P("Sociaal Huis Eeklo", as_="sociaal huis Eeklo"), P("Stad Eeklo"), P("Vrijwilligerspunt Eeklo"),
       P("CAW Oost-Vlaanderen", as_="CAW O-Vl")],
      "Stad Eeklo", ["welbevinden", "gezinsondersteuning"], ["kwetsbare gezinnen"], ["Eeklo"],
      "Teammodel", "operationeel", "ja", "ad hoc"),
    I("Vroegtijdige detectie kinderarmoede (Evergem)",
      "Sociaal Huis en Huis van het Kind sporen gezinnen met kinderen in armoede vroeg op via "
      "kinderopvang en consultatiebureau.",
      [P("Sociaal Huis Evergem", "B. Wouters"), P("Huis van het Kind Evergem"),
       P("Kinderopvang De Pagadder Evergem"), P("Gemeente Evergem")],
      "Sociaal Huis Evergem", ["Financiële aspecten", "gezinsondersteuning"],
      ["gezinnen in armoede", "jonge kinderen"], ["Evergem"], "Netwerkmodel", "operationeel", "Nee",
      "permanent"),
    I("Schuldhulpverlening Meetjesland",
      "Budgetbegeleiding en collectieve schuldenregeling met een gezamenlijke intake door CAW en "
      "sociale huizen.",
      [P("CAW Oost-Vlaanderen", "A. Peeters"), P("Sociaal Huis Eeklo", "M. Van Hecke"),
       P("Sociaal Huis Maldegem"), P("OCMW Kaprijke"), P("OCMW Sint-Laureins"), P("Sociaal Huis Zelzate")],
      "CAW Oost-Vlaanderen", ["schulden", "Juridische aspecten"], ["mensen met schulden"], RM,
      "makelaarmodel", "operationeel", "ja", "permanent"),
    I("Woonbegeleiding kwetsbare huurders",
      "Woonbegeleiders ondersteunen sociale huurders met betalingsachterstand of woonproblemen om "
      "uithuiszetting te voorkomen.",
      [P("Woonmaatschappij Meetjesland", "C. Rogiers"), P("CAW Oost-Vlaanderen", as_="caw oost vlaanderen"),
       P("Sociaal Verhuurkantoor Meetjesland"), P("Sociaal Huis Evergem"), P("Sociaal Huis Eeklo")],
      "Woonmaatschappij Meetjesland", ["Huisvesting", "Financiële aspecten"],
      ["kwetsbare huurders"], ["Eeklo", "Evergem"], "Teammodel", "cliëntniveau", "x", "permanent"),
    I("Lokaal woonoverleg Aalter",
      "Overleg over dak- en thuisloosheid, noodwoningen en de sociale huurmarkt in Aalter.",
      [P("Gemeente Aalter", "H. Van Acker"), P("Sociaal Huis Aalter"),
       P("Woonmaatschappij Meetjesland", as_="Woonmaatschapij Meetjesland"), P("CAW Oost-Vlaanderen")],
      "Gemeente Aalter", ["Huisvesting"], ["dak- en thuislozen", "kwetsbare huurders"], ["Aalter"],
      "Netwerkmodel", "strategisch", "ja", "permanent"),
    I("Voedselhulp Meetjesland",
      "Verdeling van voedselpakketten via sociale huizen en vrijwilligers, met doorverwijzing naar "
      "het sociaal restaurant.",
      [P("Voedselbank Meetjesland"), P("Sociaal Restaurant Eeklo"), P("Sociaal Huis Eeklo"),
       P("OCMW Assenede"), P("Sociaal Huis Lievegem"), P("Rode Kruis Vlaanderen (afdeling Eeklo)")],
      "Voedselbank Meetjesland", ["Ondersteuning", "Financiële aspecten"],
      ["mensen in armoede", "kwetsbare gezinnen"], RM, "makelaarmodel", "operationeel", "", "permanent"),
    I("Armoedeoverleg Oost-Meetjesland",
      "Lokale besturen, armoedeverenigingen en het CAW bespreken knelpunten in armoedebestrijding en "
      "stemmen hun acties af.",
      [P("Welzijnsband Meetjesland", "K. Dobbelaere"), P("Armoedevereniging 't Ankerpunt Eeklo"),
       P("Gemeente Kaprijke", as_="GEMEENTE KAPRIJKE"), P("Gemeente Assenede"), P("Gemeente Zelzate"),
       P("CAW Oost-Vlaanderen", "A. Peeters, N. Goossens")],
      "Welzijnsband Meetjesland", ["Financiële aspecten", "Huisvesting", "Administratie"],
      ["mensen in armoede"], ["Oost-Meetjesland"], "Netwerkmodel", "strategisch", "ja", "permanent"),
    I("Energiesnoeiers Meetjesland",
      "Gratis energiescan en kleine ingrepen in woningen van kwetsbare huurders en eigenaars.",
      [P("Veneco"), P("Woonmaatschappij Meetjesland"), P("Sociaal Huis Maldegem"), P("Gemeente Maldegem"),
       P("Maatwerkbedrijf Meetjesland")],
      "Veneco", ["wonen", "Financiële aspecten"], ["kwetsbare huurders", "eigenaars met laag inkomen"],
      ["Maldegem", "Eeklo"], "makelaarmodel", "operationeel", "ja", "ad hoc"),
    I("Administratieve hulp zitdagen Sint-Laureins",
      "Maandelijkse zitdag waar inwoners hulp krijgen bij formulieren, belastingaangifte en "
      "premies.",
      [P("OCMW Sint-Laureins"), P("Gemeente Sint-Laureins"), P("Solidaris Oost-Vlaanderen"),
       P("CM Midden-Vlaanderen")],
      None, ["Administratie"], ["ouderen", "laaggeletterden"], ["Sint-Laureins"], "supermarktmodel",
      "operationeel", "", "ad hoc"),
    I("Uitbreiding rechten (automatische rechtentoekenning)",
      "Proactief opsporen van inwoners die recht hebben op verhoogde tegemoetkoming of premies maar "
      "ze niet aanvragen.",
      [P("Helan"), P("CM Midden-Vlaanderen", "R. Goethals"), P("Solidaris Oost-Vlaanderen", "B. De Wilde"),
       P("Sociaal Huis Zelzate", "E. Schelstraete"), P("Sociaal Huis Evergem")],
      "Sociaal Huis Zelzate", ["Administratie", "Financiële aspecten"],
      ["mensen met laag inkomen"], ["Zelzate", "Evergem"], "makelaarmodel", "operationeel", "ja", "permanent"),
    I("Tweedehandskledij en huisraad voor gezinnen",
      "Waardebonnen voor de kringwinkel voor gezinnen die door het Sociaal Huis worden begeleid.",
      [P("Kringwinkel Meetjesland", "S. Van Laere"), P("Sociaal Huis Eeklo"), P("OCMW Kaprijke"),
       P("De Brug vzw")],
      "Kringwinkel Meetjesland", ["Ondersteuning"], ["kwetsbare gezinnen"], ["Eeklo", "Kaprijke"],
      "supermarktmodel", "operationeel", "Nee", "permanent"),
    I("Noodopvang dak- en thuislozen winter",
      "Winteropvang met bed, maaltijd en begeleiding naar een vaste woonplek.",
      [P("CAW Oost-Vlaanderen", "A. Peeters"), P("Stad Eeklo"), P("De Brug vzw"), P("Sociaal Restaurant Eeklo"),
       P("Straathoekwerk Meetjesland")],
      "CAW Oost-Vlaanderen", ["Huisvesting", "Ondersteuning"], ["dak- en thuislozen"], ["Eeklo"],
      "Teammodel", "operationeel", "x", "ad hoc"),
])

# --- geestelijke gezondheid en welbevinden ---
GROUPS.append([
    I("Zorgpad suïcidepreventie jongeren",
      "Regionale afspraken over doorverwijzing, crisis en nazorg bij suïcidale jongeren (zie ook de "
      "aparte netwerkkaart).",
      [P("Regionaal Welzijnsoverleg Meetjesland", "J. Van Damme"), P("AZ Alma", as_="AZ ALMA"),
       P("CGG Eclips", "A. Ryckaert"), P("JAC Eeklo", "L. Standaert"),
       P("Vrije CLB Archipel", as_="Vrije clb Archipel"),
       P("CLB GO! Deinze-Eeklo"), P("Politiezone Meetjesland Centrum", "O. Hoste"),
       P("Netwerk GGZ Kinderen en Jongeren Oost-Vlaanderen")],
      "Regionaal Welzijnsoverleg Meetjesland", ["geestelijke gezondheid", "Persoonlijk welbevinden"],
      ["jongeren", "ouders"], RM, "Netwerkmodel", "tactisch", "ja", "permanent"),
    I("Eerstelijnspsychologische zorg Meetjesland",
      "Terugbetaalde sessies bij eerstelijnspsychologen met verwijzing door huisarts, CAW of CLB.",
      [P("Regionale Psychologenkring Meetjesland"), P("Huisartsenkring Meetjesland", "G. Cornelis"),
       P("Huisartsenkring Vemehak", as_="Huisartskring Vemehak"), P("CAW Oost-Vlaanderen"),
       P("CGG Eclips", as_="cgg eclips")],
      "Regionale Psychologenkring Meetjesland", ["geestelijke gezondheid", "Diagnostiek"],
      ["volwassenen", "jongeren"], RM, "kringwerking", "operationeel", "ja", "permanent"),
    I("Praatgroep eenzaamheid Zelzate",
      "Wekelijkse praatgroep voor inwoners die zich eenzaam voelen, begeleid door een "
      "maatschappelijk werker en vrijwilligers.",
      [P("Lokaal Dienstencentrum Het Klaverblad Zelzate"), P("Sociaal Huis Zelzate"),
       P("PC Sint-Jan Baptist Zelzate")],
      "Lokaal Dienstencentrum Het Klaverblad Zelzate", ["welbevinden"], ["eenzame volwassenen", "ouderen"],
      ["Zelzate"], "supermarktmodel", "operationeel", "nee", "permanent"),
    I("Nazorg na psychiatrische opname Zelzate-Evergem",
      "Na ontslag uit het psychiatrisch centrum volgen het Sociaal Huis en de huisarts de patiënt "
      "thuis op; afspraken over wonen en inkomen.",
      [P("PC Sint-Jan Baptist Zelzate"), P("Sociaal Huis Zelzate"), P("Sociaal Huis Evergem"),
       P("Huisartsenpraktijk Kluizen"), P("Politiezone Assenede-Evergem")],
      "PC Sint-Jan Baptist Zelzate", ["geestelijke gezondheid", "Huisvesting"],
      ["volwassenen met psychische kwetsbaarheid"], ["Zelzate", "Evergem"], "Teammodel", "cliëntniveau",
      "ja", "permanent"),
    I("Mentaal welzijn bij werkzoekenden",
      "Trajectbegeleiders van VDAB en psychologen werken samen voor werkzoekenden met psychische "
      "drempels.",
      [P("VDAB Eeklo", "V. Tack"), P("GTB Oost-Vlaanderen"), P("CGG Eclips"),
       P("Regionale Psychologenkring Meetjesland")],
      "VDAB Eeklo", ["Werk", "geestelijke gezondheid"], ["werkzoekenden met psychische kwetsbaarheid"],
      RM, "Teammodel", "cliëntniveau", "ja", "permanent"),
    I("Zelfhulpgroepen Meetjesland",
      "Ondersteuning van zelfhulpgroepen (rouw, verslaving, chronische pijn) met een gedeelde "
      "ontmoetingsruimte.",
      [P("Trefpunt Zelfhulp"), P("Samana Meetjesland"), P("Bibliotheek Eeklo"), P("Stad Eeklo")],
      "Trefpunt Zelfhulp", ["welbevinden", "relationele aspecten"], ["lotgenoten", "chronisch zieken"],
      RM, "supermarktmodel", "operationeel", "nee", "permanent"),
    I("Crisiskaart psychische crisis Meetjesland",
      "Een gedeelde kaart met wie te bellen bij een psychische crisis, voor politie, huisartsenwachtpost "
      "en spoed.",
      [P("Huisartsenwachtpost Meetjesland"), P("AZ Alma", "M. Vandenberghe"), P("Politiezone Meetjesland Centrum"),
       P("Politiezone Maldegem"), P("Politiezone Aalter"), P("Netwerk GGZ Kinderen en Jongeren Oost-Vlaanderen")],
      "Huisartsenwachtpost Meetjesland", ["geestelijke gezondheid", "rechtshulp"],
      ["mensen in psychische crisis"], RM, "makelaarmodel", "tactisch", "ja", "permanent"),
    I("Geestelijke gezondheid op het werk in de sociale economie",
      "Vorming voor begeleiders in maatwerkbedrijven over psychische kwetsbaarheid bij werknemers.",
      [P("Maatwerkbedrijf Meetjesland"), P("Dienstenchequebedrijf Meetjesland"), P("CGG Eclips"),
       P("GTB Oost-Vlaanderen")],
      "Maatwerkbedrijf Meetjesland", ["tewerkstelling", "welbevinden"], ["werknemers sociale economie"],
      ["Eeklo", "Maldegem"], "netwerkmodel", "operationeel", "nee", "ad hoc"),
    I("Psycho-educatie voor naasten",
      "Infoavonden voor familie en naasten van mensen met een psychische kwetsbaarheid.",
      [P("CGG Eclips", "A. Ryckaert"), P("Solidaris Oost-Vlaanderen"), P("Bibliotheek Aalter"),
       P("Sociaal Huis Aalter")],
      "CGG Eclips", ["geestelijke gezondheid", "Relationele of gezinsgerelateerde aspecten"],
      ["naasten", "mantelzorgers"], ["Aalter", "Eeklo"], "supermarktmodel", "operationeel", "", "ad hoc"),
    I("Wijkgezondheidscentrum en CAW samen aan tafel",
      "Maandelijks casusoverleg tussen het wijkgezondheidscentrum en het CAW over patiënten met "
      "sociale en psychische noden.",
      [P("Wijkgezondheidscentrum De Zuidpoort Eeklo"), P("CAW Oost-Vlaanderen", "A. Peeters"),
       P("Sociaal Huis Eeklo", "M. Van Hecke en T. Lambert")],
      "Wijkgezondheidscentrum De Zuidpoort Eeklo", ["Medisch", "Persoonlijk welbevinden"],
      ["kwetsbare patiënten"], ["Eeklo"], "Teammodel", "cliëntniveau", "x", "permanent"),
])

# --- jongeren en onderwijs ---
GROUPS.append([
    I("Spijbelpreventie Eeklo",
      "Scholen, CLB en politie volgen spijbelende leerlingen samen op met een stappenplan.",
      [P("GO! atheneum Eeklo"), P("Sint-Vincentiuscollege Eeklo"), P("CLB GO! Deinze-Eeklo"),
       P("Vrije CLB Archipel", "Y. De Pauw"), P("Politiezone Meetjesland Centrum"), P("Stad Eeklo")],
      "Stad Eeklo", ["Onderwijs", "Juridische aspecten"], ["leerlingen secundair onderwijs"], ["Eeklo"],
      "Netwerkmodel", "tactisch", "ja", "permanent"),
    I("JAC-zitdag in jeugdhuizen",
      "Een JAC-medewerker is maandelijks aanwezig in de jeugdhuizen voor anonieme vragen van jongeren.",
      [P("JAC Eeklo", "L. Standaert"), P("Jeugdhuis De Kroeg Eeklo"), P("Jeugdhuis 't Klokhuis Maldegem"),
       P("Jeugdhuis De Pit Kaprijke"), P("Jeugddienst Eeklo")],
      "JAC Eeklo", ["welbevinden", "relationele aspecten"], ["jongeren"], ["Eeklo", "Maldegem", "Kaprijke"],
      "supermarktmodel", "operationeel", "nee", "ad hoc"),
    I("Huiswerkbegeleiding Evergem",
      "Vrijwilligers begeleiden kinderen uit kwetsbare gezinnen bij hun huiswerk in de bibliotheek.",
      [P("Bibliotheek Evergem"), P("Basisschool Het Kompas Evergem"), P("Jeugddienst Evergem"),
       P("Vrijwilligerspunt Eeklo")],
      "Bibliotheek Evergem", ["Onderwijs"], ["kinderen lager onderwijs", "kwetsbare gezinnen"], ["Evergem"],
      "supermarktmodel", "operationeel", "", "permanent"),
    I("Brede school Assenede",
      "School, bibliotheek en jeugddienst bieden samen naschoolse activiteiten aan voor alle kinderen.",
      [P("Basisschool De Vlieger Assenede"), P("Bibliotheek Assenede"), P("Jeugddienst Assenede"),
       P("Gemeente Assenede")],
      "Basisschool De Vlieger Assenede", ["Onderwijs", "Vrijetijdsbesteding"], ["kinderen"], ["Assenede"],
      "Netwerkmodel", "operationeel", "nee", "permanent"),
    I("Leerlingenbegeleiding en welzijn Maldegem",
      "De middenschool en het CLB werken samen met de jeugddienst rond pesten en welbevinden.",
      [P("Middenschool Maldegem"), P("Vrije CLB Archipel"), P("Jeugddienst Maldegem"),
       P("Huis van het Kind Maldegem")],
      "Middenschool Maldegem", ["Onderwijs", "Persoonlijk welbevinden"], ["leerlingen 12-14"], ["Maldegem"],
      "Teammodel", "operationeel", "ja", "permanent"),
    I("Time-out traject jongeren Aalter",
      "Jongeren die dreigen uit te vallen op school krijgen een kort traject buiten de school met "
      "vrijwilligerswerk en begeleiding.",
      [P("Sint-Gerolfinstituut Aalter"), P("Jeugddienst Aalter"), P("Sociaal Huis Aalter"),
       P("Uit De Marge")],
      "Sint-Gerolfinstituut Aalter", ["Onderwijs", "welbevinden"], ["jongeren met schooluitval"], ["Aalter"],
      "Teammodel", "cliëntniveau", "Nee", "ad hoc"),
    I("Jongerenwerking kwetsbare jongeren Lievegem",
      "Jeugdwerk op pleinen en in de jeugdlokalen voor jongeren die de weg naar het georganiseerde "
      "jeugdwerk niet vinden.",
      [P("Jeugddienst Lievegem"), P("Uit De Marge"), P("Sociaal Huis Lievegem"), P("Politiezone Lievegem")],
      "Jeugddienst Lievegem", ["Vrijetijdsbesteding", "welbevinden"], ["kwetsbare jongeren"], ["Lievegem"],
      "Netwerkmodel", "operationeel", "nee", "permanent"),
    I("Straathoekwerk jongeren Eeklo-Zelzate",
      "Straathoekwerkers leggen contact met jongeren op straat en leiden hen toe naar JAC, CAW of "
      "jeugdwerk.",
      [P("Straathoekwerk Meetjesland"), P("JAC Eeklo"), P("Jeugddienst Zelzate"), P("Stad Eeklo"),
       P("Gemeente Zelzate")],
      "Straathoekwerk Meetjesland", ["welbevinden", "Huisvesting"], ["kwetsbare jongeren"],
      ["Eeklo", "Zelzate"], "Teammodel", "operationeel", "x", "permanent"),
    I("Alfabetisering en NT2 voor ouders",
      "Lessen Nederlands en basisvaardigheden voor ouders, gekoppeld aan de school van hun kinderen.",
      [P("Leerpunt Gent-Meetjesland-Leieland"), P("Agentschap Integratie en Inburgering"),
       P("Basisschool Het Kompas Evergem"), P("Huis van het Kind Evergem")],
      "Leerpunt Gent-Meetjesland-Leieland", ["Onderwijs"], ["anderstalige ouders", "laaggeletterden"],
      ["Evergem"], "supermarktmodel", "operationeel", "ja", "permanent"),
    I("Preventie middelengebruik jongeren",
      "Vorming over alcohol en drugs voor scholen en jeugdhuizen, met een infostand op fuiven.",
      [P("CGG Eclips"), P("GO! atheneum Eeklo"), P("Jeugdhuis De Kroeg Eeklo"), P("Politiezone Maldegem"),
       P("Jeugddienst Maldegem")],
      "CGG Eclips", ["Gezonde levensstijl", "preventie"], ["jongeren"], ["Eeklo", "Maldegem"],
      "netwerkmodel", "operationeel", "nee", "ad hoc"),
    I("Vakantiejobs en eerste werkervaring",
      "Jongeren uit kwetsbare gezinnen krijgen een vakantiejob bij gemeentelijke diensten, met "
      "begeleiding.",
      [P("VDAB Eeklo"), P("Gemeente Evergem"), P("Jeugddienst Evergem"), P("Sportdienst Evergem")],
      "Gemeente Evergem", ["Werk"], ["jongeren 16-18"], ["Evergem"], "makelaarmodel", "operationeel",
      "", "ad hoc"),
])

# --- werk en activering ---
GROUPS.append([
    I("Activeringstraject leefloners Meetjesland",
      "Trajecten naar werk of opleiding voor mensen met een leefloon, met gezamenlijke opvolging "
      "door VDAB en sociale huizen.",
      [P("VDAB Eeklo", "V. Tack"), P("Sociaal Huis Eeklo"), P("Sociaal Huis Maldegem", "D. Van de Velde"),
       P("OCMW Assenede"), P("GTB Oost-Vlaanderen")],
      "VDAB Eeklo", ["Werk", "Financiële aspecten"], ["leefloners", "werkzoekenden"], RM,
      "makelaarmodel", "operationeel", "ja", "permanent"),
    I("Arbeidszorg in de kringwinkel",
      "Onbetaalde maar begeleide arbeid voor mensen die (nog) niet in het normale arbeidscircuit "
      "terechtkunnen.",
      [P("Kringwinkel Meetjesland"), P("Maatwerkbedrijf Meetjesland"), P("CAW Oost-Vlaanderen"),
       P("De Brug vzw")],
      "Kringwinkel Meetjesland", ["tewerkstelling", "welbevinden"], ["mensen met afstand tot werk"],
      ["Eeklo"], "Teammodel", "cliëntniveau", "nee", "permanent"),
    I("Jobcoaching mensen met een beperking",
      "Jobcoaches begeleiden mensen met een arbeidsbeperking naar en op de werkvloer.",
      [P("GTB Oost-Vlaanderen"), P("VDAB Eeklo"), P("Dienst Ondersteuningsplan Oost-Vlaanderen"),
       P("Maatwerkbedrijf Meetjesland")],
      "GTB Oost-Vlaanderen", ["Werk", "Ondersteuning"], ["personen met een beperking"], RM,
      "makelaarmodel", "cliëntniveau", "ja", "permanent"),
    I("Werkwinkel-zitdag Maldegem",
      "Wekelijkse zitdag van de VDAB in het Sociaal Huis van Maldegem.",
      [P("VDAB Eeklo"), P("Sociaal Huis Maldegem"), P("Gemeente Maldegem")],
      None, ["Werk"], ["werkzoekenden"], ["Maldegem"], "supermarktmodel", "operationeel", "Nee", "permanent"),
    I("Dienstencheques voor kwetsbare ouderen",
      "Huishoudhulp met dienstencheques voor ouderen met een laag inkomen, aangevuld door het Sociaal Huis.",
      [P("Dienstenchequebedrijf Meetjesland"), P("Sociaal Huis Lievegem"), P("Sociaal Huis Aalter"),
       P("Zorgbedrijf Meetjesland")],
      "Dienstenchequebedrijf Meetjesland", ["Ondersteuning", "tewerkstelling"],
      ["ouderen met laag inkomen"], ["Lievegem", "Aalter"], "makelaarmodel", "operationeel", "", "ad hoc"),
    I("Taal op de werkvloer",
      "Nederlands leren op de werkvloer voor anderstalige werknemers in maatwerk- en "
      "dienstenchequebedrijven.",
      [P("Leerpunt Gent-Meetjesland-Leieland"), P("Maatwerkbedrijf Meetjesland"),
       P("Dienstenchequebedrijf Meetjesland"), P("Agentschap Integratie en Inburgering")],
      "Leerpunt Gent-Meetjesland-Leieland", ["Onderwijs", "Werk"], ["anderstalige werknemers"], RM,
      "netwerkmodel", "operationeel", "ja", "ad hoc"),
    I("Vrijwilligerswerk als opstap",
      "Begeleiding van werkzoekenden naar vrijwilligerswerk als eerste stap naar betaald werk.",
      [P("Vrijwilligerspunt Eeklo"), P("VDAB Eeklo"), P("Rode Kruis Vlaanderen (afdeling Eeklo)"),
       P("Cultuurcentrum De Herbakker")],
      "Vrijwilligerspunt Eeklo", ["Werk", "vrije tijd"], ["werkzoekenden", "nieuwkomers"], ["Eeklo"],
      "supermarktmodel", "operationeel", "nee", "permanent"),
])

# --- vrije tijd, sport en ontmoeting ---
GROUPS.append([
    I("Praatcafé voor mantelzorgers Maldegem",
      "Ontmoetingsmoment voor mantelzorgers in het dienstencentrum, met info en lotgenotencontact, "
      "elke maand.",
      [P("Lokaal Dienstencentrum Kleitkapel Maldegem"), P("Sociaal Huis Maldegem"), P("Samana Meetjesland")],
      None, ["welbevinden", "Ondersteuning"], ["mantelzorgers"], ["Maldegem"], "", "operationeel", "",
      "permanent"),
    I("Vrijetijdspas Meetjesland",
      "Korting op sport, cultuur en jeugdwerk voor inwoners met een laag inkomen, geldig in "
      "deelnemende gemeenten.",
      [P("Rap op Stap Meetjesland"), P("Gemeente Evergem"), P("Gemeente Maldegem"), P("Stad Eeklo"),
       P("Sportregio Meetjesland"), P("Cultuurcentrum De Herbakker")],
      "Rap op Stap Meetjesland", ["Vrijetijdsbesteding", "Financiële aspecten"],
      ["mensen met laag inkomen", "kwetsbare gezinnen"], ["Evergem", "Maldegem", "Eeklo"],
      "supermarktmodel", "operationeel", "ja", "permanent"),
    I("Bewegen op verwijzing",
      "Huisartsen verwijzen inactieve patiënten naar een beweegcoach en het sportaanbod in de gemeente.",
      [P("Huisartsenkring Meetjesland", "G. Cornelis"), P("Sportdienst Eeklo"), P("Sportdienst Zelzate"),
       P("Sportregio Meetjesland"), P("Kinesitherapiepraktijk Meetjesland")],
      "Huisartsenkring Meetjesland", ["Gezonde levensstijl", "vrije tijd"],
      ["inactieve volwassenen", "chronisch zieken"], ["Eeklo", "Zelzate"], "kringwerking", "operationeel",
      "ja", "permanent"),
    I("Seniorensport Lievegem en Aalter",
      "Wekelijkse beweegnamiddagen voor 55-plussers in samenwerking met de dienstencentra.",
      [P("Sportdienst Lievegem"), P("Sportdienst Aalter"), P("Lokaal Dienstencentrum Den Hoek Aalter"),
       P("OKRA (regio Meetjesland)"), P("Bibliotheek Lievegem")],
      "Sportdienst Lievegem", ["Gezonde levensstijl", "Vrijetijdsbesteding"], ["ouderen"],
      ["Lievegem", "Aalter"], "supermarktmodel", "operationeel", "nee", "permanent"),
    I("Boek aan huis",
      "Vrijwilligers brengen boeken aan huis bij wie niet meer naar de bibliotheek kan.",
      [P("Bibliotheek Kaprijke"), P("Bibliotheek Sint-Laureins"), P("Bibliotheek Assenede"),
       P("Vrijwilligerspunt Eeklo")],
      "Bibliotheek Kaprijke", ["vrije tijd"], ["minder mobiele ouderen"], ["Kaprijke", "Sint-Laureins", "Assenede"],
      "supermarktmodel", "operationeel", "Nee", "permanent"),
    I("Zomerkampen voor kinderen in armoede",
      "Jeugddiensten reserveren plaatsen op kampen en speelpleinen voor kinderen uit gezinnen in armoede.",
      [P("Jeugddienst Zelzate"), P("Jeugddienst Assenede"), P("Rap op Stap Meetjesland"), P("Sociaal Huis Zelzate"),
       P("Uit De Marge")],
      "Rap op Stap Meetjesland", ["Vrijetijdsbesteding"], ["kinderen in armoede"], ["Zelzate", "Assenede"],
      "makelaarmodel", "operationeel", "", "ad hoc"),
    I("Repair Café en ontmoeting",
      "Maandelijks herstelcafé waar buren samen spullen herstellen en elkaar leren kennen.",
      [P("Vormingplus Gent-Eeklo"), P("Lokaal Dienstencentrum De Loods Ertvelde"), P("Kringwinkel Meetjesland"),
       P("Bibliotheek Evergem")],
      "Vormingplus Gent-Eeklo", ["vrije tijd", "welbevinden"], ["buurtbewoners"], ["Evergem"],
      "supermarktmodel", "operationeel", "nee", "ad hoc"),
    I("Cultuur voor iedereen",
      "Gratis tickets en begeleid cultuurbezoek voor mensen in armoede en nieuwkomers.",
      [P("Cultuurcentrum De Herbakker"), P("Vormingplus Gent-Eeklo"), P("Armoedevereniging 't Ankerpunt Eeklo"),
       P("Agentschap Integratie en Inburgering")],
      "Cultuurcentrum De Herbakker", ["Vrijetijdsbesteding"], ["mensen in armoede", "nieuwkomers"],
      ["Eeklo"], "supermarktmodel", "operationeel", "ja", "permanent"),
    I("Sportsnack op school",
      "Sportdiensten organiseren na de schooluren laagdrempelige sportinitiatie op school.",
      [P("Sportdienst Maldegem"), P("Middenschool Maldegem"), P("Sportregio Meetjesland"),
       P("Sint-Vincentiuscollege Eeklo")],
      "Sportdienst Maldegem", ["Gezonde levensstijl", "Vrijetijdsbesteding"], ["leerlingen"],
      ["Maldegem", "Eeklo"], "netwerkmodel", "operationeel", "nee", "ad hoc"),
])

# --- eerstelijnszorg, beleid en veiligheid ---
GROUPS.append([
    I("Zorgraad Oost-Meetjesland",
      "Bestuursorgaan van de eerstelijnszone met vertegenwoordigers van zorg, welzijn, lokale besturen "
      "en burgers.",
      [P("Zorgraad Oost-Meetjesland", "W. De Vos"), P("Huisartsenkring Meetjesland"), P("Stad Eeklo"),
       P("Gemeente Evergem"), P("CAW Oost-Vlaanderen"), P("KOVAG"), P("Regionale Psychologenkring Meetjesland")],
      "Zorgraad Oost-Meetjesland", ["Medisch", "Ondersteuning", "Persoonlijk welbevinden"],
      ["alle inwoners"], ["Oost-Meetjesland"], "Netwerkmodel", "strategisch", "ja", "permanent"),
    I("Zorgraad West-Meetjesland",
      "Bestuursorgaan van de eerstelijnszone West-Meetjesland (Aalter, Lievegem, Maldegem).",
      [P("Zorgraad West-Meetjesland", "I. Baert"), P("Huisartsenkring Vemehak", "P. Vercruysse"), P("KOVAG"),
       P("ZorgConnect"), P("CM Midden-Vlaanderen"), P("Familiezorg West-Vlaanderen"), P("WZC Veilige Have"),
       P("Vrije CLB Archipel"), P("CAW Oost-Vlaanderen"), P("Gemeente Aalter"), P("Gemeente Lievegem"),
       P("Gemeente Maldegem"), P("De Toevlucht Aalter"), P("Liever Thuis LM")],
      "Zorgraad West-Meetjesland", ["Medisch", "Ondersteuning", "Persoonlijk welbevinden"],
      ["alle inwoners"], ["Aalter", "Lievegem", "Maldegem"], "Netwerkmodel", "strategisch", "ja", "permanent"),
    I("Medicatieschema en huisapotheek",
      "Apothekers en huisartsen stemmen medicatieschema's af voor thuiswonende chronische patiënten.",
      [P("KOVAG"), P("Apotheek Lembeke"), P("Apotheek Boekhoute"), P("Apotheek Kanaalzone Zelzate"),
       P("Huisartsenkring Meetjesland")],
      "KOVAG", ["Medisch"], ["chronisch zieken", "ouderen"], ["Kaprijke", "Assenede", "Zelzate"],
      "kringwerking", "operationeel", "nee", "permanent"),
    I("Digitaal zorgplatform eerstelijn",
      "Gedeeld elektronisch platform voor overleg en taakverdeling rond patiënten thuis.",
      [P("ZorgConnect"), P("Huisartsenkring Vemehak"), P("Thuisverpleging Meetjesland-Noord"),
       P("Wit-Gele Kruis Meetjesland", as_="WGK Meetjesland")],
      "ZorgConnect", ["Administratie", "Medisch"], ["patiënten met complexe zorg"], ["West-Meetjesland"],
      "netwerkmodel", "tactisch", "ja", "ad hoc"),
    I("Persoonsvolgende financiering: infopunt",
      "Informatie en begeleiding bij het aanvragen van een persoonsvolgend budget voor personen met "
      "een beperking.",
      [P("Dienst Ondersteuningsplan Oost-Vlaanderen"), P("Helan"), P("Sociaal Huis Eeklo")],
      "Dienst Ondersteuningsplan Oost-Vlaanderen", ["Administratie", "Ondersteuning"],
      ["personen met een beperking"], RM, "makelaarmodel", "cliëntniveau", "ja", "permanent"),
    I("Intrafamiliaal geweld: ketenaanpak",
      "Politie, CAW en justitie bespreken samen situaties van intrafamiliaal geweld en stemmen de "
      "aanpak af.",
      [P("Politiezone Meetjesland Centrum", "O. Hoste"), P("Politiezone Assenede-Evergem"),
       P("CAW Oost-Vlaanderen", as_="CAW O-Vl"), P("Vertrouwenscentrum Kindermishandeling Oost-Vlaanderen"),
       P("Stad Eeklo")],
      "Politiezone Meetjesland Centrum", ["Juridische aspecten", "Relationele of gezinsgerelateerde aspecten"],
      ["slachtoffers van geweld", "gezinnen"], ["Eeklo", "Assenede", "Evergem"], "Teammodel", "cliëntniveau",
      "ja", "permanent"),
    I("Lokaal sociaal beleid Meetjesland",
      "Intergemeentelijk overleg over sociaal beleid, met gedeelde data en een gezamenlijk "
      "meerjarenplan.",
      [P("Welzijnsband Meetjesland"), P("Veneco"), P("Regionaal Welzijnsoverleg Meetjesland"),
       P("Gemeente Sint-Laureins"), P("Gemeente Kaprijke"), P("Gemeente Lievegem")],
      "Welzijnsband Meetjesland", ["Administratie", "Huisvesting", "Financiële aspecten"],
      ["lokale besturen"], RM, "Netwerkmodel", "strategisch", "ja", "permanent"),
    I("Huisartsenwachtpost en apotheek van wacht",
      "Afspraken tussen de wachtpost en de apotheken van wacht over doorverwijzing en voorschriften "
      "buiten de uren.",
      [P("Huisartsenwachtpost Meetjesland"), P("KOVAG"), P("Apotheek Markt Eeklo"), P("Huisartsenkring Meetjesland")],
      "Huisartsenwachtpost Meetjesland", ["Medisch"], ["patiënten buiten de uren"], RM,
      "kringwerking", "operationeel", "x", "permanent"),
    I("Gezondheidsdoelstellingen lokale besturen",
      "Lokale besturen en de zorgraad kiezen samen een jaarlijkse gezondheidscampagne.",
      [P("Zorgraad Oost-Meetjesland"), P("Zorgraad West-Meetjesland"), P("Gemeente Zelzate"), P("Gemeente Aalter"),
       P("Sportregio Meetjesland")],
      None, ["Gezonde levensstijl"], ["alle inwoners"], RM, "Netwerkmodel", "strategisch", "Nee", "ad hoc"),
])

# Near-identical pairs (same initiative twice), by name as written (stripped)
DUPLICATE_PAIRS = [
    ("Warme buurten Eeklo", "Warme Buurt Eeklo-Noord"),
    ("Vroegdetectie kinderarmoede Evergem", "Vroegtijdige detectie kinderarmoede (Evergem)"),
    ("Mantelzorgcafé Maldegem", "Praatcafé voor mantelzorgers Maldegem"),
]

# separators for the Partners cell, cycled per initiative ("mix" alternates within a cell)
PARTNER_SEPARATORS = [", ", "; ", "\n", " / ", "mix"]
MIX = [", ", "; ", "\n", " / "]
LIST_SEPARATORS = ["; ", ", ", "; ", " / "]


def canonical_of(written: str) -> str:
    text = written.strip()
    return SPELLING_VARIANTS.get(text) or CASE_VARIANTS.get(text) or text


def partner_text(partner: tuple) -> str:
    org, person, written = partner
    return f"{written} ({person})" if person else written


def people_of(person: str | None) -> list[str]:
    if not person:
        return []
    for sep in (", ", " en ", " & "):
        if sep in person:
            return person.split(sep)
    return [person]


def join_partners(partners: list, index: int) -> str:
    style = PARTNER_SEPARATORS[index % len(PARTNER_SEPARATORS)]
    texts = [partner_text(p) for p in partners]
    if style != "mix":
        return style.join(texts)
    out = texts[0]
    for k, t in enumerate(texts[1:]):
        out += MIX[(k + index) % len(MIX)] + t
    return out


def check_wide() -> None:
    assert len(ALL_ORGS) == len(set(ALL_ORGS)), "duplicate canonical organisation"
    inits = [i for g in GROUPS for i in g]
    names = [i["naam"].strip() for i in inits]
    assert len(names) == len(set(names)), "duplicate initiative name"
    used = set()
    for ini in inits:
        canon = [p[0] for p in ini["partners"]]
        assert len(canon) == len(set(canon)), ("partner twice", ini["naam"])
        for org, person, written in ini["partners"]:
            assert org in ALL_ORGS, ("unknown organisation", org)
            assert canonical_of(written) == org, ("unregistered spelling", written)
            assert "/" not in written and "," not in written, written
        if ini["trekker"] is not None:
            assert canonical_of(ini["trekker"]) in canon, ("lead not a partner", ini["naam"])
        for d in ini["domeinen"]:
            assert d in DOMAIN_FORMS, d
        assert ini["formeel"] in FORMAL_FORMS and ini["permanent"] in ("permanent", "ad hoc")
        used.update(canon)
    missing = [o for o in ALL_ORGS if o not in used]
    assert not missing, ("organisations in no initiative", missing)
    assert "zingeving" not in {DOMAIN_FORMS[d] for i in inits for d in i["domeinen"]}
    for a, b in DUPLICATE_PAIRS:
        assert a in names and b in names, (a, b)
    listed = [o[0] for o in ORGANISATIES_SHEET]
    assert all(o in ALL_ORGS for o in listed) and UNKNOWN_SECTOR_ORG not in listed
    assert len(listed) == len(set(listed))
    for variant, canon in {**SPELLING_VARIANTS, **CASE_VARIANTS}.items():
        assert canon in ALL_ORGS, canon


def write_wide() -> dict:
    check_wide()
    wb = Workbook()
    ws = wb.active
    ws.title = "inventaris"
    ws.cell(row=1, column=1, value=WIDE_TITLE).font = Font(bold=True, size=14)
    ws.cell(row=2, column=1, value=WIDE_SUBTITLE).font = Font(italic=True)
    for col, header in enumerate(WIDE_HEADERS, start=1):
        cell = ws.cell(row=HEADER_ROW, column=col, value=header)
        cell.font = BOLD
        cell.alignment = WRAP
    for col, width in zip("ABCDEFGHIJK", [42, 60, 55, 30, 36, 30, 28, 18, 14, 10, 14], strict=False):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = ws.cell(row=FIRST_DATA_ROW, column=1)

    row = FIRST_DATA_ROW
    filled_rows: list[int] = []
    truth_inits: list[dict] = []
    merged = None
    index = 0
    for g, group in enumerate(GROUPS):
        if g:
            row += 3 if g % 2 else 4  # empty rows between groups
        for ini in group:
            list_sep = LIST_SEPARATORS[index % len(LIST_SEPARATORS)]
            values = {
                1: ini["naam"], 2: ini["omschrijving"], 4: ini["trekker"],
                5: list_sep.join(ini["domeinen"]),
                6: (", " if index % 2 else "; ").join(ini["doelgroepen"]),
                7: LIST_SEPARATORS[(index + 1) % len(LIST_SEPARATORS)].join(ini["gemeenten"]),
                8: ini["model"] or None, 9: ini["niveau"], 10: ini["formeel"] or None, 11: ini["permanent"],
            }
            if ini["naam"] == MERGED_NAME:
                rows = list(range(row, row + len(ini["partners"])))
                for r, p in zip(rows, ini["partners"], strict=False):
                    ws.cell(row=r, column=3, value=partner_text(p)).alignment = WRAP
                for col, value in values.items():
                    ws.cell(row=row, column=col, value=value).alignment = WRAP
                    ws.merge_cells(start_row=rows[0], start_column=col, end_row=rows[-1], end_column=col)
                merged = {"name": MERGED_NAME, "rows": rows}
            else:
                rows = [row]
                partners_cell = join_partners(ini["partners"], index)
                if index % 7 == 3:
                    partners_cell += " "  # a trailing space, as typed
                values[3] = partners_cell
                for col, value in values.items():
                    ws.cell(row=row, column=col, value=value).alignment = WRAP
            filled_rows.extend(rows)
            canon = [p[0] for p in ini["partners"]]
            truth_inits.append({
                "name": ini["naam"].strip(),
                "rows": rows,
                "partners": canon,
                "lead": canonical_of(ini["trekker"]) if ini["trekker"] else None,
                "expertise_domains": sorted({DOMAIN_FORMS[d] for d in ini["domeinen"]}),
                "target_groups": ini["doelgroepen"],
                "municipalities": ini["gemeenten"],
                "formal": FORMAL_FORMS[ini["formeel"]],
                "permanent": ini["permanent"] == "permanent",
                "people": {p[0]: people_of(p[1]) for p in ini["partners"] if p[1]},
            })
            row = rows[-1] + 1
            index += 1

    s = wb.create_sheet("organisaties")
    s.append(["naam", "sector", "type", "gemeente"])
    for cell in s[1]:
        cell.font = BOLD
    for r in ORGANISATIES_SHEET:
        s.append(list(r))
    for col, width in zip("ABCD", [44, 40, 30, 14], strict=False):
        s.column_dimensions[col].width = width

    t = wb.create_sheet("toelichting")
    for r, text in enumerate([
        "Inventaris samenwerkingsverbanden ELZ Meetjesland – FICTIEVE VOORBEELDDATA voor elznet",
        "Alle personen (de initialen en namen tussen haakjes achter een partner) zijn fictief.",
        "De organisaties zijn publieke instellingen of verzonnen lokale actoren (scholen, praktijken, "
        "apotheken, woonzorgcentra, dienstencentra, vzw's); de samenwerkingsverbanden en banden tussen "
        "organisaties zijn illustratief en beschrijven geen echte afspraken.",
        "Het blad 'inventaris' is bewust rommelig zoals een echte werkversie: titel boven de kopregel "
        "(kopregel op rij 4), lege rijen tussen groepen, partners in één cel met wisselende "
        "scheidingstekens, wisselende schrijfwijzen, samengevoegde cellen.",
        "Het blad 'organisaties' geeft de sector voor een deel van de organisaties; voor de andere moet "
        "de sector uit de naam afgeleid worden.",
        "Gemaakt door data/_make_examples.py (elznet).",
    ], start=1):
        t.cell(row=r, column=1, value=text).alignment = WRAP
    t["A1"].font = BOLD
    t.column_dimensions["A"].width = 120
    wb.save(HERE / WIDE_FILE)

    people_mentions = [
        {"initiative": i["name"], "organisation": org, "person": person}
        for i in truth_inits for org, persons in i["people"].items() for person in persons
    ]
    municipality_counts = {m: sum(1 for i in truth_inits if m in i["municipalities"])
                           for m in ALL_MUNICIPALITIES}
    return {
        "file": WIDE_FILE,
        "note": "Written by data/_make_examples.py from its own literals. All people are fictitious; "
                "ties between organisations are illustrative.",
        "sheets": ["inventaris", "organisaties", "toelichting"],
        "sheet": "inventaris",
        "title_row": 1, "subtitle_row": 2,
        "header_row": HEADER_ROW,
        "first_data_row": FIRST_DATA_ROW,
        "headers": WIDE_HEADERS,
        "n_initiatives": len(truth_inits),
        "filled_data_rows": filled_rows,
        "n_filled_data_rows": len(filled_rows),
        "organisations": sorted(ALL_ORGS),
        "n_organisations": len(ALL_ORGS),
        "spelling_variants": SPELLING_VARIANTS,
        "case_variants": CASE_VARIANTS,
        "merged_initiative": merged,
        "duplicate_pairs": [list(p) for p in DUPLICATE_PAIRS],
        "organisaties_sheet": [o[0] for o in ORGANISATIES_SHEET],
        "organisaties_sheet_sector": {o[0]: o[1] for o in ORGANISATIES_SHEET},
        "unknown_sector_organisation": UNKNOWN_SECTOR_ORG,
        "n_participations": sum(len(i["partners"]) for i in truth_inits),
        "people": sorted({m["person"] for m in people_mentions}),
        "people_mentions": people_mentions,
        "absent_expertise_domains": sorted(
            set(ALL_DOMAIN_KEYS) - {d for i in truth_inits for d in i["expertise_domains"]}),
        "initiatives_per_municipality": municipality_counts,
        "initiatives": truth_inits,
    }


# =====================================================================================
# 3. Knoke & Wood reference network
# =====================================================================================

KNOKE_SOURCE_MD = """# Knoke & Wood, "bureaucracies" (Indianapolis, 10 organisations)

Copied unchanged from the project's shared reference data by `data/_make_examples.py`.
Real, public data that no one on this project wrote.

A classic inter-organisational network: 10 organisations in the social-policy field of
one city, with two directed relations, and a sector per organisation (GOV government,
VOL voluntary, PVT private) — the same shape as a zone's partners spread over sectors.

- `knoke_nodes.csv`: id, name, sector, rating.
- `knoke_information_edges.csv`: who sends information to whom (49 arcs).
- `knoke_money_edges.csv`: who sends money to whom (22 arcs).
- `knoke_published_metrics_ORA.txt`: figures published for these two networks (density,
  reciprocity, centralisation, betweenness), with their sources.

Source: D. Knoke and J. Wood (1981), *Organized for Action: Commitment in Voluntary
Associations*; distributed with UCINET as KNOKBUR; edge lists taken from the public
CompNet/MultiplexCentrality repository (data/knokbur-GraphML), where the file labels are
swapped: the file named KNOKM there is the information network (49 arcs) and KNOKI the
money network (22 arcs). The names here are the corrected ones; the arc counts and the
published densities confirm it.

Note on definitions: ORA's reciprocity is dyad-based (mutual dyads / connected dyads),
networkx's `reciprocity` is arc-based; a library must say which one it reports.
"""


def copy_knoke() -> list[str]:
    target = HERE / "knoke"
    target.mkdir(exist_ok=True)
    names = sorted(p.name for p in KNOKE_SOURCE.iterdir() if p.is_file())
    for name in names:
        shutil.copyfile(KNOKE_SOURCE / name, target / name)
    (target / "SOURCE.md").write_text(KNOKE_SOURCE_MD, encoding="utf-8")
    return names


def write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    tidy = write_tidy()
    write_json(HERE / TIDY_FILE.replace(".xlsx", ".truth.json"), tidy)
    wide = write_wide()
    write_json(HERE / WIDE_FILE.replace(".xlsx", ".truth.json"), wide)
    knoke = copy_knoke()
    print(f"{TIDY_FILE}: {tidy['counts']}")
    print(f"{WIDE_FILE}: {wide['n_initiatives']} initiatives, {wide['n_organisations']} organisations, "
          f"{wide['n_participations']} participations, rows {wide['filled_data_rows'][0]}.."
          f"{wide['filled_data_rows'][-1]}")
    print(f"knoke/: {', '.join(knoke)} + SOURCE.md")


if __name__ == "__main__":
    main()

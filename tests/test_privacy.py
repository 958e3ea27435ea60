"""With people hidden (the default), no person's name appears in anything a zorgraad sees."""

from __future__ import annotations

import zipfile

import pytest

import elznet


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    """Every output of the care-path example, written with the default people="hide"."""
    net = elznet.examples.load("meetjesland_zorgpad")
    folder = tmp_path_factory.mktemp("uit")
    files = [
        elznet.report(net, folder / "rapport.html"),
        elznet.network_map(net).save(folder / "netwerkkaart.html"),
        elznet.care_path_map(net).save(folder / "zorgpadkaart.html"),
        net.export_analysis(folder / "analyse.xlsx"),
    ]
    return net, files


def _all_text(path):
    if path.suffix == ".xlsx":  # every XML part of the workbook, shared strings included
        with zipfile.ZipFile(path) as z:
            return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    return path.read_text(encoding="utf-8")


def test_no_name_in_report_maps_or_export(outputs):
    net, files = outputs
    names = list(net.people["name"])
    assert len(names) == 35
    surnames = {n.split()[-1] for n in names if len(n.split()[-1]) > 4}
    for path in files:
        text = _all_text(path)
        assert [n for n in names if n in text] == [], path.name
        # nor a surname on its own (e.g. "Verstraete"); organisation names that share one are allowed
        org_text = " ".join(net.organisations["name"])
        assert [s for s in surnames if s in text and s not in org_text] == [], path.name


def test_names_appear_only_when_asked_for(tmp_path):
    net = elznet.examples.load("meetjesland_zorgpad")
    shown = net.export_analysis(tmp_path / "met_namen.xlsx", people="names")
    assert any(name in _all_text(shown) for name in net.people["name"])


# --- every output of the API and the CLI, default settings: zero hits ------------------------------
PEOPLE = {  # fictitious people, as a zone's inventory names its contact persons
    "Anneleen Verhelst": ("anneleen.verhelst@caw-ovl.be", "+32 470 12 34 56"),
    "Bart Claeys": ("b.claeys@cggeclips.be", "09 223 45 67"),
    "Cis Vermeersch": ("cis.vermeersch@jac.be", "0499 88 77 66"),
    "Dirk Van Steenkiste": ("dirk@ocmw-eeklo.be", "050 12 34 56"),
}
UNLISTED = "Elke Wuytack"  # named only in a participation: the load report mentions her


def _private_inventory(path):
    from openpyxl import Workbook

    wb = Workbook()
    orgs = wb.active
    orgs.title = "organisaties"
    orgs.append(["naam", "sector", "e-mail", "telefoon"])
    for name, sector in [("CAW Oost-Vlaanderen", "welzijn"), ("CGG Eclips", "zorg"), ("JAC Eeklo", "welzijn"),
                         ("OCMW Eeklo", "lokaal_bestuur")]:
        orgs.append([name, sector, f"info@{name.split()[0].lower()}.be", "09 111 22 33"])
    people = wb.create_sheet("personen")
    people.append(["naam", "organisatie", "functie", "e-mail", "gsm"])
    for (name, (mail, phone)), org in zip(PEOPLE.items(), ["CAW Oost-Vlaanderen", "CGG Eclips", "JAC Eeklo",
                                                          "OCMW Eeklo"]):
        people.append([name, org, "coördinator", mail, phone])
    inis = wb.create_sheet("initiatieven")
    inis.append(["naam", "beschrijving", "zorgpadfasen"])
    inis.append(["Zorgpad jongeren", "Samen rond suïcidepreventie", "preventie"])
    inis.append(["Warme buurten", "Buurtwerk", "nazorg"])
    parts = wb.create_sheet("deelnames")
    parts.append(["initiatief", "organisatie", "persoon"])
    for ini, org, person in [("Zorgpad jongeren", "CAW Oost-Vlaanderen", "Anneleen Verhelst"),
                             ("Zorgpad jongeren", "CGG Eclips", "Bart Claeys"),
                             ("Zorgpad jongeren", "JAC Eeklo", "Cis Vermeersch"),
                             ("Warme buurten", "OCMW Eeklo", "Dirk Van Steenkiste"),
                             ("Warme buurten", "CAW Oost-Vlaanderen", "Anneleen Verhelst"),
                             ("Warme buurten", "JAC Eeklo", UNLISTED)]:
        parts.append([ini, org, person])
    wb.save(path)
    return path


def _secrets():
    found = [*PEOPLE, UNLISTED]
    for mail, phone in PEOPLE.values():
        found += [mail, phone]
    found += [n.split()[-1] for n in [*PEOPLE, UNLISTED]]  # surnames on their own
    return found


def _text_of(path):
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as z:
            return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    if path.suffix == ".png":  # metadata chunks are plain text in the file
        return path.read_bytes().decode("latin-1")
    return path.read_text(encoding="utf-8")


def test_no_name_or_contact_detail_in_any_output_by_default(tmp_path, capsys):
    import matplotlib

    matplotlib.use("Agg")
    from elznet import cli

    src = _private_inventory(tmp_path / "inventaris.xlsx")
    net = elznet.read_inventory(src)
    assert set(PEOPLE) | {UNLISTED} == set(net.people["name"])  # the inventory does hold them
    out = tmp_path / "api"
    out.mkdir()
    files = [elznet.report(net, out / "rapport.html"), elznet.network_map(net).save(out / "kaart.html"),
             elznet.care_path_map(net).save(out / "zorgpad.html"), net.export_analysis(out / "analyse.xlsx"),
             net.to_excel(out / "tabellen.xlsx"), net.to_excel(out / "pseudo.xlsx", people="pseudonyms"),
             net.export_analysis(out / "pseudo_analyse.xlsx", people="pseudonyms")]
    elznet.plot_network(net).savefig(out / "kaart.png")
    elznet.plot_care_path(net).savefig(out / "zorgpad.png")
    files += [out / "kaart.png", out / "zorgpad.png"]
    texts = {p.name: _text_of(p) for p in files}
    texts["repr"] = repr(net) + str(net.summary()) + repr(net.filter(organisation="JAC Eeklo"))
    texts["tables"] = "\n".join(str(t.to_dict()) for t in [
        elznet.fragile_ties(net), elznet.departure_risk(net), elznet.disconnected_groups(net),
        elznet.spanners(net, level="person"), *elznet.analyse(net).tables().values()])
    texts["what_if"] = str(elznet.what_if(net, person="Anneleen Verhelst"))
    for command in (["check", str(src), "--all"], ["map", str(src), "-o", str(tmp_path / "cli.html")],
                    ["report", str(src), "-o", str(tmp_path / "cli")]):
        cli.main(command)
        captured = capsys.readouterr()
        texts[" ".join(command[:1])] = captured.out + captured.err
    for path in [tmp_path / "cli.html", *(tmp_path / "cli").iterdir()]:
        texts["cli/" + path.name] = _text_of(path)
    hits = {where: [s for s in _secrets() if s.lower() in text.lower()] for where, text in texts.items()}
    assert {where: found for where, found in hits.items() if found} == {}
    assert "persoon staat niet op het tabblad personen" in texts["check"]  # it still says what is wrong, not who
    assert "contactgegevens" in texts["check"] and "e-mail" in texts["check"]  # contact columns are named as such


def test_pseudonyms_are_stable_over_tables_and_filters_and_independent_of_row_order(tmp_path):
    src = _private_inventory(tmp_path / "inventaris.xlsx")
    net = elznet.read_inventory(src)
    pid = net.people.set_index("name").at["Anneleen Verhelst", "id"]
    label = elznet.departure_risk(net, people="pseudonyms").at[pid, "name"]
    assert label.startswith("Persoon ") and "Anneleen" not in label
    caw = net.filter(organisation="CAW Oost-Vlaanderen")
    assert elznet.departure_risk(caw, people="pseudonyms").at[pid, "name"] == label  # filter() keeps it
    assert str(elznet.what_if(caw, person=pid, people="pseudonyms")).startswith(f"Als {label} (")
    carried = {c for cs in elznet.fragile_ties(net, people="pseudonyms")["carriers_a"] for c in cs}
    assert label in carried | {c for cs in elznet.fragile_ties(net, people="pseudonyms")["carriers_b"] for c in cs}
    # the same people in another row order: the pseudonym follows the person id, not the row
    shuffled = elznet.Network.from_tables(organisations=net.organisations, people=net.people.iloc[::-1],
                                          initiatives=net.initiatives, participations=net.participations,
                                          ties=net.ties, salt=net.salt)
    assert elznet.departure_risk(shuffled, people="pseudonyms").at[pid, "name"] == label
    other = elznet.read_inventory(src)  # another read draws another salt
    assert other.salt != net.salt


def test_contact_columns_only_when_asked(tmp_path):
    net = elznet.read_inventory(_private_inventory(tmp_path / "inventaris.xlsx"))
    shared = _text_of(net.to_excel(tmp_path / "namen.xlsx", people="names"))
    assert "Anneleen Verhelst" in shared and "anneleen.verhelst@caw-ovl.be" not in shared
    full = _text_of(net.to_excel(tmp_path / "alles.xlsx", people="names", contacts=True))
    assert "anneleen.verhelst@caw-ovl.be" in full and "+32 470 12 34 56" in full

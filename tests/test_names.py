"""Name normalisation, cell splitting, people in parentheses, near-duplicate suggestions."""

from __future__ import annotations

from elznet.read.names import near_duplicates, normalise, split_list, split_partner


def test_normalise_folds_case_accents_punctuation_and_spaces():
    assert normalise("  CAW  Oost-Vlaanderen ") == normalise("caw oost vlaanderen") == "caw oost vlaanderen"
    assert normalise("Suïcidepreventie") == "suicidepreventie"


def test_list_cells_split_on_all_separators_outside_parentheses():
    assert split_list("jongeren; ouders, leerkrachten / jeugdwerkers\nscholen") == [
        "jongeren", "ouders", "leerkrachten", "jeugdwerkers", "scholen"]
    assert split_list("Eeklo (deelgemeenten Adegem, Balgerhoeke); Aalter") == [
        "Eeklo (deelgemeenten Adegem, Balgerhoeke)", "Aalter"]
    assert split_list(None) == [] and split_list(" ; ,") == []


def test_people_in_parentheses_are_split_off_but_other_parentheses_stay():
    assert split_partner("CAW Oost-Vlaanderen (A. Peeters)") == ("CAW Oost-Vlaanderen", ["A. Peeters"])
    assert split_partner("CGG Eclips (M. Van Hecke en T. Lambert)") == ("CGG Eclips", ["M. Van Hecke", "T. Lambert"])
    assert split_partner("Anker vzw (Jan Van den Bossche)") == ("Anker vzw", ["Jan Van den Bossche"])
    assert split_partner("OKRA (regio Meetjesland) (J. Dhondt)") == ("OKRA (regio Meetjesland)", ["J. Dhondt"])
    for kept in ("Vrije CLB (Eeklo)", "Rode Kruis Vlaanderen (afdeling Eeklo)", "Buurtwerk (i.s.m. CAW)"):
        assert split_partner(kept) == (kept, [])


def test_near_duplicates_catch_typos_abbreviations_and_acronyms():
    names = ["caw oost vlaanderen", "caw o vl", "huisartsenkring vemehak", "huisartskring vemehak",
             "wit gele kruis meetjesland", "wgk meetjesland", "bibliotheek maldegem", "bib maldegem"]
    pairs = {(a, b) for a, b, _ in near_duplicates(names)}
    assert pairs == {("caw o vl", "caw oost vlaanderen"), ("huisartsenkring vemehak", "huisartskring vemehak"),
                     ("wgk meetjesland", "wit gele kruis meetjesland"), ("bib maldegem", "bibliotheek maldegem")}


def test_near_duplicates_leave_the_same_type_in_other_municipalities_alone():
    names = [f"{kind} {place}" for kind in ("sociaal huis", "huis van het kind", "jeugddienst")
             for place in ("eeklo", "evergem", "lievegem", "maldegem", "aalter")]
    names += ["okra regio meetjesland", "sportregio meetjesland", "school 1", "school 2"]
    assert near_duplicates(names) == []


def test_near_duplicates_scale_past_all_pairs_with_sorted_neighbourhoods():
    """Above 3,000 names only neighbours in sorted order (forwards and backwards) are
    compared; planted typos at the start and at the end of a name are still found."""
    names = [f"organisatie {i} {w}" for i, w in enumerate(["eeklo", "aalter", "maldegem", "evergem"] * 1000)]
    names += ["huisartsenkring vemehak", "huisartskring vemehak", "kwetsbare gezinen eekloo", "qwetsbare gezinnen eeklo"]
    pairs = {(a, b) for a, b, _ in near_duplicates(names)}
    assert ("huisartsenkring vemehak", "huisartskring vemehak") in pairs  # typo at the end: forward order
    assert ("kwetsbare gezinen eekloo", "qwetsbare gezinnen eeklo") in pairs  # at the start: backward order
    assert not any(a.startswith("organisatie") for a, _ in pairs)


def test_parentheses_are_people_only_when_they_look_like_one():
    """Issue 9, item 5: initial + surname, first name + surname, or title + name is a person;
    a department, site or team is a unit; one capitalised word may be either and is listed."""
    from elznet.read.names import parse_partner

    def place(text):
        return text.lower().startswith("regio")

    assert parse_partner("Huisartsen De Linde (dr. Goossens)") == ("Huisartsen De Linde", ["dr. Goossens"], [], [])
    assert parse_partner("CAW (dhr. Verhelstraete)").people == ["dhr. Verhelstraete"]
    assert parse_partner("Gemeente Temse (Dienst Welzijn)") == ("Gemeente Temse", [], ["Dienst Welzijn"], [])
    assert parse_partner("CGG Waas (Mobiel Team)").units == ["Mobiel Team"]
    assert parse_partner("AZ Nikolaas (Campus Sint-Niklaas)").units == ["Campus Sint-Niklaas"]
    assert parse_partner("JAC (Lien)") == ("JAC", [], ["Lien"], ["Lien"])
    assert parse_partner("OKRA (Regio Gent) (J. Dhondt)", place) == ("OKRA (Regio Gent)", ["J. Dhondt"], [], [])
    assert parse_partner("Kind en Gezin (Dienst Welzijn, A. Peeters)") == (
        "Kind en Gezin", ["A. Peeters"], ["Dienst Welzijn"], [])


def test_name_keys_keep_plus_hash_and_emoji_and_fold_unicode_variants():
    from elznet.read.names import clean_display, name_key

    assert name_key("Vzw 1+1") != name_key("Vzw 1-1") and name_key("Groep 50+") != name_key("Groep 50-")
    assert name_key("Codeclub C++") != name_key("Codeclub C#")
    assert name_key("Jeugdhuis 🎸") != name_key("Jeugdhuis 🎨")
    assert name_key("Café") == name_key("Cafe\u0301") == name_key("CAFE")
    assert name_key("CAW\u00a0Oost-Vlaanderen") == name_key("caw oost\u200bvlaanderen".replace("\u200b", " "))
    assert name_key("C\u200bAW") == name_key("CAW")
    assert clean_display("Buurt\u202ewerk\u200f  Eeklo\x07") == "Buurtwerk Eeklo"


def test_near_duplicates_catch_extensions_of_one_name():
    pairs = {(a, b) for a, b, _ in near_duplicates(["wit gele kruis", "wit gele kruis oost vlaanderen",
                                                     "az nikolaas", "az nikolaas spoed"])}
    assert pairs == {("wit gele kruis", "wit gele kruis oost vlaanderen"), ("az nikolaas", "az nikolaas spoed")}

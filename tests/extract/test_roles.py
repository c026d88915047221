"""People introduced by their role (desktop/extract/roles.py), and the controls where the rule must fail."""

from desktop.extract.authority import Entity
from desktop.extract.candidates import propose
from desktop.extract.pipeline import Extractor


def proposed(text):
    return {(c.kind, c.name) for c in propose(text)}


def people(text):
    return {name for kind, name in proposed(text) if kind == "person"}


def test_a_lowercase_role_before_a_name_is_evidence_of_a_person():
    # None of these names opens with a Khmer family name, and no reporting verb follows them.
    assert people("The charges were laid by investigating judge Bunthan Ratanak on Monday.") == {"Bunthan Ratanak"}
    assert people("UN special rapporteur Ingrid Halvorsen visited Kandal in May.") == {"Ingrid Halvorsen"}
    assert people("Police questioned land activist Somchai Rattanakorn for hours.") == {"Somchai Rattanakorn"}
    assert people("The court summoned the monk Vireak Sovannarith again.") == {"Vireak Sovannarith"}
    assert people("Riot police arrested union leader Dalin Sovannary, 45, at dawn.") == {"Dalin Sovannary"}


def test_a_name_then_of_an_organization_is_both():
    assert proposed("Soldiers detained radio presenter Marta Lindqvist of Voice of Freedom last week.") == {
        ("person", "Marta Lindqvist"), ("organization", "Voice of Freedom")}


def test_a_capitalised_role_in_a_run_leaves_the_modifiers_and_the_organization_out_of_the_name():
    assert people("Deputy Governor Rithy Sambath denied it.") == {"Rithy Sambath"}
    assert people("Opposition Leader Samnang Dara left for Paris.") == {"Samnang Dara"}
    assert proposed("Garment Workers Federation President Oudom Chhay met them.") == {
        ("organization", "Garment Workers Federation"), ("person", "Oudom Chhay")}
    assert proposed("Mekong Rights Watch Asia Director Henrik Olsen wrote to them.") == {
        ("organization", "Mekong Rights Watch"), ("person", "Henrik Olsen")}


def test_names_after_a_plural_role_or_between_commas_or_after_a_relation():
    assert people("The verdict was appealed by defence lawyers Visal Kosal and Henrik Olsen on Friday.") == {
        "Visal Kosal", "Henrik Olsen"}
    assert people("Its director, Narin Sokunthea, declined to comment.") == {"Narin Sokunthea"}
    assert people("The police also questioned his daughter Bopha Leakhena.") == {"Bopha Leakhena"}


def test_a_khmer_family_name_that_is_also_a_place_needs_other_evidence():
    assert people("The villagers met commune chief Kong Vireak at the pagoda.") == {"Kong Vireak"}
    assert people("The villagers met Kong Vireak at the pagoda.") == set()  # "Kong" as in Koh Kong


def test_a_role_without_a_name_proposes_nothing():
    assert propose("The lawyer said the hearing was delayed.") == []
    assert propose("An investigating judge was appointed on Tuesday.") == []
    assert propose("The judge Monday ruled against them, and the governor's office agreed.") == []
    assert people("The activist Kampong Cham villagers trust was released.") == set()  # a place, not a name
    assert people("Union Leader Samnang Dara\n\nThe strike went on.") == set()  # a heading


def test_places_events_and_buildings_are_never_people():
    text = ("Lawyer Visal Kosal walked from Freedom Park to the Supreme Court along Monivong Boulevard, "
            "past Prey Sar prison, to mark World Press Freedom Day. Princess Sorya Hospital was closed.")
    assert proposed(text) == {("person", "Visal Kosal"), ("organization", "Supreme Court")}


def test_a_sentence_ends_at_a_period_after_a_short_word():
    # "Kak." is no abbreviation: the run stops there, and the next sentence's name is one by itself.
    assert proposed("They lived by Boeung Kak. Radio Free Asia met them.") == {("organization", "Radio Free Asia")}
    assert proposed("They marked Human Rights Day. Activist Sereyroth Channa spoke.") == {
        ("person", "Sereyroth Channa")}
    assert people("Mr. Visal Kosal and Dr. Henrik Olsen met.") == {"Visal Kosal", "Henrik Olsen"}  # abbreviations


def test_the_pipeline_proposes_role_introduced_people_it_does_not_know():
    extractor = Extractor([Entity("visal", "Visal Kosal", "person")])
    found = extractor.extract("The lawyer Visal Kosal and reporter Henrik Olsen left.", propose_candidates=True)
    assert [m.entity_id for m in found.mentions] == ["visal"]
    assert [(c.kind, c.name) for c in found.candidates] == [("person", "Henrik Olsen")]


def test_a_name_after_according_to_or_in_markdown_bold_between_commas_is_a_person():
    found = {(c.name, c.kind) for c in propose(
        "According to Chea Bopha, 41, the fence went up at night. Its director, **Mam Sitha**, said so.")}
    assert {("Chea Bopha", "person"), ("Mam Sitha", "person")} <= found
    assert not propose("According to the Land Law, it is void.")  # control: no name, nothing proposed

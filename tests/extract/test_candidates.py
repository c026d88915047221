from desktop.extract.candidates import propose

REPORT = """Monitoring report: land dispute in Kampong Speu

LICADHO investigator Am Sam Ath said that soldiers surrounded the village on 3 March 2023.
The Cambodian Center for Human Rights and the Boeung Kak Lake Community Network condemned the evictions.
Villager Sok Chenda, a rice farmer, told investigators that the Provincial Court of Kampong Speu had issued no order.
According to Judge Chhun Davy, the case was closed. Tep Vanny joined the protest in Phnom Penh.
The Sam Rainsy Party and the Ministry of Land Management did not respond. Photo by Kimsan Chey.
She was nominated for the Nobel Peace Prize. Prime Minister Hun Manet did not comment.
Donate Now
Connect with us
"""


def proposed(text):
    return {(c.kind, c.name) for c in propose(text)}


def test_people_and_organizations_from_a_report():
    assert proposed(REPORT) == {
        ("person", "Am Sam Ath"), ("person", "Sok Chenda"), ("person", "Chhun Davy"),
        ("person", "Tep Vanny"), ("person", "Kimsan Chey"), ("person", "Hun Manet"),
        ("organization", "Cambodian Center for Human Rights"),
        ("organization", "Boeung Kak Lake Community Network"),
        ("organization", "Provincial Court of Kampong Speu"),
        ("organization", "Sam Rainsy Party"), ("organization", "Ministry of Land Management"),
        ("organization", "LICADHO"),
    }


def test_no_headings_places_prizes_titles_or_boilerplate():
    names = {name for _, name in proposed(REPORT)}
    for junk in ("Monitoring", "Kampong Speu", "Phnom Penh", "Nobel Peace Prize", "Prime Minister",
                 "Donate Now", "Connect", "Judge Chhun Davy", "Villager Sok Chenda"):
        assert junk not in names


def test_a_party_named_after_a_person_is_not_a_person():
    assert proposed("He founded the Sam Rainsy Party in 1995, said Kem Monovithya.") == {
        ("organization", "Sam Rainsy Party"), ("person", "Kem Monovithya")}


def test_every_occurrence_is_a_mention():
    [candidate] = propose("Ny Chakrya said so. Later, Ny Chakrya left.")
    assert candidate.name == "Ny Chakrya" and len(candidate.spans) == 2


def test_all_caps_text_proposes_nothing():
    assert propose("URGENT: POLICE ARREST ACTIVISTS IN PHNOM PENH, SAID GROUP") == []


def test_known_names_are_skipped():
    assert proposed("Brad Adams said it.") == {("person", "Brad Adams")}
    assert propose("Brad Adams said it.", known={"Brad Adams"}) == []

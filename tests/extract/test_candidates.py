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


def organizations(text):
    return {name for kind, name in proposed(text) if kind == "organization"}


def test_newspapers_broadcasters_and_press_freedom_groups():
    assert organizations("The minister told the Battambang Daily that Sunrise Times and Mekong Herald were wrong.") == {
        "Battambang Daily", "Sunrise Times", "Mekong Herald"}
    assert organizations("Voice of Justice and Journalists Without Borders condemned the raid.") == {
        "Voice of Justice", "Journalists Without Borders"}
    assert organizations("The Cambodian Confederation of Farmers joined the Tonle Sap Fishers Union.") == {
        "Cambodian Confederation of Farmers", "Tonle Sap Fishers Union"}


def test_a_media_word_before_a_plain_noun_is_not_a_name():
    assert propose("The Cambodian Daily routine of farmers changed little.") == []
    assert propose("A Mekong Post office closed in May.") == []


def test_the_senate_is_an_institution_but_one_capitalised_word_is_not():
    assert organizations("The bill went to the Senate, and the Senate passed it.") == {"Senate"}
    assert organizations("The Senate voted.") == {"Senate"}
    assert propose("The Minister agreed, and the Police left.") == []


def test_an_organization_ends_before_in_a_city_but_not_a_country():
    assert organizations("The Appeal Court in Battambang upheld the verdict.") == {"Appeal Court"}
    assert organizations("The Alliance for Clean Water in Cambodia objected.") == {
        "Alliance for Clean Water in Cambodia"}


def test_two_organizations_joined_by_and_are_two_but_one_name_with_and_stays_one():
    assert organizations("Ministry of Water and Ministry of Roads officials met.") == {
        "Ministry of Water", "Ministry of Roads"}
    assert organizations("The Food and Agriculture Organization and the Ministry of Foreign Affairs and "
                         "International Cooperation met.") == {
        "Food and Agriculture Organization", "Ministry of Foreign Affairs and International Cooperation"}


def test_prizes_indexes_laws_and_days_are_not_organizations():
    text = ("Cambodia fell in the Global Press Liberty Index. She won the Asian Human Rights Defender Award on "
            "International Day of Solidarity, and the Law on Trade Unions took effect.")
    assert propose(text) == []


def test_a_lowercase_institution_noun_and_of_the_inside_an_organizations_name():
    found = {(c.name, c.kind) for c in propose(
        "Workers at the Bright Star Garment factory met officials of the Committee on the Freedom of "
        "Association in Geneva. Ruling party officials did not attend.")}
    assert ("Bright Star Garment factory", "organization") in found
    assert ("Committee on the Freedom of Association", "organization") in found
    assert not any(name.startswith("Ruling") for name, _kind in found)  # a sentence's first word, not a name
    # Control: "of the" between two names does not make one name of them.
    pair = {c.name for c in propose("Judge Chea Rotha of the Kandal Provincial Court said so.")}
    assert {"Chea Rotha", "Kandal Provincial Court"} <= pair


def test_a_company_by_its_legal_form_or_its_description_and_a_ministry_before_a_month():
    found = {(c.name, c.kind) for c in propose(
        "Workers at Golden Lotus Textiles (Cambodia) Co., Ltd. were unpaid. Arrow Knitwear, a Dutch brand that "
        "buys from it, said it would pay. The Siem Reap Provincial Administration met Prak & Associates, and "
        "raised it with the Ministry of Rural Development in March 2024.")}
    assert {("Golden Lotus Textiles", "organization"), ("Arrow Knitwear", "organization"),
            ("Siem Reap Provincial Administration", "organization"), ("Prak & Associates", "organization"),
            ("Ministry of Rural Development", "organization")} <= found
    # Controls: a person described by a role stays a person; a name before "'s company" is not a company.
    people = {(c.name, c.kind)
              for c in propose("Chan Dara, a union organiser, said. Sok Vibol, the company's owner, fled.")}
    assert {("Chan Dara", "person"), ("Sok Vibol", "person")} <= people

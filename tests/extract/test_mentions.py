from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.extract.authority import Entity
from desktop.extract.mentions import MentionFinder
from desktop.extract.tokens import tokens

ENTITIES = [
    Entity("hun-sen", "Hun Sen", "person", aliases=("Prime Minister Hun Sen", "Prime Minster Hun Sen"),
           khmer_name="ហ៊ុន សែន"),
    Entity("mu-sochua", "Mu Sochua", "person", short_forms=("Sochua",)),
    Entity("hillary-clinton", "Hillary Clinton", "person", short_forms=("Clinton",)),
    Entity("bill-clinton", "Bill Clinton", "person", short_forms=("Clinton",)),
    Entity("srp", "Sam Rainsy Party", "organization", aliases=("Sam Rainsy party",)),
    Entity("cpp", "Cambodian People's Party", "organization", aliases=("CPP",)),
    Entity("jose", "José Ramos-Horta", "person"),
]
FINDER = MentionFinder(ENTITIES)


def found(text):
    return [(m.entity_id, text[m.start : m.end]) for m in FINDER.find(text)]


def test_titles_are_not_part_of_the_name_and_misspellings_are_known():
    assert found("Prime Minister Hun Sen spoke. Prime Minster Hun Sen’s party.") == [
        ("hun-sen", "Hun Sen"), ("hun-sen", "Hun Sen")]


def test_short_forms_need_the_full_name_in_the_same_document():
    assert found("Sochua spoke.") == []
    assert found("Mu Sochua arrived. Later Sochua spoke.") == [("mu-sochua", "Mu Sochua"), ("mu-sochua", "Sochua")]


def test_shared_short_form_goes_to_the_entity_named_nearest_before():
    text = "Bill Clinton met Hillary Clinton. Clinton said. "
    assert found(text)[-1] == ("hillary-clinton", "Clinton")
    text = "Hillary Clinton met Bill Clinton. Clinton said."
    assert found(text)[-1] == ("bill-clinton", "Clinton")


def test_an_organization_named_after_a_person_is_the_organization():
    assert found("She joined the Sam Rainsy party in 2004.") == [("srp", "Sam Rainsy party")]


def test_apostrophes_glued_words_all_caps_diacritics_and_khmer():
    assert found("Hun Sen’s Cambodian People’s Party (CPP)") == [
        ("hun-sen", "Hun Sen"), ("cpp", "Cambodian People’s Party"), ("cpp", "CPP")]
    assert found("Mu SochuaThanks so much") == [("mu-sochua", "Mu Sochua")]
    assert found("HUN SEN WINS AGAIN") == [("hun-sen", "HUN SEN")]
    assert found("hun sen in lowercase prose is not matched") == []
    assert found("José Ramos-Horta visited") == [("jose", "José Ramos-Horta")]
    assert found("គណបក្ស ហ៊ុន សែន និយាយ") == [("hun-sen", "ហ៊ុន សែន")]


def test_names_must_stand_alone():
    assert found("Hun Senator and Mu Sochuan are not them") == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Hun Sen", "Sochua", " ", "\n", "’s", "Mu", "CPP", "x", "ហ៊ុន សែន"])
                | st.text(max_size=5), max_size=40).map("".join))
def test_mentions_are_in_order_and_point_at_their_text(text):
    previous = -1
    for mention in FINDER.find(text):
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.start >= previous
        previous = mention.start


def test_tokens_cover_words_with_offsets():
    text = "Mu SochuaThanks, José’s"
    assert [(t.text, text[t.start : t.end]) for t in tokens(text)] == [
        ("Mu", "Mu"), ("Sochua", "Sochua"), ("Thanks", "Thanks"), ("José", "José"), ("s", "s")]

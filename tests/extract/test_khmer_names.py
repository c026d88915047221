"""Khmer names: known ones found through zero-width spaces, look-alike spellings and spacing, on
syllable boundaries only; people proposed after Khmer titles, organizations from Khmer
organization words."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.extract import chunks
from desktop.extract.authority import Entity
from desktop.extract.candidates import candidate_id, propose
from desktop.extract.mentions import MentionFinder
from desktop.extract.pipeline import Extractor
from desktop.extract.tolerant_find import find_quote

ZW = "\u200b"
ENTITIES = [
    Entity("cnrp", "Cambodia National Rescue Party", "organization", aliases=("CNRP",),
           khmer_name="គណបក្សសង្គ្រោះជាតិ"),
    Entity("kem-sokha", "Kem Sokha", "person", khmer_name="កឹម សុខា"),
    Entity("hun-sen", "Hun Sen", "person", khmer_name="ហ៊ុន សែន"),
    Entity("mam-sonando", "Mam Sonando", "person", khmer_name="ម៉មសូណង់"),  # written without its space
    Entity("women-network", "Cambodian Women's Network", "organization", khmer_name="បណ្ដាញស្ត្រីកម្ពុជា"),
    Entity("adhoc", "ADHOC", "organization", khmer_name="អាដហុក"),
    Entity("sokha-chantha", "Sokha Chantha", "person", khmer_name="សុខា ចាន់ថា"),
]
FINDER = MentionFinder(ENTITIES)
EXTRACTOR = Extractor(ENTITIES)


def found(text):
    return [(m.entity_id, text[m.start : m.end]) for m in FINDER.find(text)]


def proposed(text):
    return {(c.kind, c.name) for c in propose(text)}


# Known names ------------------------------------------------------------------------------------

def test_the_party_is_found_with_zero_width_spaces_between_its_words():
    text = f"គណបក្ស{ZW}សង្គ្រោះ{ZW}ជាតិ{ZW}ត្រូវ{ZW}បាន{ZW}រំលាយ{ZW}ដោយ{ZW}តុលាការ{ZW}កំពូល។"
    assert found(text) == [("cnrp", f"គណបក្ស{ZW}សង្គ្រោះ{ZW}ជាតិ")]  # the span is the original's
    assert found("គណបក្សសង្គ្រោះជាតិ បានឈ្នះ") == [("cnrp", "គណបក្សសង្គ្រោះជាតិ")]  # the control


def test_look_alike_spellings_are_one_name():
    # ោ typed as េ + ា; the register sign typed after the vowel; coeng DA for TA and coeng RO
    # before the other subscript: each renders as the authority's spelling.
    assert found("គណបក្សសង្គ្រេាះជាតិ") == [("cnrp", "គណបក្សសង្គ្រេាះជាតិ")]
    assert found("លោក ហុ៊ន សែន បាននិយាយ") == [("hun-sen", "ហុ៊ន សែន")]
    assert found("បណ្តាញស្រ្តីកម្ពុជា បានប្រកាស") == [("women-network", "បណ្តាញស្រ្តីកម្ពុជា")]


@pytest.mark.parametrize("written", ["កឹម សុខា", "កឹមសុខា", f"កឹម{ZW}សុខា", "កឹម\u00a0សុខា", f"កឹម {ZW}សុខា"])
def test_a_name_is_found_with_or_without_the_space_between_its_words(written):
    assert found(f"លោក {written} បាននិយាយថា") == [("kem-sokha", written)]


def test_a_name_the_authority_writes_without_a_space_is_found_with_one():
    assert found("លោក ម៉ម សូណង់ ត្រូវបានដោះលែង") == [("mam-sonando", "ម៉ម សូណង់")]
    assert found("លោកម៉មសូណង់ត្រូវបានដោះលែង") == [("mam-sonando", "ម៉មសូណង់")]


def test_a_name_starts_and_ends_on_syllable_boundaries():
    assert found("លោក សុខា ចាន់ថា មកដល់") == [("sokha-chantha", "សុខា ចាន់ថា")]  # the control
    assert found("ក្សុខាចាន់ថា") == []  # would start on a subscript consonant
    assert found("សុខាចាន់ថាំ") == []  # would end before the vowel sign ំ
    assert found("សុខាចាន់ថ្មី") == []  # would end before a coeng


def test_a_short_name_inside_a_longer_word_is_not_a_mention():
    # ហ៊ុន សែន is two syllables: inside ក្រុមហ៊ុនសែនជ័យ ("the Sen Chey company") it is not Hun Sen.
    assert found("ក្រុមហ៊ុនសែនជ័យ បានទិញដី") == []
    # Standing alone, or next to words that are known (a title, a function word), it is.
    assert found("ហ៊ុន សែន") == [("hun-sen", "ហ៊ុន សែន")]
    assert found("លោកហ៊ុនសែនបាននិយាយ") == [("hun-sen", "ហ៊ុនសែន")]
    assert found("សមាគមអាដហុក និង") == [("adhoc", "អាដហុក")]  # after an organization word
    # A longer name glued to the next word is still the name.
    assert found("គណបក្សសង្គ្រោះជាតិកម្ពុជា") == [("cnrp", "គណបក្សសង្គ្រោះជាតិ")]


def test_khmer_and_english_names_are_found_together():
    text = f"Kem Sokha (កឹម{ZW}សុខា) led the CNRP (គណបក្ស{ZW}សង្គ្រោះ{ZW}ជាតិ)."
    assert found(text) == [("kem-sokha", "Kem Sokha"), ("kem-sokha", f"កឹម{ZW}សុខា"), ("cnrp", "CNRP"),
                           ("cnrp", f"គណបក្ស{ZW}សង្គ្រោះ{ZW}ជាតិ")]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["កឹម", "សុខា", " ", ZW, "ក្", "ា", "ំ", "ហ៊ុន", "សែន", "ក្រុម", "លោក", "។", "a"]),
                max_size=30).map("".join))
def test_khmer_mentions_point_at_their_text_on_cluster_edges(text):
    for mention in FINDER.find(text):
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start] not in (ZW, " ") and text[mention.end - 1] not in (ZW, " ", "\u17d2")
        assert mention.end == len(text) or not "\u17b6" <= text[mention.end] <= "\u17d3"


# Proposed people ----------------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["លោក", "លោកស្រី", "អ្នកស្រី", "ឯកឧត្តម", "សម្ដេច", "ចៅក្រម", "លោកជំទាវ",
                                   "ឧកញ៉ា", "ព្រះតេជគុណ"])
def test_a_khmer_title_proposes_the_person_after_it(title):
    [candidate] = propose(f"{title} សុខ ចិន្តា បាននិយាយថា ការស៊ើបអង្កេតនៅតែបន្ត។")
    assert (candidate.kind, candidate.name, candidate.khmer_name) == ("person", "សុខ ចិន្តា", "សុខ ចិន្តា")


@pytest.mark.parametrize("text", [
    "លោក សុខ ចិន្តា បាននិយាយ",  # spaces
    f"លោក{ZW}សុខ{ZW}ចិន្តា{ZW}បាន{ZW}និយាយ",  # zero-width spaces between all the words
    "លោកសុខ ចិន្តាបាននិយាយ",  # the title and the next word glued on
])
def test_the_name_is_the_same_however_it_is_spaced(text):
    assert proposed(text) == {("person", "សុខ ចិន្តា")}


@pytest.mark.parametrize("after", ["បាន", "និង", "ថា", "ដែល", "នៅ", "ជា", "របស់", "ត្រូវ", "បាននិយាយ"])
def test_the_name_ends_where_a_function_word_starts(after):
    assert proposed(f"លោក ចាន់ សុផល{after}") == {("person", "ចាន់ សុផល")}


def test_a_family_and_given_name_written_together_end_at_the_next_word():
    assert proposed("ចៅក្រមអ៊ុំសារិទ្ធបានចេញដីកា") == {("person", "អ៊ុំសារិទ្ធ")}


def test_a_title_used_as_a_pronoun_or_inside_a_word_proposes_nothing():
    assert proposed(f"លោក{ZW}បាន{ZW}និយាយ{ZW}ថា លោក{ZW}ថ្លែង{ZW}ថា លោក{ZW}ស្នើ{ZW}សុំ{ZW}ឲ្យ{ZW}ដោះលែង") == set()
    assert proposed("ពិភពលោកទាំងមូល") == set()  # "the whole world": លោក ends ពិភពលោក
    assert proposed("លោក ២ នាក់") == set()


def test_a_family_name_that_is_also_a_function_word_opens_a_name_standing_alone():
    assert proposed("លោក ជា ស៊ីម បានមកដល់") == {("person", "ជា ស៊ីម")}  # Chea, also "is"
    assert proposed(f"លោក{ZW}ជា{ZW}មេធាវី") == set()  # "he is a lawyer"


def test_a_role_between_the_title_and_the_name_is_not_part_of_it():
    assert proposed(f"លោក{ZW}មេធាវី{ZW}សំ{ZW}សុគង់{ZW}បាន{ZW}និយាយ") == {("person", "សំ សុគង់")}
    assert proposed("ឯកឧត្តម​ឧបនាយករដ្ឋមន្ត្រី​ស ខេង មិន​បាន​ឆ្លើយ") == {("person", "ស ខេង")}
    assert proposed(f"លោក{ZW}ប្រធាន{ZW}គណបក្ស{ZW}បាន{ZW}ចាកចេញ") == set()  # "the party's president left"


def test_names_cut_at_roles_places_and_organization_words():
    assert proposed("លោក ចាន់ សុផល ប្រធានសមាគម") == {("person", "ចាន់ សុផល")}
    assert proposed("លោកស្រី ពេជ ចន្ទមុន្នី នៅភ្នំពេញ") == {("person", "ពេជ ចន្ទមុន្នី")}


def test_every_occurrence_of_a_proposed_person_is_a_mention():
    text = "លោក សុខ ចិន្តា បានមកដល់។ ក្រោយមក សុខ​ចិន្តា បានចាកចេញ។"
    [candidate] = EXTRACTOR.extract(text, True).candidates
    assert [text[a:b] for a, b in candidate.spans] == ["សុខ ចិន្តា", "សុខ\u200bចិន្តា"]


def test_a_known_name_after_a_title_is_a_mention_not_a_candidate():
    found_in = EXTRACTOR.extract("លោក កឹម សុខា បាននិយាយថា", True)
    assert [(m.entity_id, m.start) for m in found_in.mentions] == [("kem-sokha", 4)]
    assert found_in.candidates == []


def test_candidate_ids_keep_khmer_vowels():
    assert candidate_id("កឹម", "person") != candidate_id("កាម", "person")
    assert candidate_id("Sok Chenda", "person") == "cand-p-sok-chenda"  # English ids unchanged


# Proposed organizations ---------------------------------------------------------------------------

def test_organization_words_propose_the_organization_they_open():
    text = f"សមាគម{ZW}អាដហុក និង​អង្គការលីកាដូ បាន​ថ្កោលទោស​ការ​ចាប់ខ្លួន។ ក្រសួង{ZW}ព័ត៌មាន{ZW}បាន{ZW}ប្រកាស។"
    assert proposed(text) == {("organization", "សមាគមអាដហុក"), ("organization", "អង្គការលីកាដូ"),
                              ("organization", "ក្រសួងព័ត៌មាន")}  # មាន ("have") inside ព័ត៌មាន ends nothing


def test_an_organization_name_may_hold_places_and_roles():
    assert proposed("សមាគមអ្នកកាសែតកម្ពុជា និង តុលាការខេត្តកណ្ដាល") == {
        ("organization", "សមាគមអ្នកកាសែតកម្ពុជា"), ("organization", "តុលាការខេត្តកណ្តាល")}


def test_an_organization_word_alone_or_with_a_common_word_is_not_a_name():
    assert proposed("គណបក្សនេះ និងគណបក្សប្រឆាំង ព្រមទាំងអង្គការមិនមែនរដ្ឋាភិបាល និងក្រសួង") == set()


def test_a_known_organization_is_a_mention_not_a_candidate():
    found_in = EXTRACTOR.extract("គណបក្ស​សង្គ្រោះ​ជាតិ​ត្រូវ​បាន​រំលាយ", True)
    assert [m.entity_id for m in found_in.mentions] == ["cnrp"] and found_in.candidates == []


# Long documents -----------------------------------------------------------------------------------

def test_pieces_give_what_the_whole_gives_in_khmer(monkeypatch):
    paragraph = (f"លោក{ZW}កឹម{ZW}សុខា បាន​និយាយ​ថា លោក សុខ ចិន្តា និង​អង្គការលីកាដូ ព្រម​ទាំង "
                 f"គណបក្ស{ZW}សង្គ្រោះ{ZW}ជាតិ បាន​ថ្កោលទោស។")
    text = "\n\n".join([paragraph, "Kem Sokha said so.", *([paragraph] * 20)])

    def everything():
        got = EXTRACTOR.extract(text, True)
        return got.mentions, sorted((c.name, c.kind, c.spans) for c in got.candidates)

    whole = everything()
    monkeypatch.setattr(chunks, "CHUNK_CHARS", 3 * len(paragraph))
    assert len(chunks.text_chunks(text)) > 5
    assert whole[0] and whole[1]  # the control: there is something to get right
    assert everything() == whole


def test_a_khmer_quote_is_located_through_zero_width_spaces():
    text = f"ថា គណបក្ស{ZW}សង្គ្រោះ{ZW}ជាតិ{ZW}ត្រូវ{ZW}បាន{ZW}រំលាយ។"
    start, end = find_quote(text, "គណបក្សសង្គ្រោះជាតិត្រូវបានរំលាយ")
    assert text[start:end] == f"គណបក្ស{ZW}សង្គ្រោះ{ZW}ជាតិ{ZW}ត្រូវ{ZW}បាន{ZW}រំលាយ"
    assert find_quote(text, "គណបក្សប្រជាជន") is None  # the control

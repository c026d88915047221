from desktop.ingest.document import prepare
from desktop.ingest.paragraphs import assemble, split_blocks


def test_blank_lines_separate_paragraphs():
    assert split_blocks("One.\n\nTwo.\n\n\nThree.") == ["One.", "Two.", "Three."]


def test_long_lines_without_blank_lines_are_separate_paragraphs():
    long_a, long_b = "a" * 130, "b" * 130
    assert split_blocks(f"{long_a}\n{long_b}") == [long_a, long_b]


def test_short_lines_stay_one_paragraph():
    address = "Royal Embassy of Cambodia\n4530 16th Street, NW\nWashington, DC 20011"
    assert split_blocks(address) == [address]


def test_markdown_blocks_are_not_split_by_line():
    long_a, long_b = "a" * 130, "b" * 130
    assert split_blocks(f"{long_a}\n{long_b}", split_long_lines=False) == [f"{long_a}\n{long_b}"]


def test_offsets_slice_the_reading_text():
    text, paragraphs = assemble(["One.", "Two words.", "ខេមរា"])
    assert text == "One.\n\nTwo words.\n\nខេមរា"
    assert [text[p.start : p.end] for p in paragraphs] == ["One.", "Two words.", "ខេមរា"]


def test_prepared_paragraph_offsets_point_at_the_right_text():
    prepared = prepare("Title\n\nFirst paragraph here.\r\n\r\nSecond ខេមរា paragraph.")
    assert [prepared.text[p.start : p.end] for p in prepared.paragraphs] == [
        "Title",
        "First paragraph here.",
        "Second ខេមរា paragraph.",
    ]
    assert prepared.khmer.syllables == "ខេ ម រា"  # the Khmer index's clusters
    assert prepared.khmer.words == "ខេមរា"


def test_prose_wrapped_by_hand_is_one_paragraph_again():
    wrapped = ("Union president Sok Thida was arrested on 4 January 2022 by the Phnom Penh\n"
               "Municipal Court's order and charged with incitement. She was released on bail in\n"
               "March 2022.")
    [paragraph] = split_blocks(wrapped)
    assert "Phnom Penh Municipal Court's" in paragraph and "in March 2022." in paragraph and "\n" not in paragraph
    hyphenated = ("Researchers interviewed forty workers of the Phnom Penh-\n"
                  "based union, one of the largest in the garment sector, who said")
    assert split_blocks(hyphenated + "\nit would appeal.") == [hyphenated.replace("-\n", "-") + " it would appeal."]
    # Controls: a list and short lines keep their lines.
    listed = "- On 3 March 2023 the court heard the first witness for the prosecution side.\n- Two days later it rose."
    assert split_blocks(listed) == [listed]
    assert split_blocks("Sok Thida\nUnion president\nPhnom Penh") == ["Sok Thida\nUnion president\nPhnom Penh"]

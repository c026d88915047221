

def test_markdown_as_plain_drops_the_marks_and_keeps_the_words():
    from desktop.render.text import markdown_as_plain

    assert markdown_as_plain("**check** the [report](https://example.org/r.pdf) and _ask_ `Sok`") == \
        "check the report and ask Sok"
    assert markdown_as_plain("# Heading\n> quoted\n**bold with *italic* inside**") == \
        "Heading\nquoted\nbold with italic inside"
    # Controls: snake_case words, a lone asterisk and 2*3*4 stay as written.
    assert markdown_as_plain("file_name_here, 5 * 6 and 2*3*4") == "file_name_here, 5 * 6 and 2*3*4"

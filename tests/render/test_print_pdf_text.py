"""The PDF's text runs marked with the text they show (desktop/render/print_pdf_text.py): what is
done to a page whose runs match, and that anything else is left as it was."""

from desktop.render.print_pdf_text import actual_text, mark_runs, with_actual_text

PAGE = b"q\nBT\n/F1 12 Tf\n<0001> Tj\nET\nQ\nq\nBT\n/F2 12 Tf\n<0002> Tj\nET\nQ\n"


def test_each_run_is_marked_with_its_text_and_one_drawn_off_the_page_is_taken_out():
    marked = mark_runs(PAGE, ["លោក", None])
    assert marked == (b"q\n/Span <</ActualText <FEFF179B17C41780>>> BDC\nBT\n/F1 12 Tf\n<0001> Tj\nET\nEMC\nQ\n"
                      b"q\nQ\n")
    assert actual_text("a") == b"<FEFF0061>"


def test_a_page_whose_runs_do_not_match_and_a_file_not_written_by_qt_are_left_alone():
    assert mark_runs(PAGE, ["one run too few"]) is None
    assert with_actual_text(b"%PDF-1.7 not Qt's", [["x"]]) == b"%PDF-1.7 not Qt's"

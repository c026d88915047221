"""What the ekasar command prints is inert: a document title or a file name cannot retitle, clear
or rewrite the user's terminal, and JSON output still carries the exact text."""

import json

from desktop.render.text import inert, inert_json

HIJACK = "\x1b]0;TITLE-HIJACK\x07\x1b[2J"


def test_inert_shows_every_terminal_control_and_keeps_the_rest():
    assert inert(f"Report {HIJACK} \x9b31m ok\u202e") == \
        "Report \\x1b]0;TITLE-HIJACK\\x07\\x1b[2J \\x9b31m ok⟦RLO⟧"
    assert inert("line one\n\tKhmer ឯកសារ") == "line one\n\tKhmer ឯកសារ"  # the control: text untouched
    assert json.loads(inert_json(json.dumps("a\x9bb\u202ec", ensure_ascii=False))) == "a\x9bb\u202ec"


def test_a_hostile_title_and_file_name_print_inert_and_json_keeps_them_exact(cli, tmp_path, seeds_copy):
    from desktop.store.build import build_archive

    catalog = seeds_copy / "catalog.toml"
    catalog.write_text(catalog.read_text(encoding="utf-8").replace(
        'title = "A Letter from a Cambodian Woman in Exile"',
        'title = "A Letter \\u001b]0;TITLE-HIJACK\\u0007\\u001b[2J\\u009b2J"'), encoding="utf-8")
    archive = tmp_path / "hostile.sqlite"
    build_archive(seeds_copy, archive)
    listed = cli("docs", "--archive", str(archive), archive=False)
    assert listed.code == 0
    assert not any(c in listed.out for c in "\x1b\x07\x9b")
    assert "A Letter \\x1b]0;TITLE-HIJACK\\x07\\x1b[2J\\x9b2J" in listed.out
    as_json = cli("docs", "--json", "--archive", str(archive), archive=False)
    assert not any(c in as_json.out for c in "\x1b\x07\x9b")
    assert "A Letter " + HIJACK + "\x9b2J" in [d["title"] for d in json.loads(as_json.out)]  # exact


def test_a_file_name_with_escapes_is_printed_inert(cli, tmp_path):
    path = tmp_path / "\x1b[31mred.md"
    path.write_text("# Minutes\n\nThe commune chief met the families on 3 March 2024.\n")
    imported = cli("import", str(path))
    assert imported.code == 0, imported.err
    assert "\x1b" not in imported.out and "\\x1b[31mred.md" in imported.out
    empty = tmp_path / "\x1b]0;X\x07.txt"
    empty.write_bytes(b"")
    skipped = cli("import", str(empty))
    assert "\x1b" not in skipped.err and "\x07" not in skipped.err and "\\x1b]0;X\\x07.txt" in skipped.err

"""Khmer names in the window: a known entity's Khmer name in its profile and beside its name in
the timeline; a person proposed from a Khmer document listed and profiled under the Khmer name."""

ZW = "\u200b"
KHMER_REPORT = (
    "Khmer report\n\n"
    f"កាលពី​ថ្ងៃទី ៣ ខែមីនា ឆ្នាំ ២០២៣ លោក{ZW}កឹម{ZW}សុខា និង​លោក សុខ ចិន្តា បាន​ជួប​ជាមួយ​"
    f"គណបក្ស{ZW}សង្គ្រោះ{ZW}ជាតិ នៅ​ភ្នំពេញ។\n\n"
    "ក្រោយមក សុខ ចិន្តា បាន​និយាយ​ថា ការ​ប្រជុំ​នោះ​មាន​សារៈសំខាន់។\n"
)


def test_the_profile_shows_the_khmer_name(window):
    window.people_panel.show_entity("kem-sokha")
    assert "Khmer: កឹម សុខា" in window.people_panel.profile.toPlainText()


def test_the_timeline_lists_people_with_their_khmer_names(window):
    panel = window.timeline_panel
    panel.ensure_loaded()
    index = panel.entity.findData("Kem Sokha")
    assert panel.entity.itemText(index) == "Kem Sokha (កឹម សុខា)"
    assert panel.entity.itemText(panel.entity.findData("Brad Adams")) == "Brad Adams"  # the control: none known
    assert panel.filter_to("Kem Sokha")  # chosen by name, as before
    arrest = next(i for i, e in enumerate(panel.shown) if e.title == "Kem Sokha arrested")
    panel.canvas.select(arrest)
    involved = next(line for line in panel.details.toPlainText().splitlines() if line.startswith("Involved:"))
    assert "Kem Sokha (កឹម សុខា)" in involved and "Cambodian People's Party (គណបក្សប្រជាជនកម្ពុជា)" in involved


def test_a_person_proposed_in_khmer_is_listed_and_profiled_in_khmer(window, tmp_path):
    path = tmp_path / "khmer.txt"
    path.write_text(KHMER_REPORT, encoding="utf-8")
    [(_, doc_id)] = window.library.imports.import_files([path]).imported
    people = {p.id: p for p in window.library.people.summaries()}
    proposed = people["cand-p-សុខ-ចិន្តា"]
    assert (proposed.name, proposed.khmer_name, proposed.reviewed, proposed.mentions) == (
        "សុខ ចិន្តា", "សុខ ចិន្តា", False, 2)
    panel = window.people_panel
    assert panel.show_entity(proposed.id)
    profile = panel.profile.toPlainText()
    assert profile.startswith("សុខ ចិន្តា") and "Khmer:" not in profile  # its name is the Khmer one: once
    # The known party and Kem Sokha were found through the zero-width spaces, not proposed.
    assert {e for e, _a, _b in window.library.people.mentions_in(doc_id)} >= {"kem-sokha", "cnrp"}
    assert not any(i.startswith("cand-") and i != proposed.id for i in people)

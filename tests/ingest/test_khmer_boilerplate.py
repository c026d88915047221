"""Khmer web furniture (menus, share and follow rows, cookie notices, "read more", related
articles, subscription appeals, copyright lines) leaves the reading text; article lines that
merely use the same words stay."""

from desktop.ingest.boilerplate import find_boilerplate
from desktop.ingest.document import prepare

ZW = "\u200b"

NEWS_PAGE = f"""ព័ត៌មានជាតិ | អន្តរជាតិ | សេដ្ឋកិច្ច | កីឡា | វីដេអូ
យើងប្រើខូគី ដើម្បីផ្ដល់ជូនលោកអ្នកនូវបទពិសោធន៍ល្អបំផុតនៅលើគេហទំព័ររបស់យើង។ យល់ព្រម

តុលាការ{ZW}ក្រុង{ZW}ភ្នំពេញ{ZW}កាត់ទោស{ZW}សកម្មជន{ZW}បរិស្ថាន{ZW}ពីរ{ZW}នាក់

ចែករំលែក៖ Facebook Twitter Telegram

កាលពី{ZW}ថ្ងៃ{ZW}ពុធ{ZW}តុលាការ{ZW}ក្រុង{ZW}ភ្នំពេញ{ZW}បាន{ZW}កាត់ទោស{ZW}សកម្មជន{ZW}បរិស្ថាន{ZW}ពីរ{ZW}នាក់{ZW}ឲ្យ{ZW}ជាប់{ZW}ពន្ធនាគារ{ZW}រយៈពេល{ZW}ប្រាំមួយ{ZW}ឆ្នាំ{ZW}ពី{ZW}បទ{ZW}ញុះញង់ ក្រោយ{ZW}ពី{ZW}ពួកគេ{ZW}បាន{ZW}ចែករំលែក{ZW}វីដេអូ{ZW}អំពី{ZW}ការ{ZW}បំពុល{ZW}ទន្លេ{ZW}នៅ{ZW}លើ{ZW}បណ្ដាញ{ZW}សង្គម។

មេធាវី​ការពារ​ក្ដី​បាន​ប្រាប់​អ្នកកាសែត​ថា កូនក្ដី​របស់​លោក​នឹង​ប្តឹង​ឧទ្ធរណ៍ ហើយ​ក្រុម​គ្រួសារ​នឹង​បន្ត​តាមដាន​សំណុំរឿង​នេះ​យ៉ាង​ដិតដល់ ទោះបី​ជា​អាជ្ញាធរ​បាន​ហាមឃាត់​មិន​ឲ្យ​ពួកគេ​ជួបជុំ​គ្នា​ក៏ដោយ។

ប៉ូលិស​តាមដាន​យើង​គ្រប់​ទីកន្លែង

អានបន្ត

អត្ថបទទាក់ទង
តុលាការ​ឧទ្ធរណ៍​តម្កល់​ទោស​សកម្មជន​ដីធ្លី​បឹងកក់
សកម្មជន​យុវជន​ត្រូវ​បាន​ដោះលែង​ដោយ​មាន​លក្ខខណ្ឌ
តាមដានយើងតាម Facebook
រក្សាសិទ្ធិ © ២០២៤ វិទ្យុ​អាស៊ីសេរី
"""

NGO_PAGE = f"""ទំព័រដើម{ZW} | អំពីយើង{ZW} | របាយការណ៍ | ទំនាក់ទំនង

សេចក្ដីថ្លែងការណ៍​ព័ត៌មាន

សមាគម​ការពារ​សិទ្ធិ​មនុស្ស​បាន​អំពាវនាវ​ឲ្យ​អាជ្ញាធរ​ដោះលែង​សកម្មជន​ដែល​ត្រូវ​បាន​ចាប់ខ្លួន​ដោយ​គ្មាន​មូលហេតុ​ច្បាស់លាស់ ហើយ​ស្នើ​ឲ្យ​មាន​ការ​ស៊ើបអង្កេត​ឯករាជ្យ​លើ​ការ​វាយ​ដំ​អ្នក​តវ៉ា​នៅ​មុខ​ក្រសួង​បរិស្ថាន។

សូមចុចទីនេះ ដើម្បីទាញយករបាយការណ៍ពេញ

ទំនាក់ទំនងការទូតកម្ពុជា-ថៃ

ច្បាប់ស្ដីពីរក្សាសិទ្ធិ និងសិទ្ធិប្រហាក់ប្រហែល

គាត់​បាន​អាន​បន្ត

ម្ដាយខ្ញុំធ្វើខូគីប្រើស្ករ និងម្សៅ

របាយការណ៍​ប្រចាំ​ឆ្នាំ​របស់​សមាគម​បាន​រក​ឃើញ​ថា ករណី​រំលោភ​សិទ្ធិ​ដីធ្លី​បាន​កើនឡើង​ជាង​ម្ភៃ​ភាគរយ ហើយ​អ្នក​ភូមិ​ជាច្រើន​បាន​ប្រាប់​ក្រុមការងារ​ថា ពួកគេ​មិន​ដែល​ទទួល​បាន​សំណង​សមរម្យ​សម្រាប់​ដី​ដែល​ត្រូវ​បាន​យក​ទៅ​សាងសង់​គម្រោង​ឡើយ។

ជាវព័ត៌មានរបស់យើងតាមអ៊ីមែល
ទំនាក់ទំនង
ផ្ទះលេខ ១៦ ផ្លូវ ៩៩ សង្កាត់បឹងត្របែក ភ្នំពេញ
"""


def rules(text: str) -> list[tuple[str, str]]:
    return [(junk.rule, junk.text) for junk in find_boilerplate(text)]


def test_a_khmer_news_page_loses_its_furniture():
    found = rules(NEWS_PAGE)
    assert [rule for rule, _ in found] == [
        "navigation", "cookie-notice", "social-links", "navigation", "related-articles", "footer",
        "social-links", "copyright"]
    assert found[0] == ("navigation", "ព័ត៌មានជាតិ | អន្តរជាតិ | សេដ្ឋកិច្ច | កីឡា | វីដេអូ")
    assert found[4][1].startswith("អត្ថបទទាក់ទង")


def test_the_article_and_its_headline_stay():
    text = prepare(NEWS_PAGE).text
    assert text.startswith(f"តុលាការ{ZW}ក្រុង{ZW}ភ្នំពេញ{ZW}កាត់ទោស")
    assert f"បាន{ZW}ចែករំលែក{ZW}វីដេអូ" in text  # "they shared a video": prose
    assert "បន្ត​តាមដាន​សំណុំរឿង​នេះ" in text
    assert text.endswith("ប៉ូលិស​តាមដាន​យើង​គ្រប់​ទីកន្លែង")  # "police follow us everywhere": a quote, not an appeal
    for junk in ("ខូគី", "Facebook", "អានបន្ត", "អត្ថបទទាក់ទង", "បឹងកក់", "រក្សាសិទ្ធិ"):
        assert junk not in text


def test_an_ngo_page_loses_its_menu_link_and_footer_but_keeps_look_alike_prose():
    found = rules(NGO_PAGE)
    assert found[0] == ("navigation", f"ទំព័រដើម{ZW} | អំពីយើង{ZW} | របាយការណ៍ | ទំនាក់ទំនង")
    assert ("call-to-action", "សូមចុចទីនេះ ដើម្បីទាញយករបាយការណ៍ពេញ") in found
    # The subscription appeal, and the footer's contact lines after it.
    assert found[-3:] == [("call-to-action", "ជាវព័ត៌មានរបស់យើងតាមអ៊ីមែល"), ("navigation", "ទំនាក់ទំនង"),
                          ("footer", "ផ្ទះលេខ ១៦ ផ្លូវ ៩៩ សង្កាត់បឹងត្របែក ភ្នំពេញ")]
    kept = prepare(NGO_PAGE).text
    for prose in ("សេចក្ដីថ្លែងការណ៍​ព័ត៌មាន", "ទំនាក់ទំនងការទូតកម្ពុជា-ថៃ", "ច្បាប់ស្ដីពីរក្សាសិទ្ធិ",
                  "គាត់​បាន​អាន​បន្ត", "ម្ដាយខ្ញុំធ្វើខូគីប្រើស្ករ", "សមាគម​ការពារ​សិទ្ធិ​មនុស្ស", "របាយការណ៍​ប្រចាំ​ឆ្នាំ"):
        assert prose in kept


def test_paragraphs_that_merely_use_the_words_stay():
    words = ("ចែករំលែក តាមដានយើង ចុចទីនេះ អានបន្ត អត្ថបទទាក់ទង រក្សាសិទ្ធិ © ២០២៤ យើងប្រើខូគី ជាវ ទំនាក់ទំនង "
             "ព័ត៌មានពេញនិយម")
    paragraph = ("អ្នកស្រាវជ្រាវ​បាន​សិក្សា​ពី​របៀប​ដែល​គេហទំព័រ​ព័ត៌មាន​ខ្មែរ​ប្រើ​ពាក្យ​ដូចជា " + words +
                 " ដើម្បី​ទាក់ទាញ​អ្នកអាន ហើយ​បាន​រក​ឃើញ​ថា​ពាក្យ​ទាំង​នេះ​ច្រើន​តែ​លេចឡើង​នៅ​ចុង​អត្ថបទ​នីមួយៗ "
                 "ជាង​នៅ​ដើម​អត្ថបទ ដែល​ធ្វើ​ឲ្យ​អ្នកអាន​ពិបាក​បែងចែក​ព័ត៌មាន​ពិត​ពី​ការ​ផ្សាយ​ពាណិជ្ជកម្ម​នៅ​លើ​ទំព័រ​តែមួយ "
                 "ជាពិសេស​នៅ​ពេល​ដែល​ពួកគេ​អាន​តាម​ទូរស័ព្ទ​ដៃ។ ")
    assert len(paragraph) > 400  # longer than any cookie notice
    assert rules(f"{paragraph}\n\n{paragraph}") == []


def test_single_words_are_furniture_only_where_they_make_a_row():
    assert rules("ព័ត៌មាន") == []  # "News" alone: perhaps a heading
    assert rules("ព័ត៌មាន កីឡា វីដេអូ") == [("navigation", "ព័ត៌មាន កីឡា វីដេអូ")]
    assert rules("ហ្វេសប៊ុក តេឡេក្រាម") == [("social-links", "ហ្វេសប៊ុក តេឡេក្រាម")]


def test_english_cookie_notices_and_copyright_lines_too():
    assert rules("We use cookies to improve your experience on our website. Accept") == [
        ("cookie-notice", "We use cookies to improve your experience on our website. Accept")]
    assert rules("© 2024 LICADHO. All rights reserved.") == [("copyright", "© 2024 LICADHO. All rights reserved.")]
    assert rules("Photo ©Lucia De Giovanni") == [("credit", "Photo ©Lucia De Giovanni")]  # not a copyright notice

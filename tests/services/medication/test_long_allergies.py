"""Allergies pasted at length (a hospital's whole list) print whole on the medicine chart.

The chart's allergy box held them in one paragraph in one table cell: taller than a page,
the chart could not be made at all (a layout error, for the window's Print and for
``meds chart``). Now the box goes on from page to page in pieces, every word kept.
"""

from pathlib import Path

import pypdfium2
from reportlab.lib.pagesizes import A4

from caregiver_app.services.medication.chart import chart_bytes
from caregiver_app.store.queries import ProfileData, save_profile
from tests.services.medication.test_chart_and_export import MONDAY, NOW, _record

ALLERGIES = "".join(f"Allergy {n}: penicillin, hives and swelling. " for n in range(2000))


def _text(data: bytes, path: Path) -> list[str]:
    path.write_bytes(data)
    document = pypdfium2.PdfDocument(path)
    try:
        return [" ".join(page.get_textpage().get_text_range().split()) for page in document]
    finally:
        document.close()


def test_allergies_longer_than_a_page_print_whole_and_in_order(store, tmp_path):
    _record()
    save_profile(ProfileData(patient_name="Rosa 李", allergies=ALLERGIES))

    pages = _text(chart_bytes(MONDAY, True, A4, now=NOW), tmp_path / "chart.pdf")

    text = " ".join(pages)
    positions = [text.index(f"Allergy {n}: penicillin") for n in range(2000)]
    assert positions == sorted(positions)  # every allergy, in order
    assert len(pages) > 1 and "Morphine ER" in text  # and the chart after them
    assert text.index("Allergy 1999") < text.index("Morphine ER")


def test_short_allergies_stay_one_line_in_the_box(store, tmp_path):
    _record()
    save_profile(ProfileData(patient_name="Rosa 李", allergies="Penicillin"))

    pages = _text(chart_bytes(MONDAY, True, A4, now=NOW), tmp_path / "chart.pdf")

    assert len(pages) == 1 and "Allergies: Penicillin" in pages[0]

"""The Today page's lines stay whole in a narrow window and at twice the text size."""

from PySide6.QtWidgets import QApplication, QLabel

from caregiver_app.views.today.fitted_label import FittedLabel


def _settle(qtbot):
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(10)


def _whole(label: QLabel) -> bool:
    """Every word is shown: the label is at least as tall as its text needs at its width."""
    if label.wordWrap():
        return label.height() >= label.heightForWidth(label.width())
    return label.width() >= label.sizeHint().width() - 1


def test_a_line_wraps_only_when_it_does_not_fit(page, qtbot):
    row = page.rows[0]
    assert isinstance(row.label, FittedLabel)
    assert not row.label.wordWrap()  # 900 px: the dose's line fits, nothing to wrap
    assert _whole(row.label)
    hint = page.findChild(FittedLabel, "keysHint")
    assert not hint.wordWrap()

    page.resize(300, 700)  # narrower than the keys' sentence
    _settle(qtbot)
    assert hint.wordWrap()
    assert _whole(hint) and _whole(row.label)

    page.resize(900, 700)
    _settle(qtbot)
    assert not hint.wordWrap()
    assert _whole(hint)


def test_the_lines_are_whole_at_twice_the_text_size_in_a_narrow_window(page, qtbot):
    base = QApplication.font()
    larger = QApplication.font()
    larger.setPointSizeF(base.pointSizeF() * 2)
    try:
        QApplication.setFont(larger)
        page.signals.text_scale_changed.emit(200)
        page.resize(420, 700)
        _settle(qtbot)
        labels = [label for label in page.body.findChildren(FittedLabel) if label.isVisible()]
        assert labels
        assert all(_whole(label) for label in labels), [
            label.text() for label in labels if not _whole(label)
        ]
        assert any(label.wordWrap() for label in labels)
    finally:
        QApplication.setFont(base)

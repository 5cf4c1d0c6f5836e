"""A diary entry: the nine ESAS-r scores, other problems, measurements and a note.

Made for a tired caregiver at the keyboard: Tab moves from score to score, typing
a digit sets it, Enter saves. The layout comes from ui/entry_form.ui.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialog,
    QDoubleSpinBox,
    QInputDialog,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.esas import COMPLETED_BY, ESAS_ITEMS, band
from caregiver_app.store.diary.entries import (
    NOT_RECORDED,
    EntryRecord,
    add_tracker,
    list_trackers,
    save_entry,
)
from caregiver_app.store.diary.trackers import tracker_rows
from caregiver_app.store.errors import InvalidValueError
from caregiver_app.store.home_clock import home_now
from caregiver_app.store.settings import get_setting, set_setting
from caregiver_app.views.diary.diary_labels import band_label, completed_by_label
from caregiver_app.views.diary.entry_vitals import set_up_vital_boxes
from caregiver_app.views.forms.ui_entry_form import Ui_EntryForm
from caregiver_app.views.look.text_size import fit_to_content
from caregiver_app.views.look.units import (
    celsius_to_shown,
    kg_to_shown,
    shown_to_celsius,
    shown_to_kg,
)
from caregiver_app.views.widgets.form_dialog import SavingDialog
from caregiver_app.views.widgets.form_parts import (
    error_label,
    note_under_check,
    save_cancel_buttons,
    scrolling_form,
)
from caregiver_app.views.widgets.pair_flow import flow_pairs
from caregiver_app.views.widgets.wrapping_label import WrappingLabel

LAST_COMPLETED_BY = "diary.last_completed_by"
NOT_RATED = -1


def _camel(field: str) -> str:
    first, *rest = field.split("_")
    return first + "".join(part.title() for part in rest)


class _SelectOnFocus(QObject):
    """Selects a score box's text when it gains focus, so a typed digit replaces it."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QAbstractSpinBox):
            QTimer.singleShot(0, watched, watched.selectAll)
        return False


def score_of(spin: QSpinBox) -> int | None:
    """A score box's value, or None for "not rated"."""
    return None if spin.value() == NOT_RATED else spin.value()


class EntryDialog(SavingDialog):
    """Add or edit one diary entry; saves on Save and says why if it cannot."""

    asks_before_discarding = True

    def __init__(self, record: EntryRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryDialog")
        self.record_id = record.id if record else None
        self.setWindowTitle(self.tr("Edit diary entry") if record else self.tr("New diary entry"))
        self.form = QWidget()
        self.ui = Ui_EntryForm()
        self.ui.setupUi(self.form)
        self.ui.scoresLayout.setColumnStretch(3, 1)
        # The anchors wrap rather than push the form sideways at large text sizes.
        for item in ESAS_ITEMS:
            anchors = getattr(self.ui, f"{_camel(item.field)}Anchors")
            anchors.setWordWrap(True)
            policy = anchors.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
            anchors.setSizePolicy(policy)
            anchors.setMinimumWidth(anchors.fontMetrics().horizontalAdvance("0 = no nausea,"))
        note_under_check(self.ui.forTeamNote, self.ui.forTeamCheck)
        scroll = scrolling_form(self.form, self, self.tr("Diary entry form"))
        self.error_label = error_label(self)
        self.buttons, self.save_button, _cancel = save_cancel_buttons(self, self.tr("Save entry"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

        ui = self.ui
        self.score_spins: dict[str, QSpinBox] = {}
        self._select_on_focus = _SelectOnFocus(self)
        ui.otherProblemSpin.installEventFilter(self._select_on_focus)
        ui.otherProblemSpin.setMinimumWidth(
            max(ui.otherProblemSpin.minimumWidth(), self._score_box_width())
        )
        for item in ESAS_ITEMS:
            spin = getattr(ui, f"{_camel(item.field)}Spin")
            spin.installEventFilter(self._select_on_focus)
            # Never squeezed below "not rated" when the names and anchors wrap.
            spin.setMinimumWidth(max(spin.minimumWidth(), self._score_box_width()))
            band_text = getattr(ui, f"{_camel(item.field)}Band")
            self._connect_band(spin, band_text)
            self.score_spins[item.field] = spin
        self._connect_band(ui.otherProblemSpin, ui.otherProblemBand)
        # "Not recorded" last: an entry imported without saying who keeps saying so when edited.
        for kind in (*COMPLETED_BY, NOT_RECORDED):
            ui.completedByCombo.addItem(completed_by_label(kind), kind)
        set_up_vital_boxes(ui)
        # The measurements: two to a row while they fit, one under another at large text.
        pairs = (ui.temperaturePair, ui.oxygenSaturationPair, ui.oxygenFlowPair, ui.weightPair)
        flow_pairs(ui.vitalsLayout, (*pairs, ui.pulsePair), columns=True)
        ui.addTrackerButton.clicked.connect(self.ask_for_tracker)
        # Set by the tab that opens the form: the Trackers window, over this form.
        self.open_trackers: Callable[[QWidget], QDialog] | None = None
        ui.trackersButton.clicked.connect(self.manage_trackers)
        self.tracker_spins: dict[str, QSpinBox] = {}
        # Each tracker row's widgets, by name; rows never share a grid row, even one hidden.
        self._tracker_widgets: dict[str, tuple[QLabel, QSpinBox, QLabel]] = {}
        self._tracker_grid_rows = 0
        self._kept_vitals: dict[QAbstractSpinBox, tuple[float, float | None]] = {}
        for name in list_trackers():
            self.add_tracker_row(name)

        self.set_record(record or self._blank())
        self.setMinimumSize(640, 480)
        self.resize(860, 760)
        fit_to_content(self, self.form)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Start at the Pain score once the form is on screen."""
        super().showEvent(event)
        # The time defaults to now, so start at Pain, its "not rated" selected so a
        # typed digit replaces it.
        QTimer.singleShot(0, self, lambda: self.ui.painSpin.setFocus(Qt.FocusReason.TabFocusReason))

    # ------------------------------------------------------------ set-up

    def _score_box_width(self) -> int:
        """Room for "not rated" and the arrows, at any text size."""
        return self.fontMetrics().horizontalAdvance(self.tr("not rated")) + 48

    def _connect_band(self, spin: QSpinBox, label: QLabel) -> None:
        # Room for the longest band name, so the row does not jump as scores change.
        label.setMinimumWidth(label.fontMetrics().horizontalAdvance(band_label("moderate")) + 8)

        def show(value: int) -> None:
            label.setText(band_label(band(None if value == NOT_RATED else value)) or "")

        spin.valueChanged.connect(show)
        show(spin.value())

    @staticmethod
    def _blank() -> EntryRecord:
        return EntryRecord(
            recorded_at=home_now().replace(second=0, microsecond=0),
            completed_by=get_setting(LAST_COMPLETED_BY, NOT_RECORDED),
        )

    def add_tracker_row(self, name: str) -> QSpinBox:
        """A score box for one custom tracker."""
        if name in self.tracker_spins:
            return self.tracker_spins[name]
        row = self._tracker_grid_rows
        self._tracker_grid_rows += 1
        label = WrappingLabel(self.form)  # a long name wraps rather than push the form sideways
        label.setText(name)
        spin = QSpinBox(self.form)
        spin.setRange(NOT_RATED, 10)
        spin.setSpecialValueText(self.tr("not rated"))
        spin.setValue(NOT_RATED)
        spin.setMinimumWidth(self._score_box_width())
        spin.setAccessibleName(name)
        spin.installEventFilter(self._select_on_focus)
        label.setBuddy(spin)
        band_text = QLabel(self.form)
        self._connect_band(spin, band_text)
        self.ui.trackersLayout.addWidget(label, row, 0)
        self.ui.trackersLayout.addWidget(spin, row, 1)
        self.ui.trackersLayout.addWidget(band_text, row, 2)
        self.ui.trackersLayout.setColumnStretch(3, 1)
        previous = (
            list(self.tracker_spins.values())[-1]
            if self.tracker_spins
            else self.ui.otherProblemSpin
        )
        QWidget.setTabOrder(previous, spin)
        QWidget.setTabOrder(spin, self.ui.addTrackerButton)
        self.tracker_spins[name] = spin
        self._tracker_widgets[name] = (label, spin, band_text)
        self.keep_as_opened(spin)  # a new "not rated" row is not typing
        return spin

    def ask_for_tracker(self) -> None:
        """Follow another symptom from now on (for example cough or constipation)."""
        name, ok = QInputDialog.getText(
            self,
            self.tr("Follow another symptom"),
            self.tr("Name of the symptom (for example cough, constipation, swelling):"),
        )
        if ok and name.strip():
            try:
                kept = add_tracker(name)
            except InvalidValueError as error:
                self.show_error(str(error))
                return
            # Under the name the diary keeps: "cough" typed when "Cough" is followed
            # moves to the Cough row rather than making a second row for one tracker.
            self.add_tracker_row(kept).setFocus()

    def manage_trackers(self) -> None:
        """Open the Trackers window over the form; the form then follows what it changed."""
        if self.open_trackers is None:
            return
        names_before = {row.id: row.name for row in tracker_rows()}
        trackers = self.open_trackers(self)
        trackers.finished.connect(lambda _result: self.trackers_changed(names_before))

    def trackers_changed(self, names_before: dict[int, str]) -> None:
        """Follow the Trackers window (``names_before``: each tracker's name when it opened):
        a renamed tracker's row takes its new name, keeping the score typed; one no longer
        followed leaves the form unless it has a score; one followed again gets a row.
        Saving then scores each tracker under the name it has now, never the old one."""
        ids = {name: tracker_id for tracker_id, name in names_before.items()}
        now = {row.id: row for row in tracker_rows()}
        widgets: dict[str, tuple[QLabel, QSpinBox, QLabel]] = {}
        for name, (label, spin, band_text) in self._tracker_widgets.items():
            row = now.get(ids.get(name, -1))
            if row is not None and not row.active and score_of(spin) is None:
                for widget in (label, spin, band_text):
                    widget.hide()  # kept, hidden: the form still knows what it held
                continue
            if row is not None and row.name != name:
                label.setText(row.name)
                spin.setAccessibleName(row.name)
                name = row.name
            widgets[name] = (label, spin, band_text)
        self._tracker_widgets = widgets
        self.tracker_spins = {name: spin for name, (_label, spin, _band) in widgets.items()}
        for row in now.values():
            if row.active and row.name not in self.tracker_spins:
                self.add_tracker_row(row.name)

    # ------------------------------------------------------------ values

    def _set_vital(self, spin: QDoubleSpinBox | QSpinBox, kept: float | None, shown: float) -> None:
        """Show a vital sign kept in the record (``shown``: in the unit and box's places)."""
        spin.setValue(spin.minimum() if kept is None else shown)
        # The box shows one decimal: 37.25 °C from a file, or 100.1 °F typed on another
        # computer (37.8333 °C), would be saved rounded when only the note was changed.
        self._kept_vitals[spin] = (spin.value(), kept)

    def _vital(
        self, spin: QDoubleSpinBox | QSpinBox, to_record: Callable[[float], float] = float
    ) -> float | None:
        """A vital sign as the record keeps it: as it was when the box is as it was shown."""
        if spin.value() == spin.minimum():
            return None
        shown, kept = self._kept_vitals.get(spin, (None, None))
        return kept if kept is not None and spin.value() == shown else to_record(spin.value())

    def _whole_vital(self, spin: QSpinBox) -> int | None:
        value = self._vital(spin)
        return None if value is None else int(value)

    def set_record(self, record: EntryRecord) -> None:
        """Fill the form from ``record``."""
        ui = self.ui
        ui.recordedAtEdit.set_not_after_now(
            QCoreApplication.translate("EntryDialog", "An entry cannot be dated in the future.")
        )
        ui.recordedAtEdit.set_value(record.recorded_at)
        index = ui.completedByCombo.findData(record.completed_by)
        ui.completedByCombo.setCurrentIndex(max(0, index))
        for name, spin in self.score_spins.items():
            value = record.scores.get(name)
            spin.setValue(NOT_RATED if value is None else value)
        ui.otherProblemEdit.setText(record.other_problem)
        score = record.other_problem_score
        ui.otherProblemSpin.setValue(NOT_RATED if score is None else score)
        for name, value in record.trackers.items():
            self.add_tracker_row(name).setValue(value)
        temperature, weight = record.temperature_c, record.weight_kg
        self._set_vital(ui.temperatureSpin, temperature, celsius_to_shown(temperature or 0))
        self._set_vital(ui.weightSpin, weight, kg_to_shown(weight or 0))
        for spin, value in (
            (ui.oxygenSaturationSpin, record.oxygen_saturation),
            (ui.oxygenFlowSpin, record.oxygen_flow_lpm),
            (ui.pulseSpin, record.pulse_bpm),
        ):
            self._set_vital(spin, value, value or 0)
        ui.noteEdit.setPlainText(record.note)
        ui.forTeamCheck.setChecked(record.for_team)

    def record(self) -> EntryRecord:
        """What the form holds now; a date or time that is not one raises FieldInputError."""
        ui = self.ui
        return EntryRecord(
            id=self.record_id,
            recorded_at=ui.recordedAtEdit.value(),
            completed_by=ui.completedByCombo.currentData(),
            scores={name: score_of(spin) for name, spin in self.score_spins.items()},
            other_problem=ui.otherProblemEdit.text().strip(),
            other_problem_score=score_of(ui.otherProblemSpin),
            note=ui.noteEdit.toPlainText().strip(),
            for_team=ui.forTeamCheck.isChecked(),
            # converted, not rounded: 101.0 °F typed reads back as 101.0 °F, not 100.9
            temperature_c=self._vital(ui.temperatureSpin, shown_to_celsius),
            oxygen_saturation=self._whole_vital(ui.oxygenSaturationSpin),
            oxygen_flow_lpm=self._vital(ui.oxygenFlowSpin),
            weight_kg=self._vital(ui.weightSpin, shown_to_kg),
            pulse_bpm=self._whole_vital(ui.pulseSpin),
            trackers={
                name: value
                for name, spin in self.tracker_spins.items()
                if (value := score_of(spin)) is not None
            },
        )

    # ------------------------------------------------------------ saving

    def field_widget(self, field: str) -> QWidget | None:
        """The entry's field the store names in a refusal (else the date and time)."""
        ui = self.ui
        widgets = {
            "recorded_at": ui.recordedAtEdit,
            "completed_by": ui.completedByCombo,
            "other_problem": ui.otherProblemEdit,
            "other_problem_score": ui.otherProblemSpin,
            "temperature_c": ui.temperatureSpin,
            "oxygen_saturation": ui.oxygenSaturationSpin,
            "oxygen_flow_lpm": ui.oxygenFlowSpin,
            "weight_kg": ui.weightSpin,
            "pulse_bpm": ui.pulseSpin,
            **self.score_spins,
        }
        tracker = self.tracker_spins.get(field.removeprefix("tracker:").strip())
        if field.startswith("tracker:") and tracker is not None:
            return tracker
        return widgets.get(field, ui.recordedAtEdit)

    def write(self) -> int:
        """Save the entry as typed, and who completed it for next time; its id."""
        record = self.record()
        entry_id = save_entry(record)
        self.completed_by = record.completed_by
        return entry_id

    def failed_text(self, error: Exception) -> str:
        """The sentence for an entry the record could not take."""
        return QCoreApplication.translate(
            "EntryDialog",
            "The entry could not be saved ({reason}). Check that the disk is not "
            "full and try again; everything you typed is still here.",
        ).format(reason=error)

    def saved_as(self, saved_id: int | None) -> None:
        """Offer the same "completed by" next time; saving again saves the same entry."""
        set_setting(LAST_COMPLETED_BY, self.completed_by)
        self.record_id = saved_id

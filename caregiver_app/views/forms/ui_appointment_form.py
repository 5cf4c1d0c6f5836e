# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'appointment_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

from caregiver_app.views.widgets.date_fields import (DateField, TimeField)

class Ui_AppointmentForm(object):
    def setupUi(self, AppointmentForm):
        if not AppointmentForm.objectName():
            AppointmentForm.setObjectName(u"AppointmentForm")
        AppointmentForm.resize(720, 1100)
        self.mainLayout = QVBoxLayout(AppointmentForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.scopeNote = QLabel(AppointmentForm)
        self.scopeNote.setObjectName(u"scopeNote")
        self.scopeNote.setWordWrap(True)

        self.mainLayout.addWidget(self.scopeNote)

        self.whatGroup = QGroupBox(AppointmentForm)
        self.whatGroup.setObjectName(u"whatGroup")
        self.whatLayout = QFormLayout(self.whatGroup)
        self.whatLayout.setObjectName(u"whatLayout")
        self.whatLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(self.whatGroup)
        self.titleLabel.setObjectName(u"titleLabel")

        self.whatLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.whatGroup)
        self.titleEdit.setObjectName(u"titleEdit")

        self.whatLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleError = QLabel(self.whatGroup)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setWordWrap(True)
        self.titleError.setVisible(False)

        self.whatLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.kindLabel = QLabel(self.whatGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.whatLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.whatGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.whatLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.sameDayBox = QWidget(self.whatGroup)
        self.sameDayBox.setObjectName(u"sameDayBox")
        self.sameDayLayout = QVBoxLayout(self.sameDayBox)
        self.sameDayLayout.setObjectName(u"sameDayLayout")
        self.sameDayLayout.setContentsMargins(0, 0, 0, 0)
        self.sameDayLabel = QLabel(self.sameDayBox)
        self.sameDayLabel.setObjectName(u"sameDayLabel")
        self.sameDayLabel.setWordWrap(True)

        self.sameDayLayout.addWidget(self.sameDayLabel)

        self.sameDayButtons = QVBoxLayout()
        self.sameDayButtons.setObjectName(u"sameDayButtons")

        self.sameDayLayout.addLayout(self.sameDayButtons)


        self.whatLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.sameDayBox)

        self.allDayCheck = QCheckBox(self.whatGroup)
        self.allDayCheck.setObjectName(u"allDayCheck")

        self.whatLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.allDayCheck)

        self.startLabel = QLabel(self.whatGroup)
        self.startLabel.setObjectName(u"startLabel")

        self.whatLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startLayout = QHBoxLayout()
        self.startLayout.setObjectName(u"startLayout")
        self.startLayout.setContentsMargins(0, 0, 0, 0)
        self.startDateEdit = DateField(self.whatGroup)
        self.startDateEdit.setObjectName(u"startDateEdit")

        self.startLayout.addWidget(self.startDateEdit)

        self.startTimeEdit = TimeField(self.whatGroup)
        self.startTimeEdit.setObjectName(u"startTimeEdit")

        self.startLayout.addWidget(self.startTimeEdit)

        self.startSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startLayout.addItem(self.startSpacer)


        self.whatLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.startLayout)

        self.startError = QLabel(self.whatGroup)
        self.startError.setObjectName(u"startError")
        self.startError.setWordWrap(True)
        self.startError.setVisible(False)

        self.whatLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.startError)

        self.startNote = QLabel(self.whatGroup)
        self.startNote.setObjectName(u"startNote")
        self.startNote.setWordWrap(True)
        self.startNote.setVisible(False)

        self.whatLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.startNote)

        self.endLabel = QLabel(self.whatGroup)
        self.endLabel.setObjectName(u"endLabel")

        self.whatLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endLayout = QHBoxLayout()
        self.endLayout.setObjectName(u"endLayout")
        self.endLayout.setContentsMargins(0, 0, 0, 0)
        self.endDateEdit = DateField(self.whatGroup)
        self.endDateEdit.setObjectName(u"endDateEdit")

        self.endLayout.addWidget(self.endDateEdit)

        self.endTimeEdit = TimeField(self.whatGroup)
        self.endTimeEdit.setObjectName(u"endTimeEdit")

        self.endLayout.addWidget(self.endTimeEdit)

        self.endSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.endLayout.addItem(self.endSpacer)


        self.whatLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.endLayout)

        self.endError = QLabel(self.whatGroup)
        self.endError.setObjectName(u"endError")
        self.endError.setWordWrap(True)
        self.endError.setVisible(False)

        self.whatLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.endError)

        self.timezoneLabel = QLabel(self.whatGroup)
        self.timezoneLabel.setObjectName(u"timezoneLabel")

        self.whatLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.timezoneLabel)

        self.timezoneCombo = QComboBox(self.whatGroup)
        self.timezoneCombo.setObjectName(u"timezoneCombo")
        self.timezoneCombo.setEditable(True)
        self.timezoneCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.whatLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.timezoneCombo)

        self.timezoneError = QLabel(self.whatGroup)
        self.timezoneError.setObjectName(u"timezoneError")
        self.timezoneError.setWordWrap(True)
        self.timezoneError.setVisible(False)

        self.whatLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.timezoneError)


        self.mainLayout.addWidget(self.whatGroup)

        self.repeatGroup = QGroupBox(AppointmentForm)
        self.repeatGroup.setObjectName(u"repeatGroup")
        self.repeatLayout = QFormLayout(self.repeatGroup)
        self.repeatLayout.setObjectName(u"repeatLayout")
        self.repeatLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.repeatLabel = QLabel(self.repeatGroup)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.repeatLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatCombo = QComboBox(self.repeatGroup)
        self.repeatCombo.setObjectName(u"repeatCombo")

        self.repeatLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.repeatCombo)

        self.repeatEndLabel = QLabel(self.repeatGroup)
        self.repeatEndLabel.setObjectName(u"repeatEndLabel")

        self.repeatLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatEndLabel)

        self.repeatEndLayout = QHBoxLayout()
        self.repeatEndLayout.setObjectName(u"repeatEndLayout")
        self.repeatEndLayout.setContentsMargins(0, 0, 0, 0)
        self.repeatEndCombo = QComboBox(self.repeatGroup)
        self.repeatEndCombo.setObjectName(u"repeatEndCombo")

        self.repeatEndLayout.addWidget(self.repeatEndCombo)

        self.untilDateEdit = DateField(self.repeatGroup)
        self.untilDateEdit.setObjectName(u"untilDateEdit")

        self.repeatEndLayout.addWidget(self.untilDateEdit)

        self.countSpin = QSpinBox(self.repeatGroup)
        self.countSpin.setObjectName(u"countSpin")
        self.countSpin.setMinimum(1)
        self.countSpin.setMaximum(1000)
        self.countSpin.setValue(6)

        self.repeatEndLayout.addWidget(self.countSpin)

        self.repeatEndSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.repeatEndLayout.addItem(self.repeatEndSpacer)


        self.repeatLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.repeatEndLayout)

        self.repeatNote = QLabel(self.repeatGroup)
        self.repeatNote.setObjectName(u"repeatNote")
        self.repeatNote.setWordWrap(True)
        self.repeatNote.setVisible(False)

        self.repeatLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeatNote)

        self.repeatError = QLabel(self.repeatGroup)
        self.repeatError.setObjectName(u"repeatError")
        self.repeatError.setWordWrap(True)
        self.repeatError.setVisible(False)

        self.repeatLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeatError)


        self.mainLayout.addWidget(self.repeatGroup)

        self.whereGroup = QGroupBox(AppointmentForm)
        self.whereGroup.setObjectName(u"whereGroup")
        self.whereLayout = QFormLayout(self.whereGroup)
        self.whereLayout.setObjectName(u"whereLayout")
        self.whereLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.locationLabel = QLabel(self.whereGroup)
        self.locationLabel.setObjectName(u"locationLabel")

        self.whereLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationEdit = QLineEdit(self.whereGroup)
        self.locationEdit.setObjectName(u"locationEdit")

        self.whereLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.videoLinkLabel = QLabel(self.whereGroup)
        self.videoLinkLabel.setObjectName(u"videoLinkLabel")

        self.whereLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.videoLinkLabel)

        self.videoLinkEdit = QLineEdit(self.whereGroup)
        self.videoLinkEdit.setObjectName(u"videoLinkEdit")

        self.whereLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.videoLinkEdit)

        self.videoLinkError = QLabel(self.whereGroup)
        self.videoLinkError.setObjectName(u"videoLinkError")
        self.videoLinkError.setWordWrap(True)
        self.videoLinkError.setVisible(False)

        self.whereLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.videoLinkError)

        self.participantsLabel = QLabel(self.whereGroup)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.whereLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.participantsLabel)

        self.participantsList = QListWidget(self.whereGroup)
        self.participantsList.setObjectName(u"participantsList")
        self.participantsList.setMaximumSize(QSize(16777215, 130))

        self.whereLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.participantsList)

        self.participantsHint = QLabel(self.whereGroup)
        self.participantsHint.setObjectName(u"participantsHint")
        self.participantsHint.setWordWrap(True)

        self.whereLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.participantsHint)


        self.mainLayout.addWidget(self.whereGroup)

        self.transportGroup = QGroupBox(AppointmentForm)
        self.transportGroup.setObjectName(u"transportGroup")
        self.transportLayout = QFormLayout(self.transportGroup)
        self.transportLayout.setObjectName(u"transportLayout")
        self.transportLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.driverLabel = QLabel(self.transportGroup)
        self.driverLabel.setObjectName(u"driverLabel")

        self.transportLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.driverLabel)

        self.driverCombo = QComboBox(self.transportGroup)
        self.driverCombo.setObjectName(u"driverCombo")
        self.driverCombo.setEditable(True)
        self.driverCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.transportLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.driverCombo)

        self.pickupCheck = QCheckBox(self.transportGroup)
        self.pickupCheck.setObjectName(u"pickupCheck")

        self.transportLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pickupCheck)

        self.pickupLayout = QHBoxLayout()
        self.pickupLayout.setObjectName(u"pickupLayout")
        self.pickupLayout.setContentsMargins(0, 0, 0, 0)
        self.pickupTimeEdit = TimeField(self.transportGroup)
        self.pickupTimeEdit.setObjectName(u"pickupTimeEdit")

        self.pickupLayout.addWidget(self.pickupTimeEdit)

        self.pickupSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pickupLayout.addItem(self.pickupSpacer)


        self.transportLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.pickupLayout)

        self.pickupError = QLabel(self.transportGroup)
        self.pickupError.setObjectName(u"pickupError")
        self.pickupError.setWordWrap(True)
        self.pickupError.setVisible(False)

        self.transportLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pickupError)


        self.mainLayout.addWidget(self.transportGroup)

        self.prepareGroup = QGroupBox(AppointmentForm)
        self.prepareGroup.setObjectName(u"prepareGroup")
        self.prepareLayout = QFormLayout(self.prepareGroup)
        self.prepareLayout.setObjectName(u"prepareLayout")
        self.prepareLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.bringLabel = QLabel(self.prepareGroup)
        self.bringLabel.setObjectName(u"bringLabel")

        self.prepareLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bringLabel)

        self.bringEdit = QPlainTextEdit(self.prepareGroup)
        self.bringEdit.setObjectName(u"bringEdit")
        self.bringEdit.setTabChangesFocus(True)
        self.bringEdit.setMaximumSize(QSize(16777215, 64))

        self.prepareLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.bringEdit)

        self.questionsLabel = QLabel(self.prepareGroup)
        self.questionsLabel.setObjectName(u"questionsLabel")

        self.prepareLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.questionsLabel)

        self.questionsList = QListWidget(self.prepareGroup)
        self.questionsList.setObjectName(u"questionsList")
        self.questionsList.setMaximumSize(QSize(16777215, 130))

        self.prepareLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.questionsList)

        self.questionsHint = QLabel(self.prepareGroup)
        self.questionsHint.setObjectName(u"questionsHint")
        self.questionsHint.setWordWrap(True)

        self.prepareLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.questionsHint)

        self.notesLabel = QLabel(self.prepareGroup)
        self.notesLabel.setObjectName(u"notesLabel")

        self.prepareLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.prepareGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 64))

        self.prepareLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addWidget(self.prepareGroup)

        self.remindersGroup = QGroupBox(AppointmentForm)
        self.remindersGroup.setObjectName(u"remindersGroup")
        self.remindersOuter = QVBoxLayout(self.remindersGroup)
        self.remindersOuter.setObjectName(u"remindersOuter")
        self.remindersNote = QLabel(self.remindersGroup)
        self.remindersNote.setObjectName(u"remindersNote")
        self.remindersNote.setWordWrap(True)

        self.remindersOuter.addWidget(self.remindersNote)

        self.remindersLayout = QGridLayout()
        self.remindersLayout.setObjectName(u"remindersLayout")

        self.remindersOuter.addLayout(self.remindersLayout)


        self.mainLayout.addWidget(self.remindersGroup)

        self.afterGroup = QGroupBox(AppointmentForm)
        self.afterGroup.setObjectName(u"afterGroup")
        self.afterLayout = QFormLayout(self.afterGroup)
        self.afterLayout.setObjectName(u"afterLayout")
        self.afterLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.decisionsLabel = QLabel(self.afterGroup)
        self.decisionsLabel.setObjectName(u"decisionsLabel")

        self.afterLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decisionsLabel)

        self.decisionsEdit = QPlainTextEdit(self.afterGroup)
        self.decisionsEdit.setObjectName(u"decisionsEdit")
        self.decisionsEdit.setTabChangesFocus(True)
        self.decisionsEdit.setMaximumSize(QSize(16777215, 80))

        self.afterLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decisionsEdit)


        self.mainLayout.addWidget(self.afterGroup)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.startLabel.setBuddy(self.startDateEdit)
        self.endLabel.setBuddy(self.endDateEdit)
        self.timezoneLabel.setBuddy(self.timezoneCombo)
        self.repeatLabel.setBuddy(self.repeatCombo)
        self.repeatEndLabel.setBuddy(self.repeatEndCombo)
        self.locationLabel.setBuddy(self.locationEdit)
        self.videoLinkLabel.setBuddy(self.videoLinkEdit)
        self.participantsLabel.setBuddy(self.participantsList)
        self.driverLabel.setBuddy(self.driverCombo)
        self.bringLabel.setBuddy(self.bringEdit)
        self.questionsLabel.setBuddy(self.questionsList)
        self.notesLabel.setBuddy(self.notesEdit)
        self.decisionsLabel.setBuddy(self.decisionsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AppointmentForm)

        QMetaObject.connectSlotsByName(AppointmentForm)
    # setupUi

    def retranslateUi(self, AppointmentForm):
        AppointmentForm.setWindowTitle(QCoreApplication.translate("AppointmentForm", u"Appointment", None))
        self.scopeNote.setText("")
        self.whatGroup.setTitle(QCoreApplication.translate("AppointmentForm", u"What and when", None))
        self.titleLabel.setText(QCoreApplication.translate("AppointmentForm", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("AppointmentForm", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("AppointmentForm", u"For example, Oncology review", None))
        self.titleError.setText("")
        self.kindLabel.setText(QCoreApplication.translate("AppointmentForm", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("AppointmentForm", u"Kind of appointment", None))
#endif // QT_CONFIG(accessibility)
        self.sameDayLabel.setText("")
        self.allDayCheck.setText(QCoreApplication.translate("AppointmentForm", u"All da&y", None))
#if QT_CONFIG(accessibility)
        self.allDayCheck.setAccessibleName(QCoreApplication.translate("AppointmentForm", u"All day", None))
#endif // QT_CONFIG(accessibility)
        self.startLabel.setText(QCoreApplication.translate("AppointmentForm", u"St&arts:", None))
#if QT_CONFIG(accessibility)
        self.startDateEdit.setAccessibleName(QCoreApplication.translate("AppointmentForm", u"Start date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.startTimeEdit.setAccessibleName(QCoreApplication.translate("AppointmentForm", u"Start time", None))
#endif // QT_CONFIG(accessibility)
        self.startError.setText("")
        self.startNote.setText("")
        self.endLabel.setText(QCoreApplication.translate("AppointmentForm", u"&Ends:", None))
#if QT_CONFIG(accessibility)
        self.endDateEdit.setAccessibleName(QCoreApplication.translate("AppointmentForm", u"End date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.endTimeEdit.setAccessibleName(QCoreApplication.translate("AppointmentForm", u"End time", None))
#endif // QT_CONFIG(accessibility)
        self.endError.setText("")
        self.timezoneLabel.setText(QCoreApplication.translate("AppointmentForm", u"Time &zone:", None))
#if QT_CONFIG(accessibility)
        self.timezoneCombo.setAccessibleName(QCoreApplication.translate("AppointmentForm", u"Time zone", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.timezoneCombo.setAccessibleDescription(QCoreApplication.translate("AppointmentForm", u"The zone the times are in; usually this computer's.", None))
#endif // QT_CONFIG(accessibility)
        self.timezoneError.setText("")
        self.repeatGroup.setTitle(QCoreApplication.translate("AppointmentForm", u"Repeats", None))
        self.repeatLabel.setText(QCoreApplication.translate("AppointmentForm", u"&Repeats:", None))
#if QT_CONFIG(accessibility)
        self.repeatCombo.setAccessibleName(QCoreApplication.translate("AppointmentForm", u"Repeats", None))
#endif // QT_CONFIG(accessibility)
        self.repeatEndLabel.setText(QCoreApplication.translate("AppointmentForm", u"St&ops:", None))
#if QT_CONFIG(accessibility)
        self.repeatEndCombo.setAccessibleName(QCoreApplication.translate("AppointmentForm", u"When the repeats stop", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.untilDateEdit.setAccessibleName(QCoreApplication.translate("AppointmentForm", u"Last date of the repeats", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countSpin.setAccessibleName(QCoreApplication.translate("AppointmentForm", u"Number of times", None))
#endif // QT_CONFIG(accessibility)
        self.repeatNote.setText("")
        self.repeatError.setText("")
        self.whereGroup.setTitle(QCoreApplication.translate("AppointmentForm", u"Where and who", None))
        self.locationLabel.setText(QCoreApplication.translate("AppointmentForm", u"P&lace:", None))
#if QT_CONFIG(accessibility)
        self.locationEdit.setAccessibleName(QCoreApplication.translate("AppointmentForm", u"Place", None))
#endif // QT_CONFIG(accessibility)
        self.locationEdit.setPlaceholderText(QCoreApplication.translate("AppointmentForm", u"Clinic, floor, room", None))
        self.videoLinkLabel.setText(QCoreApplication.translate("AppointmentForm", u"&Video link:", None))
#if QT_CONFIG(accessibility)
        self.videoLinkEdit.setAccessibleName(QCoreApplication.translate("AppointmentForm", u"Video visit link", None))
#endif // QT_CONFIG(accessibility)
        self.videoLinkEdit.setPlaceholderText(QCoreApplication.translate("AppointmentForm", u"https://... from the clinic's message", None))
        self.videoLinkError.setText("")
        self.participantsLabel.setText(QCoreApplication.translate("AppointmentForm", u"&Care team taking part:", None))
#if QT_CONFIG(accessibility)
        self.participantsList.setAccessibleName(QCoreApplication.translate("AppointmentForm", u"Care team taking part", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.participantsList.setAccessibleDescription(QCoreApplication.translate("AppointmentForm", u"Tick the people from the Care team list who take part. Space ticks the selected person.", None))
#endif // QT_CONFIG(accessibility)
        self.participantsHint.setText("")
        self.transportGroup.setTitle(QCoreApplication.translate("AppointmentForm", u"Getting there", None))
        self.driverLabel.setText(QCoreApplication.translate("AppointmentForm", u"&Who drives:", None))
#if QT_CONFIG(accessibility)
        self.driverCombo.setAccessibleName(QCoreApplication.translate("AppointmentForm", u"Who drives", None))
#endif // QT_CONFIG(accessibility)
        self.pickupCheck.setText(QCoreApplication.translate("AppointmentForm", u"&Pick-up at:", None))
#if QT_CONFIG(accessibility)
        self.pickupCheck.setAccessibleName(QCoreApplication.translate("AppointmentForm", u"Pick-up time set", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pickupTimeEdit.setAccessibleName(QCoreApplication.translate("AppointmentForm", u"Pick-up time", None))
#endif // QT_CONFIG(accessibility)
        self.pickupError.setText("")
        self.prepareGroup.setTitle(QCoreApplication.translate("AppointmentForm", u"Preparing", None))
        self.bringLabel.setText(QCoreApplication.translate("AppointmentForm", u"What to &bring or prepare:", None))
#if QT_CONFIG(accessibility)
        self.bringEdit.setAccessibleName(QCoreApplication.translate("AppointmentForm", u"What to bring or prepare", None))
#endif // QT_CONFIG(accessibility)
        self.bringEdit.setPlaceholderText(QCoreApplication.translate("AppointmentForm", u"Medicine list, scan report, a snack...", None))
        self.questionsLabel.setText(QCoreApplication.translate("AppointmentForm", u"&Questions to ask:", None))
#if QT_CONFIG(accessibility)
        self.questionsList.setAccessibleName(QCoreApplication.translate("AppointmentForm", u"Questions to ask", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.questionsList.setAccessibleDescription(QCoreApplication.translate("AppointmentForm", u"Tick the open questions to ask at this visit. Space ticks the selected question.", None))
#endif // QT_CONFIG(accessibility)
        self.questionsHint.setText("")
        self.notesLabel.setText(QCoreApplication.translate("AppointmentForm", u"&Notes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("AppointmentForm", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.remindersGroup.setTitle(QCoreApplication.translate("AppointmentForm", u"Reminders", None))
        self.remindersNote.setText(QCoreApplication.translate("AppointmentForm", u"Shown in the window and as a notification while Care Companion is open; missed ones appear when you next open it.", None))
        self.afterGroup.setTitle(QCoreApplication.translate("AppointmentForm", u"After the visit", None))
        self.decisionsLabel.setText(QCoreApplication.translate("AppointmentForm", u"What was &decided:", None))
#if QT_CONFIG(accessibility)
        self.decisionsEdit.setAccessibleName(QCoreApplication.translate("AppointmentForm", u"What was decided at the visit", None))
#endif // QT_CONFIG(accessibility)
        self.decisionsEdit.setPlaceholderText(QCoreApplication.translate("AppointmentForm", u"Changes to medicines, tests ordered, the next visit...", None))
    # retranslateUi


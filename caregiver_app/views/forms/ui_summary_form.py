# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'summary_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGridLayout,
    QGroupBox, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from caregiver_app.views.widgets.date_fields import DateField
from caregiver_app.views.widgets.wrapping_check import WrappingCheckBox

class Ui_SummaryForm(object):
    def setupUi(self, SummaryForm):
        if not SummaryForm.objectName():
            SummaryForm.setObjectName(u"SummaryForm")
        SummaryForm.resize(360, 640)
        self.mainLayout = QVBoxLayout(SummaryForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.periodGroup = QGroupBox(SummaryForm)
        self.periodGroup.setObjectName(u"periodGroup")
        self.periodLayout = QFormLayout(self.periodGroup)
        self.periodLayout.setObjectName(u"periodLayout")
        self.periodLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.periodLabel = QLabel(self.periodGroup)
        self.periodLabel.setObjectName(u"periodLabel")

        self.periodLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodCombo = QComboBox(self.periodGroup)
        self.periodCombo.setObjectName(u"periodCombo")

        self.periodLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.periodCombo)

        self.fromLabel = QLabel(self.periodGroup)
        self.fromLabel.setObjectName(u"fromLabel")

        self.periodLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = DateField(self.periodGroup)
        self.fromEdit.setObjectName(u"fromEdit")

        self.periodLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.toLabel = QLabel(self.periodGroup)
        self.toLabel.setObjectName(u"toLabel")

        self.periodLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toEdit = DateField(self.periodGroup)
        self.toEdit.setObjectName(u"toEdit")

        self.periodLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.toEdit)

        self.periodNote = QLabel(self.periodGroup)
        self.periodNote.setObjectName(u"periodNote")
        self.periodNote.setWordWrap(True)

        self.periodLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.periodNote)


        self.mainLayout.addWidget(self.periodGroup)

        self.concernsGroup = QGroupBox(SummaryForm)
        self.concernsGroup.setObjectName(u"concernsGroup")
        self.concernsLayout = QFormLayout(self.concernsGroup)
        self.concernsLayout.setObjectName(u"concernsLayout")
        self.concernsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.concern1Label = QLabel(self.concernsGroup)
        self.concern1Label.setObjectName(u"concern1Label")

        self.concernsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.concern1Label)

        self.concern1Edit = QLineEdit(self.concernsGroup)
        self.concern1Edit.setObjectName(u"concern1Edit")

        self.concernsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.concern1Edit)

        self.concern2Label = QLabel(self.concernsGroup)
        self.concern2Label.setObjectName(u"concern2Label")

        self.concernsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.concern2Label)

        self.concern2Edit = QLineEdit(self.concernsGroup)
        self.concern2Edit.setObjectName(u"concern2Edit")

        self.concernsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.concern2Edit)

        self.concern3Label = QLabel(self.concernsGroup)
        self.concern3Label.setObjectName(u"concern3Label")

        self.concernsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.concern3Label)

        self.concern3Edit = QLineEdit(self.concernsGroup)
        self.concern3Edit.setObjectName(u"concern3Edit")

        self.concernsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.concern3Edit)


        self.mainLayout.addWidget(self.concernsGroup)

        self.sectionsGroup = QGroupBox(SummaryForm)
        self.sectionsGroup.setObjectName(u"sectionsGroup")
        self.sectionsLayout = QGridLayout(self.sectionsGroup)
        self.sectionsLayout.setObjectName(u"sectionsLayout")
        self.concernsCheck = WrappingCheckBox(self.sectionsGroup)
        self.concernsCheck.setObjectName(u"concernsCheck")
        self.concernsCheck.setChecked(True)

        self.sectionsLayout.addWidget(self.concernsCheck, 0, 0, 1, 1)

        self.notesCheck = WrappingCheckBox(self.sectionsGroup)
        self.notesCheck.setObjectName(u"notesCheck")
        self.notesCheck.setChecked(True)

        self.sectionsLayout.addWidget(self.notesCheck, 0, 1, 1, 1)

        self.symptomsCheck = WrappingCheckBox(self.sectionsGroup)
        self.symptomsCheck.setObjectName(u"symptomsCheck")
        self.symptomsCheck.setChecked(True)

        self.sectionsLayout.addWidget(self.symptomsCheck, 1, 0, 1, 1)

        self.appointmentsCheck = WrappingCheckBox(self.sectionsGroup)
        self.appointmentsCheck.setObjectName(u"appointmentsCheck")
        self.appointmentsCheck.setChecked(True)

        self.sectionsLayout.addWidget(self.appointmentsCheck, 1, 1, 1, 1)

        self.dosesCheck = WrappingCheckBox(self.sectionsGroup)
        self.dosesCheck.setObjectName(u"dosesCheck")
        self.dosesCheck.setChecked(True)

        self.sectionsLayout.addWidget(self.dosesCheck, 2, 0, 1, 1)

        self.questionsCheck = WrappingCheckBox(self.sectionsGroup)
        self.questionsCheck.setObjectName(u"questionsCheck")
        self.questionsCheck.setChecked(True)

        self.sectionsLayout.addWidget(self.questionsCheck, 2, 1, 1, 1)

        self.medicinesCheck = WrappingCheckBox(self.sectionsGroup)
        self.medicinesCheck.setObjectName(u"medicinesCheck")
        self.medicinesCheck.setChecked(True)

        self.sectionsLayout.addWidget(self.medicinesCheck, 3, 0, 1, 1)

        self.contactsCheck = WrappingCheckBox(self.sectionsGroup)
        self.contactsCheck.setObjectName(u"contactsCheck")
        self.contactsCheck.setChecked(True)

        self.sectionsLayout.addWidget(self.contactsCheck, 3, 1, 1, 1)


        self.mainLayout.addWidget(self.sectionsGroup)

        self.notesGroup = QGroupBox(SummaryForm)
        self.notesGroup.setObjectName(u"notesGroup")
        self.notesLayout = QVBoxLayout(self.notesGroup)
        self.notesLayout.setObjectName(u"notesLayout")
        self.digestNote = QLabel(self.notesGroup)
        self.digestNote.setObjectName(u"digestNote")
        self.digestNote.setWordWrap(True)

        self.notesLayout.addWidget(self.digestNote)

        self.allNotesCheck = WrappingCheckBox(self.notesGroup)
        self.allNotesCheck.setObjectName(u"allNotesCheck")

        self.notesLayout.addWidget(self.allNotesCheck)

        self.allDosesCheck = WrappingCheckBox(self.notesGroup)
        self.allDosesCheck.setObjectName(u"allDosesCheck")

        self.notesLayout.addWidget(self.allDosesCheck)


        self.mainLayout.addWidget(self.notesGroup)

        self.paperLayout = QFormLayout()
        self.paperLayout.setObjectName(u"paperLayout")
        self.paperLabel = QLabel(SummaryForm)
        self.paperLabel.setObjectName(u"paperLabel")

        self.paperLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(SummaryForm)
        self.paperCombo.setObjectName(u"paperCombo")

        self.paperLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paperCombo)


        self.mainLayout.addLayout(self.paperLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.concern1Label.setBuddy(self.concern1Edit)
        self.concern2Label.setBuddy(self.concern2Edit)
        self.concern3Label.setBuddy(self.concern3Edit)
        self.paperLabel.setBuddy(self.paperCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.periodCombo, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.concern1Edit)
        QWidget.setTabOrder(self.concern1Edit, self.concern2Edit)
        QWidget.setTabOrder(self.concern2Edit, self.concern3Edit)
        QWidget.setTabOrder(self.concern3Edit, self.concernsCheck)
        QWidget.setTabOrder(self.concernsCheck, self.symptomsCheck)
        QWidget.setTabOrder(self.symptomsCheck, self.dosesCheck)
        QWidget.setTabOrder(self.dosesCheck, self.medicinesCheck)
        QWidget.setTabOrder(self.medicinesCheck, self.notesCheck)
        QWidget.setTabOrder(self.notesCheck, self.appointmentsCheck)
        QWidget.setTabOrder(self.appointmentsCheck, self.questionsCheck)
        QWidget.setTabOrder(self.questionsCheck, self.contactsCheck)
        QWidget.setTabOrder(self.contactsCheck, self.allNotesCheck)
        QWidget.setTabOrder(self.allNotesCheck, self.allDosesCheck)
        QWidget.setTabOrder(self.allDosesCheck, self.paperCombo)

        self.retranslateUi(SummaryForm)

        QMetaObject.connectSlotsByName(SummaryForm)
    # setupUi

    def retranslateUi(self, SummaryForm):
        SummaryForm.setWindowTitle(QCoreApplication.translate("SummaryForm", u"Visit summary", None))
        self.periodGroup.setTitle(QCoreApplication.translate("SummaryForm", u"Period", None))
        self.periodLabel.setText(QCoreApplication.translate("SummaryForm", u"Sho&w:", None))
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("SummaryForm", u"Period", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleDescription(QCoreApplication.translate("SummaryForm", u"Which days the summary covers.", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("SummaryForm", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("SummaryForm", u"First day", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("SummaryForm", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("SummaryForm", u"Last day", None))
#endif // QT_CONFIG(accessibility)
        self.periodNote.setText("")
        self.concernsGroup.setTitle(QCoreApplication.translate("SummaryForm", u"Main concerns (kept for next time)", None))
        self.concern1Label.setText(QCoreApplication.translate("SummaryForm", u"&1.", None))
#if QT_CONFIG(accessibility)
        self.concern1Edit.setAccessibleName(QCoreApplication.translate("SummaryForm", u"First main concern", None))
#endif // QT_CONFIG(accessibility)
        self.concern1Edit.setPlaceholderText(QCoreApplication.translate("SummaryForm", u"For example: breathless when walking to the bathroom", None))
        self.concern2Label.setText(QCoreApplication.translate("SummaryForm", u"&2.", None))
#if QT_CONFIG(accessibility)
        self.concern2Edit.setAccessibleName(QCoreApplication.translate("SummaryForm", u"Second main concern", None))
#endif // QT_CONFIG(accessibility)
        self.concern3Label.setText(QCoreApplication.translate("SummaryForm", u"&3.", None))
#if QT_CONFIG(accessibility)
        self.concern3Edit.setAccessibleName(QCoreApplication.translate("SummaryForm", u"Third main concern", None))
#endif // QT_CONFIG(accessibility)
        self.sectionsGroup.setTitle(QCoreApplication.translate("SummaryForm", u"Sections", None))
        self.concernsCheck.setText(QCoreApplication.translate("SummaryForm", u"Main &concerns", None))
        self.notesCheck.setText(QCoreApplication.translate("SummaryForm", u"Diary &notes", None))
        self.symptomsCheck.setText(QCoreApplication.translate("SummaryForm", u"S&ymptoms and trends", None))
        self.appointmentsCheck.setText(QCoreApplication.translate("SummaryForm", u"Upcoming &appointments", None))
        self.dosesCheck.setText(QCoreApplication.translate("SummaryForm", u"&Breakthrough doses", None))
        self.questionsCheck.setText(QCoreApplication.translate("SummaryForm", u"&Questions for this visit", None))
        self.medicinesCheck.setText(QCoreApplication.translate("SummaryForm", u"&Medicines", None))
        self.contactsCheck.setText(QCoreApplication.translate("SummaryForm", u"&Key contacts", None))
        self.notesGroup.setTitle(QCoreApplication.translate("SummaryForm", u"What the summary holds", None))
        self.digestNote.setText(QCoreApplication.translate("SummaryForm", u"Page 1: symptom scores and trends, vital signs, breakthrough doses, medicines and the alerts raised. Page 2: appointments, questions, key contacts, the diary notes marked for the team or written on a day with a severe score (newest first, as many as fit), and a box for the plan.", None))
        self.allNotesCheck.setText(QCoreApplication.translate("SummaryForm", u"Add a&ll diary notes as an appendix", None))
#if QT_CONFIG(accessibility)
        self.allNotesCheck.setAccessibleName(QCoreApplication.translate("SummaryForm", u"All diary notes appendix", None))
#endif // QT_CONFIG(accessibility)
        self.allDosesCheck.setText(QCoreApplication.translate("SummaryForm", u"Add every breakthrough &dose as an appendix", None))
#if QT_CONFIG(accessibility)
        self.allDosesCheck.setAccessibleName(QCoreApplication.translate("SummaryForm", u"Every breakthrough dose appendix", None))
#endif // QT_CONFIG(accessibility)
        self.paperLabel.setText(QCoreApplication.translate("SummaryForm", u"Paper si&ze:", None))
#if QT_CONFIG(accessibility)
        self.paperCombo.setAccessibleName(QCoreApplication.translate("SummaryForm", u"Paper size", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'medicine_form.ui'
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
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from caregiver_app.views.diary.medicine_limits import (AsNeededFields, SupplyFields)
from caregiver_app.views.diary.schedule_editor import ScheduleEditor
from caregiver_app.views.widgets.date_fields import DateField

class Ui_MedicineForm(object):
    def setupUi(self, MedicineForm):
        if not MedicineForm.objectName():
            MedicineForm.setObjectName(u"MedicineForm")
        MedicineForm.resize(560, 480)
        self.mainLayout = QVBoxLayout(MedicineForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.nameLabel = QLabel(MedicineForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(MedicineForm)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.strengthLabel = QLabel(MedicineForm)
        self.strengthLabel.setObjectName(u"strengthLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.strengthLabel)

        self.strengthEdit = QLineEdit(MedicineForm)
        self.strengthEdit.setObjectName(u"strengthEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.strengthEdit)

        self.routeLabel = QLabel(MedicineForm)
        self.routeLabel.setObjectName(u"routeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.routeLabel)

        self.routeCombo = QComboBox(MedicineForm)
        self.routeCombo.setObjectName(u"routeCombo")
        self.routeCombo.setEditable(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.routeCombo)

        self.scheduleLabel = QLabel(MedicineForm)
        self.scheduleLabel.setObjectName(u"scheduleLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.scheduleLabel)

        self.scheduleEdit = QLineEdit(MedicineForm)
        self.scheduleEdit.setObjectName(u"scheduleEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.scheduleEdit)

        self.asNeededLayout = QVBoxLayout()
        self.asNeededLayout.setSpacing(0)
        self.asNeededLayout.setObjectName(u"asNeededLayout")
        self.asNeededCheck = QCheckBox(MedicineForm)
        self.asNeededCheck.setObjectName(u"asNeededCheck")

        self.asNeededLayout.addWidget(self.asNeededCheck)

        self.asNeededNote = QLabel(MedicineForm)
        self.asNeededNote.setObjectName(u"asNeededNote")
        self.asNeededNote.setWordWrap(True)

        self.asNeededLayout.addWidget(self.asNeededNote)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.asNeededLayout)

        self.scheduleEditor = ScheduleEditor(MedicineForm)
        self.scheduleEditor.setObjectName(u"scheduleEditor")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.scheduleEditor)

        self.asNeededFields = AsNeededFields(MedicineForm)
        self.asNeededFields.setObjectName(u"asNeededFields")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.asNeededFields)

        self.purposeLabel = QLabel(MedicineForm)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeEdit = QLineEdit(MedicineForm)
        self.purposeEdit.setObjectName(u"purposeEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.purposeEdit)

        self.prescriberLabel = QLabel(MedicineForm)
        self.prescriberLabel.setObjectName(u"prescriberLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.prescriberLabel)

        self.prescriberCombo = QComboBox(MedicineForm)
        self.prescriberCombo.setObjectName(u"prescriberCombo")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.prescriberCombo)

        self.startedLabel = QLabel(MedicineForm)
        self.startedLabel.setObjectName(u"startedLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.startedLabel)

        self.startedEdit = DateField(MedicineForm)
        self.startedEdit.setObjectName(u"startedEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.startedEdit)

        self.stoppedLabel = QLabel(MedicineForm)
        self.stoppedLabel.setObjectName(u"stoppedLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.stoppedLabel)

        self.stoppedEdit = DateField(MedicineForm)
        self.stoppedEdit.setObjectName(u"stoppedEdit")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.stoppedEdit)

        self.notesLabel = QLabel(MedicineForm)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(MedicineForm)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 70))

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.supplyFields = SupplyFields(MedicineForm)
        self.supplyFields.setObjectName(u"supplyFields")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.supplyFields)


        self.mainLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.strengthLabel.setBuddy(self.strengthEdit)
        self.routeLabel.setBuddy(self.routeCombo)
        self.scheduleLabel.setBuddy(self.scheduleEdit)
        self.purposeLabel.setBuddy(self.purposeEdit)
        self.prescriberLabel.setBuddy(self.prescriberCombo)
        self.startedLabel.setBuddy(self.startedEdit)
        self.stoppedLabel.setBuddy(self.stoppedEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.strengthEdit)
        QWidget.setTabOrder(self.strengthEdit, self.routeCombo)
        QWidget.setTabOrder(self.routeCombo, self.scheduleEdit)
        QWidget.setTabOrder(self.scheduleEdit, self.asNeededCheck)
        QWidget.setTabOrder(self.asNeededCheck, self.scheduleEditor)
        QWidget.setTabOrder(self.scheduleEditor, self.asNeededFields)
        QWidget.setTabOrder(self.asNeededFields, self.purposeEdit)
        QWidget.setTabOrder(self.purposeEdit, self.prescriberCombo)
        QWidget.setTabOrder(self.prescriberCombo, self.startedEdit)
        QWidget.setTabOrder(self.startedEdit, self.stoppedEdit)
        QWidget.setTabOrder(self.stoppedEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.supplyFields)

        self.retranslateUi(MedicineForm)

        QMetaObject.connectSlotsByName(MedicineForm)
    # setupUi

    def retranslateUi(self, MedicineForm):
        MedicineForm.setWindowTitle(QCoreApplication.translate("MedicineForm", u"Medicine", None))
        self.nameLabel.setText(QCoreApplication.translate("MedicineForm", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("MedicineForm", u"Medicine name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("MedicineForm", u"As on the label, for example morphine", None))
        self.strengthLabel.setText(QCoreApplication.translate("MedicineForm", u"St&rength:", None))
#if QT_CONFIG(accessibility)
        self.strengthEdit.setAccessibleName(QCoreApplication.translate("MedicineForm", u"Strength", None))
#endif // QT_CONFIG(accessibility)
        self.strengthEdit.setPlaceholderText(QCoreApplication.translate("MedicineForm", u"For example 10 mg per 5 mL", None))
        self.routeLabel.setText(QCoreApplication.translate("MedicineForm", u"&How taken:", None))
#if QT_CONFIG(accessibility)
        self.routeCombo.setAccessibleName(QCoreApplication.translate("MedicineForm", u"How it is taken", None))
#endif // QT_CONFIG(accessibility)
        self.scheduleLabel.setText(QCoreApplication.translate("MedicineForm", u"S&chedule:", None))
#if QT_CONFIG(accessibility)
        self.scheduleEdit.setAccessibleName(QCoreApplication.translate("MedicineForm", u"Schedule", None))
#endif // QT_CONFIG(accessibility)
        self.scheduleEdit.setPlaceholderText(QCoreApplication.translate("MedicineForm", u"As prescribed, for example every 12 hours", None))
#if QT_CONFIG(accessibility)
        self.asNeededCheck.setAccessibleName(QCoreApplication.translate("MedicineForm", u"As needed (breakthrough)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.asNeededCheck.setAccessibleDescription(QCoreApplication.translate("MedicineForm", u"A breakthrough or PRN medicine.", None))
#endif // QT_CONFIG(accessibility)
        self.asNeededCheck.setText(QCoreApplication.translate("MedicineForm", u"Taken &as needed", None))
        self.asNeededNote.setText(QCoreApplication.translate("MedicineForm", u"A breakthrough or PRN medicine.", None))
        self.purposeLabel.setText(QCoreApplication.translate("MedicineForm", u"&What for:", None))
#if QT_CONFIG(accessibility)
        self.purposeEdit.setAccessibleName(QCoreApplication.translate("MedicineForm", u"What it is for", None))
#endif // QT_CONFIG(accessibility)
        self.purposeEdit.setPlaceholderText(QCoreApplication.translate("MedicineForm", u"For example pain, breathlessness, nausea", None))
        self.prescriberLabel.setText(QCoreApplication.translate("MedicineForm", u"&Prescribed by:", None))
#if QT_CONFIG(accessibility)
        self.prescriberCombo.setAccessibleName(QCoreApplication.translate("MedicineForm", u"Prescribed by", None))
#endif // QT_CONFIG(accessibility)
        self.startedLabel.setText(QCoreApplication.translate("MedicineForm", u"S&tarted:", None))
#if QT_CONFIG(accessibility)
        self.startedEdit.setAccessibleName(QCoreApplication.translate("MedicineForm", u"Started on", None))
#endif // QT_CONFIG(accessibility)
        self.stoppedLabel.setText(QCoreApplication.translate("MedicineForm", u"St&opped:", None))
#if QT_CONFIG(accessibility)
        self.stoppedEdit.setAccessibleName(QCoreApplication.translate("MedicineForm", u"Stopped on", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("MedicineForm", u"Not&es:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("MedicineForm", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


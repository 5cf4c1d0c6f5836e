# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dose_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

from caregiver_app.views.widgets.date_fields import DateTimeField

class Ui_DoseForm(object):
    def setupUi(self, DoseForm):
        if not DoseForm.objectName():
            DoseForm.setObjectName(u"DoseForm")
        DoseForm.resize(560, 480)
        self.mainLayout = QVBoxLayout(DoseForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.medicineLabel = QLabel(DoseForm)
        self.medicineLabel.setObjectName(u"medicineLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.medicineLabel)

        self.medicineCombo = QComboBox(DoseForm)
        self.medicineCombo.setObjectName(u"medicineCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.medicineCombo)

        self.givenAtLabel = QLabel(DoseForm)
        self.givenAtLabel.setObjectName(u"givenAtLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.givenAtLabel)

        self.givenAtEdit = DateTimeField(DoseForm)
        self.givenAtEdit.setObjectName(u"givenAtEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.givenAtEdit)

        self.limitsLabel = QLabel(DoseForm)
        self.limitsLabel.setObjectName(u"limitsLabel")
        self.limitsLabel.setWordWrap(True)
        self.limitsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.limitsLabel)

        self.performerLabel = QLabel(DoseForm)
        self.performerLabel.setObjectName(u"performerLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.performerLabel)

        self.performerCombo = QComboBox(DoseForm)
        self.performerCombo.setObjectName(u"performerCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.performerCombo)

        self.doseLabel = QLabel(DoseForm)
        self.doseLabel.setObjectName(u"doseLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.doseLabel)

        self.doseEdit = QLineEdit(DoseForm)
        self.doseEdit.setObjectName(u"doseEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.doseEdit)

        self.reasonLabel = QLabel(DoseForm)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonCombo = QComboBox(DoseForm)
        self.reasonCombo.setObjectName(u"reasonCombo")
        self.reasonCombo.setEditable(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reasonCombo)

        self.symptomLabel = QLabel(DoseForm)
        self.symptomLabel.setObjectName(u"symptomLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.symptomLabel)

        self.symptomCombo = QComboBox(DoseForm)
        self.symptomCombo.setObjectName(u"symptomCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.symptomCombo)

        self.beforeLabel = QLabel(DoseForm)
        self.beforeLabel.setObjectName(u"beforeLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.beforeLabel)

        self.beforeSpin = QSpinBox(DoseForm)
        self.beforeSpin.setObjectName(u"beforeSpin")
        self.beforeSpin.setMinimum(-1)
        self.beforeSpin.setMaximum(10)
        self.beforeSpin.setValue(-1)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.beforeSpin)

        self.afterLabel = QLabel(DoseForm)
        self.afterLabel.setObjectName(u"afterLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.afterLabel)

        self.afterSpin = QSpinBox(DoseForm)
        self.afterSpin.setObjectName(u"afterSpin")
        self.afterSpin.setMinimum(-1)
        self.afterSpin.setMaximum(10)
        self.afterSpin.setValue(-1)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.afterSpin)

        self.noteLabel = QLabel(DoseForm)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(DoseForm)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.medicineLabel.setBuddy(self.medicineCombo)
        self.givenAtLabel.setBuddy(self.givenAtEdit)
        self.performerLabel.setBuddy(self.performerCombo)
        self.doseLabel.setBuddy(self.doseEdit)
        self.reasonLabel.setBuddy(self.reasonCombo)
        self.symptomLabel.setBuddy(self.symptomCombo)
        self.beforeLabel.setBuddy(self.beforeSpin)
        self.afterLabel.setBuddy(self.afterSpin)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.medicineCombo, self.givenAtEdit)
        QWidget.setTabOrder(self.givenAtEdit, self.performerCombo)
        QWidget.setTabOrder(self.performerCombo, self.doseEdit)
        QWidget.setTabOrder(self.doseEdit, self.reasonCombo)
        QWidget.setTabOrder(self.reasonCombo, self.symptomCombo)
        QWidget.setTabOrder(self.symptomCombo, self.beforeSpin)
        QWidget.setTabOrder(self.beforeSpin, self.afterSpin)
        QWidget.setTabOrder(self.afterSpin, self.noteEdit)

        self.retranslateUi(DoseForm)

        QMetaObject.connectSlotsByName(DoseForm)
    # setupUi

    def retranslateUi(self, DoseForm):
        DoseForm.setWindowTitle(QCoreApplication.translate("DoseForm", u"Breakthrough dose", None))
        self.medicineLabel.setText(QCoreApplication.translate("DoseForm", u"&Medicine:", None))
#if QT_CONFIG(accessibility)
        self.medicineCombo.setAccessibleName(QCoreApplication.translate("DoseForm", u"Medicine given", None))
#endif // QT_CONFIG(accessibility)
        self.givenAtLabel.setText(QCoreApplication.translate("DoseForm", u"&Given at:", None))
#if QT_CONFIG(accessibility)
        self.givenAtEdit.setAccessibleName(QCoreApplication.translate("DoseForm", u"Time the dose was given", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.limitsLabel.setAccessibleName(QCoreApplication.translate("DoseForm", u"Doses in the last 24 hours and the limits entered", None))
#endif // QT_CONFIG(accessibility)
        self.performerLabel.setText(QCoreApplication.translate("DoseForm", u"Given b&y:", None))
#if QT_CONFIG(accessibility)
        self.performerCombo.setAccessibleName(QCoreApplication.translate("DoseForm", u"Who gave the dose", None))
#endif // QT_CONFIG(accessibility)
        self.doseLabel.setText(QCoreApplication.translate("DoseForm", u"&Dose:", None))
#if QT_CONFIG(accessibility)
        self.doseEdit.setAccessibleName(QCoreApplication.translate("DoseForm", u"Dose", None))
#endif // QT_CONFIG(accessibility)
        self.doseEdit.setPlaceholderText(QCoreApplication.translate("DoseForm", u"As given, for example 5 mg (2.5 mL)", None))
        self.reasonLabel.setText(QCoreApplication.translate("DoseForm", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reasonCombo.setAccessibleName(QCoreApplication.translate("DoseForm", u"Reason for the dose", None))
#endif // QT_CONFIG(accessibility)
        self.symptomLabel.setText(QCoreApplication.translate("DoseForm", u"S&core for:", None))
#if QT_CONFIG(accessibility)
        self.symptomCombo.setAccessibleName(QCoreApplication.translate("DoseForm", u"Symptom the scores are for", None))
#endif // QT_CONFIG(accessibility)
        self.beforeLabel.setText(QCoreApplication.translate("DoseForm", u"Score &before:", None))
#if QT_CONFIG(accessibility)
        self.beforeSpin.setAccessibleName(QCoreApplication.translate("DoseForm", u"Score before the dose", None))
#endif // QT_CONFIG(accessibility)
        self.beforeSpin.setSpecialValueText(QCoreApplication.translate("DoseForm", u"not rated", None))
        self.afterLabel.setText(QCoreApplication.translate("DoseForm", u"Score &after (30 to 60 minutes later):", None))
#if QT_CONFIG(accessibility)
        self.afterSpin.setAccessibleName(QCoreApplication.translate("DoseForm", u"Score 30 to 60 minutes after the dose", None))
#endif // QT_CONFIG(accessibility)
        self.afterSpin.setSpecialValueText(QCoreApplication.translate("DoseForm", u"not rated", None))
        self.noteLabel.setText(QCoreApplication.translate("DoseForm", u"No&te:", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("DoseForm", u"Note", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from caregiver_app.views.widgets.date_fields import DateField

class Ui_ProfileForm(object):
    def setupUi(self, ProfileForm):
        if not ProfileForm.objectName():
            ProfileForm.setObjectName(u"ProfileForm")
        ProfileForm.resize(560, 520)
        self.mainLayout = QVBoxLayout(ProfileForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.patientGroup = QGroupBox(ProfileForm)
        self.patientGroup.setObjectName(u"patientGroup")
        self.patientLayout = QFormLayout(self.patientGroup)
        self.patientLayout.setObjectName(u"patientLayout")
        self.patientLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.patientNameLabel = QLabel(self.patientGroup)
        self.patientNameLabel.setObjectName(u"patientNameLabel")

        self.patientLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.patientNameLabel)

        self.patientNameEdit = QLineEdit(self.patientGroup)
        self.patientNameEdit.setObjectName(u"patientNameEdit")

        self.patientLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.patientNameEdit)

        self.dateOfBirthLabel = QLabel(self.patientGroup)
        self.dateOfBirthLabel.setObjectName(u"dateOfBirthLabel")

        self.patientLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateOfBirthLabel)

        self.dateOfBirthEdit = DateField(self.patientGroup)
        self.dateOfBirthEdit.setObjectName(u"dateOfBirthEdit")

        self.patientLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateOfBirthEdit)

        self.diagnosisLabel = QLabel(self.patientGroup)
        self.diagnosisLabel.setObjectName(u"diagnosisLabel")

        self.patientLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.diagnosisLabel)

        self.diagnosisEdit = QLineEdit(self.patientGroup)
        self.diagnosisEdit.setObjectName(u"diagnosisEdit")

        self.patientLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.diagnosisEdit)

        self.diagnosisDateLabel = QLabel(self.patientGroup)
        self.diagnosisDateLabel.setObjectName(u"diagnosisDateLabel")

        self.patientLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.diagnosisDateLabel)

        self.diagnosisDateEdit = DateField(self.patientGroup)
        self.diagnosisDateEdit.setObjectName(u"diagnosisDateEdit")

        self.patientLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.diagnosisDateEdit)

        self.allergiesLabel = QLabel(self.patientGroup)
        self.allergiesLabel.setObjectName(u"allergiesLabel")

        self.patientLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.allergiesLabel)

        self.allergiesEdit = QLineEdit(self.patientGroup)
        self.allergiesEdit.setObjectName(u"allergiesEdit")

        self.patientLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.allergiesEdit)

        self.advanceDirectiveLabel = QLabel(self.patientGroup)
        self.advanceDirectiveLabel.setObjectName(u"advanceDirectiveLabel")

        self.patientLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.advanceDirectiveLabel)

        self.advanceDirectiveEdit = QLineEdit(self.patientGroup)
        self.advanceDirectiveEdit.setObjectName(u"advanceDirectiveEdit")

        self.patientLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.advanceDirectiveEdit)

        self.pharmacyLabel = QLabel(self.patientGroup)
        self.pharmacyLabel.setObjectName(u"pharmacyLabel")

        self.patientLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.pharmacyLabel)

        self.pharmacyEdit = QLineEdit(self.patientGroup)
        self.pharmacyEdit.setObjectName(u"pharmacyEdit")

        self.patientLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.pharmacyEdit)

        self.homeZoneLabel = QLabel(self.patientGroup)
        self.homeZoneLabel.setObjectName(u"homeZoneLabel")

        self.patientLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.homeZoneLabel)

        self.homeZoneCombo = QComboBox(self.patientGroup)
        self.homeZoneCombo.setObjectName(u"homeZoneCombo")
        self.homeZoneCombo.setEditable(True)
        self.homeZoneCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.patientLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.homeZoneCombo)

        self.homeZoneHint = QLabel(self.patientGroup)
        self.homeZoneHint.setObjectName(u"homeZoneHint")
        self.homeZoneHint.setWordWrap(True)

        self.patientLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.homeZoneHint)


        self.mainLayout.addWidget(self.patientGroup)

        self.caregiverGroup = QGroupBox(ProfileForm)
        self.caregiverGroup.setObjectName(u"caregiverGroup")
        self.caregiverLayout = QFormLayout(self.caregiverGroup)
        self.caregiverLayout.setObjectName(u"caregiverLayout")
        self.caregiverLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.caregiverNameLabel = QLabel(self.caregiverGroup)
        self.caregiverNameLabel.setObjectName(u"caregiverNameLabel")

        self.caregiverLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.caregiverNameLabel)

        self.caregiverNameEdit = QLineEdit(self.caregiverGroup)
        self.caregiverNameEdit.setObjectName(u"caregiverNameEdit")

        self.caregiverLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.caregiverNameEdit)

        self.caregiverPhoneLabel = QLabel(self.caregiverGroup)
        self.caregiverPhoneLabel.setObjectName(u"caregiverPhoneLabel")

        self.caregiverLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.caregiverPhoneLabel)

        self.caregiverPhoneEdit = QLineEdit(self.caregiverGroup)
        self.caregiverPhoneEdit.setObjectName(u"caregiverPhoneEdit")
        self.caregiverPhoneEdit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)

        self.caregiverLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.caregiverPhoneEdit)

        self.otherCaregiversLabel = QLabel(self.caregiverGroup)
        self.otherCaregiversLabel.setObjectName(u"otherCaregiversLabel")

        self.caregiverLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.otherCaregiversLabel)

        self.otherCaregiversEdit = QPlainTextEdit(self.caregiverGroup)
        self.otherCaregiversEdit.setObjectName(u"otherCaregiversEdit")
        self.otherCaregiversEdit.setTabChangesFocus(True)

        self.caregiverLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.otherCaregiversEdit)


        self.mainLayout.addWidget(self.caregiverGroup)

        self.privacyNote = QLabel(ProfileForm)
        self.privacyNote.setObjectName(u"privacyNote")
        self.privacyNote.setWordWrap(True)

        self.mainLayout.addWidget(self.privacyNote)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.patientNameLabel.setBuddy(self.patientNameEdit)
        self.dateOfBirthLabel.setBuddy(self.dateOfBirthEdit)
        self.diagnosisLabel.setBuddy(self.diagnosisEdit)
        self.diagnosisDateLabel.setBuddy(self.diagnosisDateEdit)
        self.allergiesLabel.setBuddy(self.allergiesEdit)
        self.advanceDirectiveLabel.setBuddy(self.advanceDirectiveEdit)
        self.pharmacyLabel.setBuddy(self.pharmacyEdit)
        self.homeZoneLabel.setBuddy(self.homeZoneCombo)
        self.caregiverNameLabel.setBuddy(self.caregiverNameEdit)
        self.caregiverPhoneLabel.setBuddy(self.caregiverPhoneEdit)
        self.otherCaregiversLabel.setBuddy(self.otherCaregiversEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.patientNameEdit, self.dateOfBirthEdit)
        QWidget.setTabOrder(self.dateOfBirthEdit, self.diagnosisEdit)
        QWidget.setTabOrder(self.diagnosisEdit, self.diagnosisDateEdit)
        QWidget.setTabOrder(self.diagnosisDateEdit, self.allergiesEdit)
        QWidget.setTabOrder(self.allergiesEdit, self.advanceDirectiveEdit)
        QWidget.setTabOrder(self.advanceDirectiveEdit, self.pharmacyEdit)
        QWidget.setTabOrder(self.pharmacyEdit, self.homeZoneCombo)
        QWidget.setTabOrder(self.homeZoneCombo, self.caregiverNameEdit)
        QWidget.setTabOrder(self.caregiverNameEdit, self.caregiverPhoneEdit)
        QWidget.setTabOrder(self.caregiverPhoneEdit, self.otherCaregiversEdit)

        self.retranslateUi(ProfileForm)

        QMetaObject.connectSlotsByName(ProfileForm)
    # setupUi

    def retranslateUi(self, ProfileForm):
        ProfileForm.setWindowTitle(QCoreApplication.translate("ProfileForm", u"Care record profile", None))
        self.patientGroup.setTitle(QCoreApplication.translate("ProfileForm", u"The person you care for", None))
        self.patientNameLabel.setText(QCoreApplication.translate("ProfileForm", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.patientNameEdit.setAccessibleName(QCoreApplication.translate("ProfileForm", u"Name of the person cared for", None))
#endif // QT_CONFIG(accessibility)
        self.patientNameEdit.setPlaceholderText(QCoreApplication.translate("ProfileForm", u"For example, Rosa Delgado", None))
        self.dateOfBirthLabel.setText(QCoreApplication.translate("ProfileForm", u"Date of &birth:", None))
#if QT_CONFIG(accessibility)
        self.dateOfBirthEdit.setAccessibleName(QCoreApplication.translate("ProfileForm", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dateOfBirthEdit.setAccessibleDescription(QCoreApplication.translate("ProfileForm", u"Leave it blank if you prefer not to record it.", None))
#endif // QT_CONFIG(accessibility)
        self.diagnosisLabel.setText(QCoreApplication.translate("ProfileForm", u"&Diagnosis:", None))
#if QT_CONFIG(accessibility)
        self.diagnosisEdit.setAccessibleName(QCoreApplication.translate("ProfileForm", u"Diagnosis", None))
#endif // QT_CONFIG(accessibility)
        self.diagnosisEdit.setPlaceholderText(QCoreApplication.translate("ProfileForm", u"As the doctors wrote it", None))
        self.diagnosisDateLabel.setText(QCoreApplication.translate("ProfileForm", u"Date of dia&gnosis:", None))
#if QT_CONFIG(accessibility)
        self.diagnosisDateEdit.setAccessibleName(QCoreApplication.translate("ProfileForm", u"Date of diagnosis", None))
#endif // QT_CONFIG(accessibility)
        self.allergiesLabel.setText(QCoreApplication.translate("ProfileForm", u"&Allergies:", None))
#if QT_CONFIG(accessibility)
        self.allergiesEdit.setAccessibleName(QCoreApplication.translate("ProfileForm", u"Allergies", None))
#endif // QT_CONFIG(accessibility)
        self.allergiesEdit.setPlaceholderText(QCoreApplication.translate("ProfileForm", u"Medicines or foods, or \"none known\"", None))
        self.advanceDirectiveLabel.setText(QCoreApplication.translate("ProfileForm", u"Advance directive &kept at:", None))
#if QT_CONFIG(accessibility)
        self.advanceDirectiveEdit.setAccessibleName(QCoreApplication.translate("ProfileForm", u"Where the advance directive is kept", None))
#endif // QT_CONFIG(accessibility)
        self.advanceDirectiveEdit.setPlaceholderText(QCoreApplication.translate("ProfileForm", u"For example, blue folder, kitchen drawer", None))
        self.pharmacyLabel.setText(QCoreApplication.translate("ProfileForm", u"Preferred &pharmacy:", None))
#if QT_CONFIG(accessibility)
        self.pharmacyEdit.setAccessibleName(QCoreApplication.translate("ProfileForm", u"Preferred pharmacy", None))
#endif // QT_CONFIG(accessibility)
        self.pharmacyEdit.setPlaceholderText(QCoreApplication.translate("ProfileForm", u"Name, address and phone", None))
        self.homeZoneLabel.setText(QCoreApplication.translate("ProfileForm", u"Home &time zone:", None))
#if QT_CONFIG(accessibility)
        self.homeZoneCombo.setAccessibleName(QCoreApplication.translate("ProfileForm", u"Home time zone", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.homeZoneCombo.setAccessibleDescription(QCoreApplication.translate("ProfileForm", u"Where the person you care for lives. Every time in the record is read on this clock, on each of the family's computers.", None))
#endif // QT_CONFIG(accessibility)
        self.caregiverGroup.setTitle(QCoreApplication.translate("ProfileForm", u"You, the caregiver", None))
        self.caregiverNameLabel.setText(QCoreApplication.translate("ProfileForm", u"Your na&me:", None))
#if QT_CONFIG(accessibility)
        self.caregiverNameEdit.setAccessibleName(QCoreApplication.translate("ProfileForm", u"Caregiver's name", None))
#endif // QT_CONFIG(accessibility)
        self.caregiverNameEdit.setPlaceholderText(QCoreApplication.translate("ProfileForm", u"Printed as \"Prepared by\"", None))
        self.caregiverPhoneLabel.setText(QCoreApplication.translate("ProfileForm", u"Your p&hone:", None))
#if QT_CONFIG(accessibility)
        self.caregiverPhoneEdit.setAccessibleName(QCoreApplication.translate("ProfileForm", u"Caregiver's phone", None))
#endif // QT_CONFIG(accessibility)
        self.otherCaregiversLabel.setText(QCoreApplication.translate("ProfileForm", u"Others &who give care:", None))
#if QT_CONFIG(accessibility)
        self.otherCaregiversEdit.setAccessibleName(QCoreApplication.translate("ProfileForm", u"Other caregivers", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.otherCaregiversEdit.setAccessibleDescription(QCoreApplication.translate("ProfileForm", u"One name a line. They are offered as \"who gave it\" when a dose is recorded.", None))
#endif // QT_CONFIG(accessibility)
        self.otherCaregiversEdit.setPlaceholderText(QCoreApplication.translate("ProfileForm", u"One name a line, for example a neighbor who helps", None))
        self.privacyNote.setText(QCoreApplication.translate("ProfileForm", u"Everything you write here stays on this computer. It is printed only on summaries you choose to make.", None))
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_form.ui'
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
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ContactForm(object):
    def setupUi(self, ContactForm):
        if not ContactForm.objectName():
            ContactForm.setObjectName(u"ContactForm")
        ContactForm.resize(600, 640)
        self.mainLayout = QVBoxLayout(ContactForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.nameLabel = QLabel(ContactForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ContactForm)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(ContactForm)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setVisible(False)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.roleLabel = QLabel(ContactForm)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(ContactForm)
        self.roleCombo.setObjectName(u"roleCombo")
        self.roleCombo.setEditable(True)
        self.roleCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.roleExplanation = QLabel(ContactForm)
        self.roleExplanation.setObjectName(u"roleExplanation")
        self.roleExplanation.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roleExplanation)

        self.organisationLabel = QLabel(ContactForm)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationEdit = QLineEdit(ContactForm)
        self.organisationEdit.setObjectName(u"organisationEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.organisationEdit)

        self.phonesLabel = QLabel(ContactForm)
        self.phonesLabel.setObjectName(u"phonesLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phonesLabel)

        self.phonesLayout = QVBoxLayout()
        self.phonesLayout.setSpacing(4)
        self.phonesLayout.setObjectName(u"phonesLayout")
        self.phoneRows = QWidget(ContactForm)
        self.phoneRows.setObjectName(u"phoneRows")
        self.phoneRowsLayout = QVBoxLayout(self.phoneRows)
        self.phoneRowsLayout.setObjectName(u"phoneRowsLayout")
        self.phoneRowsLayout.setContentsMargins(0, 0, 0, 0)

        self.phonesLayout.addWidget(self.phoneRows)

        self.addPhoneButton = QPushButton(ContactForm)
        self.addPhoneButton.setObjectName(u"addPhoneButton")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.addPhoneButton.sizePolicy().hasHeightForWidth())
        self.addPhoneButton.setSizePolicy(sizePolicy)

        self.phonesLayout.addWidget(self.addPhoneButton)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.phonesLayout)

        self.emailLabel = QLabel(ContactForm)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(ContactForm)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailError = QLabel(ContactForm)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)
        self.emailError.setVisible(False)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.emailError)

        self.addressLabel = QLabel(ContactForm)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QPlainTextEdit(ContactForm)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setTabChangesFocus(True)
        self.addressEdit.setMaximumSize(QSize(16777215, 64))

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.videoLinkLabel = QLabel(ContactForm)
        self.videoLinkLabel.setObjectName(u"videoLinkLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.videoLinkLabel)

        self.videoLinkEdit = QLineEdit(ContactForm)
        self.videoLinkEdit.setObjectName(u"videoLinkEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.videoLinkEdit)

        self.videoLinkError = QLabel(ContactForm)
        self.videoLinkError.setObjectName(u"videoLinkError")
        self.videoLinkError.setWordWrap(True)
        self.videoLinkError.setVisible(False)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.videoLinkError)

        self.callAboutLabel = QLabel(ContactForm)
        self.callAboutLabel.setObjectName(u"callAboutLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.callAboutLabel)

        self.callAboutEdit = QLineEdit(ContactForm)
        self.callAboutEdit.setObjectName(u"callAboutEdit")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.callAboutEdit)

        self.notesLabel = QLabel(ContactForm)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(ContactForm)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 80))

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.callFirstLayout = QVBoxLayout()
        self.callFirstLayout.setSpacing(0)
        self.callFirstLayout.setObjectName(u"callFirstLayout")
        self.callFirstCheck = QCheckBox(ContactForm)
        self.callFirstCheck.setObjectName(u"callFirstCheck")

        self.callFirstLayout.addWidget(self.callFirstCheck)

        self.callFirstNote = QLabel(ContactForm)
        self.callFirstNote.setObjectName(u"callFirstNote")
        self.callFirstNote.setWordWrap(True)

        self.callFirstLayout.addWidget(self.callFirstNote)


        self.formLayout.setLayout(13, QFormLayout.ItemRole.FieldRole, self.callFirstLayout)

        self.emergencyCheck = QCheckBox(ContactForm)
        self.emergencyCheck.setObjectName(u"emergencyCheck")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.emergencyCheck)


        self.mainLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.organisationLabel.setBuddy(self.organisationEdit)
        self.phonesLabel.setBuddy(self.addPhoneButton)
        self.emailLabel.setBuddy(self.emailEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.videoLinkLabel.setBuddy(self.videoLinkEdit)
        self.callAboutLabel.setBuddy(self.callAboutEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.organisationEdit)
        QWidget.setTabOrder(self.organisationEdit, self.addPhoneButton)
        QWidget.setTabOrder(self.addPhoneButton, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.videoLinkEdit)
        QWidget.setTabOrder(self.videoLinkEdit, self.callAboutEdit)
        QWidget.setTabOrder(self.callAboutEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.callFirstCheck)
        QWidget.setTabOrder(self.callFirstCheck, self.emergencyCheck)

        self.retranslateUi(ContactForm)

        QMetaObject.connectSlotsByName(ContactForm)
    # setupUi

    def retranslateUi(self, ContactForm):
        ContactForm.setWindowTitle(QCoreApplication.translate("ContactForm", u"Contact", None))
        self.nameLabel.setText(QCoreApplication.translate("ContactForm", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("ContactForm", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ContactForm", u"For example, Dr. Amara Okafor", None))
        self.nameError.setText("")
        self.roleLabel.setText(QCoreApplication.translate("ContactForm", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("ContactForm", u"Role", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleDescription(QCoreApplication.translate("ContactForm", u"Choose a role from the list or type your own.", None))
#endif // QT_CONFIG(accessibility)
        self.roleExplanation.setText("")
        self.organisationLabel.setText(QCoreApplication.translate("ContactForm", u"&Organization or clinic:", None))
#if QT_CONFIG(accessibility)
        self.organisationEdit.setAccessibleName(QCoreApplication.translate("ContactForm", u"Organization or clinic", None))
#endif // QT_CONFIG(accessibility)
        self.phonesLabel.setText(QCoreApplication.translate("ContactForm", u"&Phones:", None))
        self.addPhoneButton.setText(QCoreApplication.translate("ContactForm", u"Add a phone number", None))
#if QT_CONFIG(accessibility)
        self.addPhoneButton.setAccessibleName(QCoreApplication.translate("ContactForm", u"Add a phone number", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("ContactForm", u"&Email:", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("ContactForm", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("ContactForm", u"name@example.org", None))
        self.emailError.setText("")
        self.addressLabel.setText(QCoreApplication.translate("ContactForm", u"A&ddress:", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("ContactForm", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("ContactForm", u"Street, city, ZIP code", None))
        self.videoLinkLabel.setText(QCoreApplication.translate("ContactForm", u"&Video visit link:", None))
#if QT_CONFIG(accessibility)
        self.videoLinkEdit.setAccessibleName(QCoreApplication.translate("ContactForm", u"Video visit link", None))
#endif // QT_CONFIG(accessibility)
        self.videoLinkEdit.setPlaceholderText(QCoreApplication.translate("ContactForm", u"https://... from the clinic's message", None))
        self.videoLinkError.setText("")
        self.callAboutLabel.setText(QCoreApplication.translate("ContactForm", u"&Call about:", None))
#if QT_CONFIG(accessibility)
        self.callAboutEdit.setAccessibleName(QCoreApplication.translate("ContactForm", u"Call about", None))
#endif // QT_CONFIG(accessibility)
        self.callAboutEdit.setPlaceholderText(QCoreApplication.translate("ContactForm", u"What this person helps with, for example refills", None))
        self.notesLabel.setText(QCoreApplication.translate("ContactForm", u"No&tes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("ContactForm", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("ContactForm", u"Anything else worth knowing", None))
        self.callFirstCheck.setText(QCoreApplication.translate("ContactForm", u"Call &first for symptoms", None))
#if QT_CONFIG(accessibility)
        self.callFirstCheck.setAccessibleName(QCoreApplication.translate("ContactForm", u"Call first for symptoms", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.callFirstCheck.setAccessibleDescription(QCoreApplication.translate("ContactForm", u"Symptom alerts point to this person first.", None))
#endif // QT_CONFIG(accessibility)
        self.callFirstNote.setText(QCoreApplication.translate("ContactForm", u"Symptom alerts point to this person first.", None))
        self.emergencyCheck.setText(QCoreApplication.translate("ContactForm", u"E&mergency contact", None))
#if QT_CONFIG(accessibility)
        self.emergencyCheck.setAccessibleName(QCoreApplication.translate("ContactForm", u"Emergency contact", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


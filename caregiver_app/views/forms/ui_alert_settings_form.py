# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'alert_settings_form.ui'
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
from PySide6.QtWidgets import (QApplication, QDoubleSpinBox, QFormLayout, QLabel,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_AlertSettingsForm(object):
    def setupUi(self, AlertSettingsForm):
        if not AlertSettingsForm.objectName():
            AlertSettingsForm.setObjectName(u"AlertSettingsForm")
        AlertSettingsForm.resize(520, 260)
        self.mainLayout = QVBoxLayout(AlertSettingsForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(AlertSettingsForm)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.severeLabel = QLabel(AlertSettingsForm)
        self.severeLabel.setObjectName(u"severeLabel")
        self.severeLabel.setWordWrap(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.severeLabel)

        self.severeSpin = QSpinBox(AlertSettingsForm)
        self.severeSpin.setObjectName(u"severeSpin")
        self.severeSpin.setMinimum(1)
        self.severeSpin.setMaximum(10)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.severeSpin)

        self.riseLabel = QLabel(AlertSettingsForm)
        self.riseLabel.setObjectName(u"riseLabel")
        self.riseLabel.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.riseLabel)

        self.riseSpin = QSpinBox(AlertSettingsForm)
        self.riseSpin.setObjectName(u"riseSpin")
        self.riseSpin.setMinimum(1)
        self.riseSpin.setMaximum(10)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.riseSpin)

        self.daysLabel = QLabel(AlertSettingsForm)
        self.daysLabel.setObjectName(u"daysLabel")
        self.daysLabel.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.daysLabel)

        self.daysSpin = QSpinBox(AlertSettingsForm)
        self.daysSpin.setObjectName(u"daysSpin")
        self.daysSpin.setMinimum(1)
        self.daysSpin.setMaximum(90)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.daysSpin)

        self.vitalsLabel = QLabel(AlertSettingsForm)
        self.vitalsLabel.setObjectName(u"vitalsLabel")
        self.vitalsLabel.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.vitalsLabel)

        self.feverLabel = QLabel(AlertSettingsForm)
        self.feverLabel.setObjectName(u"feverLabel")
        self.feverLabel.setWordWrap(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.feverLabel)

        self.feverSpin = QDoubleSpinBox(AlertSettingsForm)
        self.feverSpin.setObjectName(u"feverSpin")
        self.feverSpin.setDecimals(1)
        self.feverSpin.setSingleStep(0.100000000000000)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.feverSpin)

        self.feverSourceLabel = QLabel(AlertSettingsForm)
        self.feverSourceLabel.setObjectName(u"feverSourceLabel")
        self.feverSourceLabel.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.feverSourceLabel)

        self.oxygenLabel = QLabel(AlertSettingsForm)
        self.oxygenLabel.setObjectName(u"oxygenLabel")
        self.oxygenLabel.setWordWrap(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.oxygenLabel)

        self.oxygenSpin = QSpinBox(AlertSettingsForm)
        self.oxygenSpin.setObjectName(u"oxygenSpin")
        self.oxygenSpin.setMinimum(69)
        self.oxygenSpin.setMaximum(99)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.oxygenSpin)

        self.oxygenSourceLabel = QLabel(AlertSettingsForm)
        self.oxygenSourceLabel.setObjectName(u"oxygenSourceLabel")
        self.oxygenSourceLabel.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.oxygenSourceLabel)


        self.mainLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.severeLabel.setBuddy(self.severeSpin)
        self.riseLabel.setBuddy(self.riseSpin)
        self.daysLabel.setBuddy(self.daysSpin)
        self.feverLabel.setBuddy(self.feverSpin)
        self.oxygenLabel.setBuddy(self.oxygenSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.severeSpin, self.riseSpin)
        QWidget.setTabOrder(self.riseSpin, self.daysSpin)
        QWidget.setTabOrder(self.daysSpin, self.feverSpin)
        QWidget.setTabOrder(self.feverSpin, self.oxygenSpin)

        self.retranslateUi(AlertSettingsForm)

        QMetaObject.connectSlotsByName(AlertSettingsForm)
    # setupUi

    def retranslateUi(self, AlertSettingsForm):
        AlertSettingsForm.setWindowTitle(QCoreApplication.translate("AlertSettingsForm", u"Alert settings", None))
        self.introLabel.setText(QCoreApplication.translate("AlertSettingsForm", u"After you save an entry, the diary points out scores that may need a call to the team. Set these as your care team advises; the usual values are shown in brackets.", None))
        self.severeLabel.setText(QCoreApplication.translate("AlertSettingsForm", u"Point out any score of (usually 7, the severe band):", None))
#if QT_CONFIG(accessibility)
        self.severeSpin.setAccessibleName(QCoreApplication.translate("AlertSettingsForm", u"Score that raises an alert", None))
#endif // QT_CONFIG(accessibility)
        self.severeSpin.setSuffix(QCoreApplication.translate("AlertSettingsForm", u" or more", None))
        self.riseLabel.setText(QCoreApplication.translate("AlertSettingsForm", u"Or a rise above the recent average of (usually 3):", None))
#if QT_CONFIG(accessibility)
        self.riseSpin.setAccessibleName(QCoreApplication.translate("AlertSettingsForm", u"Rise that raises an alert", None))
#endif // QT_CONFIG(accessibility)
        self.riseSpin.setSuffix(QCoreApplication.translate("AlertSettingsForm", u" points or more", None))
        self.daysLabel.setText(QCoreApplication.translate("AlertSettingsForm", u"The recent average covers the last (usually 7):", None))
#if QT_CONFIG(accessibility)
        self.daysSpin.setAccessibleName(QCoreApplication.translate("AlertSettingsForm", u"Days in the recent average", None))
#endif // QT_CONFIG(accessibility)
        self.daysSpin.setSuffix(QCoreApplication.translate("AlertSettingsForm", u" days", None))
        self.vitalsLabel.setText(QCoreApplication.translate("AlertSettingsForm", u"After you save an entry with a temperature or an oxygen saturation, the diary also points out these readings.", None))
        self.feverLabel.setText(QCoreApplication.translate("AlertSettingsForm", u"Point out a temperature at or above:", None))
#if QT_CONFIG(accessibility)
        self.feverSpin.setAccessibleName(QCoreApplication.translate("AlertSettingsForm", u"Fever threshold", None))
#endif // QT_CONFIG(accessibility)
        self.oxygenLabel.setText(QCoreApplication.translate("AlertSettingsForm", u"Point out an oxygen saturation below:", None))
#if QT_CONFIG(accessibility)
        self.oxygenSpin.setAccessibleName(QCoreApplication.translate("AlertSettingsForm", u"Low oxygen threshold", None))
#endif // QT_CONFIG(accessibility)
        self.oxygenSpin.setSpecialValueText(QCoreApplication.translate("AlertSettingsForm", u"off", None))
        self.oxygenSpin.setSuffix(QCoreApplication.translate("AlertSettingsForm", u" %", None))
        self.oxygenSourceLabel.setText(QCoreApplication.translate("AlertSettingsForm", u"Source: the number your team gave you. There is no usual value: what is low depends on the person. Leave the box empty to keep this alert off.", None))
    # retranslateUi


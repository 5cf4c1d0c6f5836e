# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entry_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDoubleSpinBox,
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

from caregiver_app.views.widgets.date_fields import DateTimeField
from caregiver_app.views.widgets.wrapping_label import WrappingLabel

class Ui_EntryForm(object):
    def setupUi(self, EntryForm):
        if not EntryForm.objectName():
            EntryForm.setObjectName(u"EntryForm")
        EntryForm.resize(760, 760)
        self.mainLayout = QVBoxLayout(EntryForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.whenLayout = QFormLayout()
        self.whenLayout.setObjectName(u"whenLayout")
        self.whenLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.recordedAtLabel = QLabel(EntryForm)
        self.recordedAtLabel.setObjectName(u"recordedAtLabel")

        self.whenLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recordedAtLabel)

        self.recordedAtEdit = DateTimeField(EntryForm)
        self.recordedAtEdit.setObjectName(u"recordedAtEdit")

        self.whenLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recordedAtEdit)

        self.completedByLabel = QLabel(EntryForm)
        self.completedByLabel.setObjectName(u"completedByLabel")

        self.whenLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.completedByLabel)

        self.completedByCombo = QComboBox(EntryForm)
        self.completedByCombo.setObjectName(u"completedByCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.completedByCombo.sizePolicy().hasHeightForWidth())
        self.completedByCombo.setSizePolicy(sizePolicy)

        self.whenLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.completedByCombo)


        self.mainLayout.addLayout(self.whenLayout)

        self.scoresGroup = QGroupBox(EntryForm)
        self.scoresGroup.setObjectName(u"scoresGroup")
        self.scoresOuterLayout = QVBoxLayout(self.scoresGroup)
        self.scoresOuterLayout.setObjectName(u"scoresOuterLayout")
        self.scoresNote = QLabel(self.scoresGroup)
        self.scoresNote.setObjectName(u"scoresNote")
        self.scoresNote.setWordWrap(True)

        self.scoresOuterLayout.addWidget(self.scoresNote)

        self.scoresLayout = QGridLayout()
        self.scoresLayout.setObjectName(u"scoresLayout")
        self.painLabel = WrappingLabel(self.scoresGroup)
        self.painLabel.setObjectName(u"painLabel")

        self.scoresLayout.addWidget(self.painLabel, 0, 0, 1, 1)

        self.painSpin = QSpinBox(self.scoresGroup)
        self.painSpin.setObjectName(u"painSpin")
        self.painSpin.setMinimum(-1)
        self.painSpin.setMaximum(10)
        self.painSpin.setValue(-1)
        self.painSpin.setMinimumSize(QSize(110, 0))

        self.scoresLayout.addWidget(self.painSpin, 0, 1, 1, 1)

        self.painBand = QLabel(self.scoresGroup)
        self.painBand.setObjectName(u"painBand")

        self.scoresLayout.addWidget(self.painBand, 0, 2, 1, 1)

        self.painAnchors = QLabel(self.scoresGroup)
        self.painAnchors.setObjectName(u"painAnchors")

        self.scoresLayout.addWidget(self.painAnchors, 0, 3, 1, 1)

        self.tirednessLabel = WrappingLabel(self.scoresGroup)
        self.tirednessLabel.setObjectName(u"tirednessLabel")

        self.scoresLayout.addWidget(self.tirednessLabel, 1, 0, 1, 1)

        self.tirednessSpin = QSpinBox(self.scoresGroup)
        self.tirednessSpin.setObjectName(u"tirednessSpin")
        self.tirednessSpin.setMinimum(-1)
        self.tirednessSpin.setMaximum(10)
        self.tirednessSpin.setValue(-1)
        self.tirednessSpin.setMinimumSize(QSize(110, 0))

        self.scoresLayout.addWidget(self.tirednessSpin, 1, 1, 1, 1)

        self.tirednessBand = QLabel(self.scoresGroup)
        self.tirednessBand.setObjectName(u"tirednessBand")

        self.scoresLayout.addWidget(self.tirednessBand, 1, 2, 1, 1)

        self.tirednessAnchors = QLabel(self.scoresGroup)
        self.tirednessAnchors.setObjectName(u"tirednessAnchors")

        self.scoresLayout.addWidget(self.tirednessAnchors, 1, 3, 1, 1)

        self.drowsinessLabel = WrappingLabel(self.scoresGroup)
        self.drowsinessLabel.setObjectName(u"drowsinessLabel")

        self.scoresLayout.addWidget(self.drowsinessLabel, 2, 0, 1, 1)

        self.drowsinessSpin = QSpinBox(self.scoresGroup)
        self.drowsinessSpin.setObjectName(u"drowsinessSpin")
        self.drowsinessSpin.setMinimum(-1)
        self.drowsinessSpin.setMaximum(10)
        self.drowsinessSpin.setValue(-1)
        self.drowsinessSpin.setMinimumSize(QSize(110, 0))

        self.scoresLayout.addWidget(self.drowsinessSpin, 2, 1, 1, 1)

        self.drowsinessBand = QLabel(self.scoresGroup)
        self.drowsinessBand.setObjectName(u"drowsinessBand")

        self.scoresLayout.addWidget(self.drowsinessBand, 2, 2, 1, 1)

        self.drowsinessAnchors = QLabel(self.scoresGroup)
        self.drowsinessAnchors.setObjectName(u"drowsinessAnchors")

        self.scoresLayout.addWidget(self.drowsinessAnchors, 2, 3, 1, 1)

        self.nauseaLabel = WrappingLabel(self.scoresGroup)
        self.nauseaLabel.setObjectName(u"nauseaLabel")

        self.scoresLayout.addWidget(self.nauseaLabel, 3, 0, 1, 1)

        self.nauseaSpin = QSpinBox(self.scoresGroup)
        self.nauseaSpin.setObjectName(u"nauseaSpin")
        self.nauseaSpin.setMinimum(-1)
        self.nauseaSpin.setMaximum(10)
        self.nauseaSpin.setValue(-1)
        self.nauseaSpin.setMinimumSize(QSize(110, 0))

        self.scoresLayout.addWidget(self.nauseaSpin, 3, 1, 1, 1)

        self.nauseaBand = QLabel(self.scoresGroup)
        self.nauseaBand.setObjectName(u"nauseaBand")

        self.scoresLayout.addWidget(self.nauseaBand, 3, 2, 1, 1)

        self.nauseaAnchors = QLabel(self.scoresGroup)
        self.nauseaAnchors.setObjectName(u"nauseaAnchors")

        self.scoresLayout.addWidget(self.nauseaAnchors, 3, 3, 1, 1)

        self.lackOfAppetiteLabel = WrappingLabel(self.scoresGroup)
        self.lackOfAppetiteLabel.setObjectName(u"lackOfAppetiteLabel")

        self.scoresLayout.addWidget(self.lackOfAppetiteLabel, 4, 0, 1, 1)

        self.lackOfAppetiteSpin = QSpinBox(self.scoresGroup)
        self.lackOfAppetiteSpin.setObjectName(u"lackOfAppetiteSpin")
        self.lackOfAppetiteSpin.setMinimum(-1)
        self.lackOfAppetiteSpin.setMaximum(10)
        self.lackOfAppetiteSpin.setValue(-1)
        self.lackOfAppetiteSpin.setMinimumSize(QSize(110, 0))

        self.scoresLayout.addWidget(self.lackOfAppetiteSpin, 4, 1, 1, 1)

        self.lackOfAppetiteBand = QLabel(self.scoresGroup)
        self.lackOfAppetiteBand.setObjectName(u"lackOfAppetiteBand")

        self.scoresLayout.addWidget(self.lackOfAppetiteBand, 4, 2, 1, 1)

        self.lackOfAppetiteAnchors = QLabel(self.scoresGroup)
        self.lackOfAppetiteAnchors.setObjectName(u"lackOfAppetiteAnchors")

        self.scoresLayout.addWidget(self.lackOfAppetiteAnchors, 4, 3, 1, 1)

        self.shortnessOfBreathLabel = WrappingLabel(self.scoresGroup)
        self.shortnessOfBreathLabel.setObjectName(u"shortnessOfBreathLabel")

        self.scoresLayout.addWidget(self.shortnessOfBreathLabel, 5, 0, 1, 1)

        self.shortnessOfBreathSpin = QSpinBox(self.scoresGroup)
        self.shortnessOfBreathSpin.setObjectName(u"shortnessOfBreathSpin")
        self.shortnessOfBreathSpin.setMinimum(-1)
        self.shortnessOfBreathSpin.setMaximum(10)
        self.shortnessOfBreathSpin.setValue(-1)
        self.shortnessOfBreathSpin.setMinimumSize(QSize(110, 0))

        self.scoresLayout.addWidget(self.shortnessOfBreathSpin, 5, 1, 1, 1)

        self.shortnessOfBreathBand = QLabel(self.scoresGroup)
        self.shortnessOfBreathBand.setObjectName(u"shortnessOfBreathBand")

        self.scoresLayout.addWidget(self.shortnessOfBreathBand, 5, 2, 1, 1)

        self.shortnessOfBreathAnchors = QLabel(self.scoresGroup)
        self.shortnessOfBreathAnchors.setObjectName(u"shortnessOfBreathAnchors")

        self.scoresLayout.addWidget(self.shortnessOfBreathAnchors, 5, 3, 1, 1)

        self.depressionLabel = WrappingLabel(self.scoresGroup)
        self.depressionLabel.setObjectName(u"depressionLabel")

        self.scoresLayout.addWidget(self.depressionLabel, 6, 0, 1, 1)

        self.depressionSpin = QSpinBox(self.scoresGroup)
        self.depressionSpin.setObjectName(u"depressionSpin")
        self.depressionSpin.setMinimum(-1)
        self.depressionSpin.setMaximum(10)
        self.depressionSpin.setValue(-1)
        self.depressionSpin.setMinimumSize(QSize(110, 0))

        self.scoresLayout.addWidget(self.depressionSpin, 6, 1, 1, 1)

        self.depressionBand = QLabel(self.scoresGroup)
        self.depressionBand.setObjectName(u"depressionBand")

        self.scoresLayout.addWidget(self.depressionBand, 6, 2, 1, 1)

        self.depressionAnchors = QLabel(self.scoresGroup)
        self.depressionAnchors.setObjectName(u"depressionAnchors")

        self.scoresLayout.addWidget(self.depressionAnchors, 6, 3, 1, 1)

        self.anxietyLabel = WrappingLabel(self.scoresGroup)
        self.anxietyLabel.setObjectName(u"anxietyLabel")

        self.scoresLayout.addWidget(self.anxietyLabel, 7, 0, 1, 1)

        self.anxietySpin = QSpinBox(self.scoresGroup)
        self.anxietySpin.setObjectName(u"anxietySpin")
        self.anxietySpin.setMinimum(-1)
        self.anxietySpin.setMaximum(10)
        self.anxietySpin.setValue(-1)
        self.anxietySpin.setMinimumSize(QSize(110, 0))

        self.scoresLayout.addWidget(self.anxietySpin, 7, 1, 1, 1)

        self.anxietyBand = QLabel(self.scoresGroup)
        self.anxietyBand.setObjectName(u"anxietyBand")

        self.scoresLayout.addWidget(self.anxietyBand, 7, 2, 1, 1)

        self.anxietyAnchors = QLabel(self.scoresGroup)
        self.anxietyAnchors.setObjectName(u"anxietyAnchors")

        self.scoresLayout.addWidget(self.anxietyAnchors, 7, 3, 1, 1)

        self.wellbeingLabel = WrappingLabel(self.scoresGroup)
        self.wellbeingLabel.setObjectName(u"wellbeingLabel")

        self.scoresLayout.addWidget(self.wellbeingLabel, 8, 0, 1, 1)

        self.wellbeingSpin = QSpinBox(self.scoresGroup)
        self.wellbeingSpin.setObjectName(u"wellbeingSpin")
        self.wellbeingSpin.setMinimum(-1)
        self.wellbeingSpin.setMaximum(10)
        self.wellbeingSpin.setValue(-1)
        self.wellbeingSpin.setMinimumSize(QSize(110, 0))

        self.scoresLayout.addWidget(self.wellbeingSpin, 8, 1, 1, 1)

        self.wellbeingBand = QLabel(self.scoresGroup)
        self.wellbeingBand.setObjectName(u"wellbeingBand")

        self.scoresLayout.addWidget(self.wellbeingBand, 8, 2, 1, 1)

        self.wellbeingAnchors = QLabel(self.scoresGroup)
        self.wellbeingAnchors.setObjectName(u"wellbeingAnchors")

        self.scoresLayout.addWidget(self.wellbeingAnchors, 8, 3, 1, 1)

        self.otherProblemEdit = QLineEdit(self.scoresGroup)
        self.otherProblemEdit.setObjectName(u"otherProblemEdit")

        self.scoresLayout.addWidget(self.otherProblemEdit, 9, 0, 1, 1)

        self.otherProblemSpin = QSpinBox(self.scoresGroup)
        self.otherProblemSpin.setObjectName(u"otherProblemSpin")
        self.otherProblemSpin.setMinimum(-1)
        self.otherProblemSpin.setMaximum(10)
        self.otherProblemSpin.setValue(-1)
        self.otherProblemSpin.setMinimumSize(QSize(110, 0))

        self.scoresLayout.addWidget(self.otherProblemSpin, 9, 1, 1, 1)

        self.otherProblemBand = QLabel(self.scoresGroup)
        self.otherProblemBand.setObjectName(u"otherProblemBand")

        self.scoresLayout.addWidget(self.otherProblemBand, 9, 2, 1, 1)


        self.scoresOuterLayout.addLayout(self.scoresLayout)


        self.mainLayout.addWidget(self.scoresGroup)

        self.trackersGroup = QGroupBox(EntryForm)
        self.trackersGroup.setObjectName(u"trackersGroup")
        self.trackersOuterLayout = QVBoxLayout(self.trackersGroup)
        self.trackersOuterLayout.setObjectName(u"trackersOuterLayout")
        self.trackersNote = QLabel(self.trackersGroup)
        self.trackersNote.setObjectName(u"trackersNote")
        self.trackersNote.setWordWrap(True)

        self.trackersOuterLayout.addWidget(self.trackersNote)

        self.trackersLayout = QGridLayout()
        self.trackersLayout.setObjectName(u"trackersLayout")

        self.trackersOuterLayout.addLayout(self.trackersLayout)

        self.addTrackerButton = QPushButton(self.trackersGroup)
        self.addTrackerButton.setObjectName(u"addTrackerButton")
        sizePolicy.setHeightForWidth(self.addTrackerButton.sizePolicy().hasHeightForWidth())
        self.addTrackerButton.setSizePolicy(sizePolicy)

        self.trackersOuterLayout.addWidget(self.addTrackerButton)

        self.trackersButton = QPushButton(self.trackersGroup)
        self.trackersButton.setObjectName(u"trackersButton")
        sizePolicy.setHeightForWidth(self.trackersButton.sizePolicy().hasHeightForWidth())
        self.trackersButton.setSizePolicy(sizePolicy)

        self.trackersOuterLayout.addWidget(self.trackersButton)


        self.mainLayout.addWidget(self.trackersGroup)

        self.vitalsGroup = QGroupBox(EntryForm)
        self.vitalsGroup.setObjectName(u"vitalsGroup")
        self.vitalsLayout = QVBoxLayout(self.vitalsGroup)
        self.vitalsLayout.setObjectName(u"vitalsLayout")
        self.temperaturePair = QWidget(self.vitalsGroup)
        self.temperaturePair.setObjectName(u"temperaturePair")
        self.temperaturePairLayout = QHBoxLayout(self.temperaturePair)
        self.temperaturePairLayout.setObjectName(u"temperaturePairLayout")
        self.temperaturePairLayout.setContentsMargins(0, 0, 0, 0)
        self.temperatureLabel = QLabel(self.temperaturePair)
        self.temperatureLabel.setObjectName(u"temperatureLabel")

        self.temperaturePairLayout.addWidget(self.temperatureLabel)

        self.temperatureSpin = QDoubleSpinBox(self.temperaturePair)
        self.temperatureSpin.setObjectName(u"temperatureSpin")

        self.temperaturePairLayout.addWidget(self.temperatureSpin)


        self.vitalsLayout.addWidget(self.temperaturePair)

        self.oxygenSaturationPair = QWidget(self.vitalsGroup)
        self.oxygenSaturationPair.setObjectName(u"oxygenSaturationPair")
        self.oxygenSaturationPairLayout = QHBoxLayout(self.oxygenSaturationPair)
        self.oxygenSaturationPairLayout.setObjectName(u"oxygenSaturationPairLayout")
        self.oxygenSaturationPairLayout.setContentsMargins(0, 0, 0, 0)
        self.oxygenSaturationLabel = QLabel(self.oxygenSaturationPair)
        self.oxygenSaturationLabel.setObjectName(u"oxygenSaturationLabel")

        self.oxygenSaturationPairLayout.addWidget(self.oxygenSaturationLabel)

        self.oxygenSaturationSpin = QSpinBox(self.oxygenSaturationPair)
        self.oxygenSaturationSpin.setObjectName(u"oxygenSaturationSpin")

        self.oxygenSaturationPairLayout.addWidget(self.oxygenSaturationSpin)


        self.vitalsLayout.addWidget(self.oxygenSaturationPair)

        self.oxygenFlowPair = QWidget(self.vitalsGroup)
        self.oxygenFlowPair.setObjectName(u"oxygenFlowPair")
        self.oxygenFlowPairLayout = QHBoxLayout(self.oxygenFlowPair)
        self.oxygenFlowPairLayout.setObjectName(u"oxygenFlowPairLayout")
        self.oxygenFlowPairLayout.setContentsMargins(0, 0, 0, 0)
        self.oxygenFlowLabel = QLabel(self.oxygenFlowPair)
        self.oxygenFlowLabel.setObjectName(u"oxygenFlowLabel")

        self.oxygenFlowPairLayout.addWidget(self.oxygenFlowLabel)

        self.oxygenFlowSpin = QDoubleSpinBox(self.oxygenFlowPair)
        self.oxygenFlowSpin.setObjectName(u"oxygenFlowSpin")

        self.oxygenFlowPairLayout.addWidget(self.oxygenFlowSpin)


        self.vitalsLayout.addWidget(self.oxygenFlowPair)

        self.weightPair = QWidget(self.vitalsGroup)
        self.weightPair.setObjectName(u"weightPair")
        self.weightPairLayout = QHBoxLayout(self.weightPair)
        self.weightPairLayout.setObjectName(u"weightPairLayout")
        self.weightPairLayout.setContentsMargins(0, 0, 0, 0)
        self.weightLabel = QLabel(self.weightPair)
        self.weightLabel.setObjectName(u"weightLabel")

        self.weightPairLayout.addWidget(self.weightLabel)

        self.weightSpin = QDoubleSpinBox(self.weightPair)
        self.weightSpin.setObjectName(u"weightSpin")

        self.weightPairLayout.addWidget(self.weightSpin)


        self.vitalsLayout.addWidget(self.weightPair)

        self.pulsePair = QWidget(self.vitalsGroup)
        self.pulsePair.setObjectName(u"pulsePair")
        self.pulsePairLayout = QHBoxLayout(self.pulsePair)
        self.pulsePairLayout.setObjectName(u"pulsePairLayout")
        self.pulsePairLayout.setContentsMargins(0, 0, 0, 0)
        self.pulseLabel = QLabel(self.pulsePair)
        self.pulseLabel.setObjectName(u"pulseLabel")

        self.pulsePairLayout.addWidget(self.pulseLabel)

        self.pulseSpin = QSpinBox(self.pulsePair)
        self.pulseSpin.setObjectName(u"pulseSpin")

        self.pulsePairLayout.addWidget(self.pulseSpin)


        self.vitalsLayout.addWidget(self.pulsePair)


        self.mainLayout.addWidget(self.vitalsGroup)

        self.noteLabel = QLabel(EntryForm)
        self.noteLabel.setObjectName(u"noteLabel")

        self.mainLayout.addWidget(self.noteLabel)

        self.noteEdit = QPlainTextEdit(EntryForm)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMaximumSize(QSize(16777215, 90))

        self.mainLayout.addWidget(self.noteEdit)

        self.forTeamLayout = QVBoxLayout()
        self.forTeamLayout.setSpacing(0)
        self.forTeamLayout.setObjectName(u"forTeamLayout")
        self.forTeamCheck = QCheckBox(EntryForm)
        self.forTeamCheck.setObjectName(u"forTeamCheck")

        self.forTeamLayout.addWidget(self.forTeamCheck)

        self.forTeamNote = QLabel(EntryForm)
        self.forTeamNote.setObjectName(u"forTeamNote")
        self.forTeamNote.setWordWrap(True)

        self.forTeamLayout.addWidget(self.forTeamNote)


        self.mainLayout.addLayout(self.forTeamLayout)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.recordedAtLabel.setBuddy(self.recordedAtEdit)
        self.completedByLabel.setBuddy(self.completedByCombo)
        self.painLabel.setBuddy(self.painSpin)
        self.tirednessLabel.setBuddy(self.tirednessSpin)
        self.drowsinessLabel.setBuddy(self.drowsinessSpin)
        self.nauseaLabel.setBuddy(self.nauseaSpin)
        self.lackOfAppetiteLabel.setBuddy(self.lackOfAppetiteSpin)
        self.shortnessOfBreathLabel.setBuddy(self.shortnessOfBreathSpin)
        self.depressionLabel.setBuddy(self.depressionSpin)
        self.anxietyLabel.setBuddy(self.anxietySpin)
        self.wellbeingLabel.setBuddy(self.wellbeingSpin)
        self.temperatureLabel.setBuddy(self.temperatureSpin)
        self.oxygenSaturationLabel.setBuddy(self.oxygenSaturationSpin)
        self.oxygenFlowLabel.setBuddy(self.oxygenFlowSpin)
        self.weightLabel.setBuddy(self.weightSpin)
        self.pulseLabel.setBuddy(self.pulseSpin)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recordedAtEdit, self.completedByCombo)
        QWidget.setTabOrder(self.completedByCombo, self.painSpin)
        QWidget.setTabOrder(self.painSpin, self.tirednessSpin)
        QWidget.setTabOrder(self.tirednessSpin, self.drowsinessSpin)
        QWidget.setTabOrder(self.drowsinessSpin, self.nauseaSpin)
        QWidget.setTabOrder(self.nauseaSpin, self.lackOfAppetiteSpin)
        QWidget.setTabOrder(self.lackOfAppetiteSpin, self.shortnessOfBreathSpin)
        QWidget.setTabOrder(self.shortnessOfBreathSpin, self.depressionSpin)
        QWidget.setTabOrder(self.depressionSpin, self.anxietySpin)
        QWidget.setTabOrder(self.anxietySpin, self.wellbeingSpin)
        QWidget.setTabOrder(self.wellbeingSpin, self.otherProblemEdit)
        QWidget.setTabOrder(self.otherProblemEdit, self.otherProblemSpin)
        QWidget.setTabOrder(self.otherProblemSpin, self.addTrackerButton)
        QWidget.setTabOrder(self.addTrackerButton, self.trackersButton)
        QWidget.setTabOrder(self.trackersButton, self.temperatureSpin)
        QWidget.setTabOrder(self.temperatureSpin, self.oxygenSaturationSpin)
        QWidget.setTabOrder(self.oxygenSaturationSpin, self.oxygenFlowSpin)
        QWidget.setTabOrder(self.oxygenFlowSpin, self.weightSpin)
        QWidget.setTabOrder(self.weightSpin, self.pulseSpin)
        QWidget.setTabOrder(self.pulseSpin, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.forTeamCheck)

        self.retranslateUi(EntryForm)

        QMetaObject.connectSlotsByName(EntryForm)
    # setupUi

    def retranslateUi(self, EntryForm):
        EntryForm.setWindowTitle(QCoreApplication.translate("EntryForm", u"Diary entry", None))
        self.recordedAtLabel.setText(QCoreApplication.translate("EntryForm", u"&Date and time:", None))
#if QT_CONFIG(accessibility)
        self.recordedAtEdit.setAccessibleName(QCoreApplication.translate("EntryForm", u"Date and time of the entry", None))
#endif // QT_CONFIG(accessibility)
        self.completedByLabel.setText(QCoreApplication.translate("EntryForm", u"Completed &by:", None))
#if QT_CONFIG(accessibility)
        self.completedByCombo.setAccessibleName(QCoreApplication.translate("EntryForm", u"Completed by", None))
#endif // QT_CONFIG(accessibility)
        self.scoresGroup.setTitle(QCoreApplication.translate("EntryForm", u"How does the person feel now?", None))
        self.scoresNote.setText(QCoreApplication.translate("EntryForm", u"Choose 0 to 10 for each, or leave \"not rated\".", None))
        self.painLabel.setText(QCoreApplication.translate("EntryForm", u"Pain", None))
#if QT_CONFIG(accessibility)
        self.painSpin.setAccessibleName(QCoreApplication.translate("EntryForm", u"Pain", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.painSpin.setAccessibleDescription(QCoreApplication.translate("EntryForm", u"0 = no pain, 10 = worst possible pain", None))
#endif // QT_CONFIG(accessibility)
        self.painSpin.setSpecialValueText(QCoreApplication.translate("EntryForm", u"not rated", None))
        self.painBand.setText("")
        self.painAnchors.setText(QCoreApplication.translate("EntryForm", u"0 = no pain, 10 = worst possible pain", None))
        self.tirednessLabel.setText(QCoreApplication.translate("EntryForm", u"Tiredness (lack of energy)", None))
#if QT_CONFIG(accessibility)
        self.tirednessSpin.setAccessibleName(QCoreApplication.translate("EntryForm", u"Tiredness", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tirednessSpin.setAccessibleDescription(QCoreApplication.translate("EntryForm", u"0 = no tiredness, 10 = worst possible tiredness", None))
#endif // QT_CONFIG(accessibility)
        self.tirednessSpin.setSpecialValueText(QCoreApplication.translate("EntryForm", u"not rated", None))
        self.tirednessBand.setText("")
        self.tirednessAnchors.setText(QCoreApplication.translate("EntryForm", u"0 = no tiredness, 10 = worst possible tiredness", None))
        self.drowsinessLabel.setText(QCoreApplication.translate("EntryForm", u"Drowsiness (feeling sleepy)", None))
#if QT_CONFIG(accessibility)
        self.drowsinessSpin.setAccessibleName(QCoreApplication.translate("EntryForm", u"Drowsiness", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.drowsinessSpin.setAccessibleDescription(QCoreApplication.translate("EntryForm", u"0 = no drowsiness, 10 = worst possible drowsiness", None))
#endif // QT_CONFIG(accessibility)
        self.drowsinessSpin.setSpecialValueText(QCoreApplication.translate("EntryForm", u"not rated", None))
        self.drowsinessBand.setText("")
        self.drowsinessAnchors.setText(QCoreApplication.translate("EntryForm", u"0 = no drowsiness, 10 = worst possible drowsiness", None))
        self.nauseaLabel.setText(QCoreApplication.translate("EntryForm", u"Nausea", None))
#if QT_CONFIG(accessibility)
        self.nauseaSpin.setAccessibleName(QCoreApplication.translate("EntryForm", u"Nausea", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nauseaSpin.setAccessibleDescription(QCoreApplication.translate("EntryForm", u"0 = no nausea, 10 = worst possible nausea", None))
#endif // QT_CONFIG(accessibility)
        self.nauseaSpin.setSpecialValueText(QCoreApplication.translate("EntryForm", u"not rated", None))
        self.nauseaBand.setText("")
        self.nauseaAnchors.setText(QCoreApplication.translate("EntryForm", u"0 = no nausea, 10 = worst possible nausea", None))
        self.lackOfAppetiteLabel.setText(QCoreApplication.translate("EntryForm", u"Lack of appetite", None))
#if QT_CONFIG(accessibility)
        self.lackOfAppetiteSpin.setAccessibleName(QCoreApplication.translate("EntryForm", u"Lack of appetite", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.lackOfAppetiteSpin.setAccessibleDescription(QCoreApplication.translate("EntryForm", u"0 = no lack of appetite, 10 = worst possible lack of appetite", None))
#endif // QT_CONFIG(accessibility)
        self.lackOfAppetiteSpin.setSpecialValueText(QCoreApplication.translate("EntryForm", u"not rated", None))
        self.lackOfAppetiteBand.setText("")
        self.lackOfAppetiteAnchors.setText(QCoreApplication.translate("EntryForm", u"0 = no lack of appetite, 10 = worst possible lack of appetite", None))
        self.shortnessOfBreathLabel.setText(QCoreApplication.translate("EntryForm", u"Shortness of breath", None))
#if QT_CONFIG(accessibility)
        self.shortnessOfBreathSpin.setAccessibleName(QCoreApplication.translate("EntryForm", u"Shortness of breath", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.shortnessOfBreathSpin.setAccessibleDescription(QCoreApplication.translate("EntryForm", u"0 = no shortness of breath, 10 = worst possible shortness of breath", None))
#endif // QT_CONFIG(accessibility)
        self.shortnessOfBreathSpin.setSpecialValueText(QCoreApplication.translate("EntryForm", u"not rated", None))
        self.shortnessOfBreathBand.setText("")
        self.shortnessOfBreathAnchors.setText(QCoreApplication.translate("EntryForm", u"0 = no shortness of breath, 10 = worst possible shortness of breath", None))
        self.depressionLabel.setText(QCoreApplication.translate("EntryForm", u"Depression (feeling sad)", None))
#if QT_CONFIG(accessibility)
        self.depressionSpin.setAccessibleName(QCoreApplication.translate("EntryForm", u"Depression", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.depressionSpin.setAccessibleDescription(QCoreApplication.translate("EntryForm", u"0 = no depression, 10 = worst possible depression", None))
#endif // QT_CONFIG(accessibility)
        self.depressionSpin.setSpecialValueText(QCoreApplication.translate("EntryForm", u"not rated", None))
        self.depressionBand.setText("")
        self.depressionAnchors.setText(QCoreApplication.translate("EntryForm", u"0 = no depression, 10 = worst possible depression", None))
        self.anxietyLabel.setText(QCoreApplication.translate("EntryForm", u"Anxiety (feeling nervous)", None))
#if QT_CONFIG(accessibility)
        self.anxietySpin.setAccessibleName(QCoreApplication.translate("EntryForm", u"Anxiety", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.anxietySpin.setAccessibleDescription(QCoreApplication.translate("EntryForm", u"0 = no anxiety, 10 = worst possible anxiety", None))
#endif // QT_CONFIG(accessibility)
        self.anxietySpin.setSpecialValueText(QCoreApplication.translate("EntryForm", u"not rated", None))
        self.anxietyBand.setText("")
        self.anxietyAnchors.setText(QCoreApplication.translate("EntryForm", u"0 = no anxiety, 10 = worst possible anxiety", None))
        self.wellbeingLabel.setText(QCoreApplication.translate("EntryForm", u"Wellbeing (how you feel overall)", None))
#if QT_CONFIG(accessibility)
        self.wellbeingSpin.setAccessibleName(QCoreApplication.translate("EntryForm", u"Wellbeing", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.wellbeingSpin.setAccessibleDescription(QCoreApplication.translate("EntryForm", u"0 = best wellbeing, 10 = worst possible wellbeing", None))
#endif // QT_CONFIG(accessibility)
        self.wellbeingSpin.setSpecialValueText(QCoreApplication.translate("EntryForm", u"not rated", None))
        self.wellbeingBand.setText("")
        self.wellbeingAnchors.setText(QCoreApplication.translate("EntryForm", u"0 = best wellbeing, 10 = worst possible wellbeing", None))
#if QT_CONFIG(accessibility)
        self.otherProblemEdit.setAccessibleName(QCoreApplication.translate("EntryForm", u"Other problem", None))
#endif // QT_CONFIG(accessibility)
        self.otherProblemEdit.setPlaceholderText(QCoreApplication.translate("EntryForm", u"Other problem", None))
#if QT_CONFIG(accessibility)
        self.otherProblemSpin.setAccessibleName(QCoreApplication.translate("EntryForm", u"Other problem score", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.otherProblemSpin.setAccessibleDescription(QCoreApplication.translate("EntryForm", u"0 = none, 10 = worst possible", None))
#endif // QT_CONFIG(accessibility)
        self.otherProblemSpin.setSpecialValueText(QCoreApplication.translate("EntryForm", u"not rated", None))
        self.otherProblemBand.setText("")
        self.trackersGroup.setTitle(QCoreApplication.translate("EntryForm", u"Other symptoms you follow", None))
        self.trackersNote.setText(QCoreApplication.translate("EntryForm", u"0 = none, 10 = worst possible", None))
        self.addTrackerButton.setText(QCoreApplication.translate("EntryForm", u"Follow another symptom...", None))
#if QT_CONFIG(accessibility)
        self.addTrackerButton.setAccessibleName(QCoreApplication.translate("EntryForm", u"Follow another symptom", None))
#endif // QT_CONFIG(accessibility)
        self.trackersButton.setText(QCoreApplication.translate("EntryForm", u"Rename or stop following...", None))
#if QT_CONFIG(accessibility)
        self.trackersButton.setAccessibleName(QCoreApplication.translate("EntryForm", u"Rename or stop following the symptoms you follow", None))
#endif // QT_CONFIG(accessibility)
        self.vitalsGroup.setTitle(QCoreApplication.translate("EntryForm", u"Measurements (optional)", None))
        self.temperatureLabel.setText(QCoreApplication.translate("EntryForm", u"&Temperature:", None))
#if QT_CONFIG(accessibility)
        self.temperatureSpin.setAccessibleName(QCoreApplication.translate("EntryForm", u"Temperature", None))
#endif // QT_CONFIG(accessibility)
        self.temperatureSpin.setSpecialValueText(QCoreApplication.translate("EntryForm", u"not recorded", None))
        self.oxygenSaturationLabel.setText(QCoreApplication.translate("EntryForm", u"O&xygen saturation:", None))
#if QT_CONFIG(accessibility)
        self.oxygenSaturationSpin.setAccessibleName(QCoreApplication.translate("EntryForm", u"Oxygen saturation", None))
#endif // QT_CONFIG(accessibility)
        self.oxygenSaturationSpin.setSpecialValueText(QCoreApplication.translate("EntryForm", u"not recorded", None))
        self.oxygenFlowLabel.setText(QCoreApplication.translate("EntryForm", u"Oxygen &flow:", None))
#if QT_CONFIG(accessibility)
        self.oxygenFlowSpin.setAccessibleName(QCoreApplication.translate("EntryForm", u"Oxygen flow", None))
#endif // QT_CONFIG(accessibility)
        self.oxygenFlowSpin.setSpecialValueText(QCoreApplication.translate("EntryForm", u"not recorded", None))
        self.weightLabel.setText(QCoreApplication.translate("EntryForm", u"&Weight:", None))
#if QT_CONFIG(accessibility)
        self.weightSpin.setAccessibleName(QCoreApplication.translate("EntryForm", u"Weight", None))
#endif // QT_CONFIG(accessibility)
        self.weightSpin.setSpecialValueText(QCoreApplication.translate("EntryForm", u"not recorded", None))
        self.pulseLabel.setText(QCoreApplication.translate("EntryForm", u"&Pulse:", None))
#if QT_CONFIG(accessibility)
        self.pulseSpin.setAccessibleName(QCoreApplication.translate("EntryForm", u"Pulse", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pulseSpin.setAccessibleDescription(QCoreApplication.translate("EntryForm", u"Heartbeats per minute", None))
#endif // QT_CONFIG(accessibility)
        self.pulseSpin.setSpecialValueText(QCoreApplication.translate("EntryForm", u"not recorded", None))
        self.noteLabel.setText(QCoreApplication.translate("EntryForm", u"&Note:", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("EntryForm", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("EntryForm", u"Anything the team should hear about: sleep, eating, mood, what helped", None))
        self.forTeamCheck.setText(QCoreApplication.translate("EntryForm", u"Mark this note for the care team", None))
#if QT_CONFIG(accessibility)
        self.forTeamCheck.setAccessibleName(QCoreApplication.translate("EntryForm", u"Mark this note for the care team", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.forTeamCheck.setAccessibleDescription(QCoreApplication.translate("EntryForm", u"It goes on the visit summary.", None))
#endif // QT_CONFIG(accessibility)
        self.forTeamNote.setText(QCoreApplication.translate("EntryForm", u"It goes on the visit summary.", None))
    # retranslateUi


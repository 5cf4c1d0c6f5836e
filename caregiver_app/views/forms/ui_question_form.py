# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'question_form.ui'
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
    QLabel, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_QuestionForm(object):
    def setupUi(self, QuestionForm):
        if not QuestionForm.objectName():
            QuestionForm.setObjectName(u"QuestionForm")
        QuestionForm.resize(560, 460)
        self.mainLayout = QVBoxLayout(QuestionForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.questionLabel = QLabel(QuestionForm)
        self.questionLabel.setObjectName(u"questionLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.questionLabel)

        self.questionEdit = QPlainTextEdit(QuestionForm)
        self.questionEdit.setObjectName(u"questionEdit")
        self.questionEdit.setTabChangesFocus(True)
        self.questionEdit.setMaximumSize(QSize(16777215, 120))

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.questionEdit)

        self.questionError = QLabel(QuestionForm)
        self.questionError.setObjectName(u"questionError")
        self.questionError.setWordWrap(True)
        self.questionError.setVisible(False)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.questionError)

        self.askLabel = QLabel(QuestionForm)
        self.askLabel.setObjectName(u"askLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.askLabel)

        self.askCombo = QComboBox(QuestionForm)
        self.askCombo.setObjectName(u"askCombo")
        self.askCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.askCombo.setMinimumContentsLength(20)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.askCombo)

        self.appointmentLabel = QLabel(QuestionForm)
        self.appointmentLabel.setObjectName(u"appointmentLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.appointmentLabel)

        self.appointmentCombo = QComboBox(QuestionForm)
        self.appointmentCombo.setObjectName(u"appointmentCombo")
        self.appointmentCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.appointmentCombo.setMinimumContentsLength(20)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.appointmentCombo)

        self.articleLabel = QLabel(QuestionForm)
        self.articleLabel.setObjectName(u"articleLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.articleLabel)

        self.articleValue = QLabel(QuestionForm)
        self.articleValue.setObjectName(u"articleValue")
        self.articleValue.setWordWrap(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.articleValue)

        self.answeredCheck = QCheckBox(QuestionForm)
        self.answeredCheck.setObjectName(u"answeredCheck")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.answeredCheck)

        self.answerLabel = QLabel(QuestionForm)
        self.answerLabel.setObjectName(u"answerLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.answerLabel)

        self.answerEdit = QPlainTextEdit(QuestionForm)
        self.answerEdit.setObjectName(u"answerEdit")
        self.answerEdit.setTabChangesFocus(True)
        self.answerEdit.setMaximumSize(QSize(16777215, 120))

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.answerEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.questionLabel.setBuddy(self.questionEdit)
        self.askLabel.setBuddy(self.askCombo)
        self.appointmentLabel.setBuddy(self.appointmentCombo)
        self.answerLabel.setBuddy(self.answerEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.questionEdit, self.askCombo)
        QWidget.setTabOrder(self.askCombo, self.appointmentCombo)
        QWidget.setTabOrder(self.appointmentCombo, self.answeredCheck)
        QWidget.setTabOrder(self.answeredCheck, self.answerEdit)

        self.retranslateUi(QuestionForm)

        QMetaObject.connectSlotsByName(QuestionForm)
    # setupUi

    def retranslateUi(self, QuestionForm):
        QuestionForm.setWindowTitle(QCoreApplication.translate("QuestionForm", u"Question", None))
        self.questionLabel.setText(QCoreApplication.translate("QuestionForm", u"&Question:", None))
#if QT_CONFIG(accessibility)
        self.questionEdit.setAccessibleName(QCoreApplication.translate("QuestionForm", u"Question", None))
#endif // QT_CONFIG(accessibility)
        self.questionEdit.setPlaceholderText(QCoreApplication.translate("QuestionForm", u"For example: Which symptoms should we call about at night?", None))
        self.questionError.setText("")
        self.askLabel.setText(QCoreApplication.translate("QuestionForm", u"&Who to ask:", None))
#if QT_CONFIG(accessibility)
        self.askCombo.setAccessibleName(QCoreApplication.translate("QuestionForm", u"Who to ask", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.askCombo.setAccessibleDescription(QCoreApplication.translate("QuestionForm", u"A role on the care team, or one of your contacts.", None))
#endif // QT_CONFIG(accessibility)
        self.appointmentLabel.setText(QCoreApplication.translate("QuestionForm", u"&Plan to ask at:", None))
#if QT_CONFIG(accessibility)
        self.appointmentCombo.setAccessibleName(QCoreApplication.translate("QuestionForm", u"Plan to ask at", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.appointmentCombo.setAccessibleDescription(QCoreApplication.translate("QuestionForm", u"The visit where you mean to ask it. A repeating appointment is listed once for each of its coming dates.", None))
#endif // QT_CONFIG(accessibility)
        self.articleLabel.setText(QCoreApplication.translate("QuestionForm", u"From the article:", None))
        self.articleValue.setText("")
        self.answeredCheck.setText(QCoreApplication.translate("QuestionForm", u"The team has &answered this", None))
#if QT_CONFIG(accessibility)
        self.answeredCheck.setAccessibleName(QCoreApplication.translate("QuestionForm", u"The team has answered this", None))
#endif // QT_CONFIG(accessibility)
        self.answerLabel.setText(QCoreApplication.translate("QuestionForm", u"Their a&nswer:", None))
#if QT_CONFIG(accessibility)
        self.answerEdit.setAccessibleName(QCoreApplication.translate("QuestionForm", u"Their answer", None))
#endif // QT_CONFIG(accessibility)
        self.answerEdit.setPlaceholderText(QCoreApplication.translate("QuestionForm", u"What the team said, in your own words", None))
    # retranslateUi


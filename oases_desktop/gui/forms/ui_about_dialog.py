# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(560, 340)
        self.mainLayout = QVBoxLayout(AboutDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.iconLabel = QLabel(AboutDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setMinimumSize(QSize(72, 72))
        self.iconLabel.setMaximumSize(QSize(72, 72))
        self.iconLabel.setScaledContents(True)

        self.headerLayout.addWidget(self.iconLabel)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(AboutDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: 600;")

        self.titleLayout.addWidget(self.titleLabel)

        self.versionLabel = QLabel(AboutDialog)
        self.versionLabel.setObjectName(u"versionLabel")

        self.titleLayout.addWidget(self.versionLabel)


        self.headerLayout.addLayout(self.titleLayout)


        self.mainLayout.addLayout(self.headerLayout)

        self.purposeLabel = QLabel(AboutDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")
        self.purposeLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.purposeLabel)

        self.factsLayout = QFormLayout()
        self.factsLayout.setObjectName(u"factsLayout")
        self.libraryCaption = QLabel(AboutDialog)
        self.libraryCaption.setObjectName(u"libraryCaption")

        self.factsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.libraryCaption)

        self.libraryLabel = QLabel(AboutDialog)
        self.libraryLabel.setObjectName(u"libraryLabel")
        self.libraryLabel.setWordWrap(True)
        self.libraryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.libraryLabel)

        self.calendarCaption = QLabel(AboutDialog)
        self.calendarCaption.setObjectName(u"calendarCaption")

        self.factsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.calendarCaption)

        self.calendarLabel = QLabel(AboutDialog)
        self.calendarLabel.setObjectName(u"calendarLabel")
        self.calendarLabel.setWordWrap(True)
        self.calendarLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.calendarLabel)

        self.dataCaption = QLabel(AboutDialog)
        self.dataCaption.setObjectName(u"dataCaption")

        self.factsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dataCaption)

        self.dataLabel = QLabel(AboutDialog)
        self.dataLabel.setObjectName(u"dataLabel")
        self.dataLabel.setWordWrap(True)
        self.dataLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dataLabel)

        self.componentsCaption = QLabel(AboutDialog)
        self.componentsCaption.setObjectName(u"componentsCaption")

        self.factsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.componentsCaption)

        self.componentsLabel = QLabel(AboutDialog)
        self.componentsLabel.setObjectName(u"componentsLabel")
        self.componentsLabel.setWordWrap(True)
        self.componentsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.componentsLabel)


        self.mainLayout.addLayout(self.factsLayout)

        self.disclaimerLabel = QLabel(AboutDialog)
        self.disclaimerLabel.setObjectName(u"disclaimerLabel")
        self.disclaimerLabel.setWordWrap(True)
        self.disclaimerLabel.setStyleSheet(u"font-size: 9pt;")

        self.mainLayout.addWidget(self.disclaimerLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(AboutDialog)
        self.buttonBox.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About OASES Pathway Planner", None))
        self.titleLabel.setText(QCoreApplication.translate("AboutDialog", u"OASES Pathway Planner", None))
        self.versionLabel.setText(QCoreApplication.translate("AboutDialog", u"Version", None))
        self.purposeLabel.setText(QCoreApplication.translate("AboutDialog", u"Plans how a drug or medical device reaches patients in Hong Kong and the Greater Bay Area: which regulatory routes it can take and why, the steps of each, and a dated, explained timeline. Works offline.", None))
        self.libraryCaption.setText(QCoreApplication.translate("AboutDialog", u"Reference library", None))
        self.calendarCaption.setText(QCoreApplication.translate("AboutDialog", u"Holiday calendars", None))
        self.dataCaption.setText(QCoreApplication.translate("AboutDialog", u"Data folder", None))
        self.componentsCaption.setText(QCoreApplication.translate("AboutDialog", u"Built with", None))
        self.disclaimerLabel.setText(QCoreApplication.translate("AboutDialog", u"Regulatory figures carry their source and \"as of\" date; figures without a source are labelled as estimates. Check official sources before relying on a date. Fonts: WenQuanYi Micro Hei (Apache-2.0), DejaVu (Bitstream Vera licence).", None))
    # retranslateUi


// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#pragma once

#include <QLoggingCategory>

// One category per module. Transcripts (C:/S: lines) have their own categories so a
// user can enable them alone: QT_LOGGING_RULES="pigeon.*.transcript.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcNetTranscript)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcMime)
Q_DECLARE_LOGGING_CATEGORY(lcImap)
Q_DECLARE_LOGGING_CATEGORY(lcPop3)
Q_DECLARE_LOGGING_CATEGORY(lcSmtp)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcAccount)
Q_DECLARE_LOGGING_CATEGORY(lcAutoconfig)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcModels)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "common/logging.h"

Q_LOGGING_CATEGORY(lcNet, "pigeon.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetTranscript, "pigeon.net.transcript", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "pigeon.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMime, "pigeon.mime", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImap, "pigeon.imap", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPop3, "pigeon.pop3", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSmtp, "pigeon.smtp", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "pigeon.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAccount, "pigeon.account", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAutoconfig, "pigeon.autoconfig", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "pigeon.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModels, "pigeon.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "pigeon.ui", QtInfoMsg)

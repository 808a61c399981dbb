// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "ui/reader/messagepreparer.h"

#include "ui/reader/htmlsanitizer.h"
#include "ui/reader/plaintextrenderer.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPromise>
#include <QTextDocument>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace Pigeon::Ui {

MessagePreparer::MessagePreparer(QObject *parent) : QObject(parent) {}

MessagePreparer::~MessagePreparer() = default;

quint64 MessagePreparer::prepare(const QByteArray &bytes, const Mime::BodyOptions &options, const QFont &font)
{
    return enqueue({0, bytes, {}, options, font});
}

quint64 MessagePreparer::prepare(const Mime::Message &message, const Mime::BodyOptions &options, const QFont &font)
{
    return enqueue({0, {}, message, options, font});
}

void MessagePreparer::cancel()
{
    ++m_serial;
    m_waiting.reset();
}

bool MessagePreparer::isBusy() const
{
    return m_running || m_waiting.has_value();
}

quint64 MessagePreparer::enqueue(Job job)
{
    job.serial = ++m_serial;
    const quint64 serial = job.serial;
    if (m_running)
        m_waiting = std::move(job); // replaces (drops) an older waiting request
    else
        run(std::move(job));
    return serial;
}

void MessagePreparer::run(Job job)
{
    m_running = true;
    auto *watcher = new QFutureWatcher<PreparedMessage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_running = false;
        PreparedMessage result = watcher->result();
        if (result.serial == m_serial) // else the user moved on meanwhile: dropped
            Q_EMIT prepared(result);
        if (m_waiting) {
            Job next = std::move(*m_waiting);
            m_waiting.reset();
            run(std::move(next));
        }
    });
    auto promise = std::make_shared<QPromise<PreparedMessage>>();
    watcher->setFuture(promise->future());
    QThread *ui = thread();
    Q_EMIT started(job.serial);
    QThreadPool::globalInstance()->start([promise, job = std::move(job), ui] {
        promise->start();
        promise->addResult(work(job, ui));
        promise->finish();
    });
}

PreparedMessage MessagePreparer::work(const Job &job, QThread *target)
{
    PreparedMessage out;
    out.serial = job.serial;
    if (job.message.isNull()) {
        Result<Mime::Message> parsed = Mime::Message::parse(job.bytes);
        if (!parsed) {
            out.error = parsed.error();
            return out;
        }
        out.message = *parsed;
    } else {
        out.message = job.message;
    }
    out.html = bodyHtml(displayBody(out.message, job.options, &out.otherAlternative));
    // QTextDocument is reentrant: building it here (the HTML parse, the text blocks)
    // leaves the UI thread only the layout of what is on screen.
    std::shared_ptr<QTextDocument> document(new QTextDocument, [](QTextDocument *d) { d->deleteLater(); });
    document->setUndoRedoEnabled(false);
    document->setDefaultFont(job.font);
    document->setHtml(out.html);
    document->moveToThread(target);
    out.document = std::move(document);
    return out;
}

Mime::DisplayBody MessagePreparer::displayBody(const Mime::Message &message, const Mime::BodyOptions &options,
                                               bool *otherAlternative)
{
    Mime::DisplayBody body = Mime::BodyExtractor::extract(message, options);
    bool other = false;
    if (!body.missingParts.isEmpty() && body.hasHtml && body.hasPlain) {
        Mime::BodyOptions flipped = options;
        flipped.preferHtml = !options.preferHtml;
        Mime::DisplayBody alternative = Mime::BodyExtractor::extract(message, flipped);
        if (alternative.missingParts.isEmpty() && !alternative.segments.isEmpty()) {
            body = std::move(alternative);
            other = true;
        }
    }
    if (otherAlternative)
        *otherAlternative = other;
    return body;
}

QString MessagePreparer::bodyHtml(const Mime::DisplayBody &body)
{
    const bool anyHtml = std::any_of(body.segments.begin(), body.segments.end(), [](const auto &s) {
        return s.format == Mime::DisplayBody::Format::Html;
    });
    if (body.segments.isEmpty()) {
        return PlainTextRenderer::toHtml(body.missingParts.isEmpty()
                                             ? QString()
                                             : QCoreApplication::translate("Pigeon::Ui::MessageView", "Loading the message…"));
    }
    if (!anyHtml)
        return PlainTextRenderer::toHtml(body.plainText());
    // Mixed segments: plain ones escaped into the HTML flow.
    QString html;
    for (const auto &s : body.segments)
        html += s.format == Mime::DisplayBody::Format::Html
            ? s.text
            : QStringLiteral("<pre>") + s.text.toHtmlEscaped() + QStringLiteral("</pre>");
    return HtmlSanitizer::sanitize(html);
}

} // namespace Pigeon::Ui

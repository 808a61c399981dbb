// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
// Message list benchmark (docs/PERFORMANCE.md, "## Views"), real widgets on a real X
// server (run under xvfb-run):
//   bench_views MBOX WORKDIR [--rounds N] [--view pigeon|plain]
// builds (once, cached in WORKDIR) a store whose folder "Bench" is MBOX (100,000
// generated messages) and a small folder "Small", then drives a QTreeView on
// MessageListModel and measures
//   - switching to the big folder until the first rows are painted (and until the
//     whole folder is in), with the longest the UI thread was busy meanwhile;
//   - scrolling through the whole list a page per frame, and by wheel steps: every
//     frame's time (scroll + synchronous repaint + pending events), max and p99;
//   - sorting by every column (both orders) until repainted;
//   - threading the folder, and the model's memory.
#include "models/backgroundjob.h"
#include "models/listordercache.h"
#include "models/messagelistmodel.h"
#include "ui/messagelistview.h"
#include "store/mailstore.h"
#include "store/messagelistquery.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QScrollBar>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>
#include <QWindow>

#include <algorithm>
#include <functional>
#include <memory>
#include <ctime>
#include <malloc.h>
#include <unistd.h>

using namespace Pigeon;
using namespace Pigeon::Models;

namespace {

QTextStream out(stdout);

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

/// CPU time of the calling thread: what the UI thread itself spent, without the time
/// it waited for a core on a loaded machine.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

QString ms(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

long rssKiB()
{
    // Freed memory that malloc still holds (the loader thread's arena) is not the
    // model's: hand it back before reading the resident size.
    malloc_trim(0);
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return 0;
}

/// A tree view that times its own paint events: the main window's message list
/// (Ui::MessageListView with its MessageDelegate), or with --view plain a bare QTreeView
/// with Qt's default delegate.
template<typename Base>
class Timed : public Base
{
public:
    std::function<void(double)> painted; ///< after each paint: its duration in ms

protected:
    void paintEvent(QPaintEvent *e) override
    {
        QElapsedTimer t;
        t.start();
        Base::paintEvent(e);
        if (painted)
            painted(msSince(t));
    }
};

/// Watches the UI thread while something runs in the background: the longest gap
/// between two turns of the event loop is the longest the UI could not react.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(0);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double now = msSince(m_clock);
            const double cpu = cpuMs();
            m_max = std::max(m_max, now - m_last);
            m_maxCpu = std::max(m_maxCpu, cpu - m_lastCpu);
            m_last = now;
            m_lastCpu = cpu;
        });
    }
    void start()
    {
        m_max = m_maxCpu = 0;
        m_clock.start();
        m_last = 0;
        m_lastCpu = cpuMs();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_max;
    }
    /// The most CPU time the UI thread spent between two turns of its event loop.
    double maxCpu() const { return m_maxCpu; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0, m_lastCpu = 0;
    double m_max = 0, m_maxCpu = 0;
};

bool waitFor(const std::function<bool()> &done, int timeoutMs = 120000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

bool prepare(const QString &mbox, const QString &root)
{
    const QString stamp = root + QStringLiteral("/.prepared");
    if (QFile::exists(stamp))
        return true;
    QDir(root).removeRecursively();
    QDir().mkpath(root);
    const QString folderFile = root + QStringLiteral("/Bench.mbox");
    if (::link(QFile::encodeName(mbox).constData(), QFile::encodeName(folderFile).constData()) != 0
        && !QFile::copy(mbox, folderFile)) {
        out << "cannot link or copy " << mbox << Qt::endl;
        return false;
    }
    Store::MailStore store(root);
    if (Result<void> r = store.open(); !r) {
        out << "store: " << r.error().toString() << Qt::endl;
        return false;
    }
    QList<Store::AppendRequest> small;
    for (int i = 0; i < 200; ++i) {
        Store::AppendRequest r;
        r.message = "From: Small " + QByteArray::number(i) + " <s@example.org>\nSubject: small " + QByteArray::number(i)
            + "\nDate: Mon, 1 Jan 2024 10:00:00 +0000\nMessage-ID: <small" + QByteArray::number(i)
            + "@example.org>\n\nbody\n";
        small << r;
    }
    if (!store.appendBatch(QStringLiteral("Small"), small))
        return false;
    QFile f(stamp);
    return f.open(QIODevice::WriteOnly);
}

MessageSource sourceOf(const QString &root, const QString &folder)
{
    const QString index = Store::MessageListQuery::indexPathFor(root);
    Store::MessageListQuery q(index);
    const Result<qint64> id = q.folderId(folder);
    return {QStringLiteral("bench"), index, id ? *id : -1, folder};
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QString();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        out << "usage: bench_views MBOX WORKDIR [--rounds N] [--view pigeon|plain]" << Qt::endl;
        return 2;
    }
    const int rounds = args.contains(QStringLiteral("--rounds"))
        ? args.value(args.indexOf(QStringLiteral("--rounds")) + 1).toInt()
        : 5;
    const QString root = args.at(2) + QStringLiteral("/views-store");
    QElapsedTimer prep;
    prep.start();
    if (!prepare(args.at(1), root))
        return 1;
    const MessageSource big = sourceOf(root, QStringLiteral("Bench"));
    const MessageSource small = sourceOf(root, QStringLiteral("Small"));
    out << "platform " << QGuiApplication::platformName() << ", store ready in " << ms(msSince(prep), 0)
        << " ms, load average before: " << loadAverage() << "\n\n";

    // 0. The background load on its own (this thread, timed): the read, then the ranking.
    {
        QElapsedTimer t;
        t.start();
        double c = cpuMs();
        Store::MessageListQuery query(big.indexPath);
        const Result<Store::ListSnapshot> snap = query.snapshot(big.folderId);
        const double readMs = msSince(t), readCpu = cpuMs() - c;
        if (!snap)
            return 1;
        t.restart();
        c = cpuMs();
        const LoadedListPtr all = MessageListLoader::load({{big}, 0, false, QLocale(), MessageColumn::Date, Qt::DescendingOrder}, -1);
        const double loadMs = msSince(t), loadCpu = cpuMs() - c;
        // The first screen of a cold switch sorted by subject: the list-order cache
        // (written here from the whole list, as a load does), its ids read back by
        // primary key and re-ranked.
        ListOrderCache::save(ListOrderCache::snapshot(*all, 0, QLocale(), 200));
        t.restart();
        c = cpuMs();
        const LoadedListPtr first = MessageListLoader::firstScreen(
            {{big}, 150, false, QLocale(), MessageColumn::Subject, Qt::AscendingOrder});
        const double firstMs = msSince(t), firstCpu = cpuMs() - c;
        if (!first || first->items.size() != 150)
            return 1;
        out << "### Loading off the UI thread\n\n| step | wall | CPU |\n|---|---|---|\n"
            << "| read " << snap->items.size() << " rows (" << snap->senders.size() << " senders, " << snap->subjects.size()
            << " subjects, " << snap->recipients.size() << " recipient lists) | " << ms(readMs, 0) << " ms | " << ms(readCpu, 0)
            << " ms |\n| read + collation ranks of all texts (MessageListLoader::load) | " << ms(loadMs, 0) << " ms | "
            << ms(loadCpu, 0) << " ms |\n| first screen sorted by subject from the list-order cache (150 rows, MessageListLoader::firstScreen) | "
            << ms(firstMs, 1) << " ms | " << ms(firstCpu, 1) << " ms |\n\n";
    }

    const bool plain = args.contains(QStringLiteral("--view")) && args.value(args.indexOf(QStringLiteral("--view")) + 1) == QLatin1String("plain");
    MessageListModel model;
    std::unique_ptr<Timed<QTreeView>> plainView;
    std::unique_ptr<Timed<Ui::MessageListView>> pigeonView;
    QTreeView *viewPtr;
    std::function<void(double)> *paintedPtr;
    if (plain) {
        plainView = std::make_unique<Timed<QTreeView>>();
        viewPtr = plainView.get();
        paintedPtr = &plainView->painted;
    } else {
        pigeonView = std::make_unique<Timed<Ui::MessageListView>>();
        viewPtr = pigeonView.get();
        paintedPtr = &pigeonView->painted;
    }
    QTreeView &view = *viewPtr;
    std::function<void(double)> &painted = *paintedPtr;
    out << "view: " << (plain ? "QTreeView, default delegate" : "Ui::MessageListView + Ui::MessageDelegate") << "\n\n";
    view.setUniformRowHeights(true);
    view.setRootIsDecorated(false);
    view.setSelectionMode(QAbstractItemView::ExtendedSelection);
    view.setModel(&model);
    view.resize(1200, 900);
    view.show();
    if (!waitFor([&] { return view.isVisible() && view.windowHandle() && view.windowHandle()->isExposed(); }))
        return 1;
    view.header()->setSortIndicator(int(MessageColumn::Date), Qt::DescendingOrder);
    view.setSortingEnabled(true);

    double lastPaint = 0;
    bool rowsPainted = false;
    QElapsedTimer clock;
    clock.start();
    painted = [&](double) {
        if (view.model()->rowCount() > 0) {
            rowsPainted = true;
            lastPaint = msSince(clock);
        }
    };
    StallMeter stall;

    // 1. Switch to the 100,000-message folder (from the small one), by date and by
    // subject: cold (a new model each round, nothing of the folder in memory; sorted by
    // subject, the first screen comes from the list-order cache the last whole load
    // wrote), cold with that cache removed (the folder never loaded whole before), and
    // warm (the same model: the folder was shown before and is in its recent-lists cache).
    out << "### Switching to the folder\n\n| sorted by | model | first rows painted | whole folder in (warm: reload merged) |"
           " longest UI stall (wall / UI-thread CPU) |\n|---|---|---|---|---|\n";
    long rssBefore = 0;
    enum class Start { NeverLoaded, Cold, Warm };
    for (const MessageColumn sortColumn : {MessageColumn::Date, MessageColumn::Subject}) {
        for (const Start start : {Start::NeverLoaded, Start::Cold, Start::Warm}) {
            // Newest first needs no list-order cache: "never loaded" is "cold" there.
            if (start == Start::NeverLoaded && sortColumn == MessageColumn::Date)
                continue;
            const bool cold = start != Start::Warm;
            std::vector<double> first, whole, stalls, stallCpu;
            for (int r = 0; r < rounds; ++r) {
                std::unique_ptr<MessageListModel> fresh;
                MessageListModel *m = &model;
                if (start == Start::NeverLoaded) {
                    backgroundPool()->waitForDone(); // the last load's cache write included
                    QFile::remove(ListOrderCache::pathFor(big));
                }
                if (cold) {
                    fresh = std::make_unique<MessageListModel>();
                    m = fresh.get();
                    view.setModel(m);
                }
                m->setSources({small});
                if (!waitFor([&] { return !m->isLoading(); }))
                    return 1;
                view.sortByColumn(int(sortColumn), sortColumn == MessageColumn::Date ? Qt::DescendingOrder : Qt::AscendingOrder);
                QCoreApplication::processEvents();
                if (r == 0 && !cold && sortColumn == MessageColumn::Date)
                    rssBefore = rssKiB();
                rowsPainted = false;
                stall.start();
                clock.restart();
                m->setSources({big});
                if (!waitFor([&] { return rowsPainted; }))
                    return 1;
                first.push_back(lastPaint);
                if (!waitFor([&] { return !m->isLoading(); }))
                    return 1;
                whole.push_back(msSince(clock));
                // The rows the full load added are painted on the next turn.
                QCoreApplication::processEvents();
                stalls.push_back(stall.stop());
                stallCpu.push_back(stall.maxCpu());
                if (m->rowCount() != 100000 && m->rowCount() != int(model.totalCount()))
                    out << "(" << m->rowCount() << " rows)";
                if (cold) {
                    view.setModel(&model);
                    QCoreApplication::processEvents();
                }
            }
            out << "| " << model.headerData(int(sortColumn), Qt::Horizontal).toString() << " | "
                << (start == Start::NeverLoaded ? "cold, folder never loaded whole (no list-order cache)"
                    : cold                      ? "cold"
                                                : "warm")
                << " | **" << ms(percentile(first, 0.5)) << " ms** median (max "
                << ms(percentile(first, 1)) << ") | " << ms(percentile(whole, 0.5)) << " ms median (max "
                << ms(percentile(whole, 1)) << ") | " << ms(percentile(stalls, 0.5)) << " / "
                << ms(percentile(stallCpu, 0.5)) << " ms median (max " << ms(percentile(stalls, 1)) << " / "
                << ms(percentile(stallCpu, 1)) << ") |\n";
        }
    }
    const long rssAfter = rssKiB();
    out << "\n" << rounds << " rounds each; " << model.rowCount() << " rows. Memory: RSS " << rssBefore / 1024 << " MiB with the small folder, "
        << rssAfter / 1024 << " MiB with the 100,000-message folder loaded.\n\n";

    // 2. Scrolling, every frame timed: the scroll itself, a synchronous repaint and the
    // events it left (what one frame of the UI thread costs).
    view.sortByColumn(int(MessageColumn::Date), Qt::DescendingOrder);
    QCoreApplication::processEvents();
    QScrollBar *bar = view.verticalScrollBar();
    // A frame: the scroll bar moves (as a wheel or drag does) and the UI thread handles
    // what that caused, the paint of the newly exposed rows included (the view scrolls
    // the pixels it has and paints only the rest, as it does for the user).
    std::vector<double> frameCpu;
    int paints = 0;
    painted = [&](double) { ++paints; };
    // Qt would merge several scroll steps into one paint (updates wait for the next
    // frame); to time each frame, the exposed strip is painted at once.
    const int rowHeight = view.visualRect(model.index(0, 0)).height();
    auto frame = [&](int value) {
        QElapsedTimer t;
        t.start();
        const double c = cpuMs();
        const int dy = std::abs(value - bar->value()) * rowHeight;
        bar->setValue(value);
        QWidget *vp = view.viewport();
        if (dy >= vp->height())
            vp->repaint();
        else if (dy > 0)
            vp->repaint(QRect(0, vp->height() - dy, vp->width(), dy));
        QCoreApplication::processEvents();
        frameCpu.push_back(cpuMs() - c);
        return msSince(t);
    };
    out << "### Scrolling (" << model.rowCount() << " rows, " << bar->pageStep() << " rows per page)\n\n"
        << "| scroll | frames (paints) | wall median | wall p99 | wall max | UI-thread CPU p99 | CPU max |\n|---|---|---|---|---|---|---|\n";
    for (const QString &mode : {QStringLiteral("page per frame, top to bottom"), QStringLiteral("3-row wheel steps, 3000 frames from the middle")}) {
        std::vector<double> frames;
        frameCpu.clear();
        paints = 0;
        if (mode.startsWith(QLatin1String("page"))) {
            bar->setValue(0);
            QCoreApplication::processEvents();
            for (int v = 0; v <= bar->maximum(); v += bar->pageStep())
                frames.push_back(frame(v));
        } else {
            const int start = bar->maximum() / 2;
            for (int i = 0; i < 3000; ++i)
                frames.push_back(frame(start + 3 * i));
        }
        out << "| " << mode << " | " << frames.size() << " (" << paints << ") | " << ms(percentile(frames, 0.5), 2) << " ms | "
            << ms(percentile(frames, 0.99), 2) << " ms | " << ms(percentile(frames, 1), 2) << " ms | **"
            << ms(percentile(frameCpu, 0.99), 2) << " ms** | " << ms(percentile(frameCpu, 1), 2) << " ms |\n";
    }

    // 3. Sorting by each column (the header click: sortByColumn), until repainted.
    out << "\n### Sorting " << model.rowCount() << " rows (until repainted; wall median of 3, max, UI-thread CPU median)\n\n| column | ascending | descending |\n|---|---|---|\n";
    bar->setValue(bar->maximum() / 3);
    for (int c = 0; c < int(MessageColumn::Count); ++c) {
        out << "| " << model.headerData(c, Qt::Horizontal).toString();
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            std::vector<double> times, cpu;
            for (int r = 0; r < 3; ++r) {
                view.sortByColumn(c == 0 ? 1 : 0, Qt::AscendingOrder); // from another order each time
                QCoreApplication::processEvents();
                QElapsedTimer t;
                t.start();
                const double c0 = cpuMs();
                view.sortByColumn(c, order);
                view.viewport()->repaint();
                QCoreApplication::processEvents();
                times.push_back(msSince(t));
                cpu.push_back(cpuMs() - c0);
            }
            out << " | " << ms(percentile(times, 0.5)) << " ms (max " << ms(percentile(times, 1)) << "; CPU "
                << ms(percentile(cpu, 0.5)) << ")";
        }
        out << " |\n";
    }

    // 4. Threads: the folder read again with its References, threaded off the UI thread.
    {
        view.sortByColumn(int(MessageColumn::Date), Qt::DescendingOrder);
        stall.start();
        clock.restart();
        model.setThreaded(true);
        if (!waitFor([&] { return !model.isLoading(); }))
            return 1;
        const double threaded = msSince(clock);
        QCoreApplication::processEvents();
        const double worst = stall.stop();
        int withReplies = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            withReplies += model.hasChildren(model.index(r, 0)) ? 1 : 0;
        QElapsedTimer t;
        t.start();
        view.sortByColumn(int(MessageColumn::Subject), Qt::AscendingOrder);
        view.viewport()->repaint();
        QCoreApplication::processEvents();
        out << "\n### Threads\n\nthreaded view of the folder: " << ms(threaded, 0) << " ms until in (longest UI stall "
            << ms(worst) << " ms wall, " << ms(stall.maxCpu()) << " ms UI-thread CPU), " << model.rowCount() << " threads, " << withReplies
            << " with replies; sorting the threads by subject: " << ms(msSince(t)) << " ms. RSS "
            << rssKiB() / 1024 << " MiB.\n";
    }
    out << "\nload average after: " << loadAverage() << Qt::endl;
    return 0;
}

#include "bankcommand.h"

#include "atomicwrite.h"
#include "contentloader.h"
#include "datapaths.h"
#include "giftimport.h"
#include "moodleexport.h"
#include "moodlexml.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTextStream>

namespace khien::cli {

namespace {

class Bank
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    // --name VALUE options and at most one plain argument; false (with a message) otherwise.
    static bool parse(const QString &command, const QStringList &args, const QStringList &names,
                      QHash<QString, QString> &values, QString &file)
    {
        for (int i = 0; i < args.size(); ++i) {
            const QString &a = args.at(i);
            if (names.contains(a) && i + 1 < args.size()) {
                values.insert(a, args.at(++i));
            } else if (!a.startsWith(QLatin1Char('-')) && file.isEmpty()) {
                file = a;
            } else {
                QTextStream(stderr) << tr("%1: unexpected argument \"%2\"").arg(command, a) << '\n';
                return false;
            }
        }
        return true;
    }

    static int report(const QString &command, const QString &file, const ImportReport &report)
    {
        QTextStream out(stdout);
        QTextStream err(stderr);
        for (const ImportNote &note : report.notes)
            out << file << ": " << (note.kind == ImportNote::Kind::Skipped ? tr("skipped: %1") : tr("warning: %1")).arg(describeNote(note)) << '\n';
        if (!report.error.isEmpty()) {
            err << command << ": " << report.error << '\n';
            return 1;
        }
        QStringList types;
        for (auto it = report.importedByType.cbegin(); it != report.importedByType.cend(); ++it)
            types.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
        //: %1 count, %2 count by type, %3 the module file, %4 skipped, %5 warnings
        out << tr("imported %1 questions (%2) into %3, %4 skipped, %5 warnings")
                   .arg(report.imported()).arg(types.join(QStringLiteral(", ")), report.moduleFile)
                   .arg(report.count(ImportNote::Kind::Skipped)).arg(report.count(ImportNote::Kind::Warning))
            << '\n';
        return 0;
    }

    static int import(const QString &command, const QStringList &args, bool moodle)
    {
        QHash<QString, QString> v;
        QString file;
        if (!parse(command, args, {QStringLiteral("--lang"), QStringLiteral("--module"), QStringLiteral("--pack")}, v, file))
            return 2;
        const QString lang = v.value(QStringLiteral("--lang"), moodle ? QStringLiteral("vi") : QString());
        const QString module = v.value(QStringLiteral("--module"));
        const QString pack = v.value(QStringLiteral("--pack"), userPacksPath() + QStringLiteral("/gift-import"));
        if (file.isEmpty() || lang.isEmpty() || module.isEmpty()) {
            QTextStream(stderr) << (moodle ? tr("import-moodle needs FILE and --module") : tr("import-gift needs FILE, --lang and --module")) << '\n';
            return 2;
        }
        return report(command, file, moodle ? importMoodleXml(file, lang, module, pack) : importGift(file, lang, module, pack));
    }

    // The module `id` of the pack in `pack`, or of the shipped pack or a user pack.
    static std::optional<Module> findModule(const QString &id, const QString &pack, QString &error)
    {
        QStringList packs{pack};
        if (pack.isEmpty())
            packs = QStringList{shippedPackPath()} + packFoldersIn(userPacksPath());
        for (const QString &dir : std::as_const(packs)) {
            const PackLoadResult loaded = loadPack(dir);
            if (!loaded.course)
                continue;
            if (const Module *m = loaded.course->module(id))
                return *m;
        }
        error = tr("no pack has a module \"%1\" (looked in: %2)").arg(id, packs.join(QStringLiteral(", ")));
        return std::nullopt;
    }

    static int exportBank(const QStringList &args)
    {
        QTextStream out(stdout);
        QTextStream err(stderr);
        QHash<QString, QString> v;
        QString stray;
        if (!parse(QStringLiteral("export-moodle"), args,
                   {QStringLiteral("--module"), QStringLiteral("--format"), QStringLiteral("--out"), QStringLiteral("--lang"), QStringLiteral("--pack")},
                   v, stray) || !stray.isEmpty()) {
            if (!stray.isEmpty())
                err << tr("export-moodle: unexpected argument \"%1\"").arg(stray) << '\n';
            return 2;
        }
        const QString format = v.value(QStringLiteral("--format"));
        const QString lang = v.value(QStringLiteral("--lang"), QStringLiteral("vi"));
        const QString outPath = v.value(QStringLiteral("--out"));
        if (v.value(QStringLiteral("--module")).isEmpty() || outPath.isEmpty()
            || (format != QLatin1String("xml") && format != QLatin1String("gift"))) {
            err << tr("export-moodle needs --module, --format xml|gift and --out") << '\n';
            return 2;
        }
        if (!supportedLanguages().contains(lang)) {
            err << tr("export-moodle: the language must be vi or en") << '\n';
            return 2;
        }
        QString error;
        const std::optional<Module> module = findModule(v.value(QStringLiteral("--module")), v.value(QStringLiteral("--pack")), error);
        if (!module) {
            err << "export-moodle: " << error << '\n';
            return 1;
        }
        const BankExport bank = khien::exportBank(*module, lang, format == QLatin1String("gift") ? BankFormat::Gift : BankFormat::MoodleXml);
        for (const ImportNote &note : bank.notes)
            out << (note.kind == ImportNote::Kind::Skipped ? tr("left out: %1") : tr("warning: %1")).arg(describeNote(note)) << '\n';
        if (bank.written == 0) {
            err << tr("export-moodle: the module has no question Moodle can hold; nothing was written") << '\n';
            return 1;
        }
        if (const auto failure = writeFileAtomically(outPath, bank.data)) {
            err << tr("export-moodle: cannot write %1: %2").arg(failure->path, failure->reason) << '\n';
            return 1;
        }
        const auto leftOut = std::count_if(bank.notes.cbegin(), bank.notes.cend(),
                                           [](const ImportNote &n) { return n.kind == ImportNote::Kind::Skipped; });
        out << tr("wrote %1 questions to %2, %3 left out").arg(bank.written).arg(outPath).arg(leftOut) << '\n';
        return 0;
    }
};

} // namespace

int runImportGift(const QStringList &args)
{
    return Bank::import(QStringLiteral("import-gift"), args, false);
}

int runImportMoodle(const QStringList &args)
{
    return Bank::import(QStringLiteral("import-moodle"), args, true);
}

int runExportMoodle(const QStringList &args)
{
    return Bank::exportBank(args);
}

} // namespace khien::cli

// What goes into a class report or a certificate, read from the store and the course: the
// one place the app and the CLI both take their PDF contents from.
#pragma once

#include "classdashboard.h"
#include "reportdata.h"

#include <optional>

namespace khien {
class CourseCatalog;
class Store;
struct Module;
}

namespace khien::report {

// Item analysis of the module's quiz over `traineeIds`, in the quiz's order; questions
// nobody answered are left out unless `withUnanswered`.
[[nodiscard]] QVector<ReportItemRow> itemRows(const Store &store, const Module &module,
                                              const QStringList &traineeIds, const QString &lang,
                                              bool withUnanswered = false);

// The dashboard of `scope` (a class, or a session: its title and date head the report) and
// the item analysis of each of its modules' quizzes over the class's members, texts in `lang`.
[[nodiscard]] ClassReport buildClassReport(const Store &store, const CourseCatalog &catalog,
                                           const DashboardScope &scope, const QString &lang);

// The certificate of one trainee for the modules of `scope` they passed; nullopt when they
// passed none (there is nothing to certify) or do not exist.
[[nodiscard]] std::optional<Certificate> buildCertificate(const Store &store,
                                                          const CourseCatalog &catalog,
                                                          const DashboardScope &scope,
                                                          const QString &traineeId,
                                                          const QString &lang);

} // namespace khien::report

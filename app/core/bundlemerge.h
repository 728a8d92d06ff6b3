// Merging a checked results bundle into the store: one write transaction on a connection of
// its own (all or nothing), portable SQL with bound values only.
#pragma once

#include "bundlejson.h"

namespace khien {

class Store;
struct BundleImportReport;

// Adds what the store does not have yet: trainees, attempts (with answers and decisions;
// one already here with other content is kept beside it under a derived id), lessons read
// (the earlier first reading wins), and makes every trainee a member of class `classId`.
// Counts go to `report`; false with `error` set when it was rolled back.
[[nodiscard]] bool mergeBundle(const Store &store, const QVector<BundleTrainee> &trainees,
                               const QString &classId, BundleImportReport &report,
                               QString &error);

} // namespace khien

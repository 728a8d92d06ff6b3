#include "livestate.h"

#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace khien::live {

namespace {

QString key()
{
    return QString::fromLatin1(stateKey);
}

} // namespace

std::optional<LiveState> readState(const Store &store)
{
    const QString value = store.setting(key());
    if (value.isEmpty())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    LiveState s;
    s.id = o.value(QLatin1String("id")).toString();
    s.code = o.value(QLatin1String("code")).toString();
    s.classId = o.value(QLatin1String("classId")).toString();
    s.moduleId = o.value(QLatin1String("moduleId")).toString();
    s.pacing = o.value(QLatin1String("pacing")).toString() == QLatin1String("self") ? LivePacing::SelfPaced
                                                                                      : LivePacing::Paced;
    s.seed = quint32(o.value(QLatin1String("seed")).toDouble());
    s.current = o.value(QLatin1String("current")).toInt(-1);
    s.revealed = o.value(QLatin1String("revealed")).toBool();
    s.port = o.value(QLatin1String("port")).toInt();
    s.startedAt = o.value(QLatin1String("startedAt")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("members")).toArray()) {
        const QJsonObject m = v.toObject();
        s.members.append({m.value(QLatin1String("hash")).toString().toLatin1(),
                          m.value(QLatin1String("trainee")).toString(),
                          m.value(QLatin1String("name")).toString(),
                          m.value(QLatin1String("lang")).toString()});
    }
    if (s.id.isEmpty() || s.code.size() != 6 || s.classId.isEmpty() || s.moduleId.isEmpty())
        return std::nullopt;
    return s;
}

bool writeState(Store &store, const LiveState &s)
{
    QJsonArray members;
    for (const LiveState::Member &m : s.members)
        members.append(QJsonObject{{QStringLiteral("hash"), QString::fromLatin1(m.tokenHash)},
                                   {QStringLiteral("trainee"), m.traineeId},
                                   {QStringLiteral("name"), m.name},
                                   {QStringLiteral("lang"), m.lang}});
    const QJsonObject o{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("code"), s.code},
        {QStringLiteral("classId"), s.classId},
        {QStringLiteral("moduleId"), s.moduleId},
        {QStringLiteral("pacing"), s.pacing == LivePacing::SelfPaced ? QStringLiteral("self") : QStringLiteral("paced")},
        {QStringLiteral("seed"), double(s.seed)},
        {QStringLiteral("current"), s.current},
        {QStringLiteral("revealed"), s.revealed},
        {QStringLiteral("port"), s.port},
        {QStringLiteral("startedAt"), s.startedAt},
        {QStringLiteral("members"), members},
    };
    return store.setSetting(key(), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

bool clearState(Store &store)
{
    return store.setSetting(key(), QStringLiteral("{}")); // the column is NOT NULL: an empty object is "none"
}

} // namespace khien::live

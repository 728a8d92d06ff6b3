#include "localonlynetwork.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

class LocalOnlyAccessManager : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        const QString scheme = request.url().scheme();
        if (scheme == QLatin1String("file") || scheme == QLatin1String("qrc"))
            return QNetworkAccessManager::createRequest(op, request, outgoingData);
        qWarning("Khiên: refused to load %s (the app uses no network)",
                 qPrintable(request.url().toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
        // A request to nowhere: the reply fails at once, nothing leaves the machine.
        QNetworkRequest refused(request);
        refused.setUrl(QUrl(QStringLiteral("khien-refused:")));
        return QNetworkAccessManager::createRequest(op, refused, outgoingData);
    }
};

} // namespace

QNetworkAccessManager *LocalOnlyNetworkFactory::create(QObject *parent)
{
    return new LocalOnlyAccessManager(parent);
}

// AppController::projectorDeck: placeholder until projector mode lands.
#include "appcontroller.h"

QVariantList AppController::projectorDeck(const QString &, const QString &) const
{
    return {};
}

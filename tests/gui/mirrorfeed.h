#pragma once

// A ServeMirror fed from a real ClientRegistry through the JSON that serve's
// admin API sends: the views under test see what they see from a serve.

#include "serve/clientregistry.h"
#include "serve/servemirror.h"

#include <QObject>

struct MirrorFeed
{
    bt::ClientRegistry registry;
    bt::ServeMirror mirror;

    MirrorFeed()
    {
        QObject::connect(&registry, &bt::ClientRegistry::clientsChanged, &mirror,
            [this] { mirror.applyClients(registry.clientsToJson()); });
        QObject::connect(&registry, &bt::ClientRegistry::swarmChanged, &mirror,
            [this] { mirror.applySwarm(registry.swarmToJson()); });
    }
};

// EventStorePool: a fixed number of EventStore connections to one database, each lent to one
// thread at a time — how the HTTP server's worker threads share a store without sharing a
// connection.
// Thread-safety: Acquire() and the Lease's release are safe from any thread.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "sitrep/core/status.h"
#include "sitrep/store/event_store.h"

namespace sitrep::store {

class EventStorePool {
 public:
  // Opens `size` connections to `target` (the first one creates or upgrades the schema).
  static Result<std::unique_ptr<EventStorePool>> Open(const std::string& target, int size,
                                                      StoreOptions options = {});

  // A store lent until the lease goes away.
  class Lease {
   public:
    Lease(EventStorePool* pool, std::unique_ptr<EventStore> store) : pool_(pool), store_(std::move(store)) {}
    Lease(Lease&&) = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    EventStore* operator->() const { return store_.get(); }
    EventStore& operator*() const { return *store_; }

   private:
    EventStorePool* pool_;
    std::unique_ptr<EventStore> store_;
  };

  // Waits until a connection is free.
  Lease Acquire();
  const std::string& name() const { return name_; }
  SqlEngine engine() const { return engine_; }

 private:
  EventStorePool() = default;
  std::mutex mu_;
  std::condition_variable freed_;
  std::vector<std::unique_ptr<EventStore>> idle_;
  std::string name_;
  SqlEngine engine_ = SqlEngine::kSqlite;
};

}  // namespace sitrep::store

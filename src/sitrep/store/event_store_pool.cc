#include "sitrep/store/event_store_pool.h"

namespace sitrep::store {

Result<std::unique_ptr<EventStorePool>> EventStorePool::Open(const std::string& target, int size,
                                                             StoreOptions options) {
  std::unique_ptr<EventStorePool> pool(new EventStorePool());
  for (int i = 0; i < std::max(1, size); ++i) {
    auto s = EventStore::Open(target, options);
    if (!s.ok()) return s.status();
    pool->name_ = (*s)->name();
    pool->engine_ = (*s)->engine();
    pool->idle_.push_back(std::move(s).value());
  }
  return pool;
}

EventStorePool::Lease EventStorePool::Acquire() {
  std::unique_lock lock(mu_);
  freed_.wait(lock, [this] { return !idle_.empty(); });
  std::unique_ptr<EventStore> s = std::move(idle_.back());
  idle_.pop_back();
  return Lease(this, std::move(s));
}

EventStorePool::Lease::~Lease() {
  if (!store_) return;
  store_->Commit();  // a lease never hands on an open transaction
  {
    std::lock_guard lock(pool_->mu_);
    pool_->idle_.push_back(std::move(store_));
  }
  pool_->freed_.notify_one();
}

}  // namespace sitrep::store

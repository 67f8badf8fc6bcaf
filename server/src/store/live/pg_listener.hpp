#pragma once
// Fan-out of live-session events between vakkompas instances that share one PostgreSQL
// database: each instance keeps one dedicated libpq connection that LISTENs on the
// channel `vk_live`; the store NOTIFYs "sessionId:seq" in the transaction that
// appends an event. On SQLite (one instance) there is nothing to listen to.
#include <cstdint>
#include <functional>
#include <memory>

namespace vk::store {

class Store;

class LiveListener {
 public:
  // sessionId 0 means "the connection was lost and is back: catch up on every session".
  using Notify = std::function<void(int64_t sessionId, int64_t seq)>;
  virtual ~LiveListener() = default;
};

// Starts listening when the store is PostgreSQL; nullptr for SQLite.
// The connection string is the pool's (current database, user, host and port as the
// server reports them; libpq reads a password from PGPASSWORD or ~/.pgpass), unless
// VK_LIVE_PG sets one explicitly.
std::unique_ptr<LiveListener> startLiveListener(Store& s, LiveListener::Notify notify);

}  // namespace vk::store

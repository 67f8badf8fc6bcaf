#pragma once
// WebSocket connections as the API layer sees them: project-own types only, so api/
// never includes Beast. The server upgrades a request when the handler that answers it (on
// its I/O thread, or on the database executor when there is one) calls
// pendingUpgrade()->accept(...).
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace vk::http {

// One serialised text frame. Shared: a broadcast hands the same buffer to every
// connection (a reveal to 2,000 phones is one string, not 2,000 copies).
using Frame = std::shared_ptr<const std::string>;

class LiveConnection {
 public:
  virtual ~LiveConnection() = default;
  // Queues a text frame; safe from any thread; frames leave in the order they were sent.
  // A connection whose queue grows beyond queueLimit() frames (a client that does not
  // read) is closed.
  virtual void send(Frame frame) = 0;
  void send(std::string text) { send(std::make_shared<const std::string>(std::move(text))); }
  // The most frames the write queue holds before the connection closes.
  virtual size_t queueLimit() const = 0;
  // Asks for one onDrain call once the queue (with every frame sent before this call)
  // has fallen to a quarter of queueLimit(): a long replay goes out in chunks as the
  // client reads, instead of in one burst that the limit would cut off. Any thread.
  virtual void requestDrain() = 0;
  // Closes the connection (from any thread); onClose follows.
  virtual void close() = 0;
};

struct LiveCallbacks {
  // Called one message at a time, in order: on the connection's I/O thread, or on the
  // database executor when the server has one (the I/O thread serves others meanwhile).
  std::function<void(const std::shared_ptr<LiveConnection>&, std::string_view)> onMessage;
  // Called once when the connection has ended (either side).
  std::function<void(const std::shared_ptr<LiveConnection>&)> onClose;
  // Called once the handshake is done (before any message is read).
  std::function<void(const std::shared_ptr<LiveConnection>&)> onOpen;
  // Called on the I/O thread after requestDrain(), once the queue has drained (see there).
  std::function<void(const std::shared_ptr<LiveConnection>&)> onDrain;
};

class PendingUpgrade {
 public:
  virtual ~PendingUpgrade() = default;
  // Accepts the upgrade; the server completes the WebSocket handshake once the handler
  // has returned (its response is then not sent). Frames sent before that are queued.
  virtual std::shared_ptr<LiveConnection> accept(LiveCallbacks callbacks) = 0;
};

// The upgrade request this thread is handling right now, or nullptr when the current
// request is not a WebSocket upgrade.
PendingUpgrade* pendingUpgrade();

}  // namespace vk::http

#pragma once
// The HTTP server: one io_context and SO_REUSEPORT acceptor per thread, keep-alive,
// limits on header and body size, read/write timeouts, graceful shutdown.
// Beast and Asio stay behind this header.
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "http/live_connection.hpp"
#include "http/message.hpp"

namespace vk::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  uint16_t port = 8080;
  int threads = 0;             // 0: one per core
  int workerThreads = 2;       // bounded pool for blocking work (password hashing)
  size_t headerLimit = 16 * 1024;
  size_t bodyLimit = 1024 * 1024;
  std::chrono::seconds readTimeout{30};
  std::chrono::seconds idleTimeout{60};
  std::chrono::seconds shutdownGrace{10};
  // WebSocket (live sessions, see live_connection.hpp)
  size_t wsMessageLimit = 64 * 1024;
  size_t wsQueueLimit = 8192;  // frames waiting for a slow reader; beyond that the connection closes
  int wsSendBuffer = 0;        // SO_SNDBUF of each WebSocket in bytes (0: the kernel's own tuning)
};

// Where a request runs once the handler has looked at it.
enum class Runs {
  Inline,    // on the I/O thread: answers that wait for nothing (a cached read, a static file)
  Blocking,  // on the bounded worker pool: password hashing, calls to an identity provider
  Database,  // on the database executor (Handler::databaseThreads): work that waits for a
             // database server, so that an I/O thread never waits for it
};

// A request as the handler has routed it, once: where it runs and what answers it. run() is
// called once, on the thread `where` names; it may keep references to the request.
struct Routed {
  Runs where = Runs::Inline;
  std::function<Response()> run;
};

struct Handler {
  // Looks at the request once (matches its route) and says where and how it is answered.
  std::function<Routed(Request&)> route;
  // Called for requests the server itself refuses (too large, malformed, too busy).
  std::function<Response(int status)> refuse;
  // Threads of the database executor; 0: Runs::Database runs inline (a local SQLite file,
  // whose reads take microseconds, or a store without a server).
  int databaseThreads = 0;
  // Requests waiting for or running on the database executor; beyond that, a 503.
  int databaseQueueLimit = 4096;
};

class Server {
 public:
  Server(ServerOptions options, Handler handler);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  uint16_t start();          // binds and starts the threads; returns the bound port
  void stop();               // stops accepting, lets in-flight requests finish, then ends
  void waitForSignal();      // blocks until SIGINT/SIGTERM, then stop()
  void join();               // waits until the threads have ended

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vk::http

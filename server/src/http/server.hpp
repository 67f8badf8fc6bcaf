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

struct Handler {
  // True when the request must run on the worker pool instead of an I/O thread.
  std::function<bool(const Request&)> isBlocking;
  std::function<Response(Request&)> handle;
  // Called for requests the server itself refuses (too large, malformed).
  std::function<Response(int status)> refuse;
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

#include "http/server.hpp"

#include <array>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/asio/experimental/as_tuple.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <deque>
#include <csignal>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>
#include <vector>

#include "http/response_head.hpp"

namespace vk::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
namespace websocket = beast::websocket;
using tcp = asio::ip::tcp;
using asio::use_awaitable;
constexpr auto tuple_awaitable = asio::experimental::as_tuple(asio::use_awaitable);

namespace {

struct Connection {
  beast::tcp_stream* stream;
  bool busy = false;
};

struct Worker {
  asio::io_context ioc{1};
  std::optional<tcp::acceptor> acceptor;
  std::unordered_set<Connection*> connections;  // touched only on this worker's thread
  std::thread thread;
};

Request toRequest(const bhttp::request<bhttp::string_body>& in, const std::string& remote) {
  Request r;
  r.method = std::string(in.method_string());
  std::string_view target = in.target();
  auto q = target.find('?');
  r.path = std::string(target.substr(0, q));
  if (q != std::string_view::npos) r.query = std::string(target.substr(q + 1));
  for (auto& f : in) {
    std::string name(f.name_string());
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    r.headers.emplace_back(std::move(name), std::string(f.value()));
  }
  r.body = in.body();
  r.remoteAddr = remote;
  return r;
}

// Writes head and body in one gather write; the head is our own (http/response_head.hpp).
asio::awaitable<boost::system::error_code> writeResponse(beast::tcp_stream& stream, const Response& res,
                                                         unsigned version, bool keepAlive) {
  std::string head = responseHead(res, version, keepAlive);
  std::array<asio::const_buffer, 2> buffers{asio::buffer(head),
                                            asio::buffer(res.body.data(), carriesBody(res.status) ? res.body.size() : 0)};
  auto [ec, n] = co_await asio::async_write(stream, buffers, tuple_awaitable);
  co_return ec;
}

// A WebSocket connection. Everything touching the stream runs on the worker's
// io_context thread; send() and close() from other threads post there. Frames are shared
// (http::Frame): the queue holds pointers, and the write points into the shared string.
class WsConn final : public LiveConnection, public std::enable_shared_from_this<WsConn> {
 public:
  WsConn(asio::io_context& ioc, size_t queueLimit) : ioc_(ioc), queueLimit_(queueLimit ? queueLimit : 1) {}

  using LiveConnection::send;
  // Frames from other threads gather under a mutex; one post moves them onto the I/O
  // thread (a broadcast to many clients costs one post per client, not one per frame).
  void send(Frame frame) override {
    std::lock_guard lock(incomingMu_);
    incoming_.push_back(std::move(frame));
    postFlushLocked();
  }

  size_t queueLimit() const override { return queueLimit_; }

  void requestDrain() override {
    std::lock_guard lock(incomingMu_);
    drainWanted_ = true;  // taken up by the flush that also moves the frames sent before
    postFlushLocked();
  }

  void postFlushLocked() {
    if (flushPosted_) return;
    flushPosted_ = true;
    asio::post(ioc_, [self = shared_from_this()] { self->flush(); });
  }

  void flush() {
    std::vector<Frame> batch;
    bool drain = false;
    {
      std::lock_guard lock(incomingMu_);
      batch.swap(incoming_);
      drain = drainWanted_;
      drainWanted_ = false;
      flushPosted_ = false;
    }
    if (closed_) return;
    if (queue_.size() + batch.size() > queueLimit_) {
      closeNow();
      return;
    }
    for (auto& f : batch) queue_.push_back(std::move(f));
    if (drain) drainArmed_ = true;
    startWriting();
    maybeDrain();
  }

  // The queue has fallen to its low-water mark and someone waits for that: tell them.
  void maybeDrain() {
    if (!drainArmed_ || !open_ || closed_ || queue_.size() > queueLimit_ / 4) return;
    drainArmed_ = false;
    if (callbacks.onDrain) callbacks.onDrain(shared_from_this());
  }

  void close() override {
    asio::post(ioc_, [self = shared_from_this()] { self->closeNow(); });
  }

  void closeNow() {
    if (closed_) return;
    closed_ = true;
    if (ws_) {
      boost::system::error_code ec;
      ws_->next_layer().socket().close(ec);
    }
  }

  void startWriting() {
    if (writing_ || !open_ || closed_ || queue_.empty()) return;
    writing_ = true;
    asio::co_spawn(ioc_, writeLoop(shared_from_this()), asio::detached);
  }

  static asio::awaitable<void> writeLoop(std::shared_ptr<WsConn> self) {
    while (!self->queue_.empty() && !self->closed_) {
      Frame frame = self->queue_.front();  // keeps the shared buffer alive during the write
      auto [ec, n] = co_await self->ws_->async_write(asio::buffer(*frame), tuple_awaitable);
      if (ec) {
        self->closeNow();
        break;
      }
      self->queue_.pop_front();
      self->maybeDrain();
    }
    self->writing_ = false;
  }

  asio::io_context& ioc_;
  size_t queueLimit_;
  std::optional<websocket::stream<beast::tcp_stream>> ws_;
  std::deque<Frame> queue_;
  std::mutex incomingMu_;
  std::vector<Frame> incoming_;
  bool flushPosted_ = false;
  bool drainWanted_ = false;  // under incomingMu_
  bool drainArmed_ = false;   // I/O thread
  bool writing_ = false;
  bool open_ = false;
  bool closed_ = false;
  LiveCallbacks callbacks;
};

struct Upgrade final : PendingUpgrade {
  Upgrade(asio::io_context& ioc, size_t queueLimit) : ioc(ioc), queueLimit(queueLimit) {}
  std::shared_ptr<LiveConnection> accept(LiveCallbacks cb) override {
    conn = std::make_shared<WsConn>(ioc, queueLimit);
    conn->callbacks = std::move(cb);
    return conn;
  }
  asio::io_context& ioc;
  size_t queueLimit;
  std::shared_ptr<WsConn> conn;
};

thread_local PendingUpgrade* tlsUpgrade = nullptr;

}  // namespace

PendingUpgrade* pendingUpgrade() { return tlsUpgrade; }

struct Server::Impl {
  ServerOptions opt;
  Handler handler;
  std::vector<std::unique_ptr<Worker>> workers;
  std::optional<asio::thread_pool> pool;
  std::optional<asio::thread_pool> databasePool;  // the database executor (Handler::databaseThreads)
  std::atomic<int> databaseQueued{0};
  std::atomic<bool> stopping{false};
  std::atomic<int> active{0};
  std::mutex stopMutex;
  bool stopped = false;

  // Runs the request on the database executor while this coroutine waits (its I/O thread
  // serves other connections meanwhile). A full executor answers 503 at once.
  // A WebSocket upgrade runs there too: `upgrade` is then what pendingUpgrade() gives the
  // handler on the executor's thread (the connection it accepts still lives on this I/O thread).
  asio::awaitable<Response> onDatabase(Routed& routed, PendingUpgrade* upgrade = nullptr) {
    if (++databaseQueued > handler.databaseQueueLimit) {
      --databaseQueued;
      co_return handler.refuse ? handler.refuse(503) : Response::empty(503);
    }
    struct Release {
      std::atomic<int>& n;
      ~Release() { --n; }
    } release{databaseQueued};
    co_return co_await asio::co_spawn(
        *databasePool, [&]() -> asio::awaitable<Response> { co_return runUpgrading(routed, upgrade); }, use_awaitable);
  }

  // Runs the handler with `upgrade` as this thread's pending upgrade (none when nullptr).
  static Response runUpgrading(Routed& routed, PendingUpgrade* upgrade) {
    struct Scope {
      explicit Scope(PendingUpgrade* u) { tlsUpgrade = u; }
      ~Scope() { tlsUpgrade = nullptr; }
    } scope(upgrade);
    return routed.run();
  }

  // A WebSocket message: on the database executor when there is one (a live submission writes
  // to the store), awaited, so one connection's messages are still handled one at a time and in
  // order while its I/O thread serves the others.
  asio::awaitable<void> onMessage(const std::shared_ptr<WsConn>& ws, const std::string& msg) {
    if (!ws->callbacks.onMessage) co_return;
    if (!databasePool) {
      ws->callbacks.onMessage(ws, msg);
      co_return;
    }
    co_await asio::co_spawn(
        *databasePool, [&]() -> asio::awaitable<void> { ws->callbacks.onMessage(ws, msg); co_return; }, use_awaitable);
  }

  asio::awaitable<void> serve(Worker& w, tcp::socket socket) {
    ++active;
    beast::tcp_stream stream(std::move(socket));
    Connection conn{&stream};
    w.connections.insert(&conn);
    std::string remote;
    {
      boost::system::error_code ec;
      auto ep = stream.socket().remote_endpoint(ec);
      if (!ec) remote = ep.address().to_string();
    }
    beast::flat_buffer buffer;
    bool first = true;
    while (!stopping) {
      bhttp::request_parser<bhttp::string_body> parser;
      parser.header_limit(static_cast<std::uint32_t>(opt.headerLimit));
      parser.body_limit(opt.bodyLimit);
      stream.expires_after(first ? opt.readTimeout : opt.idleTimeout);
      conn.busy = false;
      auto [ec, n] = co_await bhttp::async_read(stream, buffer, parser, tuple_awaitable);
      conn.busy = true;
      first = false;
      if (ec) {
        int status = 0;
        if (ec == bhttp::error::body_limit) status = 413;
        else if (ec == bhttp::error::header_limit) status = 431;
        else if (ec.category() == bhttp::make_error_code(bhttp::error::bad_method).category() &&
                 ec != bhttp::error::end_of_stream && ec != bhttp::error::partial_message)
          status = 400;  // the client sent something that is not HTTP
        if (status && handler.refuse) {
          stream.expires_after(opt.readTimeout);
          co_await writeResponse(stream, handler.refuse(status), 11, false);
        }
        break;
      }
      auto& breq = parser.get();
      Request req = toRequest(breq, remote);
      Routed routed = handler.route(req);
      Response res;
      if (websocket::is_upgrade(breq) && routed.where != Runs::Blocking) {
        // The connection an upgrade accepts lives on this I/O thread; its handler's reads run on
        // the database executor when there is one, as any request's do.
        Upgrade up(w.ioc, opt.wsQueueLimit);
        if (routed.where == Runs::Database && databasePool) res = co_await onDatabase(routed, &up);
        else res = runUpgrading(routed, &up);
        if (up.conn && stopping && up.conn->callbacks.onClose) up.conn->callbacks.onClose(up.conn);
        if (up.conn && !stopping) {
          co_await serveWebSocket(w, conn, stream, std::move(breq), std::move(up.conn));
          co_return;  // serveWebSocket has done the bookkeeping
        }
      } else if (routed.where == Runs::Blocking) {
        res = co_await asio::co_spawn(*pool, [&]() -> asio::awaitable<Response> { co_return routed.run(); },
                                      use_awaitable);
      } else if (routed.where == Runs::Database && databasePool) {
        res = co_await onDatabase(routed);
      } else {
        res = routed.run();
      }
      bool keepAlive = breq.keep_alive() && !stopping;
      stream.expires_after(opt.readTimeout);
      auto wec = co_await writeResponse(stream, res, breq.version(), keepAlive);
      if (wec || !keepAlive) break;
    }
    boost::system::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    w.connections.erase(&conn);
    --active;
  }

  // Runs an accepted WebSocket until either side ends it; takes over the TCP stream.
  asio::awaitable<void> serveWebSocket(Worker& w, Connection& conn, beast::tcp_stream& stream,
                                       bhttp::request<bhttp::string_body> breq, std::shared_ptr<WsConn> ws) {
    stream.expires_never();
    if (opt.wsSendBuffer > 0) {  // a smaller kernel buffer: a reader's lag shows in the bounded queue sooner
      boost::system::error_code ec;
      stream.socket().set_option(asio::socket_base::send_buffer_size(opt.wsSendBuffer), ec);
    }
    ws->ws_.emplace(std::move(stream));
    conn.stream = &ws->ws_->next_layer();
    conn.busy = false;  // stop() may close it at any time: the client resumes elsewhere
    auto& s = *ws->ws_;
    s.set_option(websocket::stream_base::timeout::suggested(beast::role_type::server));
    s.read_message_max(opt.wsMessageLimit);
    s.text(true);
    // One frame per message: Beast would otherwise cut a message into 4 KB frames, each its
    // own write (a reveal of 134 KB was 33 writes per phone).
    s.auto_fragment(false);
    auto [aec] = co_await s.async_accept(breq, tuple_awaitable);
    if (!aec && !ws->closed_) {
      ws->open_ = true;
      if (ws->callbacks.onOpen) ws->callbacks.onOpen(ws);
      ws->startWriting();
      ws->maybeDrain();
      beast::flat_buffer buf;
      while (!ws->closed_) {
        auto [ec, n] = co_await s.async_read(buf, tuple_awaitable);
        if (ec) break;
        std::string msg = beast::buffers_to_string(buf.data());
        buf.consume(buf.size());
        try {
          co_await onMessage(ws, msg);
        } catch (...) {
          break;
        }
      }
    }
    ws->closeNow();
    if (ws->callbacks.onClose) {
      try {
        ws->callbacks.onClose(ws);
      } catch (...) {
      }
    }
    ws->callbacks = {};  // break cycles held by the callbacks
    w.connections.erase(&conn);
    --active;
  }

  asio::awaitable<void> accept(Worker& w) {
    for (;;) {
      auto [ec, socket] = co_await w.acceptor->async_accept(tuple_awaitable);
      if (ec) {
        if (ec == asio::error::operation_aborted || !w.acceptor->is_open()) co_return;
        continue;  // e.g. too many open files: keep serving the others
      }
      socket.set_option(tcp::no_delay(true));
      asio::co_spawn(w.ioc, serve(w, std::move(socket)), asio::detached);
    }
  }
};

Server::Server(ServerOptions options, Handler handler) : impl_(std::make_unique<Impl>()) {
  impl_->opt = std::move(options);
  impl_->handler = std::move(handler);
}

Server::~Server() {
  stop();
  join();
}

uint16_t Server::start() {
  auto& im = *impl_;
  int n = im.opt.threads > 0 ? im.opt.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  im.pool.emplace(static_cast<size_t>(std::max(1, im.opt.workerThreads)));
  if (im.handler.databaseThreads > 0) im.databasePool.emplace(static_cast<size_t>(im.handler.databaseThreads));
  auto address = asio::ip::make_address(im.opt.host);
  uint16_t port = im.opt.port;
  for (int i = 0; i < n; ++i) {
    auto w = std::make_unique<Worker>();
    tcp::endpoint ep{address, port};
    w->acceptor.emplace(w->ioc);
    w->acceptor->open(ep.protocol());
    w->acceptor->set_option(asio::socket_base::reuse_address(true));
    int one = 1;
    ::setsockopt(w->acceptor->native_handle(), SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
    w->acceptor->bind(ep);
    w->acceptor->listen(asio::socket_base::max_listen_connections);
    port = w->acceptor->local_endpoint().port();
    asio::co_spawn(w->ioc, im.accept(*w), asio::detached);
    im.workers.push_back(std::move(w));
  }
  for (auto& w : im.workers) {
    Worker* wp = w.get();
    wp->thread = std::thread([wp] {
      auto guard = asio::make_work_guard(wp->ioc);
      wp->ioc.run();
    });
  }
  return port;
}

void Server::stop() {
  auto& im = *impl_;
  {
    std::lock_guard lock(im.stopMutex);
    if (im.stopped || im.workers.empty()) return;
    im.stopped = true;
  }
  im.stopping = true;
  for (auto& w : im.workers) {
    Worker* wp = w.get();
    asio::post(wp->ioc, [wp] {
      boost::system::error_code ec;
      wp->acceptor->close(ec);
      for (auto* c : wp->connections)
        if (!c->busy) c->stream->socket().close(ec);  // idle keep-alive: nothing in flight
    });
  }
  auto deadline = std::chrono::steady_clock::now() + im.opt.shutdownGrace;
  while (im.active > 0 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  for (auto& w : im.workers) w->ioc.stop();
}

void Server::join() {
  auto& im = *impl_;
  for (auto& w : im.workers)
    if (w->thread.joinable()) w->thread.join();
  if (im.pool) im.pool->join();
  if (im.databasePool) im.databasePool->join();
}

void Server::waitForSignal() {
  asio::io_context sig;
  asio::signal_set signals(sig, SIGINT, SIGTERM);
  signals.async_wait([](auto, int) {});
  sig.run();
  stop();
}

}  // namespace vk::http

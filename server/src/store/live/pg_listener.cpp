#include "store/live/pg_listener.hpp"

#include <libpq-fe.h>
#include <poll.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <cstdlib>
#include <string>
#include <thread>

#include "store/db.hpp"
#include "store/foundation/store.hpp"

namespace vk::store {

namespace {

std::string quoteValue(const std::string& v) {
  std::string out = "'";
  for (char ch : v) {
    if (ch == '\'' || ch == '\\') out += '\\';
    out += ch;
  }
  return out + "'";
}

std::string conninfoOf(Store& s) {
  if (const char* env = std::getenv("VK_LIVE_PG"); env && *env) return env;
  std::string info;
  s.db().read([&](Conn& c) {
    auto r = c.query(
        "SELECT current_database(), current_user, COALESCE(host(inet_server_addr()), ''), "
        "current_setting('port'), current_setting('unix_socket_directories')");
    std::string host = r[0].str(2);
    if (host.empty()) {
      host = r[0].str(4);
      if (auto comma = host.find(','); comma != std::string::npos) host = host.substr(0, comma);
    }
    info = "dbname=" + quoteValue(r[0].str(0)) + " user=" + quoteValue(r[0].str(1)) + " host=" + quoteValue(host) +
           " port=" + quoteValue(r[0].str(3)) + " application_name='vakkompas-live'";
  });
  return info;
}

class PgListener final : public LiveListener {
 public:
  PgListener(std::string conninfo, Notify notify)
      : conninfo_(std::move(conninfo)), notify_(std::move(notify)), thread_([this] { run(); }) {
    // Listen before the first client relies on it (a notification sent earlier would be lost).
    for (int i = 0; i < 200 && !ready_; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ~PgListener() override {
    stop_ = true;
    thread_.join();
  }

 private:
  PGconn* connect() {
    PGconn* c = PQconnectdb(conninfo_.c_str());
    if (PQstatus(c) != CONNECTION_OK) {
      spdlog::warn("{{\"live\":\"listen connection failed\",\"error\":\"{}\"}}", PQerrorMessage(c));
      PQfinish(c);
      return nullptr;
    }
    PGresult* r = PQexec(c, "LISTEN vk_live");
    bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    if (!ok) {
      PQfinish(c);
      return nullptr;
    }
    return c;
  }

  void run() {
    bool first = true;
    while (!stop_) {
      PGconn* c = connect();
      if (!c) {
        for (int i = 0; i < 10 && !stop_; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
        continue;
      }
      if (!first) notify_(0, 0);  // events may have been missed while disconnected
      first = false;
      ready_ = true;
      while (!stop_) {
        pollfd p{PQsocket(c), POLLIN, 0};
        int n = ::poll(&p, 1, 100);
        if (n <= 0) {
          // Safety net: catch up every few seconds even without a notification.
          if (++idle_ >= 50) {
            idle_ = 0;
            notify_(0, 0);
          }
          continue;
        }
        if (!PQconsumeInput(c)) break;  // connection lost: reconnect
        while (PGnotify* note = PQnotifies(c)) {
          std::string payload = note->extra ? note->extra : "";
          PQfreemem(note);
          auto colon = payload.find(':');
          try {
            int64_t session = std::stoll(payload.substr(0, colon));
            int64_t seq = colon == std::string::npos ? 0 : std::stoll(payload.substr(colon + 1));
            notify_(session, seq);
          } catch (const std::exception& e) {
            spdlog::warn("{{\"live\":\"notification\",\"error\":\"{}\"}}", e.what());
          }
        }
      }
      PQfinish(c);
    }
  }

  std::string conninfo_;
  Notify notify_;
  std::atomic<bool> stop_{false};
  std::atomic<bool> ready_{false};
  int idle_ = 0;
  std::thread thread_;
};

}  // namespace

std::unique_ptr<LiveListener> startLiveListener(Store& s, LiveListener::Notify notify) {
  if (s.db().dialect() != Dialect::Postgres) return nullptr;
  return std::make_unique<PgListener>(conninfoOf(s), std::move(notify));
}

}  // namespace vk::store

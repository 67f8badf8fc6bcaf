// PostgreSQL back-end: a bounded pool of libpq connections; $N parameters are native.
// A PostgreSQL that is down or slow answers within a timeout (VAKKOMPAS_DB_TIMEOUT_SECONDS,
// default 5): libpq's connect_timeout, a statement_timeout on the server and a deadline on the
// client's wait for an answer. Then the request fails with ErrorKind::Unavailable (a Dutch 503);
// a broken connection is dropped from the pool and a new one is made on next use, so the
// instance recovers by itself when PostgreSQL returns (docs/operations.md).
// The read cache works here too (changeGeneration): the generation moves at once after every
// commit of a write by this instance, and through LISTEN/NOTIFY after one by another instance
// (each write transaction NOTIFYs vk_change before it commits; a listener connection per
// instance hears it). While the listener is not connected the generation is nullopt, so
// nothing is cached and nothing stale is served.
#include <libpq-fe.h>
#include <poll.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <random>
#include <thread>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include "domain/errors.hpp"
#include "store/db.hpp"

namespace vk::store {
namespace {

using Clock = std::chrono::steady_clock;

struct TextHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Seconds a request waits for PostgreSQL (a connection, a statement) before it answers 503.
int dbTimeoutSeconds() {
  if (const char* env = std::getenv("VAKKOMPAS_DB_TIMEOUT_SECONDS"); env && *env) {
    int v = std::atoi(env);
    if (v > 0) return std::min(v, 300);
  }
  return 5;
}

[[noreturn]] void unavailable() {
  throw domain::Error(domain::ErrorKind::Unavailable,
                      "De database is even niet bereikbaar of reageert te traag. Er is niets gewijzigd; "
                      "probeer het over een paar minuten opnieuw.");
}

// SQLSTATEs that say the connection or the server is gone: connection exceptions (08…),
// shutdown (57P01–57P03), and the statement timeout (57014, the connection itself is fine).
bool serverGone(const std::string& code) {
  return code.rfind("08", 0) == 0 || code == "57P01" || code == "57P02" || code == "57P03";
}

class PgConn final : public Conn {
 public:
  PgConn(const std::string& conninfo, int timeoutSeconds) : timeout_(timeoutSeconds) {
    // connect_timeout first, so a connect_timeout in the URL (expanded from dbname) wins.
    std::string connectTimeout = std::to_string(std::max(2, timeoutSeconds));
    const char* keys[] = {"connect_timeout", "dbname", nullptr};
    const char* values[] = {connectTimeout.c_str(), conninfo.c_str(), nullptr};
    pg_ = PQconnectdbParams(keys, values, 1);
    if (PQstatus(pg_) != CONNECTION_OK) {
      std::string msg = PQerrorMessage(pg_);
      PQfinish(pg_);
      throw std::runtime_error("cannot connect to PostgreSQL: " + msg);
    }
    PQsetnonblocking(pg_, 1);
    script("SET client_min_messages = warning; SET statement_timeout = " + std::to_string(timeoutSeconds * 1000));
  }
  ~PgConn() override { PQfinish(pg_); }
  bool ok() const { return !broken_ && PQstatus(pg_) == CONNECTION_OK; }
  // Whether an idle connection still has its server: what the server sent meanwhile is read
  // without waiting (a restarted server has said goodbye and closed it).
  bool stillThere() {
    if (!ok()) return false;
    pollfd p{PQsocket(pg_), POLLIN, 0};
    if (::poll(&p, 1, 0) > 0) {
      if (!PQconsumeInput(pg_)) broken_ = true;
      else if (commitPending_ && !PQisBusy(pg_)) finishPendingCommit();
    }
    return ok();
  }
  bool broken() const { return !ok(); }

  Rows query(std::string_view sql, const std::vector<Value>& params) override {
    std::vector<std::string> text(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (size_t i = 0; i < params.size(); ++i) {
      if (std::holds_alternative<int64_t>(params[i])) {
        text[i] = std::to_string(std::get<int64_t>(params[i]));
        values[i] = text[i].c_str();
      } else if (std::holds_alternative<std::string>(params[i])) {
        values[i] = std::get<std::string>(params[i]).c_str();
      }
    }
    PGresult* res = execPrepared(sql, static_cast<int>(params.size()), values.data());
    Rows rows;
    auto status = PQresultStatus(res);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) fail(res);
    int n = PQntuples(res), cols = PQnfields(res);
    rows.data.reserve(static_cast<size_t>(n));
    for (int r = 0; r < n; ++r) {
      auto& row = rows.data.emplace_back();
      row.reserve(static_cast<size_t>(cols));
      for (int c = 0; c < cols; ++c) {
        if (PQgetisnull(res, r, c))
          row.emplace_back(std::nullopt);
        else
          row.emplace_back(std::string(PQgetvalue(res, r, c), static_cast<size_t>(PQgetlength(res, r, c))));
      }
    }
    const char* affected = PQcmdTuples(res);
    rows.affected = (affected && *affected) ? std::stoll(affected) : 0;
    PQclear(res);
    return rows;
  }

  void script(std::string_view sql) override {
    std::string q(sql);
    sendPendingBegin();
    PGresult* res = exec(q.c_str());
    auto status = PQresultStatus(res);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) fail(res);
    PQclear(res);
    if (!isTransactionControl(sql)) forgetPrepared();  // DDL (a migration) may change what a statement returns
  }

  // Begins a transaction with the next statement, in the same round trip (pipeline mode).
  void beginWithNext(const char* beginSql) { pendingBegin_ = beginSql; }
  // Sends COMMIT of a read-only transaction without waiting for its answer: the next use of the
  // connection reads it first (by then it has long arrived), so the request does not wait for it.
  void commitLater() {
    if (pendingBegin_) {  // nothing was read: there is no transaction to end
      pendingBegin_ = nullptr;
      return;
    }
    if (broken()) return;
    if (!PQsendQuery(pg_, "COMMIT")) {
      broken_ = true;
      return;
    }
    commitPending_ = true;
    auto deadline = Clock::now() + std::chrono::seconds(timeout_ + 2);
    for (int f; (f = PQflush(pg_)) != 0;)
      if (f < 0 || !wait(POLLOUT | POLLIN, deadline) || !PQconsumeInput(pg_)) {
        broken_ = true;
        return;
      }
  }

 private:
  // Sends a script (statements without parameters) and waits for its last result,
  // at most the statement timeout plus a little: a server that hangs is a broken connection.
  PGresult* exec(const char* sql) {
    finishPendingCommit();
    if (broken()) lost("connection already broken");
    if (!PQsendQuery(pg_, sql)) lost(PQerrorMessage(pg_));
    return collect();
  }

  static bool isTransactionControl(std::string_view sql) {
    for (std::string_view p : {"BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "SET ", "NOTIFY", "SELECT"})
      if (sql.rfind(p, 0) == 0) return true;
    return false;
  }

  // The statement as a prepared statement of this connection (parsed and planned once per
  // connection), with a pending BEGIN and, the first time, its PREPARE in the same round trip.
  PGresult* execPrepared(std::string_view sql, int params, const char* const* values) {
    finishPendingCommit();
    if (broken()) lost("connection already broken");
    auto it = prepared_.find(sql);
    bool prepare = it == prepared_.end();
    std::string name = prepare ? "vk" + std::to_string(prepared_.size() + 1) : it->second;
    std::string text = prepare ? std::string(sql) : std::string();
    const char* begin = pendingBegin_;
    pendingBegin_ = nullptr;
    if (!begin && !prepare) {
      if (!PQsendQueryPrepared(pg_, name.c_str(), params, values, nullptr, nullptr, 0)) lost(PQerrorMessage(pg_));
      return collect();
    }
    if (!PQenterPipelineMode(pg_)) lost(PQerrorMessage(pg_));
    bool sent = (!begin || PQsendQueryParams(pg_, begin, 0, nullptr, nullptr, nullptr, nullptr, 0)) &&
                (!prepare || PQsendPrepare(pg_, name.c_str(), text.c_str(), params, nullptr)) &&
                PQsendQueryPrepared(pg_, name.c_str(), params, values, nullptr, nullptr, 0) && PQpipelineSync(pg_);
    if (!sent) lost(PQerrorMessage(pg_));
    // One result per command: the BEGIN's, the PREPARE's, then the statement's, which is returned.
    int commands = (begin ? 1 : 0) + (prepare ? 1 : 0) + 1;
    PGresult* last = nullptr;
    PGresult* firstError = nullptr;
    bool preparedOk = false;
    auto deadline = Clock::now() + std::chrono::seconds(timeout_ + 2);
    flushWithin(deadline);
    for (int seen = 0; ; ) {
      PGresult* r = next(deadline);
      if (!r) continue;  // the end of one command's results
      auto st = PQresultStatus(r);
      if (st == PGRES_PIPELINE_SYNC) {
        PQclear(r);
        break;
      }
      ++seen;
      if (prepare && seen == (begin ? 2 : 1) && st == PGRES_COMMAND_OK) preparedOk = true;
      if ((st == PGRES_FATAL_ERROR) && !firstError) {
        firstError = r;
        continue;
      }
      if (seen == commands && st != PGRES_PIPELINE_ABORTED) {
        if (last) PQclear(last);
        last = r;
      } else {
        PQclear(r);
      }
    }
    if (!PQexitPipelineMode(pg_)) {
      if (last) PQclear(last);
      if (firstError) PQclear(firstError);
      lost(PQerrorMessage(pg_));
    }
    if (preparedOk) prepared_.emplace(std::string(sql), name);
    if (firstError) {
      if (last) PQclear(last);
      return firstError;  // the caller's fail() reports it; the transaction is aborted
    }
    if (!last) lost("no answer to the statement");
    return last;
  }

  // Waits for and returns the next result (nullptr between commands), within the deadline.
  PGresult* next(Clock::time_point deadline) {
    while (PQisBusy(pg_)) {
      if (!wait(POLLIN, deadline)) lost("no answer within the timeout");
      if (!PQconsumeInput(pg_)) lost(PQerrorMessage(pg_));
    }
    return PQgetResult(pg_);
  }

  void flushWithin(Clock::time_point deadline) {
    for (int f; (f = PQflush(pg_)) != 0;) {
      if (f < 0 || !wait(POLLOUT | POLLIN, deadline)) lost("sending timed out");
      if (!PQconsumeInput(pg_)) lost(PQerrorMessage(pg_));
    }
  }

  // The results of the one command sent last; its last result is returned.
  PGresult* collect() {
    auto deadline = Clock::now() + std::chrono::seconds(timeout_ + 2);
    flushWithin(deadline);
    PGresult* last = nullptr;
    for (;;) {
      PGresult* r;
      try {
        r = next(deadline);
      } catch (...) {
        if (last) PQclear(last);
        throw;
      }
      if (!r) break;
      if (last) PQclear(last);
      last = r;
    }
    if (!last) lost(PQerrorMessage(pg_));
    return last;
  }

  void sendPendingBegin() {
    if (!pendingBegin_) return;
    const char* b = pendingBegin_;
    pendingBegin_ = nullptr;
    PGresult* res = exec(b);
    auto status = PQresultStatus(res);
    if (status != PGRES_COMMAND_OK) fail(res);
    PQclear(res);
  }

  // Reads the answer to a COMMIT sent by commitLater(); a failure there breaks the connection
  // (a read-only COMMIT does not fail otherwise), so its next user takes another one.
  void finishPendingCommit() {
    if (!commitPending_) return;
    commitPending_ = false;
    auto deadline = Clock::now() + std::chrono::seconds(timeout_ + 2);
    try {
      for (;;) {
        PGresult* r = next(deadline);
        if (!r) break;
        if (PQresultStatus(r) != PGRES_COMMAND_OK) broken_ = true;
        PQclear(r);
      }
    } catch (const domain::Error&) {
      broken_ = true;
    }
  }

  void forgetPrepared() {
    if (prepared_.empty()) return;
    prepared_.clear();
    PGresult* res = exec("DEALLOCATE ALL");
    PQclear(res);
  }

  bool wait(short events, Clock::time_point deadline) {
    for (;;) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
      if (left <= 0) return false;
      pollfd p{PQsocket(pg_), events, 0};
      int n = ::poll(&p, 1, static_cast<int>(left));
      if (n > 0) return true;
      if (n < 0 && errno != EINTR) return false;
    }
  }

  [[noreturn]] void lost(const std::string& why) {
    if (!broken_) spdlog::warn("{{\"db\":\"postgresql connection lost\",\"error\":\"{}\"}}", why.substr(0, why.find('\n')));
    broken_ = true;
    unavailable();
  }

  [[noreturn]] void fail(PGresult* res) {
    const char* state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
    std::string code = state ? state : "";
    std::string msg = PQresultErrorMessage(res);
    PQclear(res);
    if (code == "23505") throw UniqueViolation();
    if (PQstatus(pg_) != CONNECTION_OK || serverGone(code)) lost(msg);
    if (code == "57014") {  // statement timeout: PostgreSQL is slow, the connection is fine
      spdlog::warn("{{\"db\":\"postgresql statement timeout\"}}");
      unavailable();
    }
    throw std::runtime_error("PostgreSQL: " + msg);
  }

  PGconn* pg_ = nullptr;
  int timeout_;
  bool broken_ = false;
  const char* pendingBegin_ = nullptr;  // a BEGIN to send with the next statement
  bool commitPending_ = false;          // a COMMIT was sent and its answer not yet read
  // SQL text → name of its prepared statement on this connection
  std::unordered_map<std::string, std::string, TextHash, std::equal_to<>> prepared_;
};

// The listener of one PgDb: a connection of its own that LISTENs on vk_change, with a
// connect timeout and a heartbeat (SELECT 1 each second, answered within the timeout); a lost
// or hung connection is closed and made again. onChange runs for every notification from
// another instance; connected() says whether notifications can be heard right now.
class ChangeListener {
 public:
  ChangeListener(std::string conninfo, int timeoutSeconds, std::string self, std::function<void()> onChange)
      : conninfo_(std::move(conninfo)), timeout_(timeoutSeconds), self_(std::move(self)),
        onChange_(std::move(onChange)), thread_([this] { run(); }) {
    // Caching starts once listening: a notification sent earlier would be lost.
    for (int i = 0; i < 200 && !connected_; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ~ChangeListener() {
    stop_ = true;
    thread_.join();
  }
  bool connected() const { return connected_; }

 private:
  PGconn* connect() {
    std::string connectTimeout = std::to_string(std::max(2, timeout_));
    const char* keys[] = {"connect_timeout", "dbname", "application_name", "keepalives_idle", "keepalives_interval",
                          "keepalives_count", nullptr};
    const char* values[] = {connectTimeout.c_str(), conninfo_.c_str(), "vakkompas-cache", "5", "2", "2", nullptr};
    PGconn* c = PQconnectdbParams(keys, values, 1);
    if (PQstatus(c) != CONNECTION_OK) {
      PQfinish(c);
      return nullptr;
    }
    PQsetnonblocking(c, 1);
    if (!send(c, "LISTEN vk_change") || !await(c)) {
      PQfinish(c);
      return nullptr;
    }
    return c;
  }

  bool send(PGconn* c, const char* sql) {
    if (!PQsendQuery(c, sql)) return false;
    sentAt_ = Clock::now();
    for (int f; (f = PQflush(c)) != 0;) {
      if (f < 0) return false;
      pollfd p{PQsocket(c), POLLOUT, 0};
      ::poll(&p, 1, 100);
      if (Clock::now() - sentAt_ > std::chrono::seconds(timeout_)) return false;
    }
    return true;
  }

  // Waits for the answer to the statement sent last, at most the timeout.
  bool await(PGconn* c) {
    while (PQisBusy(c)) {
      if (Clock::now() - sentAt_ > std::chrono::seconds(timeout_) || stop_) return false;
      pollfd p{PQsocket(c), POLLIN, 0};
      if (::poll(&p, 1, 100) > 0 && !PQconsumeInput(c)) return false;
    }
    return drainResults(c);
  }

  static bool drainResults(PGconn* c) {
    bool ok = true;
    while (PGresult* r = PQgetResult(c)) {
      auto st = PQresultStatus(r);
      if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) ok = false;
      PQclear(r);
    }
    return ok;
  }

  void drainNotifications(PGconn* c) {
    while (PGnotify* note = PQnotifies(c)) {
      bool mine = note->extra && self_ == note->extra;
      PQfreemem(note);
      if (!mine) onChange_();
    }
  }

  void run() {
    while (!stop_) {
      PGconn* c = connect();
      if (!c) {
        for (int i = 0; i < 5 && !stop_; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
        continue;
      }
      onChange_();  // changes may have been missed while not listening
      connected_ = true;
      bool waiting = false;  // a heartbeat is out
      auto lastAnswer = Clock::now();
      while (!stop_) {
        pollfd p{PQsocket(c), POLLIN, 0};
        if (::poll(&p, 1, 100) > 0 && !PQconsumeInput(c)) break;  // lost: make a new one
        drainNotifications(c);
        if (waiting) {
          if (!PQisBusy(c)) {
            if (!drainResults(c)) break;
            waiting = false;
            lastAnswer = Clock::now();
          } else if (Clock::now() - sentAt_ > std::chrono::seconds(timeout_)) {
            break;  // hung: no answer within the timeout
          }
        } else if (Clock::now() - lastAnswer > std::chrono::seconds(1)) {
          if (!send(c, "SELECT 1")) break;
          waiting = true;
        }
      }
      connected_ = false;
      if (!stop_) spdlog::warn("{{\"db\":\"postgresql change listener lost; read cache off until it is back\"}}");
      PQfinish(c);
    }
  }

  std::string conninfo_;
  int timeout_;
  std::string self_;
  std::function<void()> onChange_;
  std::atomic<bool> stop_{false};
  std::atomic<bool> connected_{false};
  Clock::time_point sentAt_{};
  std::thread thread_;
};

std::string randomInstanceId() {
  std::random_device rd;
  uint64_t v = (static_cast<uint64_t>(rd()) << 32) ^ rd();
  return std::to_string(v);
}

class PgDb final : public Db {
 public:
  PgDb(std::string conninfo, int size)
      : conninfo_(std::move(conninfo)), size_(size), timeout_(dbTimeoutSeconds()), self_(randomInstanceId()),
        notifyCommit_("NOTIFY vk_change, '" + self_ + "'; COMMIT") {
    idle_.push_back(std::make_unique<PgConn>(conninfo_, timeout_));  // fail at start-up when unreachable
    ++open_;
    listener_ = std::make_unique<ChangeListener>(conninfo_, timeout_, self_, [this] { ++generation_; });
  }
  ~PgDb() override { listener_.reset(); }
  // Read before the generation: a listener that drops and returns bumps it, so an answer read
  // while it was away is labelled with an older generation than any read after it.
  std::optional<uint64_t> changeGeneration() override {
    if (!listener_ || !listener_->connected()) return std::nullopt;
    return generation_.load();
  }
  Dialect dialect() const override { return Dialect::Postgres; }
  int concurrency() const override { return size_; }
  void read(const std::function<void(Conn&)>& fn) override {
    Command* cmd = command();
    if (cmd && cmd->readOnly) {  // the request's read transaction, begun with its first statement
      if (!cmd->conn) {
        cmd->conn = acquire();
        cmd->conn->beginWithNext("BEGIN READ ONLY");
      }
      ++cmd->depth;
      try {
        fn(*cmd->conn);
      } catch (...) {
        --cmd->depth;
        throw;
      }
      --cmd->depth;
      return;
    }
    if (cmd && cmd->conn) return fn(*cmd->conn);  // join the command's transaction
    run(fn, "BEGIN READ ONLY");
  }
  void write(const std::function<void(Conn&)>& fn) override {
    Command* cmd = command();
    if (cmd && cmd->readOnly) {
      // A write inside a read request steps out of its read transaction (whose connection goes
      // back to the pool unless a read is still running), then runs in one of its own.
      if (cmd->conn && cmd->depth == 0) endRead(*cmd);
      return run(fn, "BEGIN");
    }
    if (!cmd) return run(fn, "BEGIN");
    if (!cmd->conn) {
      cmd->conn = begin("BEGIN");
    } else if (cmd->depth > 0) {
      return fn(*cmd->conn);  // nested inside another write of this command
    }
    // A savepoint per write: one that throws leaves nothing behind and the command goes on.
    PgConn& c = *cmd->conn;
    c.script("SAVEPOINT vk_write");
    ++cmd->depth;
    try {
      fn(c);
    } catch (...) {
      --cmd->depth;
      try {
        c.script("ROLLBACK TO SAVEPOINT vk_write");
        c.script("RELEASE SAVEPOINT vk_write");
      } catch (...) {
      }
      throw;
    }
    --cmd->depth;
    c.script("RELEASE SAVEPOINT vk_write");
  }
  // One read transaction for the request's reads, on one connection: it begins with the first
  // statement (one round trip) and its COMMIT is not waited for.
  void readScope(const std::function<void()>& fn) override {
    auto& mine = commands();
    if (mine.count(this)) return fn();
    Command& cmd = mine[this];
    cmd.readOnly = true;
    auto finish = [&] {
      if (cmd.conn) endRead(cmd);
      mine.erase(this);
    };
    try {
      fn();
    } catch (...) {
      finish();
      throw;
    }
    finish();
  }
  void commandScope(const std::function<void()>& fn) override {
    auto& mine = commands();
    if (mine.count(this)) return fn();  // inside a command, or a read scope (whose writes step out, as on SQLite)
    Command& cmd = mine[this];
    auto finish = [&](bool commit) {
      std::unique_ptr<PgConn> c = std::move(cmd.conn);
      mine.erase(this);
      if (!c) return;
      try {
        c->script(commit ? notifyCommit_.c_str() : "ROLLBACK");
        if (commit) ++generation_;  // after the commit: a reader that sees it reads the change
      } catch (...) {
        try {
          c->script("ROLLBACK");
        } catch (...) {
        }
        release(std::move(c));
        if (commit) throw;
        return;
      }
      release(std::move(c));
    };
    try {
      fn();
    } catch (...) {
      finish(false);
      throw;
    }
    finish(true);
  }
  void backupTo(const std::string&) override {
    throw std::runtime_error("backup of a PostgreSQL store: use pg_dump");
  }

 private:
  // A pooled connection with a transaction begun. A connection that broke while idle (PostgreSQL
  // restarted) shows only when used: then it is dropped and a new one tried, once.
  std::unique_ptr<PgConn> begin(const char* sql) {
    for (int attempt = 0;; ++attempt) {
      auto c = acquire();
      try {
        c->script(sql);
        return c;
      } catch (...) {
        bool retry = attempt == 0 && c->broken();
        release(std::move(c));
        if (!retry) throw;
      }
    }
  }

  void run(const std::function<void(Conn&)>& fn, const char* beginSql) {
    bool writes = std::string_view(beginSql) == "BEGIN";
    if (!writes) {  // a read: BEGIN with its first statement, COMMIT not waited for (as readScope)
      auto c = acquire();
      c->beginWithNext(beginSql);
      try {
        fn(*c);
      } catch (...) {
        c->commitLater();  // read only: ends the transaction either way
        release(std::move(c));
        throw;
      }
      c->commitLater();
      release(std::move(c));
      return;
    }
    auto c = begin(beginSql);
    try {
      fn(*c);
      c->script(writes ? notifyCommit_.c_str() : "COMMIT");
      if (writes) ++generation_;  // after the commit, so a reader that sees it reads the change
    } catch (...) {
      try {
        c->script("ROLLBACK");
      } catch (...) {
      }
      release(std::move(c));
      throw;
    }
    release(std::move(c));
  }

  // The command this thread is running on this store (commandScope), if any.
  struct Command {
    std::unique_ptr<PgConn> conn;  // set once the command's first write began its transaction
    int depth = 0;                 // writes (a command) or reads (a read scope) open inside it
    bool readOnly = false;         // a read scope (readScope), not a command
  };
  void endRead(Command& cmd) {
    std::unique_ptr<PgConn> c = std::move(cmd.conn);
    c->commitLater();
    release(std::move(c));
  }
  static std::unordered_map<const PgDb*, Command>& commands() {
    thread_local std::unordered_map<const PgDb*, Command> mine;
    return mine;
  }
  Command* command() {
    auto& mine = commands();
    auto it = mine.find(this);
    return it == mine.end() ? nullptr : &it->second;
  }

  // A connection from the pool, or a new one; waits at most the timeout for a free one.
  std::unique_ptr<PgConn> acquire() {
    auto deadline = Clock::now() + std::chrono::seconds(timeout_);
    std::unique_lock lock(mu_);
    for (;;) {
      if (!idle_.empty()) {
        auto c = std::move(idle_.back());
        idle_.pop_back();
        if (c->stillThere()) return c;
        --open_;  // known broken: dropped (closed when c goes), a new one made below
        continue;
      }
      if (open_ < size_) {
        ++open_;
        lock.unlock();
        try {
          return std::make_unique<PgConn>(conninfo_, timeout_);
        } catch (const std::exception& e) {
          spdlog::warn("{{\"db\":\"postgresql unreachable\",\"error\":\"{}\"}}",
                       std::string(e.what()).substr(0, std::string(e.what()).find('\n')));
          {
            std::lock_guard again(mu_);
            --open_;
          }
          cv_.notify_one();
          unavailable();
        }
      }
      if (cv_.wait_until(lock, deadline) == std::cv_status::timeout && idle_.empty() && open_ >= size_) unavailable();
    }
  }

  // Back to the pool; a broken connection is dropped, so the next use makes a new one.
  void release(std::unique_ptr<PgConn> c) {
    {
      std::lock_guard lock(mu_);
      if (c->ok())
        idle_.push_back(std::move(c));
      else
        --open_;
    }
    cv_.notify_one();
  }

  std::string conninfo_;
  int size_;
  int timeout_;
  int open_ = 0;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<PgConn>> idle_;
  std::string self_;          // this instance's id, the payload of its notifications
  std::string notifyCommit_;  // NOTIFY and COMMIT in one round trip
  std::atomic<uint64_t> generation_{1};
  std::unique_ptr<ChangeListener> listener_;
};

}  // namespace

std::unique_ptr<Db> openPostgres(const std::string& conninfo, int poolSize) {
  if (const char* env = std::getenv("VAKKOMPAS_DB_POOL"); env && *env) {
    int v = std::atoi(env);
    if (v > 0) poolSize = std::min(v, 256);
  }
  return std::make_unique<PgDb>(conninfo, poolSize);
}

}  // namespace vk::store

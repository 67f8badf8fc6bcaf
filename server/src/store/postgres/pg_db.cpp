// PostgreSQL back-end: a bounded pool of libpq connections; $N parameters are native.
#include <libpq-fe.h>

#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include "domain/errors.hpp"
#include "store/db.hpp"

namespace vk::store {
namespace {

class PgConn final : public Conn {
 public:
  explicit PgConn(const std::string& conninfo) : pg_(PQconnectdb(conninfo.c_str())) {
    if (PQstatus(pg_) != CONNECTION_OK) {
      std::string msg = PQerrorMessage(pg_);
      PQfinish(pg_);
      throw std::runtime_error("cannot connect to PostgreSQL: " + msg);
    }
    script("SET client_min_messages = warning");
  }
  ~PgConn() override { PQfinish(pg_); }
  bool ok() const { return PQstatus(pg_) == CONNECTION_OK; }
  void reset() { PQreset(pg_); }

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
    std::string q(sql);
    PGresult* res = PQexecParams(pg_, q.c_str(), static_cast<int>(params.size()), nullptr, values.data(), nullptr,
                                 nullptr, 0);
    Rows rows;
    auto status = PQresultStatus(res);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
      const char* state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
      std::string code = state ? state : "";
      std::string msg = PQresultErrorMessage(res);
      PQclear(res);
      if (code == "23505") throw domain::Error(domain::ErrorKind::Conflict, "Dit bestaat al.");
      throw std::runtime_error("PostgreSQL: " + msg);
    }
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
    PGresult* res = PQexec(pg_, q.c_str());
    auto status = PQresultStatus(res);
    std::string msg = PQresultErrorMessage(res);
    PQclear(res);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) throw std::runtime_error("PostgreSQL: " + msg);
  }

 private:
  PGconn* pg_;
};

class PgDb final : public Db {
 public:
  PgDb(std::string conninfo, int size) : conninfo_(std::move(conninfo)), size_(size) {
    idle_.push_back(std::make_unique<PgConn>(conninfo_));  // fail at start-up when unreachable
    ++open_;
  }
  Dialect dialect() const override { return Dialect::Postgres; }
  void read(const std::function<void(Conn&)>& fn) override {
    if (Command* cmd = command(); cmd && cmd->conn) return fn(*cmd->conn);  // join the command's transaction
    run(fn, "BEGIN READ ONLY");
  }
  void write(const std::function<void(Conn&)>& fn) override {
    Command* cmd = command();
    if (!cmd) return run(fn, "BEGIN");
    if (!cmd->conn) {
      cmd->conn = acquire();
      try {
        cmd->conn->script("BEGIN");
      } catch (...) {
        release(std::move(cmd->conn));
        throw;
      }
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
  void commandScope(const std::function<void()>& fn) override {
    auto& mine = commands();
    if (mine.count(this)) return fn();
    Command& cmd = mine[this];
    auto finish = [&](bool commit) {
      std::unique_ptr<PgConn> c = std::move(cmd.conn);
      mine.erase(this);
      if (!c) return;
      try {
        c->script(commit ? "COMMIT" : "ROLLBACK");
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
  void run(const std::function<void(Conn&)>& fn, const char* begin) {
    auto c = acquire();
    try {
      c->script(begin);
      fn(*c);
      c->script("COMMIT");
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
    int depth = 0;                 // writes open inside it
  };
  static std::unordered_map<const PgDb*, Command>& commands() {
    thread_local std::unordered_map<const PgDb*, Command> mine;
    return mine;
  }
  Command* command() {
    auto& mine = commands();
    auto it = mine.find(this);
    return it == mine.end() ? nullptr : &it->second;
  }

  std::unique_ptr<PgConn> acquire() {
    std::unique_lock lock(mu_);
    for (;;) {
      if (!idle_.empty()) {
        auto c = std::move(idle_.back());
        idle_.pop_back();
        lock.unlock();
        if (!c->ok()) c->reset();
        return c;
      }
      if (open_ < size_) {
        ++open_;
        lock.unlock();
        try {
          return std::make_unique<PgConn>(conninfo_);
        } catch (...) {
          std::lock_guard again(mu_);
          --open_;
          throw domain::Error(domain::ErrorKind::Unavailable, "De database is even niet bereikbaar.");
        }
      }
      cv_.wait(lock);
    }
  }

  void release(std::unique_ptr<PgConn> c) {
    {
      std::lock_guard lock(mu_);
      idle_.push_back(std::move(c));
    }
    cv_.notify_one();
  }

  std::string conninfo_;
  int size_;
  int open_ = 0;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<PgConn>> idle_;
};

}  // namespace

std::unique_ptr<Db> openPostgres(const std::string& conninfo, int poolSize) {
  return std::make_unique<PgDb>(conninfo, poolSize);
}

}  // namespace vk::store

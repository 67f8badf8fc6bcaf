// SQLite back-end: one connection per thread (WAL, foreign keys, busy timeout),
// prepared statements cached per connection, $N parameters bound by name.
#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include "domain/errors.hpp"
#include "store/db.hpp"

namespace vk::store {
namespace {

struct Statement {
  sqlite3_stmt* stmt = nullptr;
  std::vector<int> slot;  // slot[k] = sqlite index of parameter $k+1
};

class SqliteConn final : public Conn {
 public:
  SqliteConn(const std::string& path, std::atomic<uint64_t>& generation) : generation_(generation) {
    if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
      std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
      sqlite3_close(db_);
      throw std::runtime_error("cannot open SQLite store " + path + ": " + msg);
    }
    sqlite3_busy_timeout(db_, 5000);
    // Called inside a commit of a write transaction, before it is visible to others: only
    // note it here; query() bumps the generation once the statement that committed is done.
    sqlite3_commit_hook(
        db_,
        [](void* self) {
          static_cast<SqliteConn*>(self)->committed_ = true;
          return 0;
        },
        this);
    script("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;");
  }
  ~SqliteConn() override {
    for (auto& [sql, s] : cache_) sqlite3_finalize(s.stmt);
    sqlite3_close(db_);
  }

  using Conn::query;
  Rows query(std::string_view sql, const std::vector<Value>& params) override {
    Statement& st = bind(sql, params);
    Rows rows;
    int cols = sqlite3_column_count(st.stmt);
    while (step(st)) {
      auto& row = rows.data.emplace_back();
      row.reserve(static_cast<size_t>(cols));
      for (int c = 0; c < cols; ++c) {
        if (sqlite3_column_type(st.stmt, c) == SQLITE_NULL)
          row.emplace_back(std::nullopt);
        else
          row.emplace_back(std::string(reinterpret_cast<const char*>(sqlite3_column_text(st.stmt, c)),
                                       static_cast<size_t>(sqlite3_column_bytes(st.stmt, c))));
      }
    }
    rows.affected = sqlite3_changes(db_);
    sqlite3_reset(st.stmt);
    noteCommit();
    return rows;
  }

  void each(std::string_view sql, const std::vector<Value>& params,
            const std::function<void(const Cursor&)>& fn) override {
    struct StmtCursor final : Cursor {
      sqlite3_stmt* s;
      bool isNull(size_t i) const override { return sqlite3_column_type(s, static_cast<int>(i)) == SQLITE_NULL; }
      int64_t i64(size_t i) const override { return sqlite3_column_int64(s, static_cast<int>(i)); }
      std::string_view text(size_t i) const override {
        auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s, static_cast<int>(i)));
        return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(s, static_cast<int>(i)))) : std::string_view();
      }
    };
    Statement& st = bind(sql, params);
    StmtCursor cur;
    cur.s = st.stmt;
    struct Reset {
      sqlite3_stmt* s;
      ~Reset() { sqlite3_reset(s); }
    } reset{st.stmt};
    while (step(st)) fn(cur);
    noteCommit();
  }

  void script(std::string_view sql) override {
    char* err = nullptr;
    std::string s(sql);
    if (sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err ? err : "unknown";
      sqlite3_free(err);
      noteCommit();
      throw std::runtime_error("SQLite: " + msg);
    }
    noteCommit();
  }

  // The generation as this connection knows it: every so often it asks SQLite whether
  // another connection (another thread's, or another process) committed since it last asked.
  uint64_t generation() {
    auto now = std::chrono::steady_clock::now();
    if (now - lastPoll_ >= std::chrono::milliseconds(kExternalChangePollMs)) {
      lastPoll_ = now;
      auto r = query("PRAGMA data_version");
      int64_t v = r.empty() ? 0 : r[0].i64(0);
      if (v != dataVersion_) {
        dataVersion_ = v;
        generation_.fetch_add(1, std::memory_order_acq_rel);
      }
    }
    return generation_.load(std::memory_order_acquire);
  }

 private:
  Statement& bind(std::string_view sql, const std::vector<Value>& params) {
    Statement& st = prepare(sql);
    sqlite3_reset(st.stmt);
    sqlite3_clear_bindings(st.stmt);
    for (size_t k = 0; k < params.size() && k < st.slot.size(); ++k) {
      int idx = st.slot[k];
      if (idx == 0) continue;
      const Value& v = params[k];
      if (std::holds_alternative<int64_t>(v))
        sqlite3_bind_int64(st.stmt, idx, std::get<int64_t>(v));
      else if (std::holds_alternative<std::string>(v)) {
        auto& s = std::get<std::string>(v);
        sqlite3_bind_text(st.stmt, idx, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
      } else
        sqlite3_bind_null(st.stmt, idx);
    }
    return st;
  }

  // Steps once: true for a row, false when done; throws (after a reset) on an error.
  bool step(Statement& st) {
    int rc = sqlite3_step(st.stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    std::string msg = sqlite3_errmsg(db_);
    int ext = sqlite3_extended_errcode(db_);
    sqlite3_reset(st.stmt);
    if (ext == SQLITE_CONSTRAINT_UNIQUE || ext == SQLITE_CONSTRAINT_PRIMARYKEY)
      throw UniqueViolation();
    throw std::runtime_error("SQLite: " + msg);
  }

  Statement& prepare(std::string_view sql) {
    auto it = cache_.find(std::string(sql));
    if (it != cache_.end()) return it->second;
    Statement st;
    if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &st.stmt,
                           nullptr) != SQLITE_OK)
      throw std::runtime_error(std::string("SQLite prepare: ") + sqlite3_errmsg(db_) + " in " + std::string(sql));
    int n = sqlite3_bind_parameter_count(st.stmt);
    for (int j = 1; j <= n; ++j) {
      const char* name = sqlite3_bind_parameter_name(st.stmt, j);
      if (!name || name[0] != '$') continue;
      size_t k = std::stoul(name + 1);
      if (k == 0) continue;
      if (st.slot.size() < k) st.slot.resize(k, 0);
      st.slot[k - 1] = j;
    }
    return cache_.emplace(std::string(sql), st).first->second;
  }

  void noteCommit() {
    if (!committed_) return;
    committed_ = false;
    generation_.fetch_add(1, std::memory_order_acq_rel);  // now the write is visible
  }

  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, Statement> cache_;
  std::atomic<uint64_t>& generation_;
  bool committed_ = false;
  int64_t dataVersion_ = -1;
  std::chrono::steady_clock::time_point lastPoll_{};

 public:
  int depth = 0;            // transactions open through read()/write()
  bool outerRead = false;   // inside a readScope
  bool inCommand = false;   // inside a commandScope
  bool commandOpen = false; // … and its write transaction has begun
};

std::atomic<uint64_t> nextDbId{1};

class SqliteDb final : public Db {
 public:
  explicit SqliteDb(std::string path) : path_(std::move(path)), id_(nextDbId++) {
    // SQLite's memory statistics take a global mutex on every allocation; we don't use them.
    static const int once = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    (void)once;
    conn();  // open once now, so a bad path fails at start-up
  }
  ~SqliteDb() override {
    std::lock_guard lock(mu_);
    all_.clear();
  }
  Dialect dialect() const override { return Dialect::Sqlite; }

  void read(const std::function<void(Conn&)>& fn) override {
    SqliteConn& c = conn();
    if (c.depth > 0) return fn(c);  // already inside a transaction on this thread
    run(c, fn, "BEGIN");
  }
  void write(const std::function<void(Conn&)>& fn) override {
    SqliteConn& c = conn();
    if (c.inCommand) {
      if (!c.commandOpen) {
        c.query("BEGIN IMMEDIATE");
        c.commandOpen = true;
        ++c.depth;
      } else if (c.depth > 1) {
        return fn(c);  // nested inside another write of this command
      }
      return savepoint(c, fn);
    }
    if (c.depth > 0 && !c.outerRead) return fn(c);
    if (c.outerRead) {
      // Step out of the request's read transaction: a write needs its own, immediate one.
      c.query("COMMIT");
      c.outerRead = false;
      --c.depth;
      struct Resume {
        SqliteConn& c;
        ~Resume() {
          try {
            c.query("BEGIN");
            c.outerRead = true;
            ++c.depth;
          } catch (...) {
          }
        }
      } resume{c};
      run(c, fn, "BEGIN IMMEDIATE");
      return;
    }
    run(c, fn, "BEGIN IMMEDIATE");
  }
  void readScope(const std::function<void()>& fn) override {
    SqliteConn& c = conn();
    if (c.depth > 0) return fn();
    c.query("BEGIN");
    c.outerRead = true;
    ++c.depth;
    auto end = [&](const char* sql) {
      if (c.outerRead) {
        c.outerRead = false;
        --c.depth;
        try {
          c.query(sql);
        } catch (...) {
        }
      }
    };
    try {
      fn();
    } catch (...) {
      end("ROLLBACK");
      throw;
    }
    end("COMMIT");
  }
  void commandScope(const std::function<void()>& fn) override {
    SqliteConn& c = conn();
    if (c.inCommand || c.depth > 0) return fn();  // already inside a transaction
    c.inCommand = true;
    auto finish = [&](bool commit) {
      c.inCommand = false;
      if (!c.commandOpen) return;
      c.commandOpen = false;
      --c.depth;
      if (commit) {
        try {
          c.query("COMMIT");
          return;
        } catch (...) {
          try {
            c.query("ROLLBACK");
          } catch (...) {
          }
          throw;
        }
      }
      try {
        c.query("ROLLBACK");
      } catch (...) {
      }
    };
    try {
      fn();
    } catch (...) {
      finish(false);
      throw;
    }
    finish(true);
  }
  std::optional<uint64_t> changeGeneration() override { return conn().generation(); }
  void backupTo(const std::string& path) override {
    conn().query("VACUUM INTO $1", {path});
  }

 private:
  // BEGIN/COMMIT go through the statement cache: no parsing per transaction.
  void run(SqliteConn& c, const std::function<void(Conn&)>& fn, const char* begin) {
    c.query(begin);
    ++c.depth;
    auto rollback = [&] {
      try {
        c.query("ROLLBACK");
      } catch (...) {
      }
    };
    try {
      fn(c);
    } catch (...) {
      --c.depth;
      rollback();
      throw;
    }
    --c.depth;
    try {
      c.query("COMMIT");
    } catch (...) {
      rollback();
      throw;
    }
  }

  // One write() inside a command: a savepoint, so a write that throws leaves nothing behind.
  static void savepoint(SqliteConn& c, const std::function<void(Conn&)>& fn) {
    c.query("SAVEPOINT vk_write");
    ++c.depth;
    try {
      fn(c);
    } catch (...) {
      --c.depth;
      try {
        c.query("ROLLBACK TO SAVEPOINT vk_write");
        c.query("RELEASE SAVEPOINT vk_write");
      } catch (...) {
      }
      throw;
    }
    --c.depth;
    c.query("RELEASE SAVEPOINT vk_write");
  }

  SqliteConn& conn() {
    thread_local std::unordered_map<uint64_t, std::weak_ptr<SqliteConn>> mine;
    auto it = mine.find(id_);
    if (it != mine.end())
      if (auto p = it->second.lock()) return *p;
    auto p = std::make_shared<SqliteConn>(path_, generation_);
    {
      std::lock_guard lock(mu_);
      all_.push_back(p);
    }
    mine[id_] = p;
    return *p;
  }

  std::string path_;
  uint64_t id_;
  std::atomic<uint64_t> generation_{1};
  std::mutex mu_;
  std::vector<std::shared_ptr<SqliteConn>> all_;
};

}  // namespace

std::unique_ptr<Db> openSqlite(const std::string& path) { return std::make_unique<SqliteDb>(path); }

}  // namespace vk::store

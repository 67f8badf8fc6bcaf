#pragma once
// A small SQL layer shared by the SQLite and PostgreSQL back-ends: one SQL text
// (with $1, $2 … placeholders) runs on both, so the store logic is written once.
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "domain/errors.hpp"

namespace vk::store {

using Value = std::variant<std::monostate, int64_t, std::string>;

// A statement refused by a unique key, on either back-end. To the person it is an ordinary
// Conflict ("Dit bestaat al."); a store that raced another writer to the same key (a phone's
// thought resent on a new connection, a join code drawn twice) catches this type and tries
// again, without telling it apart from its own Conflicts by their titles.
class UniqueViolation : public domain::Error {
 public:
  UniqueViolation() : domain::Error(domain::ErrorKind::Conflict, "Dit bestaat al.") {}
};

class Row {
 public:
  explicit Row(const std::vector<std::optional<std::string>>* cells) : cells_(cells) {}
  bool isNull(size_t i) const { return !(*cells_)[i].has_value(); }
  const std::string& str(size_t i) const;
  int64_t i64(size_t i) const;
  std::optional<int64_t> optI64(size_t i) const;
  bool flag(size_t i) const { return i64(i) != 0; }

 private:
  const std::vector<std::optional<std::string>>* cells_;
};

struct Rows {
  std::vector<std::vector<std::optional<std::string>>> data;
  int64_t affected = 0;
  size_t size() const { return data.size(); }
  bool empty() const { return data.empty(); }
  Row operator[](size_t i) const { return Row(&data[i]); }
};

// The current row of a streamed query (Conn::each), read with typed access: no string per cell.
// Valid only inside the callback.
class Cursor {
 public:
  virtual ~Cursor() = default;
  virtual bool isNull(size_t i) const = 0;
  virtual int64_t i64(size_t i) const = 0;
  virtual std::string_view text(size_t i) const = 0;
};

class Conn {
 public:
  virtual ~Conn() = default;
  virtual Rows query(std::string_view sql, const std::vector<Value>& params) = 0;
  Rows query(std::string_view sql, std::initializer_list<Value> params = {}) {
    return query(sql, std::vector<Value>(params));
  }
  // Calls fn for each result row without collecting them: for large reads (a team's levels).
  // The default runs query(); SQLite reads the columns in place.
  virtual void each(std::string_view sql, const std::vector<Value>& params, const std::function<void(const Cursor&)>& fn);
  virtual void script(std::string_view sql) = 0;  // several statements, no parameters
};

enum class Dialect { Sqlite, Postgres };

// How often a connection looks for commits made by other processes (SQLite data_version).
inline constexpr int kExternalChangePollMs = 250;

class Db {
 public:
  virtual ~Db() = default;
  virtual Dialect dialect() const = 0;
  // Runs fn inside one transaction; commits when fn returns, rolls back when it throws.
  virtual void read(const std::function<void(Conn&)>& fn) = 0;
  virtual void write(const std::function<void(Conn&)>& fn) = 0;
  // Runs fn with one read transaction around every read()/write() it makes on this
  // thread (writes briefly step out of it), so a request's reads cost one BEGIN/COMMIT.
  // The default does nothing special.
  virtual void readScope(const std::function<void()>& fn) { fn(); }
  // Runs fn as one command: the first write() it makes on this thread opens a write
  // transaction that every later read()/write() of fn joins, and that commits when fn
  // returns and rolls back when it throws. So a change, its scope checks and its audit
  // entry commit together or not at all. Inside the command each write() is a savepoint:
  // a write that throws leaves nothing behind, and the command may go on (PostgreSQL
  // would otherwise refuse every later statement of the transaction). See
  // docs/adr/0002-one-transaction-per-command.md. The default runs fn as it is.
  virtual void commandScope(const std::function<void()>& fn) { fn(); }
  // A number that changes whenever stored data may have changed: at once after every write
  // this process commits, and within kExternalChangePoll after a write by another process.
  // Read it before the reads whose results it labels. nullopt: the back-end cannot tell, so
  // nothing read from it may be cached.
  virtual std::optional<uint64_t> changeGeneration() { return std::nullopt; }
  // How many requests may wait on this store at once: the size of its connection pool when it
  // waits for a database server (PostgreSQL), so requests run on a database executor of that
  // many threads and never on an I/O thread (docs/adr/0013-database-executor.md). 0: it does
  // not wait for a server (a local SQLite file), so requests use it inline.
  virtual int concurrency() const { return 0; }
  // A consistent copy of the live store (SQLite); PostgreSQL uses pg_dump instead.
  virtual void backupTo(const std::string& path) = 0;
};

std::unique_ptr<Db> openSqlite(const std::string& path);
std::unique_ptr<Db> openPostgres(const std::string& conninfo, int poolSize);

}  // namespace vk::store

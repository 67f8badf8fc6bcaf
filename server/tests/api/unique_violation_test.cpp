// The database layer's contract for a unique key, on both back-ends: the refusal is a
// store::UniqueViolation (so a store that raced another writer can retry on that type alone)
// and still an ordinary Conflict with its Dutch title (so the API answers 409 as before). A
// statement that fails otherwise is no UniqueViolation.
#include <gtest/gtest.h>

#include "harness.hpp"
#include "store/db.hpp"

namespace vk::test {
namespace {

class UniqueKey : public ::testing::TestWithParam<std::string> {};

void insertCount(store::Db& db, const std::string& keyHash) {
  db.write([&](store::Conn& c) {
    c.query("INSERT INTO attempt_counts (key_hash, failures, next_at, expires_at) VALUES ($1, 1, 0, 99)", {keyHash});
  });
}

TEST_P(UniqueKey, ARefusedKeyIsAUniqueViolationAndAConflict) {
  TestServer srv(GetParam());
  auto& db = srv.store().db();
  insertCount(db, "eerste");
  try {
    insertCount(db, "eerste");
    FAIL() << "the second insert of one key went through";
  } catch (const store::UniqueViolation& e) {
    EXPECT_EQ(e.kind(), domain::ErrorKind::Conflict);
    EXPECT_EQ(e.title(), "Dit bestaat al.");
  }
  insertCount(db, "tweede");  // the refused write left nothing half done
  int rows = 0;
  db.read([&](store::Conn& c) { rows = static_cast<int>(c.query("SELECT key_hash FROM attempt_counts").size()); });
  EXPECT_EQ(rows, 2);
}

TEST_P(UniqueKey, AnotherFailedStatementIsNoUniqueViolation) {
  TestServer srv(GetParam());
  bool unique = false, failed = false;
  try {
    srv.store().db().write([&](store::Conn& c) { c.query("INSERT INTO attempt_counts (key_hash) VALUES (NULL)"); });
  } catch (const store::UniqueViolation&) {
    unique = true;
  } catch (const std::exception&) {
    failed = true;
  }
  EXPECT_FALSE(unique);
  EXPECT_TRUE(failed);
}

INSTANTIATE_TEST_SUITE_P(Stores, UniqueKey, ::testing::ValuesIn(backends()));

}  // namespace
}  // namespace vk::test

#pragma once
// A throwaway PostgreSQL cluster of a test's own, as scripts/with-postgres makes one (initdb and
// pg_ctl, as the postgres user when run as root, on a loopback port), that the test can stop and
// start again: for the tests of an outage.
#include <string>

namespace vk::test {

class PgCluster {
 public:
  PgCluster();   // initdb in a fresh directory; available() says whether that worked
  ~PgCluster();  // stops the server and removes the directory
  PgCluster(const PgCluster&) = delete;
  PgCluster& operator=(const PgCluster&) = delete;

  bool available() const { return !bin_.empty() && initialised_; }
  bool start();                    // pg_ctl start -w (a few ports are tried the first time)
  bool stop();                     // pg_ctl stop -m immediate: as if the server died
  std::string url() const;         // postgresql://vk@127.0.0.1:PORT/postgres
  const std::string& log() const { return logPath_; }

 private:
  int run(const std::string& command) const;  // as the postgres user when root
  std::string bin_, dir_, logPath_;
  int port_ = 0;
  bool initialised_ = false, started_ = false;
};

}  // namespace vk::test

#include "pg_cluster.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <vector>

namespace vk::test {

namespace fs = std::filesystem;

namespace {

std::string serverBin() {
  std::vector<fs::path> found;
  std::error_code ec;
  for (auto& e : fs::directory_iterator("/usr/lib/postgresql", ec))
    if (fs::exists(e.path() / "bin" / "initdb")) found.push_back(e.path() / "bin");
  if (found.empty()) return {};
  std::sort(found.begin(), found.end(), [](const fs::path& a, const fs::path& b) {
    return std::atoi(a.parent_path().filename().c_str()) < std::atoi(b.parent_path().filename().c_str());
  });
  return found.back().string();
}

}  // namespace

PgCluster::PgCluster() : bin_(serverBin()) {
  if (bin_.empty()) return;
  char tmpl[] = "/tmp/vk-pg-outage.XXXXXX";
  if (!mkdtemp(tmpl)) return;
  dir_ = tmpl;
  logPath_ = dir_ + "/log";
  if (geteuid() == 0 && std::system(("chown postgres:postgres " + dir_).c_str()) != 0) return;
  initialised_ = run("cd /tmp && " + bin_ + "/initdb -N -D " + dir_ + "/data -U vk --auth=trust -E UTF8 --locale=C.UTF-8 >" +
                     dir_ + "/initdb.log 2>&1") == 0;
}

PgCluster::~PgCluster() {
  if (started_) run(bin_ + "/pg_ctl -D " + dir_ + "/data -w -m immediate stop >/dev/null 2>&1");
  if (!dir_.empty()) {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
}

int PgCluster::run(const std::string& command) const {
  std::string quoted;
  for (char ch : command) quoted += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
  std::string line = geteuid() == 0 ? "runuser -u postgres -- sh -c '" + quoted + "'" : "sh -c '" + quoted + "'";
  return std::system(line.c_str());
}

bool PgCluster::start() {
  if (!available()) return false;
  std::mt19937 rng(std::random_device{}());
  for (int attempt = 0; attempt < 5; ++attempt) {
    if (!started_) port_ = 40000 + static_cast<int>(rng() % 10000);  // the first start: a free port, another if taken
    // -t: a generous wait for a busy machine.
    if (run(bin_ + "/pg_ctl -D " + dir_ + "/data -w -t 120 -l " + logPath_ + " -o \"-p " + std::to_string(port_) + " -k " + dir_ +
            " -c listen_addresses=127.0.0.1 -c fsync=off\" start >/dev/null 2>&1") == 0) {
      started_ = true;
      return true;
    }
    if (started_) return false;  // restarting on the port the server had: do not move it
  }
  return false;
}

bool PgCluster::stop() {
  if (!started_) return false;
  return run(bin_ + "/pg_ctl -D " + dir_ + "/data -w -t 120 -m immediate stop >/dev/null 2>&1") == 0;
}

std::string PgCluster::url() const { return "postgresql://vk@127.0.0.1:" + std::to_string(port_) + "/postgres"; }

}  // namespace vk::test

#include "app/request_log.hpp"

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/sink.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <mutex>

namespace vk::app {

namespace {

// One request line is one fwrite to stdout (stdio's own lock keeps lines whole). Every thread
// formats with its own clone of the formatter, so lines from many threads share no sink lock;
// a changed pattern reaches each thread at its next line (the version).
class BufferedStdoutSink final : public spdlog::sinks::sink {
 public:
  BufferedStdoutSink() : formatter_(std::make_unique<spdlog::pattern_formatter>()), version_(nextVersion()) {}

  void log(const spdlog::details::log_msg& msg) override {
    if (!should_log(msg.level)) return;
    spdlog::memory_buf_t line;
    threadFormatter().format(msg, line);
    std::fwrite(line.data(), 1, line.size(), stdout);
  }
  void flush() override { std::fflush(stdout); }
  void set_pattern(const std::string& pattern) override {
    set_formatter(std::make_unique<spdlog::pattern_formatter>(pattern));
  }
  void set_formatter(std::unique_ptr<spdlog::formatter> formatter) override {
    std::lock_guard lock(mu_);
    formatter_ = std::move(formatter);
    version_ = nextVersion();
  }

 private:
  // Unique across every sink of the process, so a clone never outlives its formatter's identity.
  static uint64_t nextVersion() {
    static std::atomic<uint64_t> next{1};
    return next++;
  }

  struct Local {
    uint64_t version = 0;
    std::unique_ptr<spdlog::formatter> formatter;
  };

  spdlog::formatter& threadFormatter() {
    thread_local Local local;
    if (local.version != version_.load(std::memory_order_acquire)) {
      std::lock_guard lock(mu_);
      local.formatter = formatter_->clone();
      local.version = version_.load(std::memory_order_relaxed);
    }
    return *local.formatter;
  }

  std::mutex mu_;  // guards formatter_ (set_pattern, set_formatter, cloning)
  std::unique_ptr<spdlog::formatter> formatter_;
  std::atomic<uint64_t> version_;
};

}  // namespace

void useBufferedStdoutLog() {
  auto logger = std::make_shared<spdlog::logger>("vakkompas", std::make_shared<BufferedStdoutSink>());
  logger->flush_on(spdlog::level::warn);
  spdlog::set_default_logger(logger);
  spdlog::flush_every(std::chrono::seconds(1));
}

void flushLog() { spdlog::default_logger()->flush(); }

}  // namespace vk::app

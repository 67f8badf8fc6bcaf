#pragma once
// The server's log: one JSON line per request and job, to standard output.

namespace vk::app {

// Makes spdlog's default logger write to stdout without flushing after every line: lines
// are flushed once a second, at once for warnings and errors, and when the server stops.
// At thousands of requests a second, a flush per line costs a system call per request.
void useBufferedStdoutLog();
void flushLog();

}  // namespace vk::app

#pragma once
// Serves the built web app from memory: files are read once at start-up.
// Paths without a file extension get index.html (client-side routes), except /live/join, which
// gets join.html (a guest's small first load, docs/adr/0012-first-load.md), and /inloggen, which
// gets login.html (the log-in page's small first load), when they exist.
// A file's precompressed siblings (`x.js.br`, `x.js.gz`, written by the web build) are served
// instead of it when the request's Accept-Encoding allows, brotli first, with
// `Vary: Accept-Encoding`; they are never served under their own names.
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "http/message.hpp"

namespace vk::http {

class StaticFiles {
 public:
  explicit StaticFiles(const std::string& root);
  std::optional<Response> serve(const std::string& path, std::string_view acceptEncoding = {}) const;
  bool loaded() const { return !files_.empty(); }

 private:
  struct File {
    std::string body;
    std::string type;
    bool immutable = false;
    std::string brotli;  // empty: no precompressed sibling
    std::string gzip;
  };
  std::map<std::string, File> files_;
};

// Whether an Accept-Encoding header value accepts a content coding ("br", "gzip"): listed by
// name or as "*", and not with q=0 (RFC 9110, 12.5.3).
bool acceptsEncoding(std::string_view acceptEncoding, std::string_view coding);

}  // namespace vk::http

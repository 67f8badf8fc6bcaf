#pragma once
// Serves the built web app from memory: files are read once at start-up.
// Paths without a file extension get index.html (client-side routes).
#include <map>
#include <optional>
#include <string>

#include "http/message.hpp"

namespace vk::http {

class StaticFiles {
 public:
  explicit StaticFiles(const std::string& root);
  std::optional<Response> serve(const std::string& path) const;
  bool loaded() const { return !files_.empty(); }

 private:
  struct File {
    std::string body;
    std::string type;
    bool immutable = false;
  };
  std::map<std::string, File> files_;
};

}  // namespace vk::http

#include "http/static_files.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace vk::http {
namespace fs = std::filesystem;
namespace {
std::string contentType(const std::string& ext) {
  static const std::map<std::string, std::string> types = {
      {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},   {".svg", "image/svg+xml"},
      {".png", "image/png"},                 {".ico", "image/x-icon"},
      {".json", "application/json"},         {".woff2", "font/woff2"},
      {".txt", "text/plain; charset=utf-8"}, {".webmanifest", "application/manifest+json"}};
  auto it = types.find(ext);
  return it == types.end() ? "application/octet-stream" : it->second;
}
}  // namespace

StaticFiles::StaticFiles(const std::string& root) {
  std::error_code ec;
  if (root.empty() || !fs::is_directory(root, ec)) return;
  for (auto& e : fs::recursive_directory_iterator(root, ec)) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string rel = "/" + fs::relative(e.path(), root).generic_string();
    files_[rel] = File{ss.str(), contentType(e.path().extension().string()), rel.rfind("/assets/", 0) == 0};
  }
}

std::optional<Response> StaticFiles::serve(const std::string& path) const {
  auto it = files_.find(path);
  if (it == files_.end()) {
    auto slash = path.rfind('/');
    bool hasExt = path.find('.', slash == std::string::npos ? 0 : slash) != std::string::npos;
    if (hasExt) return std::nullopt;
    it = files_.find("/index.html");
    if (it == files_.end()) return std::nullopt;
  }
  Response r;
  r.body = it->second.body;
  r.set("Content-Type", it->second.type);
  r.set("Cache-Control", it->second.immutable ? "public, max-age=31536000, immutable" : "no-cache");
  return r;
}

}  // namespace vk::http

#include "http/static_files.hpp"

#include <cctype>
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

std::string readFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  return true;
}

// q=0, q=0.0, q=0.000 refuse a coding; any other weight accepts it
bool zeroWeight(std::string_view params) {
  while (!params.empty()) {
    auto semi = params.find(';');
    auto p = trim(params.substr(0, semi));
    params = semi == std::string_view::npos ? std::string_view{} : params.substr(semi + 1);
    if (p.size() < 2 || (p[0] != 'q' && p[0] != 'Q') || p[1] != '=') continue;
    auto v = trim(p.substr(2));
    if (v.empty() || v[0] != '0') return false;
    for (char ch : v.substr(1))
      if (ch != '.' && ch != '0') return false;
    return true;
  }
  return false;
}
// Whether path is route or below it ("/inloggen", "/inloggen/…", not "/inloggen-instellen").
bool under(std::string_view path, std::string_view route) {
  return path.substr(0, route.size()) == route && (path.size() == route.size() || path[route.size()] == '/');
}

// Routes with a page of their own, built small for a phone's first load (web/join.html: a guest
// who scanned the QR code; web/login.html: a member logging in); every other client-side route
// gets the full app in index.html.
std::string pageFor(std::string_view path) {
  if (under(path, "/live/join")) return "/join.html";
  if (under(path, "/inloggen")) return "/login.html";
  return "/index.html";
}
}  // namespace

bool acceptsEncoding(std::string_view header, std::string_view coding) {
  bool byStar = false, named = false, namedOk = false;
  while (!header.empty()) {
    auto comma = header.find(',');
    auto item = header.substr(0, comma);
    header = comma == std::string_view::npos ? std::string_view{} : header.substr(comma + 1);
    auto semi = item.find(';');
    auto name = trim(item.substr(0, semi));
    bool ok = !zeroWeight(semi == std::string_view::npos ? std::string_view{} : item.substr(semi + 1));
    if (iequals(name, coding)) {
      named = true;
      namedOk = ok;
    } else if (name == "*") {
      byStar = ok;
    }
  }
  return named ? namedOk : byStar;
}

StaticFiles::StaticFiles(const std::string& root) {
  std::error_code ec;
  if (root.empty() || !fs::is_directory(root, ec)) return;
  for (auto& e : fs::recursive_directory_iterator(root, ec)) {
    if (!e.is_regular_file()) continue;
    auto ext = e.path().extension().string();
    if (ext == ".br" || ext == ".gz") continue;  // siblings, read with their file below
    std::string rel = "/" + fs::relative(e.path(), root).generic_string();
    File f{readFile(e.path()), contentType(ext), rel.rfind("/assets/", 0) == 0, {}, {}};
    auto sibling = [&](const char* suffix) {
      fs::path p = e.path();
      p += suffix;
      return fs::is_regular_file(p, ec) ? readFile(p) : std::string{};
    };
    f.brotli = sibling(".br");
    f.gzip = sibling(".gz");
    files_[rel] = std::move(f);
  }
}

std::optional<Response> StaticFiles::serve(const std::string& path, std::string_view acceptEncoding) const {
  auto it = files_.find(path);
  if (it == files_.end()) {
    auto slash = path.rfind('/');
    bool hasExt = path.find('.', slash == std::string::npos ? 0 : slash) != std::string::npos;
    if (hasExt) return std::nullopt;
    it = files_.find(pageFor(path));
    if (it == files_.end()) it = files_.find("/index.html");
    if (it == files_.end()) return std::nullopt;
  }
  const File& f = it->second;
  Response r;
  if (!f.brotli.empty() && acceptsEncoding(acceptEncoding, "br")) {
    r.body = f.brotli;
    r.set("Content-Encoding", "br");
  } else if (!f.gzip.empty() && acceptsEncoding(acceptEncoding, "gzip")) {
    r.body = f.gzip;
    r.set("Content-Encoding", "gzip");
  } else {
    r.body = f.body;
  }
  if (!f.brotli.empty() || !f.gzip.empty()) r.set("Vary", "Accept-Encoding");
  r.set("Content-Type", f.type);
  r.set("Cache-Control", f.immutable ? "public, max-age=31536000, immutable" : "no-cache");
  return r;
}

}  // namespace vk::http

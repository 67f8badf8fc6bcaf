#include "http/router.hpp"

#include <charconv>
#include <stdexcept>

namespace vk::http {

const std::string& Params::str(std::string_view name) const {
  for (auto& [k, v] : items_)
    if (k == name) return v;
  throw std::logic_error("route parameter missing: " + std::string(name));
}

int64_t Params::id(std::string_view name) const {
  const std::string& s = str(name);
  int64_t v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

std::vector<Segment> parsePattern(std::string_view pattern) {
  std::vector<Segment> out;
  size_t i = 0;
  while (i < pattern.size()) {
    if (pattern[i] == '/') ++i;
    size_t j = pattern.find('/', i);
    if (j == std::string_view::npos) j = pattern.size();
    std::string_view seg = pattern.substr(i, j - i);
    Segment s;
    if (seg.size() >= 2 && seg.front() == '{' && seg.back() == '}') {
      std::string_view inner = seg.substr(1, seg.size() - 2);
      auto colon = inner.find(':');
      s.param = std::string(inner.substr(0, colon));
      s.isInt = colon != std::string_view::npos && inner.substr(colon + 1) == "int";
    } else {
      s.literal = std::string(seg);
    }
    out.push_back(std::move(s));
    i = j;
  }
  return out;
}

std::string openApiPath(std::string_view pattern) {
  std::string out;
  for (auto& s : parsePattern(pattern)) out += "/" + (s.param.empty() ? s.literal : "{" + s.param + "}");
  return out.empty() ? "/" : out;
}

size_t segmentCount(std::string_view path) {
  // as parsePattern splits: a leading slash, then segments separated by single slashes
  if (path.empty()) return 0;
  size_t n = 0, i = 0;
  while (i < path.size()) {
    if (path[i] == '/') ++i;
    size_t j = path.find('/', i);
    if (j == std::string_view::npos) j = path.size();
    ++n;
    i = j;
  }
  return n;
}

bool matchSegments(const std::vector<Segment>& segs, std::string_view path, Params* out) {
  if (path.empty() || path.front() != '/') return false;
  path.remove_prefix(1);
  for (size_t k = 0; k < segs.size(); ++k) {
    if (path.empty() && !(k == segs.size())) return false;
    size_t slash = path.find('/');
    std::string_view part = path.substr(0, slash);
    const Segment& s = segs[k];
    if (s.param.empty()) {
      if (part != s.literal) return false;
    } else {
      if (part.empty() || part.size() > 200) return false;
      if (s.isInt) {
        if (part.size() > 18) return false;
        for (char c : part)
          if (c < '0' || c > '9') return false;
      }
      if (out) out->add(s.param, std::string(part));
    }
    if (slash == std::string_view::npos) {
      path = {};
      if (k + 1 != segs.size()) return false;
    } else {
      path.remove_prefix(slash + 1);
      if (k + 1 == segs.size()) return false;  // trailing segments or slash
    }
  }
  return path.empty();
}

}  // namespace vk::http

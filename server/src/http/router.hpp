#pragma once
// Routes with typed path parameters, e.g. "/api/v1/teams/{teamId:int}/members".
// Each route declares who may call it; the table is public so tests and the
// OpenAPI check can walk every route.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "http/message.hpp"

namespace vk::http {

// Who may reach a route at all. Finer, data-dependent checks (which team,
// which organisation) happen in the store layer.
enum class Access {
  Public,        // anyone, no session needed
  Member,        // any logged-in member
  OrgAdmin,      // organisation administrators only
};

class Params {
 public:
  void add(std::string name, std::string value) { items_.emplace_back(std::move(name), std::move(value)); }
  const std::string& str(std::string_view name) const;
  int64_t id(std::string_view name) const;  // only for {x:int} segments
 private:
  std::vector<std::pair<std::string, std::string>> items_;
};

struct Segment {
  std::string literal;  // when not a parameter
  std::string param;    // parameter name, empty for literals
  bool isInt = false;
};

template <typename Ctx>
struct Route {
  std::string method;
  std::string pattern;  // as declared, with {name:int}
  Access access = Access::Member;
  bool blocking = false;  // runs on the worker pool (password hashing)
  std::function<Response(Ctx&)> handler;
  std::vector<Segment> segments;
  // Top-level JSON fields of the body that may describe residents: they pass the
  // privacy guard (a test posts identifying data into each and expects a refusal).
  std::vector<std::string> guardedFields;
  // GET only: the response depends on nothing but the stored data and the caller's session
  // (not on the time, writes nothing, logs nothing to the audit log), so it may be served
  // from memory until the store changes.
  bool cacheable = false;
  // A cacheable route whose answer reads the clock, but only to the minute or coarser: it sees
  // as its `now` the last second of the current step of this many seconds, so its answer is the
  // same throughout the step and is cached for that step at most (the team map's windows).
  int64_t clockStep = 0;
};

std::vector<Segment> parsePattern(std::string_view pattern);
// OpenAPI-style pattern: "{teamId:int}" becomes "{teamId}".
std::string openApiPath(std::string_view pattern);
// True when path fits the pattern; then, when out is given, its parameters are added to it.
bool matchSegments(const std::vector<Segment>& segs, std::string_view path, Params* out);
// The number of segments of a path as parsePattern counts them ("/a/b" has 2, "/" has 0).
size_t segmentCount(std::string_view path);

template <typename Ctx>
class Router {
 public:
  struct Match {
    const Route<Ctx>* route = nullptr;
    Params params;
    bool pathMatched = false;  // some route had this path but another method
  };

  Route<Ctx>& add(std::string method, std::string pattern, Access access, std::function<Response(Ctx&)> handler,
                  bool blocking = false) {
    Route<Ctx> r{std::move(method), std::move(pattern), access, blocking, std::move(handler), {}, {}};
    r.segments = parsePattern(r.pattern);
    size_t n = r.segments.size();
    if (bySize_.size() <= n) bySize_.resize(n + 1);
    bySize_[n].push_back(routes_.size());
    routes_.push_back(std::move(r));
    return routes_.back();
  }

  // The first route, in the order they were added, whose pattern and method fit. Only
  // routes with as many segments as the path are tried, and parameters are copied only
  // for the route that is chosen: matching costs no allocation until then.
  Match match(std::string_view method, std::string_view path) const {
    Match m;
    size_t n = segmentCount(path);
    if (n >= bySize_.size()) return m;
    for (size_t i : bySize_[n]) {
      auto& r = routes_[i];
      if (!matchSegments(r.segments, path, nullptr)) continue;
      if (r.method != method) {
        m.pathMatched = true;
        continue;
      }
      m.route = &r;
      matchSegments(r.segments, path, &m.params);
      return m;
    }
    return m;
  }

  const std::vector<Route<Ctx>>& routes() const { return routes_; }

 private:
  std::vector<Route<Ctx>> routes_;
  std::vector<std::vector<size_t>> bySize_;  // route indexes by segment count
};

}  // namespace vk::http

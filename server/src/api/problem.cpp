#include "api/problem.hpp"

#include <boost/json.hpp>

namespace vk::api {

int statusOf(domain::ErrorKind k) {
  using K = domain::ErrorKind;
  switch (k) {
    case K::Invalid: return 400;
    case K::Unauthenticated: return 401;
    case K::Forbidden: return 403;
    case K::NotFound: return 404;
    case K::Conflict: return 409;
    case K::Gone: return 410;
    case K::TooMany: return 429;
    case K::Unavailable: return 503;
  }
  return 500;
}

http::Response problem(int status, const std::string& title, const std::vector<domain::FieldError>& fields) {
  boost::json::object o;
  o["type"] = "about:blank";
  o["title"] = title;
  o["status"] = status;
  if (!fields.empty()) {
    boost::json::array errs;
    for (auto& f : fields) errs.push_back(boost::json::object{{"field", f.field}, {"message", f.message}});
    o["errors"] = std::move(errs);
  }
  http::Response r;
  r.status = status;
  r.body = boost::json::serialize(o);
  r.set("Content-Type", "application/problem+json");
  return r;
}

http::Response problemFrom(const domain::Error& e) { return problem(statusOf(e.kind()), e.title(), e.fields()); }

}  // namespace vk::api

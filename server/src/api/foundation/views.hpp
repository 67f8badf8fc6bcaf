#pragma once
// JSON shapes of the API's resources (camelCase, ISO 8601 UTC timestamps).
#include <boost/json/value.hpp>
#include <string>

#include "domain/foundation/people.hpp"
#include "http/message.hpp"

namespace vk::api {

boost::json::object view(const domain::UserProfile& u);
boost::json::object view(const domain::TeamRef& t);
boost::json::object view(const domain::Team& t);
boost::json::object view(const domain::TeamMember& m);
boost::json::object view(const domain::OrgMember& m);
boost::json::object view(const domain::Invitation& i, int64_t now);
boost::json::object view(const domain::Me& me, const std::string& csrf);
boost::json::object view(const domain::InvitationPreview& p);

http::Response ok(const boost::json::value& v, int status = 200);
// A file to save (a PDF, a workbook): 200 with its type and "attachment; filename=…".
http::Response download(std::string body, const char* contentType, const std::string& filename);
inline constexpr const char* kPdf = "application/pdf";
template <typename Range>
http::Response items(const Range& range) {
  boost::json::array a;
  for (auto& x : range) a.push_back(view(x));
  return ok(boost::json::object{{"items", std::move(a)}});
}

}  // namespace vk::api

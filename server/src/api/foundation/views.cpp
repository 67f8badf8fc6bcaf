#include "api/foundation/views.hpp"

#include <boost/json.hpp>

#include "domain/time_format.hpp"

namespace vk::api {

namespace json = boost::json;
using namespace vk::domain;

namespace {
json::value roleOrNull(const std::optional<TeamRole>& r) {
  return r ? json::value(toString(*r)) : json::value(nullptr);
}
}  // namespace

json::object view(const UserProfile& u) {
  return {{"id", u.id},
          {"name", u.name},
          {"email", u.email},
          {"discipline", u.discipline},
          {"experience", toString(u.experience)},
          {"orgAdmin", u.orgAdmin}};
}

json::object view(const TeamRef& t) { return {{"id", t.id}, {"name", t.name}, {"role", roleOrNull(t.role)}}; }

json::object view(const Team& t) {
  return {{"id", t.id}, {"name", t.name}, {"memberCount", t.memberCount}, {"myRole", roleOrNull(t.myRole)}};
}

json::object view(const TeamMember& m) {
  auto o = view(m.user);
  o["role"] = toString(m.role);
  return o;
}

json::object view(const OrgMember& m) {
  auto o = view(m.user);
  json::array teams;
  for (auto& t : m.teams) teams.push_back(view(t));
  o["teams"] = std::move(teams);
  return o;
}

json::object view(const Invitation& i, int64_t now) {
  return {{"id", i.id},
          {"email", i.details.email},
          {"name", i.details.name},
          {"teamId", i.details.teamId ? json::value(*i.details.teamId) : json::value(nullptr)},
          {"teamName", i.teamName},
          {"role", toString(i.details.role)},
          {"discipline", i.details.discipline},
          {"experience", toString(i.details.experience)},
          {"orgAdmin", i.details.orgAdmin},
          {"createdAt", isoUtc(i.createdAt)},
          {"expiresAt", isoUtc(i.expiresAt)},
          {"status", toString(i.statusAt(now))}};
}

json::object view(const Me& me, const std::string& csrf) {
  json::array teams;
  for (auto& t : me.teams) teams.push_back(view(t));
  return {{"user", view(me.user)},
          {"organisation", {{"id", me.organisation.id}, {"name", me.organisation.name}}},
          {"teams", std::move(teams)},
          {"csrfToken", csrf}};
}

json::object view(const InvitationPreview& p) {
  return {{"organisation", p.organisation},
          {"teamName", p.teamName},
          {"email", p.email},
          {"name", p.name},
          {"expiresAt", isoUtc(p.expiresAt)}};
}

http::Response ok(const json::value& v, int status) { return http::Response::json(status, json::serialize(v)); }

http::Response download(std::string body, const char* contentType, const std::string& filename) {
  http::Response res;
  res.status = 200;
  res.body = std::move(body);
  res.set("Content-Type", contentType);
  res.set("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  return res;
}

}  // namespace vk::api

// Own programmes of an organisation, saved by a facilitator; the seed's half-day stays
// the default (content/nl/session-programme.json) and is not stored here.
#include "domain/errors.hpp"
#include "store/db.hpp"
#include "store/live/store.hpp"
#include "store/scope.hpp"
#include "store/foundation/store.hpp"

namespace vk::store {

using namespace vk::domain;

namespace {

constexpr const char* kTemplateSelect =
    "SELECT t.id, t.name, t.blocks, t.created_by, u.name, t.created_at FROM live_templates t "
    "LEFT JOIN users u ON u.id = t.created_by ";

LiveTemplate templateFrom(const Row& r) {
  return {r.i64(0), r.str(1), r.str(2), r.optI64(3), r.isNull(4) ? std::string() : r.str(4), r.i64(5)};
}

}  // namespace

std::vector<LiveTemplate> LiveStore::templates(const Actor& a) {
  std::vector<LiveTemplate> out;
  s_.db().read([&](Conn& c) {
    auto r = c.query(std::string(kTemplateSelect) + "WHERE t.org_id = $1 ORDER BY t.name, t.id", {a.orgId});
    for (size_t i = 0; i < r.size(); ++i) out.push_back(templateFrom(r[i]));
  });
  return out;
}

LiveTemplate LiveStore::saveTemplate(const Actor& a, const GuardedText& name, const GuardedText& blocks, int64_t now) {
  LiveTemplate out;
  s_.db().write([&](Conn& c) {
    auto r = c.query(
        "INSERT INTO live_templates (org_id, name, blocks, created_by, created_at) VALUES ($1, $2, $3, $4, $5) "
        "RETURNING id",
        {a.orgId, name.str(), blocks.str(), a.userId, now});
    out = templateFrom(c.query(std::string(kTemplateSelect) + "WHERE t.id = $1", {r[0].i64(0)})[0]);
  });
  return out;
}

void LiveStore::deleteTemplate(const Actor& a, int64_t templateId) {
  s_.db().write([&](Conn& c) {
    auto r = c.query("SELECT created_by FROM live_templates WHERE id = $1 AND org_id = $2", {templateId, a.orgId});
    if (r.empty()) notFound("Dit sjabloon bestaat niet.");
    if (!a.orgAdmin && r[0].optI64(0) != a.userId)
      forbidden("Alleen wie het sjabloon maakte of een beheerder kan het verwijderen.");
    c.query("DELETE FROM live_templates WHERE id = $1", {templateId});
  });
}

}  // namespace vk::store

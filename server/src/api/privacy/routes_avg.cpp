// The members' AVG rights (export, erasure) and the audit log.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/foundation/views.hpp"
#include "domain/time_format.hpp"
#include "export/personal_data_pdf.hpp"
#include "store/privacy/personal_data.hpp"

namespace vk::api {

namespace {

http::Response download(const boost::json::object& data, const std::string& filename) {
  return api::download(boost::json::serialize(data), "application/json", filename);
}

std::string csvField(const std::string& s) {
  std::string out = "\"";
  for (char ch : s) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
  // A leading =, +, - or @ would be read as a formula by a spreadsheet.
  if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@')) out.insert(1, "'");
  return out + "\"";
}

}  // namespace

void addAvgRoutes(RouteTable& r) {
  r.add("GET", "/api/v1/me/export", http::Access::Member, [](Ctx& c) {
    auto data = store::exportPersonalData(c.store.db(), c.actor(), c.actor().userId, c.now);
    c.store.audit(c.actor(), "personal-data.export", "user/" + std::to_string(c.actor().userId), c.now);
    return download(data, "vakkompas-mijn-gegevens.json");
  });
  r.add("GET", "/api/v1/members/{userId:int}/export", http::Access::OrgAdmin, [](Ctx& c) {
    auto data = store::exportPersonalData(c.store.db(), c.actor(), c.id("userId"), c.now);
    c.store.audit(c.actor(), "personal-data.export", "user/" + std::to_string(c.id("userId")), c.now);
    return download(data, "vakkompas-gegevens-" + std::to_string(c.id("userId")) + ".json");
  });
  // The same data as a summary in Dutch to read and to hand to the person (a PDF beside the JSON).
  r.add("GET", "/api/v1/me/export.pdf", http::Access::Member, [](Ctx& c) {
    auto data = store::exportPersonalData(c.store.db(), c.actor(), c.actor().userId, c.now);
    c.store.audit(c.actor(), "personal-data.export", "user/" + std::to_string(c.actor().userId), c.now);
    return api::download(exporter::personalDataPdf(data), kPdf, "vakkompas-mijn-gegevens.pdf");
  });
  r.add("GET", "/api/v1/members/{userId:int}/export.pdf", http::Access::OrgAdmin, [](Ctx& c) {
    auto data = store::exportPersonalData(c.store.db(), c.actor(), c.id("userId"), c.now);
    c.store.audit(c.actor(), "personal-data.export", "user/" + std::to_string(c.id("userId")), c.now);
    return api::download(exporter::personalDataPdf(data), kPdf, "vakkompas-gegevens-" + std::to_string(c.id("userId")) + ".pdf");
  });
  r.add("DELETE", "/api/v1/members/{userId:int}", http::Access::OrgAdmin, [](Ctx& c) {
    store::erasePersonalData(c.store.db(), c.actor(), c.id("userId"), c.now);
    return http::Response::empty(204);
  });
  r.add("GET", "/api/v1/audit-log", http::Access::OrgAdmin, [](Ctx& c) {
    auto entries = c.store.auditLog(c.actor(), 1000);
    c.store.audit(c.actor(), "audit-log.view", "organisation/" + std::to_string(c.actor().orgId), c.now);
    if (c.req.queryParam("format") == "csv") {
      // A person reads this file: the name beside the number (the number stays, since a
      // name is not unique and an erased member keeps only the number).
      std::string csv = "tijdstip,naam,gebruiker,actie,object\r\n";
      for (auto& e : entries)
        csv += domain::isoUtc(e.at) + "," + csvField(e.userName) + "," + (e.userId ? std::to_string(*e.userId) : "") +
               "," + csvField(e.action) + "," + csvField(e.object) + "\r\n";
      http::Response res;
      res.body = std::move(csv);
      res.set("Content-Type", "text/csv; charset=utf-8");
      res.set("Content-Disposition", "attachment; filename=\"vakkompas-auditlog.csv\"");
      return res;
    }
    boost::json::array items;
    for (auto& e : entries)
      items.push_back(boost::json::object{{"id", e.id},
                                          {"userId", e.userId ? boost::json::value(*e.userId) : nullptr},
                                          {"action", e.action},
                                          {"object", e.object},
                                          {"at", domain::isoUtc(e.at)}});
    return ok(boost::json::object{{"items", std::move(items)}});
  });
}

}  // namespace vk::api

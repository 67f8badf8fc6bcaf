// The library: starter dilemmas with the organisation's versions and retirements, its own
// dilemmas and its teams' accepted proposals.
#include <boost/json.hpp>

#include "domain/errors.hpp"
#include "store/dilemmas/internal.hpp"
#include "store/dilemmas/store.hpp"
#include "store/scope.hpp"
#include "store/audit.hpp"

namespace vk::store {

using namespace vk::domain;
namespace json = boost::json;

namespace dilemmas {

Dilemma parseContent(const std::string& content) {
  json::value v;
  try {
    v = json::parse(content);
    return checkedDilemma(v);
  } catch (const std::exception&) {
    // Stored content that today's check refuses (a catalogue key that was removed) is still shown.
    Dilemma d;
    if (auto* o = v.if_object()) {
      if (auto* t = o->if_contains("title"); t && t->is_string()) d.title = std::string(t->as_string());
      if (auto* t = o->if_contains("tension"); t && t->is_string()) d.tension = std::string(t->as_string());
    }
    return d;
  }
}

std::string ownKey(int64_t id) { return "eigen-" + std::to_string(id); }

std::optional<int64_t> ownId(const std::string& key) {
  constexpr std::string_view prefix = "eigen-";
  if (key.size() <= prefix.size() || key.size() > prefix.size() + 18 || key.compare(0, prefix.size(), prefix) != 0)
    return std::nullopt;
  int64_t id = 0;
  for (size_t i = prefix.size(); i < key.size(); ++i) {
    if (key[i] < '0' || key[i] > '9') return std::nullopt;
    id = id * 10 + (key[i] - '0');
  }
  return id;
}

std::vector<LibraryDilemma> loadLibrary(Conn& c, int64_t orgId, const LibraryScope& scope) {
  auto r = c.query(
      "SELECT id, team_id, starter_key, content, retired FROM dilemmas WHERE org_id = $1 ORDER BY id", {orgId});
  std::map<std::string, size_t> starterRows;
  for (size_t i = 0; i < r.size(); ++i)
    if (!r[i].isNull(2)) starterRows[r[i].str(2)] = i;
  std::vector<LibraryDilemma> out;
  for (auto& s : starterDilemmas()) {
    LibraryDilemma d{s, "starter", std::nullopt, false, false};
    if (auto it = starterRows.find(s.key); it != starterRows.end()) {
      auto row = r[it->second];
      d.retired = row.flag(4);
      if (!row.isNull(3)) {
        d.dilemma = parseContent(row.str(3));
        d.dilemma.key = s.key;
        d.edited = true;
      }
    }
    if (d.retired && !scope.withRetired) continue;
    out.push_back(std::move(d));
  }
  for (int pass = 0; pass < 2; ++pass) {  // the organisation's own first, then the teams'
    for (size_t i = 0; i < r.size(); ++i) {
      auto row = r[i];
      if (!row.isNull(2) || row.isNull(3)) continue;
      bool team = !row.isNull(1);
      if (team != (pass == 1)) continue;
      if (team && !scope.allTeams && (!scope.teamId || *scope.teamId != row.i64(1))) continue;
      if (row.flag(4) && !scope.withRetired) continue;
      LibraryDilemma d{parseContent(row.str(3)), team ? "team" : "organisation", row.optI64(1), row.flag(4), false};
      d.dilemma.key = ownKey(row.i64(0));
      out.push_back(std::move(d));
    }
  }
  return out;
}

std::map<std::string, std::string> titlesOf(const std::vector<LibraryDilemma>& library) {
  std::map<std::string, std::string> out;
  for (auto& d : library) out[d.dilemma.key] = d.dilemma.title;
  return out;
}


}  // namespace dilemmas

using namespace dilemmas;

namespace {

LibraryDilemma findIn(const std::vector<LibraryDilemma>& library, const std::string& key) {
  for (auto& d : library)
    if (d.dilemma.key == key) return d;
  notFound("Dit dilemma bestaat niet.");
}

// The row id of an organisation's version of a starter dilemma, made when it is not there.
int64_t starterRow(Conn& c, int64_t orgId, const std::string& key, int64_t now) {
  auto r = c.query("SELECT id FROM dilemmas WHERE org_id = $1 AND starter_key = $2", {orgId, key});
  if (!r.empty()) return r[0].i64(0);
  return c.query("INSERT INTO dilemmas (org_id, starter_key, created_at, updated_at) VALUES ($1, $2, $3, $3) RETURNING id",
                 {orgId, key, now})[0].i64(0);
}

// The row of an own or team dilemma of the organisation; 404 otherwise.
int64_t ownRow(Conn& c, int64_t orgId, const std::string& key) {
  auto id = ownId(key);
  if (!id || c.query("SELECT 1 FROM dilemmas WHERE id = $1 AND org_id = $2 AND starter_key IS NULL", {*id, orgId}).empty())
    notFound("Dit dilemma bestaat niet.");
  return *id;
}

LibraryDilemma adminView(Conn& c, const Actor& a, const std::string& key) {
  return findIn(loadLibrary(c, a.orgId, {std::nullopt, true, true}), key);
}

}  // namespace

bool canReviewDilemmas(const Actor& a, std::optional<TeamRole> role) {
  return a.orgAdmin || role == TeamRole::TeamLead || role == TeamRole::Supervisor;
}

std::vector<LibraryDilemma> DilemmaStore::library(const Actor& a, std::optional<int64_t> teamId) {
  std::vector<LibraryDilemma> out;
  db_.read([&](Conn& c) {
    if (teamId) requireTeamView(c, a, *teamId);
    out = loadLibrary(c, a.orgId, {teamId, false, false});
  });
  return out;
}

LibraryDilemma DilemmaStore::dilemma(const Actor& a, const std::string& key, std::optional<int64_t> teamId) {
  LibraryDilemma out;
  db_.read([&](Conn& c) {
    if (teamId) requireTeamView(c, a, *teamId);
    out = findIn(loadLibrary(c, a.orgId, {teamId, false, false}), key);
  });
  return out;
}

std::vector<LibraryDilemma> DilemmaStore::organisationDilemmas(const Actor& a) {
  requireAdmin(a);
  std::vector<LibraryDilemma> out;
  db_.read([&](Conn& c) { out = loadLibrary(c, a.orgId, {std::nullopt, true, true}); });
  return out;
}

LibraryDilemma DilemmaStore::addOwn(const Actor& a, const GuardedText& content, int64_t now) {
  requireAdmin(a);
  LibraryDilemma out;
  db_.write([&](Conn& c) {
    int64_t id = c.query("INSERT INTO dilemmas (org_id, content, created_at, updated_at) VALUES ($1, $2, $3, $3) "
                         "RETURNING id",
                         {a.orgId, content.str(), now})[0].i64(0);
    audit(c, a, "dilemma.create", "dilemma/" + ownKey(id), now);
    out = adminView(c, a, ownKey(id));
  });
  return out;
}

LibraryDilemma DilemmaStore::edit(const Actor& a, const std::string& key, const GuardedText& content, int64_t now) {
  requireAdmin(a);
  LibraryDilemma out;
  db_.write([&](Conn& c) {
    int64_t id = starterDilemma(key) ? starterRow(c, a.orgId, key, now) : ownRow(c, a.orgId, key);
    c.query("UPDATE dilemmas SET content = $1, updated_at = $2 WHERE id = $3", {content.str(), now, id});
    audit(c, a, "dilemma.edit", "dilemma/" + key, now);
    out = adminView(c, a, key);
  });
  return out;
}

LibraryDilemma DilemmaStore::setRetired(const Actor& a, const std::string& key, bool retired, int64_t now) {
  requireAdmin(a);
  LibraryDilemma out;
  db_.write([&](Conn& c) {
    int64_t id = starterDilemma(key) ? starterRow(c, a.orgId, key, now) : ownRow(c, a.orgId, key);
    c.query("UPDATE dilemmas SET retired = $1, updated_at = $2 WHERE id = $3", {int64_t{retired ? 1 : 0}, now, id});
    audit(c, a, retired ? "dilemma.retire" : "dilemma.restore", "dilemma/" + key, now);
    out = adminView(c, a, key);
  });
  return out;
}

}  // namespace vk::store

#include "store/knowledge/store.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <cmath>
#include <set>

#include "domain/foundation/access.hpp"
#include "domain/errors.hpp"
#include "domain/knowledge/starter.hpp"
#include "domain/time_format.hpp"
#include "store/scope.hpp"
#include "text/courtesy.hpp"
#include "text/normalise.hpp"
#include "text/stopwords.hpp"

namespace vk::store {

namespace json = boost::json;
using namespace vk::domain;

namespace {

constexpr int64_t kDay = 24 * 3600;

// Terms are kept one a line in knowledge_aspects.terms (read back with domain::splitTerms).
std::string joinTerms(const std::vector<std::string>& terms) {
  std::string out;
  for (auto& t : terms) {
    if (!out.empty()) out += '\n';
    out += t;
  }
  return out;
}

void bumpRevision(Conn& c, int64_t orgId) {
  c.query(
      "INSERT INTO knowledge_revisions (org_id, revision) VALUES ($1, 1) ON CONFLICT (org_id) DO UPDATE SET "
      "revision = knowledge_revisions.revision + 1",
      {orgId});
}

std::vector<OrgAspect> loadChanges(Conn& c, int64_t orgId) {
  std::vector<OrgAspect> out;
  auto r = c.query(
      "SELECT aspect_id, domain_id, name, kind, description, local, retired, terms FROM knowledge_aspects "
      "WHERE org_id = $1 ORDER BY local, aspect_id",
      {orgId});
  for (size_t i = 0; i < r.size(); ++i)
    out.push_back({r[i].str(0), r[i].str(1), r[i].str(2), r[i].str(3), r[i].str(4), r[i].flag(5), r[i].flag(6), {},
                   splitTerms(r[i].str(7))});
  return out;
}

std::vector<OrgAspect> loadAspects(Conn& c, int64_t orgId) {
  std::vector<OrgAspect> out;
  std::unordered_map<std::string, size_t> index;
  for (auto& d : starterCatalogue().domains)
    for (auto& asp : d.aspects) {
      index[asp.id] = out.size();
      out.push_back({asp.id, d.id, asp.name, std::string(toString(asp.kind)), asp.description, false, false, {}, {}});
    }
  for (OrgAspect& a : loadChanges(c, orgId)) {
    auto it = index.find(a.id);
    if (it == index.end()) {
      index[a.id] = out.size();
      out.push_back(std::move(a));
    } else {
      out[it->second] = std::move(a);
    }
  }
  auto s = c.query("SELECT id, aspect_id, kind, title, url FROM knowledge_sources WHERE org_id = $1 ORDER BY id",
                   {orgId});
  for (size_t i = 0; i < s.size(); ++i) {
    auto it = index.find(s[i].str(1));
    if (it != index.end()) out[it->second].sources.push_back({s[i].i64(0), s[i].str(2), s[i].str(3), s[i].str(4)});
  }
  return out;
}

bool knownItem(const std::string& id) {
  for (auto& comp : starterCatalogue().competences)
    if (comp.id == id) return true;
  for (auto& d : starterCatalogue().domains)
    for (auto& a : d.aspects)
      if (a.id == id) return true;
  return false;
}

}  // namespace

std::vector<OrgAspect> KnowledgeStore::aspects(const Actor& a) {
  std::vector<OrgAspect> out;
  db_.read([&](Conn& c) { out = loadAspects(c, a.orgId); });
  return out;
}

std::vector<AspectChange> KnowledgeStore::aspectChanges(const Actor& a) {
  std::vector<AspectChange> out;
  db_.read([&](Conn& c) {
    for (auto& x : loadChanges(c, a.orgId))
      out.push_back({x.id, x.domainId, x.name, x.kind == "algemeen" ? AspectKind::General : AspectKind::Specific,
                     x.description, x.terms, x.local, x.retired});
  });
  return out;
}

int64_t KnowledgeStore::revision(const Actor& a) {
  int64_t out = 0;
  db_.read([&](Conn& c) {
    auto r = c.query("SELECT revision FROM knowledge_revisions WHERE org_id = $1", {a.orgId});
    if (!r.empty()) out = r[0].i64(0);
  });
  return out;
}

std::string KnowledgeStore::addAspect(const Actor& a, const std::string& domainId, const std::string& name,
                                      const std::string& kind, const domain::GuardedText& description,
                                      const std::vector<std::string>& terms, int64_t now) {
  requireAdmin(a);
  if (!starterCatalogue().domain(domainId)) invalid("Dit leefgebied bestaat niet.", {{"domainId", "Onbekend leefgebied."}});
  std::string id;
  db_.write([&](Conn& c) {
    auto n = c.query("SELECT COUNT(*) FROM knowledge_aspects WHERE org_id = $1 AND local = 1", {a.orgId});
    id = "lokaal-" + std::to_string(n[0].i64(0) + 1);
    c.query(
        "INSERT INTO knowledge_aspects (org_id, aspect_id, domain_id, name, kind, description, local, retired, "
        "updated_at, terms) VALUES ($1, $2, $3, $4, $5, $6, 1, 0, $7, $8)",
        {a.orgId, id, domainId, name, kind, description.str(), now, joinTerms(terms)});
    bumpRevision(c, a.orgId);
  });
  return id;
}

void KnowledgeStore::patchAspect(const Actor& a, const std::string& aspectId, const std::optional<std::string>& name,
                                 const std::optional<domain::GuardedText>& description, std::optional<bool> retired,
                                 const std::optional<std::vector<std::string>>& terms, int64_t now) {
  requireAdmin(a);
  db_.write([&](Conn& c) {
    auto all = loadAspects(c, a.orgId);
    auto it = std::find_if(all.begin(), all.end(), [&](auto& x) { return x.id == aspectId; });
    if (it == all.end()) notFound("Dit kennisaspect bestaat niet.");
    OrgAspect x = *it;
    if (name) x.name = *name;
    if (description) x.description = description->str();
    if (retired) x.retired = *retired;
    if (terms) x.terms = *terms;
    c.query(
        "INSERT INTO knowledge_aspects (org_id, aspect_id, domain_id, name, kind, description, local, retired, "
        "updated_at, terms) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (org_id, aspect_id) DO "
        "UPDATE SET name = excluded.name, description = excluded.description, retired = excluded.retired, "
        "updated_at = excluded.updated_at, terms = excluded.terms",
        {a.orgId, x.id, x.domainId, x.name, x.kind, x.description, int64_t{x.local}, int64_t{x.retired}, now,
         joinTerms(x.terms)});
    bumpRevision(c, a.orgId);
  });
}

int64_t KnowledgeStore::addSource(const Actor& a, const std::string& aspectId, const std::string& kind,
                                  const std::string& title, const std::string& url) {
  requireAdmin(a);
  int64_t id = 0;
  db_.write([&](Conn& c) {
    auto all = loadAspects(c, a.orgId);
    if (std::none_of(all.begin(), all.end(), [&](auto& x) { return x.id == aspectId; }))
      notFound("Dit kennisaspect bestaat niet.");
    id = c.query("INSERT INTO knowledge_sources (org_id, aspect_id, kind, title, url) VALUES ($1, $2, $3, $4, $5) "
                 "RETURNING id",
                 {a.orgId, aspectId, kind, title, url})[0]
             .i64(0);
  });
  return id;
}

namespace {

// A member's column of the team map in one row (knowledge_member_cells, ADR 0015), rewritten from
// knowledge_levels in the transaction that changes them: "item:LW" per entry that says something
// (L the level's number, W 1 for a wish), joined by ','. Item ids are slugs (no ':' or ',').
void writeMemberCells(Conn& c, int64_t userId) {
  std::string cells;
  auto r = c.query(
      "SELECT item_id, level, wants_to_learn FROM knowledge_levels WHERE user_id = $1 AND (level <> 'geen' OR "
      "wants_to_learn <> 0) ORDER BY item_id",
      {userId});
  for (size_t i = 0; i < r.size(); ++i) {
    if (!cells.empty()) cells += ',';
    cells += r[i].str(0);
    cells += ':';
    cells += static_cast<char>('0' + static_cast<int>(parseLevel(r[i].str(1)).value_or(Level::Geen)));
    cells += r[i].flag(2) ? '1' : '0';
  }
  c.query("INSERT INTO knowledge_member_cells (user_id, cells) VALUES ($1, $2) ON CONFLICT (user_id) DO UPDATE SET "
          "cells = excluded.cells",
          {userId, cells});
}

}  // namespace

std::vector<ProfileEntry> KnowledgeStore::profile(const Actor& a) {
  std::vector<ProfileEntry> out;
  db_.read([&](Conn& c) {
    auto r = c.query("SELECT item_id, level, wants_to_learn FROM knowledge_levels WHERE user_id = $1 ORDER BY item_id",
                     {a.userId});
    for (size_t i = 0; i < r.size(); ++i)
      out.push_back({r[i].str(0), parseLevel(r[i].str(1)).value_or(Level::Geen), r[i].flag(2)});
  });
  return out;
}

void KnowledgeStore::putProfile(const Actor& a, const std::vector<ProfileEntry>& entries, int64_t now) {
  db_.write([&](Conn& c) {
    std::set<std::string> local;
    auto r = c.query("SELECT aspect_id FROM knowledge_aspects WHERE org_id = $1 AND local = 1", {a.orgId});
    for (size_t i = 0; i < r.size(); ++i) local.insert(r[i].str(0));
    for (auto& e : entries) {
      if (!knownItem(e.itemId) && !local.count(e.itemId))
        invalid("Niet alle gegevens zijn goed ingevuld.", {{"items", "Onbekend onderdeel: " + e.itemId}});
      c.query(
          "INSERT INTO knowledge_levels (user_id, item_id, level, wants_to_learn, updated_at) VALUES ($1, $2, $3, $4, "
          "$5) ON CONFLICT (user_id, item_id) DO UPDATE SET level = excluded.level, wants_to_learn = "
          "excluded.wants_to_learn, updated_at = excluded.updated_at",
          {a.userId, e.itemId, std::string(toString(e.level)), int64_t{e.wantsToLearn}, now});
    }
    writeMemberCells(c, a.userId);
  });
}

namespace {

// The team's members (without levels), with their load: duo proposals in the last 30 days.
std::vector<MemberKnowledge> loadMembers(Conn& c, int64_t teamId, int64_t now,
                                         std::unordered_map<int64_t, size_t>& index) {
  std::vector<MemberKnowledge> out;
  auto m = c.query(
      "SELECT u.id, u.name, u.discipline, u.experience, tm.role FROM team_members tm JOIN users u ON u.id = tm.user_id "
      "WHERE tm.team_id = $1 ORDER BY u.name, u.id",
      {teamId});
  for (size_t i = 0; i < m.size(); ++i) {
    MemberKnowledge k;
    k.userId = m[i].i64(0);
    k.name = m[i].str(1);
    k.discipline = m[i].str(2);
    k.experience = parseExperience(m[i].str(3)).value_or(Experience::Leerling);
    k.lead = parseTeamRole(m[i].str(4)) == TeamRole::TeamLead;
    index[k.userId] = out.size();
    out.push_back(std::move(k));
  }
  auto d = c.query(
      "SELECT duo_user_id, COUNT(*) FROM help_questions WHERE team_id = $1 AND duo_user_id IS NOT NULL AND "
      "created_at >= $2 GROUP BY duo_user_id",
      {teamId, now - 30 * kDay});
  for (size_t i = 0; i < d.size(); ++i) {
    auto it = index.find(d[i].i64(0));
    if (it != index.end()) out[it->second].load = static_cast<int>(d[i].i64(1));
  }
  return out;
}

// A team's levels per member (teamKnowledge: advice, the plan): streamed with typed access from the
// covering index knowledge_levels_cover, only rows that say something. The join yields each
// member's rows together, so the member is looked up once per member. The team map reads
// kTeamCells instead.
constexpr const char* kTeamLevels =
    "SELECT kl.user_id, kl.item_id, kl.level, kl.wants_to_learn FROM team_members tm "
    "JOIN knowledge_levels kl ON kl.user_id = tm.user_id WHERE tm.team_id = $1 AND "
    "(kl.level <> 'geen' OR kl.wants_to_learn <> 0)";

// The team map's read: one row per member (knowledge_member_cells), not one per level.
constexpr const char* kTeamCells =
    "SELECT tm.user_id, mc.cells FROM team_members tm JOIN knowledge_member_cells mc ON mc.user_id = tm.user_id "
    "WHERE tm.team_id = $1";

Level levelOf(std::string_view s) { return parseLevel(s).value_or(Level::Geen); }

}  // namespace

std::vector<MemberKnowledge> KnowledgeStore::teamKnowledge(const Actor& a, int64_t teamId, int64_t now) {
  std::vector<MemberKnowledge> out;
  db_.read([&](Conn& c) {
    requireTeamView(c, a, teamId);
    std::unordered_map<int64_t, size_t> index;
    out = loadMembers(c, teamId, now, index);
    MemberKnowledge* k = nullptr;
    c.each(kTeamLevels, {teamId}, [&](const Cursor& r) {
      int64_t user = r.i64(0);
      if (!k || user != k->userId) k = &out[index.at(user)];
      std::string_view item = r.text(1);
      auto lv = levelOf(r.text(2));
      if (lv != Level::Geen) k->levels.emplace(item, lv);
      if (r.i64(3) != 0) k->wishes.emplace(item, true);
    });
  });
  return out;
}

TeamLevels KnowledgeStore::teamLevels(const Actor& a, int64_t teamId, int64_t now, const std::vector<std::string>& items) {
  TeamLevels out;
  db_.read([&](Conn& c) {
    requireTeamView(c, a, teamId);
    std::unordered_map<int64_t, size_t> index;
    out.members = loadMembers(c, teamId, now, index);
    out.grid = LevelGrid(items, out.members.size());
    // The rows by item id: a member's entries come in item order, so the next entry is mostly
    // the next row of this list (one comparison); otherwise a binary search finds it.
    std::vector<std::pair<std::string_view, size_t>> row;
    row.reserve(items.size());
    for (size_t i = 0; i < out.grid.items.size(); ++i) row.emplace_back(out.grid.items[i], i);
    std::sort(row.begin(), row.end());
    const size_t n = out.grid.members;
    c.each(kTeamCells, {teamId}, [&](const Cursor& r) {
      const size_t col = index.at(r.i64(0));
      std::string_view cells = r.text(1);
      size_t next = 0;
      while (!cells.empty()) {
        size_t end = std::min(cells.find(','), cells.size());
        std::string_view entry = cells.substr(0, end);
        cells.remove_prefix(std::min(end + 1, cells.size()));
        if (entry.size() < 3 || entry[entry.size() - 3] != ':') continue;
        std::string_view item = entry.substr(0, entry.size() - 3);
        if (next >= row.size() || row[next].first != item) {
          auto it = std::lower_bound(row.begin(), row.end(), item, [](auto& x, std::string_view v) { return x.first < v; });
          if (it == row.end() || it->first != item) continue;  // not asked for (retired, another domain)
          next = static_cast<size_t>(it - row.begin());
        }
        const size_t cell = row[next++].second * n + col;
        out.grid.levels[cell] = static_cast<uint8_t>(std::clamp(entry[entry.size() - 2] - '0', 0, 3));
        out.grid.wishes[cell] = entry.back() == '1';
      }
    });
  });
  return out;
}

std::vector<Partner> KnowledgeStore::partners(const Actor& a, int64_t teamId) {
  std::vector<Partner> out;
  db_.read([&](Conn& c) {
    requireTeamView(c, a, teamId);
    auto r = c.query(
        "SELECT id, aspect_id, organisation, role FROM knowledge_partners WHERE team_id = $1 ORDER BY aspect_id, id",
        {teamId});
    for (size_t i = 0; i < r.size(); ++i) out.push_back({r[i].i64(0), r[i].str(1), r[i].str(2), r[i].str(3)});
  });
  return out;
}

Partner KnowledgeStore::addPartner(const Actor& a, int64_t teamId, const NewPartner& p, int64_t now) {
  Partner out{0, p.aspectId, p.organisation.str(), p.role.str()};
  db_.write([&](Conn& c) {
    requireTeamMember(c, a, teamId);
    out.id = c.query(
                  "INSERT INTO knowledge_partners (team_id, aspect_id, organisation, role, created_at) VALUES ($1, $2, "
                  "$3, $4, $5) RETURNING id",
                  {teamId, p.aspectId, p.organisation.str(), p.role.str(), now})[0]
                 .i64(0);
  });
  return out;
}

void KnowledgeStore::removePartner(const Actor& a, int64_t teamId, int64_t partnerId) {
  db_.write([&](Conn& c) {
    requireTeamMember(c, a, teamId);
    auto r = c.query("DELETE FROM knowledge_partners WHERE id = $1 AND team_id = $2", {partnerId, teamId});
    if (r.affected == 0) notFound("Deze partner bestaat niet.");
  });
}

Corrections KnowledgeStore::corrections(const Actor& a) {
  Corrections out;
  db_.read([&](Conn& c) {
    auto r = c.query("SELECT words, target, weight_milli FROM knowledge_corrections WHERE org_id = $1 ORDER BY id",
                     {a.orgId});
    for (size_t i = 0; i < r.size(); ++i) out.learn(r[i].str(0), r[i].str(1), r[i].i64(2) / 1000.0);
  });
  return out;
}

int64_t KnowledgeStore::saveQuestion(const Actor& a, int64_t teamId, const domain::GuardedText& text,
                                     const std::vector<QuestionTag>& tags, std::optional<int64_t> duoUserId,
                                     int64_t now) {
  int64_t id = 0;
  db_.write([&](Conn& c) {
    requireTeamMember(c, a, teamId);
    id = c.query(
              "INSERT INTO help_questions (team_id, user_id, text, duo_user_id, created_at) VALUES ($1, $2, $3, $4, "
              "$5) RETURNING id",
              {teamId, a.userId, text.str(), duoUserId ? Value{*duoUserId} : Value{}, now})[0]
             .i64(0);
    for (auto& t : tags)
      c.query(
          "INSERT INTO help_question_tags (question_id, team_id, kind, tag_id, confirmed, created_at) VALUES ($1, $2, "
          "$3, $4, 0, $5) ON CONFLICT (question_id, kind, tag_id) DO NOTHING",
          {id, teamId, t.kind, t.id, now});
  });
  return id;
}

KnowledgeStore::Retagged KnowledgeStore::retagQuestion(const Actor& a, int64_t teamId, int64_t questionId,
                                                       const std::vector<QuestionTag>& tags) {
  Retagged out;
  db_.write([&](Conn& c) {
    requireTeamMember(c, a, teamId);
    auto q = c.query("SELECT user_id, text, created_at FROM help_questions WHERE id = $1 AND team_id = $2",
                     {questionId, teamId});
    if (q.empty()) notFound("Deze hulpvraag bestaat niet.");
    if (q[0].isNull(0) || q[0].i64(0) != a.userId) forbidden("Alleen wie de vraag stelde kan de herkenning bevestigen.");
    if (!q[0].isNull(1)) out.text = q[0].str(1);
    int64_t created = q[0].i64(2);
    auto r = c.query("SELECT kind, tag_id FROM help_question_tags WHERE question_id = $1", {questionId});
    for (size_t i = 0; i < r.size(); ++i) out.before.push_back({r[i].str(0), r[i].str(1)});
    c.query("DELETE FROM help_question_tags WHERE question_id = $1", {questionId});
    for (auto& t : tags)
      c.query(
          "INSERT INTO help_question_tags (question_id, team_id, kind, tag_id, confirmed, created_at) VALUES ($1, $2, "
          "$3, $4, 1, $5) ON CONFLICT (question_id, kind, tag_id) DO NOTHING",
          {questionId, teamId, t.kind, t.id, created});
    c.query("UPDATE help_questions SET confirmed = 1 WHERE id = $1", {questionId});
    bumpRevision(c, a.orgId);
  });
  return out;
}

void KnowledgeStore::addCorrection(const Actor& a, const std::string& question, const std::string& target,
                                   double weight, int64_t now) {
  // Keep only the content words, without digits: an anonymous trace of the question that
  // outlives its text and teaches the matcher this organisation's words. Greetings, fillers and
  // words for asking ("goedemorgen", "vraag") teach nothing (Corrections::learn skips them too).
  std::string words;
  for (auto& t : text::tokenize(question)) {
    if (text::isStopword(t.text) || text::isFiller(t.text) || text::isCourtesy(t.text) || std::any_of(t.text.begin(), t.text.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
      continue;
    if (!words.empty()) words += ' ';
    words += t.text;
  }
  if (words.empty()) return;
  db_.write([&](Conn& c) {
    c.query(
        "INSERT INTO knowledge_corrections (org_id, words, target, weight_milli, created_at) VALUES ($1, $2, $3, $4, "
        "$5)",
        {a.orgId, words, target, static_cast<int64_t>(std::lround(weight * 1000)), now});
    bumpRevision(c, a.orgId);
  });
}

namespace {

// The asker's questions matching `where` (on help_questions q, parameters from $2 on; $1 is the
// asker), newest first, with their tags; an expired text leaves only the confirmed tags.
std::vector<OwnQuestion> loadOwn(Conn& c, int64_t userId, const std::string& where, std::vector<Value> params) {
  params.insert(params.begin(), Value{userId});
  std::vector<OwnQuestion> out;
  std::unordered_map<int64_t, size_t> index;
  auto q = c.query(
      "SELECT q.id, q.team_id, t.name, q.text, q.created_at, q.confirmed FROM help_questions q JOIN teams t ON "
      "t.id = q.team_id WHERE q.user_id = $1 " + where + " ORDER BY q.created_at DESC, q.id DESC",
      params);
  for (size_t i = 0; i < q.size(); ++i) {
    OwnQuestion o{q[i].i64(0), q[i].i64(1), q[i].str(2), std::nullopt, q[i].i64(4), q[i].flag(5), {}};
    if (!q[i].isNull(3)) o.text = q[i].str(3);
    index[o.id] = out.size();
    out.push_back(std::move(o));
  }
  if (out.empty()) return out;
  auto t = c.query(
      "SELECT g.question_id, g.kind, g.tag_id, g.confirmed FROM help_question_tags g JOIN help_questions q ON "
      "q.id = g.question_id WHERE q.user_id = $1 " + where + " ORDER BY g.question_id, g.kind, g.tag_id",
      params);
  for (size_t i = 0; i < t.size(); ++i) {
    auto it = index.find(t[i].i64(0));
    if (it == index.end()) continue;
    auto& o = out[it->second];
    if (o.text || t[i].flag(3)) o.tags.push_back({t[i].str(1), t[i].str(2)});
  }
  return out;
}

}  // namespace

std::vector<OwnQuestion> KnowledgeStore::ownQuestions(const Actor& a, size_t limit) {
  std::vector<OwnQuestion> out;
  db_.read([&](Conn& c) {
    auto newest = c.query(
        "SELECT created_at FROM help_questions WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2",
        {a.userId, static_cast<int64_t>(limit)});
    if (newest.empty()) return;
    out = loadOwn(c, a.userId, "AND q.created_at >= $2", {newest[newest.size() - 1].i64(0)});
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

OwnQuestion KnowledgeStore::ownQuestion(const Actor& a, int64_t teamId, int64_t questionId) {
  OwnQuestion out;
  db_.read([&](Conn& c) {
    requireTeamMember(c, a, teamId);
    auto q = c.query("SELECT user_id FROM help_questions WHERE id = $1 AND team_id = $2", {questionId, teamId});
    if (q.empty()) notFound("Deze hulpvraag bestaat niet.");
    if (q[0].isNull(0) || q[0].i64(0) != a.userId) forbidden("Alleen wie de vraag stelde kan die terugzien.");
    out = loadOwn(c, a.userId, "AND q.id = $2", {questionId}).at(0);
  });
  return out;
}

std::unordered_map<std::string, int> KnowledgeStore::demand(const Actor& a, int64_t teamId, int64_t from, int64_t to) {
  std::unordered_map<std::string, int> out;
  db_.read([&](Conn& c) {
    requireTeamView(c, a, teamId);
    auto r = c.query(
        "SELECT tag_id, COUNT(*) FROM help_question_tags WHERE team_id = $1 AND kind = 'aspect' AND created_at >= $2 "
        "AND created_at < $3 GROUP BY tag_id",
        {teamId, from, to});
    for (size_t i = 0; i < r.size(); ++i) out[r[i].str(0)] = static_cast<int>(r[i].i64(1));
  });
  return out;
}

namespace {

std::optional<Plan> loadPlan(Conn& c, int64_t teamId) {
  auto p = c.query("SELECT id, created_at FROM training_plans WHERE team_id = $1", {teamId});
  if (p.empty()) return std::nullopt;
  Plan plan{p[0].i64(0), p[0].i64(1), {}};
  auto r = c.query(
      "SELECT id, aspect_id, priority_milli, mentor_id, target_level, target_date, note FROM training_plan_items "
      "WHERE plan_id = $1 ORDER BY position, id",
      {plan.id});
  std::unordered_map<int64_t, size_t> index;
  for (size_t i = 0; i < r.size(); ++i) {
    PlanItem it{r[i].i64(0), r[i].str(1), r[i].i64(2) / 1000.0, r[i].optI64(3),
                parseLevel(r[i].str(4)).value_or(Level::Gezel), r[i].str(5), r[i].str(6), {}};
    index[it.id] = plan.items.size();
    plan.items.push_back(std::move(it));
  }
  auto l = c.query(
      "SELECT l.item_id, l.user_id FROM training_plan_learners l JOIN training_plan_items i ON i.id = l.item_id "
      "WHERE i.plan_id = $1 ORDER BY l.user_id",
      {plan.id});
  for (size_t i = 0; i < l.size(); ++i) plan.items[index[l[i].i64(0)]].learners.push_back(l[i].i64(1));
  return plan;
}

void requireTeamUsers(Conn& c, int64_t teamId, const std::vector<int64_t>& users) {
  for (auto u : users)
    if (c.query("SELECT 1 FROM team_members WHERE team_id = $1 AND user_id = $2", {teamId, u}).empty())
      invalid("Niet alle gegevens zijn goed ingevuld.", {{"learners", "Deze collega zit niet in het team."}});
}

// Members read the plan; only the lead, the supervisor and admins generate or edit it.
void requirePlanEditor(Conn& c, const Actor& a, int64_t teamId) {
  auto role = requireTeamView(c, a, teamId);
  if (!canEditTrainingPlan(a, role))
    forbidden("Alleen de teamleider, de werkbegeleider en de beheerder maken of wijzigen het scholingsplan.");
}

}  // namespace

std::optional<Plan> KnowledgeStore::plan(const Actor& a, int64_t teamId) {
  std::optional<Plan> out;
  db_.read([&](Conn& c) {
    requireTeamView(c, a, teamId);
    out = loadPlan(c, teamId);
  });
  return out;
}

Plan KnowledgeStore::replacePlan(const Actor& a, int64_t teamId, const std::vector<PlanItem>& items, int64_t now) {
  Plan out;
  db_.write([&](Conn& c) {
    requirePlanEditor(c, a, teamId);
    c.query("DELETE FROM training_plans WHERE team_id = $1", {teamId});
    int64_t planId = c.query("INSERT INTO training_plans (team_id, created_at) VALUES ($1, $2) RETURNING id",
                             {teamId, now})[0]
                         .i64(0);
    int64_t pos = 0;
    for (auto& it : items) {
      int64_t itemId =
          c.query(
               "INSERT INTO training_plan_items (plan_id, position, aspect_id, priority_milli, mentor_id, "
               "target_level, target_date, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
               {planId, pos++, it.aspectId, static_cast<int64_t>(std::lround(it.priority * 1000)),
                it.mentorId ? Value{*it.mentorId} : Value{}, std::string(toString(it.targetLevel)), it.targetDate,
                std::string()})[0]  // notes only through patchPlanItem (GuardedText)
              .i64(0);
      for (auto u : it.learners)
        c.query("INSERT INTO training_plan_learners (item_id, user_id) VALUES ($1, $2)", {itemId, u});
    }
    out = *loadPlan(c, teamId);
  });
  return out;
}

void KnowledgeStore::patchPlanItem(const Actor& a, int64_t teamId, int64_t itemId, const PlanItemPatch& p) {
  db_.write([&](Conn& c) {
    requirePlanEditor(c, a, teamId);
    auto r = c.query(
        "SELECT i.id FROM training_plan_items i JOIN training_plans p ON p.id = i.plan_id WHERE i.id = $1 AND "
        "p.team_id = $2",
        {itemId, teamId});
    if (r.empty()) notFound("Dit onderdeel van het scholingsplan bestaat niet.");
    if (p.mentorId) {
      if (*p.mentorId) requireTeamUsers(c, teamId, {**p.mentorId});
      c.query("UPDATE training_plan_items SET mentor_id = $1 WHERE id = $2",
              {*p.mentorId ? Value{**p.mentorId} : Value{}, itemId});
    }
    if (p.targetLevel)
      c.query("UPDATE training_plan_items SET target_level = $1 WHERE id = $2",
              {std::string(toString(*p.targetLevel)), itemId});
    if (p.targetDate) c.query("UPDATE training_plan_items SET target_date = $1 WHERE id = $2", {*p.targetDate, itemId});
    if (p.note) c.query("UPDATE training_plan_items SET note = $1 WHERE id = $2", {p.note->str(), itemId});
    if (p.learners) {
      requireTeamUsers(c, teamId, *p.learners);
      c.query("DELETE FROM training_plan_learners WHERE item_id = $1", {itemId});
      for (auto u : *p.learners)
        c.query("INSERT INTO training_plan_learners (item_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                {itemId, u});
    }
  });
}

json::value knowledgeExport(Conn& c, int64_t userId, ExportFor who) {
  json::object out;
  json::array levels;
  auto r = c.query("SELECT item_id, level, wants_to_learn, updated_at FROM knowledge_levels WHERE user_id = $1 ORDER BY item_id",
                   {userId});
  for (size_t i = 0; i < r.size(); ++i)
    levels.push_back(json::object{{"item", r[i].str(0)}, {"level", r[i].str(1)}, {"wantsToLearn", r[i].flag(2)},
                                  {"updatedAt", isoUtc(r[i].i64(3))}});
  out["profile"] = std::move(levels);
  // Help questions are the asker's own: their texts reach only the asker's own download.
  if (who == ExportFor::Organisation) return out;
  json::array questions;
  auto q = c.query("SELECT text, created_at FROM help_questions WHERE user_id = $1 ORDER BY id", {userId});
  for (size_t i = 0; i < q.size(); ++i)
    questions.push_back(json::object{{"text", q[i].isNull(0) ? json::value(nullptr) : json::value(q[i].str(0))},
                                     {"createdAt", isoUtc(q[i].i64(1))}});
  out["helpQuestions"] = std::move(questions);
  return out;
}

void knowledgeErase(Conn& c, int64_t userId) {
  c.query("DELETE FROM knowledge_levels WHERE user_id = $1", {userId});
  c.query("DELETE FROM knowledge_member_cells WHERE user_id = $1", {userId});
  // The team keeps the anonymous tags of the person's help questions, not their texts.
  c.query("UPDATE help_questions SET text = NULL, user_id = NULL WHERE user_id = $1", {userId});
  c.query("UPDATE help_questions SET duo_user_id = NULL WHERE duo_user_id = $1", {userId});
}

int64_t knowledgePurgeTexts(Conn& c, int64_t cutoff) {
  return c.query("UPDATE help_questions SET text = NULL WHERE text IS NOT NULL AND created_at < $1", {cutoff}).affected;
}

}  // namespace vk::store

// The picture of the craft and the core of the craft: the organisation's content, members'
// own answers, and the team and organisation views with their thresholds.
#include "store/craft/store.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "domain/errors.hpp"
#include "store/craft/internal.hpp"
#include "store/scope.hpp"
#include "store/audit.hpp"

namespace vk::store {

using namespace vk::domain;

namespace craft {


CraftPicture loadPicture(Conn& c, int64_t orgId) {
  CraftPicture p = starterPicture();
  auto intros = c.query("SELECT theme_key, intro FROM picture_themes WHERE org_id = $1", {orgId});
  auto rows = c.query(
      "SELECT theme_key, statement_key, text FROM picture_statements WHERE org_id = $1 AND retired = 0 "
      "ORDER BY theme_key, position, id",
      {orgId});
  auto edited = c.query("SELECT DISTINCT theme_key FROM picture_statements WHERE org_id = $1", {orgId});
  std::set<std::string> editedThemes;
  for (size_t i = 0; i < edited.size(); ++i) editedThemes.insert(edited[i].str(0));
  for (auto& t : p.themes) {
    for (size_t i = 0; i < intros.size(); ++i)
      if (intros[i].str(0) == t.key) t.intro = intros[i].str(1);
    if (!editedThemes.count(t.key)) continue;
    // Once edited, the organisation's rows are the theme; a starter statement keeps
    // "edited = false" while its text is the starter's.
    std::map<std::string, std::string> starter;
    for (auto& s : t.statements) starter[s.key] = s.text;
    t.statements.clear();
    for (size_t i = 0; i < rows.size(); ++i) {
      if (rows[i].str(0) != t.key) continue;
      auto it = starter.find(rows[i].str(1));
      t.statements.push_back({rows[i].str(1), rows[i].str(2), it == starter.end() || it->second != rows[i].str(2)});
    }
  }
  return p;
}

std::vector<std::string> statementOrder(const CraftPicture& p) {
  std::vector<std::string> out;
  for (auto& t : p.themes)
    for (auto& s : t.statements) out.push_back(s.key);
  return out;
}

std::vector<StatementAnswer> teamAnswers(Conn& c, int64_t teamId) {
  auto r = c.query("SELECT statement_key, recognition, current_now FROM picture_answers WHERE team_id = $1", {teamId});
  std::vector<StatementAnswer> out;
  for (size_t i = 0; i < r.size(); ++i) out.push_back({r[i].str(0), r[i].isNull(1) ? "" : r[i].str(1), r[i].flag(2)});
  return out;
}

int64_t pictureResponders(Conn& c, int64_t teamId) {
  return c.query(
              "SELECT COUNT(*) FROM (SELECT user_id FROM picture_answers WHERE team_id = $1 UNION "
              "SELECT user_id FROM picture_lines WHERE team_id = $1) x",
              {teamId})[0]
      .i64(0);
}

int64_t coreResponders(Conn& c, int64_t teamId) {
  return c.query("SELECT COUNT(DISTINCT user_id) FROM core_responses WHERE team_id = $1", {teamId})[0].i64(0);
}

std::vector<ThemeCounts> themeCounts(const CraftPicture& p, const std::vector<StatementTally>& tallies) {
  std::map<std::string, StatementTally> by;
  for (auto& t : tallies) by[t.statementKey] = t;
  std::vector<ThemeCounts> out;
  for (auto& t : p.themes) {
    ThemeCounts tc;
    tc.key = t.key;
    tc.title = t.title;
    for (auto& s : t.statements) {
      auto tally = by.count(s.key) ? by[s.key] : StatementTally{s.key};
      tc.recognised += tally.herken;
      tc.differs += tally.anders;
      tc.current += tally.current;
      tc.statements.push_back({s.key, s.text, tally});
    }
    out.push_back(std::move(tc));
  }
  return out;
}

std::vector<CoreResponse> teamCoreResponses(Conn& c, int64_t teamId) {
  auto r = c.query("SELECT part_key, fit, text, share FROM core_responses WHERE team_id = $1 ORDER BY updated_at, user_id",
                   {teamId});
  std::vector<CoreResponse> out;
  for (size_t i = 0; i < r.size(); ++i) out.push_back({r[i].str(0), r[i].str(1), r[i].str(2), r[i].str(3)});
  return out;
}

std::vector<CorePartCounts> coreCounts(const std::vector<CoreResponse>& responses, bool teamTexts) {
  std::vector<CorePartCounts> out;
  auto tallies = tallyCore(responses);
  for (auto& part : starterCore().parts) {
    CorePartCounts pc;
    pc.key = part.key;
    pc.title = part.title;
    for (auto& t : tallies)
      if (t.partKey == part.key) pc.tally = t;
    for (auto& r : responses)
      if (r.partKey == part.key && !r.text.empty() && (r.share == "landelijk" || (teamTexts && r.share == "team")))
        pc.texts.push_back(r.text);
    out.push_back(std::move(pc));
  }
  return out;
}

std::vector<int64_t> orgTeams(Conn& c, int64_t orgId) {
  auto t = c.query("SELECT id FROM teams WHERE org_id = $1 ORDER BY id", {orgId});
  std::vector<int64_t> out;
  for (size_t i = 0; i < t.size(); ++i) out.push_back(t[i].i64(0));
  return out;
}

OrgPicture orgPicture(Conn& c, int64_t orgId) {
  OrgPicture out;
  auto p = loadPicture(c, orgId);
  auto order = statementOrder(p);
  std::vector<StatementTally> sum = tallyAnswers({}, order);
  for (auto teamId : orgTeams(c, orgId)) {
    if (!teamCountsAbove(pictureResponders(c, teamId))) continue;  // a small team stays at home
    ++out.teams;
    addTallies(sum, tallyAnswers(teamAnswers(c, teamId), order));
  }
  out.visible = out.teams >= 1;
  if (out.visible) out.themes = themeCounts(p, sum);
  return out;
}

OrgCore orgCore(Conn& c, int64_t orgId) {
  OrgCore out;
  std::vector<CoreResponse> all;
  for (auto teamId : orgTeams(c, orgId)) {
    if (!teamCountsAbove(coreResponders(c, teamId))) continue;
    ++out.teams;
    auto r = teamCoreResponses(c, teamId);
    all.insert(all.end(), r.begin(), r.end());
  }
  out.visible = out.teams >= 1;
  if (out.visible) out.parts = coreCounts(all, false);
  return out;
}

}  // namespace craft

using namespace craft;

CraftPicture CraftStore::picture(const Actor& a) {
  CraftPicture out;
  db_.read([&](Conn& c) { out = loadPicture(c, a.orgId); });
  return out;
}

PictureTheme CraftStore::editTheme(const Actor& a, const std::string& themeKey, const GuardedText& intro,
                                   const std::vector<StatementInput>& statements, int64_t now) {
  requireAdmin(a);
  PictureTheme out;
  db_.write([&](Conn& c) {
    auto current = loadPicture(c, a.orgId);
    auto* theme = findTheme(current, themeKey);
    if (!theme) notFound("Dit thema bestaat niet.");
    // Keys of this theme: the ones in use, the retired ones and the starter's.
    std::set<std::string> themeKeys, taken;
    for (auto& s : theme->statements) themeKeys.insert(s.key);
    if (auto* st = findTheme(starterPicture(), themeKey))
      for (auto& s : st->statements) themeKeys.insert(s.key);
    auto rows = c.query("SELECT theme_key, statement_key FROM picture_statements WHERE org_id = $1", {a.orgId});
    for (size_t i = 0; i < rows.size(); ++i) {
      taken.insert(rows[i].str(1));
      if (rows[i].str(0) == themeKey) themeKeys.insert(rows[i].str(1));
    }
    std::vector<StatementEdit> edits;
    for (auto& s : statements) edits.push_back({s.key, s.text.str()});
    std::vector<FieldError> errors;
    auto checked = checkThemeEdit(themeKey, intro.str(), edits, themeKeys, taken, errors);
    if (!errors.empty()) invalid("Het thema klopt nog niet.", errors);
    c.query("INSERT INTO picture_themes (org_id, theme_key, intro, updated_at) VALUES ($1, $2, $3, $4) "
            "ON CONFLICT (org_id, theme_key) DO UPDATE SET intro = excluded.intro, updated_at = excluded.updated_at",
            {a.orgId, themeKey, intro.str(), now});
    c.query("UPDATE picture_statements SET retired = 1, updated_at = $3 WHERE org_id = $1 AND theme_key = $2",
            {a.orgId, themeKey, now});
    for (size_t i = 0; i < checked.size(); ++i)
      c.query("INSERT INTO picture_statements (org_id, theme_key, statement_key, text, position, retired, updated_at) "
              "VALUES ($1, $2, $3, $4, $5, 0, $6) ON CONFLICT (org_id, statement_key) DO UPDATE SET "
              "text = excluded.text, position = excluded.position, retired = 0, updated_at = excluded.updated_at",
              {a.orgId, themeKey, checked[i].key, statements[i].text.str(), int64_t(i), now});
    audit(c, a, "craft_picture.edit", "craft-picture-theme/" + themeKey, now);
    out = *findTheme(loadPicture(c, a.orgId), themeKey);
  });
  return out;
}

namespace {

MyPicture loadMine(Conn& c, int64_t teamId, int64_t userId) {
  MyPicture out;
  auto r = c.query("SELECT statement_key, recognition, current_now FROM picture_answers WHERE team_id = $1 AND "
                   "user_id = $2 ORDER BY statement_key",
                   {teamId, userId});
  for (size_t i = 0; i < r.size(); ++i) out.answers.push_back({r[i].str(0), r[i].isNull(1) ? "" : r[i].str(1), r[i].flag(2)});
  auto l = c.query("SELECT theme_key, text, shared FROM picture_lines WHERE team_id = $1 AND user_id = $2 ORDER BY theme_key",
                   {teamId, userId});
  for (size_t i = 0; i < l.size(); ++i) out.lines.push_back({l[i].str(0), l[i].str(1), l[i].flag(2)});
  return out;
}

std::vector<CoreResponse> loadMyCore(Conn& c, int64_t teamId, int64_t userId) {
  auto r = c.query("SELECT part_key, fit, text, share FROM core_responses WHERE team_id = $1 AND user_id = $2",
                   {teamId, userId});
  std::vector<CoreResponse> out;
  for (auto& part : starterCore().parts)
    for (size_t i = 0; i < r.size(); ++i)
      if (r[i].str(0) == part.key) out.push_back({r[i].str(0), r[i].str(1), r[i].str(2), r[i].str(3)});
  return out;
}

}  // namespace

MyPicture CraftStore::myPicture(const Actor& a, int64_t teamId) {
  MyPicture out;
  db_.read([&](Conn& c) {
    requireTeamMember(c, a, teamId);
    out = loadMine(c, teamId, a.userId);
  });
  return out;
}

MyPicture CraftStore::saveMyPicture(const Actor& a, int64_t teamId, const std::vector<StatementAnswer>& answers,
                                    const std::vector<PictureLineInput>& lines, int64_t now) {
  MyPicture out;
  db_.write([&](Conn& c) {
    requireTeamMember(c, a, teamId);
    auto p = loadPicture(c, a.orgId);
    std::set<std::string> keys;
    for (auto& k : statementOrder(p)) keys.insert(k);
    std::vector<FieldError> errors;
    std::set<std::string> seen;
    for (size_t i = 0; i < answers.size(); ++i) {
      std::string at = "answers[" + std::to_string(i) + "]";
      if (!keys.count(answers[i].statementKey))
        errors.push_back({at + ".statementKey", "Deze uitspraak staat niet in het beeld van het vak."});
      else if (!seen.insert(answers[i].statementKey).second)
        errors.push_back({at + ".statementKey", "Deze uitspraak staat er al."});
      if (!validRecognition(answers[i].recognition))
        errors.push_back({at + ".recognition", "Kies herken, anders of niets."});
    }
    std::set<std::string> themes;
    for (size_t i = 0; i < lines.size(); ++i) {
      std::string at = "lines[" + std::to_string(i) + "]";
      if (!findTheme(p, lines[i].themeKey)) errors.push_back({at + ".themeKey", "Dit thema bestaat niet."});
      else if (!themes.insert(lines[i].themeKey).second) errors.push_back({at + ".themeKey", "Dit thema staat er al."});
      if (lines[i].text.str().size() > kLineMax * 4)
        errors.push_back({at + ".text", "Een eigen regel is hooguit " + std::to_string(kLineMax) + " tekens."});
    }
    if (!errors.empty()) invalid("Je antwoorden kloppen nog niet.", errors);
    c.query("DELETE FROM picture_answers WHERE team_id = $1 AND user_id = $2", {teamId, a.userId});
    c.query("DELETE FROM picture_lines WHERE team_id = $1 AND user_id = $2", {teamId, a.userId});
    for (auto& x : answers) {
      if (emptyAnswer(x)) continue;  // nothing chosen: nothing stored
      c.query("INSERT INTO picture_answers (org_id, team_id, user_id, statement_key, recognition, current_now, updated_at) "
              "VALUES ($1, $2, $3, $4, $5, $6, $7)",
              {a.orgId, teamId, a.userId, x.statementKey, x.recognition.empty() ? Value() : Value(x.recognition),
               int64_t{x.current}, now});
    }
    for (auto& l : lines) {
      if (l.text.str().empty()) continue;
      c.query("INSERT INTO picture_lines (org_id, team_id, user_id, theme_key, text, shared, updated_at) "
              "VALUES ($1, $2, $3, $4, $5, $6, $7)",
              {a.orgId, teamId, a.userId, l.themeKey, l.text.str(), int64_t{l.shared}, now});
    }
    out = loadMine(c, teamId, a.userId);
  });
  return out;
}

TeamPicture CraftStore::teamPicture(const Actor& a, int64_t teamId) {
  TeamPicture out;
  db_.read([&](Conn& c) {
    requireTeamView(c, a, teamId);
    out.responders = pictureResponders(c, teamId);
    out.visible = pictureVisible(out.responders);
    if (!out.visible) return;  // the count alone: no tallies, no lines
    auto p = loadPicture(c, a.orgId);
    out.themes = themeCounts(p, tallyAnswers(teamAnswers(c, teamId), statementOrder(p)));
    auto l = c.query("SELECT theme_key, text FROM picture_lines WHERE team_id = $1 AND shared = 1 ORDER BY updated_at, user_id",
                     {teamId});
    for (auto& t : out.themes)
      for (size_t i = 0; i < l.size(); ++i)
        if (l[i].str(0) == t.key) t.lines.push_back(l[i].str(1));
  });
  return out;
}

TeamDifferences CraftStore::teamDifferences(const Actor& a, int64_t teamId) {
  TeamDifferences out;
  db_.read([&](Conn& c) {
    requireTeamView(c, a, teamId);
    out.responders = pictureResponders(c, teamId);
    out.visible = pictureVisible(out.responders);
    if (!out.visible) return;
    auto p = loadPicture(c, a.orgId);
    std::map<std::string, std::pair<const PictureTheme*, std::string>> where;
    for (auto& t : p.themes)
      for (auto& s : t.statements) where[s.key] = {&t, s.text};
    for (auto& tally : bySpread(tallyAnswers(teamAnswers(c, teamId), statementOrder(p)))) {
      if (tally.answered == 0) continue;
      auto& [theme, text] = where[tally.statementKey];
      out.items.push_back({theme->key, theme->title, {tally.statementKey, text, tally}, spread(tally.herken, tally.anders)});
    }
  });
  return out;
}

OrgPicture CraftStore::organisationPicture(const Actor& a) {
  OrgPicture out;
  db_.read([&](Conn& c) { out = orgPicture(c, a.orgId); });
  return out;
}

std::vector<CoreResponse> CraftStore::myCore(const Actor& a, int64_t teamId) {
  std::vector<CoreResponse> out;
  db_.read([&](Conn& c) {
    requireTeamMember(c, a, teamId);
    out = loadMyCore(c, teamId, a.userId);
  });
  return out;
}

std::vector<CoreResponse> CraftStore::saveMyCore(const Actor& a, int64_t teamId,
                                                 const std::vector<CoreResponseInput>& responses, int64_t now) {
  std::vector<CoreResponse> out;
  db_.write([&](Conn& c) {
    requireTeamMember(c, a, teamId);
    std::vector<CoreResponse> plain;
    for (auto& r : responses) plain.push_back({r.partKey, r.fit, r.text.str(), r.share});
    std::vector<FieldError> errors;
    checkCoreResponses(plain, errors);
    if (!errors.empty()) invalid("Je reacties kloppen nog niet.", errors);
    c.query("DELETE FROM core_responses WHERE team_id = $1 AND user_id = $2", {teamId, a.userId});
    for (auto& r : plain)
      c.query("INSERT INTO core_responses (org_id, team_id, user_id, part_key, fit, text, share, updated_at) "
              "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
              {a.orgId, teamId, a.userId, r.partKey, r.fit, r.text, r.share, now});
    out = loadMyCore(c, teamId, a.userId);
  });
  return out;
}

TeamCore CraftStore::teamCore(const Actor& a, int64_t teamId) {
  TeamCore out;
  db_.read([&](Conn& c) {
    requireTeamView(c, a, teamId);
    out.responders = coreResponders(c, teamId);
    out.visible = coreVisible(out.responders);
    if (!out.visible) return;
    out.parts = coreCounts(teamCoreResponses(c, teamId), true);
  });
  return out;
}

OrgCore CraftStore::organisationCore(const Actor& a) {
  OrgCore out;
  db_.read([&](Conn& c) { out = orgCore(c, a.orgId); });
  return out;
}

}  // namespace vk::store

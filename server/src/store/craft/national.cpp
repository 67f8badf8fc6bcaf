// The national story point for the craft, one file for the picture and the core: an
// organisation's admin exports the counts across its teams with at least 5 responders
// (starter statements only) and the core texts members chose to share nationally; the
// association's analysts import such files and see the view across organisations, from at
// least three.
#include <algorithm>
#include <map>

#include "domain/errors.hpp"
#include "domain/time_format.hpp"
#include "store/craft/internal.hpp"
#include "store/craft/store.hpp"
#include "store/scope.hpp"

namespace vk::store {

using namespace vk::domain;
using namespace craft;

CraftExport CraftStore::exportCraft(const Actor& a, int64_t now) {
  if (!a.orgAdmin) forbidden("Alleen beheerders van de organisatie exporteren het beeld van het vak.");
  CraftExport out;
  db_.write([&](Conn& c) {
    auto pic = orgPicture(c, a.orgId);
    auto core = orgCore(c, a.orgId);
    if (!pic.visible && !core.visible)
      throw Error(ErrorKind::Conflict,
                  "Er is nog niets om te delen: daarvoor is minstens één team met 5 of meer deelnemers nodig.");
    out.period = isoUtc(now).substr(0, 7);
    out.teams = std::max(pic.teams, core.teams);
    // Only starter statements leave the organisation: its own stay at home.
    for (auto& t : pic.themes)
      for (auto& s : t.statements)
        if (starterStatement(s.key)) out.statements.push_back({t.key, s.tally});
    for (auto& p : core.parts) out.parts.push_back({p.key, "", p.tally, p.texts});
    auto org = c.query("SELECT name FROM organisations WHERE id = $1", {a.orgId});
    out.source = org.empty() ? "" : org[0].str(0);
    audit(c, a, "craft.export", "organisation/" + std::to_string(a.orgId), now);
  });
  return out;
}

bool CraftStore::isAnalyst(int64_t userId) {
  bool yes = false;
  db_.read([&](Conn& c) { yes = isAssociationAnalyst(c, userId); });
  return yes;
}

int64_t CraftStore::importCraft(const Actor& a, const CraftImport& file, int64_t now) {
  int64_t kept = 0;
  db_.write([&](Conn& c) {
    if (!isAssociationAnalyst(c, a.userId)) forbidden("Alleen analisten van de associatie importeren het beeld van het vak.");
    int64_t id = replaceNationalFile(c, "national_craft_files",
                                     {"national_picture_counts", "national_core_counts", "national_core_texts"},
                                     a.orgId, file.source, file.period, file.teams, now);
    // A statement's theme is the starter's, whatever the file says.
    std::map<std::string, std::string> themeOf;
    for (auto& t : starterPicture().themes)
      for (auto& st : t.statements) themeOf[st.key] = t.key;
    for (auto& s : file.statements) {
      if (!themeOf.count(s.tally.statementKey)) continue;
      c.query("INSERT INTO national_picture_counts (file_id, theme_key, statement_key, herken, anders, current_now, answered) "
              "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (file_id, statement_key) DO NOTHING",
              {id, themeOf[s.tally.statementKey], s.tally.statementKey, s.tally.herken, s.tally.anders, s.tally.current, s.tally.answered});
      ++kept;
    }
    for (auto& p : file.parts) {
      if (!coreKey(p.tally.partKey)) continue;
      c.query("INSERT INTO national_core_counts (file_id, part_key, past, mist, anders) VALUES ($1, $2, $3, $4, $5) "
              "ON CONFLICT (file_id, part_key) DO NOTHING",
              {id, p.tally.partKey, p.tally.past, p.tally.mist, p.tally.anders});
      for (auto& t : p.texts)
        c.query("INSERT INTO national_core_texts (file_id, part_key, text) VALUES ($1, $2, $3)",
                {id, p.tally.partKey, t.str()});
    }
    audit(c, a, "craft.import", "national-craft/" + std::to_string(id), now);
  });
  return kept;
}

NationalCraft CraftStore::nationalCraft(const Actor& a) {
  NationalCraft out;
  db_.read([&](Conn& c) {
    if (!isAssociationAnalyst(c, a.userId)) forbidden("Alleen analisten van de associatie zien het landelijke beeld van het vak.");
    auto files = c.query("SELECT id, source FROM national_craft_files WHERE org_id = $1 ORDER BY source, period", {a.orgId});
    std::map<std::string, int64_t> latest;  // per organisation its latest month
    for (size_t i = 0; i < files.size(); ++i) latest[files[i].str(1)] = files[i].i64(0);
    out.organisations = int64_t(latest.size());
    out.visible = out.organisations >= kMinCraftOrganisations;
    if (!out.visible) return;
    auto& starter = starterPicture();
    std::vector<StatementTally> sum = tallyAnswers({}, statementOrder(starter));
    for (auto& part : starterCore().parts) out.parts.push_back({part.key, part.title, {part.key}, {}});
    for (auto& [source, id] : latest) {
      out.sources.push_back(source);
      auto r = c.query("SELECT statement_key, herken, anders, current_now, answered FROM national_picture_counts "
                       "WHERE file_id = $1",
                       {id});
      std::vector<StatementTally> file;
      for (size_t i = 0; i < r.size(); ++i)
        file.push_back({r[i].str(0), r[i].i64(1), r[i].i64(2), r[i].i64(3), r[i].i64(4)});
      addTallies(sum, file);
      auto p = c.query("SELECT part_key, past, mist, anders FROM national_core_counts WHERE file_id = $1", {id});
      for (size_t i = 0; i < p.size(); ++i)
        for (auto& pc : out.parts)
          if (pc.key == p[i].str(0)) pc.tally.past += p[i].i64(1), pc.tally.mist += p[i].i64(2), pc.tally.anders += p[i].i64(3);
      auto t = c.query("SELECT part_key, text FROM national_core_texts WHERE file_id = $1 ORDER BY id", {id});
      for (size_t i = 0; i < t.size(); ++i)
        for (auto& pc : out.parts)
          if (pc.key == t[i].str(0)) pc.texts.push_back(t[i].str(1));
    }
    out.themes = themeCounts(starter, sum);
  });
  return out;
}

}  // namespace vk::store

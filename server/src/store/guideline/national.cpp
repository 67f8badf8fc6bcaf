// The guideline above the team: the organisation's cell counts over its teams with at least
// five contributors, the file an organisation's admin downloads for the association, and the
// association's view across organisations (from three). Counts only: no team name, no text.
#include <map>

#include "domain/errors.hpp"
#include "domain/time_format.hpp"
#include "store/guideline/store.hpp"
#include "store/scope.hpp"
#include "store/audit.hpp"

namespace vk::store {

using namespace vk::domain;

namespace {


}  // namespace

GuidelineAcrossTeams GuidelineStore::organisationCells(const Actor& a) {
  GuidelineAcrossTeams out;
  db_.read([&](Conn& c) {
    // Only teams with enough contributors count; below that a team is left out entirely.
    auto teams = c.query(
        "SELECT team_id FROM (SELECT team_id, user_id FROM guideline_examples WHERE org_id = $1 AND user_id IS NOT NULL "
        "UNION SELECT team_id, user_id FROM guideline_loadings WHERE org_id = $1 AND user_id IS NOT NULL) x "
        "GROUP BY team_id HAVING COUNT(*) >= $2",
        {a.orgId, kMinGuidelineContributors});
    out.teams = int64_t(teams.size());
    out.visible = out.teams > 0;
    if (!out.visible) return;
    std::vector<std::vector<CellCount>> perTeam;
    for (size_t i = 0; i < teams.size(); ++i) {
      std::vector<CellCount> cells;
      auto n = c.query("SELECT rule_key, part_key, COUNT(*) FROM guideline_examples WHERE team_id = $1 "
                       "GROUP BY rule_key, part_key",
                       {teams[i].i64(0)});
      for (size_t k = 0; k < n.size(); ++k) cells.push_back({n[k].str(0), n[k].str(1), n[k].i64(2)});
      perTeam.push_back(std::move(cells));
    }
    out.cells = sumCells(perTeam);
  });
  return out;
}

GuidelineExport GuidelineStore::exportCells(const Actor& a, int64_t now) {
  if (!a.orgAdmin) forbidden("Alleen beheerders van de organisatie exporteren de vuistregels.");
  auto across = organisationCells(a);
  if (!across.visible)
    throw Error(ErrorKind::Conflict,
                "De vuistregels zijn nog niet zichtbaar: daarvoor is minstens één team met 5 deelnemers nodig.");
  GuidelineExport out;
  out.period = isoUtc(now).substr(0, 7);
  out.teams = across.teams;
  out.cells = across.cells;
  db_.write([&](Conn& c) {
    auto org = c.query("SELECT name FROM organisations WHERE id = $1", {a.orgId});
    out.source = org.empty() ? "" : org[0].str(0);
    audit(c, a, "guideline.export", "organisation/" + std::to_string(a.orgId), now);
  });
  return out;
}

int64_t GuidelineStore::importCells(const Actor& a, const GuidelineExport& file, int64_t now) {
  int64_t kept = 0;
  db_.write([&](Conn& c) {
    if (!isAssociationAnalyst(c, a.userId)) forbidden("Alleen analisten van de associatie importeren vuistregels.");
    int64_t id = replaceNationalFile(c, "national_guideline_files", {"national_guideline_counts"}, a.orgId, file.source,
                                     file.period, file.teams, now);
    for (auto& cell : file.cells) {
      if (!isGuidelineRule(cell.ruleKey) || !isGuidelinePart(cell.partKey)) continue;
      c.query("INSERT INTO national_guideline_counts (file_id, rule_key, part_key, examples) VALUES ($1, $2, $3, $4) "
              "ON CONFLICT (file_id, rule_key, part_key) DO NOTHING",
              {id, cell.ruleKey, cell.partKey, cell.count});
      ++kept;
    }
    audit(c, a, "guideline.import", "national-guideline/" + std::to_string(id), now);
  });
  return kept;
}

bool GuidelineStore::isAnalyst(int64_t userId) {
  bool yes = false;
  db_.read([&](Conn& c) { yes = isAssociationAnalyst(c, userId); });
  return yes;
}

NationalGuideline GuidelineStore::nationalCells(const Actor& a) {
  NationalGuideline out;
  db_.read([&](Conn& c) {
    if (!isAssociationAnalyst(c, a.userId)) forbidden("Alleen analisten van de associatie zien de landelijke vuistregels.");
    // Per organisation its latest month: an organisation counts once.
    auto files = c.query("SELECT id, source FROM national_guideline_files WHERE org_id = $1 ORDER BY source, period",
                         {a.orgId});
    std::map<std::string, int64_t> latest;
    for (size_t i = 0; i < files.size(); ++i) latest[files[i].str(1)] = files[i].i64(0);
    out.organisations = int64_t(latest.size());
    out.visible = out.organisations >= kMinGuidelineOrganisations;
    if (!out.visible) return;
    std::vector<std::vector<CellCount>> perSource;
    for (auto& [source, id] : latest) {
      out.sources.push_back(source);
      std::vector<CellCount> cells;
      auto r = c.query("SELECT rule_key, part_key, examples FROM national_guideline_counts WHERE file_id = $1", {id});
      for (size_t i = 0; i < r.size(); ++i) cells.push_back({r[i].str(0), r[i].str(1), r[i].i64(2)});
      perSource.push_back(std::move(cells));
    }
    out.cells = sumCells(perSource);
  });
  return out;
}

}  // namespace vk::store

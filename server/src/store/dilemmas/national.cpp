// The national story point for dilemmas: an organisation exports its ranking across teams
// (counts of starter dilemmas only, and only once that ranking is visible), the association's
// analysts import such files and see the ranking across organisations, from at least three.
#include <algorithm>
#include <map>

#include "domain/errors.hpp"
#include "domain/time_format.hpp"
#include "store/dilemmas/internal.hpp"
#include "store/dilemmas/store.hpp"
#include "store/scope.hpp"

namespace vk::store {

using namespace vk::domain;
using namespace dilemmas;

namespace {

std::map<std::string, std::string> starterTitles() {
  std::map<std::string, std::string> out;
  for (auto& d : starterDilemmas()) out[d.key] = d.title;
  return out;
}

}  // namespace

RankingExport DilemmaStore::exportRanking(const Actor& a, int64_t now) {
  if (!a.orgAdmin) forbidden("Alleen beheerders van de organisatie exporteren de ranglijst.");
  auto across = organisationRanking(a, now);
  if (!across.visible)
    throw Error(ErrorKind::Conflict,
                "De ranglijst is nog niet zichtbaar: daarvoor zijn minstens 3 teams met elk minstens 5 stemmers nodig.");
  RankingExport out;
  out.period = isoUtc(now).substr(0, 7);
  out.teams = across.teams;
  // Only starter dilemmas leave the organisation: its own and its teams' stay at home.
  for (auto& e : across.ranking)
    if (starterDilemma(e.dilemmaKey)) out.ranking.push_back(e);
  db_.write([&](Conn& c) {
    auto org = c.query("SELECT name FROM organisations WHERE id = $1", {a.orgId});
    out.source = org.empty() ? "" : org[0].str(0);
    audit(c, a, "dilemma_ranking.export", "organisation/" + std::to_string(a.orgId), now);
  });
  return out;
}

int64_t DilemmaStore::importRanking(const Actor& a, const RankingExport& file, int64_t now) {
  int64_t kept = 0;
  db_.write([&](Conn& c) {
    if (!isAssociationAnalyst(c, a.userId)) forbidden("Alleen analisten van de associatie importeren ranglijsten.");
    // The same organisation's file for the same month replaces the earlier one.
    int64_t id = replaceNationalFile(c, "national_dilemma_files", {"national_dilemma_counts"}, a.orgId, file.source,
                                     file.period, file.teams, now);
    for (auto& e : file.ranking) {
      if (!starterDilemma(e.dilemmaKey)) continue;  // not a dilemma of the shared library
      c.query("INSERT INTO national_dilemma_counts (file_id, dilemma_key, votes, r1, r2, r3, r4, r5, ja, soms, nee) "
              "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (file_id, dilemma_key) DO NOTHING",
              {id, e.dilemmaKey, e.votes, e.recognisable[0], e.recognisable[1], e.recognisable[2], e.recognisable[3],
               e.recognisable[4], e.ja, e.soms, e.nee});
      ++kept;
    }
    audit(c, a, "dilemma_ranking.import", "national-dilemma-ranking/" + std::to_string(id), now);
  });
  return kept;
}

bool DilemmaStore::isAnalyst(int64_t userId) {
  bool yes = false;
  db_.read([&](Conn& c) { yes = isAssociationAnalyst(c, userId); });
  return yes;
}

NationalRanking DilemmaStore::nationalRanking(const Actor& a) {
  NationalRanking out;
  db_.read([&](Conn& c) {
    if (!isAssociationAnalyst(c, a.userId)) forbidden("Alleen analisten van de associatie zien de landelijke ranglijst.");
    // Per organisation its latest month: an organisation counts once.
    auto files = c.query("SELECT id, source, period FROM national_dilemma_files WHERE org_id = $1 ORDER BY source, period",
                         {a.orgId});
    std::map<std::string, int64_t> latest;
    for (size_t i = 0; i < files.size(); ++i) latest[files[i].str(1)] = files[i].i64(0);
    out.organisations = int64_t(latest.size());
    out.visible = out.organisations >= kMinRankingOrganisations;
    if (!out.visible) return;
    std::vector<RankingEntry> tallies;
    for (auto& [source, id] : latest) {
      out.sources.push_back(source);
      auto r = c.query("SELECT dilemma_key, votes, r1, r2, r3, r4, r5, ja, soms, nee FROM national_dilemma_counts "
                       "WHERE file_id = $1",
                       {id});
      for (size_t i = 0; i < r.size(); ++i) {
        RankingEntry e;
        e.dilemmaKey = r[i].str(0);
        e.votes = r[i].i64(1);
        for (int k = 0; k < 5; ++k) e.recognisable[size_t(k)] = r[i].i64(2 + k);
        e.ja = r[i].i64(7);
        e.soms = r[i].i64(8);
        e.nee = r[i].i64(9);
        tallies.push_back(std::move(e));
      }
    }
    out.ranking = rankTallies(tallies, starterTitles());
  });
  return out;
}

}  // namespace vk::store

#include "domain/knowledge/map.hpp"

#include <stdexcept>

#include <algorithm>
#include <cstdint>
#include <cctype>
#include <set>

namespace vk::domain {

std::string_view toString(Level l) {
  switch (l) {
    case Level::Geen: return "geen";
    case Level::Leerling: return "leerling";
    case Level::Gezel: return "gezel";
    case Level::Meester: return "meester";
  }
  return "geen";
}

std::optional<Level> parseLevel(std::string_view s) {
  if (s == "geen") return Level::Geen;
  if (s == "leerling" || s == "basis") return Level::Leerling;
  if (s == "gezel") return Level::Gezel;
  if (s == "meester") return Level::Meester;
  return std::nullopt;
}

std::string_view toString(AdviceKind k) {
  switch (k) {
    case AdviceKind::Self: return "self";
    case AdviceKind::Duo: return "duo";
    case AdviceKind::Colleagues: return "colleagues";
    case AdviceKind::Specialist: return "specialist";
    case AdviceKind::None: return "none";
  }
  return "self";
}

namespace {

// Duo candidates among `team` (without the asker; leads only if `withLeads`), best first.
std::vector<DuoCandidate> duoCandidates(const MemberKnowledge& asker, const std::vector<MemberKnowledge>& team,
                                        const std::vector<std::string>& needed, bool withLeads) {
  const double n = needed.empty() ? 1.0 : static_cast<double>(needed.size());
  std::vector<DuoCandidate> cands;
  for (auto& m : team) {
    if (m.userId == asker.userId || (m.lead && !withLeads)) continue;
    DuoCandidate c;
    c.userId = m.userId;
    double weighted = 0;
    bool learnerAtStake = false;
    for (auto& id : needed) {
      Level la = asker.level(id), lp = m.level(id);
      weighted += static_cast<double>(std::max(static_cast<int>(la), static_cast<int>(lp)));
      if (covers(la) || covers(lp)) ++c.coveredTogether;
      if (covers(lp) && !covers(la)) c.adds.push_back(id);
      if (!covers(la) && lp == Level::Leerling) learnerAtStake = true;
    }
    if (c.adds.empty() || learnerAtStake) continue;
    c.mentoring = asker.experience == Experience::Leerling && m.experience != Experience::Leerling;
    c.score = weighted / (3.0 * n) + (c.mentoring ? 0.15 : 0.0) - 0.1 * m.load;
    cands.push_back(std::move(c));
  }
  std::stable_sort(cands.begin(), cands.end(), [&](const DuoCandidate& x, const DuoCandidate& y) {
    if (x.coveredTogether != y.coveredTogether) return x.coveredTogether > y.coveredTogether;
    return x.score > y.score;
  });
  return cands;
}

// Colleagues who together cover `missing` as far as the team can: each step takes the colleague
// who covers most of what is left (then the higher levels, the lower load, the lower id).
std::vector<CoverShare> coverTogether(const MemberKnowledge& asker, const std::vector<MemberKnowledge>& team,
                                      const std::vector<std::string>& missing, bool withLeads) {
  std::vector<std::string> left = missing;
  std::vector<CoverShare> out;
  std::set<int64_t> used;
  while (!left.empty()) {
    const MemberKnowledge* best = nullptr;
    int bestCount = 0, bestLevels = 0;
    for (auto& m : team) {
      if (m.userId == asker.userId || (m.lead && !withLeads) || used.count(m.userId)) continue;
      int count = 0, levels = 0;
      for (auto& id : left)
        if (covers(m.level(id))) ++count, levels += static_cast<int>(m.level(id));
      if (count == 0) continue;
      bool better = !best || count > bestCount || (count == bestCount && levels > bestLevels) ||
                    (count == bestCount && levels == bestLevels &&
                     (m.load < best->load || (m.load == best->load && m.userId < best->userId)));
      if (better) best = &m, bestCount = count, bestLevels = levels;
    }
    if (!best) break;
    CoverShare share{best->userId, {}};
    std::vector<std::string> rest;
    for (auto& id : left) (covers(best->level(id)) ? share.aspects : rest).push_back(id);
    used.insert(best->userId);
    out.push_back(std::move(share));
    left = std::move(rest);
  }
  return out;
}

size_t coveredCount(const std::vector<CoverShare>& shares) {
  size_t n = 0;
  for (auto& s : shares) n += s.aspects.size();
  return n;
}

}  // namespace

Advice advise(const MemberKnowledge& asker, const std::vector<MemberKnowledge>& team,
              const std::vector<std::string>& needed, size_t maxDuo) {
  Advice a;
  if (needed.empty()) {
    a.kind = AdviceKind::None;
    return a;
  }
  for (auto& id : needed) (covers(asker.level(id)) ? a.askerCovers : a.askerMisses).push_back(id);
  for (auto& id : needed) {
    bool any = covers(asker.level(id));
    for (auto& m : team) any = any || covers(m.level(id));
    if (!any) a.uncovered.push_back(id);
  }
  if (a.askerMisses.empty()) {
    a.kind = AdviceKind::Self;
    return a;
  }
  const int all = static_cast<int>(needed.size());
  const size_t coverable = a.askerMisses.size() - a.uncovered.size();
  auto fullDuo = [&](const std::vector<DuoCandidate>& c) { return !c.empty() && c.front().coveredTogether == all; };
  // Without the lead first; the lead comes in only when the team cannot do it without them.
  auto cands = duoCandidates(asker, team, needed, false);
  auto together = coverTogether(asker, team, a.askerMisses, false);
  if (!fullDuo(cands) && coveredCount(together) < coverable) {
    auto withLead = duoCandidates(asker, team, needed, true);
    auto togetherWithLead = coverTogether(asker, team, a.askerMisses, true);
    if (fullDuo(withLead) || coveredCount(togetherWithLead) > coveredCount(together) || cands.empty()) {
      cands = std::move(withLead);
      together = std::move(togetherWithLead);
    }
  }
  if (cands.size() > maxDuo) cands.resize(maxDuo);
  a.duo = std::move(cands);
  if (!a.uncovered.empty()) a.kind = AdviceKind::Specialist;
  else if (fullDuo(a.duo)) a.kind = AdviceKind::Duo;
  else a.kind = AdviceKind::Colleagues;
  if (a.kind != AdviceKind::Duo) a.together = std::move(together);
  return a;
}

std::vector<std::string> neededAspects(const std::vector<std::string>& aspects, const std::vector<std::string>& domains,
                                       const std::vector<NeedAspect>& catalogue) {
  std::vector<std::string> out;
  std::set<std::string> seen, domainsWithAspect;
  auto find = [&](const std::string& id) -> const NeedAspect* {
    for (auto& a : catalogue)
      if (a.id == id) return &a;
    return nullptr;
  };
  for (auto& id : aspects) {
    auto* a = find(id);
    if (!a || !seen.insert(id).second) continue;
    out.push_back(id);
    domainsWithAspect.insert(a->domainId);
  }
  for (auto& d : domains) {
    if (domainsWithAspect.count(d)) continue;
    for (auto& a : catalogue)
      if (a.domainId == d && a.general && seen.insert(a.id).second) out.push_back(a.id);
    domainsWithAspect.insert(d);
  }
  return out;
}

std::vector<std::string> disciplineDomains(std::string_view discipline) {
  std::string d;
  for (char ch : discipline) d += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  auto has = [&](const char* w) { return d.find(w) != std::string::npos; };
  if (has("schuld") || has("raads")) return {"inkomen"};
  if (has("wmo")) return {"dagelijks-functioneren", "participatie"};
  if (has("verpleeg")) return {"lichamelijke-gezondheid", "dagelijks-functioneren"};
  if (has("gezin") || has("jeugd")) return {"opvoeden-opgroeien"};
  if (has("gedragswetenschap") || has("psycholo")) return {"psychische-gezondheid", "opvoeden-opgroeien"};
  if (has("maatschappelijk")) return {"psychische-gezondheid", "participatie"};
  return {};
}

LevelGrid levelGrid(const std::vector<std::string>& items, const std::vector<MemberKnowledge>& members) {
  // One hash lookup per stored level instead of one per cell.
  LevelGrid g(items, members.size());
  std::unordered_map<std::string_view, uint32_t> index;
  index.reserve(items.size() * 2);
  for (size_t i = 0; i < items.size(); ++i) index.emplace(items[i], static_cast<uint32_t>(i));
  for (size_t m = 0; m < members.size(); ++m) {
    for (auto& [k, l] : members[m].levels) {
      auto it = index.find(k);
      if (it != index.end()) g.levels[it->second * g.members + m] = static_cast<uint8_t>(l);
    }
    for (auto& [k, w] : members[m].wishes) {
      auto it = index.find(k);
      if (it != index.end() && w) g.wishes[it->second * g.members + m] = 1;
    }
  }
  return g;
}

TeamMap computeTeamMap(const std::vector<MapAspect>& aspects, const std::vector<MemberKnowledge>& members,
                       const std::unordered_map<std::string, int>& demand) {
  std::vector<std::string> ids;
  ids.reserve(aspects.size());
  for (auto& a : aspects) ids.push_back(a.id);
  return computeTeamMap(aspects, members, levelGrid(ids, members), demand);
}

TeamMap computeTeamMap(const std::vector<MapAspect>& aspects, const std::vector<MemberKnowledge>& members,
                       const LevelGrid& grid, const std::unordered_map<std::string, int>& demand) {
  const size_t nA = aspects.size(), nM = members.size();
  if (grid.members != nM || grid.items.size() < nA) throw std::invalid_argument("computeTeamMap: grid does not fit");
  std::unordered_map<std::string_view, uint32_t> domainBit;
  std::vector<uint32_t> aspectDomainBit(nA);
  for (size_t i = 0; i < nA; ++i) {
    auto [it, _] = domainBit.emplace(aspects[i].domainId, static_cast<uint32_t>(domainBit.size() % 32));
    aspectDomainBit[i] = 1u << it->second;
  }
  std::vector<uint32_t> own(nM, 0);  // bit per domain the member is at home in
  std::vector<bool> ownKnown(nM, false);
  for (size_t m = 0; m < nM; ++m) {
    auto domains = disciplineDomains(members[m].discipline);
    ownKnown[m] = !domains.empty();
    for (auto& d : domains) {
      auto it = domainBit.find(d);
      if (it != domainBit.end()) own[m] |= 1u << it->second;
    }
  }
  TeamMap map;
  map.aspects.resize(nA);
  for (size_t a = 0; a < nA; ++a) {
    AspectCoverage& c = map.aspects[a];
    c.id = aspects[a].id;
    c.levels.resize(nM);
    const uint8_t* row = &grid.levels[a * nM];
    const uint8_t* wrow = &grid.wishes[a * nM];
    for (size_t m = 0; m < nM; ++m) {
      Level l = static_cast<Level>(row[m]);
      c.levels[m] = l;
      c.covered += covers(l);
      c.learners += l == Level::Leerling;
      c.wishes += wrow[m];
      if (l == Level::Meester && ownKnown[m] && !(own[m] & aspectDomainBit[a]))
        map.hidden.push_back({members[m].userId, aspects[a].id});
    }
    c.nobody = c.covered == 0;
    c.single = c.covered == 1;
    auto it = demand.find(c.id);
    c.demand = it == demand.end() ? 0 : it->second;
  }
  return map;
}

std::vector<PlanSuggestion> rankTrainingPlan(const TeamMap& map, const std::vector<MemberKnowledge>& members,
                                             size_t maxItems) {
  std::vector<PlanSuggestion> out;
  for (auto& c : map.aspects) {
    if (c.covered >= 2 && c.demand == 0) continue;
    PlanSuggestion s;
    s.aspectId = c.id;
    s.priority = (c.demand + 1.0) / (1.0 + c.covered) + 0.25 * c.wishes;
    out.push_back(std::move(s));
  }
  std::stable_sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.priority > b.priority; });
  if (out.size() > maxItems) out.resize(maxItems);
  // Mentors: a meester in the aspect, spreading mentorships over the meesters.
  std::unordered_map<int64_t, int> mentorships;
  std::unordered_map<std::string, size_t> index;
  for (size_t i = 0; i < map.aspects.size(); ++i) index[map.aspects[i].id] = i;
  for (auto& s : out) {
    auto& c = map.aspects[index[s.aspectId]];
    for (size_t i = 0; i < members.size() && i < c.levels.size(); ++i)
      // A meester who also ticked the wish teaches it here; they are not one of the learners.
      if (c.levels[i] != Level::Meester && (members[i].wants(c.id) || c.levels[i] == Level::Leerling))
        s.learners.push_back(members[i].userId);
    std::optional<int64_t> best;
    for (size_t i = 0; i < members.size() && i < c.levels.size(); ++i) {
      if (c.levels[i] != Level::Meester) continue;
      int64_t id = members[i].userId;
      if (!best || mentorships[id] < mentorships[*best]) best = id;
    }
    if (best) ++mentorships[*best];
    s.mentor = best;
    s.targetLevel = Level::Gezel;
  }
  return out;
}

}  // namespace vk::domain

#include "api/craft/ons_vak.hpp"

#include <algorithm>

#include "store/craft/store.hpp"
#include "domain/time_format.hpp"
#include "store/dilemmas/store.hpp"
#include "store/foundation/store.hpp"
#include "store/guideline/store.hpp"
#include "store/interviews/store.hpp"
#include "store/partners/store.hpp"

namespace vk::api::onsvak {

namespace {

// A statement in quotes, without its closing full stop (the line ends with its own).
std::string quoted(std::string s) {
  while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.pop_back();
  return "\u201c" + s + "\u201d";
}

// How a theme is recognised, in words, with the count behind them.
std::string themeLine(const store::ThemeCounts& t) {
  int64_t total = t.recognised + t.differs;
  if (total == 0) return t.title + ": nog niemand koos herken ik of bij ons anders.";
  int64_t pct = (100 * t.recognised + total / 2) / total;
  const char* how = pct >= 75 ? "herkennen we sterk" : pct >= 50 ? "herkennen we grotendeels"
                                                     : pct >= 25 ? "is bij ons vaak anders" : "is bij ons anders";
  std::string line = t.title + " " + how + " (" + std::to_string(t.recognised) + " van " + std::to_string(total) +
                     " keuzes herkend)";
  const store::StatementCounts* now = nullptr;
  for (auto& st : t.statements)
    if (st.tally.current > 0 && (!now || st.tally.current > now->tally.current)) now = &st;
  if (now) line += "; speelt nu: " + quoted(now->text);
  return line + ".";
}

}  // namespace

exporter::OnsVakSection pictureSection(store::CraftStore& s, const domain::Actor& a, int64_t teamId) {
  exporter::OnsVakSection out{"Het beeld van ons vak", "", {}, ""};
  auto picture = s.teamPicture(a, teamId);
  if (!picture.visible) {
    out.empty = "Het beeld verschijnt zodra " + std::to_string(domain::kMinPictureResponders) +
                " collega's het invulden; nu " + std::to_string(picture.responders) + ".";
    return out;
  }
  out.note = "Zeven thema's van het vak naast onze eigen ervaring; " + std::to_string(picture.responders) +
             " collega's vulden het in.";
  for (auto& t : picture.themes) out.lines.push_back(themeLine(t));
  auto diff = s.teamDifferences(a, teamId);
  for (size_t i = 0; i < diff.items.size() && i < 2; ++i)
    if (diff.items[i].spread >= 0.5)
      out.lines.push_back("Hier verschillen we: " + quoted(diff.items[i].statement.text) + " (" +
                          diff.items[i].themeTitle + ").");
  return out;
}
std::map<std::string, int64_t> examplesPerRule(const domain::GuidelineMatrix& own) {
  std::map<std::string, int64_t> out;
  for (auto& c : own.cells) out[c.ruleKey] += c.count;
  return out;
}

std::map<std::string, int64_t> examplesPerRule(const std::vector<domain::CellCount>& cells) {
  std::map<std::string, int64_t> out;
  for (auto& c : cells) out[c.ruleKey] += c.count;
  return out;
}

exporter::OnsVakSection partnersSection(const store::PartnerView& partners, const std::map<std::string, int64_t>& examples,
                                        const std::string& whose) {
  exporter::OnsVakSection out{"De vuistregels zoals partners ze zien", "", {},
                              "Er is nog geen partnerronde met genoeg antwoorden om te tonen."};
  if (!partners.visible) return out;
  out.note = std::to_string(partners.answerCount) +
             " partners (school, huisarts, corporatie, …) zeiden of ze deze vuistregels terugzien in ons werk.";
  for (auto& r : partners.rules) {
    auto at = examples.find(r.ruleKey);
    int64_t n = at == examples.end() ? 0 : at->second;
    int64_t total = r.herken + r.soms + r.niet;
    out.lines.push_back(r.name + ": " + std::to_string(r.herken) + " van " + std::to_string(total) + " herkennen het, " +
                        std::to_string(r.soms) + " soms, " + std::to_string(r.niet) + " niet; " + whose + " " +
                        std::to_string(n) + (n == 1 ? " voorbeeld." : " voorbeelden."));
  }
  return out;
}

exporter::OnsVakPage organisationPage(Ctx& c) {
  const auto& a = c.actor();
  auto me = c.store.me(a);
  exporter::OnsVakPage page{"Ons vak — " + me.organisation.name, domain::dutchDate(c.now), {}, kFooter};
  store::CraftStore craft(c.store.db());
  auto picture = craft.organisationPicture(a);
  exporter::OnsVakSection pic{"Het beeld van ons vak", "", {}, ""};
  if (!picture.visible) {
    pic.empty = "Het beeld verschijnt zodra een team het met ten minste " + std::to_string(domain::kMinCraftTeamResponders) +
                " collega's invulde.";
  } else {
    pic.note = "Over " + std::to_string(picture.teams) + (picture.teams == 1 ? " team" : " teams") + " met ten minste " +
               std::to_string(domain::kMinCraftTeamResponders) + " invullers.";
    for (auto& t : picture.themes) pic.lines.push_back(themeLine(t));
  }
  page.sections.push_back(pic);

  // The partners: every team's latest visible round (each above its own minimum), summed.
  store::PartnerStore partners(c.store.db());
  store::PartnerView all;
  std::vector<std::string> sentences;
  store::InterviewStore interviews(c.store.db());
  for (auto& team : c.store.teams(a)) {
    auto v = partners.teamPartnerView(a, team.id, c.now);
    if (v.visible) {
      all.visible = true;
      all.answerCount += v.answerCount;
      for (auto& r : v.rules) {
        auto it = std::find_if(all.rules.begin(), all.rules.end(), [&](auto& x) { return x.ruleKey == r.ruleKey; });
        if (it == all.rules.end()) all.rules.push_back(r);
        else it->herken += r.herken, it->soms += r.soms, it->niet += r.niet;
      }
    }
    for (auto& s : interviews.outsideStatements(a, team.id)) sentences.push_back(s);
  }
  store::GuidelineStore guideline(c.store.db());
  auto cells = guideline.organisationCells(a);  // teams with enough contributors only
  page.sections.push_back(partnersSection(all, examplesPerRule(cells.cells), "in de teams"));

  store::DilemmaStore dilemmas(c.store.db());
  auto ranking = dilemmas.organisationRanking(a, c.now);
  exporter::OnsVakSection dil{"Onze dilemma's", "", {},
                              "De ranglijst over de teams verschijnt zodra genoeg teams met genoeg stemmen stemden."};
  if (ranking.visible) {
    dil.note = "Welke dilemma's de teams het meest herkennen (" + std::to_string(ranking.teams) + " teams).";
    for (size_t i = 0; i < ranking.ranking.size() && i < 3; ++i)
      dil.lines.push_back(std::to_string(ranking.ranking[i].rank) + ". " + ranking.ranking[i].title);
  }
  page.sections.push_back(dil);
  page.sections.push_back(sentenceSection(sentences));
  return page;
}

exporter::OnsVakSection dilemmaSection(store::DilemmaStore& s, const domain::Actor& a, int64_t teamId, int64_t now) {
  exporter::OnsVakSection out{"Onze dilemma's", "", {},
                              "Er is nog geen gesloten stemronde met genoeg stemmen om een ranglijst te tonen."};
  for (auto& round : s.rounds(a, teamId, now)) {  // newest first
    auto res = s.results(a, round.id, now);
    if (!res.visible) continue;
    out.note = "Welke dilemma's het team het meest herkent (stemronde met " + std::to_string(round.voterCount) +
               " collega's).";
    for (size_t i = 0; i < res.ranking.size() && i < 3; ++i) out.lines.push_back(
        std::to_string(res.ranking[i].rank) + ". " + res.ranking[i].title);
    break;
  }
  return out;
}

exporter::OnsVakSection sentenceSection(const std::vector<std::string>& sentences) {
  exporter::OnsVakSection out{"Het is mijn vak om…", "", {},
                              "Nog niemand heeft een zin gedeeld voor buiten het team."};
  if (!sentences.empty())
    out.note = "Zinnen van collega's die ze met de gemeente willen delen, zonder naam.";
  for (auto& s : sentences)  // the wall keeps the sentence as written, with or without its opening
    out.lines.push_back(s.rfind("Het is mijn vak om", 0) == 0 ? s : "… " + s);
  return out;
}

}  // namespace vk::api::onsvak

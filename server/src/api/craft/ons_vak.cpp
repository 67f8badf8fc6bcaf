#include "api/craft/ons_vak.hpp"

#include "store/craft/store.hpp"
#include "store/dilemmas/store.hpp"

namespace vk::api::onsvak {

namespace {

std::string quoted(const std::string& s) { return "\u201c" + s + "\u201d"; }

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
exporter::OnsVakSection partnersSection(Ctx&, int64_t) {
  return {"De vuistregels zoals partners ze zien", "", {}, "Er is nog geen partnerronde met genoeg antwoorden."};
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
  for (auto& s : sentences) out.lines.push_back("… " + s);
  return out;
}

}  // namespace vk::api::onsvak

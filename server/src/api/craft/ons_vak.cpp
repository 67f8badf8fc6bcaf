#include "api/craft/ons_vak.hpp"

#include "store/dilemmas/store.hpp"

namespace vk::api::onsvak {

// Until the craft and partners parts land (same session), these say so plainly.
exporter::OnsVakSection pictureSection(Ctx&, int64_t) {
  return {"Het beeld van ons vak", "", {}, "Het team heeft het beeld van het vak nog niet ingevuld."};
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

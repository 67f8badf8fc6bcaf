#include "app/demo_dilemmas.hpp"

#include <boost/json.hpp>
#include <string>

#include "api/dilemmas/body.hpp"
#include "domain/dilemmas/dilemma.hpp"
#include "store/dilemmas/store.hpp"
#include "store/foundation/store.hpp"

namespace vk::app {

namespace json = boost::json;

namespace {

constexpr int64_t kDay = 24 * 3600;

int64_t userByEmail(store::Store& store, const domain::Actor& admin, const std::string& email) {
  for (auto& m : store.members(admin))
    if (m.user.email == email) return m.user.id;
  return 0;
}

domain::GuardedText content(const json::value& v) { return api::dilemmas::guardedContent(domain::checkedDilemma(v)); }

const json::value& acceptedProposal() {
  static const json::value v = json::parse(R"({
    "topic": "integraal",
    "title": "Wie houdt de regie als er al een traject loopt?",
    "tension": "Neemt het wijkteam de regie over, of laten we die bij de partner die er al jaren zit?",
    "a": {"choice": "Wij nemen de regie", "cost": "De partner voelt zich opzij gezet en het gezin moet weer een nieuw gezicht leren kennen.", "values": ["één plan voor het gezin", "overzicht houden"]},
    "b": {"choice": "De regie blijft bij de partner", "cost": "Niemand overziet het geheel en afspraken lopen langs elkaar heen.", "values": ["vertrouwen in de relatie die er al is", "het mandaat van de partner"]},
    "perspectives": [
      {"who": "bewoner", "stake": "Het gezin wil weten bij wie het terecht kan."},
      {"who": "partner", "stake": "De partner kent het gezin al lang en wil dat niet kwijt."}
    ],
    "domains": ["opvoeden-opgroeien"],
    "examples": ["Een gezin heeft al jaren ambulante jeugdhulp; nu komen er schulden bij en het wijkteam wordt ingeschakeld."],
    "questions": ["Wie kent het gezin het best?", "Wat heeft het gezin nodig om één aanspreekpunt te hebben?"]
  })");
  return v;
}

const json::value& openProposal() {
  static const json::value v = json::parse(R"({
    "topic": "administratie",
    "title": "Eerst het dossier of eerst het gesprek?",
    "tension": "Werken we het dossier bij zodra we terug zijn, of gaan we eerst door met het volgende huisbezoek?",
    "a": {"choice": "Eerst het dossier", "cost": "Er blijft minder tijd over voor de mensen in de wijk."},
    "b": {"choice": "Eerst het volgende gesprek", "cost": "Collega's missen informatie als ze het overnemen."},
    "questions": ["Wat moet een collega morgen weten?"]
  })");
  return v;
}

// A stable number from a text (FNV-1a), so the demo votes the same on every first start.
uint64_t stable(std::string_view text) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char ch : text) h = (h ^ ch) * 1099511628211ull;
  return h;
}

// A believable, fixed answer per person and dilemma: each dilemma has its own weight in
// the team, people differ a little around it, and between the rounds a few dilemmas grow
// more pressing (the team's own one most) while a few fade, so the ranking moves.
store::MyVote answer(const std::string& key, size_t person, bool ownDilemma, int round) {
  uint64_t h = stable(key);
  double weight = 2.0 + static_cast<double>(h % 26) / 10.0;  // 2.0 … 4.5
  if (round == 2) {
    if (ownDilemma) weight += 1.5;
    else if (h % 5 == 0) weight += 1.0;
    else if (h % 5 == 1) weight -= 1.0;
  }
  int spread = static_cast<int>(stable(key + "/" + std::to_string(person)) % 3) - 1;  // -1, 0 or +1
  int r = static_cast<int>(weight + 0.5) + spread;
  r = r < 1 ? 1 : r > 5 ? 5 : r;
  const char* current = r >= 4 ? (spread < 0 ? "soms" : "ja") : r == 3 ? "soms" : "nee";
  return {key, r, current};
}

}  // namespace

void seedDilemmasDemo(store::Store& store, const domain::Actor& admin, const std::vector<int64_t>& teams, int64_t now) {
  if (teams.empty()) return;
  int64_t noord = teams[0];
  int64_t lead = userByEmail(store, admin, "ingrid.smit@demostad.nl");
  int64_t youssef = userByEmail(store, admin, "youssef.elidrissi@demostad.nl");
  int64_t marieke = userByEmail(store, admin, "marieke.deboer@demostad.nl");
  if (!lead || !youssef || !marieke) return;
  domain::Actor leadActor{lead, admin.orgId, false};
  auto actor = [&](int64_t id) { return domain::Actor{id, admin.orgId, false}; };
  store::DilemmaStore st(store.db());

  // Youssef's dilemma from a case conference, accepted by the team lead.
  auto p = st.propose(actor(youssef), noord, content(acceptedProposal()),
                      api::guard("note", "Speelde deze maand bij drie gezinnen in ons team."), now - 75 * kDay);
  auto accepted = st.decide(leadActor, p.id, true, api::guard("reason", "Herkenbaar voor het hele team."), now - 74 * kDay);
  std::string ownKey = accepted.key.value_or("");

  // Two rounds, with more voters the second time.
  std::vector<int64_t> voters;
  for (auto* email : {"sanne.bakker@demostad.nl", "youssef.elidrissi@demostad.nl", "marieke.deboer@demostad.nl",
                      "daan.visser@demostad.nl", "priya.ramdin@demostad.nl", "kees.mulder@demostad.nl",
                      "fatma.yilmaz@demostad.nl", "ruud.jansen@demostad.nl", "lotte.vandijk@demostad.nl"})
    if (int64_t id = userByEmail(store, admin, email)) voters.push_back(id);
  struct Plan {
    int round;
    int64_t openedAt;
    size_t voterCount;
  };
  for (auto plan : {Plan{1, now - 60 * kDay, 6}, Plan{2, now - 14 * kDay, 8}}) {
    auto round = st.openRound(leadActor, noord, {}, plan.openedAt);
    auto library = st.library(leadActor, noord);
    for (size_t person = 0; person < voters.size() && person < plan.voterCount; ++person) {
      std::vector<store::MyVote> votes;
      for (auto& entry : library) {
        const auto& key = entry.dilemma.key;
        votes.push_back(answer(key, person, key == ownKey, plan.round));
      }
      st.vote(actor(voters[person]), round.id, votes, plan.openedAt + static_cast<int64_t>(person + 1) * 3600);
    }
    st.closeRound(leadActor, round.id, plan.openedAt + 7 * kDay);
  }

  // Marieke's proposal waits for the lead.
  st.propose(actor(marieke), noord, content(openProposal()), {}, now - 2 * kDay);
}

}  // namespace vk::app

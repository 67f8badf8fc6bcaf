// Demo data for the craft part: team Noord held the picture of the craft against its own work
// (seven colleagues, with statements where they split, a few shared lines) and five responded
// to the core of the craft; in team Zuid two answered, so its picture still shows only the
// count. Sanne (the demo member) has not answered yet, so she can try it herself.
#include "app/demo_craft.hpp"

#include <map>
#include <string>

#include "api/privacy/guard.hpp"
#include "domain/craft/craft.hpp"
#include "store/craft/store.hpp"
#include "store/foundation/store.hpp"

namespace vk::app {

namespace {

int64_t userByEmail(store::Store& store, const domain::Actor& admin, const std::string& email) {
  for (auto& m : store.members(admin))
    if (m.user.email == email) return m.user.id;
  return 0;
}

// Per statement one letter per person: h herken, a anders, H/A the same and "speelt nu",
// c only "speelt nu", . nothing. Statements not listed: mostly herken.
const std::map<std::string, std::string>& noordPattern() {
  static const std::map<std::string, std::string> p = {
      {"werker-menselijk", "HhhHhhh"},          {"werker-nek-uitsteken", "hahhHah"},
      {"werker-stem", "hhAhh.h"},               {"werk-contact-eerst", "HhHhHhh"},
      {"werk-wijk-samen", "haAahac"},           {"werk-wijk-sterker", "HAhAhaa"},
      {"werk-gemeente-gesprek", "aahaAa."},     {"werk-gemeente-beleid", "haahah."},
      {"team-veilig-niet-pamperen", "hahahah"}, {"team-duo", "hhhhhhh"},
      {"team-tegendenkers", "hhahhah"},         {"organisatie-buffer", "ahahhaa"},
      {"organisatie-administratie", "HHHHHHH"}, {"organisatie-pet-wisselen", "HhHAhH."},
      {"kennis-documenten", "aaahaah"},         {"kennis-richtlijnen", "hahaah."},
      {"kennis-gezel-meester", "ahhahaa"},      {"ontwikkel-organisatiebinding", "aAhaHah"},
      {"ontwikkel-bureaucratie", "HHcHHhH"},    {"ontwikkel-kern-neventaken", "ahaahhA"},
  };
  return p;
}

domain::StatementAnswer answerOf(const std::string& key, char c) {
  switch (c) {
    case 'h': return {key, "herken", false};
    case 'a': return {key, "anders", false};
    case 'H': return {key, "herken", true};
    case 'A': return {key, "anders", true};
    case 'c': return {key, "", true};
    default: return {key, "", false};
  }
}

struct Line {
  size_t person;
  const char* theme;
  const char* text;
  bool shared;
};

}  // namespace

void seedCraftDemo(store::Store& store, const domain::Actor& admin, const std::vector<int64_t>& teams, int64_t now) {
  if (teams.size() < 2) return;
  store::CraftStore craft(store.db());
  const std::vector<std::string> noord = {"youssef.elidrissi@demostad.nl", "marieke.deboer@demostad.nl",
                                          "daan.visser@demostad.nl",       "priya.ramdin@demostad.nl",
                                          "kees.mulder@demostad.nl",       "fatma.yilmaz@demostad.nl",
                                          "ingrid.smit@demostad.nl"};
  const std::vector<Line> lines = {
      {0, "werk", "Met de gemeente praten we vooral over geld, zelden over wat het werk vraagt.", true},
      {1, "team", "In de casusbespreking zijn we soms te lief voor elkaar.", true},
      {4, "kennis", "Ik leer het meest van meelopen met een collega bij een huisbezoek.", true},
      {6, "organisatie", "De organisatie vangt veel op, maar de registratie blijft bij ons liggen.", true},
      {2, "werker", "Ik merk dat ik pas na een paar jaar echt durfde te kiezen.", false},
  };
  auto& picture = domain::starterPicture();
  for (size_t i = 0; i < noord.size(); ++i) {
    int64_t user = userByEmail(store, admin, noord[i]);
    if (!user) continue;
    domain::Actor a{user, admin.orgId, false};
    std::vector<domain::StatementAnswer> answers;
    for (auto& t : picture.themes)
      for (auto& s : t.statements) {
        auto it = noordPattern().find(s.key);
        // Unlisted statements: recognised, now and then current, one in seven passed over.
        char c = it != noordPattern().end() ? it->second[i] : ((s.key.size() + i) % 7 == 0 ? '.' : (s.key.size() + i) % 5 == 0 ? 'H' : 'h');
        answers.push_back(answerOf(s.key, c));
      }
    std::vector<store::PictureLineInput> mine;
    for (auto& l : lines)
      if (l.person == i) mine.push_back({l.theme, api::guard("text", l.text), l.shared});
    craft.saveMyPicture(a, teams[0], answers, mine, now - int64_t(i) * 3600);
  }
  // Team Zuid: two colleagues so far.
  for (auto* email : {"jeroen.dewit@demostad.nl", "esra.demir@demostad.nl"}) {
    int64_t user = userByEmail(store, admin, email);
    if (!user) continue;
    domain::Actor a{user, admin.orgId, false};
    std::vector<domain::StatementAnswer> answers;
    for (auto& t : picture.themes) answers.push_back({t.statements.front().key, "herken", true});
    craft.saveMyPicture(a, teams[1], answers, {}, now);
  }

  // The core of the craft in Noord: five colleagues responded.
  struct Core {
    const char* email;
    const char* fit[4];
    const char* text[4];
    const char* share[4];
  };
  const std::vector<Core> core = {
      {"youssef.elidrissi@demostad.nl",
       {"past", "mist", "past", "anders"},
       {"", "Ik mis dat we ook over geld en regels praten: dat hoort bij bijna elk gesprek.", "",
        "Wij zeggen: je bent zelf je belangrijkste gereedschap, dus onderhoud het."},
       {"prive", "landelijk", "prive", "team"}},
      {"marieke.deboer@demostad.nl",
       {"past", "past", "anders", "past"},
       {"", "", "Ik zou zeggen: we blijven hoopvol, juist als het vastloopt.", ""},
       {"prive", "prive", "landelijk", "prive"}},
      {"kees.mulder@demostad.nl",
       {"anders", "past", "past", "past"},
       {"Voor ons is de wijk ook de huisarts en de apotheek: het netwerk is breder dan welzijn.", "", "", ""},
       {"team", "prive", "prive", "prive"}},
      {"noor.hendriks@demostad.nl",
       {"past", "past", "mist", "past"},
       {"", "", "Ik mis het lef om nee te zeggen als iets niet bij onze opdracht hoort.", ""},
       {"prive", "prive", "team", "prive"}},
      {"ingrid.smit@demostad.nl",
       {"past", "anders", "past", "past"},
       {"", "Samen beslissen klinkt mooi; in de praktijk beslist de indicatie vaak mee.", "", ""},
       {"prive", "landelijk", "prive", "prive"}},
  };
  auto& parts = domain::starterCore().parts;
  for (auto& c : core) {
    int64_t user = userByEmail(store, admin, c.email);
    if (!user) continue;
    domain::Actor a{user, admin.orgId, false};
    std::vector<store::CoreResponseInput> responses;
    for (size_t p = 0; p < parts.size() && p < 4; ++p)
      responses.push_back({parts[p].key, c.fit[p], c.share[p], api::guard("text", c.text[p])});
    craft.saveMyCore(a, teams[0], responses, now);
  }
}

}  // namespace vk::app

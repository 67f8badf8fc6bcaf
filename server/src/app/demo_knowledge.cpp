#include "app/demo_knowledge.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "api/privacy/guard.hpp"

#include "domain/knowledge/map.hpp"
#include "domain/knowledge/starter.hpp"
#include "domain/knowledge/org_catalogue.hpp"
#include "domain/knowledge/map.hpp"
#include "domain/knowledge/starter.hpp"
#include "domain/knowledge/org_catalogue.hpp"
#include "domain/time_format.hpp"
#include "store/knowledge/store.hpp"
#include "store/foundation/store.hpp"

namespace vk::app {

using namespace vk::domain;

namespace {

constexpr int64_t kDay = 24 * 3600;
// Demo help questions older than this have their recognition confirmed by the asker.
constexpr int64_t kConfirmedAfter = 7 * kDay;

// A small deterministic spread, so the demo looks the same on every run.
int spread(const std::string& a, const std::string& b) {
  unsigned h = 2166136261u;
  for (char c : a + "|" + b) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return static_cast<int>(h % 100);
}

// Expertise outside one's own discipline that a team session brings to light.
struct Extra {
  const char* email;
  const char* aspect;
  Level level;
};
const std::vector<Extra> kExtras = {
    {"youssef.elidrissi@demostad.nl", "opvoedvragen", Level::Meester},
    {"youssef.elidrissi@demostad.nl", "schulden-signaleren", Level::Meester},
    {"youssef.elidrissi@demostad.nl", "schuldhulpverlening", Level::Meester},
    {"wim.dekker@demostad.nl", "schulden-signaleren", Level::Gezel},
    {"kees.mulder@demostad.nl", "rouw-en-verlies", Level::Meester},
    {"daan.visser@demostad.nl", "schuldhulpverlening", Level::Gezel},
    {"samira.amrani@demostad.nl", "huiselijk-geweld", Level::Meester},
    {"tom.brouwer@demostad.nl", "verslaving", Level::Meester},
};

const std::vector<const char*> kQuestions = {
    "Een alleenstaande moeder heeft een huurachterstand en durft de post niet meer open te maken.",
    "Meneer van 82 vereenzaamt sinds zijn vrouw overleed en eet slecht.",
    "Ouders maken veel ruzie over de omgang met de kinderen na de scheiding.",
    "Jongen van 16 spijbelt al weken en blowt veel.",
    "Gezin met schulden bij de zorgverzekeraar en de energieleverancier, de vader is zijn werk kwijt.",
    "Mevrouw met dementie kan het huishouden niet meer aan; de mantelzorger is overbelast.",
    "Statushouder wil graag werk vinden maar spreekt nog weinig Nederlands.",
    "Buren klagen over overlast en er zijn zorgen over verwaarlozing van de woning.",
    "Moeder vertelt over spanningen thuis en is bang voor haar partner.",
    "Jonge vader met somberheid en slaapproblemen, weet niet waar hij hulp kan vinden.",
    "Oudere man met beginnende vergeetachtigheid laat rekeningen liggen.",
    "Meisje van 14 wordt gepest op school en wil niet meer naar buiten.",
    "Vader met een laag inkomen vraagt of de stadspas ook zwemles voor zijn dochter betaalt.",
};

// Demostad's own arrangement: a local aspect with the words residents use for it.
constexpr const char* kStadspasName = "Stadspas en meedoenregeling Demostad";
const std::vector<std::string> kStadspasTerms = {"stadspas", "meedoenregeling", "meedoenpas", "kindpakket",
                                                 "minimaregeling", "sportfonds", "cultuurfonds"};
const std::vector<std::pair<const char*, Level>> kStadspasLevels = {
    {"daan.visser@demostad.nl", Level::Meester}, {"wim.dekker@demostad.nl", Level::Gezel}};

}  // namespace

void seedKnowledgeDemo(store::Store& s, const Actor& admin, const std::vector<int64_t>& teams, int64_t now) {
  store::KnowledgeStore ks(s.db());
  auto& cat = starterCatalogue();
  const int64_t orgId = admin.orgId;
  auto members = s.members(admin);
  std::string stadspas = ks.addAspect(admin, "inkomen", kStadspasName, "specifiek", api::guard("description",
                                      "Wie met een laag inkomen in Demostad woont, kan met de Stadspas meedoen: sport, "
                                      "cultuur, zwemles en het kindpakket."),
                                      kStadspasTerms, now - 60 * kDay);
  for (auto& m : members) {
    if (m.user.orgAdmin) continue;
    Actor a{m.user.id, orgId, false};
    auto own = disciplineDomains(m.user.discipline);
    std::vector<store::ProfileEntry> entries;
    Level top = m.user.experience == Experience::Meester ? Level::Meester
                : m.user.experience == Experience::Gezel ? Level::Gezel
                                                          : Level::Leerling;
    for (auto& c : cat.competences) {
      int r = spread(m.user.email, c.id);
      Level l = r < 50 ? top : r < 85 ? Level::Gezel : Level::Leerling;
      entries.push_back({c.id, l, r > 90});
    }
    for (auto& d : cat.domains) {
      bool home = std::find(own.begin(), own.end(), d.id) != own.end();
      for (auto& asp : d.aspects) {
        int r = spread(m.user.email, asp.id);
        Level l = Level::Geen;
        if (home) l = r < 60 ? top : r < 90 ? Level::Gezel : Level::Leerling;
        else if (r < 30) l = Level::Leerling;
        else if (r < 36) l = Level::Gezel;
        bool wish = !home && r >= 90;
        if (l != Level::Geen || wish) entries.push_back({asp.id, l, wish});
      }
    }
    for (auto& x : kExtras)
      if (m.user.email == x.email) entries.push_back({x.aspect, x.level, false});
    for (auto& [email, level] : kStadspasLevels)
      if (m.user.email == email) entries.push_back({stadspas, level, false});
    ks.putProfile(a, entries, now - 30 * kDay);
  }
  if (teams.empty()) return;
  int64_t noord = teams.front();
  auto teamMembers = s.teamMembers(admin, noord);
  if (teamMembers.empty()) return;
  Actor first{teamMembers.front().user.id, orgId, false};
  auto partner = [&](const char* aspect, const char* organisation, const char* role) {
    ks.addPartner(first, noord, {aspect, api::guard("organisation", organisation), api::guard("role", role)}, now);
  };
  partner("schuldhulpverlening", "Kredietbank Demostad", "schuldhulpverlener");
  partner("verslaving", "Verslavingszorg Regio", "preventiewerker");
  partner("huiselijk-geweld", "Veilig Thuis", "adviseur");
  partner("inburgering", "VluchtelingenWerk", "consulent");
  // Past help questions, spread over the last four months, each by a member of the team, read
  // with Demostad's own catalogue (so the Stadspas is recognised). The asker confirmed the tags of
  // every question older than a week: the retention job that `serve --demo` runs at start erases
  // the texts older than the retention period, and only confirmed tags outlive the text, so
  // "Mijn hulpvragen" shows no empty rows. The newest ones still wait for their confirmation.
  const Matcher matcher(orgCatalogue(cat, ks.aspectChanges(admin)));
  for (size_t i = 0; i < kQuestions.size() * 2; ++i) {
    auto& asker = teamMembers[i % teamMembers.size()].user;
    Actor a{asker.id, orgId, false};
    const char* q = kQuestions[i % kQuestions.size()];
    auto r = matcher.match(q);
    std::vector<store::QuestionTag> tags;
    for (auto& d : r.domains) tags.push_back({"domain", d.id});
    for (auto& x : r.aspects) tags.push_back({"aspect", x.id});
    for (auto& g : r.groups) tags.push_back({"group", g.id});
    const int64_t age = static_cast<int64_t>(i * 5 + 1) * kDay;
    int64_t id = ks.saveQuestion(a, noord, api::guard("text", q), tags, std::nullopt, now - age);
    if (age > kConfirmedAfter) ks.retagQuestion(a, noord, id, tags);
  }
  auto team = ks.teamKnowledge(admin, noord, now);
  std::vector<MapAspect> aspects;
  for (auto& asp : ks.aspects(admin))
    if (!asp.retired) aspects.push_back({asp.id, asp.domainId});
  auto map = computeTeamMap(aspects, team, ks.demand(admin, noord, now - 180 * kDay, now + 1));
  std::vector<store::PlanItem> items;
  for (auto& sug : rankTrainingPlan(map, team, 8))
    items.push_back({0, sug.aspectId, sug.priority, sug.mentor, sug.targetLevel, isoUtc(now + 180 * kDay).substr(0, 10), "", sug.learners});
  ks.replacePlan(admin, noord, items, now - 7 * kDay);
}

}  // namespace vk::app

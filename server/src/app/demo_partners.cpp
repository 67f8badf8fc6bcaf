// Demo data for the partners part: team Noord asked six partners last month (an anonymous
// round, closed, results visible); team Zuid's round is open with two answers so far
// (results still hidden). Partners speak about the team's work; no resident appears.
#include "app/demo_partners.hpp"

#include <boost/json.hpp>

#include "api/live/guideline.hpp"
#include "api/partners/tokens.hpp"
#include "api/privacy/guard.hpp"
#include "store/foundation/store.hpp"
#include "store/partners/store.hpp"

namespace vk::app {

namespace {

constexpr int64_t kDay = 24 * 3600;

domain::PartnerQuestions defaultQuestions() {
  domain::PartnerQuestions q;
  for (auto& r : api::defaultGuideline().at("rules").as_array()) {
    auto& o = r.as_object();
    q.rules.push_back({std::string(o.at("key").as_string()), std::string(o.at("name").as_string()),
                       std::string(o.at("description").as_string())});
  }
  return q;
}

struct DemoAnswer {
  const char* kind;
  const char* recognition[5];  // verbinding, vraag, koers, tegenspraak, stem
  const char* example;         // for the first rule answered "herken"
  const char* distinctive;
  const char* missing;
};

domain::GuardedText guarded(const domain::PartnerQuestions& q, const DemoAnswer& d) {
  domain::PartnerAnswers a;
  bool exampleGiven = false;
  for (size_t i = 0; i < q.rules.size() && i < 5; ++i) {
    domain::PartnerRuleAnswer ra{q.rules[i].ruleKey, d.recognition[i], ""};
    if (!exampleGiven && ra.recognition == "herken" && *d.example) {
      ra.example = d.example;
      exampleGiven = true;
    }
    a.rules.push_back(ra);
  }
  a.distinctive = d.distinctive;
  a.missing = d.missing;
  std::vector<api::FieldText> texts;
  for (size_t i = 0; i < a.rules.size(); ++i)
    if (!a.rules[i].example.empty()) texts.push_back({"rules[" + std::to_string(i) + "].example", a.rules[i].example});
  texts.push_back({"distinctive", a.distinctive});
  texts.push_back({"missing", a.missing});
  auto doc = domain::answersJson(a);
  return api::PrivacyGuard::check(texts, false, &doc).document;
}

const std::vector<DemoAnswer> kNoord = {
    {"school", {"herken", "herken", "soms", "niet", "soms"},
     "Als wij ons zorgen maken over een leerling, staat er binnen een week iemand van het wijkteam bij ons op school.",
     "Ze schuiven aan bij het zorgoverleg zonder dat wij eerst een formulier hoeven in te vullen.",
     "Soms horen we lang niets terug nadat we iets hebben doorgegeven."},
    {"huisarts", {"herken", "soms", "herken", "soms", "niet"},
     "De praktijkondersteuner belt het wijkteam en krijgt dezelfde dag een naam van wie het oppakt.",
     "Ze blijven bij de vraag van de patiënt, ook als die niet in een hokje past.",
     "Een vast moment per kwartaal om samen terug te kijken."},
    {"woningcorporatie", {"herken", "herken", "herken", "soms", "herken"},
     "Bij huurachterstand gaan we samen op huisbezoek, in plaats van dat er eerst brieven komen.",
     "Ze durven te zeggen dat een regel van ons niet werkt voor de buurt.",
     "Meer zicht op wat er na het eerste gesprek gebeurt."},
    {"schuldhulp", {"soms", "herken", "herken", "herken", "soms"},
     "Ze vragen door tot het echte verhaal op tafel ligt, ook als dat langer duurt.",
     "Ze nemen ons mee in hun twijfel en vragen ons om tegenspraak.",
     "Soms wordt er te snel doorverwezen naar ons terwijl er eerst iets anders speelt."},
    {"politie", {"herken", "soms", "soms", "niet", "herken"},
     "De wijkagent en het wijkteam lopen samen een ronde als er onrust is in een straat.",
     "Ze kennen de straat en de mensen die er al jaren wonen.",
     "Dat we elkaar ook buiten de incidenten om spreken."},
    {"welzijn", {"herken", "herken", "soms", "soms", "herken"},
     "Ze komen naar de buurtkamer en drinken koffie mee, zonder agenda.",
     "Ze laten de buurt zelf aan het woord bij de gemeente.",
     "Wat meer tijd om samen iets nieuws in de wijk op te zetten."},
};

const std::vector<DemoAnswer> kZuid = {
    {"school", {"herken", "soms", "herken", "soms", "soms"},
     "Het wijkteam denkt mee als een gezin net in de wijk komt wonen.",
     "Ze zijn makkelijk te bereiken, ook via de app.", "Een vast gezicht voor onze school."},
    {"gemeente", {"soms", "herken", "soms", "herken", "herken"},
     "Ze brengen in het overleg met de gemeente wat ze in de wijk zien, met voorbeelden.",
     "Ze vertalen wat ze zien naar wat het beleid kan doen.", "Cijfers die laten zien wat het oplevert."},
};

// Organisation names (the guard may take "De Regenboog" for a person): confirmed, as a lead would.
domain::GuardedText label(const std::string& s) { return api::guard("label", s, true); }

}  // namespace

void seedPartnersDemo(store::Store& store, const domain::Actor& admin, const std::vector<int64_t>& teams, int64_t now) {
  if (teams.size() < 2) return;
  store::PartnerStore ps(store.db());
  auto q = defaultQuestions();

  // Noord: asked six weeks ago, closed twelve days ago; every partner answered.
  {
    int64_t created = now - 42 * kDay;
    store::NewPartnerRound in;
    in.title = api::guard("title", "Hoe zien partners ons werk? Najaar");
    in.anonymous = true;
    in.closesOn = domain::utcDay(now - 12 * kDay);
    in.questions = q;
    std::vector<std::string> tokens;
    for (auto& d : kNoord) {
      tokens.push_back(api::partners::newPartnerToken());
      in.invitations.push_back({d.kind, label(""), api::partners::partnerTokenHash(tokens.back())});
    }
    ps.createRound(admin, teams[0], in, created);
    for (size_t i = 0; i < kNoord.size(); ++i)
      ps.submit(api::partners::partnerTokenHash(tokens[i]), guarded(q, kNoord[i]), false,
                created + static_cast<int64_t>(3 + 4 * i) * kDay);
  }
  // Zuid: open for two more weeks; two answers, one partner saved a draft.
  {
    int64_t created = now - 5 * kDay;
    store::NewPartnerRound in;
    in.title = api::guard("title", "Partners over ons werk in Zuid");
    in.anonymous = false;
    in.closesOn = domain::utcDay(now + 16 * kDay);
    in.questions = q;
    const std::vector<std::pair<std::string, std::string>> invites = {
        {"school", "Basisschool De Regenboog"}, {"gemeente", "Gemeente Demostad, team Wmo"},
        {"huisarts", "Gezondheidscentrum Zuid"}, {"woningcorporatie", "Woonstichting Demostad"},
        {"welzijn", "Buurtwerk Zuid"}};
    std::vector<std::string> tokens;
    for (auto& [kind, name] : invites) {
      tokens.push_back(api::partners::newPartnerToken());
      in.invitations.push_back({kind, label(name), api::partners::partnerTokenHash(tokens.back())});
    }
    ps.createRound(admin, teams[1], in, created);
    for (size_t i = 0; i < kZuid.size(); ++i)
      ps.submit(api::partners::partnerTokenHash(tokens[i]), guarded(q, kZuid[i]), false, created + static_cast<int64_t>(1 + i) * kDay);
    DemoAnswer draft{"huisarts", {"herken", "", "", "", ""}, "", "", ""};
    ps.saveDraft(api::partners::partnerTokenHash(tokens[2]), guarded(q, draft), false, created + 3 * kDay);
  }
}

}  // namespace vk::app

// Demo data for the guideline part: team Noord filled part of the matrix (12 of the 20 cells),
// with examples shared and some kept private, and a few members said how they load a rule.
// Sanne let her thought from the session with the wijkagent (placed under "Maak verbinding" x
// "Samenwerken") join the matrix. Team Zuid has just started (one member, one example).
#include "app/demo_guideline.hpp"

#include <map>
#include <string>

#include "api/privacy/guard.hpp"
#include "store/foundation/store.hpp"
#include "store/guideline/store.hpp"
#include "store/live/store.hpp"

namespace vk::app {

namespace {

struct Example {
  const char* who;  // the e-mail's name part
  const char* rule;
  const char* part;
  bool shared;
  const char* text;
};

const Example kNoord[] = {
    {"sanne.bakker", "verbinding", "buurt", true,
     "Elke dinsdag koffie in het buurthuis. Mensen komen nu zelf langs voordat het misgaat."},
    {"kees.mulder", "verbinding", "buurt", false, "Ik loop na een huisbezoek nog even langs de buren die ik ken."},
    {"marieke.deboer", "verbinding", "laagdrempelig", true,
     "Spreekuur op het schoolplein bij het ophalen: ouders stellen daar vragen die ze nooit zouden mailen."},
    {"youssef.elidrissi", "verbinding", "samenwerken", true,
     "Met de woningcorporatie samen aangebeld, in plaats van twee brieven die elkaar tegenspreken."},
    {"daan.visser", "vraag", "laagdrempelig", true,
     "Achter de vraag om een traplift zat eenzaamheid. Doorvragen leverde meer op dan de aanvraag."},
    {"priya.ramdin", "vraag", "samenwerken", false, "Ik vroeg de school wat zij al geprobeerd hadden, voor ik iets voorstelde."},
    {"ruud.jansen", "vraag", "partner", true,
     "We vroegen de gemeente welke vraag zij eigenlijk beantwoord wil zien, niet alleen hoeveel trajecten we doen."},
    {"fatma.yilmaz", "koers", "laagdrempelig", true,
     "Een gezin bleef bij mij terwijl de wachtlijst liep: kleine stappen, maar wel elke week contact."},
    {"youssef.elidrissi", "koers", "samenwerken", false, "Vasthouden aan één plan terwijl drie partners elk hun eigen doel hadden."},
    {"noor.hendriks", "tegenspraak", "samenwerken", true,
     "In het casusoverleg vraag ik nu steeds: wie ziet dit anders? Dat levert de beste gesprekken op."},
    {"lotte.vandijk", "tegenspraak", "buurt", true,
     "De buurtvereniging zag de overlast heel anders dan wij. Hun kijk veranderde ons plan."},
    {"ingrid.smit", "stem", "partner", true,
     "Drie signalen over schimmel in één straat gebundeld en aan de wethouder laten zien."},
    {"ahmed.benali", "stem", "buurt", false, "Bewoners zelf laten vertellen op de buurtavond, in plaats van namens hen."},
    {"kees.mulder", "stem", "laagdrempelig", true,
     "Op de wijkmarkt gevraagd wat mensen missen. De lijst ging naar de gemeente."},
};

struct Loading {
  const char* who;
  const char* rule;
  bool shared;
  const char* text;
};

const Loading kLoadings[] = {
    {"sanne.bakker", "verbinding", true, "Voor mij is verbinding eerst gewoon aanwezig zijn, zonder meteen iets te willen."},
    {"daan.visser", "vraag", true, "De vraag stellen betekent voor mij: niet tevreden zijn met het eerste antwoord."},
    {"noor.hendriks", "tegenspraak", true, "Tegenspraak zoeken is voor mij een vorm van zorgvuldigheid, geen wantrouwen."},
    {"fatma.yilmaz", "koers", false, "Koers houden is soms ook nee zeggen tegen een partner."},
    {"ingrid.smit", "stem", true, "Stem geven is laten zien wat we zien, met cijfers én met verhalen."},
};

}  // namespace

void seedGuidelineDemo(store::Store& store, const domain::Actor& admin, const std::vector<int64_t>& teams, int64_t now) {
  if (teams.size() < 2) return;
  std::map<std::string, int64_t> ids;
  for (auto& m : store.members(admin)) ids[m.user.email.substr(0, m.user.email.find('@'))] = m.user.id;
  store::GuidelineStore st(store.db());
  int64_t at = now - 20 * 24 * 3600;
  for (auto& e : kNoord) {
    auto it = ids.find(e.who);
    if (it == ids.end()) continue;
    auto text = api::guard("text", e.text);
    st.addExample({it->second, admin.orgId, false}, teams[0], {e.rule, e.part, &text, e.shared}, at += 3600);
  }
  for (auto& l : kLoadings) {
    auto it = ids.find(l.who);
    if (it == ids.end()) continue;
    st.setLoading({it->second, admin.orgId, false}, teams[0], l.rule, api::guard("text", l.text), l.shared, at += 3600);
  }
  // The live demo's placed thought, with its author's consent (source "sessie").
  if (auto it = ids.find("sanne.bakker"); it != ids.end()) {
    domain::Actor sanne{it->second, admin.orgId, false};
    store::LiveStore live(store);
    std::vector<int64_t> sessions;
    store.db().read([&](store::Conn& c) {
      auto r = c.query("SELECT id FROM live_sessions WHERE team_id = $1 ORDER BY id", {teams[0]});
      for (size_t i = 0; i < r.size(); ++i) sessions.push_back(r[i].i64(0));
    });
    bool done = false;
    for (int64_t sid : sessions) {
      for (auto& x : live.contributions(sanne, sid))
        if (!done && !x.ruleKey.empty()) {
          live.setConsent(sanne, sid, x.seq, x.toThreads, x.anonymous, now - 3600, true);
          done = true;
        }
    }
  }
  if (auto it = ids.find("jeroen.dewit"); it != ids.end()) {
    auto text = api::guard("text", "Samen met de huisarts een inloopochtend in de bibliotheek opgezet.");
    st.addExample({it->second, admin.orgId, false}, teams[1], {"verbinding", "samenwerken", &text, true}, at += 3600);
  }
}

}  // namespace vk::app

#include "app/demo_interviews.hpp"

#include <map>
#include <string>

#include "api/privacy/guard.hpp"

#include "store/interviews/codebook.hpp"
#include "store/interviews/store.hpp"
#include "store/foundation/store.hpp"
#include "store/interviews/codebook.hpp"
#include "store/interviews/store.hpp"
#include "store/foundation/store.hpp"

namespace vk::app {

using namespace vk::domain;

namespace {

struct DemoInterview {
  const char* interviewer;
  const char* interviewee;
  const char* purpose;
  int daysAgo;
  std::vector<std::pair<const char*, bool>> fragments;  // text, anonymous
};

// Invented words of invented colleagues.
const std::vector<std::vector<DemoInterview>>& chains() {
  static const std::vector<std::vector<DemoInterview>> c = {
      {  // Wijkteam Noord
       {"sanne.bakker", "youssef.elidrissi", "collegial", 120,
        {{"Ik ben in mijn element als een gezin zelf de eerste stap zet en ik alleen naast ze hoef te lopen.", false},
         {"De administratie rond schulden vreet tijd; ik filter door eerst te vragen wat het gezin zelf wil.", true}}},
       {"youssef.elidrissi", "marieke.deboer", "collegial", 100,
        {{"Mijn constante is contact: ik ga niet sneller dan het vertrouwen dat er is.", true},
         {"Het team is mijn thuisbasis; in het duo houden we elkaar scherp en er is altijd humor.", false}}},
       {"marieke.deboer", "daan.visser", "collegial", 80,
        {{"Vroeger dacht ik dat ik het moest oplossen, nu vraag ik wat iemand zelf kan en wil.", true},
         {"De beschikkingen en regels van de gemeente schuren soms met wat een bewoner echt nodig heeft.", true}}},
       {"priya.ramdin", "kees.mulder", "onboarding", 60,
        {{"Het werkt als iemand zich gezien voelt; dan gaat er iets bewegen dat lang vastzat.", true},
         {"Van collega's leer ik het meest, bij de koffie en in intervisie, meer dan uit richtlijnen.", true}}},
       {"kees.mulder", "fatma.yilmaz", "collegial", 30,
        {{"Als nieuwe collega leer ik mijn zodatjes kennen door te kijken hoe de meesters in het team werken.", true},
         {"Ik ben in mijn element als ik een huisbezoek samen met een collega doe en we elkaar aanvullen.", false}}},
       {"fatma.yilmaz", "ruud.jansen", "teamday", 10,
        {{"De visie van de organisatie geeft houvast, maar in het gezin vaar ik op mijn eigen kompas.", true},
         {"Minder administratie zou meer tijd geven voor contact in de wijk.", true}}}},
      {  // Wijkteam Zuid
       {"jeroen.dewit", "esra.demir", "collegial", 110,
        {{"Samenwerken in de wijk met school en huisarts maakt het verschil voor gezinnen.", true},
         {"Ik blijf trouw aan de kern: aansluiten bij wat het gezin zelf belangrijk vindt.", false}}},
       {"esra.demir", "samira.amrani", "collegial", 90,
        {{"Een off-day is als ik alleen formulieren invul en niemand spreek.", true},
         {"Wederkerigheid: een bewoner is meer dan zijn probleem en kan vaak iets voor een ander betekenen.", true}}},
       {"samira.amrani", "tom.brouwer", "audit", 70,
        {{"Met de gemeente in gesprek gaan over de opdracht helpt om samen in de wijk te werken.", true},
         {"In het team durven we tegenspraak te geven; dat houdt me scherp.", true}}},
       {"tom.brouwer", "anouk.vermeulen", "collegial", 40,
        {{"Ik ben trots als het resultaat het resultaat van de bewoner is, niet het mijne.", true},
         {"Systemisch werken is de grootste verandering in mijn vak geweest.", true}}},
       {"anouk.vermeulen", "wim.dekker", "collegial", 15,
        {{"Schulden vragen tempo, maar het contact bepaalt of iemand de stap ook zet.", true},
         {"De werkdruk en neventaken maken het lastig om outreachend te blijven werken.", true}}}},
  };
  return c;
}

const std::vector<std::pair<const char*, const char*>>& zodatjes() {
  static const std::vector<std::pair<const char*, const char*>> z = {
      {"sanne.bakker", "Ik ga naast de jongen op de bank zitten, zodat hij niet het gevoel heeft dat hij verhoord wordt."},
      {"youssef.elidrissi", "Ik laat de brieven eerst door haar openen, zodat zij de regie houdt over haar eigen post."},
      {"marieke.deboer", "Ik bel de dag ervoor even, zodat het bezoek geen verrassing is."},
      {"esra.demir", "Ik neem de school mee in het gesprek, zodat het gezin niet alles twee keer hoeft te vertellen."},
      {"samira.amrani", "Ik vraag eerst wat er goed gaat, zodat we niet alleen over problemen praten."},
  };
  return z;
}

const std::vector<std::pair<const char*, const char*>>& statements() {
  static const std::vector<std::pair<const char*, const char*>> s = {
      {"sanne.bakker", "Het is mijn vak om naast mensen te staan tot ze zelf weer kunnen lopen."},
      {"youssef.elidrissi", "Het is mijn vak om orde te brengen waar geldzorgen alle ruimte innemen."},
      {"kees.mulder", "Het is mijn vak om te zien wat er achter de vraag zit."},
      {"priya.ramdin", "Het is mijn vak om nieuwsgierig te blijven, ook als ik denk dat ik het weet."},
      {"esra.demir", "Het is mijn vak om gezinnen en partners in de wijk met elkaar te verbinden."},
      {"tom.brouwer", "Het is mijn vak om zorg dichtbij te brengen, in het tempo van de bewoner."},
  };
  return s;
}

// Demostad's own deck: a copy of the starter deck with one card of its own.
void seedOwnDeck(store::InterviewStore& st, const Actor& admin, int64_t starterId, int64_t now) {
  auto own = st.copyDeck(admin, starterId, "Kaarten Wijkteams Demostad", now);
  store::CardInput card;
  card.group = "small";
  card.title = "Samen met school";
  card.questions = {api::guard("questions[0]", "Wanneer maakte samenwerken met een school of kinderopvang het verschil voor een gezin?")};
  card.prompts = {api::guard("prompts[0]", "Wie nam de eerste stap, en hoe?"),
                  api::guard("prompts[1]", "Wat zou je een nieuwe collega hierover meegeven?")};
  st.putCard(admin, own.id, std::nullopt, card);
}

// Demostad's codebook in its own words: one theme described anew, one sub-theme added.
void seedOwnCodebook(store::Store& store, const Actor& admin) {
  store::CodebookStore book(store.db());
  for (auto& t : book.themes(admin)) {
    if (t.key != "werk") continue;
    store::CodeInput in;
    in.title = t.title;
    in.description = api::guard("description",
        "In Demostad: eerst contact, dan pas het plan. We volgen het tempo van het huishouden en werken samen met "
        "school, huisarts en buurthuis.");
    in.keywords = t.keywords;
    in.keywords.push_back("school");
    book.putTheme(admin, "werk", in);
    book.addSubtheme(admin, "werk",
                     {"Geldzorgen en schulden", api::guard("description", "Rust brengen als schulden en post alle ruimte innemen."),
                      {"schulden", "geldzorgen", "brieven", "post"}, false});
  }
}

}  // namespace

void seedDemoInterviews(store::Store& store, const Actor& admin, const std::vector<int64_t>& teams, int64_t now) {
  constexpr int64_t day = 24 * 3600;
  std::map<std::string, int64_t> ids;
  for (auto& m : store.members(admin)) ids[m.user.email.substr(0, m.user.email.find('@'))] = m.user.id;
  auto actor = [&](const std::string& who) { return Actor{ids.at(who), admin.orgId, false}; };
  store::InterviewStore st(store.db());
  int64_t deckId = st.decks(admin).at(0).id;
  seedOwnDeck(st, admin, deckId, now);
  seedOwnCodebook(store, admin);
  auto deck = st.deck(admin, deckId);
  auto& cards = deck.cards;
  for (size_t t = 0; t < chains().size(); ++t) {
    std::optional<int64_t> parent;
    for (auto& d : chains()[t]) {
      int64_t at = now - d.daysAgo * day;
      store::NewInterview in;
      in.teamId = teams[t];
      in.intervieweeId = ids.at(d.interviewee);
      in.purpose = d.purpose;
      in.deckId = deckId;
      // The previous interviewee passes the chain on (the onboarding interview starts fresh).
      if (std::string(d.purpose) != "onboarding") in.parentId = parent;
      auto iv = st.createInterview(actor(d.interviewer), in, at);
      int64_t id = iv.summary.id;
      size_t k = 1;
      for (auto& [text, anonymous] : d.fragments) {
        int64_t cardId = cards.at(k++ % cards.size()).id;
        st.putNote(actor(d.interviewer), id, cardId, api::guard("text", text), at);
      }
      st.complete(actor(d.interviewer), id, at + 3600);
      // The interviewee confirms the suggested themes (only confirmed themes count in the team's
      // clouds), except after the chain's newest interview: those wait under "Nog zonder thema".
      const bool newest = &d == &chains()[t].back();
      for (auto& [text, anonymous] : d.fragments) {
        auto f = st.shareFragment(actor(d.interviewee), id, std::nullopt, api::guard("text", text), anonymous, at + 7200);
        if (!newest && !f.themes.empty()) st.confirmThemes(actor(d.interviewee), f.id, f.themes, std::nullopt);
      }
      parent = id;
    }
  }
  for (auto& [who, text] : zodatjes()) {
    auto z = st.addZodatje(actor(who), api::guard("text", text), std::nullopt, now - 5 * day);
    // Most are shared with the first team the person is in; one stays private.
    if (std::string(who) != "marieke.deboer") {
      int64_t team = std::string(who) == "esra.demir" || std::string(who) == "samira.amrani" ? teams[1] : teams[0];
      st.shareZodatje(actor(who), z.id, team, false, now - 5 * day);
    }
  }
  for (auto& [who, text] : statements()) {
    int64_t team = std::string(who) == "esra.demir" || std::string(who) == "tom.brouwer" ? teams[1] : teams[0];
    // All but Kees let their sentence go, without their name, on the team's "Ons vak" page.
    st.putStatement(actor(who), team, api::guard("text", text), now - 2 * day, std::string(who) != "kees.mulder");
  }
}

}  // namespace vk::app

#include "app/demo_live.hpp"

#include <boost/json.hpp>
#include <string>

#include "api/privacy/guard.hpp"
#include "api/live/programme.hpp"
#include "domain/live/conversation.hpp"
#include "domain/resources.hpp"
#include "store/live/store.hpp"
#include "store/foundation/store.hpp"

namespace vk::app {

namespace json = boost::json;

namespace {

// The demo's programmes and events pass the privacy guard like everybody's.
domain::GuardedText guardedBlocks(const json::array& blocks) {
  json::value doc = blocks;
  return api::PrivacyGuard::check(api::blockTexts(blocks), false, &doc).document;
}
domain::GuardedText guardedEvent(const json::object& data) {
  json::value doc = data;
  return api::PrivacyGuard::check(api::payloadTexts(data), false, &doc).document;
}

int64_t userByEmail(store::Store& store, const domain::Actor& admin, const std::string& email) {
  for (auto& m : store.members(admin))
    if (m.user.email == email) return m.user.id;
  return 0;
}

// A second, shorter session of Noord a fortnight later, from the team lead's own template:
// the song grows with two new lines, and Sanne agrees that one of her thoughts goes to the
// team's common threads (the other contributions stay in the session).
void seedLaterSession(store::Store& store, store::LiveStore& live, const domain::Actor& admin, int64_t teamId, int64_t at) {
  int64_t lead = userByEmail(store, admin, "ingrid.smit@demostad.nl");
  int64_t sanne = userByEmail(store, admin, "sanne.bakker@demostad.nl");
  int64_t youssef = userByEmail(store, admin, "youssef.elidrissi@demostad.nl");
  if (!lead || !sanne || !youssef) return;
  domain::Actor leadActor{lead, admin.orgId, false};
  json::array blocks{
      json::object{{"kind", "song"}, {"title", "Opening met het lied"}, {"prompt", "Luister samen naar het lied."}, {"minutes", 10}},
      json::object{{"kind", "interview"}, {"title", "Interview met een partner"},
                   {"prompt", "Een partner uit de wijk vertelt hoe ze ons werk ziet. Schrijf op wat je hoort."}, {"minutes", 40}},
      json::object{{"kind", "free"}, {"title", "Wat nemen we mee?"}, {"prompt", "Eén ding dat je morgen anders doet."}, {"minutes", 20}},
      json::object{{"kind", "verse"}, {"title", "Nieuwe regels voor het lied"}, {"prompt", "Schrijf een regel voor het lied."}, {"minutes", 15}}};
  live.saveTemplate(leadActor, api::guard("name", "Korte teamsessie met een partner"), guardedBlocks(blocks),
                    at - 3 * 24 * 3600);
  auto s = live.create(leadActor, teamId, api::guard("title", "Dagdeel met de wijkagent"), guardedBlocks(blocks), at);
  store::LiveViewer facilitator{s.id, lead, std::nullopt, "Ingrid Smit", true};
  store::LiveViewer sanneViewer{s.id, sanne, std::nullopt, "Sanne Bakker", false};
  store::LiveViewer youssefViewer{s.id, youssef, std::nullopt, "Youssef El Idrissi", false};
  int n = 0;
  auto add = [&](const store::LiveViewer& who, const std::string& kind, json::object data) {
    ++n;
    return live.append(s.id, "demo-2-" + std::to_string(n), who, kind, guardedEvent(data), at + n * 90).event.seq;
  };
  add(facilitator, "block", {{"index", 0}});
  add(facilitator, "block", {{"index", 1}});
  int64_t shared = add(sanneViewer, "thought", {{"text", "De wijkagent ziet ons pas als het al mis is: eerder samen de straat op."}});
  add(youssefViewer, "thought", {{"text", "Vaker vragen wat partners zelf al zien, niet alleen wat wij zien."}});
  add(facilitator, "reveal", {});
  add(sanneViewer, "place", {{"thought", shared}, {"rule", "verbinding"}, {"part", "samenwerken"}});
  add(facilitator, "block", {{"index", 2}});
  add(facilitator, "block", {{"index", 3}});
  add(sanneViewer, "verse", {{"text", "We gaan de straat op voor het misgaat,"}});
  add(youssefViewer, "verse", {{"text", "en vragen wie er al lang naast iemand staat."}});
  add(facilitator, "end", {});
  live.setConsent(domain::Actor{sanne, admin.orgId, false}, s.id, shared, true, true, at + 3600);
}

// Noord's what-works conversation, two days before "now": Youssef brought a case, the team
// found the dilemma beneath it (linked to the library's "kinderen of schulden eerst"),
// looked at it from four perspectives, wrote what worked, and made two agreements, one of
// which comes up for a look back within the week (the team page reminds of it).
void seedConversation(store::Store& store, store::LiveStore& live, const domain::Actor& admin, int64_t teamId,
                      int64_t at, int64_t now) {
  int64_t lead = userByEmail(store, admin, "ingrid.smit@demostad.nl");
  int64_t sanne = userByEmail(store, admin, "sanne.bakker@demostad.nl");
  int64_t youssef = userByEmail(store, admin, "youssef.elidrissi@demostad.nl");
  if (!lead || !sanne || !youssef) return;
  domain::Actor leadActor{lead, admin.orgId, false};
  auto blocks = api::conversationProgramme().at("blocks").as_array();
  auto s = live.create(leadActor, teamId, api::guard("title", "Wat-werkt-gesprek: kinderen of schulden"),
                       guardedBlocks(blocks), at);
  store::LiveViewer facilitator{s.id, lead, std::nullopt, "Ingrid Smit", true};
  store::LiveViewer sanneViewer{s.id, sanne, std::nullopt, "Sanne Bakker", false};
  store::LiveViewer youssefViewer{s.id, youssef, std::nullopt, "Youssef El Idrissi", false};
  int n = 0;
  auto add = [&](const store::LiveViewer& who, const std::string& kind, json::object data) {
    ++n;
    return live.append(s.id, "demo-3-" + std::to_string(n), who, kind, guardedEvent(data), at + n * 60).event.seq;
  };
  add(facilitator, "block", {{"index", 0}});
  store::LiveConversationSet start{"case", "", "", api::guard("caseText",
      "Een gezin met drie kinderen en oplopende schulden. Jeugdhulp wil eerst de verwaarlozing aanpakken, de "
      "schuldhulp wil eerst rust in de financiën. Het gezin snapt niet meer wie wat wil."),
      api::guard("tension", ""), api::guard("choiceA", ""), api::guard("costA", ""), api::guard("choiceB", ""),
      api::guard("costB", "")};
  live.setConversation(leadActor, s.id, start, at + 5 * 60);
  add(facilitator, "block", {{"index", 1}});
  add(sanneViewer, "thought", {{"text", "Wat zegt het gezin zelf dat het eerst nodig heeft?"}, {"block", 1}});
  add(youssefViewer, "thought", {{"text", "Wie van de partners heeft het gezin het langst in beeld?"}, {"block", 1}});
  add(facilitator, "reveal", {});
  add(facilitator, "block", {{"index", 2}});
  store::LiveConversationSet formulated = start;
  formulated.tension = api::guard("tension", "Moet ik eerst de kinderen beschermen of eerst de schulden oplossen?");
  formulated.choiceA = api::guard("choiceA", "Eerst de veiligheid van de kinderen");
  formulated.costA = api::guard("costA", "De schulden lopen op en de stress in huis blijft hoog.");
  formulated.choiceB = api::guard("choiceB", "Eerst rust in de financiën");
  formulated.costB = api::guard("costB", "De kinderen wachten langer op hulp die ze nu nodig hebben.");
  formulated.libraryKey = "kinderen-of-schulden-eerst";
  live.setConversation(leadActor, s.id, formulated, at + 25 * 60);
  add(facilitator, "block", {{"index", 3}});
  add(sanneViewer, "thought", {{"text", "Voor de ouders telt dat er één iemand is die het overzicht houdt."}, {"block", 3}, {"perspective", "bewoner"}});
  add(youssefViewer, "thought", {{"text", "Wij willen niet kiezen tussen twee goede doelen, maar samen volgorde maken."}, {"block", 3}, {"perspective", "professional"}});
  add(sanneViewer, "thought", {{"text", "De schuldhulp heeft een wettelijke termijn: die druk is echt."}, {"block", 3}, {"perspective", "partner"}});
  add(youssefViewer, "thought", {{"text", "De gemeente vraagt één plan, maar financiert twee trajecten."}, {"block", 3}, {"perspective", "gemeente"}});
  add(facilitator, "reveal", {});
  add(facilitator, "block", {{"index", 4}});
  int64_t worked = add(sanneViewer, "thought", {{"text", "Ik zou de twee hulpverleners samen aan tafel zetten met het gezin. Vorig jaar werkte dat: één gesprek, één volgorde."}, {"block", 4}});
  add(youssefViewer, "thought", {{"text", "Eerst kleine dingen regelen die meteen lucht geven, zoals de vaste lasten. Dan is er ruimte voor de kinderen."}, {"block", 4}});
  add(facilitator, "reveal", {});
  add(facilitator, "block", {{"index", 5}});
  live.addAgreement(leadActor, s.id, {api::guard("what", "Bij gezinnen met jeugdhulp en schuldhulp plannen we één gezamenlijk gesprek met het gezin."),
                                      api::guard("who", "de twee casusregisseurs"), domain::utcDate(now + 5 * 24 * 3600)},
                    at + 70 * 60);
  live.addAgreement(leadActor, s.id, {api::guard("what", "We vragen de gemeente of één plan ook één budget kan krijgen."),
                                      api::guard("who", "de teamleider"), domain::utcDate(now + 40 * 24 * 3600)},
                    at + 72 * 60);
  add(facilitator, "block", {{"index", 6}});
  add(facilitator, "end", {});
  live.setConsent(domain::Actor{sanne, admin.orgId, false}, s.id, worked, true, true, at + 2 * 3600);
}

}  // namespace

void seedLiveDemo(store::Store& store, const domain::Actor& admin, const std::vector<int64_t>& teams, int64_t now) {
  if (teams.empty()) return;
  store::LiveStore live(store);
  const int64_t day = 24 * 3600;
  live.setSongUrl(admin, "https://soundcloud.com/associatie-wijkteams/daarop-dansen");
  auto programme = guardedBlocks(json::parse(*resources::get("content/nl/session-programme.json")).at("blocks").as_array());
  int64_t at = now - 21 * day;
  auto s = live.create(admin, teams[0], api::guard("title", "Dagdeel over ons vak"), programme, at);
  // The facilitator is the admin; participants are anonymous in the demo's events.
  store::LiveViewer facilitator{s.id, admin.userId, std::nullopt, "Gert Admiraal", true};
  int n = 0;
  auto add = [&](const std::string& kind, json::object data) {
    ++n;
    return live.append(s.id, "demo-" + std::to_string(n), facilitator, kind, guardedEvent(data), at + n * 60).event.seq;
  };
  add("block", {{"index", 0}});
  add("block", {{"index", 1}});
  struct T {
    const char* text;
    const char* rule;
    const char* part;
    const char* group;
  };
  const T thoughts[] = {
      {"Ze gaat eerst naast iemand zitten voordat ze iets vraagt.", "verbinding", "laagdrempelig", "Eerst contact"},
      {"De buurtmoeders weten vaak eerder dan wij wat er speelt.", "verbinding", "buurt", "Eerst contact"},
      {"Doorvragen op 'het gaat wel' levert het echte verhaal op.", "vraag", "laagdrempelig", "Doorvragen"},
      {"Ook de school durven vragen wat zíj eigenlijk zien.", "vraag", "samenwerken", "Doorvragen"},
      {"Niet meebewegen met de wachtlijst, wel met wat het gezin nodig heeft.", "koers", "laagdrempelig", "Koers houden"},
      {"Een collega die het anders ziet, maakte haar plan beter.", "tegenspraak", "samenwerken", "Tegenspraak"},
      {"In het overleg met de gemeente laten zien wat we in de wijk tegenkomen.", "stem", "partner", "Stem geven"},
      {"Bewoners zelf laten vertellen in de wijkraad.", "stem", "buurt", "Stem geven"},
  };
  std::vector<int64_t> seqs;
  for (auto& t : thoughts) seqs.push_back(add("thought", {{"text", t.text}}));
  add("block", {{"index", 2}});
  add("reveal", {});
  for (size_t i = 0; i < seqs.size(); ++i) {
    add("group", {{"thought", seqs[i]}, {"group", thoughts[i].group}});
    add("place", {{"thought", seqs[i]}, {"rule", thoughts[i].rule}, {"part", thoughts[i].part}});
  }
  add("block", {{"index", 3}});
  for (auto* text : {"Het is mijn vak om te blijven zoeken tot ik snap wat iemand echt vraagt.",
                     "Het is mijn vak om de buurt en de hulp bij elkaar te brengen.",
                     "Het is mijn vak om ruimte te maken waar het vastzit.",
                     "Het is mijn vak om te zeggen wat ik zie, ook als het schuurt."})
    add("sentence", {{"text", text}});
  add("block", {{"index", 4}});
  for (auto* text : {"We lopen mee waar de stoep ophoudt,", "we vragen door tot het verhaal klopt,",
                     "en dansen op wat er al is in de straat."})
    add("verse", {{"text", text}});
  add("end", {});

  seedLaterSession(store, live, admin, teams[0], now - 7 * day);
  seedConversation(store, live, admin, teams[0], now - 2 * day, now);
}

}  // namespace vk::app

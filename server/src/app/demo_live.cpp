#include "app/demo_live.hpp"

#include <boost/json.hpp>
#include <string>

#include "domain/resources.hpp"
#include "store/live_store.hpp"
#include "store/store.hpp"

namespace vk::app {

namespace json = boost::json;

void seedLiveDemo(store::Store& store, const domain::Actor& admin, const std::vector<int64_t>& teams, int64_t now) {
  if (teams.empty()) return;
  store::LiveStore live(store);
  const int64_t day = 24 * 3600;
  live.setSongUrl(admin, "https://soundcloud.com/associatie-wijkteams/daarop-dansen");
  auto programme = json::serialize(json::parse(*resources::get("content/nl/session-programme.json")).at("blocks"));
  int64_t at = now - 21 * day;
  auto s = live.create(admin, teams[0], "Dagdeel over ons vak", programme, at);
  // The facilitator is the admin; participants are anonymous in the demo's events.
  store::LiveViewer facilitator{s.id, admin.userId, std::nullopt, "Gert Admiraal", true};
  int n = 0;
  auto add = [&](const std::string& kind, json::object data) {
    ++n;
    return live.append(s.id, "demo-" + std::to_string(n), facilitator, kind, json::serialize(data), at + n * 60).event.seq;
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
}

}  // namespace vk::app

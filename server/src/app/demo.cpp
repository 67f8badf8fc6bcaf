#include "app/demo.hpp"
#include "app/demo_live.hpp"
#include "app/demo_knowledge.hpp"
#include "app/demo_interviews.hpp"
#include "app/demo_craft.hpp"
#include "app/demo_dilemmas.hpp"
#include "app/demo_guideline.hpp"
#include "app/demo_partners.hpp"

#include <vector>

#include "api/credentials.hpp"
#include "api/privacy/guard.hpp"
#include "store/foundation/store.hpp"
#include "store/foundation/store.hpp"

namespace vk::app {

using namespace vk::domain;

namespace {

struct DemoPerson {
  const char* name;
  const char* email;
  const char* discipline;
  Experience experience;
  int team;  // 0 = Noord, 1 = Zuid
  TeamRole role;
};

// Invented people; any likeness to real persons is accidental.
const std::vector<DemoPerson>& people() {
  static const std::vector<DemoPerson> p = {
      {"Sanne Bakker", "sanne.bakker@demostad.nl", "maatschappelijk werker", Experience::Meester, 0, TeamRole::Member},
      {"Youssef El Idrissi", "youssef.elidrissi@demostad.nl", "schuldhulpverlener", Experience::Meester, 0, TeamRole::Member},
      {"Marieke de Boer", "marieke.deboer@demostad.nl", "gezinscoach", Experience::Gezel, 0, TeamRole::Member},
      {"Daan Visser", "daan.visser@demostad.nl", "Wmo-consulent", Experience::Gezel, 0, TeamRole::Member},
      {"Priya Ramdin", "priya.ramdin@demostad.nl", "jeugd- en gezinswerker", Experience::Leerling, 0, TeamRole::Member},
      {"Kees Mulder", "kees.mulder@demostad.nl", "wijkverpleegkundige", Experience::Meester, 0, TeamRole::Member},
      {"Fatma Yilmaz", "fatma.yilmaz@demostad.nl", "maatschappelijk werker", Experience::Leerling, 0, TeamRole::Member},
      {"Ruud Jansen", "ruud.jansen@demostad.nl", "Wmo-consulent", Experience::Meester, 0, TeamRole::Member},
      {"Noor Hendriks", "noor.hendriks@demostad.nl", "gedragswetenschapper", Experience::Meester, 0, TeamRole::Supervisor},
      {"Lotte van Dijk", "lotte.vandijk@demostad.nl", "jeugd- en gezinswerker", Experience::Gezel, 0, TeamRole::Member},
      {"Ahmed Benali", "ahmed.benali@demostad.nl", "schuldhulpverlener", Experience::Leerling, 0, TeamRole::Member},
      {"Ingrid Smit", "ingrid.smit@demostad.nl", "teamleider", Experience::Meester, 0, TeamRole::TeamLead},
      {"Jeroen de Wit", "jeroen.dewit@demostad.nl", "maatschappelijk werker", Experience::Gezel, 1, TeamRole::Member},
      {"Esra Demir", "esra.demir@demostad.nl", "gezinscoach", Experience::Meester, 1, TeamRole::Member},
      {"Bram Peters", "bram.peters@demostad.nl", "Wmo-consulent", Experience::Leerling, 1, TeamRole::Member},
      {"Anouk Vermeulen", "anouk.vermeulen@demostad.nl", "jeugd- en gezinswerker", Experience::Gezel, 1, TeamRole::Member},
      {"Wim Dekker", "wim.dekker@demostad.nl", "schuldhulpverlener", Experience::Gezel, 1, TeamRole::Member},
      {"Samira Amrani", "samira.amrani@demostad.nl", "maatschappelijk werker", Experience::Meester, 1, TeamRole::Member},
      {"Tom Brouwer", "tom.brouwer@demostad.nl", "wijkverpleegkundige", Experience::Gezel, 1, TeamRole::Member},
      {"Joyce Kartodikromo", "joyce.kartodikromo@demostad.nl", "gezinscoach", Experience::Leerling, 1, TeamRole::Member},
      {"Hanna Kowalska", "hanna.kowalska@demostad.nl", "Wmo-consulent", Experience::Gezel, 1, TeamRole::Member},
      {"Erik Bos", "erik.bos@demostad.nl", "gedragswetenschapper", Experience::Meester, 1, TeamRole::Supervisor},
      {"Mirjam Koster", "mirjam.koster@demostad.nl", "teamleider", Experience::Meester, 1, TeamRole::TeamLead},
      {"Lars Willems", "lars.willems@demostad.nl", "jeugd- en gezinswerker", Experience::Leerling, 1, TeamRole::Member},
  };
  return p;
}

}  // namespace

bool seedDemo(store::Store& store, int64_t now) {
  if (store.hasOrganisations()) return false;
  // One hash for every demo account keeps start-up fast; real accounts each get their own.
  std::string hash = api::hashPassword(kDemoPassword);
  auto created = store.createOrganisation({"Wijkteams Demostad", "Gert Admiraal", kDemoAdminEmail, hash}, now, true);
  Actor admin{created.adminId, created.orgId, true};
  std::vector<int64_t> teams = {store.createTeam(admin, "Wijkteam Noord", now).id,
                                store.createTeam(admin, "Wijkteam Zuid", now).id};
  constexpr int64_t day = 24 * 3600;
  for (auto& p : people()) {
    NewInvitation inv{p.email, p.name, teams[static_cast<size_t>(p.team)], p.role, api::guard("discipline", p.discipline),
                      p.experience, false};
    std::string token = api::randomToken();
    store.createInvitation(admin, inv, api::tokenHash(token), now - 60 * day, now + 7 * day);
    store.acceptInvitation(api::tokenHash(token), p.name, hash, now - 59 * day);
  }
  // Sanne also works in Zuid, and Noor supervises both teams.
  for (auto& m : store.members(admin)) {
    if (m.user.email == kDemoMemberEmail) store.putTeamMember(admin, teams[1], m.user.id, TeamRole::Member);
    if (m.user.email == "noor.hendriks@demostad.nl") store.putTeamMember(admin, teams[1], m.user.id, TeamRole::Supervisor);
  }
  // One colleague has been invited but has not yet joined.
  NewInvitation open{"kim.vos@demostad.nl", "Kim Vos", teams[0], TeamRole::Member, api::guard("discipline", "gezinscoach"),
                     Experience::Leerling, false};
  store.createInvitation(admin, open, api::tokenHash(api::randomToken()), now - day, now + 6 * day);
  seedDemoInterviews(store, admin, teams, now);
  seedKnowledgeDemo(store, admin, teams, now);
  seedLiveDemo(store, admin, teams, now);
  seedDilemmasDemo(store, admin, teams, now);
  seedCraftDemo(store, admin, teams, now);
  seedGuidelineDemo(store, admin, teams, now);
  seedPartnersDemo(store, admin, teams, now);
  return true;
}

}  // namespace vk::app

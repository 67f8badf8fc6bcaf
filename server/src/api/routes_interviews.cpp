// Interviews about the craft: card decks (and their PDF), interviews that only the two
// participants read, shared fragments with themes, the team's chain and common threads,
// the organisation view (5-person threshold), the national story point, zodatjes and
// "het is mijn vak om…" statements.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/guarded_text.hpp"
#include "api/views.hpp"
#include "domain/craft.hpp"
#include "domain/validation.hpp"
#include "export/cards_pdf.hpp"
#include "store/interviews_store.hpp"

namespace vk::api {

using namespace vk::domain;
namespace json = boost::json;

namespace {

store::InterviewStore st(Ctx& c) { return store::InterviewStore(c.store.db()); }

// Arrays are read from the raw body; JsonBody has already checked the fields.
const json::value* rawField(Ctx& c, const char* name, json::value& holder) {
  holder = json::parse(c.req.body.empty() ? "{}" : c.req.body);
  return holder.is_object() ? holder.as_object().if_contains(name) : nullptr;
}
std::vector<std::string> stringArray(Ctx& c, const char* name, std::vector<FieldError>& errors) {
  json::value h;
  std::vector<std::string> out;
  auto* v = rawField(c, name, h);
  if (!v) return out;
  if (!v->is_array()) {
    errors.push_back({name, "Verwacht een lijst met teksten."});
    return out;
  }
  for (auto& x : v->as_array()) {
    if (!x.is_string()) {
      errors.push_back({name, "Verwacht een lijst met teksten."});
      return {};
    }
    out.emplace_back(x.as_string());
  }
  return out;
}
std::vector<int64_t> intArray(Ctx& c, const char* name, std::vector<FieldError>& errors) {
  json::value h;
  std::vector<int64_t> out;
  auto* v = rawField(c, name, h);
  if (!v) return out;
  if (!v->is_array()) {
    errors.push_back({name, "Verwacht een lijst met nummers."});
    return out;
  }
  for (auto& x : v->as_array()) {
    if (!x.is_int64()) {
      errors.push_back({name, "Verwacht een lijst met nummers."});
      return {};
    }
    out.push_back(x.as_int64());
  }
  return out;
}
std::string text(JsonBody& b, const char* field, size_t max, bool required = true) {
  std::string s = trimmed(required ? b.requiredString(field) : b.optionalString(field).value_or(""));
  if (s.size() > max) b.errors().push_back({field, "Deze tekst is te lang (hoogstens " + std::to_string(max) + " tekens)."});
  return s;
}

store::CardInput cardInput(Ctx& c) {
  auto body = c.body({"group", "title", "quote", "questions", "prompts"});
  store::CardInput in;
  in.group = text(body, "group", 40);
  in.title = text(body, "title", 120);
  in.quote = text(body, "quote", 200, false);
  in.questions = stringArray(c, "questions", body.errors());
  in.prompts = stringArray(c, "prompts", body.errors());
  if (in.questions.empty()) body.errors().push_back({"questions", "Een kaart heeft minstens één vraag."});
  body.finish();
  return in;
}

}  // namespace

void addInterviewRoutes(RouteTable& r) {
  // Cards and themes
  r.add("GET", "/api/v1/card-decks", http::Access::Member,
        [](Ctx& c) { return ok(json::object{{"items", st(c).decks(c.actor())}}); });
  r.add("GET", "/api/v1/card-decks/{deckId:int}", http::Access::Member,
        [](Ctx& c) { return ok(st(c).deck(c.actor(), c.id("deckId"))); });
  r.add("POST", "/api/v1/card-decks", http::Access::OrgAdmin, [](Ctx& c) {
    auto body = c.body({"name", "fromDeckId"});
    std::string name = text(body, "name", 80);
    checkName("name", name, 80, body.errors());
    auto from = body.optionalInt("fromDeckId");
    if (!from) body.errors().push_back({"fromDeckId", "Kies de set die je als basis neemt."});
    body.finish();
    auto d = st(c).copyDeck(c.actor(), *from, name, c.now);
    c.store.audit(c.actor(), "deck.create", "deck/" + std::to_string(d.at("id").as_int64()), c.now);
    return ok(d, 201);
  });
  r.add("POST", "/api/v1/card-decks/{deckId:int}/cards", http::Access::OrgAdmin, [](Ctx& c) {
    auto in = cardInput(c);
    return ok(st(c).putCard(c.actor(), c.id("deckId"), std::nullopt, in), 201);
  });
  r.add("PUT", "/api/v1/card-decks/{deckId:int}/cards/{cardId:int}", http::Access::OrgAdmin, [](Ctx& c) {
    auto in = cardInput(c);
    return ok(st(c).putCard(c.actor(), c.id("deckId"), c.id("cardId"), in));
  });
  r.add("DELETE", "/api/v1/card-decks/{deckId:int}/cards/{cardId:int}", http::Access::OrgAdmin, [](Ctx& c) {
    st(c).deleteCard(c.actor(), c.id("deckId"), c.id("cardId"));
    return http::Response::empty(204);
  });
  r.add("GET", "/api/v1/card-decks/{deckId:int}/pdf", http::Access::Member, [](Ctx& c) {
    auto deck = st(c).deckForPrint(c.actor(), c.id("deckId"));
    http::Response res;
    res.status = 200;
    res.body = exporter::cardsPdf(deck);
    res.set("Content-Type", "application/pdf");
    res.set("Content-Disposition", "attachment; filename=\"vakkompas-kaarten.pdf\"");
    return res;
  });
  r.add("GET", "/api/v1/craft-themes", http::Access::Member, [](Ctx& c) {
    json::array a;
    for (auto& t : starterThemes()) {
      json::array subs;
      for (auto& s : t.subthemes) subs.emplace_back(s);
      a.push_back(json::object{{"key", t.key}, {"title", t.title}, {"description", t.description}, {"subthemes", subs}});
    }
    return ok(json::object{{"items", std::move(a)}});
  });
  r.add("POST", "/api/v1/theme-suggestions", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"text"});
    std::string t = text(body, "text", 4000);
    body.finish();
    json::array a;
    for (auto& k : suggestThemes(t, starterThemes())) a.emplace_back(k);
    return ok(json::object{{"themes", std::move(a)}});
  });

  // Interviews: only the two participants ever read one.
  r.add("GET", "/api/v1/interviews", http::Access::Member, [](Ctx& c) { return ok(st(c).interviews(c.actor())); });
  r.add("POST", "/api/v1/interviews", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"teamId", "intervieweeId", "purpose", "deckId", "cardIds", "parentId"});
    store::NewInterview in;
    in.teamId = body.optionalInt("teamId");
    auto who = body.optionalInt("intervieweeId");
    if (!who) body.errors().push_back({"intervieweeId", "Kies de collega die je interviewt."});
    in.purpose = body.requiredString("purpose");
    in.deckId = body.optionalInt("deckId");
    in.parentId = body.optionalInt("parentId");
    in.cardIds = intArray(c, "cardIds", body.errors());
    body.finish();
    in.intervieweeId = *who;
    auto out = st(c).createInterview(c.actor(), in, c.now);
    c.store.audit(c.actor(), "interview.create", "interview/" + std::to_string(out.at("id").as_int64()), c.now);
    return ok(out, 201);
  });
  r.add("GET", "/api/v1/interviews/{interviewId:int}", http::Access::Member,
        [](Ctx& c) { return ok(st(c).interview(c.actor(), c.id("interviewId"))); });
  r.add("PUT", "/api/v1/interviews/{interviewId:int}/notes/{cardId:int}", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"text", "privacyConfirmed"});
    std::string t = body.requiredString("text");
    if (t.size() > 20000) body.errors().push_back({"text", "Deze aantekening is te lang."});
    bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
    body.finish();
    guardTexts({{"text", t}}, confirmed);
    return ok(st(c).putNote(c.actor(), c.id("interviewId"), c.id("cardId"), t, c.now));
  }).guardedFields = {"text"};
  r.add("POST", "/api/v1/interviews/{interviewId:int}/completion", http::Access::Member,
        [](Ctx& c) { return ok(st(c).complete(c.actor(), c.id("interviewId"), c.now)); });
  r.add("POST", "/api/v1/interviews/{interviewId:int}/fragments", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"text", "anonymous", "cardId", "privacyConfirmed"});
    std::string t = text(body, "text", 2000);
    if (t.empty()) body.errors().push_back({"text", "Kies wat je wilt delen."});
    bool anonymous = body.optionalBool("anonymous").value_or(false);
    auto card = body.optionalInt("cardId");
    bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
    body.finish();
    guardTexts({{"text", t}}, confirmed);
    return ok(st(c).shareFragment(c.actor(), c.id("interviewId"), card, t, anonymous, c.now), 201);
  }).guardedFields = {"text"};
  r.add("DELETE", "/api/v1/fragments/{fragmentId:int}", http::Access::Member, [](Ctx& c) {
    st(c).withdrawFragment(c.actor(), c.id("fragmentId"));
    c.store.audit(c.actor(), "fragment.withdraw", "fragment/" + std::to_string(c.id("fragmentId")), c.now);
    return http::Response::empty(204);
  });
  r.add("PUT", "/api/v1/fragments/{fragmentId:int}/themes", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"themes"});
    auto themes = stringArray(c, "themes", body.errors());
    body.finish();
    return ok(st(c).confirmThemes(c.actor(), c.id("fragmentId"), themes));
  });

  // Common threads
  r.add("GET", "/api/v1/teams/{teamId:int}/threads", http::Access::Member,
        [](Ctx& c) { return ok(st(c).teamThreads(c.actor(), c.id("teamId"))); });
  r.add("GET", "/api/v1/teams/{teamId:int}/interview-chain", http::Access::Member,
        [](Ctx& c) { return ok(st(c).teamChain(c.actor(), c.id("teamId"))); });
  r.add("GET", "/api/v1/threads", http::Access::Member, [](Ctx& c) {
    auto out = st(c).orgThreads(c.actor());
    out["analyst"] = st(c).isAnalyst(c.actor().userId);  // the web app shows the national part to analysts only
    return ok(out);
  });
  r.add("GET", "/api/v1/threads/export", http::Access::OrgAdmin, [](Ctx& c) {
    auto res = ok(st(c).exportThreads(c.actor(), c.now));
    res.set("Content-Disposition", "attachment; filename=\"rode-draden.json\"");
    return res;
  });
  r.add("GET", "/api/v1/national-threads", http::Access::Member,
        [](Ctx& c) { return ok(st(c).nationalThreads(c.actor())); });
  r.add("POST", "/api/v1/national-threads", http::Access::Member, [](Ctx& c) {
    json::value file;
    try {
      file = json::parse(c.req.body);
    } catch (const std::exception&) {
      invalid("Dit is geen geldig JSON-bestand.");
    }
    int64_t n = st(c).importThreads(c.actor(), file, c.now);
    return ok(json::object{{"imported", n}}, 201);
  });
  r.add("PUT", "/api/v1/members/{userId:int}/association-analyst", http::Access::OrgAdmin, [](Ctx& c) {
    auto body = c.body({"analyst"});
    auto yes = body.optionalBool("analyst");
    if (!yes) body.errors().push_back({"analyst", "Geef aan of deze collega analist is (true/false)."});
    body.finish();
    st(c).setAnalyst(c.actor(), c.id("userId"), *yes);
    c.store.audit(c.actor(), "analyst.put", "member/" + std::to_string(c.id("userId")), c.now);
    return ok(json::object{{"userId", c.id("userId")}, {"analyst", *yes}});
  });

  // Zodatjes and statements
  r.add("GET", "/api/v1/zodatjes", http::Access::Member,
        [](Ctx& c) { return ok(json::object{{"items", st(c).zodatjes(c.actor())}}); });
  r.add("POST", "/api/v1/zodatjes", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"text", "teamId", "privacyConfirmed"});
    std::string t = text(body, "text", 1000);
    if (t.empty()) body.errors().push_back({"text", "Schrijf je zodatje op."});
    auto team = body.optionalInt("teamId");
    bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
    body.finish();
    guardTexts({{"text", t}}, confirmed);
    return ok(st(c).addZodatje(c.actor(), t, team, c.now), 201);
  }).guardedFields = {"text"};
  r.add("PUT", "/api/v1/zodatjes/{zodatjeId:int}/sharing", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"teamId", "anonymous"});
    auto team = body.optionalInt("teamId");
    bool anonymous = body.optionalBool("anonymous").value_or(false);
    body.finish();
    return ok(st(c).shareZodatje(c.actor(), c.id("zodatjeId"), team, anonymous, c.now));
  });
  r.add("DELETE", "/api/v1/zodatjes/{zodatjeId:int}", http::Access::Member, [](Ctx& c) {
    st(c).deleteZodatje(c.actor(), c.id("zodatjeId"));
    return http::Response::empty(204);
  });
  r.add("GET", "/api/v1/teams/{teamId:int}/craft-statements", http::Access::Member,
        [](Ctx& c) { return ok(json::object{{"items", st(c).statements(c.actor(), c.id("teamId"))}}); });
  r.add("PUT", "/api/v1/teams/{teamId:int}/craft-statements/me", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"text"});
    std::string t = text(body, "text", 300);
    body.finish();
    return ok(st(c).putStatement(c.actor(), c.id("teamId"), t, c.now));
  });
}

}  // namespace vk::api

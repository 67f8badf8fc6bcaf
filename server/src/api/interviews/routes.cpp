// Interviews about the craft: card decks (and their PDF), interviews that only the two
// participants read, shared fragments with themes, the team's chain and common threads,
// the organisation view (5-person threshold), the national story point, zodatjes and
// "het is mijn vak om…" statements.
#include <boost/json.hpp>

#include <array>

#include "api/app.hpp"
#include "api/privacy/guard.hpp"
#include "api/interviews/body.hpp"
#include "api/interviews/views.hpp"
#include "api/foundation/views.hpp"
#include "domain/interviews/craft.hpp"
#include "domain/foundation/validation.hpp"
#include "export/cards_pdf.hpp"
#include "store/interviews/store.hpp"

namespace vk::api {

using namespace vk::domain;
using interviews::arrayOf;
using interviews::view;
namespace json = boost::json;

namespace {

store::InterviewStore st(Ctx& c) { return store::InterviewStore(c.store.db()); }

store::CardInput cardInput(Ctx& c) {
  auto body = c.body({"group", "groupTitle", "title", "quote", "questions", "prompts", "privacyConfirmed"});
  struct {
    std::string group, groupTitle, title, quote;
    std::vector<std::string> questions, prompts;
  } in;
  auto has = [&](std::string_view f) {
    for (auto& e : body.errors())
      if (e.field == f) return true;
    return false;
  };
  in.group = boundedText(body, "group", 40);
  in.groupTitle = boundedText(body, "groupTitle", 80, false);
  if (in.group.empty() && !has("group")) body.errors().push_back({"group", "Kies een groep."});
  in.title = boundedText(body, "title", 120);
  in.quote = boundedText(body, "quote", 200, false);
  in.questions = body.stringArray("questions");
  in.prompts = body.stringArray("prompts");
  if (in.title.empty() && !has("title")) body.errors().push_back({"title", "Geef de kaart een titel."});
  // Empty lines in the form are no questions; each one is at most 500 characters.
  for (auto* list : {&in.questions, &in.prompts}) {
    for (auto& q : *list) q = trimmed(q);
    std::erase(*list, std::string());
    for (auto& q : *list)
      if (q.size() > 500) body.errors().push_back({list == &in.questions ? "questions" : "prompts",
                                                   "Een vraag is hoogstens 500 tekens."});
  }
  if (in.questions.size() > 10) body.errors().push_back({"questions", "Hoogstens 10 vragen per kaart."});
  if (in.prompts.size() > 10) body.errors().push_back({"prompts", "Hoogstens 10 doorvragen per kaart."});
  if (in.questions.empty()) body.errors().push_back({"questions", "Een kaart heeft minstens één vraag."});
  bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
  body.finish();
  // A card's quote, questions and follow-up questions may describe a case: the guard checks them.
  std::vector<FieldText> texts{{"quote", in.quote}};
  for (size_t i = 0; i < in.questions.size(); ++i) texts.push_back({"questions[" + std::to_string(i) + "]", in.questions[i]});
  for (size_t i = 0; i < in.prompts.size(); ++i) texts.push_back({"prompts[" + std::to_string(i) + "]", in.prompts[i]});
  auto guarded = guard(c, texts, confirmed);
  store::CardInput out{in.group, in.groupTitle, in.title, guarded[0], {}, {}};
  out.questions.assign(guarded.begin() + 1, guarded.begin() + 1 + static_cast<std::ptrdiff_t>(in.questions.size()));
  out.prompts.assign(guarded.begin() + 1 + static_cast<std::ptrdiff_t>(in.questions.size()), guarded.end());
  return out;
}

}  // namespace

void addInterviewRoutes(RouteTable& r) {
  // Cards and themes
  r.add("GET", "/api/v1/card-decks", http::Access::Member,
        [](Ctx& c) { return ok(json::object{{"items", arrayOf(st(c).decks(c.actor()))}}); });
  r.add("GET", "/api/v1/card-decks/{deckId:int}", http::Access::Member,
        [](Ctx& c) { return ok(view(st(c).deck(c.actor(), c.id("deckId")))); });
  r.add("POST", "/api/v1/card-decks", http::Access::OrgAdmin, [](Ctx& c) {
    auto body = c.body({"name", "fromDeckId"});
    std::string name = boundedText(body, "name", 80);
    checkName("name", name, 80, body.errors());
    auto from = body.optionalInt("fromDeckId");
    if (!from) body.errors().push_back({"fromDeckId", "Kies de set die je als basis neemt."});
    body.finish();
    auto d = st(c).copyDeck(c.actor(), *from, name, c.now);
    c.store.audit(c.actor(), "deck.create", "deck/" + std::to_string(d.id), c.now);
    return ok(view(d), 201);
  });
  r.add("POST", "/api/v1/card-decks/{deckId:int}/cards", http::Access::OrgAdmin, [](Ctx& c) {
    auto in = cardInput(c);
    return ok(view(st(c).putCard(c.actor(), c.id("deckId"), std::nullopt, in)), 201);
  }).guardedFields = {"quote"};
  r.add("PUT", "/api/v1/card-decks/{deckId:int}/cards/{cardId:int}", http::Access::OrgAdmin, [](Ctx& c) {
    auto in = cardInput(c);
    return ok(view(st(c).putCard(c.actor(), c.id("deckId"), c.id("cardId"), in)));
  }).guardedFields = {"quote"};
  r.add("DELETE", "/api/v1/card-decks/{deckId:int}/cards/{cardId:int}", http::Access::OrgAdmin, [](Ctx& c) {
    st(c).deleteCard(c.actor(), c.id("deckId"), c.id("cardId"));
    return http::Response::empty(204);
  });
  r.add("PUT", "/api/v1/card-decks/{deckId:int}", http::Access::OrgAdmin, [](Ctx& c) {
    auto body = c.body({"name"});
    std::string name = boundedText(body, "name", 80);
    checkName("name", name, 80, body.errors());
    body.finish();
    auto d = st(c).renameDeck(c.actor(), c.id("deckId"), name);
    c.store.audit(c.actor(), "deck.rename", "deck/" + std::to_string(c.id("deckId")), c.now);
    return ok(view(d));
  });
  r.add("DELETE", "/api/v1/card-decks/{deckId:int}", http::Access::OrgAdmin, [](Ctx& c) {
    st(c).deleteDeck(c.actor(), c.id("deckId"));
    c.store.audit(c.actor(), "deck.delete", "deck/" + std::to_string(c.id("deckId")), c.now);
    return http::Response::empty(204);
  });
  r.add("PUT", "/api/v1/card-decks/{deckId:int}/order", http::Access::OrgAdmin, [](Ctx& c) {
    auto body = c.body({"cardIds"});
    auto ids = body.intArray("cardIds");
    body.finish();
    return ok(view(st(c).reorderCards(c.actor(), c.id("deckId"), ids)));
  });
  r.add("GET", "/api/v1/card-decks/{deckId:int}/pdf", http::Access::Member, [](Ctx& c) {
    auto deck = st(c).deckForPrint(c.actor(), c.id("deckId"));
    return download(exporter::cardsPdf(deck), kPdf, "vakkompas-kaarten.pdf");
  });
  addInterviewCodebookRoutes(r);

  // Interviews: only the two participants ever read one.
  r.add("GET", "/api/v1/interviews", http::Access::Member, [](Ctx& c) { return ok(view(st(c).interviews(c.actor()))); });
  r.add("POST", "/api/v1/interviews", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"teamId", "intervieweeId", "purpose", "deckId", "cardIds", "parentId"});
    store::NewInterview in;
    in.teamId = body.optionalInt("teamId");
    auto who = body.optionalInt("intervieweeId");
    if (!who) body.errors().push_back({"intervieweeId", "Kies de collega die je interviewt."});
    in.purpose = body.requiredString("purpose");
    in.deckId = body.optionalInt("deckId");
    in.parentId = body.optionalInt("parentId");
    in.cardIds = body.intArray("cardIds");
    body.finish();
    in.intervieweeId = *who;
    auto out = st(c).createInterview(c.actor(), in, c.now);
    c.store.audit(c.actor(), "interview.create", "interview/" + std::to_string(out.summary.id), c.now);
    return ok(view(out), 201);
  });
  r.add("GET", "/api/v1/interviews/{interviewId:int}", http::Access::Member,
        [](Ctx& c) { return ok(view(st(c).interview(c.actor(), c.id("interviewId")))); });
  r.add("PUT", "/api/v1/interviews/{interviewId:int}/notes/{cardId:int}", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"text", "privacyConfirmed"});
    std::string t = body.requiredString("text");
    if (t.size() > 20000) body.errors().push_back({"text", "Deze aantekening is te lang."});
    bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
    body.finish();
    // the two people in the interview and their team's members may be named in its notes
    auto guarded = guard(c, "text", t, confirmed, st(c).namesInNotes(c.actor(), c.id("interviewId")));
    return ok(view(st(c).putNote(c.actor(), c.id("interviewId"), c.id("cardId"), guarded, c.now)));
  }).guardedFields = {"text"};
  r.add("POST", "/api/v1/interviews/{interviewId:int}/completion", http::Access::Member,
        [](Ctx& c) { return ok(view(st(c).complete(c.actor(), c.id("interviewId"), c.now))); });
  r.add("POST", "/api/v1/interviews/{interviewId:int}/fragments", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"text", "anonymous", "cardId", "privacyConfirmed"});
    std::string t = boundedText(body, "text", 2000);
    if (t.empty()) body.errors().push_back({"text", "Kies wat je wilt delen."});
    bool anonymous = body.optionalBool("anonymous").value_or(false);
    auto card = body.optionalInt("cardId");
    bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
    body.finish();
    auto guarded = guard(c, "text", t, confirmed);
    return ok(view(st(c).shareFragment(c.actor(), c.id("interviewId"), card, guarded, anonymous, c.now)), 201);
  }).guardedFields = {"text"};
  r.add("DELETE", "/api/v1/fragments/{fragmentId:int}", http::Access::Member, [](Ctx& c) {
    st(c).withdrawFragment(c.actor(), c.id("fragmentId"));
    c.store.audit(c.actor(), "fragment.withdraw", "fragment/" + std::to_string(c.id("fragmentId")), c.now);
    return http::Response::empty(204);
  });
  r.add("PUT", "/api/v1/fragments/{fragmentId:int}/themes", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"themes", "subthemes"});
    auto themes = body.stringArray("themes");
    // Without "subthemes" the ones already on the fragment stay, under the themes still chosen.
    std::optional<std::vector<int64_t>> subthemes;
    if (body.has("subthemes")) subthemes = body.intArray("subthemes");
    body.finish();
    return ok(view(st(c).confirmThemes(c.actor(), c.id("fragmentId"), themes, subthemes)));
  });
  // The author lets the team lead change the themes (or takes that back).
  r.add("PUT", "/api/v1/fragments/{fragmentId:int}/theme-consent", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"leadMayChangeThemes"});
    auto consent = body.optionalBool("leadMayChangeThemes");
    if (!consent) body.errors().push_back({"leadMayChangeThemes", "Kies ja of nee."});
    body.finish();
    auto out = st(c).setThemeConsent(c.actor(), c.id("fragmentId"), *consent);
    c.store.audit(c.actor(), "fragment.theme-consent", "fragment/" + std::to_string(c.id("fragmentId")), c.now);
    return ok(view(out));
  });

  // Common threads
  r.add("GET", "/api/v1/teams/{teamId:int}/threads", http::Access::Member,
        [](Ctx& c) { return ok(view(st(c).teamThreads(c.actor(), c.id("teamId")))); });
  r.add("GET", "/api/v1/teams/{teamId:int}/interview-chain", http::Access::Member,
        [](Ctx& c) { return ok(view(st(c).teamChain(c.actor(), c.id("teamId")))); });
  r.add("GET", "/api/v1/threads", http::Access::Member, [](Ctx& c) {
    auto out = view(st(c).orgThreads(c.actor()));
    out["analyst"] = st(c).isAnalyst(c.actor().userId);  // the web app shows the national part to analysts only
    return ok(out);
  });
  r.add("GET", "/api/v1/threads/export", http::Access::OrgAdmin, [](Ctx& c) {
    auto res = ok(view(st(c).exportThreads(c.actor(), c.now)));
    res.set("Content-Disposition", "attachment; filename=\"rode-draden.json\"");
    return res;
  });
  r.add("GET", "/api/v1/national-threads", http::Access::Member,
        [](Ctx& c) { return ok(view(st(c).nationalThreads(c.actor()))); });
  r.add("POST", "/api/v1/national-threads", http::Access::Member, [](Ctx& c) {
    json::value file;
    try {
      file = json::parse(c.req.body);
    } catch (const std::exception&) {
      invalid("Dit is geen geldig JSON-bestand.");
    }
    auto* obj = file.if_object();
    if (!obj || !obj->if_contains("threads") || !obj->at("threads").is_array() || !obj->if_contains("source") ||
        !obj->at("source").is_string())
      invalid("Dit is geen bestand met rode draden.", {{"threads", "Verwacht: source en een lijst threads."}});
    // The fragments come from another organisation: the guard checks each one here too.
    auto* confirm = obj->if_contains("privacyConfirmed");
    bool confirmed = confirm && confirm->is_bool() && confirm->as_bool();
    store::NationalImport in{std::string(obj->at("source").as_string()), {}};
    std::vector<FieldText> texts;
    std::vector<std::array<std::string, 3>> rest;  // theme, period, team-size band
    auto& threads = obj->at("threads").as_array();
    for (size_t i = 0; i < threads.size(); ++i) {
      auto* t = threads[i].if_object();
      auto s = [&](const char* k) {
        auto* v = t ? t->if_contains(k) : nullptr;
        return v && v->is_string() ? std::string(v->as_string()) : std::string();
      };
      if (!t || !knownThemeKey(s("theme")) || s("fragment").empty())
        invalid("Een rode draad in het bestand is onvolledig.", {{"threads", "Elke draad heeft een bekend thema en een fragment."}});
      texts.push_back({"threads[" + std::to_string(i) + "].fragment", s("fragment")});
      rest.push_back({s("theme"), s("period"), s("teamSizeBand")});
    }
    auto guarded = guard(c, texts, confirmed);
    for (size_t i = 0; i < guarded.size(); ++i) in.threads.push_back({rest[i][0], guarded[i], rest[i][1], rest[i][2]});
    int64_t n = st(c).importThreads(c.actor(), in, c.now);
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
        [](Ctx& c) { return ok(json::object{{"items", arrayOf(st(c).zodatjes(c.actor()))}}); });
  r.add("POST", "/api/v1/zodatjes", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"text", "teamId", "privacyConfirmed"});
    std::string t = boundedText(body, "text", 1000);
    if (t.empty()) body.errors().push_back({"text", "Schrijf je zodatje op."});
    auto team = body.optionalInt("teamId");
    bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
    body.finish();
    auto guarded = guard(c, "text", t, confirmed);
    return ok(view(st(c).addZodatje(c.actor(), guarded, team, c.now)), 201);
  }).guardedFields = {"text"};
  r.add("PUT", "/api/v1/zodatjes/{zodatjeId:int}/sharing", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"teamId", "anonymous"});
    auto team = body.optionalInt("teamId");
    bool anonymous = body.optionalBool("anonymous").value_or(false);
    body.finish();
    return ok(view(st(c).shareZodatje(c.actor(), c.id("zodatjeId"), team, anonymous, c.now)));
  });
  r.add("DELETE", "/api/v1/zodatjes/{zodatjeId:int}", http::Access::Member, [](Ctx& c) {
    st(c).deleteZodatje(c.actor(), c.id("zodatjeId"));
    return http::Response::empty(204);
  });
  r.add("GET", "/api/v1/teams/{teamId:int}/craft-statements", http::Access::Member,
        [](Ctx& c) { return ok(json::object{{"items", arrayOf(st(c).statements(c.actor(), c.id("teamId")))}}); });
  r.add("PUT", "/api/v1/teams/{teamId:int}/craft-statements/me", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"text", "outside", "privacyConfirmed"});
    std::string t = boundedText(body, "text", 300);
    auto outside = body.optionalBool("outside");  // may it go, without the name, on "Ons vak"
    bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
    body.finish();
    auto guarded = guard(c, "text", t, confirmed);  // "Het is mijn vak om…" may tell of a case
    return ok(interviews::savedView(st(c).putStatement(c.actor(), c.id("teamId"), guarded, c.now, outside)));
  }).guardedFields = {"text"};
}

}  // namespace vk::api

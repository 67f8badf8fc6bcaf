// The partners' pages: a personal link (open, save and come back, submit) and the open link
// (with a proof of work). No session, no cookie: the token in the path is the only key.
// A link that no longer opens answers 410 with its reason (used, closed, withdrawn); a
// token nobody made answers 404. Limits: wrong tokens per client address, writes per
// token, answers per address on an open link, and the body's size.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/foundation/views.hpp"
#include "api/partners/routes.hpp"
#include "api/partners/tokens.hpp"
#include "api/partners/views.hpp"
#include "api/privacy/guard.hpp"
#include "api/problem.hpp"
#include "store/partners/store.hpp"

namespace vk::api::partners {

namespace json = boost::json;
using store::LinkState;

namespace {

constexpr size_t kMaxBody = 64 * 1024;
constexpr int kWritesPerToken = 200;        // saves and submissions per hour on one link
constexpr int kOpenAnswersPerAddress = 5;   // answers per hour per address on one open link

// Flood limits, not guessing: in memory, per process (a restart forgets them). Unknown links
// per address are counted in the store for every instance (App::partnerLinkGuesses).
FailureWindows& tokenWrites() {
  static FailureWindows w(kWritesPerToken, 3600);
  return w;
}
FailureWindows& openAnswers() {
  static FailureWindows w(kOpenAnswersPerAddress, 3600);
  return w;
}

http::Response typed(http::Response res, const char* type) {
  auto body = json::parse(res.body).as_object();
  body["type"] = std::string("https://vakkompas.nl/problems/") + type;
  res.body = json::serialize(body);
  return res;
}

// The answer for a link that does not open (nullopt: it does).
std::optional<http::Response> refusal(Ctx& c, const store::PartnerLink& l) {
  switch (l.state) {
    case LinkState::Open: return std::nullopt;
    case LinkState::Used: return typed(problem(410, "Deze link is al gebruikt"), "partner-link-used");
    case LinkState::Closed: return typed(problem(410, "De ronde is gesloten"), "partner-round-closed");
    case LinkState::Revoked: return typed(problem(410, "Deze link is ingetrokken"), "partner-link-revoked");
    case LinkState::Unknown: break;
  }
  c.app.partnerLinkGuesses().count(c.clientAddress(), c.now);
  return typed(problem(404, "Deze link kennen we niet. Kijk of je hem helemaal hebt overgenomen."), "partner-link-unknown");
}

// Before any lookup: a made-up token, too many guesses from this address, too big a body.
const std::string& tokenOf(Ctx& c, bool open) { return c.params.str(open ? "openPartnerToken" : "partnerToken"); }

std::optional<http::Response> precheck(Ctx& c, bool write, bool open) {
  std::string address = c.clientAddress();
  if (int64_t wait = c.app.partnerLinkGuesses().wait(address, c.now))
    return problem(429, "Te veel onbekende links vanaf dit adres. Probeer het over " + std::to_string(wait) + " seconden opnieuw.");
  if (c.req.body.size() > kMaxBody) return problem(413, "Dit is te veel tekst in één keer.");
  const std::string& token = tokenOf(c, open);
  if (!domain::validPartnerToken(token)) {
    c.app.partnerLinkGuesses().count(address, c.now);
    return typed(problem(404, "Deze link kennen we niet. Kijk of je hem helemaal hebt overgenomen."), "partner-link-unknown");
  }
  if (write) {
    std::string key = partnerTokenHash(token);
    if (int64_t wait = tokenWrites().wait(key, c.now))
      return problem(429, "Deze link is vaak gebruikt. Probeer het over " + std::to_string(wait) + " seconden opnieuw.");
    tokenWrites().count(key, c.now);
  }
  return std::nullopt;
}

struct GuardedAnswers {
  domain::GuardedText doc;
  bool overridden = false;
};

// The body's answers against the round's questions, through the privacy guard as one
// document (a partner sees the same marked findings as a member).
GuardedAnswers readAnswers(Ctx& c, const domain::PartnerQuestions& q, bool requireSome, bool withProof,
                           std::string* challenge = nullptr, std::string* nonce = nullptr) {
  std::vector<std::string_view> allowed = {"rules", "distinctive", "missing", "privacyConfirmed"};
  if (withProof) allowed.push_back("proofOfWork");
  auto body = c.body(allowed);
  bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
  json::object answersOnly = body.root().is_object() ? body.root().as_object() : json::object{};
  answersOnly.erase("privacyConfirmed");
  answersOnly.erase("proofOfWork");
  auto a = domain::readPartnerAnswers(answersOnly, q, body.errors());
  if (requireSome && !domain::anyAnswer(a)) body.errors().push_back({"rules", "Beantwoord minstens één vraag."});
  if (withProof) {
    auto* p = body.root().as_object().if_contains("proofOfWork");
    if (!p || !p->is_object() || !p->as_object().if_contains("challenge") || !p->as_object().at("challenge").is_string() ||
        !p->as_object().if_contains("nonce") || !p->as_object().at("nonce").is_string())
      body.errors().push_back({"proofOfWork", "Verwacht {challenge, nonce}."});
    else {
      *challenge = std::string(p->as_object().at("challenge").as_string());
      *nonce = std::string(p->as_object().at("nonce").as_string());
    }
  }
  body.finish();
  std::vector<FieldText> texts;
  for (size_t i = 0; i < a.rules.size(); ++i)
    if (!a.rules[i].example.empty()) texts.push_back({"rules[" + std::to_string(i) + "].example", a.rules[i].example});
  if (!a.distinctive.empty()) texts.push_back({"distinctive", a.distinctive});
  if (!a.missing.empty()) texts.push_back({"missing", a.missing});
  auto doc = domain::answersJson(a);
  auto checked = PrivacyGuard::check(texts, confirmed, &doc);
  return {checked.document, !checked.overridden.empty()};
}

store::PartnerStore st(Ctx& c) { return store::PartnerStore(c.store.db()); }

}  // namespace

void addPartnerPublicRoutes(RouteTable& r) {
  r.add("GET", "/api/v1/partner-answers/{partnerToken}", http::Access::Public, [](Ctx& c) {
    if (auto no = precheck(c, false, false)) return *no;
    auto l = st(c).personalLink(partnerTokenHash(tokenOf(c, false)), c.now);
    if (auto no = refusal(c, l)) return *no;
    return ok(linkView(l));
  });
  r.add("PUT", "/api/v1/partner-answers/{partnerToken}", http::Access::Public, [](Ctx& c) {
    if (auto no = precheck(c, true, false)) return *no;
    std::string hash = partnerTokenHash(tokenOf(c, false));
    auto l = st(c).personalLink(hash, c.now);
    if (auto no = refusal(c, l)) return *no;
    auto in = readAnswers(c, l.questions, false, false);
    auto saved = st(c).saveDraft(hash, in.doc, in.overridden, c.now);
    if (auto no = refusal(c, saved)) return *no;
    return ok(linkView(saved));
  });
  r.add("POST", "/api/v1/partner-answers/{partnerToken}/submission", http::Access::Public, [](Ctx& c) {
    if (auto no = precheck(c, true, false)) return *no;
    std::string hash = partnerTokenHash(tokenOf(c, false));
    auto l = st(c).personalLink(hash, c.now);
    if (auto no = refusal(c, l)) return *no;
    auto in = readAnswers(c, l.questions, true, false);
    auto done = st(c).submit(hash, in.doc, in.overridden, c.now);
    if (auto no = refusal(c, done)) return *no;
    return ok(json::object{{"submitted", true}, {"team", l.team}}, 201);
  });

  r.add("GET", "/api/v1/open-partner-links/{openPartnerToken}", http::Access::Public, [](Ctx& c) {
    if (auto no = precheck(c, false, true)) return *no;
    std::string hash = partnerTokenHash(tokenOf(c, true));
    auto l = st(c).openLink(hash, c.now);
    if (auto no = refusal(c, l)) return *no;
    auto out = linkView(l);
    out["challenge"] = newChallenge(hash, c.now);
    out["difficulty"] = domain::kPartnerPowDifficulty;
    return ok(out);
  });
  r.add("POST", "/api/v1/open-partner-links/{openPartnerToken}/answers", http::Access::Public, [](Ctx& c) {
    if (auto no = precheck(c, true, true)) return *no;
    std::string hash = partnerTokenHash(tokenOf(c, true));
    auto l = st(c).openLink(hash, c.now);
    if (auto no = refusal(c, l)) return *no;
    std::string key = hash + "\n" + c.clientAddress();
    if (int64_t wait = openAnswers().wait(key, c.now))
      return problem(429, "Vanaf dit adres zijn al genoeg antwoorden gegeven. Probeer het over " + std::to_string(wait) +
                              " seconden opnieuw, of vraag de teamleider om een persoonlijke link.");
    std::string challenge, nonce;
    auto in = readAnswers(c, l.questions, true, true, &challenge, &nonce);
    if (auto why = proofProblem(hash, challenge, nonce, domain::kPartnerPowDifficulty, c.now))
      return typed(problem(400, *why), "partner-proof-of-work");
    auto done = st(c).submitOpen(hash, in.doc, in.overridden, sha256Hex(challenge), challengeExpires(challenge), c.now);
    if (auto no = refusal(c, done)) return *no;
    openAnswers().count(key, c.now);
    return ok(json::object{{"submitted", true}, {"team", l.team}}, 201);
  });
}

}  // namespace vk::api::partners

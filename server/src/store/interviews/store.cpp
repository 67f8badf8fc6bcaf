#include "store/interviews/store.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>

#include "domain/foundation/access.hpp"
#include "domain/errors.hpp"
#include "domain/resources.hpp"
#include "domain/time_format.hpp"
#include "store/interviews/codebook.hpp"
#include "store/interviews/lists.hpp"
#include "store/scope.hpp"
#include "text/keys.hpp"
#include "text/lemma.hpp"
#include "text/normalise.hpp"
#include "text/privacy_guard.hpp"
#include "text/privacy_lexicon.hpp"
#include "text/stopwords.hpp"

namespace vk::store {

using namespace vk::domain;

namespace {

std::vector<std::string> strings(const std::vector<GuardedText>& xs) {
  std::vector<std::string> out;
  for (auto& x : xs) out.push_back(x.str());
  return out;
}

constexpr const char* kCardCols = "id, grp, group_title, title, quote, questions, prompts";
Card cardOf(const Row& r) {
  return {r.i64(0), r.str(1), r.str(2), r.str(3), r.str(4), fromJson(r.str(5)), fromJson(r.str(6))};
}

std::vector<Card> cardsOf(Conn& c, int64_t deckId) {
  auto r = c.query(std::string("SELECT ") + kCardCols + " FROM cards WHERE deck_id = $1 ORDER BY position, id", {deckId});
  std::vector<Card> out;
  for (size_t i = 0; i < r.size(); ++i) out.push_back(cardOf(r[i]));
  return out;
}

void requireDeckInOrg(Conn& c, const Actor& a, int64_t deckId) {
  if (c.query("SELECT 1 FROM card_decks WHERE id = $1 AND org_id = $2", {deckId, a.orgId}).empty())
    notFound("Deze kaartenset bestaat niet.");
}

// Cards change only in an organisation's own decks; the starter deck stays as it came.
void requireOwnDeck(Conn& c, const Actor& a, int64_t deckId) {
  auto r = c.query("SELECT starter FROM card_decks WHERE id = $1 AND org_id = $2", {deckId, a.orgId});
  if (r.empty()) notFound("Deze kaartenset bestaat niet.");
  if (r[0].flag(0))
    throw Error(ErrorKind::Conflict, "De startset blijft zoals hij is. Maak er een eigen kopie van om die aan te passen.");
}

std::string userName(Conn& c, std::optional<int64_t> id) {
  if (!id) return "";
  auto r = c.query("SELECT name FROM users WHERE id = $1", {*id});
  return r.empty() ? "" : r[0].str(0);
}

struct InterviewRow {
  int64_t id, orgId;
  std::optional<int64_t> teamId, interviewerId;
  int64_t intervieweeId;
  std::string purpose;
  std::optional<int64_t> deckId;
  std::string cardIds;
  std::optional<int64_t> parentId;
  int64_t createdAt;
  std::optional<int64_t> completedAt;
};

// The interview, only for its two participants. Anyone else (team lead, supervisor,
// organisation admin included) gets 404: its existence is not revealed.
InterviewRow participantInterview(Conn& c, const Actor& a, int64_t id) {
  auto r = c.query(
      "SELECT id, org_id, team_id, interviewer_id, interviewee_id, purpose, deck_id, card_ids, parent_id, "
      "created_at, completed_at FROM interviews WHERE id = $1 AND org_id = $2 AND "
      "(interviewer_id = $3 OR interviewee_id = $3)",
      {id, a.orgId, a.userId});
  if (r.empty()) notFound("Dit interview bestaat niet, of je bent er geen deelnemer van.");
  auto x = r[0];
  return {x.i64(0), x.i64(1), x.optI64(2), x.optI64(3), x.i64(4), x.str(5), x.optI64(6), x.str(7), x.optI64(8),
          x.i64(9), x.optI64(10)};
}

InterviewSummary summary(Conn& c, const InterviewRow& r, int64_t me) {
  std::string teamName;
  if (r.teamId) {
    auto t = c.query("SELECT name FROM teams WHERE id = $1", {*r.teamId});
    if (!t.empty()) teamName = t[0].str(0);
  }
  return {r.id,
          r.purpose,
          r.teamId,
          teamName,
          r.interviewerId,
          userName(c, r.interviewerId),
          r.intervieweeId,
          userName(c, r.intervieweeId),
          r.intervieweeId == me ? "interviewee" : "interviewer",
          r.deckId,
          r.parentId,
          r.createdAt,
          r.completedAt};
}

// Whether the actor may change this fragment's themes (a kFragmentSelect row), for the web app.
Fragment fragmentOf(const Row& r, const Actor& a, std::optional<TeamRole> role) {
  // id, team_id, author_id, text, anonymous, themes, themes_confirmed, shared_at, source, author name, subthemes,
  // theme_consent
  Fragment f;
  f.id = r.i64(0);
  f.teamId = r.i64(1);
  f.text = r.str(3);
  f.anonymous = r.flag(4);
  f.themes = splitList(r.str(5));
  f.themesConfirmed = r.flag(6);
  f.sharedAt = r.i64(7);
  f.source = r.str(8);
  f.leadMayChangeThemes = r.flag(11);
  f.subthemes = splitIds(r.str(10));
  if (!r.flag(4) && !r.isNull(9)) f.authorName = r.str(9);  // a named share only
  bool author = !r.isNull(2) && r.i64(2) == a.userId;
  f.canChangeThemes = canEditFragmentThemes(author, role, r.flag(11));
  return f;
}
constexpr const char* kFragmentSelect =
    "SELECT f.id, f.team_id, f.author_id, f.text, f.anonymous, f.themes, f.themes_confirmed, f.shared_at, f.source, "
    "u.name, f.subthemes, f.theme_consent FROM fragments f LEFT JOIN users u ON u.id = f.author_id ";

// The rows team and organisation views count. Only confirmed themes count: a fragment whose
// themes are the machine's suggestion alone stands under no theme (it is still listed).
std::vector<FragmentRow> fragmentRows(Conn& c, int64_t orgId) {
  auto r = c.query(
      "SELECT id, team_id, author_id, text, themes, shared_at, themes_confirmed FROM fragments WHERE org_id = $1 "
      "ORDER BY id",
      {orgId});
  std::vector<FragmentRow> out;
  out.reserve(r.size());
  for (size_t i = 0; i < r.size(); ++i)
    out.push_back({r[i].i64(0), r[i].i64(1), r[i].optI64(2).value_or(0), r[i].str(3),
                   r[i].flag(6) ? splitList(r[i].str(4)) : std::vector<std::string>{}, r[i].i64(5)});
  return out;
}

std::vector<std::string> checkThemes(const std::vector<std::string>& themes) {
  std::vector<std::string> out;
  for (auto& t : themes) {
    if (!knownThemeKey(t)) invalid("Onbekend thema.", {{"themes", "Onbekend thema: " + t}});
    if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
  }
  return out;
}

// Sub-themes of the organisation's codebook, each under one of the chosen themes; a
// retired one only when the fragment already had it.
std::vector<int64_t> checkSubthemes(const std::vector<CraftTheme>& book, const std::vector<std::string>& themes,
                                    const std::vector<int64_t>& ids, const std::vector<int64_t>& had) {
  std::vector<int64_t> out;
  for (auto id : ids) {
    const CraftTheme* owner = nullptr;
    const SubTheme* sub = nullptr;
    for (auto& t : book)
      for (auto& s : t.subthemes)
        if (id > 0 && s.id == id) owner = &t, sub = &s;  // 0: the starter content, never stored
    std::string n = std::to_string(id);
    if (!sub) invalid("Onbekend subthema.", {{"subthemes", "Onbekend subthema: " + n}});
    if (sub->retired && std::find(had.begin(), had.end(), id) == had.end())
      invalid("Dit subthema wordt niet meer gebruikt.", {{"subthemes", "'" + sub->title + "' wordt niet meer gebruikt."}});
    if (std::find(themes.begin(), themes.end(), owner->key) == themes.end())
      invalid("Kies ook het thema van dit subthema.",
              {{"subthemes", "'" + sub->title + "' hoort bij '" + owner->title + "', dat je niet gekozen hebt."}});
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  }
  return out;
}

}  // namespace

int64_t InterviewStore::ensureStarterDeck(Conn& c, int64_t orgId, int64_t now) {
  auto r = c.query("SELECT id FROM card_decks WHERE org_id = $1 AND starter = 1", {orgId});
  if (!r.empty()) return r[0].i64(0);
  Deck d = parseDeck(*resources::get("content/nl/interview-cards.json"));
  int64_t id = c.query("INSERT INTO card_decks (org_id, name, starter, created_at) VALUES ($1, $2, 1, $3) RETURNING id",
                       {orgId, d.name, now})[0]
                   .i64(0);
  int64_t pos = 0;
  for (auto& card : d.cards)
    c.query(
        "INSERT INTO cards (deck_id, position, grp, group_title, title, quote, questions, prompts) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        {id, pos++, card.group, card.groupTitle, card.title, card.quote, toJson(card.questions), toJson(card.prompts)});
  return id;
}

std::vector<DeckSummary> InterviewStore::decks(const Actor& a) {
  std::vector<DeckSummary> out;
  db_.write([&](Conn& c) {
    ensureStarterDeck(c, a.orgId, 0);
    auto r = c.query(
        "SELECT d.id, d.name, d.starter, (SELECT COUNT(*) FROM cards WHERE deck_id = d.id) FROM card_decks d "
        "WHERE d.org_id = $1 ORDER BY d.starter DESC, d.id",
        {a.orgId});
    for (size_t i = 0; i < r.size(); ++i)
      out.push_back({r[i].i64(0), r[i].str(1), r[i].flag(2), r[i].i64(3)});
  });
  return out;
}

DeckDetail InterviewStore::deck(const Actor& a, int64_t deckId) {
  DeckDetail out;
  db_.read([&](Conn& c) {
    auto r = c.query("SELECT id, name, starter FROM card_decks WHERE id = $1 AND org_id = $2", {deckId, a.orgId});
    if (r.empty()) notFound("Deze kaartenset bestaat niet.");
    out = {r[0].i64(0), r[0].str(1), r[0].flag(2), cardsOf(c, deckId)};
  });
  return out;
}

Deck InterviewStore::deckForPrint(const Actor& a, int64_t deckId) {
  Deck d;
  db_.read([&](Conn& c) {
    auto r = c.query("SELECT name FROM card_decks WHERE id = $1 AND org_id = $2", {deckId, a.orgId});
    if (r.empty()) notFound("Deze kaartenset bestaat niet.");
    d = {deckId, r[0].str(0), cardsOf(c, deckId)};
  });
  return d;
}

Deck InterviewStore::deckById(int64_t deckId) {
  Deck d;
  db_.read([&](Conn& c) {
    auto r = c.query("SELECT name FROM card_decks WHERE id = $1", {deckId});
    if (r.empty()) notFound("Deze kaartenset bestaat niet.");
    d = {deckId, r[0].str(0), cardsOf(c, deckId)};
  });
  return d;
}

DeckDetail InterviewStore::copyDeck(const Actor& a, int64_t fromDeckId, const std::string& name, int64_t now) {
  requireAdmin(a);
  int64_t id = 0;
  db_.write([&](Conn& c) {
    requireDeckInOrg(c, a, fromDeckId);
    id = c.query("INSERT INTO card_decks (org_id, name, starter, created_at) VALUES ($1, $2, 0, $3) RETURNING id",
                 {a.orgId, name, now})[0]
             .i64(0);
    c.query(
        "INSERT INTO cards (deck_id, position, grp, group_title, title, quote, questions, prompts) "
        "SELECT $1, position, grp, group_title, title, quote, questions, prompts FROM cards WHERE deck_id = $2",
        {id, fromDeckId});
  });
  return deck(a, id);
}

Card InterviewStore::putCard(const Actor& a, int64_t deckId, std::optional<int64_t> cardId, const CardInput& in) {
  requireAdmin(a);
  Card out;
  db_.write([&](Conn& c) {
    requireOwnDeck(c, a, deckId);
    std::string groupTitle = in.groupTitle;
    auto g = c.query("SELECT group_title FROM cards WHERE deck_id = $1 AND grp = $2", {deckId, in.group});
    if (!g.empty()) groupTitle = g[0].str(0);
    if (groupTitle.empty())
      invalid("Kies een groep van deze set.", {{"groupTitle", "Een nieuwe groep heeft een titel nodig."}});
    int64_t id;
    if (cardId) {
      auto r = c.query(
          "UPDATE cards SET grp = $3, group_title = $4, title = $5, quote = $6, questions = $7, prompts = $8 "
          "WHERE id = $1 AND deck_id = $2 RETURNING id",
          {*cardId, deckId, in.group, groupTitle, in.title, in.quote.str(), toJson(strings(in.questions)),
           toJson(strings(in.prompts))});
      if (r.empty()) notFound("Deze kaart bestaat niet.");
      id = *cardId;
    } else {
      auto p = c.query("SELECT COALESCE(MAX(position), 0) + 1 FROM cards WHERE deck_id = $1", {deckId});
      id = c.query(
                "INSERT INTO cards (deck_id, position, grp, group_title, title, quote, questions, prompts) "
                "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
                {deckId, p[0].i64(0), in.group, groupTitle, in.title, in.quote.str(), toJson(strings(in.questions)),
                 toJson(strings(in.prompts))})[0]
               .i64(0);
    }
    out = cardOf(c.query(std::string("SELECT ") + kCardCols + " FROM cards WHERE id = $1", {id})[0]);
  });
  return out;
}

void InterviewStore::deleteCard(const Actor& a, int64_t deckId, int64_t cardId) {
  requireAdmin(a);
  db_.write([&](Conn& c) {
    requireOwnDeck(c, a, deckId);
    if (c.query("SELECT 1 FROM cards WHERE id = $1 AND deck_id = $2", {cardId, deckId}).empty())
      notFound("Deze kaart bestaat niet.");
    // Notes belong to the interviewee: a card they were written on stays.
    if (!c.query("SELECT 1 FROM interview_notes WHERE card_id = $1", {cardId}).empty())
      throw Error(ErrorKind::Conflict,
                  "Bij deze kaart staan aantekeningen in een vakgesprek. Pas de kaart aan in plaats van haar te "
                  "verwijderen.");
    c.query("DELETE FROM cards WHERE id = $1 AND deck_id = $2", {cardId, deckId});
  });
}

DeckDetail InterviewStore::renameDeck(const Actor& a, int64_t deckId, const std::string& name) {
  requireAdmin(a);
  db_.write([&](Conn& c) {
    requireOwnDeck(c, a, deckId);
    c.query("UPDATE card_decks SET name = $2 WHERE id = $1", {deckId, name});
  });
  return deck(a, deckId);
}

void InterviewStore::deleteDeck(const Actor& a, int64_t deckId) {
  requireAdmin(a);
  db_.write([&](Conn& c) {
    requireOwnDeck(c, a, deckId);
    if (!c.query("SELECT 1 FROM interviews WHERE deck_id = $1", {deckId}).empty())
      throw Error(ErrorKind::Conflict, "Met deze set zijn al vakgesprekken gevoerd; daarom blijft hij bestaan.");
    c.query("DELETE FROM card_decks WHERE id = $1", {deckId});
  });
}

DeckDetail InterviewStore::reorderCards(const Actor& a, int64_t deckId, const std::vector<int64_t>& cardIds) {
  requireAdmin(a);
  db_.write([&](Conn& c) {
    requireOwnDeck(c, a, deckId);
    auto r = c.query("SELECT id FROM cards WHERE deck_id = $1", {deckId});
    std::set<int64_t> have, given(cardIds.begin(), cardIds.end());
    for (size_t i = 0; i < r.size(); ++i) have.insert(r[i].i64(0));
    if (have != given || given.size() != cardIds.size())
      invalid("Geef elke kaart van de set precies één keer.", {{"cardIds", "Noem alle kaarten van deze set, elk één keer."}});
    int64_t pos = 0;
    for (auto id : cardIds) c.query("UPDATE cards SET position = $2 WHERE id = $1", {id, pos++});
  });
  return deck(a, deckId);
}

InterviewDetail InterviewStore::createInterview(const Actor& a, const NewInterview& in, int64_t now) {
  if (!validPurpose(in.purpose))
    invalid("Kies een doel.", {{"purpose", "Kies collegial, onboarding, teamday of audit."}});
  if (in.intervieweeId == a.userId) invalid("Je kunt jezelf niet interviewen.", {{"intervieweeId", "Kies een collega."}});
  int64_t id = 0;
  db_.write([&](Conn& c) {
    requireUserInOrg(c, a, in.intervieweeId);
    if (in.teamId) requireTeamMember(c, a, *in.teamId);
    if (in.parentId) {
      // Only the interviewee of the previous interview passes the chain on.
      auto p = c.query("SELECT 1 FROM interviews WHERE id = $1 AND org_id = $2 AND interviewee_id = $3",
                       {*in.parentId, a.orgId, a.userId});
      if (p.empty()) notFound("Het vorige interview in de keten bestaat niet.");
    }
    int64_t deckId = in.deckId ? *in.deckId : ensureStarterDeck(c, a.orgId, now);
    requireDeckInOrg(c, a, deckId);
    std::string ids;
    for (auto cid : in.cardIds) {
      if (c.query("SELECT 1 FROM cards WHERE id = $1 AND deck_id = $2", {cid, deckId}).empty())
        invalid("Deze kaart hoort niet bij de kaartenset.", {{"cardIds", "Onbekende kaart " + std::to_string(cid)}});
      ids += (ids.empty() ? "" : ",") + std::to_string(cid);
    }
    id = c.query(
              "INSERT INTO interviews (org_id, team_id, interviewer_id, interviewee_id, purpose, deck_id, card_ids, "
              "parent_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
              {a.orgId, in.teamId ? Value(*in.teamId) : Value(), a.userId, in.intervieweeId, in.purpose, deckId, ids,
               in.parentId ? Value(*in.parentId) : Value(), now})[0]
             .i64(0);
  });
  return interview(a, id);
}

InterviewList InterviewStore::interviews(const Actor& a) {
  InterviewList out;
  db_.read([&](Conn& c) {
    auto r = c.query(
        "SELECT id, org_id, team_id, interviewer_id, interviewee_id, purpose, deck_id, card_ids, parent_id, "
        "created_at, completed_at FROM interviews WHERE org_id = $1 AND (interviewer_id = $2 OR interviewee_id = $2) "
        "ORDER BY created_at DESC, id DESC",
        {a.orgId, a.userId});
    for (size_t i = 0; i < r.size(); ++i) {
      auto x = r[i];
      InterviewRow row{x.i64(0),  x.i64(1), x.optI64(2), x.optI64(3), x.i64(4),     x.str(5),
                       x.optI64(6), x.str(7), x.optI64(8), x.i64(9),  x.optI64(10)};
      auto s = summary(c, row, a.userId);
      out.items.push_back(s);
      // The chain: after being interviewed, you are invited to interview a next colleague.
      if (row.intervieweeId == a.userId && row.completedAt &&
          c.query("SELECT 1 FROM interviews WHERE parent_id = $1", {row.id}).empty())
        out.chainInvitations.push_back(s);
    }
  });
  return out;
}

InterviewDetail InterviewStore::interview(const Actor& a, int64_t id) {
  InterviewDetail out;
  db_.read([&](Conn& c) {
    auto row = participantInterview(c, a, id);
    out.summary = summary(c, row, a.userId);
    std::vector<Card> cards = row.deckId ? cardsOf(c, *row.deckId) : std::vector<Card>{};
    if (!row.cardIds.empty()) {
      std::set<int64_t> keep;
      for (auto& s : splitList(row.cardIds)) keep.insert(std::stoll(s));
      std::erase_if(cards, [&](const Card& k) { return k.group != "opening" && !keep.count(k.id); });
    }
    out.cards = std::move(cards);
    auto n = c.query("SELECT card_id, text, updated_at FROM interview_notes WHERE interview_id = $1 ORDER BY card_id",
                     {id});
    for (size_t i = 0; i < n.size(); ++i)
      out.notes.push_back({n[i].i64(0), n[i].str(1), n[i].i64(2)});
    auto f = c.query(std::string(kFragmentSelect) + "WHERE f.interview_id = $1 ORDER BY f.id", {id});
    for (size_t i = 0; i < f.size(); ++i) out.sharedFragments.push_back(fragmentOf(f[i], a, roleInTeam(c, a, f[i].i64(1))));
  });
  return out;
}

InterviewNote InterviewStore::putNote(const Actor& a, int64_t id, int64_t cardId, const GuardedText& guarded, int64_t now) {
  const std::string& text = guarded.str();
  db_.write([&](Conn& c) {
    auto row = participantInterview(c, a, id);
    if (!row.deckId || c.query("SELECT 1 FROM cards WHERE id = $1 AND deck_id = $2", {cardId, *row.deckId}).empty())
      notFound("Deze kaart hoort niet bij dit interview.");
    c.query(
        "INSERT INTO interview_notes (interview_id, card_id, text, updated_at) VALUES ($1, $2, $3, $4) "
        "ON CONFLICT (interview_id, card_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
        {id, cardId, text, now});
  });
  return {cardId, text, now};
}

std::vector<std::string> InterviewStore::namesInNotes(const Actor& a, int64_t id) {
  std::vector<std::string> out;
  db_.read([&](Conn& c) {
    auto row = participantInterview(c, a, id);
    for (auto who : {row.interviewerId, std::optional<int64_t>(row.intervieweeId)})
      if (auto n = userName(c, who); !n.empty()) out.push_back(n);
    if (row.teamId) {
      auto r = c.query("SELECT u.name FROM team_members tm JOIN users u ON u.id = tm.user_id WHERE tm.team_id = $1",
                       {*row.teamId});
      for (size_t i = 0; i < r.size(); ++i) out.push_back(r[i].str(0));
    }
  });
  return out;
}

InterviewDetail InterviewStore::complete(const Actor& a, int64_t id, int64_t now) {
  db_.write([&](Conn& c) {
    participantInterview(c, a, id);
    c.query("UPDATE interviews SET completed_at = COALESCE(completed_at, $2) WHERE id = $1", {id, now});
  });
  return interview(a, id);
}

Fragment InterviewStore::shareFragment(const Actor& a, int64_t interviewId, std::optional<int64_t> cardId,
                                       const GuardedText& guarded, bool anonymous, int64_t now) {
  const std::string& text = guarded.str();
  Fragment out;
  db_.write([&](Conn& c) {
    auto row = participantInterview(c, a, interviewId);
    if (row.intervieweeId != a.userId)
      forbidden("Alleen wie geïnterviewd is, kiest wat er met het team gedeeld wordt.");
    if (!row.teamId) invalid("Dit interview hoort bij geen team.", {{"teamId", "Kies een team."}});
    (void)cardId;
    auto codes = suggestCodes(c, a.orgId, text);  // the organisation's own codebook
    int64_t fid = c.query(
                      "INSERT INTO fragments (org_id, team_id, interview_id, author_id, source, text, anonymous, themes, "
                      "subthemes, themes_confirmed, shared_at) VALUES ($1, $2, $3, $4, 'interview', $5, $6, $7, $8, 0, $9) "
                      "RETURNING id",
                      {a.orgId, *row.teamId, interviewId, a.userId, text, int64_t{anonymous}, joinList(codes.themes),
                       joinIds(codes.subthemes), now})[0]
                      .i64(0);
    auto fr = c.query(std::string(kFragmentSelect) + "WHERE f.id = $1", {fid});
    out = fragmentOf(fr[0], a, std::nullopt);  // the author's own
  });
  return out;
}

void InterviewStore::withdrawFragment(const Actor& a, int64_t fragmentId) {
  db_.write([&](Conn& c) {
    // Withdrawing consent deletes the fragment, so it leaves every aggregate at once.
    auto r = c.query("DELETE FROM fragments WHERE id = $1 AND org_id = $2 AND author_id = $3", {fragmentId, a.orgId, a.userId});
    if (r.affected == 0) notFound("Dit fragment bestaat niet, of is niet van jou.");
  });
}

Fragment InterviewStore::confirmThemes(const Actor& a, int64_t fragmentId, const std::vector<std::string>& themes,
                                       const std::optional<std::vector<int64_t>>& subthemes) {
  auto checked = checkThemes(themes);
  Fragment out;
  db_.write([&](Conn& c) {
    auto r = c.query("SELECT team_id, subthemes, author_id, theme_consent FROM fragments WHERE id = $1 AND org_id = $2",
                     {fragmentId, a.orgId});
    if (r.empty()) notFound("Dit fragment bestaat niet.");
    auto role = requireTeamMember(c, a, r[0].i64(0));
    bool author = !r[0].isNull(2) && r[0].i64(2) == a.userId;
    if (!canEditFragmentThemes(author, role, r[0].flag(3)))
      forbidden("Alleen wie het fragment deelde kiest de thema's, of de teamleider als die daar toestemming voor kreeg.");
    auto book = codebookOf(c, a.orgId);
    auto had = splitIds(r[0].str(1));
    std::vector<int64_t> keep;  // no choice given: what it had, under the themes still chosen
    for (auto id : had)
      for (auto& t : book)
        for (auto& s : t.subthemes)
          if (s.id == id && std::find(checked.begin(), checked.end(), t.key) != checked.end()) keep.push_back(id);
    auto subs = checkSubthemes(book, checked, subthemes.value_or(keep), had);
    c.query("UPDATE fragments SET themes = $2, subthemes = $3, themes_confirmed = 1 WHERE id = $1",
            {fragmentId, joinList(checked), joinIds(subs)});
    auto rows = c.query(std::string(kFragmentSelect) + "WHERE f.id = $1", {fragmentId});
    out = fragmentOf(rows[0], a, role);
  });
  return out;
}

Fragment InterviewStore::setThemeConsent(const Actor& a, int64_t fragmentId, bool leadMayChangeThemes) {
  Fragment out;
  db_.write([&](Conn& c) {
    // Only the author gives or takes back the consent; for anyone else the fragment's
    // authorship (it may be anonymous) is not revealed.
    auto r = c.query("UPDATE fragments SET theme_consent = $4 WHERE id = $1 AND org_id = $2 AND author_id = $3",
                     {fragmentId, a.orgId, a.userId, int64_t{leadMayChangeThemes}});
    if (r.affected == 0) notFound("Dit fragment bestaat niet, of is niet van jou.");
    auto rows = c.query(std::string(kFragmentSelect) + "WHERE f.id = $1", {fragmentId});
    out = fragmentOf(rows[0], a, roleInTeam(c, a, rows[0].i64(1)));
  });
  return out;
}

namespace {

// Above the team no name reaches a cloud: a word the privacy guard finds in a name or an
// address, a first name from the guard's list, or a capitalised word inside a sentence
// (a surname, a street, a place) is left out.
bool nameLike(const std::string& original, const text::Token& t, const std::vector<text::Finding>& found) {
  for (auto& f : found)
    if ((f.kind == text::FindingKind::Name || f.kind == text::FindingKind::Address) && t.begin < f.end && f.start < t.end)
      return true;
  if (text::privacy_detail::isFirstName(t.text) && !text::privacy_detail::isAmbiguousFirstName(t.text)) return true;
  unsigned char first = static_cast<unsigned char>(original[t.begin]);
  return !t.clauseStart && first >= 'A' && first <= 'Z';
}

// The text with every name and address the guard finds replaced by "[naam]" / "[adres]".
std::string withoutNames(const std::string& text) {
  std::string out;
  size_t at = 0;
  for (auto& f : text::scanPrivacy(text)) {
    if (f.kind != text::FindingKind::Name && f.kind != text::FindingKind::Address) continue;
    if (f.start < at) continue;
    out.append(text, at, f.start - at);
    out += f.kind == text::FindingKind::Name ? "[naam]" : "[adres]";
    at = f.end;
  }
  return out + text.substr(at);
}

}  // namespace

std::vector<ThemeCloud> themeClouds(const std::vector<const FragmentRow*>& scope, const std::vector<FragmentRow>& all,
                                    size_t words, const std::vector<CraftTheme>& themes, size_t minPeoplePerWord) {
  // Each fragment is tokenised and stemmed once; its keys count towards the background
  // (the organisation's whole vocabulary) and, when in scope, towards its themes.
  domain::WrittenForms forms;  // shown in the commonest written form (collega's, not collegas)
  std::unordered_map<std::string, int32_t> keyIndex;
  std::vector<std::string> keys;
  std::vector<std::vector<int32_t>> perFragment(all.size());
  std::vector<int64_t> bg;
  // A folded token's key is computed once (stemming is the costly part); -1: not counted
  // (domain::cloudWordKey: stop word, filler or an inflection of one, number, shorter than 3),
  // and the infinitive a verb form is shown as (empty: as written). Same rules as countWords.
  struct Counted {
    int32_t key = -1;
    std::string infinitive;
  };
  std::unordered_map<std::string, Counted> tokenKey;
  std::vector<text::Token> toks;
  std::vector<text::Finding> found;
  std::string key;
  for (size_t i = 0; i < all.size(); ++i) {
    if (all[i].themes.empty()) continue;
    text::tokenize(all[i].text, toks);
    if (minPeoplePerWord) found = text::scanPrivacy(all[i].text);
    auto& v = perFragment[i];
    for (auto& t : toks) {
      if (minPeoplePerWord && nameLike(all[i].text, t, found)) continue;
      std::string_view folded = domain::cloudFolded(all[i].text, t);  // collega's counts as collega
      auto it = tokenKey.find(std::string(folded));
      if (it == tokenKey.end()) {
        Counted c;
        if (domain::cloudWordKey(folded, key, c.infinitive)) {  // voelt, voelde → voelen
          auto [ki, added] = keyIndex.try_emplace(key, int32_t(keys.size()));
          if (added) {
            keys.push_back(key);
            bg.push_back(0);
          }
          c.key = ki->second;
        }
        it = tokenKey.emplace(std::string(folded), std::move(c)).first;
      }
      const int32_t k = it->second.key;
      if (k < 0) continue;
      forms.add(keys[size_t(k)], it->second.infinitive.empty() ? domain::writtenForm(all[i].text, t)
                                                                : it->second.infinitive);
      v.push_back(k);
      bg[size_t(k)] += int64_t(all[i].themes.size());
    }
  }
  // Inflections the stemmer leaves apart (werkt/werken, gesprekje/gesprek) count as one lemma,
  // shown in the form written most across them.
  {
    std::map<std::string, std::string> keyOfToken;
    for (auto& [tok, c] : tokenKey)
      if (c.key >= 0) keyOfToken.emplace(tok, keys[size_t(c.key)]);
    auto merges = text::lemmaMerges(keyOfToken);
    std::vector<int32_t> to(keys.size());
    for (size_t k = 0; k < keys.size(); ++k) {
      auto m = merges.find(keys[k]);
      to[k] = m == merges.end() ? int32_t(k) : keyIndex.at(m->second);
    }
    for (size_t k = 0; k < keys.size(); ++k)
      if (to[k] != int32_t(k)) bg[size_t(to[k])] += std::exchange(bg[k], 0);
    for (auto& v : perFragment)
      for (auto& k : v) k = to[size_t(k)];
    forms.merge(merges);
  }
  std::map<std::string, size_t> themeIndex;
  for (size_t t = 0; t < themes.size(); ++t) themeIndex[themes[t].key] = t;
  std::vector<std::vector<int64_t>> group(themes.size(), std::vector<int64_t>(keys.size(), 0));
  std::vector<std::set<int64_t>> people(themes.size());
  std::vector<int64_t> fragments(themes.size(), 0);
  // Above the team a word shows only when at least minPeoplePerWord distinct people wrote it
  // under the theme (an erased author counts for nobody); up to that many kept per word.
  std::unordered_map<uint64_t, std::vector<int64_t>> wordPeople;
  for (auto* f : scope) {
    size_t i = size_t(f - all.data());  // scope points into all
    for (auto& t : f->themes) {
      auto ti = themeIndex.find(t);
      if (ti == themeIndex.end()) continue;
      for (int32_t k : perFragment[i]) {
        ++group[ti->second][size_t(k)];
        if (!minPeoplePerWord || !f->authorId) continue;
        auto& who = wordPeople[(uint64_t(ti->second) << 32) | uint32_t(k)];
        if (who.size() < minPeoplePerWord && std::find(who.begin(), who.end(), f->authorId) == who.end())
          who.push_back(f->authorId);
      }
      if (f->authorId) people[ti->second].insert(f->authorId);
      ++fragments[ti->second];
    }
  }
  std::map<std::string, int64_t> bgAll;
  for (size_t k = 0; k < keys.size(); ++k) bgAll[keys[k]] = bg[k];
  const auto surface = forms.best();
  std::vector<ThemeCloud> out;
  out.reserve(themes.size());
  for (size_t t = 0; t < themes.size(); ++t) {
    auto& th = themes[t];
    ThemeCloud o{th.key, th.title, fragments[t], int64_t(people[t].size()), {}};
    std::map<std::string, int64_t> g;
    for (size_t k = 0; k < keys.size(); ++k) {
      if (!group[t][k]) continue;
      if (minPeoplePerWord) {
        auto p = wordPeople.find((uint64_t(t) << 32) | uint32_t(k));
        if (p == wordPeople.end() || p->second.size() < minPeoplePerWord) continue;
      }
      g[keys[k]] = group[t][k];
    }
    for (auto& w : distinctiveWords(g, bgAll, surface, words))
      o.words.push_back({w.word, w.count, std::round(w.score * 100) / 100});
    out.push_back(std::move(o));
  }
  return out;
}

TeamThreads InterviewStore::teamThreads(const Actor& a, int64_t teamId) {
  TeamThreads out;
  db_.read([&](Conn& c) {
    auto role = requireTeamView(c, a, teamId);
    auto all = fragmentRows(c, a.orgId);
    std::vector<const FragmentRow*> scope;
    for (auto& f : all)
      if (f.teamId == teamId) scope.push_back(&f);
    out.themes = themeClouds(scope, all, 25, codebookOf(c, a.orgId));
    auto r = c.query(std::string(kFragmentSelect) + "WHERE f.team_id = $1 ORDER BY f.shared_at DESC, f.id DESC", {teamId});
    for (size_t i = 0; i < r.size(); ++i) out.fragments.push_back(fragmentOf(r[i], a, role));
    // How the picture changes: fragments per theme per quarter.
    std::map<std::string, std::map<std::string, int64_t>> timeline;
    for (auto* f : scope)
      for (auto& t : f->themes) ++timeline[quarterOf(f->sharedAt)][t];
    for (auto& [q, m] : timeline) out.timeline.push_back({q, m});
  });
  return out;
}

TeamChain InterviewStore::teamChain(const Actor& a, int64_t teamId) {
  TeamChain out;
  db_.read([&](Conn& c) {
    requireTeamView(c, a, teamId);
    // Who interviewed whom and when; never what was said.
    auto r = c.query(
        "SELECT i.id, i.interviewer_id, ui.name, i.interviewee_id, ue.name, i.purpose, i.created_at, i.completed_at, "
        "i.parent_id FROM interviews i LEFT JOIN users ui ON ui.id = i.interviewer_id JOIN users ue ON ue.id = "
        "i.interviewee_id WHERE i.team_id = $1 AND i.org_id = $2 ORDER BY i.created_at, i.id",
        {teamId, a.orgId});
    std::map<int64_t, std::string> people;
    for (size_t i = 0; i < r.size(); ++i) {
      if (auto from = r[i].optI64(1)) people[*from] = r[i].str(2);
      people[r[i].i64(3)] = r[i].str(4);
      out.links.push_back({r[i].i64(0), r[i].optI64(1), r[i].i64(3), r[i].str(5), r[i].i64(6), !r[i].isNull(7),
                           r[i].optI64(8)});
    }
    for (auto& [id, name] : people) out.people.push_back({id, name});
  });
  return out;
}

OrgThreads InterviewStore::orgThreads(const Actor& a) {
  OrgThreads out;
  db_.read([&](Conn& c) {
    auto all = fragmentRows(c, a.orgId);
    // Only teams where at least 5 people shared count; then per theme again at least 5 people.
    std::map<int64_t, std::set<int64_t>> teamPeople;
    for (auto& f : all)
      if (f.authorId) teamPeople[f.teamId].insert(f.authorId);
    std::vector<const FragmentRow*> scope;
    for (auto& f : all)
      if (showGroup(teamPeople[f.teamId])) scope.push_back(&f);
    auto clouds = themeClouds(scope, all, 25, codebookOf(c, a.orgId), kMinGroupSize);
    out.minGroupSize = int64_t(kMinGroupSize);
    for (auto& t : clouds)
      if (t.peopleCount >= int64_t(kMinGroupSize)) out.themes.push_back(std::move(t));
    for (auto& [t, p] : teamPeople) out.teamCount += showGroup(p) ? 1 : 0;
  });
  return out;
}

ThreadsExport InterviewStore::exportThreads(const Actor& a, int64_t now) {
  requireAdmin(a);
  ThreadsExport out;
  out.exportedAt = now;
  db_.read([&](Conn& c) {
    auto org = c.query("SELECT name FROM organisations WHERE id = $1", {a.orgId});
    std::map<int64_t, std::set<int64_t>> teamPeople;
    auto all = fragmentRows(c, a.orgId);
    for (auto& f : all)
      if (f.authorId) teamPeople[f.teamId].insert(f.authorId);
    std::map<int64_t, int64_t> teamSize;
    auto ts = c.query("SELECT t.id, COUNT(tm.user_id) FROM teams t LEFT JOIN team_members tm ON tm.team_id = t.id "
                      "WHERE t.org_id = $1 GROUP BY t.id",
                      {a.orgId});
    for (size_t i = 0; i < ts.size(); ++i) teamSize[ts[i].i64(0)] = ts[i].i64(1);
    // Per confirmed theme, the people behind it in those teams: a theme goes out only when
    // at least 5 distinct people stand behind it.
    std::map<std::string, std::set<int64_t>> themePeople;
    for (auto& f : all)
      if (f.authorId && showGroup(teamPeople[f.teamId]))
        for (auto& t : f.themes) themePeople[t].insert(f.authorId);
    // Only anonymous fragments with confirmed themes, from teams where at least 5 people
    // shared: theme, fragment, period, team-size band. No names, no team names, no dates;
    // what the guard finds as a name or an address is replaced by its placeholder.
    auto r = c.query("SELECT team_id, text, themes, shared_at FROM fragments WHERE org_id = $1 AND anonymous = 1 "
                     "AND themes_confirmed = 1 AND themes <> '' ORDER BY id",
                     {a.orgId});
    for (size_t i = 0; i < r.size(); ++i) {
      int64_t team = r[i].i64(0);
      if (!showGroup(teamPeople[team])) continue;
      std::string fragment = withoutNames(r[i].str(1));
      for (auto& t : splitList(r[i].str(2))) {
        if (!showGroup(themePeople[t])) continue;
        out.threads.push_back({t, fragment, quarterOf(r[i].i64(3)), sizeBand(teamSize[team])});
      }
    }
    out.source = org.empty() ? "" : org[0].str(0);
  });
  return out;
}

bool InterviewStore::isAnalyst(int64_t userId) {
  bool yes = false;
  db_.read([&](Conn& c) { yes = isAssociationAnalyst(c, userId); });
  return yes;
}

void InterviewStore::setAnalyst(const Actor& a, int64_t userId, bool analyst) {
  requireAdmin(a);
  db_.write([&](Conn& c) {
    requireUserInOrg(c, a, userId);
    if (analyst)
      c.query("INSERT INTO association_analysts (user_id) VALUES ($1) ON CONFLICT (user_id) DO NOTHING", {userId});
    else
      c.query("DELETE FROM association_analysts WHERE user_id = $1", {userId});
  });
}

int64_t InterviewStore::importThreads(const Actor& a, const NationalImport& file, int64_t now) {
  if (!isAnalyst(a.userId)) forbidden("Alleen analisten van de associatie importeren rode draden.");
  const std::string& source = file.source;
  int64_t n = 0;
  db_.write([&](Conn& c) {
    // A new file from the same source replaces the previous one.
    c.query("DELETE FROM national_threads WHERE org_id = $1 AND source = $2", {a.orgId, source});
    for (auto& t : file.threads) {
      if (!knownThemeKey(t.theme) || t.fragment.empty())
        invalid("Een rode draad in het bestand is onvolledig.", {{"threads", "Elke draad heeft een bekend thema en een fragment."}});
      c.query(
          "INSERT INTO national_threads (org_id, source, theme, fragment, period, size_band, imported_at) "
          "VALUES ($1, $2, $3, $4, $5, $6, $7)",
          {a.orgId, source, t.theme, t.fragment.str(), t.period, t.sizeBand, now});
      ++n;
    }
  });
  return n;
}

NationalThreads InterviewStore::nationalThreads(const Actor& a) {
  if (!isAnalyst(a.userId)) forbidden("Alleen analisten van de associatie zien de landelijke rode draden.");
  NationalThreads out;
  db_.read([&](Conn& c) {
    auto r = c.query("SELECT id, source, theme, fragment, period FROM national_threads WHERE org_id = $1 ORDER BY id",
                     {a.orgId});
    std::vector<FragmentRow> all;
    std::map<std::string, int64_t> sourceIds;
    std::map<std::string, std::set<int64_t>> sourcesPerTheme;
    std::map<std::string, std::vector<NationalExample>> examples;
    for (size_t i = 0; i < r.size(); ++i) {
      int64_t sid = sourceIds.try_emplace(r[i].str(1), int64_t(sourceIds.size() + 1)).first->second;
      // The files carry no people: each imported fragment counts as one for the words' threshold.
      all.push_back({r[i].i64(0), sid, r[i].i64(0), r[i].str(3), {r[i].str(2)}, 0});
      sourcesPerTheme[r[i].str(2)].insert(sid);
      if (examples[r[i].str(2)].size() < 5)
        examples[r[i].str(2)].push_back({withoutNames(r[i].str(3)), r[i].str(4)});
    }
    std::vector<const FragmentRow*> scope;
    for (auto& f : all) scope.push_back(&f);
    auto clouds = themeClouds(scope, all, 25, starterThemes(), kMinGroupSize);
    for (auto& t : clouds) {
      std::string key = t.theme;
      out.themes.push_back({std::move(t), int64_t(sourcesPerTheme[key].size()), examples[key]});
    }
    for (auto& [s, id] : sourceIds) out.sources.push_back(s);
  });
  return out;
}

Zodatje InterviewStore::addZodatje(const Actor& a, const GuardedText& guarded, std::optional<int64_t> teamId,
                                   int64_t now) {
  const std::string& text = guarded.str();
  int64_t id = 0;
  db_.write([&](Conn& c) {
    id = c.query("INSERT INTO zodatjes (org_id, user_id, text, themes, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
                 {a.orgId, a.userId, text, joinList(suggestThemes(text, codebookOf(c, a.orgId))), now})[0]
             .i64(0);
  });
  if (teamId) return shareZodatje(a, id, teamId, false, now);
  for (auto& z : zodatjes(a))
    if (z.id == id) return z;
  return {};
}

std::vector<Zodatje> InterviewStore::zodatjes(const Actor& a) {
  std::vector<Zodatje> out;
  db_.read([&](Conn& c) {
    auto r = c.query(
        "SELECT z.id, z.text, z.themes, z.created_at, f.team_id, f.anonymous FROM zodatjes z LEFT JOIN fragments f ON "
        "f.id = z.fragment_id WHERE z.user_id = $1 AND z.org_id = $2 ORDER BY z.created_at DESC, z.id DESC",
        {a.userId, a.orgId});
    for (size_t i = 0; i < r.size(); ++i)
      out.push_back({r[i].i64(0), r[i].str(1), splitList(r[i].str(2)), r[i].i64(3), r[i].optI64(4),
                     !r[i].isNull(5) && r[i].flag(5)});
  });
  return out;
}

Zodatje InterviewStore::shareZodatje(const Actor& a, int64_t id, std::optional<int64_t> teamId, bool anonymous,
                                     int64_t now) {
  db_.write([&](Conn& c) {
    auto z = c.query("SELECT text, themes, fragment_id FROM zodatjes WHERE id = $1 AND user_id = $2 AND org_id = $3",
                     {id, a.userId, a.orgId});
    if (z.empty()) notFound("Dit zodatje bestaat niet.");
    if (auto old = z[0].optI64(2)) {
      c.query("UPDATE zodatjes SET fragment_id = NULL WHERE id = $1", {id});
      c.query("DELETE FROM fragments WHERE id = $1", {*old});
    }
    if (teamId) {
      requireTeamMember(c, a, *teamId);
      auto subs = suggestSubthemes(z[0].str(0), codebookOf(c, a.orgId), splitList(z[0].str(1)));
      int64_t fid = c.query(
                        "INSERT INTO fragments (org_id, team_id, author_id, source, text, anonymous, themes, subthemes, "
                        "themes_confirmed, shared_at) VALUES ($1, $2, $3, 'zodatje', $4, $5, $6, $7, 0, $8) RETURNING id",
                        {a.orgId, *teamId, a.userId, z[0].str(0), int64_t{anonymous}, z[0].str(1), joinIds(subs), now})[0]
                        .i64(0);
      c.query("UPDATE zodatjes SET fragment_id = $2 WHERE id = $1", {id, fid});
    }
  });
  for (auto& z : zodatjes(a))
    if (z.id == id) return z;
  return {};
}

void InterviewStore::deleteZodatje(const Actor& a, int64_t id) {
  db_.write([&](Conn& c) {
    auto z = c.query("SELECT fragment_id FROM zodatjes WHERE id = $1 AND user_id = $2 AND org_id = $3", {id, a.userId, a.orgId});
    if (z.empty()) notFound("Dit zodatje bestaat niet.");
    c.query("DELETE FROM zodatjes WHERE id = $1", {id});
    if (auto f = z[0].optI64(0)) c.query("DELETE FROM fragments WHERE id = $1", {*f});
  });
}

int64_t addSharedFragment(Conn& c, int64_t orgId, int64_t teamId, int64_t authorId, const std::string& source,
                          const std::string& text, bool anonymous, int64_t now) {
  auto codes = suggestCodes(c, orgId, text);  // the organisation's own codebook
  return c
      .query(
          "INSERT INTO fragments (org_id, team_id, author_id, source, text, anonymous, themes, subthemes, "
          "themes_confirmed, shared_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, $9) RETURNING id",
          {orgId, teamId, authorId, source, text, int64_t{anonymous}, joinList(codes.themes), joinIds(codes.subthemes),
           now})[0]
      .i64(0);
}

CraftStatement InterviewStore::putStatement(const Actor& a, int64_t teamId, const GuardedText& guarded, int64_t now,
                                            std::optional<bool> outside) {
  const std::string& text = guarded.str();
  bool out = false;
  db_.write([&](Conn& c) {
    requireTeamMember(c, a, teamId);
    if (text.empty()) {
      c.query("DELETE FROM craft_statements WHERE team_id = $1 AND user_id = $2", {teamId, a.userId});
      return;
    }
    auto was = c.query("SELECT outside FROM craft_statements WHERE team_id = $1 AND user_id = $2", {teamId, a.userId});
    out = outside.value_or(!was.empty() && was[0].flag(0));
    c.query(
        "INSERT INTO craft_statements (team_id, user_id, text, updated_at, outside) VALUES ($1, $2, $3, $4, $5) "
        "ON CONFLICT (team_id, user_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at, "
        "outside = excluded.outside",
        {teamId, a.userId, text, now, out ? 1 : 0});
  });
  return {teamId, a.userId, "", text, now, out};
}

std::vector<CraftStatement> InterviewStore::statements(const Actor& a, int64_t teamId) {
  std::vector<CraftStatement> out;
  db_.read([&](Conn& c) {
    requireTeamView(c, a, teamId);
    auto r = c.query(
        "SELECT s.user_id, u.name, s.text, s.updated_at, s.outside FROM craft_statements s JOIN users u ON u.id = s.user_id "
        "WHERE s.team_id = $1 ORDER BY s.updated_at DESC, s.user_id",
        {teamId});
    for (size_t i = 0; i < r.size(); ++i)
      out.push_back({teamId, r[i].i64(0), r[i].str(1), r[i].str(2), r[i].i64(3), r[i].flag(4)});
  });
  return out;
}

std::vector<std::string> InterviewStore::outsideStatements(const Actor& a, int64_t teamId) {
  std::vector<std::string> out;
  db_.read([&](Conn& c) {
    requireTeamView(c, a, teamId);
    auto r = c.query("SELECT text FROM craft_statements WHERE team_id = $1 AND outside = 1 ORDER BY updated_at DESC",
                     {teamId});
    for (size_t i = 0; i < r.size(); ++i) out.push_back(r[i].str(0));
  });
  return out;
}

}  // namespace vk::store

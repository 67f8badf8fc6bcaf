#include "store/interviews/codebook.hpp"

#include <map>

#include "domain/errors.hpp"
#include "store/interviews/lists.hpp"
#include "store/scope.hpp"

namespace vk::store {

using namespace vk::domain;

namespace {

const CraftTheme* findKey(const std::vector<CraftTheme>& themes, const std::string& key) {
  for (auto& t : themes)
    if (t.key == key) return &t;
  return nullptr;
}

void requireThemeKey(const std::string& key) {
  if (!knownThemeKey(key)) notFound("Dit thema bestaat niet.");
}

// Sub-theme id → number of confirmed fragments that carry it.
std::map<int64_t, int64_t> confirmedUse(Conn& c, int64_t orgId) {
  std::map<int64_t, int64_t> out;
  auto r = c.query("SELECT subthemes FROM fragments WHERE org_id = $1 AND themes_confirmed = 1 AND subthemes <> ''",
                   {orgId});
  for (size_t i = 0; i < r.size(); ++i)
    for (auto id : splitIds(r[i].str(0))) ++out[id];
  return out;
}

CodebookTheme withUse(const CraftTheme& t, const std::map<int64_t, int64_t>& used) {
  CodebookTheme out{t.key, t.title, t.description, t.keywords, {}};
  for (auto& s : t.subthemes) {
    auto u = used.find(s.id);
    out.subthemes.push_back({s, u == used.end() ? int64_t{0} : u->second});
  }
  return out;
}

CodebookTheme themeOf(Conn& c, int64_t orgId, const std::string& key) {
  auto book = codebookOf(c, orgId);
  return withUse(*findKey(book, key), confirmedUse(c, orgId));
}

CodebookSubtheme subthemeOf(Conn& c, int64_t orgId, const std::string& key, int64_t id) {
  for (auto& s : themeOf(c, orgId, key).subthemes)
    if (s.subtheme.id == id) return s;
  notFound("Dit subthema bestaat niet.");
}

void requireSubtheme(Conn& c, int64_t orgId, const std::string& key, int64_t id) {
  if (c.query("SELECT 1 FROM craft_subthemes WHERE id = $1 AND org_id = $2 AND theme_key = $3", {id, orgId, key}).empty())
    notFound("Dit subthema bestaat niet.");
}

}  // namespace

std::vector<CraftTheme> codebookOf(Conn& c, int64_t orgId) {
  auto r = c.query("SELECT theme_key, title, description, keywords FROM craft_themes WHERE org_id = $1 ORDER BY position",
                   {orgId});
  if (r.empty()) return starterThemes();
  std::vector<CraftTheme> out;
  for (size_t i = 0; i < r.size(); ++i) out.push_back({r[i].str(0), r[i].str(1), r[i].str(2), {}, fromJson(r[i].str(3))});
  auto s = c.query(
      "SELECT id, theme_key, title, description, keywords, retired FROM craft_subthemes WHERE org_id = $1 "
      "ORDER BY position, id",
      {orgId});
  for (size_t i = 0; i < s.size(); ++i)
    for (auto& t : out)
      if (t.key == s[i].str(1))
        t.subthemes.push_back({s[i].i64(0), s[i].str(2), s[i].str(3), fromJson(s[i].str(4)), s[i].flag(5)});
  return out;
}

void ensureCodebook(Conn& c, int64_t orgId) {
  if (!c.query("SELECT 1 FROM craft_themes WHERE org_id = $1", {orgId}).empty()) return;
  int64_t pos = 0;
  for (auto& t : starterThemes()) {
    // A concurrent first edit may have stored it already: then leave that one be.
    auto r = c.query(
        "INSERT INTO craft_themes (org_id, theme_key, position, title, description, keywords) VALUES ($1, $2, $3, $4, $5, "
        "$6) ON CONFLICT (org_id, theme_key) DO NOTHING RETURNING id",
        {orgId, t.key, pos++, t.title, t.description, toJson(t.keywords)});
    if (r.empty()) continue;
    int64_t sp = 0;
    for (auto& s : t.subthemes)
      c.query(
          "INSERT INTO craft_subthemes (org_id, theme_key, position, title, description, keywords, retired) "
          "VALUES ($1, $2, $3, $4, $5, $6, 0)",
          {orgId, t.key, sp++, s.title, s.description, toJson(s.keywords)});
  }
}

CodeSuggestion suggestCodes(Conn& c, int64_t orgId, std::string_view text) {
  auto book = codebookOf(c, orgId);
  CodeSuggestion out;
  out.themes = suggestThemes(text, book);
  out.subthemes = suggestSubthemes(text, book, out.themes);
  return out;
}

std::vector<CodebookTheme> CodebookStore::themes(const Actor& a) {
  std::vector<CodebookTheme> out;
  db_.write([&](Conn& c) {
    ensureCodebook(c, a.orgId);
    auto used = confirmedUse(c, a.orgId);
    for (auto& t : codebookOf(c, a.orgId)) out.push_back(withUse(t, used));
  });
  return out;
}

CodebookTheme CodebookStore::putTheme(const Actor& a, const std::string& key, const CodeInput& in) {
  requireAdmin(a);
  requireThemeKey(key);
  CodebookTheme out;
  db_.write([&](Conn& c) {
    ensureCodebook(c, a.orgId);
    c.query("UPDATE craft_themes SET title = $3, description = $4, keywords = $5 WHERE org_id = $1 AND theme_key = $2",
            {a.orgId, key, in.title, in.description.str(), toJson(in.keywords)});
    out = themeOf(c, a.orgId, key);
  });
  return out;
}

CodebookSubtheme CodebookStore::addSubtheme(const Actor& a, const std::string& key, const CodeInput& in) {
  requireAdmin(a);
  requireThemeKey(key);
  CodebookSubtheme out;
  db_.write([&](Conn& c) {
    ensureCodebook(c, a.orgId);
    auto p = c.query("SELECT COALESCE(MAX(position), -1) + 1 FROM craft_subthemes WHERE org_id = $1 AND theme_key = $2",
                     {a.orgId, key});
    int64_t id = c.query(
                      "INSERT INTO craft_subthemes (org_id, theme_key, position, title, description, keywords, retired) "
                      "VALUES ($1, $2, $3, $4, $5, $6, 0) RETURNING id",
                      {a.orgId, key, p[0].i64(0), in.title, in.description.str(), toJson(in.keywords)})[0]
                     .i64(0);
    out = subthemeOf(c, a.orgId, key, id);
  });
  return out;
}

CodebookSubtheme CodebookStore::putSubtheme(const Actor& a, const std::string& key, int64_t id, const CodeInput& in) {
  requireAdmin(a);
  requireThemeKey(key);
  CodebookSubtheme out;
  db_.write([&](Conn& c) {
    ensureCodebook(c, a.orgId);
    requireSubtheme(c, a.orgId, key, id);
    c.query("UPDATE craft_subthemes SET title = $2, description = $3, keywords = $4, retired = $5 WHERE id = $1",
            {id, in.title, in.description.str(), toJson(in.keywords), int64_t{in.retired}});
    out = subthemeOf(c, a.orgId, key, id);
  });
  return out;
}

void CodebookStore::deleteSubtheme(const Actor& a, const std::string& key, int64_t id) {
  requireAdmin(a);
  requireThemeKey(key);
  db_.write([&](Conn& c) {
    ensureCodebook(c, a.orgId);
    requireSubtheme(c, a.orgId, key, id);
    // What people confirmed stays readable: a sub-theme in use is retired, not deleted.
    if (confirmedUse(c, a.orgId).count(id))
      throw Error(ErrorKind::Conflict,
                  "Dit subthema hoort bij bevestigde fragmenten. Zet het op 'niet meer gebruiken' in plaats van het te "
                  "verwijderen.");
    c.query("DELETE FROM craft_subthemes WHERE id = $1", {id});
    // Suggested (not confirmed) fragments drop it.
    auto r = c.query("SELECT id, subthemes FROM fragments WHERE org_id = $1 AND themes_confirmed = 0 AND subthemes <> ''",
                     {a.orgId});
    for (size_t i = 0; i < r.size(); ++i) {
      auto ids = splitIds(r[i].str(1));
      if (std::erase(ids, id)) c.query("UPDATE fragments SET subthemes = $2 WHERE id = $1", {r[i].i64(0), joinIds(ids)});
    }
  });
}

CodeSuggestion CodebookStore::suggest(const Actor& a, const std::string& text) {
  CodeSuggestion s;
  db_.read([&](Conn& c) { s = suggestCodes(c, a.orgId, text); });
  return s;
}

}  // namespace vk::store

// The craft part's AVG export and erasure.
#include <boost/json.hpp>

#include "store/craft/store.hpp"

namespace vk::store {

namespace json = boost::json;

json::value craftExport(Conn& c, int64_t userId, ExportFor who) {
  json::object out;
  // Answers and lines are the person's own; the team sees them only as counts or without a
  // name, so an organisation's request gets nothing of them.
  if (who == ExportFor::Organisation) return out;
  json::array answers, lines, core;
  auto a = c.query("SELECT t.name, p.statement_key, p.recognition, p.current_now FROM picture_answers p JOIN teams t ON "
                   "t.id = p.team_id WHERE p.user_id = $1 ORDER BY t.name, p.statement_key",
                   {userId});
  for (size_t i = 0; i < a.size(); ++i)
    answers.push_back(json::object{{"team", a[i].str(0)},
                                   {"statementKey", a[i].str(1)},
                                   {"recognition", a[i].isNull(2) ? json::value() : json::value(a[i].str(2))},
                                   {"current", a[i].flag(3)}});
  auto l = c.query("SELECT t.name, p.theme_key, p.text, p.shared FROM picture_lines p JOIN teams t ON t.id = p.team_id "
                   "WHERE p.user_id = $1 ORDER BY t.name, p.theme_key",
                   {userId});
  for (size_t i = 0; i < l.size(); ++i)
    lines.push_back(json::object{{"team", l[i].str(0)}, {"themeKey", l[i].str(1)}, {"text", l[i].str(2)}, {"shared", l[i].flag(3)}});
  auto r = c.query("SELECT t.name, r.part_key, r.fit, r.text, r.share FROM core_responses r JOIN teams t ON t.id = r.team_id "
                   "WHERE r.user_id = $1 ORDER BY t.name, r.part_key",
                   {userId});
  for (size_t i = 0; i < r.size(); ++i)
    core.push_back(json::object{{"team", r[i].str(0)}, {"partKey", r[i].str(1)}, {"fit", r[i].str(2)}, {"text", r[i].str(3)},
                                {"share", r[i].str(4)}});
  out["pictureAnswers"] = std::move(answers);
  out["pictureLines"] = std::move(lines);
  out["coreResponses"] = std::move(core);
  return out;
}

void craftErase(Conn& c, int64_t userId) {
  // The team views are counts of the team as it is now: the person leaves them. Files already
  // sent to the association hold counts and unnamed texts, and stay.
  c.query("DELETE FROM picture_answers WHERE user_id = $1", {userId});
  c.query("DELETE FROM picture_lines WHERE user_id = $1", {userId});
  c.query("DELETE FROM core_responses WHERE user_id = $1", {userId});
}

}  // namespace vk::store

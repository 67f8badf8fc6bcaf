#pragma once
// Reading the dilemmas part's request bodies: a dilemma in its JSON shape, checked by
// domain::checkedDilemma and guarded as one document (every text in it passes the privacy
// guard), and the time of a round's close.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "api/app.hpp"
#include "api/json_body.hpp"
#include "api/privacy/guard.hpp"
#include "domain/dilemmas/dilemma.hpp"

namespace vk::api::dilemmas {

// The body fields of the dilemma shape (privacyConfirmed included).
std::vector<std::string_view> dilemmaFields(std::initializer_list<std::string_view> extra = {});
// Every free text of a dilemma, named as the body names it ("a.choice", "questions[1]").
std::vector<FieldText> dilemmaTexts(const domain::Dilemma& d);

struct GuardedDilemma {
  domain::Dilemma dilemma;
  domain::GuardedText content;             // dilemmaJson without key, serialised
  std::vector<domain::GuardedText> extra;  // the extra texts, in the order given
};
// The dilemma of the body (its other fields, e.g. "note", left out), checked and guarded
// together with `extra`; call after body.finish().
GuardedDilemma guardedDilemma(Ctx& c, JsonBody& body, const std::vector<FieldText>& extra, bool confirmed);
// Outside a request (the demo): the same, without audit.
domain::GuardedText guardedContent(const domain::Dilemma& d);

// "2027-01-15T17:00:00Z", with an offset ("+01:00") or fractions, or a date ("2027-01-15",
// the end of that day in UTC). nullopt when it is none of those.
std::optional<int64_t> parseIsoTime(std::string_view s);

void addDilemmaRoundRoutes(RouteTable& r);
// The national story point: export of the organisation's ranking, import and national view.
void addNationalDilemmaRoutes(RouteTable& r);

}  // namespace vk::api::dilemmas

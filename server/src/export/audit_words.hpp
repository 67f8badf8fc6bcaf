#pragma once
// The audit log in words, from the one place that names it: the web app's Dutch texts
// (web/src/i18n/nl.json, embedded at build time), whose keys audit.action.<action> name the
// actions and audit.object.<kind> the kinds of object. The web app's audit page reads the same
// keys (web/src/features/audit/objects.ts formats objects by the same rule), so a name added
// there reads the same in the personal-data PDF.
#include <optional>
#include <string>
#include <string_view>

namespace vk::exporter {

// "personal-data.export" → "Gegevens gedownload"; an action without a label stays as it is.
std::string auditActionInWords(const std::string& action);

// The Dutch name of a kind of object ("user" → "account"), if nl.json has one.
std::optional<std::string> auditObjectKindName(std::string_view kind);

// What an audit entry is about, in words. An object is "<kind>/<id>", possibly nested
// ("team/3/member/7") and possibly with the field a privacy check was about ("…#answers"):
//   "user/7" → "account 7", "team/3/member/7" → "team 3, lid 7",
//   "live-session/4#text" → "teamsessie 4 #text", "live-session/4/12" → "teamsessie 4/12".
// An object whose first kind has no name stays the code it is ("thing/3"); a nested part
// without a name stays as it is after the named ones.
std::string auditObjectInWords(const std::string& object);

}  // namespace vk::exporter

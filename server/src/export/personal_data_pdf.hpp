#pragma once
// The personal-data export (GET /api/v1/me/export and an admin's download for a member) as a
// summary a person can read and be handed: a PDF in Dutch beside the JSON file, with Dutch
// headings and labels instead of the file's keys ("foundation", "role": "member"), Dutch dates
// ("4 oktober 2026"), ja/nee, and audit actions and objects in words (export/audit_words.hpp:
// the web app's Dutch texts). Every part of the export is in it,
// also parts added later (an unknown key is shown as words). No tables: each item is a block
// of "label: value" lines, so no column ever breaks a date or a word.
#include <boost/json/object.hpp>

#include <string>

namespace vk::exporter {

// `data` is the export as exportPersonalData makes it (its account holds the name).
std::string personalDataPdf(const boost::json::object& data);

}  // namespace vk::exporter

#pragma once
// The sections of the "Ons vak" page, each from one part's store and in words a
// municipality reads without Vakkompas beside it.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "api/app.hpp"
#include "domain/foundation/people.hpp"
#include "domain/guideline/matrix.hpp"
#include "export/ons_vak_pdf.hpp"

namespace vk::store {
class CraftStore;
class DilemmaStore;
struct PartnerView;
}

namespace vk::api::onsvak {

inline constexpr const char* kFooter =
    "Op deze pagina staat alleen wat het team deelde en wat genoeg collega's of partners invulden: geen namen, "
    "niets over één collega, niets over bewoners. Gemaakt met Vakkompas.";

// The seven themes as the team recognises them, once enough colleagues answered.
exporter::OnsVakSection pictureSection(store::CraftStore& s, const domain::Actor& a, int64_t teamId);
// Per rule how the partners recognise it, beside the number of examples gathered for it
// (`examples` per rule key; `whose` says whose they are: "in het team", "in de teams").
exporter::OnsVakSection partnersSection(const store::PartnerView& partners, const std::map<std::string, int64_t>& examples,
                                        const std::string& whose);
std::map<std::string, int64_t> examplesPerRule(const domain::GuidelineMatrix& own);
std::map<std::string, int64_t> examplesPerRule(const std::vector<domain::CellCount>& cells);
// The organisation's page (admins): the same four sections over the teams that pass each
// part's threshold, with no team named beside an answer.
exporter::OnsVakPage organisationPage(Ctx& c);
// The top three of the team's latest vote round whose results may show.
exporter::OnsVakSection dilemmaSection(store::DilemmaStore& s, const domain::Actor& a, int64_t teamId, int64_t now);
exporter::OnsVakSection sentenceSection(const std::vector<std::string>& sentences);

}  // namespace vk::api::onsvak

#pragma once
// The sections of the "Ons vak" page, each from one part's store and in words a
// municipality reads without Vakkompas beside it.
#include <cstdint>
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
// Per rule how the partners of the team's latest visible round recognise it, beside the
// number of examples the team itself gathered for it.
exporter::OnsVakSection partnersSection(const store::PartnerView& partners, const domain::GuidelineMatrix& own);
// The top three of the team's latest vote round whose results may show.
exporter::OnsVakSection dilemmaSection(store::DilemmaStore& s, const domain::Actor& a, int64_t teamId, int64_t now);
exporter::OnsVakSection sentenceSection(const std::vector<std::string>& sentences);

}  // namespace vk::api::onsvak

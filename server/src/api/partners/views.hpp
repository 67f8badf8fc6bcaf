#pragma once
// The partners part's JSON shapes.
#include <boost/json/object.hpp>

#include "store/partners/store.hpp"

namespace vk::api::partners {

boost::json::object roundView(const store::PartnerRound& r);
boost::json::object resultsView(const domain::PartnerResults& r, bool anonymous);
boost::json::object partnerView(const store::PartnerView& v);
// What a partner's page shows: the team, the organisation, the questions, the draft.
boost::json::object linkView(const store::PartnerLink& l);

}  // namespace vk::api::partners

#include "store/audit.hpp"

namespace vk::store {

void audit(Conn& c, const domain::Actor& a, const std::string& action, const std::string& object, int64_t now) {
  c.query("INSERT INTO audit_log (org_id, user_id, action, object, at) VALUES ($1, $2, $3, $4, $5)",
          {a.orgId, a.userId, action, object, now});
}

}  // namespace vk::store

#include "store/db.hpp"

#include <charconv>
#include <stdexcept>

namespace vk::store {

const std::string& Row::str(size_t i) const {
  static const std::string empty;
  auto& c = (*cells_)[i];
  return c ? *c : empty;
}

int64_t Row::i64(size_t i) const {
  auto& c = (*cells_)[i];
  if (!c) return 0;
  int64_t v = 0;
  auto r = std::from_chars(c->data(), c->data() + c->size(), v);
  if (r.ec != std::errc()) {
    if (*c == "t" || *c == "true") return 1;  // PostgreSQL booleans
    if (*c == "f" || *c == "false") return 0;
    throw std::runtime_error("not an integer column");
  }
  return v;
}

std::optional<int64_t> Row::optI64(size_t i) const {
  if (isNull(i)) return std::nullopt;
  return i64(i);
}

namespace {

class RowCursor final : public Cursor {
 public:
  explicit RowCursor(Row r) : r_(r) {}
  bool isNull(size_t i) const override { return r_.isNull(i); }
  int64_t i64(size_t i) const override { return r_.i64(i); }
  std::string_view text(size_t i) const override { return r_.str(i); }

 private:
  Row r_;
};

}  // namespace

void Conn::each(std::string_view sql, const std::vector<Value>& params, const std::function<void(const Cursor&)>& fn) {
  Rows rows = query(sql, params);
  for (size_t i = 0; i < rows.size(); ++i) fn(RowCursor(rows[i]));
}

}  // namespace vk::store

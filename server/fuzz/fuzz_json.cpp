// libFuzzer target for request-body parsing with the limits a server would use: bodies up to
// 1 MiB, nesting depth 32, parsed into a boost::json::value backed by a monotonic_resource;
// malformed input must raise an error or exception, never crash.
#include <boost/json.hpp>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

// Boost 1.81 parses a number too large for a double (e.g. 400 digits) as infinity and then
// serializes it as `Infinity`, which is not JSON. A server must reject such bodies; found by
// this fuzzer.
bool hasNonFinite(const boost::json::value& v) {
  switch (v.kind()) {
    case boost::json::kind::double_: return !std::isfinite(v.get_double());
    case boost::json::kind::array:
      for (const auto& x : v.get_array())
        if (hasNonFinite(x)) return true;
      return false;
    case boost::json::kind::object:
      for (const auto& kv : v.get_object())
        if (hasNonFinite(kv.value())) return true;
      return false;
    default: return false;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  constexpr std::size_t kMaxBody = 1 << 20;
  if (size > kMaxBody) return 0;
  unsigned char buffer[4096];
  boost::json::monotonic_resource mr(buffer, sizeof buffer);
  boost::json::parse_options opt;
  opt.max_depth = 32;
  opt.allow_comments = false;
  opt.allow_trailing_commas = false;
  opt.allow_invalid_utf8 = false;
  try {
    boost::json::error_code ec;
    boost::json::value v = boost::json::parse(
        std::string_view(reinterpret_cast<const char*>(data), size), ec, &mr, opt);
    if (!ec && !hasNonFinite(v)) {
      // What we serialize (e.g. echoed in a response) must parse again. Not compared for
      // equality: Boost 1.81 parses long numbers imprecisely (8888...81 as a rounded double).
      std::string out = boost::json::serialize(v);
      boost::json::value back = boost::json::parse(out, ec, {}, opt);
      if (ec || back.kind() != v.kind()) __builtin_trap();
    }
  } catch (const std::exception&) {
    // e.g. std::bad_alloc or boost::system::system_error: rejected request
  }
  return 0;
}

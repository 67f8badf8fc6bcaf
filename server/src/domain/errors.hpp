#pragma once
// Errors that carry a Dutch title for the person who sees them; the API maps the
// kind to an HTTP status and an application/problem+json body.
#include <stdexcept>
#include <string>
#include <vector>

namespace vk::domain {

enum class ErrorKind { Invalid, Unauthenticated, Forbidden, NotFound, Conflict, Gone, TooMany, Unavailable };

struct FieldError {
  std::string field;
  std::string message;  // Dutch
};

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, std::string title, std::vector<FieldError> fields = {})
      : std::runtime_error(title), kind_(kind), title_(std::move(title)), fields_(std::move(fields)) {}
  ErrorKind kind() const { return kind_; }
  const std::string& title() const { return title_; }
  const std::vector<FieldError>& fields() const { return fields_; }

 private:
  ErrorKind kind_;
  std::string title_;
  std::vector<FieldError> fields_;
};

[[noreturn]] inline void notFound(std::string what = "Niet gevonden.") { throw Error(ErrorKind::NotFound, std::move(what)); }
[[noreturn]] inline void forbidden(std::string what = "Hiervoor heb je geen toestemming.") {
  throw Error(ErrorKind::Forbidden, std::move(what));
}
[[noreturn]] inline void invalid(std::string title, std::vector<FieldError> fields = {}) {
  throw Error(ErrorKind::Invalid, std::move(title), std::move(fields));
}

}  // namespace vk::domain

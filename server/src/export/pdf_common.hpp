#pragma once
// What every PDF the server makes shares: cairo's stream callback that collects the bytes
// into a string, and the escaping of text for Pango markup.
#include <cairo.h>

#include <string>

namespace vk::exporter {

inline constexpr double kMm = 72.0 / 25.4;  // points per millimetre
inline constexpr double kA4W = 210 * kMm, kA4H = 297 * kMm;

// For cairo_pdf_surface_create_for_stream: closure is the std::string that collects the PDF.
cairo_status_t appendBytes(void* closure, const unsigned char* data, unsigned int length);

// Text as Pango markup shows it literally (<, >, & and quotes escaped).
std::string markupEscape(const std::string& s);

}  // namespace vk::exporter

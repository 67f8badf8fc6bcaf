#pragma once
// QR codes as SVG (libqrencode), e.g. for joining a live session from a phone.
#include <string>

namespace vk::exporter {

// An SVG image of text as a QR code (error correction M, 4 modules quiet zone), with a title.
std::string qrSvg(const std::string& text, const std::string& title);

}  // namespace vk::exporter

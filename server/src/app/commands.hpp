#pragma once
// The subcommands of the vakkompas binary; main.cpp only parses flags.
#include <optional>
#include <string>

namespace vk::app {

struct ServeOptions {
  std::string listen = "127.0.0.1:8080";
  std::string database = "sqlite:var/vakkompas.db";
  std::string webRoot = "web/dist";
  bool demo = false;
  bool secureCookies = false;
  std::string publicUrl;  // e.g. https://vakkompas.example: QR codes, join links, live Origin
  bool quiet = false;
  int threads = 0;
  std::string trustedProxies;  // addresses/CIDR ranges whose X-Forwarded-For is believed
  int retentionDays = 30;  // help-question texts and other resident texts expire after this
  std::optional<bool> requireSecondFactor;  // unset: on, except with --demo
  std::string keyFile;  // empty: vakkompas.key beside a SQLite database, else var/vakkompas.key
};

int runServe(const ServeOptions& o);
int runMigrate(const std::string& database);
int runInit(const std::string& database, const std::string& organisation, const std::string& name,
            const std::string& email, const std::string& password);
int runBackup(const std::string& database, const std::string& path);

}  // namespace vk::app

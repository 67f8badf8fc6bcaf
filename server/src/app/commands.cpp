#include "app/commands.hpp"

#include <spdlog/spdlog.h>

#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <thread>
#include <iostream>

#include "api/app.hpp"
#include "api/credentials.hpp"
#include "app/demo.hpp"
#include "app/request_log.hpp"
#include "domain/errors.hpp"
#include "domain/foundation/validation.hpp"
#include "http/server.hpp"
#include "store/foundation/sso.hpp"
#include "store/db.hpp"
#include "store/privacy/personal_data.hpp"
#include "store/foundation/secret_box.hpp"
#include "store/foundation/store.hpp"

namespace vk::app {

namespace {

int64_t now() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

// Makes the folder of a sqlite:PATH store, so `var/` need not exist beforehand.
void prepareSqliteFolder(const std::string& database) {
  if (database.rfind("sqlite:", 0) != 0) return;
  auto parent = std::filesystem::path(database.substr(7)).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent);
}

std::unique_ptr<store::Store> openMigrated(const std::string& database) {
  prepareSqliteFolder(database);
  auto s = store::openStore(database);
  s->migrate();
  return s;
}

// Deletes expired texts at start-up and then once a day, until stopped.
class RetentionJob {
 public:
  RetentionJob(store::Store& s, int days) : thread_([this, &s, days] { loop(s, days); }) {}
  ~RetentionJob() {
    {
      std::lock_guard lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    thread_.join();
  }

 private:
  void loop(store::Store& s, int days) {
    std::unique_lock lock(mu_);
    while (!stop_) {
      try {
        int64_t n = store::runRetention(s.db(), now(), int64_t{days} * 24 * 3600);
        if (n > 0) spdlog::info("{{\"job\":\"retention\",\"deleted\":{}}}", n);
      } catch (const std::exception& e) {
        spdlog::error("{{\"job\":\"retention\",\"error\":\"{}\"}}", e.what());
      }
      cv_.wait_for(lock, std::chrono::hours(24), [this] { return stop_; });
    }
  }
  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;
  std::thread thread_;
};

// VAKKOMPAS_SECRET_KEY (64 hex characters), or the key file, created 0600 on first start.
std::string serverKey(const ServeOptions& o) {
  if (const char* env = std::getenv("VAKKOMPAS_SECRET_KEY"); env && *env) return store::keyFromHex(env);
  std::string path = o.keyFile;
  if (path.empty())
    path = o.database.rfind("sqlite:", 0) == 0
               ? (std::filesystem::path(o.database.substr(7)).parent_path() / "vakkompas.key").string()
               : "var/vakkompas.key";
  return store::loadOrCreateKeyFile(path);
}

// A one-organisation installation may configure single sign-on through the environment
// (docs/operations.md, "Inloggen met het organisatie-account"): VAKKOMPAS_OIDC_ISSUER and
// friends are written into that organisation's settings at start (audited when they change).
void ssoFromEnvironment(store::Store& s, const store::SecretBox& box) {
  auto env = [](const char* name) {
    const char* v = std::getenv(name);
    return std::string(v ? v : "");
  };
  auto flag = [&](const char* name) {
    std::string v = env(name);
    return v == "1" || v == "true" || v == "ja";
  };
  if (env("VAKKOMPAS_OIDC_ISSUER").empty()) return;
  if (!s.hasOrganisations()) {
    spdlog::warn("VAKKOMPAS_OIDC_ISSUER is set, but there is no organisation yet: set it up first, then restart");
    return;
  }
  store::SsoSettings st;
  st.issuer = env("VAKKOMPAS_OIDC_ISSUER");
  st.clientId = env("VAKKOMPAS_OIDC_CLIENT_ID");
  if (!env("VAKKOMPAS_OIDC_EMAIL_CLAIM").empty()) st.emailClaim = env("VAKKOMPAS_OIDC_EMAIL_CLAIM");
  if (!env("VAKKOMPAS_OIDC_NAME_CLAIM").empty()) st.nameClaim = env("VAKKOMPAS_OIDC_NAME_CLAIM");
  st.roles.groupsClaim = env("VAKKOMPAS_OIDC_GROUPS_CLAIM");
  st.roles.adminGroups = domain::splitList(env("VAKKOMPAS_OIDC_ADMIN_GROUPS"));
  st.roles.memberGroups = domain::splitList(env("VAKKOMPAS_OIDC_MEMBER_GROUPS"));
  st.acceptedAcr = domain::splitList(env("VAKKOMPAS_OIDC_ACCEPTED_ACR"));
  st.emailDomains = domain::splitList(env("VAKKOMPAS_OIDC_EMAIL_DOMAINS"));
  st.createMembers = flag("VAKKOMPAS_OIDC_CREATE_MEMBERS");
  st.linkByVerifiedEmail = flag("VAKKOMPAS_OIDC_LINK_BY_EMAIL");
  st.ssoOnly = flag("VAKKOMPAS_OIDC_SSO_ONLY");
  if (std::string glass = env("VAKKOMPAS_OIDC_BREAK_GLASS_EMAIL"); !glass.empty())
    if (auto creds = s.credentialsByEmail(domain::normaliseEmail(glass))) st.breakGlassUserId = creds->userId;
  std::string secret = env("VAKKOMPAS_OIDC_CLIENT_SECRET");
  if (st.clientId.empty() || secret.empty())
    throw std::runtime_error("VAKKOMPAS_OIDC_ISSUER needs VAKKOMPAS_OIDC_CLIENT_ID and VAKKOMPAS_OIDC_CLIENT_SECRET");
  try {
    store::SsoStore(s.db(), box).putForInstallation(st, secret, now());
  } catch (const domain::Error& e) {
    throw std::runtime_error("VAKKOMPAS_OIDC_*: " + e.title());
  }
  spdlog::info("single sign-on with {} from the environment", st.issuer);
}

}  // namespace

int runServe(const ServeOptions& o) {
  useBufferedStdoutLog();
  auto store = openMigrated(o.database);
  if (o.demo && seedDemo(*store, now())) spdlog::info("demo organisation 'Wijkteams Demostad' created");
  api::Config cfg;
  cfg.webRoot = o.webRoot;
  cfg.secureCookies = o.secureCookies;
  cfg.trustedProxies = o.trustedProxies;
  cfg.publicUrl = o.publicUrl;
  cfg.logRequests = !o.quiet;
  cfg.requireSecondFactorForAdmins = o.requireSecondFactor.value_or(!o.demo);
  cfg.secretKey = serverKey(o);
  api::App app(*store, cfg);
  ssoFromEnvironment(*store, app.secretBox());
  http::ServerOptions so;
  auto colon = o.listen.rfind(':');
  so.host = colon == std::string::npos ? "127.0.0.1" : o.listen.substr(0, colon);
  so.port = static_cast<uint16_t>(std::stoi(colon == std::string::npos ? o.listen : o.listen.substr(colon + 1)));
  so.threads = o.threads;
  http::Server server(so, app.handler());
  RetentionJob retention(*store, o.retentionDays);
  uint16_t port = server.start();
  std::cout << "Vakkompas draait op http://" << (so.host == "0.0.0.0" ? "localhost" : so.host) << ":" << port
            << " (opslag: " << store->kind() << ")" << std::endl;
  if (!cfg.requireSecondFactorForAdmins)
    std::cout << "Let op: beheerders en analisten hoeven geen tweede stap in te stellen." << std::endl;
  if (o.demo) {
    std::cout << "Demo: log in als beheerder met " << kDemoAdminEmail << " of als teamlid met " << kDemoMemberEmail
              << ", wachtwoord: " << kDemoPassword << std::endl;
  } else if (!store->hasOrganisations()) {
    std::cout << "Eerste keer: open de link hierboven om je organisatie in te richten." << std::endl;
  }
  server.waitForSignal();
  server.join();
  flushLog();
  std::cout << "Vakkompas is gestopt." << std::endl;
  return 0;
}

int runMigrate(const std::string& database) {
  prepareSqliteFolder(database);
  auto s = store::openStore(database);
  std::cout << "schema version " << s->migrate() << std::endl;
  return 0;
}

int runInit(const std::string& database, const std::string& organisation, const std::string& name,
            const std::string& email, const std::string& password) {
  std::vector<domain::FieldError> errs;
  domain::checkName("organisation", organisation, 120, errs);
  domain::checkName("name", name, 120, errs);
  domain::checkEmail("email", email, errs);
  domain::checkPassword("password", password, email, errs);
  if (!errs.empty()) {
    for (auto& e : errs) std::cerr << e.field << ": " << e.message << "\n";
    return 2;
  }
  auto s = openMigrated(database);
  try {
    auto created = s->createOrganisation(
        {domain::trimmed(organisation), domain::trimmed(name), domain::normaliseEmail(email), api::hashPassword(password)},
        now(), false);
    std::cout << "Organisatie " << created.orgId << " aangemaakt met beheerder " << domain::normaliseEmail(email)
              << std::endl;
  } catch (const domain::Error& e) {
    std::cerr << e.title() << std::endl;
    return 1;
  }
  return 0;
}

int runBackup(const std::string& database, const std::string& path) {
  auto s = store::openStore(database);
  if (std::filesystem::exists(path)) {
    std::cerr << "Het bestand " << path << " bestaat al; kies een nieuw pad." << std::endl;
    return 1;
  }
  s->db().backupTo(path);
  std::cout << "Kopie gemaakt: " << path << std::endl;
  return 0;
}

}  // namespace vk::app

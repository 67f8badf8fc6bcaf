// vakkompas: serve, migrate, init, backup, version (and the text tools).
#include <CLI/CLI.hpp>
#include <iostream>

#include "app/cmd_cards_pdf.hpp"
#include "app/cmd_dilemmas_pdf.hpp"
#include "app/cmd_match.hpp"
#include "app/cmd_privacy_scan.hpp"
#include "api/client_address.hpp"
#include "app/commands.hpp"

int main(int argc, char** argv) {
  CLI::App cli{"Vakkompas: vakmanschap van wijkteams"};
  cli.require_subcommand(1);
  std::string database = "sqlite:var/vakkompas.db";
  auto addDatabase = [&](CLI::App* sub) {
    sub->add_option("--database", database, "sqlite:PATH or postgresql://…")->envname("VAKKOMPAS_DATABASE");
  };

  vk::app::ServeOptions serve;
  auto* s = cli.add_subcommand("serve", "Start the web server");
  s->add_option("--listen", serve.listen, "host:port")->envname("VAKKOMPAS_LISTEN");
  s->add_option("--database", serve.database, "sqlite:PATH or postgresql://…")->envname("VAKKOMPAS_DATABASE");
  s->add_option("--web-root", serve.webRoot, "folder with the built web app")->envname("VAKKOMPAS_WEB_ROOT");
  s->add_flag("--demo", serve.demo, "create the demo organisation when the store is empty")->envname("VAKKOMPAS_DEMO");
  s->add_flag("--secure-cookies", serve.secureCookies, "mark cookies Secure (behind TLS)")
      ->envname("VAKKOMPAS_SECURE_COOKIES");
  s->add_option("--trusted-proxies", serve.trustedProxies,
                "comma-separated addresses or CIDR ranges of the proxies whose X-Forwarded-For is believed")
      ->envname("VAKKOMPAS_TRUSTED_PROXIES")
      ->check(CLI::Validator(
          [](std::string& v) {
            try {
              vk::api::TrustedProxies::parse(v);
              return std::string();
            } catch (const std::exception& e) {
              return std::string(e.what());
            }
          },
          "ADDRESS[/BITS],…"));
  s->add_option("--public-url", serve.publicUrl, "where people reach Vakkompas, e.g. https://vakkompas.example")
      ->envname("VAKKOMPAS_PUBLIC_URL");
  s->add_option("--require-second-factor", serve.requireSecondFactor,
                "organisation admins and analysts need a second log-in step (default: true, false with --demo)")
      ->envname("VAKKOMPAS_REQUIRE_SECOND_FACTOR");
  s->add_option("--key-file", serve.keyFile,
                "the server key for secrets at rest (default: vakkompas.key beside a SQLite database, else var/)")
      ->envname("VAKKOMPAS_KEY_FILE");
  s->add_flag("--quiet", serve.quiet, "no request log lines");
  s->add_option("--retention-days", serve.retentionDays, "days before help-question texts are deleted")
      ->envname("VAKKOMPAS_RETENTION_DAYS")
      ->check(CLI::Range(1, 3650));
  s->add_option("--threads", serve.threads, "I/O threads (0: one per core)")->envname("VAKKOMPAS_THREADS");

  auto* m = cli.add_subcommand("migrate", "Bring the store's schema up to date");
  addDatabase(m);

  std::string organisation, name, email, password;
  bool passwordStdin = false;
  auto* init = cli.add_subcommand("init", "Create an organisation and its first administrator");
  addDatabase(init);
  init->add_option("--organisation", organisation)->required();
  init->add_option("--name", name, "the administrator's name")->required();
  init->add_option("--email", email, "the administrator's e-mail address")->required();
  init->add_option("--password", password)->envname("VAKKOMPAS_ADMIN_PASSWORD");
  init->add_flag("--password-stdin", passwordStdin, "read the password from standard input");

  std::string backupPath;
  auto* backup = cli.add_subcommand("backup", "Write a consistent copy of a live SQLite store");
  addDatabase(backup);
  backup->add_option("path", backupPath)->required();

  bool jsonOut = false, fromStdin = false;
  std::vector<std::string> texts;
  auto* match = cli.add_subcommand("match", "Recognise life domains, knowledge aspects and target groups in help questions");
  match->add_flag("--json", jsonOut, "print one JSON object per question (the only format)");
  match->add_flag("--stdin", fromStdin, "read one question per line from standard input");
  match->add_option("text", texts, "question text(s)");

  auto* scan = cli.add_subcommand("privacy-scan", "Find residents' identifying data, one text per input line");
  scan->add_flag("--json", jsonOut, "print one JSON object per line (the only format)");

  std::string deckId, pdfOut;
  auto* cardsPdf = cli.add_subcommand("cards-pdf", "Print an interview card deck as a PDF (A4, cut marks, front and back)");
  addDatabase(cardsPdf);
  cardsPdf->add_option("--deck", deckId, "deck id, or 'starter' for the embedded starter deck")->required();
  cardsPdf->add_option("--out", pdfOut, "PDF file to write")->required();

  std::string dilemmasOut;
  auto* dilemmasPdf =
      cli.add_subcommand("dilemmas-pdf", "Print the starter dilemmas as cards (A4, cut marks, front and back)");
  dilemmasPdf->add_option("--out", dilemmasOut, "PDF file to write")->required();

  cli.add_subcommand("version", "Print the version");

  CLI11_PARSE(cli, argc, argv);
  try {
    if (*s) return vk::app::runServe(serve);
    if (*m) return vk::app::runMigrate(database);
    if (*init) {
      if (passwordStdin) std::getline(std::cin, password);
      if (password.empty()) {
        std::cerr << "Geef een wachtwoord met --password-stdin of VAKKOMPAS_ADMIN_PASSWORD." << std::endl;
        return 2;
      }
      return vk::app::runInit(database, organisation, name, email, password);
    }
    if (*backup) return vk::app::runBackup(database, backupPath);
    if (*match) return vk::app::runMatch(texts, fromStdin, std::cin, std::cout);
    if (*scan) return vk::app::runPrivacyScan(std::cin, std::cout);
    if (*cardsPdf) return vk::app::runCardsPdf(database, deckId, pdfOut);
    if (*dilemmasPdf) return vk::app::runDilemmasPdf(dilemmasOut);
    if (cli.got_subcommand("version")) {
      std::cout << "vakkompas " << VK_VERSION << std::endl;
      return 0;
    }
  } catch (const std::exception& e) {
    std::cerr << "vakkompas: " << e.what() << std::endl;
    return 1;
  }
  return 0;
}

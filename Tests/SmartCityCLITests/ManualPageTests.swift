import Foundation
import ProgrammeCore
import TestSupport
import Testing

@testable import SmartCityCLI

/// The manual pages are made from the commands' declarations, so they say what `--help` says;
/// they follow the usual sections, render without a warning, and install (and uninstall) where
/// people's tools look for them.
@Suite struct ManualPageTests {
  static let sections = [
    "NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXIT STATUS", "ENVIRONMENT", "FILES", "EXAMPLES", "SEE ALSO",
  ]

  static let groff = ["/usr/bin/groff", "/usr/local/bin/groff"].first { FileManager.default.isExecutableFile(atPath: $0) }

  /// Every command has a page in both languages, with the usual sections in their order, every
  /// option and argument it declares, the exit statuses and the environment the README names.
  @Test func everyCommand_hasAPageWithEveryOptionAndTheUsualSections() throws {
    let pages = Dictionary(uniqueKeysWithValues: SmartCity.Manuals.pages().map { ($0.path, $0.text) })
    #expect(pages.count == 2 * (SmartCity.commands.count + 1))
    for spec in SmartCity.commands.map(\.spec) {
      let page = try #require(pages["man1/smartcity-\(spec.name).1"], "no page for \(spec.name)")
      #expect(pages["id/man1/smartcity-\(spec.name).1"] != nil)
      let headings = page.split(separator: "\n").filter { $0.hasPrefix(".SH ") }.map {
        $0.dropFirst(4).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
      }
      #expect(headings.filter { Self.sections.contains($0) } == Self.sections, "\(spec.name): \(headings)")
      for option in spec.allOptions {
        #expect(page.contains("\\fB" + ("--" + option.name).replacingOccurrences(of: "-", with: "\\-") + "\\fR"), "\(spec.name)")
      }
      for argument in spec.arguments { #expect(page.contains(".I \(argument.name.replacingOccurrences(of: "-", with: "\\-"))")) }
      for status in ["0", "1", "64", "65", "74", "75"] { #expect(page.contains(".B \(status)\n"), "\(spec.name)") }
      for name in ["SMARTCITY_DATA", "SMARTCITY_LANG", "SMARTCITY_LOCK_TIMEOUT", "NO_COLOR"] {
        #expect(page.contains(".B \(name.replacingOccurrences(of: "_", with: "_"))"), "\(spec.name): \(name)")
      }
      // The page's words are the help's: the abstract as --help prints it.
      #expect(page.contains(ManualPage(language: .english).text(spec.abstract.text(in: .english))))
    }
  }

  /// Each example on a page is a command line the tool takes: a command it has, with options
  /// that command declares.
  @Test func examples_useCommandsAndOptionsThatExist() {
    for (name, lines) in ManualPage.examples {
      for line in lines where line.hasPrefix("smartcity ") {
        let words = line.split(separator: " ").map(String.init)
        guard let command = SmartCity.command(named: words[1]) else {
          Issue.record("\(name): no command '\(words[1])' in '\(line)'")
          continue
        }
        for word in words where word.hasPrefix("--") {
          let option = String(word.dropFirst(2).prefix { $0 != "=" })
          #expect(command.spec.option(named: option) != nil, "\(line): --\(option)")
        }
      }
      #expect(name == "manuals" || SmartCity.command(named: name) != nil, "examples for an unknown command \(name)")
    }
    for spec in SmartCity.commands.map(\.spec) { #expect(ManualPage.examples[spec.name] != nil, "\(spec.name) has no example") }
  }

  /// groff renders every page, in both languages, without a warning (`-ww`).
  @Test(.enabled(if: ManualPageTests.groff != nil, "groff is not installed"))
  func everyPage_rendersWithoutWarnings() throws {
    let folder = FileManager.default.temporaryDirectory.path + "/smartcity-man-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let written = try CLI.run(["manuals", "--output", folder])
    #expect(written.status == 0, "\(written.standardError)")
    for page in SmartCity.Manuals.pages() {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: try #require(Self.groff))
      process.arguments = ["-ww", "-man", "-Tutf8", folder + "/" + page.path]
      let error = Pipe()
      process.standardOutput = FileHandle.nullDevice
      process.standardError = error
      try process.run()
      let warnings = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationStatus == 0 && warnings.isEmpty, "\(page.path): \(warnings)")
    }
  }

  /// `Scripts/install.sh` puts the binary, the pages and the completions where each tool looks,
  /// and its uninstall removes exactly those files: another program's page beside them stays.
  @Test func install_placesEveryFile_andUninstallRemovesExactlyThose() throws {
    let prefix = FileManager.default.temporaryDirectory.path + "/smartcity-prefix-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: prefix) }
    try FileManager.default.createDirectory(atPath: prefix + "/share/man/man1", withIntermediateDirectories: true)
    try Data("other".utf8).write(to: URL(fileURLWithPath: prefix + "/share/man/man1/other.1"))
    func script(_ arguments: [String]) throws -> (Int32, String) {
      try CLI.shell("/bin/bash", [TestStore.packageRoot + "/Scripts/install.sh"] + arguments)
    }
    let (installed, said) = try script(["--prefix", prefix, "--binary", CLI.binary])
    #expect(installed == 0, "\(said)")
    var expected = [
      "bin/smartcity", "share/bash-completion/completions/smartcity", "share/zsh/site-functions/_smartcity",
      "share/fish/vendor_completions.d/smartcity.fish",
    ]
    expected += SmartCity.Manuals.pages().map { "share/man/" + $0.path }
    for file in expected { #expect(FileManager.default.fileExists(atPath: prefix + "/" + file), "\(file)") }
    let manifest = try String(contentsOfFile: prefix + "/share/doc/smartcity/installed-files", encoding: .utf8)
    #expect(Set(manifest.split(separator: "\n").map(String.init)) == Set(expected))
    #expect(FileManager.default.isExecutableFile(atPath: prefix + "/bin/smartcity"))
    let (removed, message) = try script(["--prefix", prefix, "--uninstall"])
    #expect(removed == 0, "\(message)")
    for file in expected { #expect(!FileManager.default.fileExists(atPath: prefix + "/" + file), "\(file)") }
    #expect(try String(contentsOfFile: prefix + "/share/man/man1/other.1", encoding: .utf8) == "other")
    let (again, refusal) = try script(["--prefix", prefix, "--uninstall"])
    #expect(again == 1 && refusal.contains("nothing to uninstall"))
  }
}

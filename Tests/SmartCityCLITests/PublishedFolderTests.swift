import Foundation
import ProgrammeCore
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// What leaves the store lands where it should and nowhere else: a published site keeps what
/// the tool did not write, is never half there or missing, and follows a link to its folder;
/// no output lands inside the store; a link loop is refused.
@Suite(.serialized) struct PublishedFolderTests {
  static func export(_ test: TestStore, to folder: String) throws -> Outcome {
    try CLI.run(["export", "--format", "site", "--output", folder], data: test.path)
  }

  static func listed(_ folder: String) throws -> [String] {
    try String(contentsOfFile: folder + "/.smartcity-site", encoding: .utf8).split(separator: "\n").dropFirst().map(
      String.init)
  }

  @Test func aReexport_keepsWhatItDidNotWrite_andRemovesWhatItNoLongerWrites() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let site = test.root + "/site"
    #expect(try Self.export(test, to: site).status == 0)
    // A gh-pages checkout's own files, a page of somebody's, and a page the tool wrote once.
    try FileManager.default.createDirectory(atPath: site + "/.git/objects", withIntermediateDirectories: true)
    try Data("ref: refs/heads/gh-pages\n".utf8).write(to: URL(fileURLWithPath: site + "/.git/HEAD"))
    try Data("registry.example.org\n".utf8).write(to: URL(fileURLWithPath: site + "/CNAME"))
    try Data("mine".utf8).write(to: URL(fileURLWithPath: site + "/en/notes.html"))
    try Data("old".utf8).write(to: URL(fileURLWithPath: site + "/en/gone.html"))
    let marker = site + "/.smartcity-site"
    try Data((try String(contentsOfFile: marker, encoding: .utf8) + "en/gone.html\n").utf8).write(
      to: URL(fileURLWithPath: marker))
    let again = try Self.export(test, to: site)
    #expect(again.status == 0, "\(again.standardError)")
    #expect(try String(contentsOfFile: site + "/.git/HEAD", encoding: .utf8) == "ref: refs/heads/gh-pages\n")
    #expect(FileManager.default.fileExists(atPath: site + "/.git/objects"))
    #expect(try String(contentsOfFile: site + "/CNAME", encoding: .utf8) == "registry.example.org\n")
    #expect(try String(contentsOfFile: site + "/en/notes.html", encoding: .utf8) == "mine")
    #expect(!FileManager.default.fileExists(atPath: site + "/en/gone.html"))
    #expect(try Self.listed(site).allSatisfy { FileManager.default.fileExists(atPath: site + "/" + $0) })
    // Nothing is left beside the folder.
    #expect(try FileManager.default.contentsOfDirectory(atPath: test.root).filter { $0.hasPrefix("site.") } == [])
  }

  @Test func aFileTheToolDidNotWrite_whereAPageGoes_isRefusedByName() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let site = test.root + "/site"
    try FileManager.default.createDirectory(atPath: site + "/en", withIntermediateDirectories: true)
    try Data("somebody's".utf8).write(to: URL(fileURLWithPath: site + "/en/index.html"))
    let refused = try Self.export(test, to: site)
    #expect(refused.status == 1 && refused.errorLines.count == 1, "\(refused.standardError)")
    #expect(refused.standardError.contains("did not write where the site's pages go (en/index.html)"))
    #expect(try String(contentsOfFile: site + "/en/index.html", encoding: .utf8) == "somebody's")
    #expect(try FileManager.default.contentsOfDirectory(atPath: site) == ["en"])
  }

  /// `--output site/` (as people type a folder) writes the folder `site`, again and again.
  @Test func aFolderNamedWithItsSlash_isWrittenAndRewritten() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    for _ in 0..<2 {
      let written = try Self.export(test, to: test.root + "/site/")
      #expect(written.status == 0, "\(written.standardError)")
    }
    #expect(FileManager.default.fileExists(atPath: test.root + "/site/en/index.html"))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: test.root + "/site").filter { $0.hasPrefix(".smartcity-") } == [
        ".smartcity-site"
      ])
    #expect(try FileManager.default.contentsOfDirectory(atPath: test.root).filter { $0.hasPrefix("site.") } == [])
  }

  @Test func aLinkToTheFolder_isFollowedAndStays() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    try FileManager.default.createDirectory(atPath: test.root + "/real", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: test.root + "/link", withDestinationPath: "real")
    for _ in 0..<2 { #expect(try Self.export(test, to: test.root + "/link").status == 0) }
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: test.root + "/link") == "real")
    #expect(FileManager.default.fileExists(atPath: test.root + "/real/en/index.html"))
  }

  /// Killed at any instant, an export leaves the folder whole: the old site or the new, with
  /// what the tool did not write; the next export removes what the killed one left beside it.
  @Test func aKilledExport_leavesTheOldSiteOrTheNew() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let site = test.root + "/site"
    #expect(try Self.export(test, to: site).status == 0)
    try Data("registry.example.org\n".utf8).write(to: URL(fileURLWithPath: site + "/CNAME"))
    var random = SeededRandom(seed: 3_310)
    for _ in 0..<12 {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: CLI.binary)
      process.arguments = ["export", "--format", "site", "--output", site, "--data", test.path]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      usleep(UInt32(random.next() % 400_000))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      #expect(FileManager.default.fileExists(atPath: site + "/en/index.html"))
      #expect(try String(contentsOfFile: site + "/CNAME", encoding: .utf8) == "registry.example.org\n")
      #expect(try Self.listed(site).allSatisfy { FileManager.default.fileExists(atPath: site + "/" + $0) })
    }
    #expect(try Self.export(test, to: site).status == 0)
    #expect(try FileManager.default.contentsOfDirectory(atPath: test.root).filter { $0.hasPrefix("site.") } == [])
  }

  /// A site that cannot be written says so in one line in the tool's words, naming the output
  /// and the system's reason: no dump of an error value, and no word of the store, which is
  /// untouched.
  @Test func aSiteThatCannotBeWritten_saysWhyInOneLine() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let failed = try Self.export(test, to: "/proc/smartcity-site")
    #expect(
      failed.status == 74 && failed.errorLines == ["Error: cannot write to /proc/smartcity-site: No such file or directory"])
  }

  /// An output aimed into the store (a file, the store itself, a link into it) is refused with
  /// 64 before anything is written; a link loop is refused with 74 and left as it is.
  @Test func outputsIntoTheStore_andLinkLoops_areRefused() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    try FileManager.default.createSymbolicLink(atPath: test.root + "/into", withDestinationPath: "Data")
    let before = try test.snapshot()
    for arguments in [
      ["export", "--format", "csv", "--output", test.path + "/mous.json"],
      ["map", "--output", test.path + "/regencies.json"],
      ["export", "--format", "site", "--output", test.path + "/site"],
      ["export", "--format", "json", "--output", test.root + "/into/cohorts.json"],
      ["export", "--format", "site", "--output", test.path],
    ] {
      let outcome = try CLI.run(arguments, data: test.path)
      #expect(outcome.status == 64 && outcome.standardError.contains("it is inside the store"), "\(arguments)")
      #expect(try test.snapshot() == before)
    }
    try FileManager.default.createSymbolicLink(atPath: test.root + "/loop1", withDestinationPath: "loop2")
    try FileManager.default.createSymbolicLink(atPath: test.root + "/loop2", withDestinationPath: "loop1")
    let loop = try CLI.run(["export", "--format", "csv", "--output", test.root + "/loop1"], data: test.path)
    #expect(loop.status == 74 && loop.errorLines.count == 1 && loop.standardError.contains("symbolic links"))
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: test.root + "/loop1") == "loop2")
  }
}

import Foundation
import ProgrammeCore
import TestSupport
import Testing

@testable import SmartCityCLI

/// Whether the machine has git (CI installs it; a clone without it skips these tests, saying so).
let gitIsInstalled = ["/usr/bin/git", "/usr/local/bin/git", "/bin/git"].contains {
  FileManager.default.isExecutableFile(atPath: $0)
}

/// Several offices, one registry, with real git: clones that add, edit and remove records
/// independently, merged by the driver record by record; the semantic diff and history.
@Suite(.enabled(if: gitIsInstalled, "git is not installed"))
struct GitEngineTests {
  /// A temporary origin with the fixture store committed, and clones of it.
  struct Offices {
    let root: String

    init() throws {
      root = FileManager.default.temporaryDirectory.path + "/smartcity-git-" + UUID().uuidString
      try FileManager.default.createDirectory(atPath: root + "/origin", withIntermediateDirectories: true)
      try git(["init", "-q", "-b", "main"], in: "origin")
      try FileManager.default.copyItem(atPath: TestStore.fixture, toPath: root + "/origin/Data")
      try git(["add", "-A"], in: "origin")
      try git(["commit", "-q", "-m", "The fixture registry"], in: "origin")
      // Pushing to a checked-out branch is refused; the origin serves a bare copy.
      try git(["clone", "-q", "--bare", "origin", "origin.git"], in: ".")
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }

    /// A clone of the origin, set up with `smartcity git-setup --hooks`.
    func clone(_ name: String) throws -> String {
      try git(["clone", "-q", "origin.git", name], in: ".")
      let setup = try CLI.run(["git-setup", "--hooks", "--data", "Data"], directory: root + "/" + name)
      #expect(setup.status == 0, "\(setup.standardError)")
      return name
    }

    /// Runs git in a folder under the root; returns its status and output.
    @discardableResult
    func git(_ arguments: [String], in folder: String, allowFailure: Bool = false) throws -> (status: Int32, output: String) {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = ["git"] + arguments
      process.currentDirectoryURL = URL(fileURLWithPath: root + "/" + folder)
      var environment = ProcessInfo.processInfo.environment
      for (key, value) in [
        ("GIT_AUTHOR_NAME", "Kantor \(folder)"), ("GIT_AUTHOR_EMAIL", "\(folder)@example.org"),
        ("GIT_COMMITTER_NAME", "Kantor \(folder)"), ("GIT_COMMITTER_EMAIL", "\(folder)@example.org"),
        ("GIT_AUTHOR_DATE", "2026-11-20T10:00:00+07:00"), ("GIT_COMMITTER_DATE", "2026-11-20T10:00:00+07:00"),
        ("GIT_CONFIG_GLOBAL", "/dev/null"), ("GIT_CONFIG_NOSYSTEM", "1"),
      ] { environment[key] = value }
      process.environment = environment
      let output = Pipe()
      process.standardOutput = output
      process.standardError = output
      try process.run()
      let data = output.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      let text = String(decoding: data, as: UTF8.self)
      if !allowFailure && process.terminationStatus != 0 {
        Issue.record("git \(arguments.joined(separator: " ")) in \(folder): \(text)")
      }
      return (process.terminationStatus, text)
    }

    /// Runs smartcity in a clone, on its `Data/`.
    func smartcity(_ arguments: [String], in folder: String) throws -> Outcome {
      try CLI.run(arguments + ["--data", "Data"], directory: root + "/" + folder)
    }

    func registry(_ folder: String) throws -> Registry {
      try Store(directory: root + "/" + folder + "/Data").load()
    }

    /// What a clone's store files hold while a merge's conflicts are unresolved (every command
    /// refuses the store then): read from a copy without `conflicts.json`.
    func recordsBeforeResolving(_ folder: String) throws -> Registry {
      let copy = root + "/" + folder + "-records"
      try? FileManager.default.removeItem(atPath: copy)
      try FileManager.default.copyItem(atPath: root + "/" + folder + "/Data", toPath: copy)
      try? FileManager.default.removeItem(atPath: copy + "/" + RecordMerge.conflictsFile)
      defer { try? FileManager.default.removeItem(atPath: copy) }
      return try Store(directory: copy).load()
    }
  }

  /// Two offices add MoUs to the same cohort (adjacent ids in the same file): with the driver
  /// the merge lands both; without it, git's line merge conflicts.
  @Test func twoOfficesAddingMoUs_mergeWithTheDriver_andConflictWithout() throws {
    let offices = try Offices()
    defer { offices.remove() }
    let a = try offices.clone("a")
    let b = try offices.clone("b")
    #expect(
      try offices.smartcity(
        ["add-mou", "--regency", "Kota Bogor", "--date", "2022-04-21", "--source", "https://example.org/bogor"], in: a
      ).status == 0)
    try offices.git(["commit", "-q", "-am", "Kota Bogor"], in: a)
    try offices.git(["push", "-q", "origin", "main"], in: a)
    #expect(
      try offices.smartcity(
        ["add-mou", "--regency", "Kota Depok", "--date", "2022-04-21", "--source", "https://example.org/depok"], in: b
      ).status == 0)
    try offices.git(["commit", "-q", "-am", "Kota Depok"], in: b)

    // Without the driver (a clone that was never set up), the adjacent additions collide.
    try offices.git(["clone", "-q", "b", "plain"], in: ".")
    try offices.git(["pull", "-q", "--no-rebase", "../origin.git", "main"], in: "plain", allowFailure: true)
    let plainStatus = try offices.git(["status", "--porcelain"], in: "plain").output
    #expect(plainStatus.contains("UU Data/mous.json"), "\(plainStatus)")

    // With it, both land, and the store validates.
    let pulled = try offices.git(["pull", "-q", "--no-rebase", "origin", "main"], in: b)
    #expect(pulled.status == 0, "\(pulled.output)")
    let merged = try offices.registry(b)
    let expected = try Store(directory: TestStore.fixture).load().mous.map(\.id) + ["mou-2022-32.71", "mou-2022-32.76"]
    #expect(merged.mous.map(\.id).sorted() == expected.sorted())
    #expect(try offices.smartcity(["validate"], in: b).status == 0)
    // The file is in the store's canonical form, as the tool writes it.
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: offices.root + "/b/Data/mous.json")))
    #expect(bytes == JSONWriter().bytes(for: .array(merged.records(of: .mous))))

    // The semantic diff of the merge and the history of a region, whole.
    let diff = try offices.smartcity(["diff", "HEAD~2"], in: b)
    #expect(
      diff.standardOutput == """
        mous.json
          added MoU mou-2022-32.71: Kota Bogor, cohort 2022, signed 2022-04-21, 1 source
          added MoU mou-2022-32.76: Kota Depok, cohort 2022, signed 2022-04-21, 1 source

        """, "\(diff.standardOutput)\(diff.standardError)")
    let log = try offices.smartcity(["log", "Kota Bogor"], in: b)
    let commit = try offices.git(["rev-parse", "HEAD"], in: a).output.prefix(10)
    let first = try offices.git(["rev-list", "--max-parents=0", "HEAD"], in: a).output.prefix(10)
    #expect(
      log.standardOutput == """
        2026-11-20  \(commit)  Kantor a  Kota Bogor
          mous.json
            added MoU mou-2022-32.71: Kota Bogor, cohort 2022, signed 2022-04-21, 1 source

        2026-11-20  \(first)  Kantor origin  The fixture registry
          mous.json
            added MoU mou-2017-32.71: Kota Bogor, cohort 2017, signed 2017-05-22, 2 sources
          regencies.json
            added region 32.71: Kota Bogor, kota, 1 source

        """, "\(log.standardOutput)\(log.standardError)")
    let json = try offices.smartcity(["log", "mou-2022-32.76", "--format", "json"], in: b)
    let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
    #expect(entries.count == 1 && entries.first?["author"] as? String == "Kantor b")
    // git diff and git log -p show records through textconv.
    let patch = try offices.git(["log", "-p", "-1", "--format=", "HEAD^2", "--", "Data/mous.json"], in: b).output
    #expect(
      patch.contains("\n+mou-2022-32.71\n+mou-2022-32.71 accompaniedBy: []\n+mou-2022-32.71 ceremony: ceremony-2022-04-21\n"),
      "\(patch)")
  }

  /// Different fields of one MoU edited on each side merge field by field; the same field
  /// edited differently is a conflict: ours kept, theirs listed, validate names it, exit 1.
  @Test func editsOfOneMoU_mergeByField_andTheSameFieldConflicts() throws {
    let offices = try Offices()
    defer { offices.remove() }
    let a = try offices.clone("a")
    let b = try offices.clone("b")
    _ = try offices.smartcity(["edit-mou", "mou-2017-32.75", "--venue", "Balai Kota Bekasi"], in: a)
    _ = try offices.smartcity(["edit-mou", "mou-2017-32.73", "--venue", "Aula A"], in: a)
    try offices.git(["commit", "-q", "-am", "venues"], in: a)
    try offices.git(["push", "-q", "origin", "main"], in: a)
    _ = try offices.smartcity(["edit-mou", "mou-2017-32.75", "--office", "Wali Kota"], in: b)
    _ = try offices.smartcity(["edit-mou", "mou-2017-32.73", "--venue", "Aula B"], in: b)
    try offices.git(["commit", "-q", "-am", "signatory and a venue"], in: b)
    let pulled = try offices.git(["pull", "--no-rebase", "origin", "main"], in: b, allowFailure: true)
    #expect(pulled.status != 0 && pulled.output.contains("CONFLICT"), "\(pulled.output)")
    let merged = try offices.recordsBeforeResolving(b)
    let bekasi = try #require(merged.mous.first { $0.id == "mou-2017-32.75" })
    #expect(bekasi.venue == "Balai Kota Bekasi" && bekasi.regionalSignatory?.office == "Wali Kota")
    #expect(merged.mous.first { $0.id == "mou-2017-32.73" }?.venue == "Aula B")
    let validate = try offices.smartcity(["validate"], in: b)
    #expect(validate.status == 65)
    #expect(
      validate.standardOutput.contains(
        "Error: mous.json mou-2017-32.73: venue changed on both sides: ours \"Aula B\", theirs \"Aula A\"; the store keeps ours until you choose and remove conflicts.json"
      ),
      "\(validate.standardOutput)")
    // The pre-commit hook refuses to commit the unresolved merge; resolving lets it through.
    try offices.git(["add", "-A"], in: b)
    let refused = try offices.git(["commit", "-q", "-m", "merge"], in: b, allowFailure: true)
    #expect(refused.status != 0 && refused.output.contains("venue changed on both sides"), "\(refused.output)")
    try FileManager.default.removeItem(atPath: offices.root + "/b/Data/conflicts.json")
    try offices.git(["add", "-A"], in: b)
    #expect(try offices.git(["commit", "-q", "-m", "merge, keeping Aula B"], in: b).status == 0)
  }

  /// One office removes an MoU the other edits: a conflict, and the edited record is kept.
  @Test func removalAgainstAnEdit_isAConflictThatKeepsTheRecord() throws {
    let offices = try Offices()
    defer { offices.remove() }
    let a = try offices.clone("a")
    let b = try offices.clone("b")
    #expect(try offices.smartcity(["remove-mou", "mou-2022-33.76", "--yes"], in: a).status == 0)
    try offices.git(["commit", "-q", "-am", "remove Tegal"], in: a)
    try offices.git(["push", "-q", "origin", "main"], in: a)
    _ = try offices.smartcity(["edit-mou", "mou-2022-33.76", "--venue", "Kantor Wali Kota Tegal"], in: b)
    try offices.git(["commit", "-q", "-am", "Tegal's venue"], in: b)
    let pulled = try offices.git(["pull", "--no-rebase", "origin", "main"], in: b, allowFailure: true)
    #expect(pulled.status != 0)
    #expect(
      try offices.recordsBeforeResolving(b).mous.first { $0.id == "mou-2022-33.76" }?.venue == "Kantor Wali Kota Tegal")
    let conflicts = try String(contentsOfFile: offices.root + "/b/Data/conflicts.json", encoding: .utf8)
    #expect(conflicts.contains("\"id\": \"mou-2022-33.76\"") && conflicts.contains("\"theirs\": null"))
    let validate = try offices.smartcity(["validate"], in: b)
    #expect(
      validate.standardOutput.contains("Error: mous.json mou-2022-33.76: changed on our side"), "\(validate.standardOutput)")
  }

  /// The same two branches merged either way give the same file, byte for byte.
  @Test func theMerge_isTheSameWhicheverSideMerges() throws {
    let offices = try Offices()
    defer { offices.remove() }
    let a = try offices.clone("a")
    try offices.git(["checkout", "-q", "-b", "left"], in: a)
    _ = try offices.smartcity(
      ["add-mou", "--regency", "Kota Bogor", "--date", "2022-04-21", "--source", "https://example.org/l"], in: a)
    try offices.git(["commit", "-q", "-am", "left"], in: a)
    try offices.git(["checkout", "-q", "main"], in: a)
    _ = try offices.smartcity(
      ["add-mou", "--regency", "Kota Depok", "--date", "2022-04-21", "--source", "https://example.org/r"], in: a)
    _ = try offices.smartcity(["edit-mou", "mou-2017-32.75", "--venue", "Right"], in: a)
    try offices.git(["commit", "-q", "-am", "right"], in: a)
    try offices.git(["branch", "-q", "right"], in: a)
    try offices.git(["merge", "-q", "left", "-m", "into main"], in: a)
    let one = try Data(contentsOf: URL(fileURLWithPath: offices.root + "/a/Data/mous.json"))
    try offices.git(["checkout", "-q", "left"], in: a)
    try offices.git(["merge", "-q", "right", "-m", "into left"], in: a)
    let other = try Data(contentsOf: URL(fileURLWithPath: offices.root + "/a/Data/mous.json"))
    #expect(one == other)
  }

  /// `undo` after a pull would put back a file git has changed since: refused, nothing lost.
  @Test func undoAfterAPull_isRefused() throws {
    let offices = try Offices()
    defer { offices.remove() }
    let a = try offices.clone("a")
    let b = try offices.clone("b")
    _ = try offices.smartcity(
      ["add-mou", "--regency", "Kota Bogor", "--date", "2022-04-21", "--source", "https://example.org/a"], in: a)
    try offices.git(["commit", "-q", "-am", "Bogor"], in: a)
    try offices.git(["push", "-q", "origin", "main"], in: a)
    _ = try offices.smartcity(
      ["add-mou", "--regency", "Kota Depok", "--date", "2022-04-21", "--source", "https://example.org/b"], in: b)
    try offices.git(["commit", "-q", "-am", "Depok"], in: b)
    try offices.git(["pull", "-q", "--no-rebase", "origin", "main"], in: b)
    let before = try Data(contentsOf: URL(fileURLWithPath: offices.root + "/b/Data/mous.json"))
    let undo = try offices.smartcity(["undo", "--yes"], in: b)
    #expect(undo.status == 1 && undo.standardError.contains("mous.json has changed since"), "\(undo.standardError)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: offices.root + "/b/Data/mous.json")) == before)
    // Without an outside change, undo still works.
    _ = try offices.smartcity(
      ["add-mou", "--regency", "Kota Cimahi", "--date", "2022-04-21", "--source", "https://example.org/c"], in: b)
    let undone = try offices.smartcity(["undo", "--yes"], in: b)
    #expect(undone.status == 0, "\(undone.standardError)")
  }

  /// The refusals: outside a repository, an unknown revision; one line each, and nothing written.
  @Test func badRevisionsAndNoRepository_areRefusedInOneLine() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let outside = try CLI.run(["diff"], data: test.path)
    #expect(
      outside.status == 1 && outside.errorLines.count == 1
        && outside.standardError.contains("is not in a git repository; run it in a clone of the registry"),
      "\(outside.standardError)")
    let offices = try Offices()
    defer { offices.remove() }
    let a = try offices.clone("a")
    let unknown = try offices.smartcity(["diff", "nope~3"], in: a)
    #expect(
      unknown.status == 1
        && unknown.errorLines == [
          "Error: git knows no revision 'nope~3'; give a commit, branch or tag (HEAD, main~1, v1.0), or a store folder"
        ], "\(unknown.standardError)")
    let none = try offices.smartcity(["diff"], in: a)
    #expect(none.status == 0 && none.standardOutput == "No records differ.\n")
    let folder = try offices.smartcity(["diff", TestStore.fixture, "--format", "json"], in: a)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(folder.standardOutput.utf8)) as? [String: Any])
    #expect((object["changes"] as? [Any])?.isEmpty == true)
  }
}

import Foundation
import ProgrammeCore
import TestSupport
import Testing

@testable import ProgrammeCore

/// What surrounds the store: outputs that never clobber, honest exit codes, read-only copies,
/// the environment, and rules that hold whatever the entry point.
@Suite struct ReliabilityTests {
  static let bekasi = MoURequest(
    regency: "Kota Bekasi", signedOn: ReportedDate(CalendarDate(year: 2022, month: 4, day: 21)!),
    sources: [Source(text: "https://example.org/b")])

  // MARK: Outputs

  @Test func exportToADevice_writesIntoItAndLeavesItADevice() throws {
    let outcome = try CLI.run(["export", "--format", "csv", "--output", "/dev/null"], data: TestStore.fixture)
    #expect(outcome.status == 0, "\(outcome.standardError)")
    var info = stat()
    #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
  }

  @Test func exportToDevStdout_reachesStandardOutput() throws {
    let outcome = try CLI.run(
      ["export", "--format", "csv", "--collection", "cohorts", "--output", "/dev/stdout"], data: TestStore.fixture)
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(outcome.standardOutput.hasPrefix("id,title,"))
  }

  @Test func exportThroughASymlink_replacesItsTargetAndKeepsTheLink() throws {
    let test = try TestStore(empty: ())
    defer { test.remove() }
    try Data("old".utf8).write(to: URL(fileURLWithPath: test.root + "/target.csv"))
    try FileManager.default.createSymbolicLink(atPath: test.root + "/link.csv", withDestinationPath: "target.csv")
    let outcome = try CLI.run(["export", "--format", "csv", "--output", test.root + "/link.csv"], data: TestStore.fixture)
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: test.root + "/link.csv") == "target.csv")
    #expect(try String(contentsOfFile: test.root + "/target.csv", encoding: .utf8).hasPrefix("id,"))
    let folder = try CLI.run(["export", "--output", test.root], data: TestStore.fixture)
    #expect(folder.status == 74 && folder.errorLines.count == 1 && folder.standardError.contains("is a folder"))
  }

  /// A full device on standard output: exit 74 naming it, for every command that prints.
  @Test(arguments: [["list"], ["report"], ["export"], ["show", "53.19"], ["regencies"]])
  func fullStandardOutput_exits74(arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CLI.binary)
    process.arguments = arguments + ["--data", TestStore.fixture]
    process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
    let error = Pipe()
    process.standardError = error
    try process.run()
    let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 74)
    #expect(message == "Error: cannot write to standard output: No space left on device\n")
  }

  /// `smartcity export | head -c 10`: the reader goes away long before the export (about 300 KB)
  /// is written; the command says nothing and exits 0 (bash's pipefail would see anything else).
  @Test func closedPipe_endsQuietly() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-o", "pipefail", "-c", "'\(CLI.binary)' export --data '\(TestStore.fixture)' | head -c 10 > /dev/null"]
    let error = Pipe()
    process.standardError = error
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(message == "")
    #expect(process.terminationStatus == 0)
  }

  // MARK: Read-only stores

  /// What a writer killed after its commit marker leaves, on a store nobody may write.
  @Test func readOnlyStoreWithAPendingCommit_isReadAsCommitted() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    var registry = try test.store.load()
    try registry.register(Self.bekasi)
    registry.claims.removeAll()
    try Data(registry.fileBytes(of: .mous)).write(to: URL(fileURLWithPath: test.path + "/.mous.json.tmp-1-0"))
    try Data(registry.fileBytes(of: .claims)).write(to: URL(fileURLWithPath: test.path + "/.unconfirmed-claims.json.tmp-1-1"))
    try test.write(
      ".commit",
      #"[{"temporary":".mous.json.tmp-1-0","target":"mous.json"},{"temporary":".unconfirmed-claims.json.tmp-1-1","target":"unconfirmed-claims.json"}]"#
    )
    let before = try test.snapshot()
    let readOnly = FailingFileSystem(failure: .readOnly)
    let list = CLI.runInProcess(["list", "--cohort", "2022", "--format", "tsv"], data: test.path, fileSystem: readOnly)
    #expect(list.status == 0)
    #expect(list.standardOutput.contains("32.75\t"))
    #expect(list.standardError.hasPrefix("Warning: \(test.path)/.commit holds a write a crashed process did not finish"))
    let write = CLI.runInProcess(
      ["add-mou", "--regency", "Kota Bogor", "--date", "2022-04-21"], data: test.path, fileSystem: readOnly)
    #expect(write.status == 74)
    #expect(
      write.errorLines == [
        "Error: cannot write to the store \(test.path): it is read-only (Read-only file system); write to a copy, or make the folder writable"
      ])
    #expect(try test.snapshot() == before)
    // Once writable, the next reader finishes the commit.
    #expect(try test.store.load().mous.contains { $0.id == "mou-2022-32.75" })
    #expect(!FileManager.default.fileExists(atPath: test.path + "/.commit"))
  }

  // MARK: Recovery from anywhere

  /// The marker names files relative to the store, so a process that names the store another
  /// way (from another working folder, through a link) finishes the commit.
  @Test func commitMarker_isFinishedWhateverTheStoreIsCalled() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let label = JournalEntry.Label(command: "test", time: "2026-11-29T00:00:00Z")
    // Die at the first call that leaves the commit marker down.
    for crashAt in 1...30 where !FileManager.default.fileExists(atPath: test.path + "/.commit") {
      #expect(try test.store.load().mous.count == 88)
      let store = Store(directory: test.path, fileSystem: CrashingFileSystem(crashAt: crashAt))
      _ = try? store.update(journal: label) { (registry: inout Registry) throws(ProgrammeError) in
        try registry.register(Self.bekasi)
      }
    }
    let marker = try test.read(".commit")
    #expect(!marker.contains(test.root), "\(marker)")
    try FileManager.default.createSymbolicLink(atPath: test.root + "/alias", withDestinationPath: test.path)
    let loaded = try Store(directory: test.root + "/alias").load()
    #expect(loaded.mous.contains { $0.id == "mou-2022-32.75" })
    #expect(try test.store.journal().map(\.sequence) == [1])
  }

  // MARK: Rules at every entry point

  @Test func libraryCaller_cannotWriteAStoreThatWouldNotLoad() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let before = try test.snapshot()
    #expect(throws: ProgrammeError.duplicateRecord(collection: .mous, id: "mou-2021-53.19")) {
      try test.store.update { (registry: inout Registry) throws(ProgrammeError) in
        registry.mous.append(registry.mous.first { $0.id == "mou-2021-53.19" }!)
      }
    }
    #expect(throws: ProgrammeError.self) {
      try test.store.update { (registry: inout Registry) throws(ProgrammeError) in
        registry.cohorts[0].years = [1999]
      }
    }
    #expect(throws: ProgrammeError.self) {
      try test.store.update { (registry: inout Registry) throws(ProgrammeError) in
        registry.mous[0].id = "mou-1999-00.00"
      }
    }
    #expect(try test.snapshot() == before)
    #expect(try test.store.load().mous.count == 88)
  }

  @Test func quickWinRules_holdForEveryEntryPoint() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let before = try test.snapshot()
    for (start, end, title) in [("2022-07-01", "2022-06-01", "Layanan"), ("2022-07-01", "2022-08-01", "!!!")] {
      #expect(throws: ProgrammeError.self) {
        try test.store.update { (registry: inout Registry) throws(ProgrammeError) in
          registry.quickWins.append(
            QuickWin(
              regency: "53.19", cohort: "2021", pillar: .governance, title: title, status: .running,
              start: CalendarDate(iso: start), end: CalendarDate(iso: end)))
        }
      }
    }
    let refused = CLI.runInProcess(
      [
        "add-quickwin", "--regency", "53.19", "--pillar", "governance", "--title", "Layanan", "--start", "2022-07-01", "--end",
        "2022-06-01",
      ],
      data: test.path)
    #expect(refused.status == 1 && refused.standardError.contains("ends before it starts"), "\(refused.standardError)")
    #expect(try test.snapshot() == before)
  }

  @Test func import_appliesTheRulesTheCommandsApply() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let before = try test.snapshot()
    let cohorts = test.root + "/cohorts.csv"
    try Data("id,title,years,announced_size\n1999,Old,1999,5\n".utf8).write(to: URL(fileURLWithPath: cohorts))
    let cohort = CLI.runInProcess(["import", "--collection", "cohorts", cohorts], data: test.path)
    #expect(
      cohort.status == 1 && cohort.standardError.contains("1999 is outside the programme's years"), "\(cohort.standardError)")
    let added = CLI.runInProcess(
      ["add-cohort", "--id", "1999", "--title", "Old", "--years", "1999", "--announced-size", "5"], data: test.path)
    #expect(added.status == 64)
    #expect(try test.snapshot() == before)
  }

  // MARK: The environment and messages

  @Test(arguments: ["abc", "-1", "nan", "1e9", "", "3601", "1.", ".5", "10s"])
  func badLockTimeout_isRefusedNamingTheVariable(value: String) {
    let outcome = CLI.runInProcess(["list"], data: TestStore.fixture, environment: ["SMARTCITY_LOCK_TIMEOUT": value])
    #expect(outcome.status == 64)
    #expect(
      outcome.errorLines == [
        "Error: The value '\(value)' of the environment variable SMARTCITY_LOCK_TIMEOUT is invalid: expected seconds from 0 to 3600, such as 10 or 2.5"
      ])
  }

  @Test func goodLockTimeout_isTaken() {
    for value in ["0", "2.5", "3600"] {
      #expect(CLI.runInProcess(["list"], data: TestStore.fixture, environment: ["SMARTCITY_LOCK_TIMEOUT": value]).status == 0)
    }
  }

  @Test func pathWithEscapes_isEchoedEscaped() {
    let outcome = CLI.runInProcess(["list", "--data", "/tmp/no\u{1B}[31mstore"])
    #expect(outcome.status == 1)
    #expect(!outcome.standardError.unicodeScalars.contains { $0.value == 0x1B })
    #expect(outcome.standardError.contains("/tmp/no\\u{1B}[31mstore"))
  }

  // MARK: The journal's size

  @Test func journal_isBoundedBySizeAndKeepsTheNewest() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    var store = test.store
    // Each write keeps the old mous.json (about 50 KB): a limit of 120 KB keeps two.
    store.journalSizeLimit = 120_000
    let label = JournalEntry.Label(command: "test", time: "2026-11-29T00:00:00Z")
    for code in ["32.75", "32.76", "32.77", "32.78"] {
      try store.update(journal: label) { (registry: inout Registry) throws(ProgrammeError) in
        try registry.register(MoURequest(regency: code, signedOn: ReportedDate(CalendarDate(year: 2022, month: 4, day: 21)!)))
      }
    }
    #expect(try store.journal().map(\.sequence) == [4, 3])
    store.journalSizeLimit = 1
    try store.update(journal: label) { (registry: inout Registry) throws(ProgrammeError) in
      try registry.register(MoURequest(regency: "32.79", signedOn: ReportedDate(CalendarDate(year: 2022, month: 4, day: 21)!)))
    }
    #expect(try store.journal().map(\.sequence) == [5])
  }
}

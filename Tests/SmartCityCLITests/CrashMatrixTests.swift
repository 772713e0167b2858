import Foundation
import ProgrammeCore
import TestSupport
import Testing

/// A crash at every file-system call of every write command: the process dies at its k-th
/// changing call (nothing after it runs), the next process opens the store, and then:
/// the store is either as before the write or as after it, byte for byte; the journal agrees
/// with it; and the next `undo` takes back exactly the last completed write, never two, and
/// never fails because of the crash.
@Suite struct CrashMatrixTests {
  /// A write command, run in process against the store with the crashing file system.
  struct Scenario: CustomTestStringConvertible, Sendable {
    let name: String
    let arguments: [String]
    /// A CSV file the command reads, written beside the store.
    var csv: String? = nil

    var testDescription: String { name }
  }

  static let scenarios: [Scenario] = [
    Scenario(
      name: "add-mou",
      arguments: ["add-mou", "--regency", "Kota Bekasi", "--date", "2022-04-21", "--source", "https://example.org/a"]),
    Scenario(name: "edit-mou", arguments: ["edit-mou", "mou-2021-53.19", "--venue", "Hotel Inaya Bay"]),
    Scenario(name: "remove-mou", arguments: ["remove-mou", "mou-2022-32.71", "--yes"]),
    Scenario(
      name: "add-milestone",
      arguments: [
        "add-milestone", "--regency", "53.19", "--kind", "bimtek-2", "--date", "2021-08-02", "--source", "https://example.org/m",
      ]),
    Scenario(
      name: "add-quickwin",
      arguments: [
        "add-quickwin", "--regency", "53.19", "--title", "Aplikasi layanan", "--pillar", "governance", "--source",
        "https://example.org/q",
      ]),
    Scenario(
      name: "add-cohort",
      arguments: ["add-cohort", "--id", "2025", "--title", "Cohort 2025", "--years", "2025", "--announced-size", "0"]),
    Scenario(
      name: "add-letter",
      arguments: ["add-letter", "--number", "B-1/2024", "--date", "2024-01-02", "--cohort", "2024", "--regencies", "Kota Bekasi"]),
    Scenario(name: "add-regency", arguments: ["add-regency", "--code", "11.99", "--name", "Contoh"]),
    Scenario(
      name: "import", arguments: ["import", "CSV"],
      csv: "regency,signed_on,source\nKota Bekasi,2022-04-21,https://example.org/1\nKota Depok,2022-04-21,https://example.org/2\n"
    ),
    Scenario(
      name: "edit",
      arguments: ["edit", "milestone-2021-12.12-bimtek-1-2021-06-28", "--set", "date=2021-06-29", "--set", "note=moved"]),
    Scenario(
      name: "add",
      arguments: [
        "add", "announced-totals", "--set", "year=2025", "--set", "cumulative_regions=260", "--source", "example.org/t",
      ]),
    Scenario(name: "remove", arguments: ["remove", "milestone-2021-12.12-bimtek-1-2021-06-28", "--yes"]),
    Scenario(name: "undo", arguments: ["undo", "--yes"]),
  ]

  /// What a crash must leave: the store's files and the journal's entries.
  struct State: Equatable {
    var files: [String: Data]
    /// Each entry's number and files (its time and command line differ from run to run).
    var journal: [String]

    /// Temporary files a dead writer left are not part of the store (the next writer
    /// removes them); a commit marker is, and must not survive the next process.
    init(_ test: TestStore) throws {
      files = try test.snapshot().filter { !$0.key.contains(".tmp-") }
      journal = try test.store.journal().map { "\($0.sequence): \($0.files.joined(separator: ","))" }
    }
  }

  /// A store that has seen one journalled write already, so that an undo that takes back two
  /// writes is seen.
  static func prepared() throws -> TestStore {
    let test = try TestStore.copyOfFixture()
    let earlier = CLI.runInProcess(
      ["add-mou", "--regency", "Kota Bogor", "--date", "2022-04-21", "--source", "https://example.org/b"], data: test.path)
    #expect(earlier.status == 0, "\(earlier.standardError)")
    return test
  }

  static func run(_ scenario: Scenario, in test: TestStore, fileSystem: any FileSystem) -> Outcome {
    var arguments = scenario.arguments
    if let csv = scenario.csv {
      let file = test.root + "/rows.csv"
      try? Data(csv.utf8).write(to: URL(fileURLWithPath: file))
      arguments = arguments.map { $0 == "CSV" ? file : $0 }
    }
    return CLI.runInProcess(arguments, data: test.path, fileSystem: fileSystem)
  }

  /// What sets a state apart from the states before and after, for the failure message.
  static func difference(_ state: State, _ before: State, _ after: State) -> String {
    func files(_ other: State) -> [String] {
      Set(state.files.keys).union(other.files.keys).filter { state.files[$0] != other.files[$0] }.sorted()
    }
    return "files differing from before \(files(before)), from after \(files(after)); journal \(state.journal), "
      + "before \(before.journal), after \(after.journal)"
  }

  @Test(arguments: scenarios)
  func crashAtEveryCall_leavesOldOrNewAndAJournalThatAgrees(scenario: Scenario) throws {
    // The states before the write, after it, and after undoing the earlier write.
    let reference = try Self.prepared()
    defer { reference.remove() }
    let before = try State(reference)
    try reference.store.undo()
    let beforeEarlier = try State(reference).files
    reference.remove()
    let clean = try Self.prepared()
    defer { clean.remove() }
    let counter = CrashingFileSystem()
    let completed = Self.run(scenario, in: clean, fileSystem: counter)
    #expect(completed.status == 0, "\(completed.standardError)")
    let after = try State(clean)
    #expect(after.files != before.files)
    let calls = counter.changingCalls
    #expect(calls >= 2)

    for crashAt in 1...calls {
      let test = try Self.prepared()
      defer { test.remove() }
      let crashing = CrashingFileSystem(crashAt: crashAt)
      _ = Self.run(scenario, in: test, fileSystem: crashing)
      #expect(crashing.crashed)
      // The next process: any read finishes or drops what the dead one left.
      _ = try test.store.load()
      let state = try State(test)
      let label = "\(scenario.name), crash at call \(crashAt) of \(calls)"
      #expect(state == before || state == after, "\(label): neither old nor new: \(Self.difference(state, before, after))")
      #expect(!state.files.keys.contains(".commit"), "\(label)")
      // The next undo takes back exactly the last completed write.
      let undo = CLI.runInProcess(["undo", "--yes"], data: test.path)
      if scenario.name == "undo" {
        if state == before {
          #expect(undo.status == 0, "\(label): \(undo.standardError)")
          #expect(try State(test).files == after.files, "\(label)")
        } else {
          #expect(undo.status == 1, "\(label): \(undo.standardError)")
        }
      } else {
        #expect(undo.status == 0, "\(label): \(undo.standardError)")
        #expect(try State(test).files == (state == after ? before.files : beforeEarlier), "\(label)")
      }
      let expectedJournal = scenario.name == "undo" || state != after ? [] : before.journal
      #expect(try State(test).journal == expectedJournal, "\(label)")
    }
  }
}

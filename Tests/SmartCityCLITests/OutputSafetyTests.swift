import Foundation
import ProgrammeCore
import TestSupport
import Testing

/// Text from the store cannot take over a terminal or a spreadsheet, and JSON stays valid,
/// whatever a store holds. (Control characters cannot be stored at all: see
/// `controlCharacters_areRefusedWhereverTheyComeFrom`; the bidirectional overrides can.)
@Suite struct OutputSafetyTests {
  static let hostile = "Hotel \u{202E}reversed\u{202C} \u{2066}isolated\u{2069} \"quoted\" \\ back"
  static let formula = "=HYPERLINK(\"http://evil\";\"click\")"

  static func hostileStore() throws -> TestStore {
    let test = try TestStore.copyOfFixture()
    try test.store.update { (registry: inout Registry) throws(ProgrammeError) in
      var mou = try registry.register(
        MoURequest(
          regency: "Kota Bogor", signedOn: ReportedDate(CalendarDate(year: 2022, month: 4, day: 21)!), venue: hostile,
          sources: [Source(title: formula, evidence: hostile, note: hostile)]))
      mou.note = hostile
      registry.mous.removeAll { $0.id == mou.id }
      registry.mous.append(mou)
    }
    return test
  }

  @Test func terminalOutput_escapesControlCharacters() throws {
    let test = try Self.hostileStore()
    defer { test.remove() }
    for arguments in [["show", "Kota Bogor"], ["list", "--cohort", "2022", "--format", "table"], ["list", "--cohort", "2022"]] {
      let outcome = CLI.runInProcess(arguments + ["--no-color"], data: test.path, terminal: true)
      #expect(outcome.status == 0)
      #expect(
        !outcome.standardOutput.unicodeScalars.contains {
          (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
        })
    }
    let show = CLI.runInProcess(["show", "Kota Bogor"], data: test.path, terminal: true).standardOutput
    // In every place a store's text lands: the venue, the note, a source's evidence and note.
    #expect(show.components(separatedBy: "Hotel \\u{202E}reversed\\u{202C} \\u{2066}isolated\\u{2069}").count - 1 == 4)
    let tsv = CLI.runInProcess(["list", "--cohort", "2022", "--format", "tsv"], data: test.path).standardOutput
    #expect(tsv.split(separator: "\n").allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 14 })
  }

  @Test func jsonOutput_parsesBackWhateverTheNamesHold() throws {
    let test = try Self.hostileStore()
    defer { test.remove() }
    for arguments in [
      ["show", "Kota Bogor", "--format", "json"], ["list", "--format", "json"], ["report", "--format", "json"],
    ] {
      let outcome = try CLI.run(arguments, data: test.path)
      #expect(outcome.status == 0)
      #expect((try? JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8))) != nil, "\(arguments)")
    }
    let show = try CLI.run(["show", "3271", "--format", "json"], data: test.path).standardOutput
    let object = try JSONSerialization.jsonObject(with: Data(show.utf8)) as? [String: Any]
    let mou = (object?["mous"] as? [[String: Any]])?.first { $0["cohort"] as? String == "2022" }
    #expect(mou?["venue"] as? String == Self.hostile)
  }

  @Test func csvOutput_neutralisesFormulasAndQuotesFields() throws {
    let test = try Self.hostileStore()
    defer { test.remove() }
    let csv = CLI.runInProcess(["list", "--cohort", "2022", "--format", "csv"], data: test.path).standardOutput
    #expect(csv.contains(",\"'=HYPERLINK(\"\"http://evil\"\";\"\"click\"\")\",\r\n"))
    #expect(CSVWriter.neutralisingFormula("-2+3") == "'-2+3")
    #expect(CSVWriter.neutralisingFormula("@SUM(A1)") == "'@SUM(A1)")
    #expect(CSVWriter.neutralisingFormula("Kota Bogor") == "Kota Bogor")
    #expect(CSVWriter().string(for: DataTable(columns: [.init("n", .verbatim("N"))], rows: [[.integer(-5)]])) == "n\r\n-5\r\n")
  }

  /// A store holds no control characters, whether they came from an option, an import, a
  /// library caller or a hand edit: each entry point refuses them, and a store edited by hand
  /// to hold one is refused by every command with validate's first message.
  @Test func controlCharacters_areRefusedWhereverTheyComeFrom() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let before = try test.snapshot()
    #expect(throws: ProgrammeError.self) {
      try test.store.update { (registry: inout Registry) throws(ProgrammeError) in
        try registry.register(
          MoURequest(
            regency: "Kota Bogor", signedOn: ReportedDate(CalendarDate(year: 2022, month: 4, day: 21)!), venue: "a\u{1B}[31m"))
      }
    }
    let csv = test.root + "/rows.csv"
    try Data("regency,signed_on,venue\nKota Bogor,2022-04-21,\"Hotel\u{07}Bell\"\n".utf8).write(to: URL(fileURLWithPath: csv))
    let imported = CLI.runInProcess(["import", csv], data: test.path)
    #expect(imported.status == 1 && imported.errorLines.count == 1 && imported.standardError.contains("control characters"))
    #expect(try test.snapshot() == before)

    var mous = try test.read("mous.json")
    mous = mous.replacingOccurrences(of: "\"regency\": \"32.75\"", with: "\"regency\": \"32.75\",\n    \"note\": \"\\u001b[31m\"")
    try test.write("mous.json", mous)
    let validate = CLI.runInProcess(["validate"], data: test.path)
    #expect(validate.status == 65)
    for arguments in [["list"], ["report"], ["show", "Kota Bekasi"], ["regencies"], ["export"]] {
      let outcome = CLI.runInProcess(arguments, data: test.path)
      #expect(outcome.status == 65, "\(arguments)")
      #expect(
        outcome.errorLines.first.map { validate.standardOutput.contains($0.dropFirst("Error: ".count)) } == true, "\(arguments)")
    }
  }

  @Test(arguments: FailingFileSystem.Failure.allCases)
  func failedWrite_exits74AndLeavesTheStore(failure: FailingFileSystem.Failure) throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let before = try test.snapshot()
    let outcome = CLI.runInProcess(
      ["add-mou", "--regency", "Kota Bogor", "--date", "2022-04-21"], data: test.path,
      fileSystem: FailingFileSystem(failure: failure))
    #expect(outcome.status == 74)
    if failure == .readOnly {
      #expect(outcome.standardError.hasPrefix("Error: cannot write to the store \(test.path): it is read-only"))
    } else {
      #expect(outcome.standardError.hasPrefix("Error: cannot write \(test.path)/"))
      #expect(outcome.standardError.hasSuffix("; the store was left as it was\n"))
    }
    #expect(try test.snapshot() == before)
  }
}

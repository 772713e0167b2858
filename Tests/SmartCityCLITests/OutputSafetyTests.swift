import Foundation
import ProgrammeCore
import TestSupport
import Testing

/// Text from the store cannot take over a terminal or a spreadsheet, and JSON stays valid,
/// whatever a hand-edited store holds.
@Suite struct OutputSafetyTests {
  static let hostile = "Hotel \u{1B}[31mRED\u{1B}[0m\u{07}\ttab\nnewline \"quoted\" \\ \u{202E}reversed"
  static let formula = "=HYPERLINK(\"http://evil\";\"click\")"

  static func hostileStore() throws -> TestStore {
    let test = try TestStore.copyOfShipped()
    try test.store.update { (registry: inout Registry) throws(ProgrammeError) in
      var mou = try registry.register(
        MoURequest(regency: "Kota Bogor", signedOn: CalendarDate(year: 2022, month: 4, day: 21)!, venue: hostile,
          sources: [Source(title: formula)]))
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
      #expect(!outcome.standardOutput.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
    }
    let show = CLI.runInProcess(["show", "Kota Bogor"], data: test.path, terminal: true).standardOutput
    #expect(show.contains("Hotel \\u{1B}[31mRED\\u{1B}[0m\\u{7}\\ttab\\nnewline"))
    let tsv = CLI.runInProcess(["list", "--cohort", "2022", "--format", "tsv"], data: test.path).standardOutput
    #expect(tsv.split(separator: "\n").allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 13 })
  }

  @Test func jsonOutput_parsesBackWhateverTheNamesHold() throws {
    let test = try Self.hostileStore()
    defer { test.remove() }
    for arguments in [["show", "Kota Bogor", "--format", "json"], ["list", "--format", "json"], ["report", "--format", "json"]] {
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
    #expect(csv.contains(",\"'=HYPERLINK(\"\"http://evil\"\";\"\"click\"\")\"\r\n"))
    #expect(CSVWriter.neutralisingFormula("-2+3") == "'-2+3")
    #expect(CSVWriter.neutralisingFormula("@SUM(A1)") == "'@SUM(A1)")
    #expect(CSVWriter.neutralisingFormula("Kota Bogor") == "Kota Bogor")
    #expect(CSVWriter().string(for: DataTable(columns: [.init("n", .verbatim("N"))], rows: [[.integer(-5)]])) == "n\r\n-5\r\n")
  }

  @Test(arguments: FailingFileSystem.Failure.allCases)
  func failedWrite_exits74AndLeavesTheStore(failure: FailingFileSystem.Failure) throws {
    let test = try TestStore.copyOfShipped()
    defer { test.remove() }
    let before = try test.snapshot()
    let outcome = CLI.runInProcess(
      ["add-mou", "--regency", "Kota Bogor", "--date", "2022-04-21"], data: test.path,
      fileSystem: FailingFileSystem(failure: failure))
    #expect(outcome.status == 74)
    #expect(outcome.standardError.hasPrefix("Error: cannot write \(test.path)/"))
    #expect(outcome.standardError.hasSuffix("; the store was left as it was\n"))
    #expect(try test.snapshot() == before)
  }
}

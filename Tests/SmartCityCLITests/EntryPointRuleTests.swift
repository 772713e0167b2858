import Foundation
import ProgrammeCore
import TestSupport
import Testing

/// A rule about a value holds whatever the way in: an option, `add`, `edit`, `import`, a library
/// call, and `validate` on a file typed by hand. Here, the programme's span of dates.
@Suite struct EntryPointRuleTests {
  static let far = "2090-01-01"
  static let refusal = "2090-01-01 is outside the programme's time span; use a date from 2017-01-01 to 2027-11-23"

  @Test func aDateDecadesAhead_isRefusedAtEveryEntryPoint() throws {
    let test = try TestStore.copyOfFixture()
    defer { test.remove() }
    let before = try test.snapshot()
    let csv = test.root + "/milestones.csv"
    try Data("regency,cohort,kind,date\n53.19,2021,bimtek-2,\(Self.far)\n".utf8).write(to: URL(fileURLWithPath: csv))
    let entries: [[String]] = [
      ["add-milestone", "--regency", "53.19", "--kind", "bimtek-2", "--date", Self.far],
      [
        "add", "milestones", "--set", "regency=53.19", "--set", "cohort=2021", "--set", "kind=bimtek-2", "--set",
        "date=\(Self.far)",
      ],
      ["edit", "milestone-2021-12.16-bimtek-1-2021-06-24", "--set", "date=\(Self.far)"],
      ["edit-mou", "mou-2021-53.19", "--date", Self.far],
      ["import", csv, "--collection", "milestones"],
    ]
    for arguments in entries {
      let outcome = CLI.runInProcess(arguments, data: test.path)
      #expect([1, 64].contains(outcome.status), "\(arguments)")
      #expect(
        outcome.errorLines.count == 1 && outcome.errorLines[0].contains(Self.refusal), "\(arguments): \(outcome.standardError)")
    }
    #expect(try test.snapshot() == before)
    // A library caller meets the same rule.
    var store = test.store
    store.today = CalendarDate(year: 2026, month: 11, day: 23)
    #expect(throws: ProgrammeError.self) {
      try store.update { (registry: inout Registry) throws(ProgrammeError) in
        registry.milestones[0].until = CalendarDate(year: 2090, month: 1, day: 2)
      }
    }
    #expect(try test.snapshot() == before)
    // A date typed into the file by hand: validate calls the store invalid, naming the record.
    let path = test.path + "/mous.json"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let first = try #require(text.range(of: "\"signedOn\": \""))
    let edited = text.replacingCharacters(in: first.upperBound..<text.index(first.upperBound, offsetBy: 10), with: Self.far)
    try edited.write(toFile: path, atomically: true, encoding: .utf8)
    let validate = CLI.runInProcess(["validate"], data: test.path)
    #expect(validate.status == 65)
    #expect(validate.standardOutput.contains("Error: mou-2017-11.71: signed_on: \(Self.refusal)"), "\(validate.standardOutput)")
  }
}

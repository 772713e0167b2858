import Foundation
import ProgrammeCore
import TestSupport
import Testing

/// CSV for a spreadsheet (`--bom`, `--delimiter ';'`) wherever a command writes CSV: the same
/// rows as the plain CSV, a byte order mark first, `;` between cells; either option with another
/// format is refused, never dropped.
@Suite struct SpreadsheetCSVTests {
  static let commands: [[String]] = [
    ["list"], ["report", "--by", "cohort"], ["report", "--by", "reconciliation"], ["sources"], ["regencies"],
    ["export", "--collection", "mous"],
  ]

  @Test(arguments: commands)
  func everyCSV_takesTheSpreadsheetOptions(command: [String]) throws {
    let plain = CLI.runInProcess(command + ["--format", "csv"], data: TestStore.fixture)
    let excel = CLI.runInProcess(command + ["--format", "csv", "--bom", "--delimiter", ";"], data: TestStore.fixture)
    #expect(plain.status == 0 && excel.status == 0, "\(excel.standardError)")
    #expect(excel.standardOutput.hasPrefix("\u{FEFF}"))
    // (CSV ends its lines with CR LF, one Character in Swift.)
    let header = excel.standardOutput.prefix { $0 != "\r\n" && $0 != "\n" }
    #expect(header.contains(";") && !header.contains(","), "\(header)")
    let plainRows = try CSVReader().rows(Array(plain.standardOutput.utf8)).map(\.fields)
    // The reader finds the delimiter itself, and passes over the byte order mark.
    let excelRows = try CSVReader().rows(Array(excel.standardOutput.utf8)).map(\.fields)
    #expect(plainRows.count > 1 && excelRows == plainRows)
  }

  @Test(arguments: commands)
  func theSpreadsheetOptions_withAnotherFormat_areRefused(command: [String]) {
    let refused = CLI.runInProcess(command + ["--format", "json", "--delimiter", ";"], data: TestStore.fixture)
    #expect(refused.status == 64 && refused.standardError.contains("--delimiter goes with csv"), "\(refused.standardError)")
  }
}

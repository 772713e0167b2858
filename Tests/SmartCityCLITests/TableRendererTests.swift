import ProgrammeCore
import Testing

@testable import SmartCityCLI

/// A table for people keeps its grid narrow: sentences go under it, each after what names its
/// row; machines get them as columns of their rows.
@Suite struct TableRendererTests {
  static let table = DataTable(
    columns: [
      .init("cohort", .columnCohort), .init("scope", .columnScope, for: .machines), .init("phase", .columnPhase),
      .init("announced", .columnAnnounced, alignsRight: true), .init("note", .columnNote, prose: true),
    ],
    rows: [
      [.text("2017"), .text("cohort"), .null, .integer(100), .null],
      [.text("2017"), .text("phase"), .integer(2017), .integer(25), .text("a later addition")],
    ],
    keyColumns: 3)

  static func rendered(_ format: OutputFormat) -> String {
    nonisolated(unsafe) var output: [UInt8] = []
    TableRenderer(format: format, usesColor: false).render(
      table, to: OutputSink(isTerminal: false) { output.append(contentsOf: $0) })
    return String(decoding: output, as: UTF8.self)
  }

  @Test func sentences_goUnderTheGrid_afterWhatNamesTheRow() {
    #expect(
      Self.rendered(.table) == """
        Cohort  Phase  Announced
        2017                 100
        2017    2017          25

        2017 2017  Note: a later addition

        """)
    #expect(Self.rendered(.tsv) == "2017\tcohort\t\t100\t\n2017\tphase\t2017\t25\ta later addition\n")
    // Markdown's cells wrap where it is read: the sentence stays in its column.
    #expect(Self.rendered(.markdown).contains("| 2017 | 2017 | 25 | a later addition |"))
  }
}

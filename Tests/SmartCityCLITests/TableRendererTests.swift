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

  /// A terminal narrower than the table: the last text column is cut first, then the widest
  /// names, never the numbers; every line fits. A pipe or a file gets the table whole.
  @Test func aTable_fitsTheTerminalsWidth() {
    let wide = DataTable(
      columns: [
        .init("code", .columnCode), .init("officialName", .columnRegion), .init("mous", .columnMoUs, alignsRight: true),
        .init("source", .columnSource),
      ],
      rows: [
        [
          .text("53.19"), .text("Kabupaten Manggarai Timur"), .integer(123_456),
          .text("https://example.org/" + String(repeating: "berita/", count: 20)),
        ],
        [.text("12.02"), .text("Kabupaten Tapanuli Utara"), .integer(7), .text("https://example.org/a")],
      ])
    func rendered(width: Int?) -> [String] {
      nonisolated(unsafe) var output: [UInt8] = []
      TableRenderer(format: .table, usesColor: false, width: width).render(
        wide, to: OutputSink(isTerminal: true) { output.append(contentsOf: $0) })
      return String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
    }
    let whole = rendered(width: nil)
    #expect(whole.map(\.count).max()! > 150)
    for width in [80, 64] {
      let lines = rendered(width: width)
      #expect(lines.allSatisfy { $0.count <= width }, "\(width): \(lines)")
      #expect(lines[1].contains("123456") && lines[1].contains("…"), "\(lines[1])")
    }
    // Names are cut only once the last column is down to its least.
    #expect(rendered(width: 80)[1].contains("Kabupaten Manggarai Timur"))
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

import Foundation
import TestSupport
import Testing

@testable import ProgrammeCore

@Suite struct JSONParserTests {
  /// The public JSON parsing test suite (MIT, its licence beside it), vendored so that a plain
  /// clone runs it.
  static let suite = TestStore.packageRoot + "/Tests/Fixtures/JSONTestSuite/test_parsing"

  static func cases(_ prefix: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: suite)) ?? []).filter { $0.hasPrefix(prefix) }.sorted()
  }

  static func bytes(_ name: String) -> [UInt8] {
    (FileManager.default.contents(atPath: suite + "/" + name)).map { [UInt8]($0) } ?? []
  }

  @Test func suite_isPresent() {
    #expect(Self.cases("y_").count > 90)
    #expect(Self.cases("n_").count > 180)
  }

  @Test(arguments: cases("y_"))
  func validDocuments_parse(name: String) throws {
    _ = try JSONParser(allowsDuplicateKeys: true).parse(Self.bytes(name))
  }

  @Test(arguments: cases("n_"))
  func invalidDocuments_areRefused(name: String) {
    #expect(throws: JSONSyntaxError.self) { try JSONParser().parse(Self.bytes(name)) }
  }

  @Test(arguments: cases("i_"))
  func implementationDefinedDocuments_doNotCrash(name: String) {
    _ = try? JSONParser().parse(Self.bytes(name))
  }

  @Test func deepNesting_isRefusedNotOverflowed() {
    let deep = [UInt8](repeating: UInt8(ascii: "["), count: 100_000)
    #expect(throws: JSONSyntaxError.self) { try JSONParser().parse(deep) }
  }

  @Test(arguments: [
    ("[1,\n  2,\n  ]", 3, 3, "expected a value"),
    ("{\"a\": 1,}", 1, 9, "expected a key"),
    ("[\"x\"\n\"y\"]", 2, 1, "expected ',' or ']'"),
    ("{\"a\": tru}", 1, 7, "invalid literal"),
    ("[\"é\", x]", 1, 7, "unexpected 'x'"),
    ("{\"a\": 1, \"a\": 2}", 1, 10, "duplicate key 'a'"),
    ("[1] 2", 1, 5, "after the end"),
    ("[\"a\u{01}\"]", 1, 4, "control character"),
  ])
  func errors_giveLineAndColumn(text: String, line: Int, column: Int, reason: String) {
    do {
      _ = try JSONParser().parse(Array(text.utf8))
      Issue.record("accepted \(text)")
    } catch {
      #expect(error.line == line)
      #expect(error.column == column)
      #expect(error.reason.text(in: .english).contains(reason), "\(error.reason.text(in: .english))")
    }
  }

  @Test func values_areDecoded() throws {
    let value = try JSONParser().parse(Array(#"{"a": [1, -2.5e1, true, null, "x\u00e9\ud83d\ude00\n/"]}"#.utf8))
    #expect(value == .object(["a": .array([.number(1), .number(-25), .bool(true), .null, .string("xé😀\n/")])]))
  }
}

@Suite struct JSONWriterTests {
  @Test func output_isSortedIndentedAndUnescaped() {
    let value = JSONValue.object(["b": .array([.number(1), .string("a/b \"q\" \u{1}")]), "a": .object([:]), "c": .array([])])
    let text = JSONWriter().string(for: value)
    #expect(text == "{\n  \"a\": {},\n  \"b\": [\n    1,\n    \"a/b \\\"q\\\" \\u0001\"\n  ],\n  \"c\": []\n}\n")
  }

  @Test func output_parsesBackToTheSameValue() throws {
    let value = JSONValue.object([
      "text": .string("Kabupaten \u{1B}[31m\t\"x\"\\ é 😀"), "n": .number(3.25), "i": .number(-7),
      "list": .array([.null, .bool(false)]),
    ])
    for pretty in [true, false] {
      let bytes = JSONWriter(pretty: pretty).bytes(for: value)
      #expect(try JSONParser().parse(bytes) == value)
      #expect(try JSONSerialization.jsonObject(with: Data(bytes)) is [String: Any])
    }
  }
}

/// Tables written straight to JSON are their `jsonValue` written: every kind of cell, keys out
/// of order and repeated, rows shorter and longer than the columns, no rows and no columns.
@Suite struct TableJSONTests {
  static let columns = ["zeta", "alpha", "Beta", "alpha", "ünï", "mid"].map { DataTable.Column($0, Phrase(.sourceNeedsTitle)) }
  static let rows: [[TableValue]] = [
    [
      .text("a \"quoted\"\\ line\n\tand\u{1}more"), .integer(-42), .decimal(12.345, places: 1),
      .date(ReportedDate(year: 2024, month: 6)!), .words(.text("Ya")), .flag(true),
    ],
    [.list(["x", "y/z", "ß"]), .list([]), .null, .flag(false), .text(""), .decimal(-0.04, places: 1)],
    [.integer(1), .integer(2)],
    [.integer(1), .integer(2), .integer(3), .integer(4), .integer(5), .integer(6), .text("extra")],
  ]
  static let tables = [
    DataTable(columns: columns, rows: rows), DataTable(columns: columns), DataTable(columns: [], rows: [[], [.integer(1)]]),
    DataTable(columns: Array(columns.prefix(2)), rows: [[.text("only")]]),
  ]

  @Test(arguments: [true, false])
  func tables_writeAsTheirValue(pretty: Bool) {
    let writer = JSONWriter(pretty: pretty)
    for table in Self.tables {
      #expect(writer.bytes(for: table) == writer.bytes(for: table.jsonValue))
    }
  }

  @Test(arguments: [true, false])
  func objectsOfTables_writeAsTheirValue(pretty: Bool) {
    let writer = JSONWriter(pretty: pretty)
    let tables = ["rows": Self.tables[0], "empty": Self.tables[1], "zz": Self.tables[3], "same": Self.tables[2]]
    let values: [String: JSONValue] = ["programme": .object(["a": .number(1)]), "same": .string("value wins"), "b": .null]
    var members = tables.mapValues(\.jsonValue)
    members.merge(values) { _, value in value }
    #expect(writer.bytes(forObject: values, tables: tables) == writer.bytes(for: .object(members)))
    #expect(writer.bytes(forObject: [:], tables: [:]) == writer.bytes(for: .object([:])))
  }
}

/// The eight-bytes-at-a-time test for text that needs escaping, against the plain one: every
/// byte value at every place of texts of every length around the word size.
@Suite struct EscapeScanTests {
  @Test func needsEscape_isAnyByteThatNeedsOne() {
    func plain(_ bytes: [UInt8]) -> Bool { bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F } }
    for length in 0...19 {
      let base = [UInt8]((0..<length).map { UInt8(ascii: "a") + UInt8($0 % 26) })
      #expect(base.withUnsafeBufferPointer(JSONWriter.needsEscape) == false)
      for place in 0..<length {
        for byte in UInt8.min...UInt8.max {
          var bytes = base
          bytes[place] = byte
          #expect(bytes.withUnsafeBufferPointer(JSONWriter.needsEscape) == plain(bytes), "byte \(byte) at \(place) of \(length)")
        }
      }
    }
  }
}

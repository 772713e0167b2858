/// Writes CSV as RFC 4180 describes it and as spreadsheets open it safely.
///
/// Fields holding the delimiter, a quote, CR or LF are quoted with inner quotes doubled; lines
/// end with CRLF. A text cell that a spreadsheet would run as a formula (starting with `=`,
/// `+`, `-`, `@`, tab or CR) gets a leading apostrophe, as OWASP recommends; numbers are left
/// alone.
public struct CSVWriter: Sendable {
  public var delimiter: Character
  /// Start with a UTF-8 byte order mark, which Excel needs to read UTF-8.
  public var byteOrderMark: Bool

  public init(delimiter: Character = ",", byteOrderMark: Bool = false) {
    self.delimiter = delimiter
    self.byteOrderMark = byteOrderMark
  }

  /// The table as CSV text with a header row. Headers are the keys in snake case
  /// (`signed_on`), as `export` writes and `import` reads them; JSON keeps the store's camel case.
  public func string(for table: DataTable) -> String {
    var output = byteOrderMark ? "\u{FEFF}" : ""
    output += line(table.columns.map { field(FieldSchema.snakeCase($0.key)) })
    for row in table.rows {
      output += line(row.map(cell))
    }
    return output
  }

  func line(_ fields: [String]) -> String {
    fields.joined(separator: String(delimiter)) + "\r\n"
  }

  func cell(_ value: TableValue) -> String {
    switch value {
    case .text(let text): field(Self.neutralisingFormula(text))
    // Words and lists may carry data too (a source's citation, its address): neutralised alike.
    case .words, .list: field(Self.neutralisingFormula(value.plainText))
    default: field(value.plainText)
    }
  }

  /// A field, quoted when it must be.
  public func field(_ text: String) -> String {
    let needsQuotes = text.contains { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
    guard needsQuotes else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// The text with a leading apostrophe if a spreadsheet would read it as a formula.
  public static func neutralisingFormula(_ text: String) -> String {
    guard let first = text.unicodeScalars.first else { return text }
    switch first {
    case "=", "+", "-", "@", "\t", "\r": return "'" + text
    default: return text
    }
  }
}

extension String {
  func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}

/// Reads CSV as RFC 4180 describes it, and as spreadsheets save it: a UTF-8 byte order mark is
/// skipped, lines end in CRLF or LF, fields may be quoted (with doubled inner quotes and line
/// breaks inside), and the delimiter is a comma or, as spreadsheets in Indonesian locales
/// write, a semicolon (chosen from the header line).
package struct CSVReader: Sendable {
  /// One record of the file, with the line it starts on (for messages).
  public struct Row: Equatable, Sendable {
    public var line: Int
    public var fields: [String]
  }

  /// Why a file is not CSV.
  public struct Failure: Error, Equatable, Sendable {
    public var line: Int
    public var reason: Phrase
  }

  public init() {}

  /// The rows of a CSV text, the header first; blank lines are skipped.
  public func rows(_ bytes: [UInt8]) throws(Failure) -> [Row] {
    var input = bytes[...]
    if input.starts(with: [0xEF, 0xBB, 0xBF]) { input = input.dropFirst(3) }
    guard let text = String(validating: input, as: UTF8.self) else {
      throw Failure(line: 1, reason: Phrase(.csvNotUTF8))
    }
    let scalars = Array(text.unicodeScalars)
    let delimiter = Self.delimiter(of: scalars)
    var rows: [Row] = []
    var fields: [String] = []
    var field = String.UnicodeScalarView()
    var line = 1
    var rowLine = 1
    var index = 0
    var quoted = false
    var fieldStarted = false
    // Just after a quoted field's closing quote, where only a delimiter or a line end may come.
    var closedQuote = false
    func endField() {
      fields.append(String(field))
      field = String.UnicodeScalarView()
      fieldStarted = false
      closedQuote = false
    }
    func endRow() {
      endField()
      if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(line: rowLine, fields: fields)) }
      fields = []
    }
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      if quoted {
        if scalar == "\"" {
          if index < scalars.count && scalars[index] == "\"" {
            field.append("\"")
            index += 1
          } else {
            quoted = false
            closedQuote = true
          }
        } else {
          if scalar == "\n" { line += 1 }
          field.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"" where !fieldStarted:
        quoted = true
        fieldStarted = true
      case "\"":
        throw Failure(line: line, reason: Phrase(.csvStrayQuote))
      case delimiter: endField()
      case "\r" where index < scalars.count && scalars[index] == "\n": continue
      case "\n", "\r":
        endRow()
        line += 1
        rowLine = line
      default:
        if closedQuote { throw Failure(line: line, reason: Phrase(.csvTextAfterQuote)) }
        fieldStarted = true
        field.append(scalar)
      }
    }
    if quoted { throw Failure(line: rowLine, reason: Phrase(.csvUnclosedQuote)) }
    if fieldStarted || !field.isEmpty || !fields.isEmpty { endRow() }
    return rows
  }

  /// A semicolon when the header holds semicolons and no commas; a comma otherwise.
  static func delimiter(of scalars: [Unicode.Scalar]) -> Unicode.Scalar {
    var commas = 0
    var semicolons = 0
    var quoted = false
    for scalar in scalars {
      if scalar == "\"" { quoted.toggle() }
      if quoted { continue }
      if scalar == "\n" || scalar == "\r" { break }
      if scalar == "," { commas += 1 }
      if scalar == ";" { semicolons += 1 }
    }
    return semicolons > 0 && commas == 0 ? ";" : ","
  }
}

// MARK: - Messages

extension Message {
  public static let csvNotUTF8 = Message(
    english: "not UTF-8 text; save the file as CSV UTF-8",
    indonesian: "bukan teks UTF-8; simpan berkas sebagai CSV UTF-8")
  public static let csvStrayQuote = Message(
    english: "a quote inside an unquoted field; quote the whole field and double the quote",
    indonesian: "ada tanda petik di dalam isian tanpa petik; beri petik pada seluruh isian dan gandakan tanda petiknya")
  public static let csvTextAfterQuote = Message(
    english: "text after a closing quote; quote the whole field",
    indonesian: "ada teks setelah petik penutup; beri petik pada seluruh isian")
  public static let csvUnclosedQuote = Message(
    english: "a quoted field is never closed; add the closing quote",
    indonesian: "isian berpetik tidak pernah ditutup; tambahkan petik penutup")
}

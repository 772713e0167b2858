/// Rows of values under named columns: what a command outputs, before it is rendered as a
/// terminal table, tab-separated text, CSV, JSON or Markdown.
public struct DataTable: Equatable, Sendable {
  /// Who reads a column: a sentence for people has no place in JSON or CSV, and a field that
  /// only a script needs (an array of every address) would crowd a terminal.
  public enum Audience: Equatable, Sendable {
    case everyone
    /// Tables and Markdown only.
    case people
    /// TSV, CSV and JSON only.
    case machines
  }

  /// A column: its machine key (JSON key, CSV header) and its heading for people.
  public struct Column: Equatable, Sendable {
    public var key: String
    /// The heading, in the language of the reader.
    public var title: Phrase
    /// Right-align in tables (numbers).
    public var alignsRight: Bool
    public var audience: Audience
    /// Sentences (an explanation, a note): a text table prints them under its grid, each row's
    /// under its first cell, since a cell a sentence wide makes every line too long to read.
    public var isProse: Bool

    public init(
      _ key: String, _ title: Message, alignsRight: Bool = false, for audience: Audience = .everyone, prose: Bool = false
    ) {
      self.init(key, Phrase(title), alignsRight: alignsRight, for: audience, prose: prose)
    }

    public init(
      _ key: String, _ title: Phrase, alignsRight: Bool = false, for audience: Audience = .everyone, prose: Bool = false
    ) {
      self.key = key
      self.title = title
      self.alignsRight = alignsRight
      self.audience = audience
      self.isProse = prose
    }
  }

  public var columns: [Column]
  public var rows: [[TableValue]]
  /// How many leading columns together name a row (a cohort and its phase): what a text table
  /// prints before a row's sentences.
  public var keyColumns: Int

  public init(columns: [Column], rows: [[TableValue]] = [], keyColumns: Int = 1) {
    self.columns = columns
    self.rows = rows
    self.keyColumns = keyColumns
  }

  /// The columns people read (tables, Markdown).
  public var forPeople: DataTable { keeping { $0.audience != .machines } }

  /// The columns machines read (TSV, CSV, JSON): typed values, no sentences.
  public var forMachines: DataTable { keeping { $0.audience != .people } }

  /// Where the columns machines read stand, in order: for a writer that takes them from each row
  /// in place rather than building `forMachines`.
  public var machineColumns: [Int] { columns.indices.filter { columns[$0].audience != .people } }

  /// The table without its sentences, and the sentences: what a text table prints as its grid
  /// and under it.
  public var splitProse: (grid: DataTable, prose: DataTable) {
    (keeping { !$0.isProse }, keeping(\.isProse))
  }

  private func keeping(_ isKept: (Column) -> Bool) -> DataTable {
    let indexes = columns.indices.filter { isKept(columns[$0]) }
    guard indexes.count < columns.count else { return self }
    return DataTable(
      columns: indexes.map { columns[$0] }, rows: rows.map { row in indexes.map { row[$0] } },
      keyColumns: indexes.filter { $0 < keyColumns }.count)
  }

  /// The rows as a JSON array of flat objects keyed by column key (`JSONWriter.bytes(for:)`
  /// writes a table without building it).
  public var jsonValue: JSONValue {
    .array(rows.map(jsonObject))
  }

  /// A row as a JSON object: each column's value under its key (the last, for a key repeated).
  func jsonObject(_ row: [TableValue]) -> JSONValue {
    var members: [String: JSONValue] = [:]
    for (column, value) in zip(columns, row) { members[column.key] = value.jsonValue }
    return .object(members)
  }
}

/// One cell of a `DataTable`.
public enum TableValue: Equatable, Sendable {
  case text(String)
  case integer(Int)
  /// A number shown with a fixed number of decimals.
  case decimal(Double, places: Int)
  /// A date as precise as its source (a day, a month or a year).
  case date(ReportedDate)
  /// Words for people (a yes or no, an explanation): in English wherever machines read the
  /// table (TSV, CSV, JSON), in the reader's language in tables and Markdown.
  case words(Phrase.Value)
  /// A yes or no: `true`/`false` for machines (a JSON boolean), yes or no in the reader's
  /// language for people.
  case flag(Bool)
  /// Several values of one field: a JSON array for machines, joined by commas in a cell.
  case list([String])
  case null

  /// Wraps an optional text.
  public static func text(_ value: String?) -> TableValue {
    value.map(TableValue.text) ?? .null
  }

  /// Wraps an optional number.
  public static func integer(_ value: Int?) -> TableValue {
    value.map(TableValue.integer) ?? .null
  }

  /// Wraps an optional date.
  public static func date(_ value: CalendarDate?) -> TableValue {
    value.map { .date(ReportedDate($0)) } ?? .null
  }

  /// Wraps an optional date of any precision.
  public static func date(_ value: ReportedDate?) -> TableValue {
    value.map { .date($0) } ?? .null
  }

  /// The value as text, with no thousands separators; empty for null.
  public var plainText: String {
    switch self {
    case .text(let text): text
    case .integer(let number): String(number)
    case .decimal(let number, let places): Self.format(number, places: places)
    case .date(let date): date.description
    case .words(let words): words.text(in: .english)
    case .flag(let value): value ? "true" : "false"
    case .list(let values): values.joined(separator: ", ")
    case .null: ""
    }
  }

  /// The value as people of a language read it: dates as they write them ("20 Mei 2021"),
  /// words translated; numbers as in `plainText`.
  public func text(in language: Language) -> String {
    switch self {
    case .date(let date): date.text(in: language)
    case .words(let words): words.text(in: language)
    case .flag(let value): Phrase(value ? .yes : .no).text(in: language)
    case .decimal(let number, let places): Phrase.Value.decimal(number, places: places).text(in: language)
    default: plainText
    }
  }

  public var jsonValue: JSONValue {
    switch self {
    case .text(let text): .string(text)
    case .integer(let number): .number(Double(number))
    case .decimal(let number, let places): .number((Double(Self.format(number, places: places)) ?? number))
    case .date(let date): .string(date.description)
    case .words(let words): .string(words.text(in: .english))
    case .flag(let value): .bool(value)
    case .list(let values): .array(values.map(JSONValue.string))
    case .null: .null
    }
  }

  /// Fixed decimals without Foundation's locale-dependent formatting.
  static func format(_ number: Double, places: Int) -> String {
    guard number.isFinite else { return "" }
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = (abs(number) * scale).rounded()
    let whole = Int(scaled / scale)
    let fraction = Int(scaled) - whole * Int(scale)
    let sign = number < 0 && scaled != 0 ? "-" : ""
    guard places > 0 else { return sign + String(whole) }
    let digits = String(fraction)
    return sign + String(whole) + "." + String(repeating: "0", count: places - digits.count) + digits
  }
}

// MARK: - Messages

extension Message {
  public static let yes = Message(
    english: "yes",
    indonesian: "ya")
  public static let no = Message(
    english: "no",
    indonesian: "tidak")
}

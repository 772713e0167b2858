import ProgrammeCore

/// Prints a `DataTable` in any output format.
struct TableRenderer {
  var format: OutputFormat
  var usesColor: Bool
  /// The language of headings, dates and words in tables and Markdown; TSV, CSV and JSON are
  /// for machines and do not change with it.
  var language: Language = .english
  /// How CSV is written (`--bom`, `--delimiter`).
  var csv = CSVWriter()
  /// The terminal's width a table is fitted to; `nil` for no limit (a pipe, a file).
  var width: Int? = nil

  /// The renderer a command's `--format`, `--bom` and `--delimiter` ask for.
  static func chosen(
    _ format: OutputFormat, _ arguments: ParsedArguments, _ context: Context
  ) throws(CommandFailure) -> TableRenderer {
    TableRenderer(
      format: format, usesColor: context.usesColor(arguments), language: context.language,
      csv: try OutputFormat.csvWriter(arguments, format: format.rawValue), width: context.terminalColumns)
  }

  /// Tables and Markdown show the columns people read; TSV, CSV and JSON, read by scripts, the
  /// columns machines read (typed, in no reader's language).
  func render(_ table: DataTable, to sink: OutputSink) {
    switch format {
    case .table: sink.write(alignedWithProse(table.forPeople))
    // The machines' columns taken from each row in place.
    case .tsv: writeTSV(table, to: sink)
    case .json: sink.write(bytes: JSONWriter().bytes(for: table.forMachines))
    case .csv: sink.write(csv.string(for: table.forMachines))
    case .markdown: sink.write(MarkdownWriter(language: language).string(for: table.forPeople))
    }
  }

  /// Tab-separated text of the columns machines read, cell by cell into a local buffer handed
  /// to the sink in large pieces, with no line, cell or narrowed table built in between where
  /// the value already is text (a listing has thousands).
  private func writeTSV(_ table: DataTable, to sink: OutputSink) {
    let columns = table.machineColumns
    var chunk: [UInt8] = []
    chunk.reserveCapacity(1 << 16)
    for row in table.rows {
      for (position, column) in columns.enumerated() where column < row.count {
        if position > 0 { chunk.append(UInt8(ascii: "\t")) }
        switch row[column] {
        case .list(let values):
          // As `plainText` joins them, without building the joined text.
          for (position, value) in values.enumerated() {
            if position > 0 { chunk += [UInt8(ascii: ","), UInt8(ascii: " ")] }
            Self.append(value, to: &chunk)
          }
        case .text(let text): Self.append(text, to: &chunk)
        case .null: break
        case let value: Self.append(value.plainText, to: &chunk)
        }
      }
      chunk.append(UInt8(ascii: "\n"))
      if chunk.count >= 1 << 16 {
        sink.write(bytes: chunk)
        chunk.removeAll(keepingCapacity: true)
      }
    }
    sink.write(bytes: chunk)
  }

  /// A cell's text with its control characters escaped, as bytes.
  private static func append(_ text: String, to chunk: inout [UInt8]) {
    var escaped = text.escapingControlCharacters
    escaped.withUTF8 { chunk.append(contentsOf: $0) }
  }

  /// The grid of the columns that are not sentences, then each row's sentences after what names
  /// the row: "2021  Explanation: …", the next ones indented below it.
  func alignedWithProse(_ table: DataTable) -> String {
    let (grid, prose) = table.splitProse
    guard !prose.columns.isEmpty, !grid.columns.isEmpty else { return aligned(table) }
    var text = aligned(grid)
    let titles = prose.columns.map { $0.title.text(in: language) }
    for (row, sentences) in zip(grid.rows, prose.rows) {
      let cells = sentences.map { $0.text(in: language).escapingControlCharacters }
      guard cells.contains(where: { !$0.isEmpty }) else { continue }
      let key = row.prefix(max(grid.keyColumns, 1)).map { $0.text(in: language).escapingControlCharacters }
        .filter { !$0.isEmpty }.joined(separator: " ")
      text += "\n"
      var lead = key + "  "
      for (title, cell) in zip(titles, cells) where !cell.isEmpty {
        text += lead + (usesColor ? Style.dim(title + ":", enabled: true) : title + ":") + " " + cell + "\n"
        lead = String(repeating: " ", count: key.displayWidth + 2)
      }
    }
    return text
  }

  /// Columns padded to their widest cell, two spaces apart, a bold header when colour is on;
  /// on a terminal narrower than the table, the widest text columns cut with "…" to fit.
  func aligned(_ table: DataTable) -> String {
    var cells = table.rows.map { $0.map { $0.text(in: language).escapingControlCharacters } }
    var titles = table.columns.map { $0.title.text(in: language) }
    var widths = titles.map(\.displayWidth)
    for row in cells {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], cell.displayWidth)
      }
    }
    if let width, let fitted = Self.fitted(widths, into: width, cutting: table.columns.map { !$0.alignsRight }) {
      widths = fitted
      titles = zip(titles, widths).map { $0.truncated(toWidth: $1) }
      cells = cells.map { row in row.enumerated().map { $1.truncated(toWidth: $0 < widths.count ? widths[$0] : .max) } }
    }
    // Built as bytes: a listing pads thousands of cells.
    var text: [UInt8] = []
    let space = UInt8(ascii: " ")
    func appendLine(_ values: [String], header: Bool) {
      let lineStart = text.count
      for (index, value) in values.enumerated() {
        if index > 0 { text += [space, space] }
        let padding = max(0, widths[index] - value.displayWidth)
        let cellStart = text.count
        if table.columns[index].alignsRight {
          text += repeatElement(space, count: padding)
          text += value.utf8
        } else {
          text += value.utf8
          if index < values.count - 1 { text += repeatElement(space, count: padding) }
        }
        if header && usesColor {
          let cell = String(decoding: text[cellStart...], as: UTF8.self)
          text.removeSubrange(cellStart...)
          text += Style.bold(cell, enabled: true).utf8
        }
      }
      // An empty last cell would leave padding at the end of the line.
      while text.count > lineStart, text.last == space { text.removeLast() }
      text.append(UInt8(ascii: "\n"))
    }
    appendLine(titles, header: true)
    for row in cells { appendLine(row, header: false) }
    return String(decoding: text, as: UTF8.self)
  }
}

extension String {
  /// The columns the text takes in a terminal, counted as characters; plain ASCII, most of
  /// what tables hold, by its length alone.
  fileprivate var displayWidth: Int {
    let isASCII = utf8.withContiguousStorageIfAvailable { bytes in
      var high: UInt8 = 0
      for byte in bytes { high |= byte }
      return high < 0x80
    }
    return isASCII == true ? utf8.count : count
  }

  /// The text cut to a width, its last column an ellipsis; unchanged when it fits.
  fileprivate func truncated(toWidth width: Int) -> String {
    guard displayWidth > width, width > 0 else { return self }
    return String(prefix(width - 1)) + "…"
  }
}

extension TableRenderer {
  /// Column widths that fit a terminal; `nil` when the table fits as it is. The last text
  /// column (an address, a coverage, a note: what a person reads least) is cut first, down to
  /// 10 columns; then the widest other text columns, down to 16 so that names stay readable.
  /// Numbers are never cut. A table too wide even so is cut as far as it goes, and the
  /// terminal wraps the rest.
  static func fitted(_ widths: [Int], into width: Int, cutting cuttable: [Bool]) -> [Int]? {
    var widths = widths
    let gaps = 2 * max(widths.count - 1, 0)
    var excess: Int { widths.reduce(0, +) + gaps - width }
    guard excess > 0 else { return nil }
    if let last = widths.indices.last(where: { cuttable[$0] }) {
      widths[last] = max(10, widths[last] - excess)
    }
    while excess > 0 {
      guard let widest = widths.indices.filter({ cuttable[$0] && widths[$0] > 16 }).max(by: { widths[$0] < widths[$1] })
      else { break }
      widths[widest] -= 1
    }
    return widths
  }
}

/// ANSI styling, applied only when colour is enabled.
enum Style {
  static func bold(_ text: String, enabled: Bool) -> String {
    enabled ? "\u{1B}[1m\(text)\u{1B}[0m" : text
  }

  static func dim(_ text: String, enabled: Bool) -> String {
    enabled ? "\u{1B}[2m\(text)\u{1B}[0m" : text
  }

  static func yellow(_ text: String, enabled: Bool) -> String {
    enabled ? "\u{1B}[33m\(text)\u{1B}[0m" : text
  }
}

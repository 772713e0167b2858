import ProgrammeCore

/// Prints a `DataTable` in any output format.
struct TableRenderer {
  var format: OutputFormat
  var usesColor: Bool
  /// The language of headings, dates and words in tables and Markdown; TSV, CSV and JSON are
  /// for machines and do not change with it.
  var language: Language = .english

  func render(_ table: DataTable, to sink: OutputSink) {
    let table = format.isForMachines ? table.forMachines : table.forPeople
    switch format {
    case .table: sink.write(aligned(table))
    case .tsv:
      // Cell by cell into the sink, with no line built in between (a listing has thousands).
      for row in table.rows {
        for index in row.indices {
          if index > row.startIndex { sink.write("\t") }
          if case .list(let values) = row[index] {
            // As `plainText` joins them, without building the joined text.
            for (position, value) in values.enumerated() {
              if position > 0 { sink.write(", ") }
              sink.write(value.escapingControlCharacters)
            }
          } else {
            sink.write(row[index].plainText.escapingControlCharacters)
          }
        }
        sink.write("\n")
      }
    case .json: sink.write(JSONWriter().string(for: table.jsonValue))
    case .csv: sink.write(CSVWriter().string(for: table))
    case .markdown: sink.write(MarkdownWriter(language: language).string(for: table))
    }
  }

  /// Columns padded to their widest cell, two spaces apart, a bold header when colour is on.
  func aligned(_ table: DataTable) -> String {
    let cells = table.rows.map { $0.map { $0.text(in: language).escapingControlCharacters } }
    let titles = table.columns.map { $0.title.text(in: language) }
    var widths = titles.map(\.count)
    for row in cells {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], cell.count)
      }
    }
    // Padding is cut from one run of spaces, not made afresh for every cell.
    let spaces = String(repeating: " ", count: widths.max() ?? 0)
    var text = ""
    func appendLine(_ values: [String], header: Bool) {
      var line = ""
      for (index, value) in values.enumerated() {
        let padding = spaces.prefix(max(0, widths[index] - value.count))
        var cell = ""
        if table.columns[index].alignsRight {
          cell += padding
          cell += value
        } else {
          cell += value
          if index < values.count - 1 { cell += padding }
        }
        if index > 0 { line += "  " }
        line += header ? Style.bold(cell, enabled: usesColor) : cell
      }
      // An empty last cell would leave padding at the end of the line.
      while line.last == " " { line.removeLast() }
      text += line
      text += "\n"
    }
    appendLine(titles, header: true)
    for row in cells { appendLine(row, header: false) }
    return text
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

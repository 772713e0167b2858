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
      // Cell by cell into a local buffer handed to the sink in large pieces, with no line or
      // cell text built in between where the value already is text (a listing has thousands).
      var chunk: [UInt8] = []
      chunk.reserveCapacity(1 << 16)
      func append(_ text: String) {
        var escaped = text.escapingControlCharacters
        escaped.withUTF8 { chunk.append(contentsOf: $0) }
      }
      for row in table.rows {
        for index in row.indices {
          if index > row.startIndex { chunk.append(UInt8(ascii: "\t")) }
          switch row[index] {
          case .list(let values):
            // As `plainText` joins them, without building the joined text.
            for (position, value) in values.enumerated() {
              if position > 0 { chunk += [UInt8(ascii: ","), UInt8(ascii: " ")] }
              append(value)
            }
          case .text(let text): append(text)
          case .null: break
          case let value: append(value.plainText)
          }
        }
        chunk.append(UInt8(ascii: "\n"))
        if chunk.count >= 1 << 16 {
          sink.write(bytes: chunk)
          chunk.removeAll(keepingCapacity: true)
        }
      }
      sink.write(bytes: chunk)
    case .json: sink.write(bytes: JSONWriter().bytes(for: table))
    case .csv: sink.write(CSVWriter().string(for: table))
    case .markdown: sink.write(MarkdownWriter(language: language).string(for: table))
    }
  }

  /// Columns padded to their widest cell, two spaces apart, a bold header when colour is on.
  func aligned(_ table: DataTable) -> String {
    let cells = table.rows.map { $0.map { $0.text(in: language).escapingControlCharacters } }
    let titles = table.columns.map { $0.title.text(in: language) }
    var widths = titles.map(\.displayWidth)
    for row in cells {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], cell.displayWidth)
      }
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

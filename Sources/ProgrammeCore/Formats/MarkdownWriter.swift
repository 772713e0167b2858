/// Writes a table as a GitHub-flavoured Markdown table.
public struct MarkdownWriter: Sendable {
  /// The language of the headings and of the dates and words in cells.
  public var language: Language

  public init(language: Language = .english) {
    self.language = language
  }

  public func string(for table: DataTable) -> String {
    var output = "| " + table.columns.map { escape($0.title.text(in: language)) }.joined(separator: " | ") + " |\n"
    output += "|" + table.columns.map { $0.alignsRight ? " ---: |" : " --- |" }.joined() + "\n"
    for row in table.rows {
      output += "| " + row.map { escape($0.text(in: language)) }.joined(separator: " | ") + " |\n"
    }
    return output
  }

  /// Pipes would end the cell and newlines the row; control characters are made visible.
  func escape(_ text: String) -> String {
    text.escapingControlCharacters.replacingOccurrences(of: "|", with: "\\|")
  }
}

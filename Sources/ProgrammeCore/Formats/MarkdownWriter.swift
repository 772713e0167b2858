/// Writes a table as a GitHub-flavoured Markdown table.
public struct MarkdownWriter: Sendable {
  public init() {}

  public func string(for table: DataTable) -> String {
    var output = "| " + table.columns.map { escape($0.title) }.joined(separator: " | ") + " |\n"
    output += "|" + table.columns.map { $0.alignsRight ? " ---: |" : " --- |" }.joined() + "\n"
    for row in table.rows {
      output += "| " + row.map { escape($0.plainText) }.joined(separator: " | ") + " |\n"
    }
    return output
  }

  /// Pipes would end the cell and newlines the row; control characters are made visible.
  func escape(_ text: String) -> String {
    text.escapingControlCharacters.replacingOccurrences(of: "|", with: "\\|")
  }
}

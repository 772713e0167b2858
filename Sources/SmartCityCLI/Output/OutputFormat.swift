import ProgrammeCore

/// How a command prints its data.
enum OutputFormat: String, CaseIterable {
  /// Aligned columns with a header, for people at a terminal.
  case table
  /// Tab-separated rows without a header, the default when piped (like `gh`).
  case tsv
  case json
  case csv
  case markdown

  /// The `--format` option, offering the given formats.
  static func option(_ formats: [OutputFormat] = [.table, .tsv, .json, .csv, .markdown]) -> OptionSpec {
    OptionSpec(
      "format", value: "format", help: .optionTableFormat, values: formats.map(\.rawValue),
      defaultValue: .phrase(Phrase(.defaultTableFormat)))
  }

  /// The format asked for, or the default for where standard output goes.
  static func chosen(_ arguments: ParsedArguments, _ context: Context) -> OutputFormat {
    arguments.value(option()).flatMap(OutputFormat.init(rawValue:))
      ?? (context.standardOutput.isTerminal ? .table : .tsv)
  }
}

// MARK: - Messages

extension Message {
  static let optionTableFormat = Message(
    english: "Output format; piped output defaults to tab-separated rows.",
    indonesian: "Format keluaran; keluaran yang disalurkan (pipe) bawaannya baris dipisah tab.")
  static let defaultTableFormat = Message(
    english: "table on a terminal, else tsv",
    indonesian: "table di terminal, selain itu tsv")
}

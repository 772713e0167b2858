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

  /// `--bom` and `--delimiter`: CSV as a spreadsheet of the reader's locale opens it (Excel
  /// wants the byte order mark; where the decimal separator is a comma, `;` apart), wherever a
  /// command writes CSV.
  static let bom = OptionSpec("bom", help: .exportBOM)
  static let delimiter = OptionSpec(
    "delimiter", value: "char", help: .exportDelimiter, values: [",", ";"], defaultValue: ",")
  static let csvOptions = [bom, delimiter]

  /// The CSV writer `--bom` and `--delimiter` ask for; either given with another format is a
  /// usage error (a value is never silently dropped).
  static func csvWriter(_ arguments: ParsedArguments, format: String) throws(CommandFailure) -> CSVWriter {
    if format != OutputFormat.csv.rawValue {
      for option in csvOptions where arguments.flag(option) || arguments.value(option) != nil {
        throw .usage(
          .invalidValue(format, option: "--format <format>", reason: Phrase(.optionNeedsCSV, ["option": "\(option.name)"])))
      }
    }
    return CSVWriter(delimiter: arguments.value(delimiter) == ";" ? ";" : ",", byteOrderMark: arguments.flag(bom))
  }

  /// The format asked for, or the default for where standard output goes.
  static func chosen(_ arguments: ParsedArguments, _ context: Context) -> OutputFormat {
    arguments.value(option()).flatMap(OutputFormat.init(rawValue:))
      ?? (context.standardOutput.isTerminal ? .table : .tsv)
  }
}

// MARK: - Messages

extension Message {
  static let optionNeedsCSV = Message(
    english: "--{option} goes with csv",
    indonesian: "--{option} hanya untuk csv")
  static let exportBOM = Message(
    english: "With csv: start with a UTF-8 byte order mark, for Excel.",
    indonesian: "Dengan csv: awali dengan byte order mark UTF-8, untuk Excel.")
  static let exportDelimiter = Message(
    english: "With csv: the field delimiter.",
    indonesian: "Dengan csv: pemisah kolom.")
  static let optionTableFormat = Message(
    english: "Output format; piped output defaults to tab-separated rows.",
    indonesian: "Format keluaran; keluaran yang disalurkan (pipe) bawaannya baris dipisah tab.")
  static let defaultTableFormat = Message(
    english: "table on a terminal, else tsv",
    indonesian: "table di terminal, selain itu tsv")
}

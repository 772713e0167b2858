import Foundation
import ProgrammeCore

/// `smartcity export`: the registry in the formats other tools read.
enum ExportCommand: Command {
  static let formats = ["json", "ndjson", "csv", "sql", "markdown", "html"]

  static let spec = CommandSpec(
    name: "export",
    abstract: "Write the registry as JSON, NDJSON, CSV, SQL, Markdown or a web page.",
    discussion: """
      json writes every collection in one document (or one collection with --collection); \
      ndjson and csv write one collection, the MoUs by default, one record per line or row (the \
      CSV is what 'smartcity import' reads); sql writes a script that creates the tables with \
      their keys and loads the data, for sqlite3 or psql; markdown writes the report and the \
      participants as tables; html writes one self-contained page with charts.
      """,
    options: [
      OptionSpec("format", value: "format", help: "What to write.", values: formats, defaultValue: "json"),
      OptionSpec(
        "collection", value: "collection", help: "With json, ndjson or csv: only this collection.",
        values: Collection.allCases.map(\.rawValue), defaultValue: "every collection for json, else mous"),
      OptionSpec("output", value: "file", help: "Write to this file (replaced whole) instead of standard output."),
      OptionSpec("bom", help: "With csv: start with a UTF-8 byte order mark, for Excel."),
      OptionSpec("delimiter", value: "char", help: "With csv: the field delimiter.", values: [",", ";"], defaultValue: ","),
    ])

  static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
    let format = arguments.value("format") ?? "json"
    let collection = arguments.value("collection").flatMap(Collection.init(rawValue:))
    if collection != nil, !["json", "ndjson", "csv"].contains(format) {
      throw .usage(.invalidValue(format, option: "--format <format>", reason: "--collection goes with json, ndjson or csv"))
    }
    if format != "csv" {
      for name in ["bom", "delimiter"] where arguments.flag(name) || arguments.value(name) != nil {
        throw .usage(.invalidValue(format, option: "--format <format>", reason: "--\(name) goes with csv"))
      }
    }
    let output = try arguments.text("output")
    let store = try context.store(arguments)
    let registry = try attempt { () throws(ProgrammeError) in try store.load() }
    context.keptUntilExit.keep(registry)

    let pieces: [String]
    switch format {
    case "ndjson":
      let writer = JSONWriter(pretty: false)
      pieces = registry.records(of: collection ?? .mous).map { writer.string(for: $0) + "\n" }
    case "csv":
      let writer = CSVWriter(delimiter: arguments.value("delimiter") == ";" ? ";" : ",", byteOrderMark: arguments.flag("bom"))
      pieces = [writer.string(for: RecordCSV(collection ?? .mous).table(registry))]
    case "sql":
      pieces = SQLWriter().script(for: registry)
    case "markdown":
      pieces = [markdown(registry)]
    case "html":
      pieces = [html(registry, today: context.today)]
    default:
      if let collection {
        pieces = [JSONWriter().string(for: .array(registry.records(of: collection)))]
      } else {
        var members: [String: JSONValue] = [
          "format": .string(Store.formatName), "version": JSONValue(Store.formatVersion),
        ]
        for collection in Collection.allCases { members[collection.rawValue] = .array(registry.records(of: collection)) }
        pieces = [JSONWriter().string(for: .object(members))]
      }
    }
    guard let output else {
      for piece in pieces { context.standardOutput.write(piece) }
      return
    }
    try write(pieces, to: output, context)
    context.standardError.writeLine("Wrote \(output.escapingControlCharacters) (\(format))")
  }

  /// Writes a file whole: to a temporary file beside it, flushed, then renamed over it, so a
  /// reader never sees half an export.
  static func write(_ pieces: [String], to path: String, _ context: Context) throws(CommandFailure) {
    let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
    do {
      try context.fileSystem.writeFile(pieces.map { Array($0.utf8) }, to: temporary, permissions: 0o644)
      try context.fileSystem.rename(temporary, to: path)
    } catch {
      try? context.fileSystem.removeItem(at: temporary)
      throw .programme(.writeFailed(path: error.path, reason: error.reason))
    }
  }

  static func markdown(_ registry: Registry) -> String {
    let report = ProgrammeReport(registry: registry)
    let writer = MarkdownWriter()
    let sections: [(String, DataTable)] = [
      ("Per year", ReportTables.years(report)),
      ("Per cohort", ReportTables.cohorts(report)),
      ("Announced totals against the registry", ReportTables.reconciliation(report)),
      ("Pipeline after the signing", ReportTables.stages(PipelineReport(registry: registry, cohort: nil))),
      ("Participants", ListCommand.table(registry.participants())),
    ]
    return "# Gerakan Menuju Smart City: registry\n\n"
      + sections.map { "## \($0.0)\n\n" + writer.string(for: $0.1) }.joined(separator: "\n")
  }

  static func html(_ registry: Registry, today: CalendarDate) -> String {
    HTMLPage(
      report: ProgrammeReport(registry: registry),
      pipeline: PipelineReport(registry: registry, cohort: nil),
      participants: registry.participants(), generatedOn: today
    ).html
  }
}

import ProgrammeCore

/// `smartcity import`: bulk registration from CSV, all or nothing.
enum ImportCommand: Command {
  static let spec = CommandSpec(
    name: "import",
    abstract: "Register many records at once from a CSV file, all or nothing.",
    discussion: """
      The file has a header row naming its columns. For MoUs the columns are add-mou's options \
      (regency, date, cohort, signatory, office, on-behalf-of, venue, mode, letter, scope, area, \
      source, note) or the columns 'smartcity export --format csv' writes; 'smartcity export \
      --format csv --collection letters' shows the columns of the other collections. Every row \
      is checked first; if any is bad, each bad row is named with its line and nothing is \
      written. Rows already in the store are skipped, so importing a file twice adds nothing. \
      Comma or semicolon delimited, UTF-8 with or without a byte order mark.
      """,
    arguments: [ArgumentSpec(name: "file", help: "The CSV file, or - for standard input.")],
    options: [
      OptionSpec(
        "collection", value: "collection", help: "What the rows are.",
        values: Registry.importable.map(\.rawValue), defaultValue: "mous"),
      .dryRun,
    ])

  static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
    guard let file = arguments.positional(0), !file.isEmpty else { throw .usage(.missingArgument("<file>")) }
    let collection = arguments.value("collection").flatMap(Collection.init(rawValue:)) ?? .mous
    let bytes: [UInt8]
    if file == "-" {
      bytes = context.readStandardInput()
    } else {
      switch context.fileSystem.itemKind(at: file) {
      case .file: break
      case .missing: throw .programme(.readFailed(path: file, reason: "no such file"))
      default: throw .programme(.readFailed(path: file, reason: "not a file"))
      }
      do {
        bytes = try context.fileSystem.readFile(at: file)
      } catch {
        throw .programme(.readFailed(path: file, reason: error.reason))
      }
    }
    let store = try context.store(arguments)
    let dryRun = arguments.flag("dry-run")
    let name = file == "-" ? "standard input" : file
    let summary = try attempt { () throws(ProgrammeError) in
      try store.update(dryRun: dryRun, journal: context.journalLabel) { (registry: inout Registry) throws(ProgrammeError) in
        try registry.importCSV(bytes, into: collection, file: name)
      }
    }
    let verb = dryRun ? "Would import" : "Imported"
    var line = "\(verb) \(summary.added.count) \(collection.rawValue) record\(summary.added.count == 1 ? "" : "s") from \(name.escapingControlCharacters)"
    if summary.unchanged > 0 { line += "; \(summary.unchanged) already in the store" }
    if dryRun { line += "; dry run, nothing written" }
    context.standardOutput.writeLine(line)
  }
}

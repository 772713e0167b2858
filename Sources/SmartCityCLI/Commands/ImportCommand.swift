import ProgrammeCore

extension SmartCity {
  /// `smartcity import`: bulk registration from CSV, all or nothing.
  enum Import: Command {
    static let spec = CommandSpec(
      name: "import",
      abstract: .importAbstract,
      discussion: .importDiscussion,
      arguments: [ArgumentSpec(name: "file", help: .importFile)],
      options: [
        collection,
        .dryRun,
      ])

    static let collection = OptionSpec(
      "collection", value: "collection", help: .importCollection,
      values: Registry.importable.map(\.rawValue), defaultValue: "mous")

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      guard let file = arguments.positional(0), !file.isEmpty else { throw .usage(.missingArgument("<file>")) }
      let collection = arguments.value(Self.collection).flatMap(Collection.init(rawValue:)) ?? .mous
      let bytes: [UInt8]
      if file == "-" {
        bytes = context.readStandardInput()
      } else {
        switch context.fileSystem.itemKind(at: file) {
        case .file: break
        case .missing: throw .programme(.noSuchFile(path: file))
        default: throw .programme(.notReadableFile(path: file))
        }
        do {
          bytes = try context.fileSystem.readFile(at: file)
        } catch {
          throw .programme(.readFailed(path: file, reason: error.reason))
        }
      }
      let store = try context.store(arguments)
      let dryRun = arguments.flag(.dryRun)
      let name = file == "-" ? context.text(.standardInput) : file
      let summary = try attempt { () throws(ProgrammeError) in
        try store.update(dryRun: dryRun, journal: context.journalLabel) { (registry: inout Registry) throws(ProgrammeError) in
          try registry.importCSV(bytes, into: collection, file: name)
        }
      }
      for warning in summary.warnings { context.standardError.writeLine("Warning: " + warning.text(in: context.language)) }
      let count = summary.added.count
      var line = context.text(
        dryRun ? (count == 1 ? .wouldImportOne : .wouldImport) : (count == 1 ? .importedOne : .imported),
        ["count": .number(count), "collection": "\(collection.rawValue)", "file": "\(name.escapingControlCharacters)"])
      if summary.unchanged > 0 { line += context.text(.alreadyInStore, ["count": .number(summary.unchanged)]) }
      if dryRun { line += context.text(.dryRunSuffix) }
      context.standardOutput.writeLine(line)
    }
  }
}

import ProgrammeCore

extension SmartCity {
  /// `smartcity add <collection>`: adds a record of any kind field by field, as one row of an
  /// import: the way to record a ceremony, an unconfirmed claim or an announced total.
  enum Add: Command {
    static let spec = CommandSpec(
      name: "add",
      abstract: .addAbstract,
      discussion: .addDiscussion,
      arguments: [
        ArgumentSpec(name: "collection", help: .addCollection, values: Registry.importable.map(\.rawValue))
      ],
      options: [.setField, source, .evidence, .dryRun])

    static let source = OptionSpec("source", value: "source", help: .optionAddSource, repeatable: true)

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      guard let name = arguments.positional(0)?.trimmingWhitespace, !name.isEmpty else {
        throw .usage(.missingArgument("<collection>"))
      }
      guard let collection = Collection(rawValue: name.lowercased()) else {
        throw .usage(
          .invalidValue(
            name.quotedInMessage, option: "<collection>",
            reason: Phrase(.useOneOf, ["values": .texts(Registry.importable.map(\.rawValue))])))
      }
      let changes = try arguments.fieldChanges()
      guard !changes.assignments.isEmpty else { throw .usage(.missingValue("--set <field=value>")) }
      let store = try context.store(arguments)
      let dryRun = arguments.flag(.dryRun)
      let write = try attempt { () throws(ProgrammeError) in
        try store.update(dryRun: dryRun, journal: context.journalLabel) { (registry: inout Registry) throws(ProgrammeError) in
          try registry.addRecord(to: collection, changes)
        }
      }
      for warning in write.warnings { context.standardError.writeLine("Warning: " + warning.text(in: context.language)) }
      var line = context.text(
        dryRun ? .wouldAddRecord : .addedRecord, ["record": .phrase(Phrase(collection.recordNoun)), "id": "\(write.id)"])
      if write.after["sources"]?.arrayValue?.isEmpty == true { line += context.text(.unsourcedSuffix) }
      if dryRun { line += context.text(.dryRunSuffix) }
      context.standardOutput.writeLine(line)
    }
  }
}

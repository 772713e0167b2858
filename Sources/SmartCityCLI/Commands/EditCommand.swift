import ProgrammeCore

extension SmartCity {
  /// `smartcity edit <id>`: corrects any record by its id, field by field, with the journal,
  /// `--dry-run` and the checks a new record of its kind gets.
  enum Edit: Command {
    static let spec = CommandSpec(
      name: "edit",
      abstract: .editAbstract,
      discussion: .editDiscussion,
      arguments: [ArgumentSpec(name: "id", help: .removeID)],
      options: [
        .setField,
        .clearField,
        source, .evidence, .dryRun,
      ])

    static let source = OptionSpec("source", value: "source", help: .optionAddSource, repeatable: true)

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      guard let id = arguments.positional(0)?.trimmingWhitespace, !id.isEmpty else { throw .usage(.missingArgument("<id>")) }
      let changes = try arguments.fieldChanges()
      guard !changes.isEmpty else { throw .usage(.missingChange(spec.name)) }
      let store = try context.store(arguments)
      let dryRun = arguments.flag(.dryRun)
      let write = try attempt { () throws(ProgrammeError) in
        try store.update(dryRun: dryRun, journal: context.journalLabel) { (registry: inout Registry) throws(ProgrammeError) in
          try registry.editRecord(id: id, changes)
        }
      }
      for warning in write.warnings { context.standardError.writeLine("Warning: " + warning.text(in: context.language)) }
      var line = context.text(dryRun ? .wouldEdit : .edited, ["id": "\(id)"])
      if write.id != id { line += context.text(.renamedTo, ["id": "\(write.id)"]) }
      let changed = write.changedFields
      line += ": " + (changed.isEmpty ? context.text(.nothingChanged) : context.text(.fieldsChanged, ["fields": .texts(changed)]))
      if dryRun { line += context.text(.dryRunSuffix) }
      context.standardOutput.writeLine(line)
    }
  }
}

import ProgrammeCore

extension SmartCity {
  /// `smartcity remove <id>`: takes out any record by its id (a wrong milestone, letter, claim…),
  /// with the journal, `--dry-run` and the question `remove-mou` asks.
  enum Remove: Command {
    static let spec = CommandSpec(
      name: "remove",
      abstract: .removeAbstract,
      discussion: .removeDiscussion,
      arguments: [ArgumentSpec(name: "id", help: .removeID)],
      options: [yes, .dryRun])

    static let yes = OptionSpec("yes", short: "y", help: .removeMoUYes)

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      guard let id = arguments.positional(0)?.trimmingWhitespace, !id.isEmpty else { throw .usage(.missingArgument("<id>")) }
      let store = try context.store(arguments)
      let dryRun = arguments.flag(.dryRun)
      if !dryRun && !arguments.flag(Self.yes) {
        // What would go, and whether it may, before asking.
        let (collection, _) = try attempt { () throws(ProgrammeError) in
          try store.update(dryRun: true) { (registry: inout Registry) throws(ProgrammeError) in try registry.removeRecord(id: id)
          }
        }
        try confirm(
          context.text(.confirmRemoveRecord, ["record": .phrase(Phrase(collection.recordNoun)), "id": "\(id)"]), context)
      }
      let (collection, _) = try attempt { () throws(ProgrammeError) in
        try store.update(dryRun: dryRun, journal: context.journalLabel) { (registry: inout Registry) throws(ProgrammeError) in
          try registry.removeRecord(id: id)
        }
      }
      context.standardOutput.writeLine(
        context.text(
          dryRun ? .wouldRemoveRecord : .removedRecord, ["record": .phrase(Phrase(collection.recordNoun)), "id": "\(id)"])
          + context.text(dryRun ? .dryRunSuffix : .undoPutsBack))
    }
  }
}

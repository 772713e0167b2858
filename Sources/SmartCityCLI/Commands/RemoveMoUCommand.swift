import ProgrammeCore

/// `smartcity remove-mou`: removes a registered MoU.
enum RemoveMoUCommand: Command {
  static let spec = CommandSpec(
    name: "remove-mou",
    abstract: "Remove a registered MoU; the previous version goes to the journal.",
    discussion: """
      On a terminal it asks first; elsewhere it needs --yes. An MoU with milestones or quick \
      wins is refused. 'smartcity undo' puts it back.
      """,
    arguments: [ArgumentSpec(name: "id", help: "The MoU's id, e.g. mou-2021-53.19.")],
    options: [OptionSpec("yes", short: "y", help: "Do not ask; remove."), .dryRun])

  static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
    guard let id = arguments.positional(0)?.trimmingWhitespace, !id.isEmpty else { throw .usage(.missingArgument("<id>")) }
    let store = try context.store(arguments)
    let dryRun = arguments.flag("dry-run")
    if !dryRun && !arguments.flag("yes") {
      // Check it exists before asking.
      let existing = try attempt { () throws(ProgrammeError) in
        try store.update(dryRun: true) { (registry: inout Registry) throws(ProgrammeError) in try registry.removeMoU(id) }
      }
      try confirm("Remove \(existing.id) (\(existing.regency), signed \(existing.signedOn))?", context)
    }
    let removed = try attempt { () throws(ProgrammeError) in
      try store.update(dryRun: dryRun, journal: context.journalLabel) { (registry: inout Registry) throws(ProgrammeError) in
        try registry.removeMoU(id)
      }
    }
    context.standardOutput.writeLine(
      "\(dryRun ? "Would remove" : "Removed") \(removed.id), signed \(removed.signedOn)"
        + (dryRun ? "; dry run, nothing written" : "; 'smartcity undo' puts it back"))
  }
}

extension Command {
  /// Asks on a terminal; refuses without a terminal (scripts say `--yes`).
  static func confirm(_ question: String, _ context: Context) throws(CommandFailure) {
    guard let ask = context.confirm else {
      throw .other("\(spec.name) changes the store and standard input is not a terminal; pass --yes to confirm", .failure)
    }
    guard ask(question) else { throw .other("cancelled; nothing was changed", .failure) }
  }
}

import ProgrammeCore

/// `smartcity undo`: takes back the last write.
enum UndoCommand: Command {
  static let spec = CommandSpec(
    name: "undo",
    abstract: "Take back the last change to the store, from the journal.",
    discussion: """
      Every write keeps the previous version of the files it changed in the store's .journal \
      folder (the last \(Store.journalDepth) writes). undo puts back the files of the newest \
      one; run it again to go further back. --list shows the journal. On a terminal it asks \
      first; elsewhere it needs --yes.
      """,
    options: [
      OptionSpec("list", help: "Show the writes that can be undone, newest first, and change nothing."),
      OptionSpec("yes", short: "y", help: "Do not ask; undo."), .dryRun,
    ])

  static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
    let store = try context.store(arguments)
    if arguments.flag("list") {
      let entries = try attempt { () throws(ProgrammeError) in try store.journal() }
      if entries.isEmpty { context.standardOutput.writeLine("The journal is empty: nothing to undo.") }
      for entry in entries {
        context.standardOutput.writeLine(
          "\(entry.sequence)\t\(entry.label.time)\t\(entry.label.command)\t\(entry.files.joined(separator: ","))")
      }
      return
    }
    let dryRun = arguments.flag("dry-run")
    var entry = try attempt { () throws(ProgrammeError) in try store.undo(dryRun: true) }
    if !dryRun {
      if !arguments.flag("yes") { try confirm("Undo '\(entry.label.command)' of \(entry.label.time)?", context) }
      // Another process may have written in between: say what was really undone.
      entry = try attempt { () throws(ProgrammeError) in try store.undo() }
    }
    context.standardOutput.writeLine(
      "\(dryRun ? "Would undo" : "Undid") '\(entry.label.command)' (\(entry.label.time)): "
        + "\(dryRun ? "would restore" : "restored") \(entry.files.joined(separator: ", "))")
  }
}

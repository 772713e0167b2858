import ProgrammeCore

extension SmartCity {
  /// `smartcity undo`: takes back the last write.
  enum Undo: Command {
    static let spec = CommandSpec(
      name: "undo",
      abstract: .undoAbstract,
      discussion: Phrase(.undoDiscussion, ["depth": .number(Store.journalDepth)]),
      options: [
        list,
        yes, .dryRun,
      ])

    static let list = OptionSpec("list", help: .undoList)
    static let yes = OptionSpec("yes", short: "y", help: .undoYes)

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      let store = try context.store(arguments)
      if arguments.flag(Self.list) {
        let entries = try attempt { () throws(ProgrammeError) in try store.journal() }
        if entries.isEmpty { context.standardOutput.writeLine(context.text(.journalEmpty)) }
        for entry in entries {
          context.standardOutput.writeLine(
            "\(entry.sequence)\t\(entry.label.time)\t\(entry.label.command)\t\(entry.files.joined(separator: ","))")
        }
        return
      }
      let dryRun = arguments.flag(.dryRun)
      var entry = try attempt { () throws(ProgrammeError) in try store.undo(dryRun: true) }
      if !dryRun {
        if !arguments.flag(Self.yes) {
          try confirm(context.text(.confirmUndo, ["command": "\(entry.label.command)", "time": "\(entry.label.time)"]), context)
        }
        // Another process may have written in between: say what was really undone.
        entry = try attempt { () throws(ProgrammeError) in try store.undo() }
      }
      context.standardOutput.writeLine(
        context.text(
          dryRun ? .wouldUndo : .undid,
          ["command": "\(entry.label.command)", "time": "\(entry.label.time)", "files": .texts(entry.files)]))
    }
  }
}

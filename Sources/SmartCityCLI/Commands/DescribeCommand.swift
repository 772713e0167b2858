import ProgrammeCore

extension SmartCity {
  /// `smartcity describe`: writes the store's description for other tools.
  enum Describe: Command {
    static let spec = CommandSpec(
      name: "describe",
      abstract: .describeAbstract,
      discussion: .describeDiscussion)

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      let store = try context.store(arguments)
      let changed = try attempt { () throws(ProgrammeError) in try store.writeDescription() }
      context.standardOutput.writeLine(
        changed.isEmpty ? context.text(.descriptionUpToDate) : context.text(.wroteFiles, ["files": .texts(changed)]))
    }
  }
}

import ProgrammeCore

/// `smartcity completions`: shell completion scripts.
enum CompletionsCommand: Command {
  static let spec = CommandSpec(
    name: "completions",
    abstract: .completionsAbstract,
    discussion: .completionsDiscussion,
    arguments: [ArgumentSpec(name: "shell", help: .completionsShell)])

  static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
    guard let shell = arguments.positional(0) else { throw .usage(.missingArgument("<shell>")) }
    if shell == "cohorts" {
      let store = try context.store(arguments)
      let registry = try attempt { () throws(ProgrammeError) in try store.load() }
      for cohort in registry.cohorts { context.standardOutput.writeLine(cohort.id) }
      return
    }
    guard let script = CompletionScript(commands: SmartCity.commands.map(\.spec), language: context.language).script(for: shell)
    else {
      throw .usage(.invalidValue(shell.quotedInMessage, option: "<shell>", reason: Phrase(.useShell)))
    }
    context.standardOutput.write(script)
  }
}

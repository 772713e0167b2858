import ProgrammeCore

extension SmartCity {
  /// `smartcity completions`: shell completion scripts, and the candidates those scripts ask for
  /// while a person types.
  enum Completions: Command {
    static let spec = CommandSpec(
      name: "completions",
      abstract: .completionsAbstract,
      discussion: .completionsDiscussion,
      arguments: [
        ArgumentSpec(name: "shell", help: .completionsShell, values: ["bash", "zsh", "fish"]),
        ArgumentSpec(name: "words", help: .completionsWords, isRequired: false, isVariadic: true),
      ])

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      guard let shell = arguments.positional(0) else { throw .usage(.missingArgument("<shell>")) }
      if shell == "cohorts" {
        // What scripts written by earlier versions ask for.
        let store = try context.store(arguments)
        let registry = try attempt { () throws(ProgrammeError) in try store.load() }
        for cohort in registry.cohorts { context.standardOutput.writeLine(cohort.id) }
        return
      }
      let commands = SmartCity.commands.map(\.spec)
      guard let script = CompletionScript.script(for: shell) else {
        throw .usage(.invalidValue(shell.quotedInMessage, option: "<shell>", reason: Phrase(.useShell)))
      }
      let words = Array(arguments.positionals.dropFirst())
      guard !words.isEmpty else {
        context.standardOutput.write(script)
        return
      }
      // bash and zsh pass the words as typed, quotes and all; fish passes the words before the
      // cursor unquoted, and the one under it as typed.
      let typed = shell == "fish" ? words.dropLast() + [ShellWords.unquoted(words.last ?? "")] : words.map(ShellWords.unquoted)
      // The store is read once, and only if a value needs it.
      final class Cache { var registry: Registry?? }
      let cache = Cache()
      let candidates = CompletionCandidates(commands: commands, language: context.language) { data in
        if let registry = cache.registry { return registry }
        var named = arguments
        if let data { named.keepOnly(.data, data) }
        let registry = (try? context.store(named)).flatMap { try? $0.load(detail: .summary) }
        cache.registry = .some(registry)
        return registry
      }
      context.standardOutput.write(CompletionCandidates.lines(candidates.answer(typed)))
    }
  }
}

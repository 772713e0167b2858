import ProgrammeCore

/// `smartcity completions`: shell completion scripts.
enum CompletionsCommand: Command {
  static let spec = CommandSpec(
    name: "completions",
    abstract: "Print a shell completion script for bash, zsh or fish.",
    discussion: """
      bash: smartcity completions bash > ~/.local/share/bash-completion/completions/smartcity. \
      zsh: smartcity completions zsh > ~/.zfunc/_smartcity, with fpath+=~/.zfunc before \
      compinit in ~/.zshrc. fish: smartcity completions fish > \
      ~/.config/fish/completions/smartcity.fish. The scripts complete commands, options, the \
      values of options with a closed set, and cohort ids (from 'smartcity completions cohorts', \
      which prints the store's cohorts).
      """,
    arguments: [ArgumentSpec(name: "shell", help: "bash, zsh or fish (or cohorts: the store's cohort ids).")])

  static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
    guard let shell = arguments.positional(0) else { throw .usage(.missingArgument("<shell>")) }
    if shell == "cohorts" {
      let store = try context.store(arguments)
      let registry = try attempt { () throws(ProgrammeError) in try store.load([.cohorts]) }
      for cohort in registry.cohorts { context.standardOutput.writeLine(cohort.id) }
      return
    }
    guard let script = CompletionScript(commands: SmartCity.commands.map(\.spec)).script(for: shell) else {
      throw .usage(.invalidValue(shell.quotedInMessage, option: "<shell>", reason: "use bash, zsh or fish"))
    }
    context.standardOutput.write(script)
  }
}

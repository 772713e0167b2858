import ProgrammeCore

/// A subcommand: its declaration and what it does.
protocol Command: SendableMetatype {
  /// The word that names the command on the command line.
  static var commandName: String { get }
  /// Everything the parser and the help need; built only for the command that runs, since
  /// building all of them is a measurable part of a short run.
  static var spec: CommandSpec { get }
  static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure)
}

extension Command {
  /// Runs a store operation, turning its errors into command failures.
  static func attempt<T>(_ body: () throws(ProgrammeError) -> T) throws(CommandFailure) -> T {
    do {
      return try body()
    } catch {
      throw .programme(error)
    }
  }
}

/// A command as the dispatcher keeps it: its name, its declaration and a way to run it.
struct RegisteredCommand: Sendable {
  let name: String
  let command: any Command.Type
  let run: @Sendable (ParsedArguments, Context) throws(CommandFailure) -> Void

  /// The command's declaration, built on first use.
  var spec: CommandSpec { command.spec }

  init<C: Command>(_ command: C.Type) {
    name = C.commandName
    self.command = command
    run = { (arguments: ParsedArguments, context: Context) throws(CommandFailure) in
      try C.run(arguments, in: context)
    }
  }
}

extension Command {
  /// Asks on a terminal; refuses without a terminal (scripts say `--yes`), naming the command.
  static func confirm(_ question: String, _ context: Context) throws(CommandFailure) {
    guard let ask = context.confirm else {
      throw .other(Phrase(.needsYes, ["command": "\(spec.name)"]), .failure)
    }
    guard ask(question) else { throw .other(Phrase(.cancelled), .failure) }
  }
}

import ProgrammeCore

/// A subcommand: its declaration and what it does.
protocol Command: SendableMetatype {
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

/// A command as the dispatcher keeps it: its declaration and a way to run it.
struct RegisteredCommand: Sendable {
  let spec: CommandSpec
  let run: @Sendable (ParsedArguments, Context) throws(CommandFailure) -> Void

  init<C: Command>(_ command: C.Type) {
    spec = C.spec
    run = { (arguments: ParsedArguments, context: Context) throws(CommandFailure) in
      try C.run(arguments, in: context)
    }
  }
}

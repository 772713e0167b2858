import ProgrammeCore

/// The `smartcity` command: finds the subcommand, parses its arguments, runs it, and turns
/// every failure into one `Error:` line and an exit status.
enum SmartCity {
  static let version = "1.0.0"
  /// The day this version was made, as its manual pages give it.
  static let releaseDate = "2026-12-07"
  static let abstract = Message.rootAbstract

  // In the order of the root help: recording, reading, correcting, the store, git.
  static let commands: [RegisteredCommand] = [
    RegisteredCommand(AddMoU.self), RegisteredCommand(AddMilestone.self), RegisteredCommand(AddQuickWin.self),
    RegisteredCommand(AddRegency.self), RegisteredCommand(AddLetter.self), RegisteredCommand(AddCohort.self),
    RegisteredCommand(Add.self), RegisteredCommand(Import.self),
    RegisteredCommand(List.self), RegisteredCommand(Report.self), RegisteredCommand(Show.self),
    RegisteredCommand(Regencies.self), RegisteredCommand(Sources.self), RegisteredCommand(Map.self),
    RegisteredCommand(Export.self),
    RegisteredCommand(EditMoU.self), RegisteredCommand(Edit.self), RegisteredCommand(RemoveMoU.self),
    RegisteredCommand(Remove.self), RegisteredCommand(Undo.self),
    RegisteredCommand(Validate.self), RegisteredCommand(Init.self), RegisteredCommand(Describe.self),
    RegisteredCommand(Completions.self), RegisteredCommand(Manuals.self), RegisteredCommand(Schema.self),
    RegisteredCommand(Diff.self), RegisteredCommand(Log.self), RegisteredCommand(GitSetup.self),
    RegisteredCommand(MergeDriver.self), RegisteredCommand(Textconv.self),
  ]

  /// Runs a command line (without the program name) and returns the exit status.
  static func main(_ arguments: [String], context: Context, invalidArgument: Int? = nil) -> Int32 {
    var context = context
    context.commandLine = arguments
    context.language = Language.chosen(option: languageOption(in: arguments)) { context.environment[$0] }
    var status =
      invalidArgument.map { fail(.invalidArgumentEncoding(position: $0), spec: nil, context) }
      ?? run(arguments, context: context)
    context.standardOutput.flush()
    // Output that did not arrive is a failure of the command, said on standard error; a reader
    // that went away (a closed pipe) is not.
    if case .failed(let reason) = context.standardOutput.failure {
      let error = ProgrammeError.outputFailed(path: context.text(.standardOutput), reason: reason)
      context.standardError.writeLine("Error: " + error.commandLineMessage(in: context.language))
      if status == .success { status = ExitCode(error.category) }
    }
    context.standardError.flush()
    return status.rawValue
  }

  static func command(named name: String) -> RegisteredCommand? {
    commands.first { $0.name == name }
  }

  static func run(_ arguments: [String], context: Context) -> ExitCode {
    let out = context.standardOutput
    // Options given before the subcommand (`smartcity --data X list`) belong to it.
    var leading: [String] = []
    var words = arguments[...]
    while let first = words.first,
      ["--data", "--lang", "--no-color"].contains(first) || first.hasPrefix("--data=") || first.hasPrefix("--lang=")
    {
      leading.append(first)
      words = words.dropFirst()
      if first == "--data" || first == "--lang", let value = words.first {
        leading.append(value)
        words = words.dropFirst()
      }
    }
    guard let name = words.first, !["-h", "--help", "help"].contains(name) || words.count > 1 else {
      // The root takes the common options only to pass them on, but checks them as a command would.
      do throws(UsageError) {
        _ = try ParsedArguments(leading, spec: CommandSpec(name: "", abstract: abstract))
      } catch {
        return fail(error, spec: nil, context)
      }
      out.write(HelpFormatter.rootHelp(commands: commands.map(\.spec), abstract: abstract, in: context.language))
      return .success
    }
    if name == "--version" {
      out.writeLine(version)
      return .success
    }
    if name == "help" || ((name == "-h" || name == "--help") && words.count > 1) {
      let topic = words.dropFirst().first ?? ""
      // `help --help` and `help help` ask what help does: the root's help says it.
      if ["-h", "--help", "help"].contains(topic) {
        out.write(HelpFormatter.rootHelp(commands: commands.map(\.spec), abstract: abstract, in: context.language))
        return .success
      }
      guard let command = command(named: topic) else {
        return fail(.unknownCommand(topic.quotedInMessage, suggestion: suggestion(for: topic)), spec: nil, context)
      }
      out.write(HelpFormatter.help(command.spec, in: context.language))
      return .success
    }
    guard let command = command(named: name) else {
      if name.hasPrefix("-") {
        return fail(.unknownOption(name.quotedInMessage, suggestion: nil), spec: nil, context)
      }
      return fail(.unknownCommand(name.quotedInMessage, suggestion: suggestion(for: name)), spec: nil, context)
    }
    do throws(CommandFailure) {
      let parsed: ParsedArguments
      do {
        parsed = try ParsedArguments(leading + Array(words.dropFirst()), spec: command.spec)
      } catch {
        throw .usage(error)
      }
      if parsed.flag(.help) {
        out.write(HelpFormatter.help(command.spec, in: context.language))
        return .success
      }
      try command.run(parsed, context)
      return .success
    } catch {
      switch error {
      case .usage(let usage): return fail(usage, spec: command.spec, context)
      case .programme(let failure):
        context.standardError.writeLine("Error: " + failure.commandLineMessage(in: context.language))
        return ExitCode(failure.category)
      case .other(let message, let status):
        context.standardError.writeLine("Error: " + message.text(in: context.language))
        return status
      }
    }
  }

  /// Prints a usage error with the usage line and the pointer to help, as swift-argument-parser does.
  static func fail(_ error: UsageError, spec: CommandSpec?, _ context: Context) -> ExitCode {
    let err = context.standardError
    err.writeLine("Error: " + error.phrase.text(in: context.language))
    if let spec {
      err.writeLine("Usage: " + HelpFormatter.usage(spec))
      err.writeLine(context.text(.seeHelpOf, ["command": "\(spec.name)"]))
    } else {
      err.writeLine("Usage: smartcity <subcommand>")
      err.writeLine(context.text(.seeHelp))
    }
    return .usage
  }

  /// The value of the first `--lang` on the command line, read before parsing so that the
  /// parser's own errors are already in the language asked for. (A bad value is refused by the
  /// parser, in the language the environment chooses.)
  static func languageOption(in arguments: [String]) -> String? {
    var words = arguments[...]
    while let word = words.popFirst(), word != "--" {
      if word == "--lang" { return words.first }
      if word.hasPrefix("--lang=") { return String(word.dropFirst("--lang=".count)) }
    }
    return nil
  }

  static func suggestion(for name: String) -> String? {
    let scored = commands.map { (editDistance(name, $0.name), $0.name) }
    guard let best = scored.min(by: { $0.0 < $1.0 }), best.0 < 4, best.0 < max(name.count, 2) else { return nil }
    return best.1
  }
}

// MARK: - Messages

extension Message {
  static let seeHelpOf = Message(
    english: "  See 'smartcity {command} --help' for more information.",
    indonesian: "  Lihat 'smartcity {command} --help' untuk keterangan lebih lanjut.")
  static let seeHelp = Message(
    english: "  See 'smartcity --help' for more information.",
    indonesian: "  Lihat 'smartcity --help' untuk keterangan lebih lanjut.")
  static let rootAbstract = Message(
    english: "A registry of Indonesia's Gerakan Menuju Smart City: regions, MoUs, letters and cohorts.",
    indonesian: "Registri Gerakan Menuju Smart City Indonesia: daerah, nota kesepakatan, surat penetapan dan angkatan.")
}

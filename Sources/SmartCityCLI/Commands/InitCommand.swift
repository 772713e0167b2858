import ProgrammeCore

extension SmartCity {
  /// `smartcity init`: a new store with the reference data and no MoUs.
  enum Init: Command {
    static let spec = CommandSpec(
      name: "init",
      abstract: .initAbstract,
      discussion: .initDiscussion,
      arguments: [ArgumentSpec(name: "dir", help: .initDirectory)])

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      guard let directory = arguments.positional(0), !directory.trimmingWhitespace.isEmpty else {
        throw .usage(.missingArgument("<dir>"))
      }
      let registry = try attempt { () throws(ProgrammeError) in try ReferenceData.registry() }
      try attempt { () throws(ProgrammeError) in
        try Store.create(at: directory, holding: registry, fileSystem: context.fileSystem)
      }
      context.standardOutput.writeLine(
        context.text(
          .createdStore,
          [
            "folder": "\(directory.escapingControlCharacters)", "provinces": .number(registry.provinces.count),
            "regencies": .number(registry.regencies.count), "pillars": .number(registry.pillars.count),
            "cohorts": .number(registry.cohorts.count),
          ]))
    }
  }
}

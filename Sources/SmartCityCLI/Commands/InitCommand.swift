import ProgrammeCore

/// `smartcity init`: a new store with the reference data and no MoUs.
enum InitCommand: Command {
  static let spec = CommandSpec(
    name: "init",
    abstract: "Create a new store holding the reference data and no MoUs.",
    discussion: """
      The new store holds the 38 provinces and 514 kabupaten/kota (Kepmendagri \
      300.2.2-2138/2025), the six pillars and the cohorts; letters, ceremonies and MoUs are empty.
      """,
    arguments: [ArgumentSpec(name: "dir", help: "The folder to create; it must not exist or be empty.")])

  static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
    guard let directory = arguments.positional(0), !directory.trimmingWhitespace.isEmpty else {
      throw .usage(.missingArgument("<dir>"))
    }
    let registry = try attempt { () throws(ProgrammeError) in try ReferenceData.registry() }
    try attempt { () throws(ProgrammeError) in
      try Store.create(at: directory, holding: registry, fileSystem: context.fileSystem)
    }
    context.standardOutput.writeLine(
      "Created a store in \(directory.escapingControlCharacters): \(registry.provinces.count) provinces, "
        + "\(registry.regencies.count) regencies, \(registry.pillars.count) pillars, \(registry.cohorts.count) cohorts")
  }
}

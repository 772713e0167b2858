import ProgrammeCore

extension SmartCity {
  /// `smartcity init`: a new store with the reference data and no MoUs.
  enum Init: Command {
    static let commandName = "init"
    static let spec = CommandSpec(
      name: commandName,
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

// MARK: - Messages

extension Message {
  static let initAbstract = Message(
    english: "Create a new store holding the reference data and no MoUs.",
    indonesian: "Buat registri baru berisi data rujukan tanpa nota kesepakatan.")
  static let initDiscussion = Message(
    english:
      "The new store holds the 38 provinces and 514 kabupaten/kota (Kepmendagri 300.2.2-2138/2025), the six pillars and the cohorts; letters, ceremonies and MoUs are empty.",
    indonesian:
      "Registri baru memuat 38 provinsi dan 514 kabupaten/kota (Kepmendagri 300.2.2-2138/2025), enam pilar dan angkatan-angkatan; surat penetapan, seremoni dan nota kesepakatan masih kosong."
  )
  static let initDirectory = Message(
    english: "The folder to create; it must not exist or be empty.",
    indonesian: "Folder yang dibuat; harus belum ada atau kosong.")
  static let createdStore = Message(
    english: "Created a store in {folder}: {provinces} provinces, {regencies} regencies, {pillars} pillars, {cohorts} cohorts",
    indonesian:
      "Registri dibuat di {folder}: {provinces} provinsi, {regencies} kabupaten/kota, {pillars} pilar, {cohorts} angkatan")
}

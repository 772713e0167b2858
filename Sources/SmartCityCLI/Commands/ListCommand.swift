import ProgrammeCore

extension SmartCity {
  /// `smartcity list`: the participating regions.
  enum List: Command {
    static let commandName = "list"
    static let spec = CommandSpec(
      name: commandName,
      abstract: .listAbstract,
      discussion: .listDiscussion,
      options: OptionSpec.participantFilters + [OutputFormat.option()] + OutputFormat.csvOptions)

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      let query = try arguments.participantQuery()
      let store = try context.store(arguments)
      let reading = try attempt { () throws(ProgrammeError) in try store.participants(query) }
      let registry = context.reporting(reading.registry)
      let (filter, participants) = (reading.filter, reading.participants)
      let format = OutputFormat.chosen(arguments, context)
      var table = ParticipantListing.table(participants)
      if format == .table {
        // People at a terminal need fewer columns; machines get them all.
        // The phase only where a row has one (cohort 2017's signings).
        let shown =
          ["code", "officialName", "provinceName", "cohort"]
          + (participants.contains { $0.phase != nil } ? ["phase"] : []) + ["stage", "signedOn", "source"]
        table = table.selecting(shown)
      }
      try TableRenderer.chosen(format, arguments, context).render(
        table, to: context.standardOutput)
      if format == .table {
        let footer = ParticipantListing.footer(
          participants, registry: registry, cohort: filter.cohort, narrowed: filter.narrowsACohort)
        context.standardOutput.writeLine(footer.map { $0.text(in: context.language) }.joined(separator: "; "))
      }
    }
  }
}

// MARK: - Messages

extension Message {
  static let listAbstract = Message(
    english: "List the regions in the programme, by cohort, province or year.",
    indonesian: "Daftar daerah dalam program, menurut angkatan, provinsi atau tahun.")
  static let listDiscussion = Message(
    english:
      "Lists every region with an MoU (status signed) and every region a selection letter names without a recorded MoU (status selected), one row per region and cohort, sorted by code.",
    indonesian:
      "Menampilkan setiap daerah yang memiliki nota kesepakatan (status signed) dan setiap daerah yang disebut surat penetapan tanpa nota kesepakatan tercatat (status selected), satu baris per daerah dan angkatan, diurutkan menurut kode."
  )
  static let unsourcedCell = Message(
    english: "(unsourced)",
    indonesian: "(tanpa sumber)")
  static let columnStage = Message(
    english: "Furthest step",
    indonesian: "Tahap terjauh")
  static let columnLetter = Message(
    english: "Letter",
    indonesian: "Surat penetapan")
  static let regionsFromMemberships = Message(
    english: "{count} {count|region|regions} from {memberships} {memberships|MoU|MoUs}",
    indonesian: "{count} daerah dari {memberships} nota kesepakatan")
  static let selectedWithoutMoU = Message(
    english: "{count} named by a selection letter with no MoU recorded",
    indonesian: "{count} disebut surat penetapan tanpa nota kesepakatan tercatat")
  static let cohortCoverage = Message(
    english: "cohort {cohort}: {coverage}",
    indonesian: "angkatan {cohort}: {coverage}")
  static let programmeCoverage = Message(
    english: "{registered} of the {announced} {announced|region|regions} announced by {year} known",
    indonesian: "{registered} dari {announced} daerah yang diumumkan hingga {year} diketahui")
}

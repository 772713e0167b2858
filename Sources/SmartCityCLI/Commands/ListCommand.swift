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

    static let columns = [
      DataTable.Column("code", .columnCode), DataTable.Column("name", .columnName),
      DataTable.Column("officialName", .columnRegion), DataTable.Column("kind", .columnKind),
      // `province` is the code, as in the store, `show --format json` and `export`.
      DataTable.Column("province", .columnProvinceCode), DataTable.Column("provinceName", .columnProvince),
      DataTable.Column("cohort", .columnCohort), DataTable.Column("status", .columnStatus),
      DataTable.Column("stage", .columnStage), DataTable.Column("signedOn", .columnSigned),
      DataTable.Column("mouId", .columnMoU), DataTable.Column("letter", .columnLetter),
      // People read the first source; scripts get every address (or citation, where a source has
      // no address) as an array, never the word "unsourced".
      DataTable.Column("source", .columnSource, for: .people),
      DataTable.Column("sources", .columnSources, for: .machines),
      // Machines' new columns come last, so that the older ones keep their places in TSV and CSV.
      DataTable.Column("phase", .columnPhase),
    ]

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      let query = try arguments.participantQuery()
      let store = try context.store(arguments)
      let reading = try attempt { () throws(ProgrammeError) in try store.participants(query) }
      let registry = context.reporting(reading.registry)
      let (filter, participants) = (reading.filter, reading.participants)
      let format = OutputFormat.chosen(arguments, context)
      var table = Self.table(participants)
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
        let footer = Self.footer(participants, registry: registry, cohort: filter.cohort, narrowed: filter.narrowsACohort)
        context.standardOutput.writeLine(footer.map { $0.text(in: context.language) }.joined(separator: "; "))
      }
    }
  }
}

extension SmartCity.List {
  /// What the rows are (regions, and memberships when a region appears twice) and, for a whole
  /// cohort or the whole programme, how many of the announced members are known.
  static func footer(_ participants: [Participant], registry: Registry, cohort: String?, narrowed: Bool) -> [Phrase] {
    // Rows are memberships: a region that signed twice is two rows, and a region a letter
    // names without a recorded MoU is a row of its own kind.
    let signed = participants.filter { $0.status == .signed }
    let regions = Set(signed.map(\.regency.code)).count
    var parts = [
      regions == signed.count
        ? Phrase(regions == 1 ? .oneRegion : .regions, ["count": .number(regions)])
        : Phrase(.regionsFromMemberships, ["count": .number(regions), "memberships": .number(signed.count)])
    ]
    let selectedOnly = participants.count - signed.count
    if selectedOnly > 0 { parts.append(Phrase(.selectedWithoutMoU, ["count": .number(selectedOnly)])) }
    if !narrowed {
      let report = ProgrammeReport(registry: registry)
      if let cohort, let line = report.cohorts.first(where: { $0.id == cohort && $0.phaseYear == nil }) {
        parts.append(Phrase(.cohortCoverage, ["cohort": "\(cohort)", "coverage": .phrase(line.coverage)]))
      } else if cohort == nil, let total = report.latestAnnouncedTotal {
        parts.append(
          Phrase(
            .programmeCoverage,
            [
              "registered": .number(report.regionsInProgramme), "announced": .number(total.cumulativeRegions),
              "year": .number(total.year),
            ]))
      }
    }
    return parts
  }

  /// The participants as the list's table, every column.
  static func table(_ participants: [Participant]) -> DataTable {
    DataTable(
      columns: columns,
      rows: participants.map { participant in
        [
          .text(participant.regency.code), .text(participant.regency.name), .text(participant.regency.officialName),
          .text(participant.regency.kind.rawValue), .text(participant.regency.province), .text(participant.provinceName),
          .text(participant.cohort), .text(participant.status.rawValue), .text(participant.stage.rawValue),
          .date(participant.signedOn),
          .text(participant.mouID), .text(participant.letter),
          .words(participant.sources.first?.shortCitation ?? .phrase(Phrase(.unsourcedCell))),
          .list(participant.sources.map { $0.url ?? $0.citation }), .integer(participant.phase),
        ]
      })
  }
}

extension Source {
  /// The address if there is one, else the citation: what fits in a table cell.
  var shortCitation: Phrase.Value { url.map(Phrase.Value.text) ?? citationValue }
}

extension DataTable {
  /// The table with only the named columns, in that order.
  func selecting(_ keys: [String]) -> DataTable {
    let indexes = keys.compactMap { key in columns.firstIndex { $0.key == key } }
    return DataTable(columns: indexes.map { columns[$0] }, rows: rows.map { row in indexes.map { row[$0] } })
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

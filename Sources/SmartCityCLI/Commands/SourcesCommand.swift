import ProgrammeCore

extension SmartCity {
  /// `smartcity sources`: what to verify next. Memberships by the strength of their evidence,
  /// weakest first; the sources many records rest on; records without a usable source.
  enum Sources: Command {
    static let sections = ["memberships", "sources", "problems"]

    static let commandName = "sources"
    static let spec = CommandSpec(
      name: commandName,
      abstract: .sourcesAbstract,
      discussion: .sourcesDiscussion,
      options: [
        cohort,
        .phaseFilter,
        by,
        OutputFormat.option(),
        OutputFormat.bom, OutputFormat.delimiter,
      ])

    static let cohort = OptionSpec("cohort", value: "cohort", help: .sourcesCohort)
    static let by = OptionSpec("by", value: "section", help: .sourcesBy, values: sections, defaultValue: "memberships")

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      let typed = try arguments.text(Self.cohort)
      let phase = try arguments.year(.phaseFilter)
      let store = try context.store(arguments)
      let (registry, cohort) = try attempt { () throws(ProgrammeError) in
        let registry = try store.load()
        // A phase is audited as its cohort narrowed to the phase's signings.
        let cohort =
          try phase.map { (year: Int) throws(ProgrammeError) in try registry.requirePhase(year, of: typed).id } ?? typed
        if let cohort { _ = try registry.requireCohort(cohort) }
        return (registry, cohort)
      }
      context.reporting(registry)
      let scoped = phase.flatMap { phase in cohort.map { registry.restricted(toCohort: $0, phase: phase) } } ?? registry
      let audit = SourceAudit(registry: scoped, cohort: cohort)
      let format = OutputFormat.chosen(arguments, context)
      let table: DataTable
      switch arguments.value(Self.by) ?? "memberships" {
      case "sources": table = Self.cited(audit)
      case "problems": table = Self.problems(audit)
      default: table = Self.memberships(audit)
      }
      try TableRenderer.chosen(format, arguments, context)
        .render(table, to: context.standardOutput)
      if format == .table {
        context.standardOutput.writeLine()
        context.standardOutput.writeLine(
          context.text(
            .sourcesSummary,
            [
              "memberships": .number(audit.memberships.count),
              "single": .number(audit.memberships.filter { $0.independentSources <= 1 }.count),
              "cited": .number(audit.citedSources.count), "problems": .number(audit.problems.count),
            ]))
      }
    }

    static func memberships(_ audit: SourceAudit) -> DataTable {
      DataTable(
        columns: [
          .init("id", .columnMoU), .init("code", .columnCode), .init("name", .columnRegion), .init("cohort", .columnCohort),
          .init("confidence", .columnConfidence), .init("sourceCount", .columnSources, alignsRight: true),
          .init("independentSources", .columnIndependent, alignsRight: true),
          .init("unopenableAddresses", .columnUnopenable, alignsRight: true),
        ],
        rows: audit.memberships.map { line in
          [
            .text(line.id), .text(line.regency), .text(line.name), .text(line.cohort), .text(line.confidence?.rawValue),
            .integer(line.sources), .integer(line.independentSources), .integer(line.unopenable),
          ]
        })
    }

    static func cited(_ audit: SourceAudit) -> DataTable {
      DataTable(
        columns: [
          .init("citedBy", .columnCitedBy, alignsRight: true), .init("host", .columnHost), .init("source", .columnSource),
          .init("records", .columnRecords),
        ],
        rows: audit.citedSources.map { source in
          [
            .integer(source.records.count), .text(source.host), .text(source.source),
            .list(source.records),
          ]
        })
    }

    static func problems(_ audit: SourceAudit) -> DataTable {
      DataTable(
        columns: [
          .init("file", .columnFile), .init("record", .columnRecord), .init("problem", .columnProblem),
          .init("address", .columnAddress),
        ],
        rows: audit.problems.map { problem in
          [.text(problem.collection.fileName), .text(problem.record), .text(problem.kind.rawValue), .text(problem.address)]
        })
    }
  }
}

// MARK: - Messages

extension Message {
  static let sourcesAbstract = Message(
    english: "Show how well each membership is sourced, weakest first, to decide what to verify next.",
    indonesian:
      "Tampilkan seberapa kuat sumber setiap keanggotaan, yang terlemah dahulu, untuk memutuskan apa yang diperiksa berikutnya.")
  static let sourcesDiscussion = Message(
    english:
      "--by memberships (the default) lists each MoU with its confidence, its sources and how many independent publishers they come from, weakest first; --by sources lists the sources cited by more than one record; --by problems lists records with no source and addresses a browser cannot open.",
    indonesian:
      "--by memberships (bawaan) mencantumkan setiap nota kesepakatan dengan tingkat keyakinan, sumber, dan jumlah penerbit independennya, yang terlemah dahulu; --by sources mencantumkan sumber yang dikutip lebih dari satu entri; --by problems mencantumkan entri tanpa sumber dan alamat yang tidak dapat dibuka peramban."
  )
  static let sourcesCohort = Message(
    english: "Only the records of this cohort.",
    indonesian: "Hanya entri angkatan ini.")
  static let sourcesBy = Message(
    english: "Which list to print.",
    indonesian: "Daftar yang dicetak.")
  static let sourcesSummary = Message(
    english:
      "Memberships: {memberships}, resting on one publisher: {single}; sources cited by more than one record: {cited} (--by sources); sourcing problems: {problems} (--by problems).",
    indonesian:
      "Keanggotaan: {memberships}, hanya dari satu penerbit: {single}; sumber yang dikutip lebih dari satu entri: {cited} (--by sources); masalah sumber: {problems} (--by problems)."
  )
  static let columnIndependent = Message(
    english: "Independent",
    indonesian: "Independen")
  static let columnUnopenable = Message(
    english: "Unopenable",
    indonesian: "Tak dapat dibuka")
  static let columnCitedBy = Message(
    english: "Cited by",
    indonesian: "Dikutip oleh")
  static let columnHost = Message(
    english: "Host",
    indonesian: "Host situs")
  static let columnRecords = Message(
    english: "Records",
    indonesian: "Entri")
  static let columnFile = Message(
    english: "File",
    indonesian: "Berkas")
  static let columnRecord = Message(
    english: "Record",
    indonesian: "Entri")
  static let columnProblem = Message(
    english: "Problem",
    indonesian: "Masalah")
  static let columnAddress = Message(
    english: "Address",
    indonesian: "Alamat")
}

import ProgrammeCore

/// `smartcity report`: totals per year and per cohort, registered against announced.
enum ReportCommand: Command {
  static let spec = CommandSpec(
    name: "report",
    abstract: "Print per-year and per-cohort totals, registered against announced.",
    discussion: """
      MoUs count signings; regions count distinct kabupaten/kota (one region can sign in several \
      cohorts). A cohort whose members are not all registered shows as "7 of 48 known". Without \
      --by, all sections are printed (CSV, being one table, prints the years).
      """,
    options: [
      OptionSpec(
        "by", value: "section", help: "Print one section only.",
        values: ["year", "cohort", "province", "reconciliation", "stage", "pillar"]),
      OptionSpec("cohort", value: "cohort", help: "With --by stage or pillar: only this cohort."),
      OutputFormat.option([.table, .tsv, .json, .csv, .markdown]),
    ])

  static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
    let store = try context.store(arguments)
    let cohort = try arguments.text("cohort")
    let registry = try attempt { () throws(ProgrammeError) in
      let registry = try store.load(
        [.provinces, .regencies, .cohorts, .mous, .announcedTotals, .claims, .milestones, .quickWins], detail: .summary)
      if let cohort { _ = try registry.requireCohort(cohort) }
      return registry
    }
    context.keptUntilExit.keep(registry)
    let report = ProgrammeReport(registry: registry)
    let sections: [(key: String, title: String, table: DataTable)] = [
      ("years", "Per year", ReportTables.years(report)),
      ("cohorts", "Per cohort", ReportTables.cohorts(report)),
      ("reconciliation", "Announced totals against the registry", ReportTables.reconciliation(report)),
      ("provinces", "Per province", ReportTables.provinces(ProvinceReport(registry: registry))),
      ("stages", "Pipeline after the signing", ReportTables.stages(PipelineReport(registry: registry, cohort: cohort))),
      ("pillars", "Quick wins per pillar", ReportTables.pillars(PillarReport(registry: registry, cohort: cohort))),
    ]
    let names = ["year": "years", "cohort": "cohorts", "province": "provinces", "stage": "stages", "pillar": "pillars"]
    let by = arguments.value("by").map { names[$0] ?? $0 }
    let format = OutputFormat.chosen(arguments, context)
    let out = context.standardOutput
    let renderer = TableRenderer(format: format, usesColor: context.usesColor(arguments))

    if let by, let section = sections.first(where: { $0.key == by }) {
      renderer.render(section.table, to: out)
      return
    }
    switch format {
    case .json:
      var members = Dictionary(uniqueKeysWithValues: sections.map { ($0.key, $0.table.jsonValue) })
      members["programme"] = ReportTables.programme(report)
      out.write(JSONWriter().string(for: .object(members)))
    case .csv, .tsv:
      renderer.render(sections[0].table, to: out)
    case .table, .markdown:
      for (index, section) in sections.enumerated() where !["provinces", "stages", "pillars"].contains(section.key) {
        if index > 0 { out.writeLine() }
        let heading = format == .markdown ? "## \(section.title)" : Style.bold(section.title, enabled: context.usesColor(arguments))
        out.writeLine(heading)
        if format == .markdown { out.writeLine() }
        renderer.render(section.table, to: out)
      }
      out.writeLine()
      out.writeLine(ReportTables.summary(report))
    }
  }
}

/// The report's sections as tables.
enum ReportTables {
  static func years(_ report: ProgrammeReport) -> DataTable {
    DataTable(
      columns: [
        .init("year", "Year"), .init("announcedMous", "Announced MoUs", alignsRight: true),
        .init("mous", "MoUs", alignsRight: true), .init("newRegencies", "New regions", alignsRight: true),
        .init("cumulativeRegencies", "Regions (cumulative)", alignsRight: true),
        .init("sharePercent", "Of 514 %", alignsRight: true),
        .init("announcedCumulativeRegencies", "Announced (cumulative)", alignsRight: true),
      ],
      rows: report.years.map { year in
        [
          .integer(year.year), .integer(year.announcedMoUs), .integer(year.mous), .integer(year.newRegions),
          .integer(year.cumulativeRegions),
          .decimal(report.totalRegions == 0 ? 0 : Double(year.cumulativeRegions) * 100 / Double(report.totalRegions), places: 1),
          .integer(year.announcedCumulativeRegions),
        ]
      })
  }

  static func cohorts(_ report: ProgrammeReport) -> DataTable {
    DataTable(
      columns: [
        .init("id", "Cohort"), .init("phase", "Phase"), .init("track", "Track"),
        .init("announced", "Announced", alignsRight: true), .init("registered", "Registered", alignsRight: true),
        .init("complete", "Complete"), .init("coverage", "Coverage"),
      ],
      rows: report.cohorts.map { line in
        [
          .text(line.id), .integer(line.phaseYear), .text(line.track), .integer(line.announced),
          .integer(line.registered), .text(line.isComplete ? "yes" : "no"), .text(line.coverage),
        ]
      })
  }

  static func reconciliation(_ report: ProgrammeReport) -> DataTable {
    DataTable(
      columns: [
        .init("year", "By end of"), .init("announcedRegencies", "Announced", alignsRight: true),
        .init("announcedMous", "Signings", alignsRight: true), .init("announcedRepeats", "Repeats", alignsRight: true),
        .init("registeredRegencies", "Registered", alignsRight: true),
        .init("registeredMous", "MoUs", alignsRight: true), .init("missingRegencies", "Missing", alignsRight: true),
        .init("explanation", "Explanation"), .init("source", "Source"),
      ],
      rows: report.reconciliation.map { line in
        [
          .integer(line.year), .integer(line.announcedRegions), .integer(line.announcedMoUs),
          .integer(line.announcedRepeats), .integer(line.registeredRegions), .integer(line.registeredMoUs),
          .integer(line.missingRegions), .text(line.explanation), .text(line.sources.first?.shortCitation),
        ]
      })
  }

  static func provinces(_ report: ProvinceReport) -> DataTable {
    DataTable(
      columns: [
        .init("code", "Code"), .init("name", "Province"), .init("regencies", "Regions", alignsRight: true),
        .init("inProgramme", "In programme", alignsRight: true), .init("share", "Share %", alignsRight: true),
        .init("mous", "MoUs", alignsRight: true),
      ],
      rows: report.lines.map { line in
        [
          .text(line.code), .text(line.name), .integer(line.totalRegions), .integer(line.regionsInProgramme),
          .decimal(line.share, places: 1), .integer(line.mous),
        ]
      })
  }

  static func stages(_ report: PipelineReport) -> DataTable {
    DataTable(
      columns: [
        .init("cohort", "Cohort"), .init("stage", "Stage"), .init("reached", "Reached", alignsRight: true),
        .init("announced", "Announced", alignsRight: true), .init("sharePercent", "Share %", alignsRight: true),
      ],
      rows: report.lines.map { line in
        [
          .text(line.cohort), .text(line.stage.rawValue), .integer(line.reached), .integer(line.announced),
          .decimal(line.share, places: 1),
        ]
      })
  }

  static func pillars(_ report: PillarReport) -> DataTable {
    DataTable(
      columns: [.init("pillar", "Pillar"), .init("name", "Name")]
        + QuickWinStatus.allCases.map { .init($0.rawValue, $0.rawValue.capitalized, alignsRight: true) }
        + [.init("total", "Total", alignsRight: true)],
      rows: report.lines.map { line in
        [.text(line.pillar.rawValue), .text(line.pillar.name)]
          + QuickWinStatus.allCases.map { .integer(line.counts[$0] ?? 0) } + [.integer(line.total)]
      })
  }

  static func programme(_ report: ProgrammeReport) -> JSONValue {
    .object([
      "regencies": JSONValue(report.totalRegions),
      "regenciesInProgramme": JSONValue(report.regionsInProgramme),
      "sharePercent": TableValue.decimal(report.shareInProgramme, places: 1).jsonValue,
      "mous": JSONValue(report.mous),
      "announcedTotal": report.latestAnnouncedTotal.map { JSONValue($0.cumulativeRegions) } ?? .null,
      "announcedTotalYear": report.latestAnnouncedTotal.map { JSONValue($0.year) } ?? .null,
      "unconfirmedClaims": JSONValue(report.unconfirmedClaims),
    ])
  }

  static func summary(_ report: ProgrammeReport) -> String {
    let share = TableValue.decimal(report.shareInProgramme, places: 1).plainText
    var text = "Regions in the programme: \(report.regionsInProgramme) of \(report.totalRegions) (\(share)%), "
      + "from \(report.mous) registered MoUs"
    if let total = report.latestAnnouncedTotal {
      text += "; announced: \(total.cumulativeRegions) by \(total.year)"
    }
    if report.unconfirmedClaims > 0 {
      text += "; \(report.unconfirmedClaims) unconfirmed reports not counted"
    }
    return text + "."
  }
}

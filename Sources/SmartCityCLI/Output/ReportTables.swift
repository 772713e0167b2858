import ProgrammeCore

/// The report's sections as tables.
enum ReportTables {
  static func years(_ report: ProgrammeReport) -> DataTable {
    DataTable(
      columns: [
        .init("year", .columnYear), .init("announcedMous", .columnAnnouncedMoUs, alignsRight: true),
        .init("mous", .columnMoUs, alignsRight: true), .init("newRegencies", .columnNewRegions, alignsRight: true),
        .init("returningRegencies", .columnReturningRegions, alignsRight: true),
        .init("cumulativeRegencies", .columnCumulativeRegions, alignsRight: true),
        .init("sharePercent", Phrase(.columnShareOfAll, ["total": .number(report.totalRegions)]), alignsRight: true),
        .init("announcedCumulativeRegencies", .columnAnnouncedCumulative, alignsRight: true),
        .init("coverage", .columnCoverage, for: .people),
      ],
      rows: report.years.map { year in
        [
          .integer(year.year), .integer(year.announcedMoUs), .integer(year.mous), .integer(year.newRegions),
          .integer(year.returningRegions),
          .integer(year.cumulativeRegions),
          .decimal(report.totalRegions == 0 ? 0 : Double(year.cumulativeRegions) * 100 / Double(report.totalRegions), places: 1),
          .integer(year.announcedCumulativeRegions),
          year.announcedMoUs.map { .words(.phrase(ProgrammeReport.coverage(registered: year.mous, announced: $0))) } ?? .null,
        ]
      })
  }

  static func cohorts(_ report: ProgrammeReport) -> DataTable {
    DataTable(
      columns: [
        // `cohort` as in `list` and `export`; `scope` says whether a row is the whole cohort or
        // one of its phases, so scripts need not infer it from a null phase.
        .init("cohort", .columnCohort), .init("scope", .columnScope, for: .machines), .init("phase", .columnPhase),
        .init("track", .columnTrack),
        .init("announced", .columnAnnounced, alignsRight: true), .init("registered", .columnRegistered, alignsRight: true),
        .init("complete", .columnComplete), .init("coverage", .columnCoverage, for: .people),
        .init("notYetKnown", .columnNotYetKnown, alignsRight: true, for: .machines),
        .init("beyondAnnounced", .columnBeyondAnnounced, alignsRight: true, for: .machines),
        .init("note", .columnNote, prose: true),
      ],
      rows: report.cohorts.map { line in
        [
          .text(line.id), .text(line.phaseYear == nil ? "cohort" : "phase"), .integer(line.phaseYear), .text(line.track),
          .integer(line.announced), .integer(line.registered), .flag(line.isComplete), .words(.phrase(line.coverage)),
          .integer(line.unknown), .integer(line.beyondAnnounced), .text(line.note),
        ]
      },
      // The cohort, and the phase (the scope between them is for machines).
      keyColumns: 3)
  }

  static func reconciliation(_ report: ProgrammeReport) -> DataTable {
    DataTable(
      columns: [
        .init("year", .columnByEndOf), .init("announcedRegencies", .columnAnnounced, alignsRight: true),
        .init("announcedMous", .columnSignings, alignsRight: true), .init("announcedRepeats", .columnRepeats, alignsRight: true),
        .init("registeredRegencies", .columnRegistered, alignsRight: true),
        .init("registeredMous", .columnMoUs, alignsRight: true), .init("missingRegencies", .columnMissing, alignsRight: true),
        .init("notYetKnown", .columnNotYetKnown, alignsRight: true),
        .init("beyondAnnounced", .columnBeyondAnnounced, alignsRight: true),
        .init("explanation", .columnExplanation, for: .people, prose: true),
        .init("stated", .columnStated, for: .people, prose: true), .init("source", .columnSources, for: .people, prose: true),
        .init("sources", .columnSources, for: .machines), .init("note", .columnNote, prose: true),
        // Machines' new columns come last, so that the older ones keep their places in TSV and CSV.
        .init("statedBy", .columnStatedBy, for: .machines), .init("statedOn", .columnStatedOn, for: .machines),
        .init("statement", .columnStatement, for: .machines),
        .init("inferred", .columnInferred, for: .people, prose: true),
        .init("notYetKnownByCohort", .columnNotYetKnown, for: .machines),
        .init("inferredMous", .columnInferred, for: .machines),
      ],
      rows: report.reconciliation.map { line in
        [
          .integer(line.year), .integer(line.announcedRegions), .integer(line.announcedMoUs),
          .integer(line.announcedRepeats), .integer(line.registeredRegions), .integer(line.registeredMoUs),
          .integer(line.missingRegions), .integer(line.unknownMembers), .integer(line.membersBeyondAnnounced),
          .words(line.explanation), line.stated.map { .words($0) } ?? .null,
          line.sources.isEmpty
            ? .null
            : .words(
              .list(
                line.sources.map { source in
                  // A source's caveat goes with it (the minister's words, a figure's reading).
                  source.note.map { .list([source.shortCitation, .text("(\($0))")], separator: " ") } ?? source.shortCitation
                }, separator: "; ")),
          .list(line.sources.map { $0.url ?? $0.citation }), .text(line.note), .text(line.statedBy),
          line.statedOn.map { .date(ReportedDate($0)) } ?? .null, .text(line.statement),
          line.inferences.map { .words($0) } ?? .null,
          .list(line.unknownByCohort.map { "\($0.cohort)\($0.phaseYear.map { "/\($0)" } ?? ""): \($0.count)" }),
          .list(line.inferredMemberships.map(\.mou)),
        ]
      })
  }

  static func provinces(_ report: ProvinceReport) -> DataTable {
    DataTable(
      columns: [
        .init("code", .columnCode), .init("name", .columnProvince), .init("regencies", .columnRegions, alignsRight: true),
        .init("inProgramme", .columnInProgramme, alignsRight: true), .init("share", .columnSharePercent, alignsRight: true),
        .init("mous", .columnMoUs, alignsRight: true),
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
        // Reported and implied apart, then together: a reader never takes an inference for a
        // report (`MembershipProgress`).
        .init("cohort", .columnCohort), .init("stage", .columnStep), .init("reported", .columnReported, alignsRight: true),
        .init("implied", .columnImplied, alignsRight: true), .init("reached", .columnReached, alignsRight: true),
        .init("knownMembers", .columnKnownMembers, alignsRight: true), .init("announced", .columnAnnounced, alignsRight: true),
        .init("membersWithReports", .columnWithReports, alignsRight: true),
        .init("sharePercent", .columnSharePercent, alignsRight: true), .init("coverage", .columnCoverage, for: .people),
      ],
      rows: report.lines.map { line in
        [
          .text(line.cohort), .text(line.stage.rawValue), .integer(line.reported), .integer(line.implied),
          .integer(line.reached), .integer(line.known), .integer(line.announced), .integer(line.withReports),
          .decimal(line.share, places: 1), .words(.phrase(line.coverage)),
        ]
      })
  }

  static func pillars(_ report: PillarReport) -> DataTable {
    DataTable(
      columns: [.init("pillar", .columnPillar), .init("name", .columnName)]
        + QuickWinStatus.allCases.map { .init($0.rawValue, $0.title, alignsRight: true) }
        + [.init("total", .columnTotal, alignsRight: true)],
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

  static func summary(_ report: ProgrammeReport, cohort: String? = nil, phase: Int? = nil) -> Phrase.Value {
    var values: [String: Phrase.Value] = [
      "regions": .number(report.regionsInProgramme), "total": .number(report.totalRegions),
      "share": .decimal(report.shareInProgramme, places: 1), "mous": .number(report.mous),
    ]
    if let cohort { values["cohort"] = "\(cohort)" }
    if let phase { values["phase"] = .number(phase) }
    var parts = [Phrase(cohort == nil ? .summaryInProgramme : phase == nil ? .summaryInCohort : .summaryInPhase, values)]
    if cohort != nil {
      // A cohort's regions are new to the programme or had joined it before.
      parts.append(
        Phrase(.summaryNewAndReturning, ["new": .number(report.newRegions), "returning": .number(report.returningRegions)]))
    }
    if let total = report.latestAnnouncedTotal {
      parts.append(Phrase(.summaryAnnounced, ["count": .number(total.cumulativeRegions), "year": .number(total.year)]))
    }
    if report.unconfirmedClaims > 0 {
      parts.append(Phrase(.summaryUnconfirmed, ["count": .number(report.unconfirmedClaims)]))
    }
    return .list(parts.map(Phrase.Value.phrase) + ["."], separator: "")
  }
}

import ProgrammeCore

/// The participants as a table and the line that says what they are: what `list` prints and
/// the exports and pages show.
enum ParticipantListing {
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

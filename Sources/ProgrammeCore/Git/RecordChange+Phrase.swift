extension Collection {
  /// What one record of the collection is called ("MoU", "milestone").
  public var recordNoun: Message {
    switch self {
    case .provinces: .recordProvince
    case .regencies: .recordRegency
    case .pillars: .recordPillar
    case .cohorts: .recordCohort
    case .letters: .recordLetter
    case .ceremonies: .recordCeremony
    case .mous: .recordMoU
    case .announcedTotals: .recordTotal
    case .claims: .recordClaim
    case .milestones: .recordMilestone
    case .quickWins: .recordQuickWin
    }
  }
}

extension RecordChange {
  /// The change in words a reviewer reads: "added MoU mou-2023-11.14: Kabupaten Aceh Jaya,
  /// cohort 2023, signed 2023-02-28, 2 sources", or "changed MoU …: venue "A" → "B"". Region
  /// codes are named from `names` (code → official name).
  public func phrase(names: [String: String]) -> Phrase {
    let values: [String: Phrase.Value] = ["record": .phrase(Phrase(collection.recordNoun)), "id": .text(id)]
    switch kind {
    case .added: return Phrase(.diffAdded, values.merging(["summary": Self.summary(of: record, names: names)]) { $1 })
    case .removed: return Phrase(.diffRemoved, values.merging(["summary": Self.summary(of: record, names: names)]) { $1 })
    case .changed:
      let fields = fields.map { field in
        Phrase.Value.phrase(
          Phrase(.diffField, ["field": .text(field), "old": Self.text(of: old?[field]), "new": Self.text(of: new?[field])]))
      }
      return Phrase(.diffChanged, values.merging(["changes": .list(fields, separator: "; ")]) { $1 })
    }
  }

  /// The few facts that name a record: its region, name or title, cohort, date and sources.
  static func summary(of record: JSONValue, names: [String: String]) -> Phrase.Value {
    var parts: [Phrase.Value] = []
    if let code = record["regency"]?.stringValue {
      parts.append(.text(names[code] ?? code))
    } else if let name = record["officialName"]?.stringValue ?? record["name"]?.stringValue ?? record["title"]?.stringValue {
      parts.append(.text(name))
    }
    if let kind = record["kind"]?.stringValue { parts.append(.text(kind)) }
    if let cohort = record["cohort"]?.stringValue { parts.append(.phrase(Phrase(.diffSummaryCohort, ["cohort": .text(cohort)]))) }
    if let date = record["signedOn"]?.stringValue.flatMap(ReportedDate.init(iso:)) {
      parts.append(.phrase(Phrase(.diffSummarySigned, ["date": .date(date)])))
    } else if let date = record["date"]?.stringValue.flatMap(ReportedDate.init(iso:)) {
      parts.append(.phrase(Phrase(.diffSummaryDated, ["date": .date(date)])))
    }
    if let sources = record["sources"]?.arrayValue {
      parts.append(
        .phrase(Phrase(sources.count == 1 ? .diffSummaryOneSource : .diffSummarySources, ["count": .number(sources.count)])))
    }
    return .list(parts)
  }

  /// A field's value in a line of text: strings quoted, lists of addresses or titles shown,
  /// absence said.
  static func text(of value: JSONValue?) -> Phrase.Value {
    guard let value, value != .null else { return .phrase(Phrase(.diffAbsent)) }
    if let string = value.stringValue { return .text("\"" + string + "\"") }
    if let items = value.arrayValue {
      let shown = items.map { item in
        item.stringValue ?? item["url"]?.stringValue ?? item["title"]?.stringValue ?? item["name"]?.stringValue
          ?? JSONWriter(pretty: false).string(for: item)
      }
      return .text("[" + shown.joined(separator: ", ") + "]")
    }
    return .text(JSONWriter(pretty: false).string(for: value))
  }
}

// MARK: - Messages

extension Message {
  public static let diffAdded = Message(
    english: "added {record} {id}: {summary}",
    indonesian: "ditambahkan {record} {id}: {summary}")
  public static let diffRemoved = Message(
    english: "removed {record} {id}: {summary}",
    indonesian: "dihapus {record} {id}: {summary}")
  public static let diffChanged = Message(
    english: "changed {record} {id}: {changes}",
    indonesian: "diubah {record} {id}: {changes}")
  public static let diffField = Message(
    english: "{field} {old} → {new}",
    indonesian: "{field} {old} → {new}")
  public static let diffAbsent = Message(
    english: "(none)",
    indonesian: "(tidak ada)")
  public static let diffSummaryCohort = Message(
    english: "cohort {cohort}",
    indonesian: "angkatan {cohort}")
  public static let diffSummarySigned = Message(
    english: "signed {date}",
    indonesian: "ditandatangani {date}")
  public static let diffSummaryDated = Message(
    english: "dated {date}",
    indonesian: "bertanggal {date}")
  public static let diffSummarySources = Message(
    english: "{count} {count|source|sources}",
    indonesian: "{count} sumber")
  public static let diffSummaryOneSource = Message(
    english: "1 source",
    indonesian: "1 sumber")
  public static let recordProvince = Message(
    english: "province",
    indonesian: "provinsi")
  public static let recordRegency = Message(
    english: "region",
    indonesian: "daerah")
  public static let recordPillar = Message(
    english: "pillar",
    indonesian: "pilar")
  public static let recordCohort = Message(
    english: "cohort",
    indonesian: "angkatan")
  public static let recordLetter = Message(
    english: "letter",
    indonesian: "surat")
  public static let recordCeremony = Message(
    english: "ceremony",
    indonesian: "seremoni")
  public static let recordMoU = Message(
    english: "MoU",
    indonesian: "nota kesepakatan")
  public static let recordTotal = Message(
    english: "announced total",
    indonesian: "total yang diumumkan")
  public static let recordClaim = Message(
    english: "unconfirmed claim",
    indonesian: "klaim belum terkonfirmasi")
  public static let recordMilestone = Message(
    english: "milestone",
    indonesian: "tahapan")
  public static let recordQuickWin = Message(
    english: "quick win",
    indonesian: "quick win (hasil cepat)")
}

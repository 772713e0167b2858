/// What an import did.
public struct ImportSummary: Equatable, Sendable {
  /// The ids of the records added, in the file's order.
  public var added: [String] = []
  /// Rows that matched a record the store already held exactly (an import run twice).
  public var unchanged = 0
  /// What `add-milestone` would warn of for the rows added (`Milestone.orderNotices`), each
  /// with the record's id: stored all the same.
  public var warnings: [Phrase] = []
}

/// Bulk registration from CSV, all or nothing.
extension Registry {
  /// The collections `import` reads: every one, in the order a new store is filled (a
  /// record's file comes after the files of the records it names).
  public static let importable: [Collection] = [
    .mous, .milestones, .quickWins, .claims, .announcedTotals, .ceremonies, .letters, .cohorts, .regencies, .provinces,
    .pillars,
  ]

  /// Adds the records of a CSV file (a header row, then one record per row) to a collection.
  ///
  /// Every row is checked as `add-mou` (or the loader) would check it; when any row is bad, the
  /// error names every bad row with its line, and the registry is left as it was. A row equal
  /// to a record already held is skipped, so importing a file twice adds nothing the second time.
  public mutating func importCSV(
    _ bytes: [UInt8], into collection: Collection, file: String
  ) throws(ProgrammeError) -> ImportSummary {
    let rows: [CSVReader.Row]
    do {
      rows = try CSVReader().rows(bytes)
    } catch {
      throw .importFailed(file: file, problems: [Self.problem(line: error.line, error.reason)])
    }
    guard let header = rows.first else {
      throw .importFailed(file: file, problems: [Self.problem(line: 1, Phrase(.csvEmpty))])
    }
    let codec = RecordCSV(collection)
    // A column is its name, or nil for a column a spreadsheet left without a header (which may
    // hold nothing: a value under no header would be lost).
    var columns: [String?] = []
    var problems: [Phrase] = []
    for (position, name) in header.fields.enumerated() {
      if name.trimmingWhitespace.isEmpty {
        if rows.dropFirst().contains(where: { position < $0.fields.count && !$0.fields[position].trimmingWhitespace.isEmpty }) {
          problems.append(Self.problem(line: 1, Phrase(.csvUnnamedColumnWithValues, ["position": .number(position + 1)])))
        }
        columns.append(nil)
        continue
      }
      guard let column = codec.column(forHeader: name) else {
        problems.append(
          Self.problem(
            line: 1, Phrase(.csvUnknownColumn, ["column": "\(name.quotedInMessage)", "known": .texts(codec.knownHeaders)])))
        continue
      }
      if columns.contains(column) { problems.append(Self.problem(line: 1, Phrase(.csvColumnTwice, ["column": "\(column)"]))) }
      columns.append(column)
    }
    // The id of an MoU, a milestone or a quick win is made from its other fields, and its
    // cohort can be found from the region's membership, so a file need not give them.
    // An MoU's lists (scope, accompanying officials) may be left out: they are then empty.
    let needed =
      collection == .mous
      ? ["regency", "signed_on"]
      : codec.schema.fields.filter { field in
        if case .objects = field.kind { return false }
        if collection.derivesIDs && field.name == "id" { return false }
        if [.milestones, .quickWins].contains(collection) && field.name == "cohort" { return false }
        return field.isRequired
      }.map(\.snakeCaseName)
    for column in needed where !columns.contains(column as String?) {
      problems.append(Self.problem(line: 1, Phrase(.csvMissingColumn, ["column": "\(column)"])))
    }
    guard problems.isEmpty else { throw .importFailed(file: file, problems: problems) }

    let original = self
    var missing: Set<Collection> = []
    var summary = ImportSummary()
    var batch = MoUBatch(collection == .mous ? self : Registry())
    for row in rows.dropFirst() {
      // Spreadsheets end files with empty rows (";;;"): nothing to import, nothing lost.
      if row.fields.allSatisfy({ $0.trimmingWhitespace.isEmpty }) { continue }
      guard row.fields.count == columns.count else {
        problems.append(
          Self.problem(
            line: row.line, Phrase(.csvFieldCount, ["expected": .number(columns.count), "found": .number(row.fields.count)])))
        continue
      }
      let cells = Dictionary(
        zip(columns, row.fields).compactMap { column, field in column.map { ($0, field) } },
        uniquingKeysWith: { first, _ in first })
      do throws(ProgrammeError) {
        let imported = try importRow(cells, into: collection, codec: codec, line: row.line, batch: &batch)
        if imported.isNew { summary.added.append(imported.id) } else { summary.unchanged += 1 }
      } catch {
        problems.append(Self.problem(line: row.line, Self.asInput(error).phrase))
        // A row that names a ceremony, letter or cohort the store lacks: that file comes first.
        switch error {
        case .invalidInput(let field, _) where field == "ceremony": missing.insert(.ceremonies)
        case .unknownLetter: missing.insert(.letters)
        case .unknownCohort, .noCohortForYear: missing.insert(.cohorts)
        case .noMembership: missing.insert(.mous)
        default: break
        }
      }
    }

    guard problems.isEmpty else {
      self = original
      throw .importFailed(
        file: file, problems: problems,
        missing: missing.sorted())
    }
    if !batch.added.isEmpty {
      // One sort for the whole file rather than an insertion per row.
      mous += batch.added
      mous.sort { $0.id.precedesInBytes($1.id) }
    }
    // The order of the steps is judged once every row is in, whatever order the file had.
    let added = Set(summary.added)
    summary.warnings = milestoneOrderNotices().filter { added.contains($0.id) }
      .map { Phrase(.recordWarning, ["id": "\($0.id)", "warning": .phrase($0.notice.phrase)]) }
    if collection == .mous { summary.warnings += overfullCohortWarnings(Set(batch.added.map(\.cohort))) }
    return summary
  }

  /// What an import of MoUs keeps across its rows: one resolver of names, the ids already
  /// held, and the MoUs added so far (merged into the store's order once, at the end).
  struct MoUBatch {
    let resolver: RegencyResolver
    var held: [String: MoU]
    var added: [MoU] = []

    init(_ registry: Registry) {
      resolver = RegencyResolver(regencies: registry.regencies, provinces: registry.provinces)
      held = Dictionary(registry.mous.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
  }

  /// A bad row of an import, with its line.
  static func problem(line: Int, _ reason: Phrase) -> Phrase {
    Phrase(.csvLineProblem, ["line": .number(line), "problem": .phrase(reason)])
  }

  /// A row's record: its id, and whether it was added (or the store already held it, equal).
  struct ImportedRow {
    var id: String
    var isNew: Bool
  }

  /// Adds one row's record. `checkingReferences` can be turned off by a caller that checks the
  /// references itself (`edit`, which first says who names a renamed record).
  mutating func importRow(
    _ cells: [String: String], into collection: Collection, codec: RecordCSV, line: Int, batch: inout MoUBatch,
    checkingReferences: Bool = true
  ) throws(ProgrammeError) -> ImportedRow {
    let checks = checkingReferences
    let json = try Self.withEvidence(codec.record(cells), cells, schema: codec.schema)
    switch collection {
    case .mous: return try importMoU(json, cells: cells, line: line, batch: &batch)
    case .milestones: return try importMilestone(json, cells: cells)
    case .quickWins: return try importRecord(QuickWin.self, try withMembership(json, on: "start"), line: line, checks)
    case .claims: return try importRecord(UnconfirmedClaim.self, try withRegionCode(json), line: line, checks)
    case .announcedTotals: return try importRecord(AnnouncedTotal.self, json, line: line, checks)
    case .regencies: return try importRecord(Regency.self, json, line: line, checks)
    case .letters: return try importRecord(SelectionLetter.self, json, line: line, checks)
    case .ceremonies: return try importRecord(SigningCeremony.self, json, line: line, checks)
    case .cohorts: return try importRecord(Cohort.self, json, line: line, checks)
    case .provinces: return try importRecord(Province.self, json, line: line, checks)
    case .pillars: return try importRecord(PillarRecord.self, json, line: line, checks)
    }
  }

  /// A row's region given by name or code, as its code (what the store keeps).
  func withRegionCode(_ json: JSONValue) throws(ProgrammeError) -> JSONValue {
    guard var members = json.objectValue, let input = members["regency"]?.stringValue else { return json }
    members["regency"] = .string(try RegencyResolver(regencies: regencies, provinces: provinces).resolve(input).code)
    return .object(members)
  }

  /// A row of a record that belongs to a membership (a quick win): the region by name or code,
  /// the cohort as given, or the region's only one, or the latest before the date in `dateField`.
  func withMembership(_ json: JSONValue, on dateField: String) throws(ProgrammeError) -> JSONValue {
    guard var members = json.objectValue, let input = members["regency"]?.stringValue else { return json }
    let date = members[dateField]?.stringValue.flatMap(CalendarDate.init(iso:))
    let mou = try membership(of: input, cohort: members["cohort"]?.stringValue, on: date)
    members["regency"] = .string(mou.regency)
    members["cohort"] = .string(mou.cohort)
    return .object(members)
  }

  mutating func importRecord<T: StoreRecord & Equatable>(
    _ type: T.Type, _ json: JSONValue, line: Int, _ checkingReferences: Bool
  ) throws(ProgrammeError) -> ImportedRow {
    let reader = try RecordReader(
      json, file: "row", index: line, identifier: nil, fields: T.fields, derivingID: T.collection.derivesIDs)
    let record = try T(reader: reader)
    if let existing = self[keyPath: T.registryKeyPath].first(where: { $0.storeID == record.storeID }) {
      guard existing != record else { return ImportedRow(id: record.storeID, isNew: false) }
      throw .invalidInput(
        field: T.idField,
        reason: Phrase(.alreadyWithOtherValues, ["id": "\(record.storeID.quotedInMessage)", "file": "\(T.collection.fileName)"]))
    }
    try add(record, checkingReferences: checkingReferences)
    return ImportedRow(id: record.storeID, isNew: true)
  }

  /// A milestone row, as `add-milestone` takes it: the region by code or name, the membership
  /// from the cohort (or the region's only one, or the latest before the date), a date as
  /// precise as the source, and its order warnings kept with the summary.
  mutating func importMilestone(_ json: JSONValue, cells: [String: String]) throws(ProgrammeError) -> ImportedRow {
    guard let regency = json["regency"]?.stringValue else {
      throw .invalidInput(field: "regency", reason: Phrase(.emptyRegency))
    }
    guard let kind = json["kind"]?.stringValue.flatMap(MilestoneKind.init(rawValue:)) else {
      throw .invalidInput(
        field: "kind", reason: Phrase(.useOneOf, ["values": .texts(MilestoneKind.allCases.map(\.rawValue))]))
    }
    guard let date = json["date"]?.stringValue.flatMap(ReportedDate.init(iso:)) else {
      throw .invalidInput(field: "date", reason: Phrase(.expectedReportedDate, ["found": ""]))
    }
    let membership = try self.membership(of: regency, cohort: json["cohort"]?.stringValue, on: date.latest)
    let id = Milestone(regency: membership.regency, cohort: membership.cohort, kind: kind, date: date).id
    if let given = json["id"]?.stringValue, given != id {
      throw .invalidInput(field: "id", reason: Phrase(.idDoesNotMatch, ["id": "\(given.quotedInMessage)", "expected": "\(id)"]))
    }
    // Every field the row gives, with the membership resolved; the stored record is checked as
    // the loader checks it (until after date, text rules, sources gaining their scheme).
    var members = json.objectValue ?? [:]
    members["regency"] = .string(membership.regency)
    members["cohort"] = .string(membership.cohort)
    members["id"] = .string(id)
    let reader = try RecordReader(.object(members), file: "row", index: 0, identifier: id, fields: Milestone.fields)
    let checked = try Milestone(reader: reader)
    if let existing = milestones.first(where: { $0.id == id }) {
      guard existing != checked else { return ImportedRow(id: id, isNew: false) }
      throw .invalidInput(
        field: "id",
        reason: Phrase(.alreadyWithOtherValues, ["id": "\(id.quotedInMessage)", "file": "\(Collection.milestones.fileName)"]))
    }
    milestones.append(checked)
    return ImportedRow(id: id, isNew: true)
  }

  /// An MoU row: the region, date, cohort and letter are resolved and checked as `add-mou`
  /// does; the other columns are taken as they are, and the whole MoU is then checked as the
  /// loader checks a stored one.
  func importMoU(_ json: JSONValue, cells: [String: String], line: Int, batch: inout MoUBatch) throws(ProgrammeError)
    -> ImportedRow
  {
    guard let regency = json["regency"]?.stringValue else {
      throw .invalidInput(field: "regency", reason: Phrase(.emptyRegency))
    }
    guard let date = json["signedOn"]?.stringValue.flatMap(ReportedDate.init(iso:)) else {
      throw .invalidInput(field: "signed_on", reason: Phrase(.emptySigningDate))
    }
    let made = try makeMoU(
      MoURequest(regency: regency, signedOn: date, cohort: json["cohort"]?.stringValue, letter: json["letter"]?.stringValue),
      resolver: batch.resolver)
    guard var members = made.jsonValue.objectValue, let given = json.objectValue else {
      return ImportedRow(id: made.id, isNew: false)
    }
    for (key, value) in given where !["regency", "cohort", "signedOn", "id", "ceremony"].contains(key) {
      members[key] = value
    }
    if let id = given["id"]?.stringValue, id != made.id {
      throw .invalidInput(
        field: "id", reason: Phrase(.idDoesNotMatch, ["id": "\(id.quotedInMessage)", "expected": "\(made.id)"]))
    }
    // A ceremony column says which ceremony, or (when empty) none; without it, the ceremony is
    // the cohort's on that day, as for add-mou.
    if cells["ceremony"] != nil {
      members["ceremony"] = given["ceremony"]
      if let ceremony = given["ceremony"]?.stringValue, self.ceremony(id: ceremony) == nil {
        throw .invalidInput(
          field: "ceremony", reason: Phrase(.notInFile, ["value": "\(ceremony.quotedInMessage)", "file": "ceremonies.json"]))
      }
    }
    let reader = try RecordReader(.object(members), file: "row", index: line, identifier: made.id, fields: MoU.fields)
    let mou = try MoU(reader: reader)
    if let existing = batch.held[mou.id] {
      guard existing != mou else { return ImportedRow(id: mou.id, isNew: false) }
      throw .duplicateMoU(id: existing.id, signedOn: existing.signedOn)
    }
    batch.held[mou.id] = mou
    batch.added.append(mou)
    return ImportedRow(id: mou.id, isNew: true)
  }
}

// MARK: - Messages

extension Message {
  public static let csvLineProblem = Message(
    english: "line {line}: {problem}",
    indonesian: "baris {line}: {problem}")
  public static let csvEmpty = Message(
    english: "empty file; expected a header row naming the columns",
    indonesian: "berkas kosong; seharusnya ada baris judul yang menamai kolom")
  public static let csvUnknownColumn = Message(
    english: "unknown column '{column}' (known: {known})",
    indonesian: "kolom '{column}' tidak dikenal (yang dikenal: {known})")
  public static let csvColumnTwice = Message(
    english: "column '{column}' appears twice",
    indonesian: "kolom '{column}' muncul dua kali")
  public static let csvMissingColumn = Message(
    english: "missing column '{column}'",
    indonesian: "kolom '{column}' tidak ada")
  public static let csvFieldCount = Message(
    english: "expected {expected} {expected|field|fields}, found {found}",
    indonesian: "seharusnya {expected} isian, ditemukan {found}")
  public static let alreadyWithOtherValues = Message(
    english: "'{id}' is already in {file} with other values",
    indonesian: "'{id}' sudah ada di {file} dengan nilai lain")
  public static let emptyRegency = Message(
    english: "empty; give a Kemendagri code such as 53.19 or a name",
    indonesian: "kosong; beri kode Kemendagri seperti 53.19 atau nama")
  public static let emptySigningDate = Message(
    english: "empty; give the signing date, e.g. 2021-05-20",
    indonesian: "kosong; beri tanggal penandatanganan, misalnya 2021-05-20")
  public static let idDoesNotMatch = Message(
    english: "'{id}' does not match the region and cohort ({expected})",
    indonesian: "'{id}' tidak sesuai dengan daerah dan angkatannya ({expected})")
  public static let useOneOf = Message(
    english: "use one of {values}",
    indonesian: "pakai salah satu dari {values}")
  public static let warnings = Message(
    english: "{count} {count|warning|warnings}",
    indonesian: "{count} peringatan")
  public static let csvUnnamedColumnWithValues = Message(
    english: "column {position} has no header but holds values; name it, or delete it",
    indonesian: "kolom {position} tidak berjudul tetapi berisi nilai; beri judul, atau hapus")
  public static let importFirst = Message(
    english: "rows name records the store does not hold yet: import the {collections} first",
    indonesian: "baris menyebut entri yang belum ada di registri: impor {collections} terlebih dahulu")
  public static let recordWarning = Message(
    english: "{id}: {warning}",
    indonesian: "{id}: {warning}")
}

/// Adding and correcting a record of any kind, field by field.
///
/// Both go through the row reader of `import` (`importRow`): a value means the same, is checked
/// the same and resolves the same (a region's name to its code, a dateline to its day) whether
/// it came from a spreadsheet, `add` or `edit`.
extension Registry {
  /// Adds a record to a collection from its fields, as one row of an import would add it.
  public mutating func addRecord(to collection: Collection, _ change: FieldChanges) throws(ProgrammeError) -> RecordWrite {
    let codec = RecordCSV(collection)
    let cells = try Self.cells([:], applying: change, codec: codec, collection: collection, isNew: true)
    return try insert(cells, into: collection, codec: codec, before: nil)
  }

  /// Corrects the record with this id: the fields given are set, those named are emptied, the
  /// sources are added, and the result is checked as a new record of its kind would be. A
  /// record whose id is made from its fields (a milestone's from its region, kind and date)
  /// takes the new id; a record others name keeps its id, or the edit is refused naming them.
  public mutating func editRecord(id: String, _ change: FieldChanges) throws(ProgrammeError) -> RecordWrite {
    guard let collection = collection(holding: id) else { throw noRecord(id) }
    let codec = RecordCSV(collection)
    let naming = records(naming: id, in: collection)
    let before = try takeOut(id, from: collection)
    var cells = Self.cells(of: before, codec: codec)
    // The id is made again from the fields, whatever they now are.
    if collection.derivesIDs { cells[codec.schema.primaryKey] = nil }
    cells = try Self.cells(cells, applying: change, codec: codec, collection: collection, isNew: false)
    let write = try insert(cells, into: collection, codec: codec, before: before, checkingReferences: false)
    if write.id != id && !naming.isEmpty { throw .recordInUse(id: id, records: naming) }
    do {
      try checkReferences()
    } catch {
      throw Self.asInput(error)
    }
    return write
  }

  /// Adds a row's record; refuses one the collection already holds.
  mutating func insert(
    _ cells: [String: String], into collection: Collection, codec: RecordCSV, before: JSONValue?,
    checkingReferences: Bool = true
  ) throws(ProgrammeError) -> RecordWrite {
    var batch = MoUBatch(collection == .mous ? self : Registry())
    let row: ImportedRow
    do {
      row = try importRow(
        cells, into: collection, codec: codec, line: 1, batch: &batch, checkingReferences: checkingReferences)
    } catch {
      throw Self.asInput(error)
    }
    let id = row.id
    // A record equal to this one is already held: another record made the same id.
    guard row.isNew else { throw .duplicateRecord(collection: collection, id: id.quotedInMessage) }
    for mou in batch.added { insertInOrder(mou) }
    var warnings: [Phrase] = []
    if collection == .milestones {
      warnings = milestoneOrderNotices().filter { $0.id == id }.map(\.notice.phrase)
    }
    if collection == .mous { warnings = overfullCohortWarnings(Set(batch.added.map(\.cohort))) }
    guard let after = record(in: collection, id: id) else {
      throw .unknownRecord(id: id.quotedInMessage)
    }
    return RecordWrite(collection: collection, before: before, after: after, warnings: warnings)
  }

  /// A stored record as the cells of its CSV row.
  static func cells(of record: JSONValue, codec: RecordCSV) -> [String: String] {
    var cells: [String: String] = [:]
    for (column, value) in zip(codec.columns, codec.row(record)) {
      switch value {
      case .text(let text): cells[column] = text
      case .integer(let number): cells[column] = String(number)
      default: break
      }
    }
    return cells
  }

  /// Cells with a change applied: each field named once, only known fields, required ones never
  /// emptied, ids made from fields never set by hand.
  static func cells(
    _ start: [String: String], applying change: FieldChanges, codec: RecordCSV, collection: Collection, isNew: Bool
  ) throws(ProgrammeError) -> [String: String] {
    var cells = start
    var given: Set<String> = []
    for assignment in change.assignments {
      let columns = try codec.columns(forField: assignment.field)
      guard columns.count == 1, let column = columns.first else {
        throw .invalidInput(
          field: assignment.field, reason: Phrase(.fieldHasParts, ["parts": .texts(columns)]))
      }
      guard given.insert(column).inserted else {
        throw .invalidInput(field: column, reason: Phrase(.fieldGivenTwice))
      }
      if column == codec.schema.primaryKey && collection.derivesIDs {
        throw .invalidInput(field: column, reason: Phrase(.idMadeFromFields))
      }
      cells[column] = assignment.value
    }
    for name in change.cleared {
      let columns = try codec.columns(forField: name)
      for column in columns {
        guard !given.contains(column) else { throw .invalidInput(field: column, reason: Phrase(.setAndCleared)) }
        if !isNew && codec.isRequired(column) { throw .invalidInput(field: column, reason: Phrase(.requiredNotCleared)) }
        cells[column] = ""
      }
    }
    if let evidence = change.evidence, change.addedSources.isEmpty, !evidence.isEmpty {
      throw .invalidInput(field: "evidence", reason: Phrase(.evidenceNeedsSource))
    }
    if !change.addedSources.isEmpty {
      guard codec.columns.contains("sources") else {
        throw .invalidInput(field: "source", reason: Phrase(.noSourcesField, ["collection": "\(collection.rawValue)"]))
      }
      guard !given.contains("sources") else { throw .invalidInput(field: "sources", reason: Phrase(.fieldGivenTwice)) }
      var sources = try codec.sources(inCell: cells["sources"])
      let id = start[codec.schema.primaryKey] ?? ""
      for var source in change.addedSources {
        if let url = source.url, sources.contains(where: { $0["url"]?.stringValue?.lowercased() == url.lowercased() }) {
          throw .invalidInput(field: "source", reason: Phrase(.sourceAlreadyCited, ["url": "\(url)", "id": "\(id)"]))
        }
        if source.evidence == nil { source.evidence = change.evidence }
        sources.append(source.jsonValue)
      }
      cells["sources"] = JSONWriter(pretty: false).string(for: .array(sources))
    }
    return cells
  }
}

// MARK: - Messages

extension Message {
  public static let fieldHasParts = Message(
    english: "names several fields; give one of: {parts}",
    indonesian: "mencakup beberapa isian; berikan salah satu: {parts}")
  public static let fieldGivenTwice = Message(
    english: "given twice; give each field once",
    indonesian: "diberikan dua kali; berikan setiap isian sekali saja")
  public static let idMadeFromFields = Message(
    english: "is made from the record's other fields; change those and the id follows",
    indonesian: "dibentuk dari isian lain entri itu; ubah isian tersebut dan id akan mengikuti")
  public static let setAndCleared = Message(
    english: "both given a value and emptied; do one or the other",
    indonesian: "diberi nilai sekaligus dikosongkan; lakukan salah satu saja")
  public static let requiredNotCleared = Message(
    english: "every record of its kind needs it; give it another value instead of emptying it",
    indonesian: "setiap entri sejenis memerlukannya; berikan nilai lain alih-alih mengosongkannya")
  public static let noSourcesField = Message(
    english: "records of {collection} cite no sources",
    indonesian: "entri {collection} tidak mencantumkan sumber")
}

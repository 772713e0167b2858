/// Adding records other than MoUs: regions, letters, cohorts, ceremonies.
extension Registry {
  /// Adds a record after the checks the loader makes on a stored one (its fields, its id, the
  /// records it refers to), refusing a record whose id the collection already holds.
  ///
  /// `checkingReferences` can be turned off by a caller that adds many records and checks the
  /// references once at the end (`import`).
  public mutating func add<T: StoreRecord>(_ record: T, checkingReferences: Bool = true) throws(ProgrammeError) {
    do {
      let reader = try RecordReader(
        record.jsonValue, file: T.collection.fileName, index: 1, identifier: record.storeID, fields: T.fields)
      _ = try T(reader: reader)
    } catch {
      throw Self.asInput(error)
    }
    guard !self[keyPath: T.registryKeyPath].contains(where: { $0.storeID == record.storeID }) else {
      throw .duplicateRecord(collection: T.collection, id: record.storeID.quotedInMessage)
    }
    if let mou = record as? MoU {
      insertInOrder(mou)
    } else {
      self[keyPath: T.registryKeyPath].append(record)
    }
    if checkingReferences {
      do {
        try checkReferences()
      } catch {
        self[keyPath: T.registryKeyPath].removeAll { $0.storeID == record.storeID }
        throw Self.asInput(error)
      }
    }
  }

  /// A store error about a record being added, as a refusal of the input (exit 1, not 65):
  /// the store is fine, the new record is not.
  static func asInput(_ error: ProgrammeError) -> ProgrammeError {
    switch error {
    case .invalidRecord(_, _, let field, let reason): .invalidInput(field: field ?? "record", reason: reason)
    case .danglingReference(_, _, let field, let value, let target):
      .invalidInput(field: field, reason: Phrase(.notInFile, ["value": "\(value)", "file": "\(target.fileName)"]))
    default: error
    }
  }
}

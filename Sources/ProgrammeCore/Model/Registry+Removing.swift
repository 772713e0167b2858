/// Taking a record out, whatever its kind.
extension Registry {
  /// Removes the record with this id from the collection that holds it: a milestone, a quick
  /// win, an unconfirmed claim, an announced total, a letter, a ceremony, a cohort or a region
  /// (an MoU as `removeMoU` does, refusing one that milestones or quick wins depend on). A record
  /// others still name (a ceremony its MoUs join, a cohort with members, an MoU with milestones)
  /// is refused, naming them. Returns the collection and the record as it was.
  public mutating func removeRecord(id: String) throws(ProgrammeError) -> (collection: Collection, record: JSONValue) {
    guard let collection = collection(holding: id) else { throw noRecord(id) }
    let naming = records(naming: id, in: collection)
    guard naming.isEmpty else { throw .recordInUse(id: id, records: naming) }
    return (collection, try takeOut(id, from: collection))
  }

  /// The error for an id no record has: a region's name or code is answered with the ids of
  /// the region's records (what `edit` and `remove` could mean), anything else as unknown.
  func noRecord(_ id: String) -> ProgrammeError {
    guard let region = try? RegencyResolver(regencies: regencies, provinces: provinces).resolve(id) else {
      return .unknownRecord(id: id.quotedInMessage)
    }
    let ids =
      mous.filter { $0.regency == region.code }.map(\.id) + milestones.filter { $0.regency == region.code }.map(\.id)
      + quickWins.filter { $0.regency == region.code }.map(\.id) + claims.filter { $0.regency == region.code }.map(\.id)
    return .regionNotRecord(input: id.quotedInMessage, code: region.code, ids: ids)
  }

  /// The collection that holds a record with this id, searched in the order `remove` and `edit`
  /// take them (an MoU first); `nil` when none does.
  public func collection(holding id: String) -> Collection? {
    let order: [Collection] = [
      .mous, .milestones, .quickWins, .claims, .announcedTotals, .letters, .ceremonies, .cohorts, .regencies, .provinces,
      .pillars,
    ]
    return order.first { collection in records(of: collection, holding: id) }
  }

  func records(of collection: Collection, holding id: String) -> Bool {
    record(in: collection, id: id) != nil
  }

  /// The record of a collection with this id, as the store writes it; found in the typed list,
  /// without writing out the rest of the collection (a store may hold a million MoUs).
  func record(in collection: Collection, id: String) -> JSONValue? {
    func find<T: StoreRecord>(_ records: [T]) -> JSONValue? { records.first { $0.storeID == id }?.jsonValue }
    switch collection {
    case .provinces: return find(provinces)
    case .regencies: return find(regencies)
    case .pillars: return find(pillars)
    case .cohorts: return find(cohorts)
    case .letters: return find(letters)
    case .ceremonies: return find(ceremonies)
    case .mous: return find(mous)
    case .announcedTotals: return find(announcedTotals)
    case .claims: return find(claims)
    case .milestones: return find(milestones)
    case .quickWins: return find(quickWins)
    }
  }

  /// Takes a record out of its collection without asking who names it; returns it as stored.
  mutating func takeOut(_ id: String, from collection: Collection) throws(ProgrammeError) -> JSONValue {
    func remove<T: StoreRecord>(_ records: WritableKeyPath<Registry, [T]>) throws(ProgrammeError) -> JSONValue {
      guard let index = self[keyPath: records].firstIndex(where: { $0.storeID == id }) else {
        throw .unknownRecord(id: id.quotedInMessage)
      }
      return self[keyPath: records].remove(at: index).jsonValue
    }
    switch collection {
    case .provinces: return try remove(\.provinces)
    case .regencies: return try remove(\.regencies)
    case .pillars: return try remove(\.pillars)
    case .cohorts: return try remove(\.cohorts)
    case .letters: return try remove(\.letters)
    case .ceremonies: return try remove(\.ceremonies)
    case .mous: return try remove(\.mous)
    case .announcedTotals: return try remove(\.announcedTotals)
    case .claims: return try remove(\.claims)
    case .milestones: return try remove(\.milestones)
    case .quickWins: return try remove(\.quickWins)
    }
  }
}

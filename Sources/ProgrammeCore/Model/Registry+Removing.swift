/// Taking a record out, whatever its kind.
extension Registry {
  /// Removes the record with this id from the collection that holds it: a milestone, a quick
  /// win, an unconfirmed claim, an announced total, a letter, a ceremony, a cohort or a region
  /// (an MoU as `removeMoU` does, refusing one that milestones or quick wins depend on). A record
  /// others still name (a ceremony its MoUs join, a cohort with members) is refused when the
  /// write checks the references. Returns the collection and the record as it was.
  public mutating func removeRecord(id: String) throws(ProgrammeError) -> (collection: Collection, record: JSONValue) {
    if mous.contains(where: { $0.id == id }) { return (.mous, try removeMoU(id).jsonValue) }
    func remove<T: StoreRecord>(_ records: WritableKeyPath<Registry, [T]>) -> JSONValue? {
      guard let index = self[keyPath: records].firstIndex(where: { $0.storeID == id }) else { return nil }
      return self[keyPath: records].remove(at: index).jsonValue
    }
    if let record = remove(\.milestones) { return (.milestones, record) }
    if let record = remove(\.quickWins) { return (.quickWins, record) }
    if let record = remove(\.claims) { return (.claims, record) }
    if let record = remove(\.announcedTotals) { return (.announcedTotals, record) }
    if let record = remove(\.letters) { return (.letters, record) }
    if let record = remove(\.ceremonies) { return (.ceremonies, record) }
    if let record = remove(\.cohorts) { return (.cohorts, record) }
    if let record = remove(\.regencies) { return (.regencies, record) }
    throw .unknownRecord(id: id.quotedInMessage)
  }
}

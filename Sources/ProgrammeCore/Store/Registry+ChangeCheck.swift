#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The check a write makes before it commits: the store it is about to write must load again.
extension Registry {
  /// Reads every record a change added or altered back through the loader's own reader, checks
  /// ids stay unique in every changed collection, and checks every reference. What the next
  /// read would refuse is refused as input (exit 1): the store on disk is still sound. Records
  /// the change left alone were checked when they were read.
  func checkChanges(in changed: [Collection], from original: Registry, path: (Collection) -> String) throws(ProgrammeError) {
    for collection in changed {
      let file = path(collection)
      switch collection {
      case .provinces: try checkChanged(provinces, from: original.provinces, file: file)
      case .regencies: try checkChanged(regencies, from: original.regencies, file: file)
      case .pillars: try checkChanged(pillars, from: original.pillars, file: file)
      case .cohorts: try checkChanged(cohorts, from: original.cohorts, file: file)
      case .letters: try checkChanged(letters, from: original.letters, file: file)
      case .ceremonies: try checkChanged(ceremonies, from: original.ceremonies, file: file)
      case .mous: try checkChanged(mous, from: original.mous, file: file)
      case .announcedTotals: try checkChanged(announcedTotals, from: original.announcedTotals, file: file)
      case .claims: try checkChanged(claims, from: original.claims, file: file)
      case .milestones: try checkChanged(milestones, from: original.milestones, file: file)
      case .quickWins: try checkChanged(quickWins, from: original.quickWins, file: file)
      }
    }
    do {
      try checkReferences(path: path)
    } catch {
      throw Self.asInput(error)
    }
  }

  private func checkChanged<T: StoreRecord>(_ records: [T], from original: [T], file: String) throws(ProgrammeError) {
    // The common case, and the one that must be fast (a million MoUs, one added): both lists
    // in id order, as the store keeps them. Walking them side by side finds the new and changed
    // records, and strictly increasing ids are unique, without hashing every id.
    // By index throughout: a loop over the elements would copy each record.
    func increasing(_ list: [T]) -> Bool {
      list.indices.dropFirst().allSatisfy { list[$0 - 1].storeID.precedesInBytes(list[$0].storeID) }
    }
    if increasing(records) && increasing(original) {
      // A record left as it was is the same bits as its original (the same texts and lists by
      // reference, the same numbers): that settles most of a million without comparing them
      // field by field; any other pair is compared as values.
      let sameBits = { (position: Int, index: Int) -> Bool in
        records.withUnsafeBytes { after in
          original.withUnsafeBytes { before in
            let size = MemoryLayout<T>.stride
            return memcmp(after.baseAddress! + position * size, before.baseAddress! + index * size, MemoryLayout<T>.size) == 0
          }
        }
      }
      var index = 0
      for position in records.indices {
        let id = records[position].storeID
        while index < original.count && original[index].storeID.precedesInBytes(id) { index += 1 }
        if index < original.count,
          sameBits(position, index) || (original[index].storeID == id && original[index] == records[position])
        {
          continue
        }
        try readBack(records[position], among: records, file: file)
      }
      return
    }
    var before: [String: Int] = [:]
    before.reserveCapacity(original.count)
    for (index, record) in original.enumerated() { before[record.storeID] = index }
    var seen = Set<String>(minimumCapacity: records.count)
    for record in records {
      guard seen.insert(record.storeID).inserted else {
        throw .duplicateRecord(collection: T.collection, id: record.storeID.quotedInMessage)
      }
      if let index = before[record.storeID], original[index] == record { continue }
      try readBack(record, among: records, file: file)
    }
  }

  /// Reads a record back through its reader, as the next load will, and requires it to come
  /// back equal; a refusal names the record by its place in the file as it will be written.
  private func readBack<T: StoreRecord>(_ record: T, among records: [T], file: String) throws(ProgrammeError) {
    func read(at place: Int) throws(ProgrammeError) -> T {
      try T(reader: try RecordReader(record.jsonValue, file: file, index: place, identifier: record.storeID, fields: T.fields))
    }
    let readBack: T
    do {
      readBack = try read(at: 0)
    } catch {
      // Only a refusal needs the record's place, which costs a sort of every id.
      let place = Self.place(of: record.storeID, in: records.map(\.storeID).sorted { $0.precedesInBytes($1) })
      do throws(ProgrammeError) {
        _ = try read(at: place)
      } catch {
        throw Self.asInput(error)
      }
      throw Self.asInput(error)
    }
    guard readBack == record else {
      throw .invalidInput(field: record.storeID.quotedInMessage, reason: Phrase(.doesNotReadBack))
    }
  }

  /// The position (from 1) of an id among sorted ids.
  private static func place(of id: String, in sorted: [String]) -> Int {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle].precedesInBytes(id) { low = middle + 1 } else { high = middle }
    }
    return low + 1
  }
}

// MARK: - Messages

extension Message {
  public static let doesNotReadBack = Message(
    english: "would not be read back as written; the change was not saved",
    indonesian: "tidak akan terbaca kembali seperti yang ditulis; perubahan tidak disimpan")
}

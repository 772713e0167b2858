/// Moving whole collections between a registry and the store's files.
extension Registry {
  /// The records of a collection as the store writes them, sorted by id.
  public func records(of collection: Collection) -> [JSONValue] {
    func sorted<T: StoreRecord>(_ records: [T]) -> [JSONValue] {
      records.sorted { $0.storeID.utf8.lexicographicallyPrecedes($1.storeID.utf8) }.map(\.jsonValue)
    }
    switch collection {
    case .provinces: return sorted(provinces)
    case .regencies: return sorted(regencies)
    case .pillars: return sorted(pillars)
    case .cohorts: return sorted(cohorts)
    case .letters: return sorted(letters)
    case .ceremonies: return sorted(ceremonies)
    case .mous: return sorted(mous)
    case .announcedTotals: return sorted(announcedTotals)
    case .claims: return sorted(claims)
    case .milestones: return sorted(milestones)
    case .quickWins: return sorted(quickWins)
    }
  }

  /// How many records a collection holds, without writing them out (every write asks it).
  public func count(of collection: Collection) -> Int {
    switch collection {
    case .provinces: provinces.count
    case .regencies: regencies.count
    case .pillars: pillars.count
    case .cohorts: cohorts.count
    case .letters: letters.count
    case .ceremonies: ceremonies.count
    case .mous: mous.count
    case .announcedTotals: announcedTotals.count
    case .claims: claims.count
    case .milestones: milestones.count
    case .quickWins: quickWins.count
    }
  }

  /// The ids of a collection's records, in the registry's order, without writing the records out.
  public func ids(of collection: Collection) -> [String] {
    switch collection {
    case .provinces: provinces.map(\.storeID)
    case .regencies: regencies.map(\.storeID)
    case .pillars: pillars.map(\.storeID)
    case .cohorts: cohorts.map(\.storeID)
    case .letters: letters.map(\.storeID)
    case .ceremonies: ceremonies.map(\.storeID)
    case .mous: mous.map(\.storeID)
    case .announcedTotals: announcedTotals.map(\.storeID)
    case .claims: claims.map(\.storeID)
    case .milestones: milestones.map(\.storeID)
    case .quickWins: quickWins.map(\.storeID)
    }
  }

  /// The bytes of a collection's file; MoUs, the one collection that grows large, take the
  /// fast path.
  func fileBytes(of collection: Collection) -> [UInt8] {
    fileChunks(of: collection).flatMap { $0 }
  }

  /// The file's bytes in pieces, to be written one after another.
  func fileChunks(of collection: Collection) -> [[UInt8]] {
    if collection == .mous {
      // Usually already in order (the store reads them so and inserts in place): then no sort.
      // By index: an MoU is not copied out, with all its texts, to read its id.
      let inOrder = mous.indices.dropFirst().allSatisfy { mous[$0 - 1].id.precedesInBytes(mous[$0].id) }
      return MoU.fileChunks(inOrder ? mous : mous.sorted { $0.id.precedesInBytes($1.id) })
    }
    return [JSONWriter().bytes(for: .array(records(of: collection)))]
  }

  /// Whether a collection holds the same records as in another registry, in the same order.
  func holdsTheSame(_ collection: Collection, as other: Registry) -> Bool {
    switch collection {
    case .provinces: provinces == other.provinces
    case .regencies: regencies == other.regencies
    case .pillars: pillars == other.pillars
    case .cohorts: cohorts == other.cohorts
    case .letters: letters == other.letters
    case .ceremonies: ceremonies == other.ceremonies
    case .mous: mous == other.mous
    case .announcedTotals: announcedTotals == other.announcedTotals
    case .claims: claims == other.claims
    case .milestones: milestones == other.milestones
    case .quickWins: quickWins == other.quickWins
    }
  }

  /// Takes one collection's records from another registry (a part read on its own).
  mutating func take(_ collection: Collection, from part: Registry) {
    switch collection {
    case .provinces: provinces = part.provinces
    case .regencies: regencies = part.regencies
    case .pillars: pillars = part.pillars
    case .cohorts: cohorts = part.cohorts
    case .letters: letters = part.letters
    case .ceremonies: ceremonies = part.ceremonies
    case .mous: mous = part.mous
    case .announcedTotals: announcedTotals = part.announcedTotals
    case .claims: claims = part.claims
    case .milestones: milestones = part.milestones
    case .quickWins: quickWins = part.quickWins
    }
  }

  /// Replaces a collection with the records read from its file's JSON.
  mutating func load(_ collection: Collection, from value: JSONValue, file: String) throws(ProgrammeError) {
    func read<T: StoreRecord>(_ type: T.Type) throws(ProgrammeError) -> [T] {
      guard let elements = value.arrayValue else {
        throw .invalidRecord(
          file: file, record: Phrase(.theFile), field: nil,
          reason: Phrase(.expectedRecordArray, ["found": value.typeName]))
      }
      var records: [T] = []
      records.reserveCapacity(elements.count)
      var seen = Set<String>()
      for (index, element) in elements.enumerated() {
        // Name the record by its id when it has one, so people can find it in the file.
        let identifier = element[T.idField]?.stringValue
        let reader = try RecordReader(element, file: file, index: index + 1, identifier: identifier, fields: T.fields)
        let decoded = try T(reader: reader)
        guard seen.insert(decoded.storeID).inserted else {
          throw .duplicateID(file: file, id: decoded.storeID.quotedInMessage)
        }
        records.append(decoded)
      }
      return records
    }
    switch collection {
    case .provinces: provinces = try read(Province.self)
    case .regencies: regencies = try read(Regency.self)
    case .pillars: pillars = try read(PillarRecord.self)
    case .cohorts: cohorts = try read(Cohort.self)
    case .letters: letters = try read(SelectionLetter.self)
    case .ceremonies: ceremonies = try read(SigningCeremony.self)
    case .mous: mous = try read(MoU.self)
    case .announcedTotals: announcedTotals = try read(AnnouncedTotal.self)
    case .claims: claims = try read(UnconfirmedClaim.self)
    case .milestones: milestones = try read(Milestone.self)
    case .quickWins: quickWins = try read(QuickWin.self)
    }
  }
}

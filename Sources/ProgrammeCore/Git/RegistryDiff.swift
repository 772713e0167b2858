/// One record added, removed or changed between two versions of a store.
public struct RecordChange: Equatable, Sendable {
  public enum Kind: String, Sendable {
    case added, removed, changed
  }

  public var collection: Collection
  public var id: String
  public var kind: Kind
  /// The record before, as the store writes it; `nil` for an added record.
  public var old: JSONValue?
  /// The record after; `nil` for a removed record.
  public var new: JSONValue?

  /// The top-level fields whose values differ, in name order.
  public var fields: [String] {
    let before = old?.objectValue ?? [:]
    let after = new?.objectValue ?? [:]
    return Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
  }

  /// The record as it is now, or as it was if it is gone.
  public var record: JSONValue { new ?? old ?? .null }

  /// Whether the change concerns a region: the region's own record, or a record naming it
  /// (`regency`, or a letter's `regencies`).
  public func concerns(region code: String) -> Bool {
    [old, new].contains { value in
      guard let value else { return false }
      if collection == .regencies { return value["code"]?.stringValue == code }
      if value["regency"]?.stringValue == code { return true }
      return value["regencies"]?.arrayValue?.contains(.string(code)) == true
    }
  }
}

/// What differs between two versions of a store, record by record: the semantic diff that
/// `smartcity diff`, `log` and git's diff driver print, in place of a diff of JSON lines.
public struct RegistryDiff: Equatable, Sendable {
  /// Every change, by collection (in file order) and then by id.
  public var changes: [RecordChange]

  public var isEmpty: Bool { changes.isEmpty }

  /// The changes from `old` to `new` in the given collections.
  public init(from old: Registry, to new: Registry, in collections: [Collection] = Collection.allCases) {
    var changes: [RecordChange] = []
    for collection in collections.sorted() {
      switch collection {
      case .provinces: changes += Self.changes(old.provinces, new.provinces)
      case .regencies: changes += Self.changes(old.regencies, new.regencies)
      case .pillars: changes += Self.changes(old.pillars, new.pillars)
      case .cohorts: changes += Self.changes(old.cohorts, new.cohorts)
      case .letters: changes += Self.changes(old.letters, new.letters)
      case .ceremonies: changes += Self.changes(old.ceremonies, new.ceremonies)
      case .mous: changes += Self.changes(old.mous, new.mous)
      case .announcedTotals: changes += Self.changes(old.announcedTotals, new.announcedTotals)
      case .claims: changes += Self.changes(old.claims, new.claims)
      case .milestones: changes += Self.changes(old.milestones, new.milestones)
      case .quickWins: changes += Self.changes(old.quickWins, new.quickWins)
      }
    }
    self.changes = changes
  }

  /// A side-by-side walk of the two id-ordered lists: typed records are compared as values, and
  /// only what differs is turned into JSON (a store of a million MoUs differs in a few).
  static func changes<T: StoreRecord>(_ old: [T], _ new: [T]) -> [RecordChange] {
    func ordered(_ records: [T]) -> [T] {
      // By index: a record is not copied out, with all its texts, to read its id.
      let inOrder = records.indices.dropFirst().allSatisfy {
        records[$0 - 1].storeID.utf8.lexicographicallyPrecedes(records[$0].storeID.utf8)
      }
      return inOrder ? records : records.sorted { $0.storeID.utf8.lexicographicallyPrecedes($1.storeID.utf8) }
    }
    let before = ordered(old)
    let after = ordered(new)
    var changes: [RecordChange] = []
    var i = 0
    var j = 0
    while i < before.count || j < after.count {
      if j == after.count || (i < before.count && before[i].storeID.utf8.lexicographicallyPrecedes(after[j].storeID.utf8)) {
        changes.append(
          RecordChange(collection: T.collection, id: before[i].storeID, kind: .removed, old: before[i].jsonValue, new: nil))
        i += 1
      } else if i == before.count || after[j].storeID.utf8.lexicographicallyPrecedes(before[i].storeID.utf8) {
        changes.append(
          RecordChange(collection: T.collection, id: after[j].storeID, kind: .added, old: nil, new: after[j].jsonValue))
        j += 1
      } else {
        if before[i] != after[j] {
          changes.append(
            RecordChange(
              collection: T.collection, id: after[j].storeID, kind: .changed, old: before[i].jsonValue, new: after[j].jsonValue))
        }
        i += 1
        j += 1
      }
    }
    return changes
  }

  /// The changes between two versions of one collection's file; a missing version is empty.
  public static func changes(in collection: Collection, from old: [UInt8]?, to new: [UInt8]?, file: String) throws(ProgrammeError)
    -> [RecordChange]
  {
    func read(_ bytes: [UInt8]?) throws(ProgrammeError) -> Registry {
      var registry = Registry()
      guard let bytes, !bytes.isEmpty else { return registry }
      try registry.load(collection, from: try Store.parse(bytes, file: file), file: file)
      return registry
    }
    return RegistryDiff(from: try read(old), to: try read(new), in: [collection]).changes
  }

  public var jsonValue: JSONValue {
    .array(
      changes.map { change in
        var members: [String: JSONValue] = [
          "collection": .string(change.collection.rawValue), "id": .string(change.id), "change": .string(change.kind.rawValue),
          "old": change.old ?? .null, "new": change.new ?? .null,
        ]
        if change.kind == .changed { members["fields"] = .array(change.fields.map(JSONValue.string)) }
        return .object(members)
      })
  }
}

extension RegistryDiff {
  /// A diff of changes already found (a commit's, in `log`).
  public init(changes: [RecordChange]) {
    self.changes = changes
  }
}

extension Registry {
  /// Whether a record other than a region or province has this id (an MoU's, a milestone's, a
  /// letter's number): `log` then follows that record, and a region's code or name the region.
  public func holdsRecord(id: String) -> Bool {
    func holds<T: StoreRecord>(_ records: [T]) -> Bool { records.contains { $0.storeID == id } }
    return holds(mous) || holds(milestones) || holds(quickWins) || holds(letters) || holds(ceremonies) || holds(cohorts)
      || holds(announcedTotals) || holds(claims) || holds(pillars)
  }
}

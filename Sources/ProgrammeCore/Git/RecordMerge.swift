/// A three-way merge of one collection's file, record by record by id and field by field, as
/// git's merge driver runs it: records added on both sides land, a change made on one side is
/// taken, and the same field changed differently on both sides is a conflict. The result keeps
/// OURS for each conflict, stays loadable, and is written in the store's canonical form, so it
/// is the same whichever side merges.
public struct RecordMerge: Sendable {
  /// A field (or a whole record) that both sides changed differently.
  public struct Conflict: Equatable, Sendable {
    public var file: String
    public var id: String
    /// The field, or `nil` when one side removed the record and the other changed it.
    public var field: String?
    public var base: JSONValue?
    public var ours: JSONValue?
    public var theirs: JSONValue?

    public init(file: String, id: String, field: String?, base: JSONValue?, ours: JSONValue?, theirs: JSONValue?) {
      self.file = file
      self.id = id
      self.field = field
      self.base = base
      self.ours = ours
      self.theirs = theirs
    }

    /// "mous.json mou-2022-32.75: venue: ours "A", theirs "B"".
    public var phrase: Phrase {
      let values: [String: Phrase.Value] = [
        "file": .text(file), "id": .text(id), "ours": RecordChange.text(of: ours), "theirs": RecordChange.text(of: theirs),
        "conflictsFile": .text(RecordMerge.conflictsFile),
      ]
      guard let field else {
        return Phrase(ours == nil ? .mergeConflictRemovedByUs : .mergeConflictRemovedByThem, values)
      }
      return Phrase(.mergeConflictField, values.merging(["field": .text(field)]) { $1 })
    }

    public var jsonValue: JSONValue {
      .object([
        "file": .string(file), "id": .string(id), "field": field.map(JSONValue.string) ?? .null,
        "base": base ?? .null, "ours": ours ?? .null, "theirs": theirs ?? .null,
      ])
    }

    /// Reads a conflict as `conflicts.json` holds it.
    public init?(_ value: JSONValue) {
      guard let file = value["file"]?.stringValue, let id = value["id"]?.stringValue else { return nil }
      func optional(_ key: String) -> JSONValue? { value[key].flatMap { $0 == .null ? nil : $0 } }
      self.init(
        file: file, id: id, field: value["field"]?.stringValue, base: optional("base"), ours: optional("ours"),
        theirs: optional("theirs"))
    }
  }

  /// The file beside the collections where a merge lists its conflicts until they are resolved.
  public static let conflictsFile = "conflicts.json"

  public let collection: Collection

  public init(_ collection: Collection) {
    self.collection = collection
  }

  /// The merged file and its conflicts. An empty base (a file new on both sides has none) holds
  /// no records; an empty side, or a side the loader refuses (a wrong type, an unknown field, a
  /// control character, a broken rule), is refused, and so is a merge whose result the loader
  /// would refuse: nothing is merged that the store would not read.
  public func merge(base: [UInt8], ours: [UInt8], theirs: [UInt8]) throws(ProgrammeError) -> (
    bytes: [UInt8], conflicts: [Conflict]
  ) {
    let file = collection.fileName
    for (side, bytes) in [("ours", ours), ("theirs", theirs)] where Self.isBlank(bytes) {
      throw .emptyFile(path: "\(file) (\(side))")
    }
    let (bytes, conflicts) = try mergeRecords(base: base, ours: ours, theirs: theirs)
    var registry = Registry()
    try registry.load(collection, from: try Store.parse(bytes, file: "\(file) (merged)"), file: "\(file) (merged)")
    return (bytes, conflicts)
  }

  /// Whether a version holds nothing but white space.
  static func isBlank(_ bytes: [UInt8]) -> Bool {
    bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
  }

  func mergeRecords(base: [UInt8], ours: [UInt8], theirs: [UInt8]) throws(ProgrammeError) -> (
    bytes: [UInt8], conflicts: [Conflict]
  ) {
    // MoUs, the collection that grows large, are compared as typed values read by the fast
    // decoder (when all three versions are as the tool writes them); only the records both
    // sides changed become JSON to merge field by field.
    if collection == .mous, let b = Self.mous(base), let o = Self.mous(ours), let t = Self.mous(theirs) {
      var conflicts: [Conflict] = []
      let merged = Self.merge(base: b, ours: o, theirs: t, file: collection.fileName, conflicts: &conflicts)
      return (MoU.fileBytes(merged), conflicts.sorted { ($0.id, $0.field ?? "") < ($1.id, $1.field ?? "") })
    }
    let file = collection.fileName
    let key = CollectionSchema.of(collection).primaryKey
    func records(_ bytes: [UInt8], _ side: String) throws(ProgrammeError) -> [String: JSONValue] {
      guard !Self.isBlank(bytes) else { return [:] }
      let value = try Store.parse(bytes, file: "\(file) (\(side))")
      // Each side as the loader reads it: what the store would refuse is never merged in.
      var checked = Registry()
      try checked.load(collection, from: value, file: "\(file) (\(side))")
      guard let items = value.arrayValue else {
        throw .invalidRecord(
          file: "\(file) (\(side))", record: Phrase(.theFile), field: nil,
          reason: Phrase(.expectedRecordArray, ["found": value.typeName]))
      }
      var result: [String: JSONValue] = [:]
      for item in items {
        guard let id = item[key]?.stringValue else {
          throw .invalidRecord(
            file: "\(file) (\(side))", record: Phrase(.theFile), field: key, reason: Phrase(.expectedNonEmptyString))
        }
        result[id] = item
      }
      return result
    }
    let base = try records(base, "base")
    let ours = try records(ours, "ours")
    let theirs = try records(theirs, "theirs")
    var merged: [JSONValue] = []
    var conflicts: [Conflict] = []
    for id in Set(base.keys).union(ours.keys).union(theirs.keys).sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
      let (b, o, t) = (base[id], ours[id], theirs[id])
      if o == t || t == b {
        if let o { merged.append(o) }
      } else if o == b {
        if let t { merged.append(t) }
      } else if let o, let t {
        let (record, fieldConflicts) = Self.mergeFields(id: id, file: file, base: b?.objectValue ?? [:], ours: o, theirs: t)
        merged.append(record)
        conflicts += fieldConflicts
      } else {
        // One side removed what the other changed: the changed record stays (nothing a person
        // wrote is dropped) and the conflict says who removed it.
        if let kept = o ?? t { merged.append(kept) }
        conflicts.append(Conflict(file: file, id: id, field: nil, base: b, ours: o, theirs: t))
      }
    }
    // The store's canonical form, through the record types (`merge` refuses a result that does
    // not read as such).
    var registry = Registry()
    if (try? registry.load(collection, from: .array(merged), file: file)) != nil {
      return (registry.fileBytes(of: collection), conflicts)
    }
    return (JSONWriter().bytes(for: .array(merged)), conflicts)
  }

  /// An empty version (no base) holds no MoUs; otherwise the fast decoder's reading, or `nil`.
  static func mous(_ bytes: [UInt8]) -> [MoU]? {
    isBlank(bytes) ? [] : MoUStreamDecoder.decode(bytes)
  }

  /// The three-way merge of typed records by id, walking the three id-ordered lists side by
  /// side (no copies into dictionaries: a store's MoUs are large values); in id order.
  static func merge<T: StoreRecord>(base: [T], ours: [T], theirs: [T], file: String, conflicts: inout [Conflict]) -> [T] {
    func ordered(_ records: [T]) -> [T] {
      // By index: a record is not copied out, with all its texts, to read its id.
      let inOrder = records.indices.dropFirst().allSatisfy {
        records[$0 - 1].storeID.utf8.lexicographicallyPrecedes(records[$0].storeID.utf8)
      }
      return inOrder ? records : records.sorted { $0.storeID.utf8.lexicographicallyPrecedes($1.storeID.utf8) }
    }
    let (base, ours, theirs) = (ordered(base), ordered(ours), ordered(theirs))
    var merged: [T] = []
    merged.reserveCapacity(max(ours.count, theirs.count))
    var (i, j, k) = (0, 0, 0)
    while i < base.count || j < ours.count || k < theirs.count {
      // The smallest id among the three lists' next records.
      var id: String? = nil
      for candidate in [
        i < base.count ? base[i].storeID : nil, j < ours.count ? ours[j].storeID : nil,
        k < theirs.count ? theirs[k].storeID : nil,
      ] {
        if let candidate, id.map({ candidate.utf8.lexicographicallyPrecedes($0.utf8) }) ?? true { id = candidate }
      }
      guard let id else { break }
      let bv = i < base.count && base[i].storeID == id ? base[i] : nil
      let ov = j < ours.count && ours[j].storeID == id ? ours[j] : nil
      let tv = k < theirs.count && theirs[k].storeID == id ? theirs[k] : nil
      if bv != nil { i += 1 }
      if ov != nil { j += 1 }
      if tv != nil { k += 1 }
      if ov == tv || tv == bv {
        if let ov { merged.append(ov) }
      } else if ov == bv {
        if let tv { merged.append(tv) }
      } else if let ov, let tv {
        let (record, fieldConflicts) = mergeFields(
          id: id, file: file, base: bv?.jsonValue.objectValue ?? [:], ours: ov.jsonValue, theirs: tv.jsonValue)
        // A merged record that does not read as one (two changes that do not fit together)
        // stays ours, every differing field listed as a conflict.
        if let reader = try? RecordReader(record, file: file, index: 0, identifier: id, fields: T.fields),
          let read = try? T(reader: reader)
        {
          merged.append(read)
          conflicts += fieldConflicts
        } else {
          merged.append(ov)
          conflicts += mergeFields(id: id, file: file, base: [:], ours: ov.jsonValue, theirs: tv.jsonValue).1
        }
      } else {
        if let kept = ov ?? tv { merged.append(kept) }
        conflicts.append(
          Conflict(file: file, id: id, field: nil, base: bv?.jsonValue, ours: ov?.jsonValue, theirs: tv?.jsonValue))
      }
    }
    return merged
  }

  /// Both sides changed a record: each field takes the side that changed it.
  static func mergeFields(
    id: String, file: String, base: [String: JSONValue], ours: JSONValue, theirs: JSONValue
  ) -> (JSONValue, [Conflict]) {
    let o = ours.objectValue ?? [:]
    let t = theirs.objectValue ?? [:]
    var result: [String: JSONValue] = [:]
    var conflicts: [Conflict] = []
    for field in Set(base.keys).union(o.keys).union(t.keys).sorted() {
      let (bv, ov, tv) = (base[field], o[field], t[field])
      let value: JSONValue?
      if ov == tv || tv == bv {
        value = ov
      } else if ov == bv {
        value = tv
      } else {
        value = ov
        conflicts.append(Conflict(file: file, id: id, field: field, base: bv, ours: ov, theirs: tv))
      }
      if let value { result[field] = value }
    }
    return (.object(result), conflicts)
  }

  /// The conflicts a store lists (from `conflicts.json`), or none.
  public static func conflicts(in bytes: [UInt8]) throws(ProgrammeError) -> [Conflict] {
    let value = try Store.parse(bytes, file: conflictsFile)
    return (value.arrayValue ?? []).compactMap(Conflict.init)
  }

  /// The conflicts file's bytes, sorted so that a second merge adds to it in the same order.
  public static func conflictsBytes(_ conflicts: [Conflict]) -> [UInt8] {
    let sorted = conflicts.sorted { ($0.file, $0.id, $0.field ?? "") < ($1.file, $1.id, $1.field ?? "") }
    return JSONWriter().bytes(for: .array(sorted.map(\.jsonValue)))
  }
}

// MARK: - Messages

extension Message {
  public static let mergeConflictField = Message(
    english:
      "{file} {id}: {field} changed on both sides: ours {ours}, theirs {theirs}; the store keeps ours until you choose and remove {conflictsFile}",
    indonesian:
      "{file} {id}: {field} diubah di kedua sisi: milik kita {ours}, milik mereka {theirs}; registri menyimpan milik kita sampai Anda memilih dan menghapus {conflictsFile}"
  )
  public static let mergeConflictRemovedByUs = Message(
    english:
      "{file} {id}: removed on our side, changed on theirs ({theirs}); the store keeps their record until you choose and remove {conflictsFile}",
    indonesian:
      "{file} {id}: dihapus di sisi kita, diubah di sisi mereka ({theirs}); registri menyimpan entri mereka sampai Anda memilih dan menghapus {conflictsFile}"
  )
  public static let mergeConflictRemovedByThem = Message(
    english:
      "{file} {id}: changed on our side ({ours}), removed on theirs; the store keeps our record until you choose and remove {conflictsFile}",
    indonesian:
      "{file} {id}: diubah di sisi kita ({ours}), dihapus di sisi mereka; registri menyimpan entri kita sampai Anda memilih dan menghapus {conflictsFile}"
  )
}

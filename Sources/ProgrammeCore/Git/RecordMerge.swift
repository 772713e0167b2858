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
      self.init(file: file, id: id, field: value["field"]?.stringValue, base: optional("base"), ours: optional("ours"), theirs: optional("theirs"))
    }
  }

  /// The file beside the collections where a merge lists its conflicts until they are resolved.
  public static let conflictsFile = "conflicts.json"

  public let collection: Collection

  public init(_ collection: Collection) {
    self.collection = collection
  }

  /// The merged file and its conflicts. An empty version (a file new on both sides has no
  /// base) holds no records.
  public func merge(base: [UInt8], ours: [UInt8], theirs: [UInt8]) throws(ProgrammeError) -> (bytes: [UInt8], conflicts: [Conflict]) {
    let file = collection.fileName
    let key = CollectionSchema.of(collection).primaryKey
    func records(_ bytes: [UInt8], _ side: String) throws(ProgrammeError) -> [String: JSONValue] {
      guard !bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else { return [:] }
      let value = try Store.parse(bytes, file: "\(file) (\(side))")
      guard let items = value.arrayValue else {
        throw .invalidRecord(
          file: "\(file) (\(side))", record: Phrase(.theFile), field: nil, reason: Phrase(.expectedRecordArray, ["found": value.typeName]))
      }
      var result: [String: JSONValue] = [:]
      for item in items {
        guard let id = item[key]?.stringValue else {
          throw .invalidRecord(file: "\(file) (\(side))", record: Phrase(.theFile), field: key, reason: Phrase(.expectedNonEmptyString))
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
    // The store's canonical form, through the record types where the records read as such.
    var registry = Registry()
    if (try? registry.load(collection, from: .array(merged), file: file)) != nil {
      return (registry.fileBytes(of: collection), conflicts)
    }
    return (JSONWriter().bytes(for: .array(merged)), conflicts)
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

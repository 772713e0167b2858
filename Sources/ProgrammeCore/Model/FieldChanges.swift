/// What to set in a record of any kind, given as text field by field, as a row of its CSV holds
/// it: what `add` and `edit` take for any collection, read by the same rules as `import`.
public struct FieldChanges: Equatable, Sendable {
  /// One field given a value: the field as typed (its JSON key `signedOn`, its CSV column
  /// `signed_on`, or an alias such as `tanggal`) and the value as a CSV cell would hold it.
  public struct Assignment: Equatable, Sendable {
    public var field: String
    public var value: String

    public init(field: String, value: String) {
      self.field = field
      self.value = value
    }

    /// Reads `field=value`; `nil` when there is no `=` or nothing before it.
    public init?(_ text: String) {
      guard let equals = text.firstIndex(of: "=") else { return nil }
      let field = String(text[..<equals]).trimmingWhitespace
      guard !field.isEmpty else { return nil }
      self.init(field: field, value: String(text[text.index(after: equals)...]))
    }
  }

  /// The fields given values, in the order given.
  public var assignments: [Assignment]
  /// The fields to empty, by the same names.
  public var cleared: [String]
  /// Sources to cite in addition to those the record has.
  public var addedSources: [Source]
  /// What the added sources state, for each of them that says nothing yet.
  public var evidence: String?

  public init(
    assignments: [Assignment] = [], cleared: [String] = [], addedSources: [Source] = [], evidence: String? = nil
  ) {
    self.assignments = assignments
    self.cleared = cleared
    self.addedSources = addedSources
    self.evidence = evidence
  }

  /// Whether the change would change nothing.
  public var isEmpty: Bool { assignments.isEmpty && cleared.isEmpty && addedSources.isEmpty }
}

/// What `add` or `edit` did to a record.
public struct RecordWrite: Equatable, Sendable {
  public var collection: Collection
  /// The record as it was (`nil` for a new one) and as it is now, as the store writes them.
  public var before: JSONValue?
  public var after: JSONValue
  /// Notices about the new record, stored all the same (a Bimtek dated before the one it
  /// follows, a cohort past its announced size).
  public var warnings: [Phrase]

  /// The record's id now.
  public var id: String { after[CollectionSchema.of(collection).primaryKey]?.stringValue ?? "" }

  /// The record's id before (the same as `id` unless the change renamed it).
  public var previousID: String? { before?[CollectionSchema.of(collection).primaryKey]?.stringValue }

  /// The fields whose values differ, by JSON key, in byte order.
  public var changedFields: [String] {
    var keys = Set(after.objectValue?.keys.map { $0 } ?? [])
    keys.formUnion(before?.objectValue?.keys.map { $0 } ?? [])
    return keys.filter { before?[$0] != after[$0] }.sorted { $0.precedesInBytes($1) }
  }
}

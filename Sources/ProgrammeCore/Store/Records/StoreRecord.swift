/// A model type kept as one record of a store collection file.
public protocol StoreRecord: Equatable, Sendable {
  /// The collection (and so the file) its records live in.
  static var collection: Collection { get }
  /// Every field a record may have; a stored record with any other field is refused.
  static var fields: Set<String> { get }
  /// The required fields, for the published schemas.
  static var requiredFields: [String] { get }
  /// The field that holds the record's id.
  static var idField: String { get }
  /// Where a registry keeps the collection's records.
  static var registryKeyPath: WritableKeyPath<Registry, [Self]> { get }
  /// The record's unique id within its collection; files are sorted by it.
  var storeID: String { get }
  /// Reads a record, refusing missing, mistyped and unknown fields.
  init(reader: RecordReader) throws(ProgrammeError)
  /// The record as the store writes it.
  var jsonValue: JSONValue { get }
}

/// A record's fields, required fields and id field are those its collection's schema declares
/// (`CollectionSchema`): one declaration, which the readers, the published schemas, SQL and CSV
/// all follow. The conformances themselves (collection, id, reader, writer) are generated from
/// `Sources/RecordDeclarations` (`Generated/StoreRecords+Generated.swift`); a record's rules
/// beyond its fields' types are its `ruleViolation()`, written by hand beside it (`…+Rules.swift`).
extension StoreRecord {
  public static var fields: Set<String> { CollectionSchema.fieldNames[collection] ?? [] }
  public static var requiredFields: [String] { CollectionSchema.of(collection).fields.filter(\.isRequired).map(\.name) }
  public static var idField: String { CollectionSchema.of(collection).primaryKey }
}

extension RecordReader {
  /// The `sources` of a record, each read as a stored source is.
  func sources() throws(ProgrammeError) -> [Source] {
    try objects("sources", fields: Source.fields) { nested throws(ProgrammeError) in try Source(reader: nested) }
  }
}

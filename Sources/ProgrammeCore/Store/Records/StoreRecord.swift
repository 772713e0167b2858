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
/// all follow.
extension StoreRecord {
  public static var fields: Set<String> { CollectionSchema.fieldNames[collection] ?? [] }
  public static var requiredFields: [String] { CollectionSchema.of(collection).fields.filter(\.isRequired).map(\.name) }
  public static var idField: String { CollectionSchema.of(collection).primaryKey }
}

extension Source {
  static let fields = Set(FieldSchema.sourceFields.map(\.name))

  init(reader: RecordReader) throws(ProgrammeError) {
    self.init(
      title: try reader.optionalString("title"), publisher: try reader.optionalString("publisher"),
      date: try reader.optionalDate("date"), url: try reader.optionalString("url"),
      evidence: try reader.optionalString("evidence"), note: try reader.optionalString("note"))
    if title == nil && publisher == nil && url == nil {
      throw reader.failure("title", Phrase(.sourceNeedsTitle))
    }
  }

  var jsonValue: JSONValue {
    var builder = RecordBuilder()
    builder.set("title", title)
    builder.set("publisher", publisher)
    builder.set("date", date)
    builder.set("url", url)
    builder.set("evidence", evidence)
    builder.set("note", note)
    return builder.value
  }
}

extension Signatory {
  static let fields = Set(FieldSchema.signatoryFields.map(\.name))

  init(reader: RecordReader) throws(ProgrammeError) {
    self.init(
      name: try reader.optionalString("name"), office: try reader.optionalString("office"),
      onBehalfOf: try reader.optionalString("onBehalfOf"))
  }

  var jsonValue: JSONValue {
    var builder = RecordBuilder()
    builder.set("name", name)
    builder.set("office", office)
    builder.set("onBehalfOf", onBehalfOf)
    return builder.value
  }
}

extension RecordReader {
  func sources() throws(ProgrammeError) -> [Source] {
    try objects("sources", fields: Source.fields) { reader throws(ProgrammeError) in
      try Source(reader: reader)
    }
  }

  func optionalSignatory(_ key: String) throws(ProgrammeError) -> Signatory? {
    try optionalObject(key, fields: Signatory.fields) { reader throws(ProgrammeError) in
      try Signatory(reader: reader)
    }
  }
}

extension RecordBuilder {
  /// Sources are always written, so an unsourced record shows `"sources": []` in its file.
  mutating func set(sources: [Source]) {
    set("sources", list: sources.map(\.jsonValue), always: true)
  }
}

// MARK: - Messages

extension Message {
  public static let sourceNeedsTitle = Message(
    english: "a source needs at least a title, a publisher or a url",
    indonesian: "sumber memerlukan paling tidak judul, penerbit, atau url")
}

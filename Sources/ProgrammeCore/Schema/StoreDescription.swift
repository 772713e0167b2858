/// The files that describe a store to other tools: `datapackage.json` (a Frictionless Data
/// Package, each collection a tabular resource with its Table Schema) and one JSON Schema
/// (draft 2020-12) per collection file in `schema/`. All made from `CollectionSchema`.
public enum StoreDescription {
  public static let dataPackageFile = "datapackage.json"
  public static let schemaFolder = "schema"

  /// The description's files, by path relative to the store, with their bytes, for a store
  /// whose `empty` collections hold no record.
  public static func files(empty: Set<Collection>) -> [(path: String, bytes: [UInt8])] {
    [(dataPackageFile, JSONWriter().bytes(for: dataPackage(empty: empty)))]
      + CollectionSchema.all.map { schema in
        ("\(schemaFolder)/\(schema.collection.rawValue).schema.json", JSONWriter().bytes(for: jsonSchema(schema)))
      }
  }

  /// The collections of a registry that hold no record.
  public static func emptyCollections(of registry: Registry) -> Set<Collection> {
    Set(Collection.allCases.filter { registry.count(of: $0) == 0 })
  }

  // MARK: Frictionless Data Package

  /// The package. A collection that holds no record is described as a JSON file, not a table:
  /// Frictionless takes a JSON table's header from its first row and cannot read an empty one
  /// (`[]`), so `frictionless validate` passes on a new store too. The write that gives it a
  /// record describes it as a table (`Store.update`), and the tables' foreign keys to it follow.
  public static func dataPackage(empty: Set<Collection>) -> JSONValue {
    .object([
      "name": .string("smartcity-registry"),
      "title": .string("Gerakan Menuju Smart City registry"),
      "description": .string(
        "The regions of Indonesia's Smart City programme, their MoUs, selection letters, cohorts and "
          + "milestones, each record with its sources. Written by the smartcity tool; see README.md."),
      "version": .string("\(Store.formatVersion).0.0"),
      "licenses": .array([licence]),
      "resources": .array(CollectionSchema.all.map { resource($0, empty: empty) }),
    ])
  }

  /// The registry's data is published under CC BY 4.0: whoever reuses it credits the registry
  /// and the sources its records cite. (The map boundaries built into the tool keep their MIT
  /// licence, which ships beside them.)
  public static let licence: JSONValue = .object([
    "name": .string("CC-BY-4.0"),
    "path": .string("https://creativecommons.org/licenses/by/4.0/"),
    "title": .string("Creative Commons Attribution 4.0 International"),
  ])

  /// What a reuser credits, as the licence asks.
  public static let attribution =
    "Gerakan Menuju Smart City registry (smartcity), CC BY 4.0, and the sources each record cites"

  static func resource(_ schema: CollectionSchema, empty: Set<Collection>) -> JSONValue {
    guard !empty.contains(schema.collection) else {
      return .object([
        "name": .string(schema.collection.rawValue),
        "path": .string(schema.collection.fileName),
        "title": .string(schema.title),
        "description": .string(
          schema.description + " It holds no record yet; the write that gives it one describes it as a table."),
        "type": .string("json"),
        "format": .string("json"),
        "mediatype": .string("application/json"),
        "encoding": .string("utf-8"),
      ])
    }
    var tableSchema: [String: JSONValue] = [
      "fields": .array(schema.fields.map(tableField)),
      "primaryKey": .array([.string(schema.primaryKey)]),
    ]
    let foreignKeys = schema.fields.compactMap { field -> JSONValue? in
      // A list of codes cannot be a foreign key in a Table Schema; the JSON Schema and the
      // loader check those.
      guard let reference = field.reference, case .string = field.kind, !empty.contains(reference.collection) else {
        return nil
      }
      return .object([
        "fields": .array([.string(field.name)]),
        "reference": .object([
          "resource": .string(reference.collection.rawValue), "fields": .array([.string(reference.field)]),
        ]),
      ])
    }
    if !foreignKeys.isEmpty { tableSchema["foreignKeys"] = .array(foreignKeys) }
    return .object([
      "name": .string(schema.collection.rawValue),
      "path": .string(schema.collection.fileName),
      "title": .string(schema.title),
      "description": .string(schema.description),
      "type": .string("table"),
      "format": .string("json"),
      "mediatype": .string("application/json"),
      "encoding": .string("utf-8"),
      // Records leave out empty optional fields; naming the keys makes readers take every
      // record's values by name rather than by the first record's keys.
      "dialect": .object(["json": .object(["keys": .array(schema.fields.map { .string($0.name) })])]),
      "schema": .object(tableSchema),
    ])
  }

  static func tableField(_ field: FieldSchema) -> JSONValue {
    var constraints: [String: JSONValue] = [:]
    if field.isRequired { constraints["required"] = .bool(true) }
    let type: String
    switch field.kind {
    case .string:
      type = "string"
      if let values = field.values { constraints["enum"] = .array(values.map(JSONValue.string)) }
      if let pattern = field.pattern { constraints["pattern"] = .string(pattern) }
    case .integer:
      type = "integer"
      if let minimum = field.minimum { constraints["minimum"] = JSONValue(minimum) }
    case .date: type = "date"
    // Table Schema has no partial date; a pattern says which forms are allowed.
    case .reportedDate:
      type = "string"
      constraints["pattern"] = .string(FieldSchema.reportedDatePattern)
    case .strings, .integers, .objects: type = "array"
    case .object: type = "object"
    }
    var descriptor: [String: JSONValue] = [
      "name": .string(field.name), "type": .string(type), "description": .string(field.description),
    ]
    if !constraints.isEmpty { descriptor["constraints"] = .object(constraints) }
    return .object(descriptor)
  }

  // MARK: JSON Schema

  public static func jsonSchema(_ schema: CollectionSchema) -> JSONValue {
    .object([
      "$schema": .string("https://json-schema.org/draft/2020-12/schema"),
      "$id": .string("https://smartcity.example/schema/\(schema.collection.rawValue).schema.json"),
      "title": .string(schema.title),
      "description": .string(schema.description + " The file is an array of records sorted by \(schema.primaryKey)."),
      "type": .string("array"),
      "items": objectSchema(schema.fields),
    ])
  }

  /// The JSON Schema of one record of a collection, as its file's items: what `show --format
  /// json` and `diff --format json` print records as.
  public static func recordSchema(of collection: Collection) -> JSONValue {
    objectSchema(CollectionSchema.of(collection).fields)
  }

  static func objectSchema(_ fields: [FieldSchema]) -> JSONValue {
    var object: [String: JSONValue] = [
      "type": .string("object"),
      "additionalProperties": .bool(false),
      "properties": .object(Dictionary(uniqueKeysWithValues: fields.map { ($0.name, valueSchema($0)) })),
    ]
    let required = fields.filter(\.isRequired).map(\.name)
    if !required.isEmpty { object["required"] = .array(required.map(JSONValue.string)) }
    if fields.map(\.name) == FieldSchema.sourceFields.map(\.name) {
      // A source needs something to find it by.
      object["anyOf"] = .array(["title", "publisher", "url"].map { .object(["required": .array([.string($0)])]) })
    }
    return .object(object)
  }

  static func valueSchema(_ field: FieldSchema) -> JSONValue {
    var value: [String: JSONValue]
    func stringSchema() -> [String: JSONValue] {
      var string: [String: JSONValue] = ["type": .string("string"), "minLength": JSONValue(1)]
      if let values = field.values { string["enum"] = .array(values.map(JSONValue.string)) }
      if let pattern = field.pattern { string["pattern"] = .string(pattern) }
      return string
    }
    switch field.kind {
    case .string: value = stringSchema()
    case .integer:
      value = ["type": .string("integer")]
      if let minimum = field.minimum { value["minimum"] = JSONValue(minimum) }
    case .date: value = ["type": .string("string"), "format": .string("date"), "pattern": .string(FieldSchema.datePattern)]
    case .reportedDate: value = ["type": .string("string"), "pattern": .string(FieldSchema.reportedDatePattern)]
    case .strings: value = ["type": .string("array"), "items": .object(stringSchema())]
    case .integers: value = ["type": .string("array"), "items": .object(["type": .string("integer")])]
    case .object(let fields): value = objectSchema(fields).objectValue ?? [:]
    case .objects(let fields): value = ["type": .string("array"), "items": objectSchema(fields)]
    }
    value["description"] = .string(field.description)
    return .object(value)
  }
}

extension Store {
  /// The collections whose files hold no record (`[]`), read from the files as they are.
  func emptyCollections() -> Set<Collection> {
    Set(
      Collection.allCases.filter { collection in
        guard let bytes = try? fileSystem.readFile(at: path(collection.fileName)) else { return false }
        return bytes.filter { ![0x20, 0x0A, 0x0D, 0x09].contains($0) } == Array("[]".utf8)
      })
  }

  /// Writes (or brings up to date) `datapackage.json` and `schema/` in the store, each file
  /// replaced atomically under the store's lock. Returns the files that changed.
  @discardableResult
  public func writeDescription() throws(ProgrammeError) -> [String] {
    try checkDirectory()
    let lock = try acquireLock(exclusive: true)
    defer { lock.release() }
    var changed: [String] = []
    do {
      try fileSystem.createDirectory(at: path(StoreDescription.schemaFolder))
      for file in StoreDescription.files(empty: emptyCollections())
      where (try? fileSystem.readFile(at: path(file.path))) != file.bytes {
        let temporary = path(file.path + ".tmp-\(Self.processID)")
        try fileSystem.writeFile(file.bytes, to: temporary, permissions: 0o644)
        try fileSystem.rename(temporary, to: path(file.path))
        changed.append(file.path)
      }
      try fileSystem.synchronizeDirectory(at: directory)
    } catch {
      throw .writeFailed(path: error.path, reason: error.reason)
    }
    return changed
  }
}

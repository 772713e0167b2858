/// The description of the registry's CSV files (`RecordCSV`, as `export --format csv` writes
/// them and the site offers them): a Frictionless Data Package whose resources are exactly the
/// files published beside it.
extension StoreDescription {
  /// The package for a folder of the CSV files, with `others` (path, name, format, media type)
  /// published beside them and described as files.
  public static func csvPackage(others: [(path: String, name: String, format: String, mediatype: String)]) -> JSONValue {
    .object([
      "name": .string("smartcity-registry-csv"),
      "title": .string("Gerakan Menuju Smart City registry, as CSV"),
      "description": .string(
        "The registry's collections as CSV files, one row per record: a nested object is a column per inner field "
          + "(regional_signatory_name), a list of values one cell with the values apart by commas, a list of "
          + "objects (sources, officials) one cell of JSON or, for sources that are only addresses, one address "
          + "a line. Written by the smartcity tool; 'smartcity import' reads them back."),
      "version": .string("\(Store.formatVersion).0.0"),
      "licenses": .array([licence]),
      "resources": .array(
        CollectionSchema.all.map(csvResource)
          + others.map { other in
            .object([
              "name": .string(other.name), "path": .string(other.path), "type": .string("file"),
              "format": .string(other.format), "mediatype": .string(other.mediatype),
            ])
          }),
    ])
  }

  static func csvResource(_ schema: CollectionSchema) -> JSONValue {
    let codec = RecordCSV(schema.collection)
    var fields: [JSONValue] = []
    for field in schema.fields {
      if case .object(let inner) = field.kind {
        for part in inner {
          fields.append(
            csvField(field.snakeCaseName + "_" + part.snakeCaseName, type: "string", description: part.description))
        }
        continue
      }
      var constraints: [String: JSONValue] = [:]
      // A nested or listed value is text in a cell; the store's JSON Schema says its shape.
      if field.isRequired, !field.kind.isList { constraints["required"] = .bool(true) }
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
      case .reportedDate:
        type = "string"
        constraints["pattern"] = .string(FieldSchema.reportedDatePattern)
      case .strings, .integers, .objects, .object: type = "string"
      }
      fields.append(csvField(field.snakeCaseName, type: type, description: field.description, constraints: constraints))
    }
    assert(fields.count == codec.columns.count)
    var tableSchema: [String: JSONValue] = [
      "fields": .array(fields),
      "primaryKey": .array([.string(FieldSchema.snakeCase(schema.primaryKey))]),
      // An empty cell is a missing value; nothing else is.
      "missingValues": .array([.string("")]),
    ]
    let foreignKeys = schema.fields.compactMap { field -> JSONValue? in
      guard let reference = field.reference, case .string = field.kind else { return nil }
      return .object([
        "fields": .array([.string(field.snakeCaseName)]),
        "reference": .object([
          "resource": .string(reference.collection.rawValue),
          "fields": .array([.string(FieldSchema.snakeCase(reference.field))]),
        ]),
      ])
    }
    if !foreignKeys.isEmpty { tableSchema["foreignKeys"] = .array(foreignKeys) }
    return .object([
      "name": .string(schema.collection.rawValue),
      "path": .string(schema.collection.rawValue + ".csv"),
      "title": .string(schema.title),
      "description": .string(schema.description),
      "type": .string("table"),
      "format": .string("csv"),
      "mediatype": .string("text/csv"),
      "encoding": .string("utf-8"),
      "dialect": .object(["csv": .object(["delimiter": .string(","), "lineTerminator": .string("\r\n")])]),
      "schema": .object(tableSchema),
    ])
  }

  static func csvField(
    _ name: String, type: String, description: String, constraints: [String: JSONValue] = [:]
  ) -> JSONValue {
    var descriptor: [String: JSONValue] = [
      "name": .string(name), "type": .string(type), "description": .string(description),
    ]
    if !constraints.isEmpty { descriptor["constraints"] = .object(constraints) }
    return .object(descriptor)
  }
}

extension FieldSchema.Kind {
  /// Whether the value is a list (of values or of objects).
  var isList: Bool {
    switch self {
    case .strings, .integers, .objects: true
    default: false
    }
  }
}

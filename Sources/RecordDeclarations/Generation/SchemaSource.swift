/// `CollectionSchema.all` and the nested field lists: what the published JSON Schemas,
/// `datapackage.json`, SQL, CSV and the readers' key checks are made from.
enum SchemaSource {
  static func file() -> String {
    var source = SwiftSource()
    source.block("extension CollectionSchema {") { source in
      source.line("/// Every collection's schema, in the order that records must be loaded into a database (a")
      source.line("/// record after those it refers to).")
      source.block("public static let all: [CollectionSchema] = [", closing: "]") { source in
        for record in RecordDeclaration.all {
          source.block("CollectionSchema(", closing: "),") { source in
            source.line("collection: .\(record.collection),")
            source.line("recordName: \(SwiftSource.literal(record.recordName)),")
            source.line("title: \(SwiftSource.literal(record.title)),")
            source.line("description: \(SwiftSource.literal(record.description)),")
            source.line("primaryKey: \(SwiftSource.literal(record.primaryKey)),")
            fieldList("fields: [", record.fields, closing: "]", into: &source)
          }
        }
      }
    }
    source.line()
    source.block("extension FieldSchema {") { source in
      for (index, nested) in RecordDeclaration.nested.enumerated() {
        if index > 0 { source.line() }
        fieldList("static let \(nested.name)Fields: [FieldSchema] = [", nested.fields, closing: "]", into: &source)
      }
    }
    return source.text
  }

  static func fieldList(_ opening: String, _ fields: [FieldDeclaration], closing: String, into source: inout SwiftSource) {
    source.block(opening, closing: closing) { source in
      for field in fields { source.line(schema(of: field) + ",") }
    }
  }

  /// `FieldSchema("code", .string, "…", required: true, pattern: "…")`.
  static func schema(of field: FieldDeclaration) -> String {
    var arguments = [SwiftSource.literal(field.name), kind(of: field.type), SwiftSource.literal(field.documentation)]
    if field.isRequired { arguments.append("required: true") }
    switch field.type {
    case .choice(let type), .choices(let type): arguments.append("values: \(type).allCases.map(\\.rawValue)")
    default: break
    }
    if let pattern = field.pattern { arguments.append("pattern: \(SwiftSource.literal(pattern))") }
    if let minimum = field.minimum { arguments.append("minimum: \(minimum)") }
    if let (collection, key) = field.references {
      arguments.append("references: (.\(collection), \(SwiftSource.literal(key)))")
    }
    return "FieldSchema(\(arguments.joined(separator: ", ")))"
  }

  static func kind(of type: FieldDeclaration.FieldType) -> String {
    switch type {
    case .text, .choice: ".string"
    case .integer: ".integer"
    case .day: ".date"
    case .reportedDate: ".reportedDate"
    case .texts, .choices: ".strings"
    case .integers: ".integers"
    case .object(let nested): ".object(FieldSchema.\(nested.name)Fields)"
    case .objects(let nested): ".objects(FieldSchema.\(nested.name)Fields)"
    }
  }
}

/// Each record's `StoreRecord` conformance (its collection, id, reader and writer) and each
/// nested structure's reader and writer: the reference path, which reads a JSON tree and words
/// every error.
enum CodecSource {
  static func file() -> String {
    var source = SwiftSource()
    for (index, record) in RecordDeclaration.all.enumerated() {
      if index > 0 { source.line() }
      conformance(of: record, into: &source)
    }
    for nested in RecordDeclaration.nested {
      source.line()
      source.block("extension \(nested.typeName) {") { source in
        let names = nested.fields.map { SwiftSource.literal($0.name) }.joined(separator: ", ")
        source.line("static let fields: Set<String> = [\(names)]")
        source.line()
        reader(
          "init(reader: RecordReader) throws(ProgrammeError) {", nested.fields, hasRules: nested.hasRules,
          derivesID: false, into: &source)
        source.line()
        writer("var jsonValue: JSONValue {", nested.fields, into: &source)
      }
    }
    return source.text
  }

  static func conformance(of record: RecordDeclaration, into source: inout SwiftSource) {
    source.block("extension \(record.typeName): StoreRecord {") { source in
      let key = record.fields.first { $0.name == record.primaryKey }
      source.line("public static let collection = Collection.\(record.collection)")
      source.line(
        "public static var registryKeyPath: WritableKeyPath<Registry, [\(record.typeName)]> { \\.\(record.registryProperty) }")
      if case .choice = key?.type {
        source.line("public var storeID: String { \(record.primaryKey).rawValue }")
      } else {
        source.line("public var storeID: String { \(record.primaryKey) }")
      }
      source.line()
      reader(
        "public init(reader: RecordReader) throws(ProgrammeError) {", record.initializerFields,
        hasRules: record.hasRules, derivesID: record.derivesID, into: &source)
      source.line()
      writer("public var jsonValue: JSONValue {", record.fields, into: &source)
    }
  }

  /// Reads every field by its type, then applies the model's rules and checks a made id.
  static func reader(
    _ opening: String, _ fields: [FieldDeclaration], hasRules: Bool, derivesID: Bool, into source: inout SwiftSource
  ) {
    source.block(opening) { source in
      source.block("self.init(", closing: ")") { source in
        for (index, field) in fields.enumerated() {
          let comma = index < fields.count - 1 ? "," : ""
          source.line("\(field.name): try \(read(field))\(comma)")
        }
      }
      if hasRules {
        source.line("if let violation = ruleViolation() { throw reader.failure(violation.field, violation.reason) }")
      }
      if derivesID { source.line("try reader.expectID(id)") }
    }
  }

  /// The reader call for a field: `reader.optionalString("venue")`.
  static func read(_ field: FieldDeclaration) -> String {
    let key = SwiftSource.literal(field.name)
    let required = field.isRequired
    switch field.type {
    case .text: return required ? "reader.string(\(key))" : "reader.optionalString(\(key))"
    case .integer:
      let minimum = field.minimum.map { ", minimum: \($0)" } ?? ""
      return required ? "reader.int(\(key)\(minimum))" : "reader.optionalInt(\(key)\(minimum))"
    case .day: return required ? "reader.date(\(key))" : "reader.optionalDate(\(key))"
    case .reportedDate: return required ? "reader.reportedDate(\(key))" : "reader.optionalReportedDate(\(key))"
    case .choice(let type):
      return required ? "reader.value(\(key), as: \(type).self)" : "reader.optionalValue(\(key), as: \(type).self)"
    case .texts: return "reader.strings(\(key))"
    case .integers: return "reader.ints(\(key))"
    case .choices(let type): return "reader.values(\(key), as: \(type).self)"
    case .object(let nested):
      let method = required ? "object" : "optionalObject"
      return
        "reader.\(method)(\(key), fields: \(nested.typeName).fields) { nested throws(ProgrammeError) in try \(nested.typeName)(reader: nested) }"
    case .objects(let nested):
      return
        "reader.objects(\(key), fields: \(nested.typeName).fields) { nested throws(ProgrammeError) in try \(nested.typeName)(reader: nested) }"
    }
  }

  /// Writes every field: absent optional ones are left out, lists always written.
  static func writer(_ opening: String, _ fields: [FieldDeclaration], into source: inout SwiftSource) {
    source.block(opening) { source in
      source.line("var builder = RecordBuilder()")
      for field in fields {
        let name = field.name
        let key = SwiftSource.literal(name)
        switch field.type {
        case .text, .integer, .day, .reportedDate, .choice: source.line("builder.set(\(key), \(name))")
        case .texts: source.line("builder.set(\(key), list: \(name).map(JSONValue.string), always: true)")
        case .integers: source.line("builder.set(\(key), list: \(name).map { JSONValue($0) }, always: true)")
        case .choices: source.line("builder.set(\(key), list: \(name).map { .string($0.rawValue) }, always: true)")
        case .object: source.line("builder.set(\(key), \(name)\(field.isRequired ? "" : "?").jsonValue)")
        case .objects: source.line("builder.set(\(key), list: \(name).map(\\.jsonValue), always: true)")
        }
      }
      source.line("return builder.value")
    }
  }
}

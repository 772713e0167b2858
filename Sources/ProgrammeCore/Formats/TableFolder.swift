/// The registry as a folder of flat CSV tables, as relational data people expect: the same
/// tables as the SQL export (`SQLWriter.tables(of:)`, one definition), each collection a table of
/// its scalar fields and nested objects' columns, each list a child table keyed by the record's
/// id and the item's position (`mous_sources.csv`: one row per source, with its own evidence).
/// No cell holds JSON. `package` describes exactly those files for Frictionless; `records`
/// reads a folder back into each collection's rows, as `import` takes them.
public enum TableFolder {
  /// Every table's file name (`mous.csv`, `mous_sources.csv`, …) and bytes, in load order.
  public static func files(for registry: Registry, writer: CSVWriter = CSVWriter()) -> [(name: String, bytes: [UInt8])] {
    CollectionSchema.all.flatMap { schema in
      let records = registry.records(of: schema.collection)
      return SQLWriter().tables(of: schema).map { table in
        let rows = records.flatMap { table.rows(of: $0) }.map { $0.map(cell) }
        let data = DataTable(
          columns: table.columns.map { DataTable.Column($0.name, .verbatim($0.name)) }, rows: rows)
        return (table.name + ".csv", Array(writer.string(for: data).utf8))
      }
    }
  }

  static func cell(_ value: JSONValue) -> TableValue {
    switch value {
    case .null: .null
    case .string(let text): .text(text)
    case .bool(let flag): .text(flag ? "true" : "false")
    case .number: value.intValue.map { .integer($0) } ?? .text(JSONWriter(pretty: false).string(for: value))
    case .array, .object: .text(JSONWriter(pretty: false).string(for: value))
    }
  }

  /// The data package of a folder of these tables (and `others` beside them, as files): each
  /// table with its Table Schema, primary key and foreign keys, the CSV dialect and the licence.
  public static func package(
    writer: CSVWriter = CSVWriter(), others: [(path: String, name: String, format: String, mediatype: String)] = []
  ) -> JSONValue {
    var resources: [JSONValue] = []
    for schema in CollectionSchema.all {
      for table in SQLWriter().tables(of: schema) {
        let fields: [JSONValue] = table.columns.map { column in
          var descriptor: [String: JSONValue] = [
            "name": .string(column.name),
            "type": .string(column.type == "INTEGER" ? "integer" : column.type == "DATE" ? "date" : "string"),
          ]
          if column.isRequired { descriptor["constraints"] = .object(["required": .bool(true)]) }
          return .object(descriptor)
        }
        var tableSchema: [String: JSONValue] = [
          "fields": .array(fields), "primaryKey": .array(table.primaryKey.map(JSONValue.string)),
          // An empty cell is a missing value; nothing else is.
          "missingValues": .array([.string("")]),
        ]
        let foreignKeys = table.columns.compactMap { column -> JSONValue? in
          guard let reference = column.reference else { return nil }
          return .object([
            "fields": .array([.string(column.name)]),
            "reference": .object([
              "resource": .string(reference.table), "fields": .array([.string(reference.column)]),
            ]),
          ])
        }
        if !foreignKeys.isEmpty { tableSchema["foreignKeys"] = .array(foreignKeys) }
        let isMain = table.name == schema.tableName
        resources.append(
          .object([
            "name": .string(table.name),
            "path": .string(table.name + ".csv"),
            "title": .string(
              isMain ? schema.title : schema.title + ": " + String(table.name.dropFirst(schema.tableName.count + 1))),
            "description": .string(
              isMain
                ? schema.description
                : "One row per item of a list of \(schema.tableName), keyed by the record's id and the item's position."),
            "type": .string("table"),
            "format": .string("csv"),
            "mediatype": .string("text/csv"),
            "encoding": .string(writer.byteOrderMark ? "utf-8-sig" : "utf-8"),
            "dialect": .object([
              "csv": .object(["delimiter": .string(String(writer.delimiter)), "lineTerminator": .string("\r\n")])
            ]),
            "schema": .object(tableSchema),
          ]))
      }
    }
    resources += others.map { other in
      .object([
        "name": .string(other.name), "path": .string(other.path), "type": .string("file"),
        "format": .string(other.format), "mediatype": .string(other.mediatype),
      ])
    }
    return .object([
      "name": .string("smartcity-registry-tables"),
      "title": .string("Gerakan Menuju Smart City registry, as flat tables"),
      "description": .string(
        "The registry's collections as CSV tables, the same as its SQL export: each collection a table, each list "
          + "a child table keyed by the record's id and the item's position. Written by the smartcity tool; "
          + "'smartcity import DIR' reads the folder back."),
      "version": .string("\(Store.formatVersion).0.0"),
      "licenses": .array([StoreDescription.licence]),
      "resources": .array(resources),
    ])
  }

  /// The records a folder's tables hold, per collection whose table is there, in load order:
  /// `file` reads a table's bytes by its file name, `nil` when the folder has none.
  public static func records(
    reading file: (String) throws(ProgrammeError) -> [UInt8]?
  ) throws(ProgrammeError) -> [(collection: Collection, file: String, records: [JSONValue])] {
    var result: [(Collection, String, [JSONValue])] = []
    for schema in CollectionSchema.all {
      let tables = SQLWriter().tables(of: schema)
      guard let main = tables.first, let mainBytes = try file(main.name + ".csv") else { continue }
      var records = try rows(mainBytes, file: main.name + ".csv").map { cells -> JSONValue in
        var members: [String: JSONValue] = [:]
        for field in schema.fields {
          switch field.kind {
          case .object(let inner):
            var object: [String: JSONValue] = [:]
            for part in inner {
              if let text = cells[field.snakeCaseName + "_" + part.snakeCaseName], !text.isEmpty {
                object[part.name] = value(text, part.kind)
              }
            }
            if !object.isEmpty { members[field.name] = .object(object) }
          case .integer:
            if let text = cells[field.snakeCaseName], !text.isEmpty { members[field.name] = value(text, field.kind) }
          case .strings, .integers, .objects: members[field.name] = .array([])
          default:
            if let text = cells[field.snakeCaseName], !text.isEmpty { members[field.name] = .string(text) }
          }
        }
        return .object(members)
      }
      // The lists, from their child tables, in the items' order.
      let key = schema.primaryKey
      let index = Dictionary(
        records.enumerated().compactMap { position, record in record[key]?.stringValue.map { ($0, position) } },
        uniquingKeysWith: { first, _ in first })
      for (field, table) in zip(schema.fields.filter(\.kind.isList), tables.dropFirst()) {
        guard let bytes = try file(table.name + ".csv") else { continue }
        let parent = table.columns[0].name
        var items: [Int: [(Int, JSONValue)]] = [:]
        for cells in try rows(bytes, file: table.name + ".csv") {
          guard let id = cells[parent], let position = index[id] else {
            throw .importFailed(
              file: table.name + ".csv",
              problems: [Phrase(.tableRowWithoutRecord, ["id": .text(cells[parent] ?? ""), "table": .text(main.name)])])
          }
          let order = Int(cells["position"] ?? "") ?? 0
          let item: JSONValue
          if case .objects(let inner) = field.kind {
            var object: [String: JSONValue] = [:]
            for part in inner {
              if let text = cells[part.snakeCaseName], !text.isEmpty { object[part.name] = value(text, part.kind) }
            }
            item = .object(object)
          } else {
            let text = cells["value"] ?? ""
            item = field.kind.isIntegers ? (Int(text).map(JSONValue.init) ?? .string(text)) : .string(text)
          }
          items[position, default: []].append((order, item))
        }
        for (position, list) in items {
          guard case .object(var members) = records[position] else { continue }
          members[field.name] = .array(list.sorted { $0.0 < $1.0 }.map(\.1))
          records[position] = .object(members)
        }
      }
      result.append((schema.collection, main.name + ".csv", records))
    }
    return result
  }

  /// A cell's text as the field's value: a whole number for an integer field (the reader refuses
  /// anything else, naming the row), text otherwise.
  static func value(_ text: String, _ kind: FieldSchema.Kind) -> JSONValue {
    if case .integer = kind { return Int(text).map(JSONValue.init) ?? .string(text) }
    return .string(text)
  }

  /// A table's rows as cells by column name.
  static func rows(_ bytes: [UInt8], file: String) throws(ProgrammeError) -> [[String: String]] {
    let rows: [CSVReader.Row]
    do {
      rows = try CSVReader().rows(bytes)
    } catch {
      throw .importFailed(file: file, problems: [Registry.problem(line: error.line, error.reason)])
    }
    guard let header = rows.first?.fields else { return [] }
    return rows.dropFirst().map { row in
      Dictionary(zip(header, row.fields).map { ($0, $1) }, uniquingKeysWith: { first, _ in first })
    }
  }
}

extension Registry {
  /// Imports a folder of flat tables (`TableFolder`), every collection whose table is there, in
  /// load order, each through the import's row reader as its CSV rows would be.
  public mutating func importTables(
    reading file: (String) throws(ProgrammeError) -> [UInt8]?
  ) throws(ProgrammeError) -> [(collection: Collection, file: String, summary: ImportSummary)] {
    var summaries: [(Collection, String, ImportSummary)] = []
    for (collection, name, records) in try TableFolder.records(reading: file) {
      let codec = RecordCSV(collection)
      let table = DataTable(columns: codec.columns.map { DataTable.Column($0, .verbatim($0)) }, rows: records.map(codec.row))
      summaries.append(
        (collection, name, try importCSV(Array(CSVWriter().string(for: table).utf8), into: collection, file: name)))
    }
    return summaries
  }
}

extension Message {
  public static let tableRowWithoutRecord = Message(
    english: "a row names '{id}', which {table}.csv does not hold",
    indonesian: "sebuah baris menyebut '{id}', yang tidak ada di {table}.csv")
}

extension FieldSchema.Kind {
  /// Whether the value is a list (of values or of objects): a child table of its own.
  var isList: Bool {
    switch self {
    case .strings, .integers, .objects: true
    default: false
    }
  }
}

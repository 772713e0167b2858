/// A registry as one SQL script: `CREATE TABLE` statements with primary and foreign keys, then
/// the data, in one transaction. Loads as is into SQLite (`sqlite3 db < file.sql`) and
/// PostgreSQL (`psql -f file.sql`): only standard types, quoted identifiers, and string
/// literals with doubled quotes.
///
/// Each collection is a table of its scalar fields; a nested object becomes columns
/// (`regional_signatory_name`); a list becomes a child table (`mous_sources`, `letters_regencies`)
/// keyed by the parent's key and the item's position.
///
/// The script can be run again into the same database: it creates its tables only where they
/// are missing and empties them (children before parents) before it loads, so it replaces the
/// data rather than failing on it, and the views a user has built on its tables stay as they
/// are. (A table of an older version whose columns differ makes the load fail, in its
/// transaction: nothing changes.) The view
/// `mous_as_signed` gives each MoU what it takes from its ceremony where it states none
/// (`MoUAsSigned.takenFromCeremony`), as `show` and the site print them.
public struct SQLWriter {
  /// Rows per `INSERT`, so that no statement grows huge.
  static let rowsPerInsert = 500

  public init() {}

  /// The whole script, in pieces to be written one after another.
  public func script(for registry: Registry) -> [String] {
    var pieces = ["-- smartcity registry export: the tables, then the data.\nBEGIN;\n"]
    let tables = CollectionSchema.all.flatMap(tables(of:))
    pieces.append("DROP VIEW IF EXISTS \"mous_as_signed\";\n")
    pieces += tables.map { $0.createStatement }
    // Children refer to their parents, and later collections to earlier ones: empty in reverse.
    pieces += tables.reversed().map { "DELETE FROM \(quoted($0.name));\n" }
    pieces.append(asSignedView)
    for schema in CollectionSchema.all {
      let records = registry.records(of: schema.collection)
      for table in self.tables(of: schema) {
        let rows = records.flatMap { table.rows(of: $0) }
        var start = 0
        while start < rows.count {
          let batch = rows[start..<min(start + Self.rowsPerInsert, rows.count)]
          pieces.append(
            "INSERT INTO \(quoted(table.name)) (\(table.columns.map { quoted($0.name) }.joined(separator: ", "))) VALUES\n"
              + batch.map { "(" + $0.map(literal).joined(separator: ", ") + ")" }.joined(separator: ",\n") + ";\n")
          start += Self.rowsPerInsert
        }
      }
    }
    pieces.append("COMMIT;\n")
    return pieces
  }

  /// A collection's table and its child tables.
  /// The view of the MoUs as signed: each column of a field `MoUAsSigned` takes from the
  /// ceremony, the MoU's own value or else the ceremony's, as `signing_<column>`.
  var asSignedView: String {
    let mous = tables(of: CollectionSchema.of(.mous))[0].columns.map(\.name)
    let ceremonies = Set(tables(of: CollectionSchema.of(.ceremonies))[0].columns.map(\.name))
    let taken = MoUAsSigned.takenFromCeremony.map(FieldSchema.snakeCase).flatMap { field in
      mous.filter { ($0 == field || $0.hasPrefix(field + "_")) && ceremonies.contains($0) }
    }
    let columns = taken.map { "  COALESCE(m.\(quoted($0)), c.\(quoted($0))) AS \(quoted("signing_" + $0))" }
    return "CREATE VIEW \"mous_as_signed\" AS SELECT m.*,\n" + columns.joined(separator: ",\n")
      + "\nFROM \"mous\" m LEFT JOIN \"ceremonies\" c ON c.\"id\" = m.\"ceremony\";\n\n"
  }

  func tables(of schema: CollectionSchema) -> [Table] {
    let key = schema.fields.first { $0.name == schema.primaryKey }
    let parentKey = Column(
      name: schema.recordName + "_" + (key?.snakeCaseName ?? "id"),
      type: "TEXT", isRequired: true, reference: (schema.tableName, key?.snakeCaseName ?? "id"))
    var main = Table(name: schema.tableName, columns: [], primaryKey: [key?.snakeCaseName ?? "id"], extract: [])
    var children: [Table] = []
    for field in schema.fields {
      switch field.kind {
      // A reported date may be a month or a year ("2024-06"), which no SQL DATE holds: TEXT.
      case .string, .integer, .date, .reportedDate:
        main.columns.append(Column(field: field))
        main.extract.append { $0[field.name] ?? .null }
      case .object(let nested):
        for inner in nested {
          main.columns.append(
            Column(name: field.snakeCaseName + "_" + inner.snakeCaseName, type: "TEXT", isRequired: false, reference: nil))
          main.extract.append { $0[field.name]?[inner.name] ?? .null }
        }
      case .strings, .integers, .objects:
        let items: [FieldSchema] =
          if case .objects(let nested) = field.kind { nested } else {
            [
              FieldSchema(
                "value", field.kind.isIntegers ? .integer : .string, field.description, required: true,
                references: field.reference.map { ($0.collection, $0.field) })
            ]
          }
        var child = Table(
          name: schema.tableName + "_" + field.snakeCaseName,
          columns: [parentKey, Column(name: "position", type: "INTEGER", isRequired: true, reference: nil)]
            + items.map(Column.init(field:)),
          primaryKey: [parentKey.name, "position"], extract: [])
        child.expand = { record in
          (record[field.name]?.arrayValue ?? []).enumerated().map { position, item in
            [record[schema.primaryKey] ?? .null, JSONValue(position + 1)]
              + items.map { inner in item.objectValue == nil ? item : (item[inner.name] ?? .null) }
          }
        }
        children.append(child)
      }
    }
    return [main] + children
  }

  func quoted(_ identifier: String) -> String {
    "\"" + identifier + "\""
  }

  /// A value as an SQL literal.
  func literal(_ value: JSONValue) -> String {
    switch value {
    case .null: return "NULL"
    case .bool(let flag): return flag ? "TRUE" : "FALSE"
    case .number(let number): return number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    case .string(let text):
      return "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
    case .array, .object: return literal(.string(JSONWriter(pretty: false).string(for: value)))
    }
  }

  struct Column {
    var name: String
    var type: String
    var isRequired: Bool
    /// The table and column it refers to.
    var reference: (table: String, column: String)?

    init(name: String, type: String, isRequired: Bool, reference: (String, String)?) {
      self.name = name
      self.type = type
      self.isRequired = isRequired
      self.reference = reference
    }

    init(field: FieldSchema) {
      let type: String =
        switch field.kind {
        case .integer: "INTEGER"
        case .date: "DATE"
        default: "TEXT"
        }
      self.init(
        name: field.snakeCaseName, type: type, isRequired: field.isRequired,
        reference: field.reference.map {
          (CollectionSchema.of($0.collection).tableName, FieldSchema.snakeCase($0.field))
        })
    }
  }

  struct Table {
    var name: String
    var columns: [Column]
    var primaryKey: [String]
    /// How to take each column's value from a record (the main table).
    var extract: [(JSONValue) -> JSONValue]
    /// How to take the rows from a record (a child table).
    var expand: ((JSONValue) -> [[JSONValue]])?

    func rows(of record: JSONValue) -> [[JSONValue]] {
      if let expand { return expand(record) }
      return [extract.map { $0(record) }]
    }

    var createStatement: String {
      var lines = columns.map { column in
        "  \"\(column.name)\" \(column.type)" + (column.isRequired ? " NOT NULL" : "")
      }
      lines.append("  PRIMARY KEY (" + primaryKey.map { "\"\($0)\"" }.joined(separator: ", ") + ")")
      for column in columns {
        guard let reference = column.reference else { continue }
        lines.append("  FOREIGN KEY (\"\(column.name)\") REFERENCES \"\(reference.table)\" (\"\(reference.column)\")")
      }
      return "CREATE TABLE IF NOT EXISTS \"\(name)\" (\n" + lines.joined(separator: ",\n") + "\n);\n"
    }
  }
}

extension FieldSchema.Kind {
  var isIntegers: Bool {
    if case .integers = self { return true }
    return false
  }
}

/// A collection's records as the published schemas describe them: the description from which
/// `datapackage.json`, the JSON Schemas, the SQL tables and the CSV columns are made, and
/// against which the readers check every key.
///
/// `all` is generated (`Generated/CollectionSchema+Generated.swift`) from the declarations in
/// `Sources/RecordDeclarations`, as are the readers and writers that follow it.
public struct CollectionSchema: Sendable {
  public var collection: Collection
  /// What one record is called, in SQL column names (`mou_id`).
  public var recordName: String
  public var title: String
  public var description: String
  /// The field that identifies a record.
  public var primaryKey: String
  public var fields: [FieldSchema]

  /// The name of the collection's table in SQL: `announced-totals` becomes `announced_totals`.
  public var tableName: String {
    String(collection.rawValue.map { $0 == "-" ? "_" : $0 })
  }

  /// Each collection's field names, worked out once: the readers check every key of every
  /// record against them.
  static let fieldNames: [Collection: Set<String>] = Dictionary(
    uniqueKeysWithValues: all.map { ($0.collection, Set($0.fields.map(\.name))) })

  /// The schema of a collection.
  public static func of(_ collection: Collection) -> CollectionSchema {
    all.first { $0.collection == collection } ?? all[0]
  }
}

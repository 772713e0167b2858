extension PillarRecord: StoreRecord {
  public static let collection = Collection.pillars
  public static var registryKeyPath: WritableKeyPath<Registry, [PillarRecord]> { \.pillars }
  public var storeID: String { id.rawValue }

  public init(reader: RecordReader) throws(ProgrammeError) {
    self.init(
      id: try reader.value("id", as: Pillar.self), name: try reader.string("name"),
      summary: try reader.optionalString("summary"), sources: try reader.sources())
  }

  public var jsonValue: JSONValue {
    var builder = RecordBuilder()
    builder.set("id", id)
    builder.set("name", name)
    builder.set("summary", summary)
    builder.set(sources: sources)
    return builder.value
  }
}

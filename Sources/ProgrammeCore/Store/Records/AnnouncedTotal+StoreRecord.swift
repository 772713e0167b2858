extension AnnouncedTotal: StoreRecord {
  public static let collection = Collection.announcedTotals
  public static var registryKeyPath: WritableKeyPath<Registry, [AnnouncedTotal]> { \.announcedTotals }
  public var storeID: String { id }

  public init(reader: RecordReader) throws(ProgrammeError) {
    self.init(
      year: try reader.int("year"), cumulativeRegions: try reader.int("cumulativeRegions"),
      repeats: try reader.optionalInt("repeats"), statedOn: try reader.optionalDate("statedOn"),
      statedBy: try reader.optionalString("statedBy"), statement: try reader.optionalString("statement"),
      sources: try reader.sources(), note: try reader.optionalString("note"))
    try reader.expectID(id)
  }

  public var jsonValue: JSONValue {
    var builder = RecordBuilder()
    builder.set("id", id)
    builder.set("year", year)
    builder.set("cumulativeRegions", cumulativeRegions)
    builder.set("repeats", repeats)
    builder.set("statedOn", statedOn)
    builder.set("statedBy", statedBy)
    builder.set("statement", statement)
    builder.set(sources: sources)
    builder.set("note", note)
    return builder.value
  }
}

extension UnconfirmedClaim: StoreRecord {
  public static let collection = Collection.claims
  public static var registryKeyPath: WritableKeyPath<Registry, [UnconfirmedClaim]> { \.claims }
  public var storeID: String { id }

  public init(reader: RecordReader) throws(ProgrammeError) {
    self.init(
      regency: try reader.string("regency"), cohort: try reader.string("cohort"),
      year: try reader.optionalInt("year"), confidence: try reader.value("confidence", as: ClaimConfidence.self),
      sources: try reader.sources(), note: try reader.optionalString("note"))
    try reader.expectID(id)
  }

  public var jsonValue: JSONValue {
    var builder = RecordBuilder()
    builder.set("id", id)
    builder.set("regency", regency)
    builder.set("cohort", cohort)
    builder.set("year", year)
    builder.set("confidence", confidence)
    builder.set(sources: sources)
    builder.set("note", note)
    return builder.value
  }
}

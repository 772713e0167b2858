extension SigningCeremony: StoreRecord {
  public static let collection = Collection.ceremonies
  public static var registryKeyPath: WritableKeyPath<Registry, [SigningCeremony]> { \.ceremonies }
  public var storeID: String { id }

  public init(reader: RecordReader) throws(ProgrammeError) {
    self.init(
      id: try reader.string("id"), cohort: try reader.string("cohort"), date: try reader.date("date"),
      venue: try reader.optionalString("venue"), city: try reader.optionalString("city"),
      mode: try reader.value("mode", as: SigningMode.self),
      presidedBy: try reader.optionalString("presidedBy"),
      ministrySignatory: try reader.optionalSignatory("ministrySignatory"),
      announcedSignatories: try reader.optionalInt("announcedSignatories"),
      sources: try reader.sources(), note: try reader.optionalString("note"))
  }

  public var jsonValue: JSONValue {
    var builder = RecordBuilder()
    builder.set("id", id)
    builder.set("cohort", cohort)
    builder.set("date", date)
    builder.set("venue", venue)
    builder.set("city", city)
    builder.set("mode", mode)
    builder.set("presidedBy", presidedBy)
    builder.set("ministrySignatory", ministrySignatory?.jsonValue)
    builder.set("announcedSignatories", announcedSignatories)
    builder.set(sources: sources)
    builder.set("note", note)
    return builder.value
  }
}

extension MoU: StoreRecord {
  public static let collection = Collection.mous
  public static var registryKeyPath: WritableKeyPath<Registry, [MoU]> { \.mous }
  public var storeID: String { id }

  public init(reader: RecordReader) throws(ProgrammeError) {
    self.init(
      regency: try reader.string("regency"), cohort: try reader.string("cohort"),
      ceremony: try reader.optionalString("ceremony"), signedOn: try reader.reportedDate("signedOn"),
      venue: try reader.optionalString("venue"),
      mode: try reader.optionalValue("mode", as: SigningMode.self),
      regionalSignatory: try reader.optionalSignatory("regionalSignatory"),
      ministrySignatory: try reader.optionalSignatory("ministrySignatory"),
      presidedBy: try reader.optionalString("presidedBy"),
      accompaniedBy: try reader.objects("accompaniedBy", fields: Signatory.fields) { r throws(ProgrammeError) in
        try Signatory(reader: r)
      },
      scope: try reader.values("scope", as: ScopePoint.self), letter: try reader.optionalString("letter"),
      area: try reader.optionalString("area"), number: try reader.optionalString("number"),
      confidence: try reader.optionalValue("confidence", as: Confidence.self), sources: try reader.sources(),
      note: try reader.optionalString("note"))
    try reader.expectID(id)
  }

  public var jsonValue: JSONValue {
    var builder = RecordBuilder()
    builder.set("id", id)
    builder.set("regency", regency)
    builder.set("cohort", cohort)
    builder.set("ceremony", ceremony)
    builder.set("signedOn", signedOn)
    builder.set("venue", venue)
    builder.set("mode", mode)
    builder.set("regionalSignatory", regionalSignatory?.jsonValue)
    builder.set("ministrySignatory", ministrySignatory?.jsonValue)
    builder.set("presidedBy", presidedBy)
    builder.set("accompaniedBy", list: accompaniedBy.map(\.jsonValue), always: true)
    builder.set("scope", list: scope.map { .string($0.rawValue) }, always: true)
    builder.set("letter", letter)
    builder.set("area", area)
    builder.set("number", number)
    builder.set("confidence", confidence)
    builder.set(sources: sources)
    builder.set("note", note)
    return builder.value
  }
}

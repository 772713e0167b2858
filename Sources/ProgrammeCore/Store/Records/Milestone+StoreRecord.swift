extension Milestone: StoreRecord {
  public static let collection = Collection.milestones
  public static var registryKeyPath: WritableKeyPath<Registry, [Milestone]> { \.milestones }
  public var storeID: String { id }

  public init(reader: RecordReader) throws(ProgrammeError) {
    self.init(
      regency: try reader.string("regency"), cohort: try reader.string("cohort"),
      kind: try reader.value("kind", as: MilestoneKind.self), date: try reader.reportedDate("date"),
      until: try reader.optionalDate("until"), regulation: try reader.optionalString("regulation"),
      sources: try reader.sources(), note: try reader.optionalString("note"))
    try reader.expectID(id)
    if let until {
      // A span runs from a day to a day: "June 2024 until 12 June" says nothing a reader can use.
      guard let first = date.calendarDate else { throw reader.failure("until", Phrase(.untilNeedsDay, ["date": .date(date)])) }
      if until < first { throw reader.failure("until", Phrase(.endsBeforeStart, ["start": .date(first)])) }
    }
  }

  public var jsonValue: JSONValue {
    var builder = RecordBuilder()
    builder.set("id", id)
    builder.set("regency", regency)
    builder.set("cohort", cohort)
    builder.set("kind", kind)
    builder.set("date", date)
    builder.set("until", until)
    builder.set("regulation", regulation)
    builder.set(sources: sources)
    builder.set("note", note)
    return builder.value
  }
}

// MARK: - Messages

extension Message {
  public static let untilNeedsDay = Message(
    english: "a last day needs a first day: the date gives only {date}",
    indonesian: "hari terakhir memerlukan hari pertama: tanggalnya hanya menyebut {date}")
}

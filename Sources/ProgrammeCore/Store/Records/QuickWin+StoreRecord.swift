extension QuickWin: StoreRecord {
  public static let collection = Collection.quickWins
  public static var registryKeyPath: WritableKeyPath<Registry, [QuickWin]> { \.quickWins }
  public var storeID: String { id }

  public init(reader: RecordReader) throws(ProgrammeError) {
    self.init(
      regency: try reader.string("regency"), cohort: try reader.string("cohort"),
      pillar: try reader.value("pillar", as: Pillar.self), title: try reader.string("title"),
      status: try reader.value("status", as: QuickWinStatus.self), start: try reader.optionalDate("start"),
      end: try reader.optionalDate("end"), sources: try reader.sources(), note: try reader.optionalString("note"))
    // The id is made from the title's letters and digits: a title without any has no id.
    guard !QuickWin.slug(title).isEmpty else { throw reader.failure("title", Phrase(.needsLettersOrDigits)) }
    if let start, let end, end < start { throw reader.failure("end", Phrase(.endsBeforeStart, ["start": .date(start)])) }
    try reader.expectID(id)
  }

  public var jsonValue: JSONValue {
    var builder = RecordBuilder()
    builder.set("id", id)
    builder.set("regency", regency)
    builder.set("cohort", cohort)
    builder.set("pillar", pillar)
    builder.set("title", title)
    builder.set("status", status)
    builder.set("start", start)
    builder.set("end", end)
    builder.set(sources: sources)
    builder.set("note", note)
    return builder.value
  }
}

// MARK: - Messages

extension Message {
  public static let needsLettersOrDigits = Message(
    english: "needs letters or digits",
    indonesian: "memerlukan huruf atau angka")
}

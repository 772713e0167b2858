extension Cohort: StoreRecord {
  public static let collection = Collection.cohorts
  static let phaseFields: Set<String> = ["announcedSize", "note", "year"]
  public static var registryKeyPath: WritableKeyPath<Registry, [Cohort]> { \.cohorts }
  public var storeID: String { id }

  public init(reader: RecordReader) throws(ProgrammeError) {
    self.init(
      id: try reader.string("id"), title: try reader.string("title"),
      track: try reader.optionalString("track"), years: try reader.ints("years"),
      announcedSize: try reader.int("announcedSize"),
      phases: try reader.objects("phases", fields: Self.phaseFields) { phase throws(ProgrammeError) in
        CohortPhase(
          year: try phase.int("year"), announcedSize: try phase.int("announcedSize"), note: try phase.optionalString("note"))
      },
      sources: try reader.sources(), note: try reader.optionalString("note"))
    guard !years.isEmpty else { throw reader.failure("years", Phrase(.cohortNeedsYear)) }
    for (index, year) in years.enumerated() where !Cohort.possibleYears.contains(year) {
      throw reader.failure("years[\(index)]", Phrase(.cohortYearOutOfRange, ["year": .number(year)]))
    }
    guard announcedSize >= 0 else { throw reader.failure("announcedSize", Phrase(.mustNotBeNegative)) }
    if !phases.isEmpty, phases.map(\.announcedSize).reduce(0, +) != announcedSize {
      throw reader.failure("phases", Phrase(.phasesDoNotAddUp, ["size": .number(announcedSize)]))
    }
  }

  public var jsonValue: JSONValue {
    var builder = RecordBuilder()
    builder.set("id", id)
    builder.set("title", title)
    builder.set("track", track)
    builder.set("years", list: years.map { JSONValue($0) }, always: true)
    builder.set("announcedSize", announcedSize)
    builder.set(
      "phases",
      list: phases.map { phase in
        var members: [String: JSONValue] = ["year": JSONValue(phase.year), "announcedSize": JSONValue(phase.announcedSize)]
        if let note = phase.note { members["note"] = .string(note) }
        return .object(members)
      },
      always: true)
    builder.set(sources: sources)
    builder.set("note", note)
    return builder.value
  }
}

// MARK: - Messages

extension Message {
  public static let mustNotBeNegative = Message(
    english: "must not be negative",
    indonesian: "tidak boleh negatif")
  public static let cohortNeedsYear = Message(
    english: "a cohort covers at least one year",
    indonesian: "angkatan mencakup paling sedikit satu tahun")
  public static let phasesDoNotAddUp = Message(
    english: "the phases' sizes do not add up to announcedSize {size}",
    indonesian: "jumlah anggota tiap fase tidak sama dengan announcedSize {size}")
  public static let cohortYearOutOfRange = Message(
    english: "{year} is outside the programme's years; expected years from 2017 to 2100",
    indonesian: "{year} di luar tahun program; seharusnya tahun 2017 sampai 2100")
}

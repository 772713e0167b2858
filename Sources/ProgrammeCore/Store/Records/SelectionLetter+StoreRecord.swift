extension SelectionLetter: StoreRecord {
  public static let collection = Collection.letters
  public static var registryKeyPath: WritableKeyPath<Registry, [SelectionLetter]> { \.letters }
  public var storeID: String { number }

  public init(reader: RecordReader) throws(ProgrammeError) {
    self.init(
      number: try reader.string("number"), date: try reader.date("date"),
      issuer: try reader.optionalString("issuer"), subject: try reader.optionalString("subject"),
      cohort: try reader.string("cohort"), regencies: try reader.strings("regencies"),
      sources: try reader.sources(), note: try reader.optionalString("note"))
    var named = Set<String>()
    for (index, code) in regencies.enumerated() where !named.insert(code).inserted {
      throw reader.failure("regencies[\(index)]", Phrase(.letterNamesTwice, ["letter": "\(number)", "code": "\(code)"]))
    }
  }

  public var jsonValue: JSONValue {
    var builder = RecordBuilder()
    builder.set("number", number)
    builder.set("date", date)
    builder.set("issuer", issuer)
    builder.set("subject", subject)
    builder.set("cohort", cohort)
    builder.set("regencies", list: regencies.map(JSONValue.string), always: true)
    builder.set(sources: sources)
    builder.set("note", note)
    return builder.value
  }
}

// MARK: - Messages

extension Message {
  public static let letterNamesTwice = Message(
    english: "{letter} names {code} twice; name each region once",
    indonesian: "{letter} menyebut {code} dua kali; sebut setiap daerah sekali")
}

extension Province: StoreRecord {
  public static let collection = Collection.provinces
  public static var registryKeyPath: WritableKeyPath<Registry, [Province]> { \.provinces }
  public var storeID: String { code }

  public init(reader: RecordReader) throws(ProgrammeError) {
    self.init(code: try reader.string("code"), name: try reader.string("name"), sources: try reader.sources())
    guard code.count == 2, code.allSatisfy(\.isASCIIDigit) else {
      throw reader.failure("code", Phrase(.expectedProvinceCode, ["found": "\(code.quotedInMessage)"]))
    }
  }

  public var jsonValue: JSONValue {
    var builder = RecordBuilder()
    builder.set("code", code)
    builder.set("name", name)
    builder.set(sources: sources)
    return builder.value
  }
}

// MARK: - Messages

extension Message {
  public static let expectedProvinceCode = Message(
    english: "expected a two-digit Kemendagri code such as 53, found '{found}'",
    indonesian: "seharusnya kode Kemendagri dua angka seperti 53, ditemukan '{found}'")
}

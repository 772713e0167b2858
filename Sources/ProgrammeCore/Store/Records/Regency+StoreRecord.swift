extension Regency: StoreRecord {
  public static let collection = Collection.regencies
  public static var registryKeyPath: WritableKeyPath<Registry, [Regency]> { \.regencies }
  public var storeID: String { code }

  public init(reader: RecordReader) throws(ProgrammeError) {
    self.init(
      code: try reader.string("code"), name: try reader.string("name"),
      officialName: try reader.string("officialName"), kind: try reader.value("kind", as: RegionKind.self),
      province: try reader.string("province"), sources: try reader.sources())
    guard Regency.isCode(code) else {
      throw reader.failure("code", Phrase(.expectedRegencyCode, ["found": "\(code.quotedInMessage)"]))
    }
    guard code.hasPrefix(province + ".") else {
      throw reader.failure(
        "province", Phrase(.codeOutsideProvince, ["code": "\(code.quotedInMessage)", "province": "\(province.quotedInMessage)"]))
    }
    guard Regency.kind(ofCode: code) == kind else {
      throw reader.failure("kind", Phrase(.codeOfOtherKind, ["code": "\(code.quotedInMessage)", "kind": "\(kind.rawValue)"]))
    }
  }

  public var jsonValue: JSONValue {
    var builder = RecordBuilder()
    builder.set("code", code)
    builder.set("name", name)
    builder.set("officialName", officialName)
    builder.set("kind", kind)
    builder.set("province", province)
    builder.set(sources: sources)
    return builder.value
  }
}

// MARK: - Messages

extension Message {
  public static let expectedRegencyCode = Message(
    english: "expected a Kemendagri code such as 53.19, found '{found}'",
    indonesian: "seharusnya kode Kemendagri seperti 53.19, ditemukan '{found}'")
  public static let codeOutsideProvince = Message(
    english: "code {code} does not belong to province '{province}'",
    indonesian: "kode {code} tidak termasuk provinsi '{province}'")
  public static let codeOfOtherKind = Message(
    english: "code {code} is not a {kind} (01–69 are kabupaten, 71–99 kota)",
    indonesian: "kode {code} bukan {kind} (01–69 kabupaten, 71–99 kota)")
}

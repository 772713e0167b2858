extension Regency: StoreRecord {
  public static let collection = Collection.regencies
  public static let fields: Set<String> = ["code", "kind", "name", "officialName", "province", "sources"]
  public static let requiredFields = ["code", "kind", "name", "officialName", "province", "sources"]
  public static let idField = "code"
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

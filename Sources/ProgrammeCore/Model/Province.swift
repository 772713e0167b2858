/// A province (provinsi) with its Kemendagri code.
public struct Province: Codable, Equatable, Hashable, Sendable, Identifiable {
  /// The two-digit Kemendagri code, e.g. `"53"`.
  public var code: String
  /// The official name, e.g. `"Nusa Tenggara Timur"`.
  public var name: String
  public var sources: [Source]

  public var id: String { code }

  public init(code: String, name: String, sources: [Source] = []) {
    self.code = code
    self.name = name
    self.sources = sources
  }
}

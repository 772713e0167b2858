/// A person who signs or attends, by office and, when known, by name.
public struct Signatory: Codable, Equatable, Hashable, Sendable {
  public var name: String?
  /// "Bupati", "Wali Kota", "Sekda", "Direktur Jenderal Aplikasi Informatika".
  public var office: String?
  /// The office on whose behalf a deputy signed ("Bupati" when the Sekda signs).
  public var onBehalfOf: String?

  public init(name: String? = nil, office: String? = nil, onBehalfOf: String? = nil) {
    self.name = name
    self.office = office
    self.onBehalfOf = onBehalfOf
  }

  /// "Sekda I Gede Susila, on behalf of the Bupati" ("Sekda I Gede Susila, atas nama Bupati").
  public func summary(in language: Language) -> String {
    var text = [office, name].compactMap { $0 }.joined(separator: " ")
    if let onBehalfOf {
      text += (text.isEmpty ? "" : ", ") + Phrase(.onBehalfOf, ["office": "\(onBehalfOf)"]).text(in: language)
    }
    return text
  }
}

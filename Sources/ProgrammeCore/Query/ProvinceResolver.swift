/// Finds the province a person means, from its code, its name or a common abbreviation.
public struct ProvinceResolver: Sendable {
  let provinces: [Province]

  /// Abbreviations and short names in everyday use, to the province code.
  static let aliases: [String: String] = [
    "dki": "31", "jakarta": "31", "dkijakarta": "31", "diy": "34", "yogyakarta": "34",
    "jogja": "34", "jogjakarta": "34", "ntt": "53", "ntb": "52", "babel": "19",
    "bangkabelitung": "19", "kepri": "21", "sumut": "12", "sumbar": "13", "sumsel": "16",
    "jabar": "32", "jateng": "33", "jatim": "35", "kalbar": "61", "kalteng": "62", "kalsel": "63",
    "kaltim": "64", "kaltara": "65", "sulut": "71", "sulteng": "72", "sulsel": "73", "sultra": "74",
    "sulbar": "76", "malut": "82", "papuabarat": "92", "pabar": "92", "nad": "11",
  ]

  public init(provinces: [Province]) {
    self.provinces = provinces
  }

  static func key(_ text: String) -> String {
    var words = text.foldedForMatching.split(separator: " ").map(String.init)
    if words.first == "provinsi" || words.first == "prov" || words.first == "province" {
      words.removeFirst()
    }
    return words.map { $0 == "kep" ? "kepulauan" : $0 }.joined()
  }

  /// The province a text names, or an error with suggestions.
  public func resolve(_ input: String) throws(ProgrammeError) -> Province {
    let text = input.trimmingWhitespace
    if text.count == 2, text.allSatisfy(\.isASCIIDigit) {
      if let province = provinces.first(where: { $0.code == text }) { return province }
      throw .unknownProvince(input: text, suggestions: [])
    }
    let key = Self.key(text)
    if let province = provinces.first(where: { Self.key($0.name) == key }) { return province }
    if let code = Self.aliases[key], let province = provinces.first(where: { $0.code == code }) {
      return province
    }
    let limit = max(2, key.count / 3)
    let suggestions =
      provinces
      .map { (editDistance(key, Self.key($0.name)), $0) }
      .filter { $0.0 <= limit }
      .sorted { ($0.0, $0.1.code) < ($1.0, $1.1.code) }
      .prefix(3)
      .map { "\($0.1.name) (\($0.1.code))" }
    throw .unknownProvince(input: text.quotedInMessage, suggestions: Array(suggestions))
  }
}
